"""The real pipeline flow on seeds/ into a temporary DuckDB file (one Prefect test server per session)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.pipeline import pipeline, run_pipeline
from tasks.ingest import IngestError
from warehouse import db

pytestmark = pytest.mark.flow


def attribution_rows(db_file: Path) -> list[tuple]:
    con = db.connect(db_file, read_only=True)
    try:
        return con.execute("select * exclude (run_id) from attributions order by attribution_id").fetchall()
    finally:
        con.close()


def test_pipeline_loads_seeds(prefect_harness: None, seeds_dir: Path, db_file: Path) -> None:
    summary = run_pipeline(seeds_dir, db_file, batch_size=2)
    assert summary["articles"] == len(list(seeds_dir.glob("*.txt")))
    assert summary["extracted"] > 0
    assert summary["loaded"] + summary["quarantined"] == summary["extracted"]
    assert summary["status"] in {"ok", "warning"} and summary["db"] == str(db_file)
    con = db.connect(db_file, read_only=True)
    try:
        run = con.execute(
            "select run_id, flow_run_id, status, articles_read, attributions_extracted, attributions_loaded "
            "from runs"
        ).fetchall()
        stored = con.execute(
            'select a.content, a.start, a."end", art.text, a.run_id '
            "from attributions a join articles art using (article_id)"
        ).fetchall()
        quarantined = con.execute(
            "select count(*) from quarantine where table_name = 'attributions'"
        ).fetchone()
    finally:
        con.close()
    sid = summary["run_id"]
    assert run == [
        (sid, sid, summary["status"], summary["articles"], summary["extracted"], summary["loaded"])
    ]
    assert len(stored) == summary["loaded"] and quarantined == (summary["quarantined"],)
    # offsets point into the article text exactly as published
    assert all(text[start:end] == content and run_id == sid for content, start, end, text, run_id in stored)


def test_pipeline_twice_leaves_same_rows(prefect_harness: None, seeds_dir: Path, db_file: Path) -> None:
    first = pipeline(path=str(seeds_dir), db_path=str(db_file))
    rows = attribution_rows(db_file)
    second = pipeline(path=str(seeds_dir), db_path=str(db_file))
    assert first["run_id"] != second["run_id"]
    assert attribution_rows(db_file) == rows
    con = db.connect(db_file, read_only=True)
    try:
        assert con.execute("select count(*) from runs where status <> 'failed'").fetchone() == (2,)
        assert con.execute("select count(*) from articles").fetchone() == (first["articles"],)
    finally:
        con.close()


def test_bad_input_fails_the_run(prefect_harness: None, tmp_path: Path, db_file: Path) -> None:
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "t"}\n{"id": \n', encoding="utf-8")
    with pytest.raises(IngestError, match="bad.jsonl:2"):
        run_pipeline(tmp_path / "bad.jsonl", db_file)
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        assert con.execute("select status from runs").fetchall() == [("failed",)]
        assert con.execute("select count(*) from attributions").fetchone() == (0,)
    finally:
        con.close()
