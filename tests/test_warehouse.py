"""The DuckDB warehouse on real files: migrations recorded, idempotent loads, all-or-nothing loads."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expectations.contract import QuarantinedRow
from tasks.core.model import Article
from tasks.ingest import article_row
from tests.quality_rows import attribution_row
from warehouse import db

TEXT = "وقال قالن إن القيادة التركية تبحث الملف. وأضاف: «الحل سياسي»."


def attribution(
    doc: str, cue: str, content: str, speaker: str | None = "قالن", confidence: float = 0.7
) -> dict:
    """A row as the extractor makes it, with offsets found in TEXT."""
    return attribution_row(doc, TEXT, cue, content, speaker=speaker, mention=speaker, confidence=confidence,
                           notes=("test",))


ARTICLES = [article_row(Article(id=doc, text=TEXT, source="S")) for doc in ("d1", "d2")]
ROWS = [
    attribution("d1", "وقال", "القيادة التركية تبحث الملف"),
    attribution("d1", "وأضاف", "الحل سياسي", speaker=None),
    attribution("d2", "وقال", "القيادة التركية تبحث الملف"),
]


def snapshot(con: duckdb.DuckDBPyConnection) -> tuple[list, list]:
    """Every row of articles and attributions, without the columns that name the run."""
    articles = con.execute(
        "select article_id, outlet, url, published_at, title, text, content_hash, first_run_id "
        "from articles order by article_id"
    ).fetchall()
    attributions = con.execute(
        "select * exclude (run_id) from attributions order by attribution_id"
    ).fetchall()
    return articles, attributions


@pytest.fixture
def con(db_file: Path):
    connection = db.open_warehouse(db_file)
    yield connection
    connection.close()


def test_migrations_applied_once_and_recorded(db_file: Path) -> None:
    first = db.connect(db_file)
    assert db.migrate(first) == [f.stem for f in db.migration_files()]
    first.close()
    again = db.connect(db_file)
    assert db.migrate(again) == []
    assert db.applied_migrations(again) == [f.stem for f in db.migration_files()]
    tables = {r[0] for r in again.execute("select table_name from information_schema.tables").fetchall()}
    assert {"articles", "attributions", "runs", "quarantine", "schema_migrations"} <= tables


def test_views_created_in_dependency_order(tmp_path: Path, con: duckdb.DuckDBPyConnection) -> None:
    views = tmp_path / "views"
    views.mkdir()
    # a_outlets reads b_base, which sorts after it: it must wait for b_base.
    (views / "a_outlets.sql").write_text("select distinct outlet from b_base\n", encoding="utf-8")
    (views / "b_base.sql").write_text("select * from articles;\n", encoding="utf-8")
    assert db.create_views(con, views) == ["b_base", "a_outlets"]
    db.load_batch(con, "r1", ARTICLES, ROWS)
    assert con.execute("select * from a_outlets").fetchall() == [("S",)]


def test_broken_view_names_its_file(tmp_path: Path, con: duckdb.DuckDBPyConnection) -> None:
    (tmp_path / "broken.sql").write_text("select * from no_such_table", encoding="utf-8")
    with pytest.raises(RuntimeError, match="broken.sql"):
        db.create_views(con, tmp_path)


def test_load_round_trips_rows(con: duckdb.DuckDBPyConnection) -> None:
    db.load_batch(con, "r1", ARTICLES, ROWS)
    cursor = con.execute("select * from attributions order by article_id, cue_start")
    columns = [d[0] for d in cursor.description]
    stored = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    for row, original in zip(stored, sorted(ROWS, key=lambda r: (r["doc"], r["cue_start"])), strict=True):
        assert row["article_id"] == original["doc"] and row["run_id"] == "r1"
        assert {k: row[k] for k in original if k != "doc"} == {
            k: v for k, v in original.items() if k != "doc"
        }
        assert TEXT[row["start"] : row["end"]] == row["content"]


def test_same_input_twice_leaves_same_rows(con: duckdb.DuckDBPyConnection) -> None:
    db.load_batch(con, "r1", ARTICLES, ROWS)
    before = snapshot(con)
    db.load_batch(con, "r2", ARTICLES, ROWS)
    assert snapshot(con) == before
    assert con.execute("select distinct first_run_id, last_run_id from articles").fetchall() == [("r1", "r2")]


def test_rerun_replaces_an_articles_attributions(con: duckdb.DuckDBPyConnection) -> None:
    db.load_batch(con, "r1", ARTICLES, ROWS)
    db.load_batch(con, "r2", ARTICLES[:1], ROWS[:1])  # d1 now has one attribution; d2 untouched
    counts = con.execute("select article_id, count(*) from attributions group by all order by 1").fetchall()
    assert counts == [("d1", 1), ("d2", 1)]


def test_failed_load_keeps_what_was_stored(con: duckdb.DuckDBPyConnection) -> None:
    db.load_batch(con, "r1", ARTICLES, ROWS)
    before = snapshot(con)
    changed = [{**ARTICLES[0], "text": "نص جديد", "content_hash": "x"}]
    broken = [{**ROWS[0], "cue": None}]  # violates attributions.cue not null, after the delete ran
    with pytest.raises(duckdb.ConstraintException):
        db.load_batch(con, "r2", changed, broken)
    assert snapshot(con) == before


def test_quarantine_rows_are_logged(con: duckdb.DuckDBPyConnection) -> None:
    bad = QuarantinedRow("attributions", ROWS[1], ("speaker_not_null",))
    db.load_batch(con, "r1", ARTICLES, [ROWS[0], ROWS[2]], [bad])
    table, key, row, failed = con.execute(
        'select table_name, row_key, "row", failed_expectations from quarantine'
    ).fetchone()
    assert (table, key, failed) == ("attributions", ROWS[1]["attribution_id"], ["speaker_not_null"])
    assert json.loads(row)["content"] == ROWS[1]["content"]


def test_runs_are_recorded(con: duckdb.DuckDBPyConnection) -> None:
    db.start_run(con, "r1", "seeds")
    assert con.execute("select status, finished_at from runs").fetchall() == [("running", None)]
    counts = {
        "articles_read": 2,
        "articles_loaded": 2,
        "attributions_extracted": 3,
        "attributions_loaded": 3,
        "rows_quarantined": 0,
        "batch_failures": ["x"],
    }
    db.finish_run(con, "r1", counts, "warning")
    row = con.execute(
        "select status, articles_read, attributions_loaded, batch_failures, finished_at is not null from runs"
    ).fetchone()
    assert row == ("warning", 2, 3, ["x"], True)


def test_default_db_path_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(db.DB_ENV, raising=False)
    assert db.default_db_path() == Path("qawl.duckdb")
    monkeypatch.setenv(db.DB_ENV, str(tmp_path / "x.duckdb"))
    assert db.default_db_path() == tmp_path / "x.duckdb"


def test_read_only_connect_needs_the_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="missing.duckdb"):
        db.connect(tmp_path / "missing.duckdb", read_only=True)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    contents=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=5, unique=True),
    confidence=st.floats(0, 1),
)
def test_any_text_round_trips(tmp_path: Path, contents: list[str], confidence: float) -> None:
    text = "".join(contents)
    rows, offset = [], 0
    for content in contents:
        rows.append(
            {
                **ROWS[0],
                "content": content,
                "start": offset,
                "end": offset + len(content),
                "cue_start": offset,
                "confidence": confidence,
                "attribution_id": f"id{offset}",
            }
        )
        offset += len(content)
    con = db.open_warehouse(tmp_path / "h.duckdb")
    try:
        db.load_batch(con, "r", [article_row(Article(id="d1", text=text))], rows)
        stored = con.execute("select text from articles").fetchone()[0]
        got = con.execute(
            'select content, start, "end", confidence from attributions order by start'
        ).fetchall()
    finally:
        con.close()
        (tmp_path / "h.duckdb").unlink()
    assert stored == text
    assert got == [(r["content"], r["start"], r["end"], confidence) for r in rows]
    assert all(text[s:e] == c for c, s, e, _ in got)
