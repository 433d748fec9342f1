"""The core CLI commands with typer's CliRunner: help text, errors, and a run/query/export/eval round trip."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tasks.extract_task import extract_rows
from tasks.ingest import article_row, read_articles
from warehouse import db

runner = CliRunner()
CORE_COMMANDS = ["run", "schedule", "query", "export", "eval"]
JSONL_KEYS = {"doc", "cue", "speaker", "speaker_type", "content", "form", "start", "end"}


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A warehouse holding the seeds and what the real extractor finds in them (loaded without Prefect)."""
    path = tmp_path_factory.mktemp("cli") / "seeds.duckdb"
    articles = read_articles(seeds_dir)
    con = db.open_warehouse(path)
    db.load_batch(con, "run-1", [article_row(a) for a in articles], extract_rows(articles))
    con.close()
    return path


@pytest.mark.parametrize("command", CORE_COMMANDS)
def test_every_command_has_help(command: str) -> None:
    registered = {(c.name or c.callback.__name__): c.callback for c in app.registered_commands}
    assert (registered[command].__doc__ or "").strip()
    code, output = invoke(command, "--help")
    assert code == 0 and registered[command].__doc__.split(":")[0].split()[0] in output


def test_query_json(seeds_db: Path) -> None:
    code, output = invoke("query", "select count(*) as n from attributions", "--db", str(seeds_db), "--json")
    expected = (
        duckdb.connect(str(seeds_db), read_only=True).execute("select count(*) from attributions").fetchone()
    )
    assert code == 0 and json.loads(output) == [{"n": expected[0]}]


def test_query_table(seeds_db: Path) -> None:
    code, output = invoke(
        "query", "select article_id from articles order by 1 limit 1", "--db", str(seeds_db)
    )
    assert code == 0 and "article_id" in output and "000_5154e21e9bdbaef3" in output


def test_query_db_from_env(seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(db.DB_ENV, str(seeds_db))
    code, output = invoke("query", "select count(*) as n from articles", "--json")
    assert code == 0 and json.loads(output) == [{"n": 5}]


def test_query_errors_name_the_file(seeds_db: Path, tmp_path: Path) -> None:
    code, output = invoke("query", "select * from nowhere", "--db", str(seeds_db))
    assert code == 1 and seeds_db.name in output and "nowhere" in output
    code, output = invoke("query", "select 1", "--db", str(tmp_path / "missing.duckdb"))
    assert code == 1 and "missing.duckdb" in output


def test_query_is_read_only(seeds_db: Path) -> None:
    code, _ = invoke("query", "delete from attributions", "--db", str(seeds_db))
    assert code == 1


def test_export_jsonl(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    code, output = invoke("export", "--format", "jsonl", "--out", str(out), "--db", str(seeds_db))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and rows and f"wrote {len(rows)}" in output
    assert all(set(row) >= JSONL_KEYS for row in rows)
    texts = {a.id: a.text for a in read_articles(Path(__file__).parents[1] / "seeds")}
    assert all(texts[r["doc"]][r["start"] : r["end"]] == r["content"] for r in rows)


def test_export_min_confidence(seeds_db: Path, tmp_path: Path) -> None:
    con = duckdb.connect(str(seeds_db), read_only=True)
    confidences = [r[0] for r in con.execute("select confidence from attributions").fetchall()]
    con.close()
    threshold = sorted(confidences)[len(confidences) // 2]
    out = tmp_path / "high.jsonl"
    invoke("export", "--out", str(out), "--min-confidence", str(threshold), "--db", str(seeds_db))
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == sum(c >= threshold for c in confidences)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_copy_formats(seeds_db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"it's.{fmt}"  # a quote in the name must not break the COPY statement
    code, _ = invoke("export", "--format", fmt, "--out", str(out), "--db", str(seeds_db))
    assert code == 0
    con = duckdb.connect()
    exported = con.execute(f"select count(*) from read_{fmt}(?)", [str(out)]).fetchone()[0]
    stored = (
        duckdb.connect(str(seeds_db), read_only=True).execute("select count(*) from attributions").fetchone()
    )
    assert exported == stored[0] > 0
    if fmt == "csv":
        with out.open(encoding="utf-8") as handle:
            assert set(next(csv.reader(handle))) >= JSONL_KEYS


def test_export_errors(seeds_db: Path, tmp_path: Path) -> None:
    code, output = invoke("export", "--out", str(tmp_path / "no" / "x.jsonl"), "--db", str(seeds_db))
    assert code == 1 and "no such folder" in output
    code, output = invoke("export", "--format", "xml", "--db", str(seeds_db))
    assert code != 0


def test_eval_of_exported_rows_equals_eval_of_extractor(
    seeds_db: Path, tmp_path: Path, shared_dir: Path
) -> None:
    gold = shared_dir / "gold" / "seeds.jsonl"
    out = tmp_path / "pred.jsonl"
    invoke("export", "--out", str(out), "--db", str(seeds_db))
    code, from_pred = invoke("eval", "--gold", str(gold), "--pred", str(out), "--json")
    assert code == 0
    code, from_extractor = invoke("eval", "--gold", str(gold), "--json")
    scores = json.loads(from_pred)
    assert code == 0 and scores == json.loads(from_extractor)
    assert set(scores) == {"standard", "strict", "confident"} and scores["standard"]["gold"] == 71
    assert scores["strict"]["matched"] <= scores["standard"]["matched"]
    # exported rows keep their confidence, so the confidence >= 0.8 figure is computed on both sides
    assert scores["confident"]["min_confidence"] == 0.8 and scores["confident"]["end_to_end_precision"] >= 0.95


def test_eval_table(shared_dir: Path) -> None:
    code, output = invoke("eval", "--gold", str(shared_dir / "gold" / "seeds.jsonl"))
    assert code == 0 and "end_to_end_f1" in output and "strict" in output


def test_eval_errors_name_the_file(tmp_path: Path) -> None:
    code, output = invoke("eval", "--gold", str(tmp_path / "gold.jsonl"))
    assert code == 1 and "gold.jsonl" in output
    (tmp_path / "gold.jsonl").write_text('{"doc": "d", "speaker": "s", "content": "c", "form": "quote"}\n')
    (tmp_path / "pred.jsonl").write_text('{"doc": "d"}\n')
    code, output = invoke(
        "eval", "--gold", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.jsonl")
    )
    assert code == 1 and "pred.jsonl" in output and "content" in output


def test_run_missing_path(tmp_path: Path) -> None:
    code, output = invoke("run", str(tmp_path / "absent"), "--db", str(tmp_path / "x.duckdb"))
    assert code == 1 and "absent" in output


@pytest.mark.flow
def test_run_then_query(prefect_harness: None, seeds_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "run.duckdb"
    code, output = invoke("run", str(seeds_dir), "--db", str(target), "--json")
    assert code == 0, output
    summary = json.loads(output.strip().splitlines()[-1])
    assert summary["loaded"] + summary["quarantined"] == summary["extracted"]
    code, output = invoke("query", "select run_id, status from runs", "--db", str(target), "--json")
    assert json.loads(output) == [{"run_id": summary["run_id"], "status": summary["status"]}]


def test_dask_runner_needs_prefect_dask(seeds_dir: Path, tmp_path: Path) -> None:
    try:
        import prefect_dask  # noqa: F401
    except ModuleNotFoundError:
        code, output = invoke("run", str(seeds_dir), "--runner", "dask", "--db", str(tmp_path / "x.duckdb"))
        assert code == 1 and "prefect-dask" in output
    else:
        pytest.skip("prefect-dask is installed: the dask runner works")
