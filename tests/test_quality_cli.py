"""`qawl report` and `qawl validate` against real DuckDB files under tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from expectations.contract import BatchValidation
from expectations.runner import docs_dir_for, validate_batch
from flows.cli import app
from tests.quality_rows import good_batch
from warehouse import db

runner = CliRunner()


def load_run(db_file: Path, run_id: str, articles: list[dict], attributions: list[dict]) -> BatchValidation:
    """What the pipeline does with a batch: validate (writing Data Docs beside the db), load, finish."""
    result = validate_batch(articles, attributions, run_id, docs_dir=docs_dir_for(db_file))
    con = db.open_warehouse(db_file)
    try:
        db.start_run(con, run_id, "tests")
        db.load_batch(con, run_id, result.articles_ok, result.attributions_ok, result.quarantined)
        counts = {
            "articles_read": len(articles),
            "articles_loaded": len(result.articles_ok),
            "attributions_extracted": len(attributions),
            "attributions_loaded": len(result.attributions_ok),
            "rows_quarantined": len(result.quarantined),
            "batch_failures": result.batch_failures,
            "docs_path": result.docs_path,
        }
        db.finish_run(con, run_id, counts, result.status)
    finally:
        con.close()
    return result


@pytest.fixture
def warehouse_with_bad_rows(db_file: Path) -> Path:
    articles, attributions = good_batch()
    attributions[0] = {**attributions[0], "confidence": 4.0}
    attributions[1] = {**attributions[1], "form": "rumour", "confidence": -1.0}
    load_run(db_file, "run-1", articles, attributions)
    return db_file


def test_report_prints_docs_path_counts_and_quarantine_reasons(warehouse_with_bad_rows: Path) -> None:
    result = runner.invoke(app, ["report", "run-1", "--db", str(warehouse_with_bad_rows)])

    assert result.exit_code == 0, result.output
    docs = docs_dir_for(warehouse_with_bad_rows) / "run-1" / "index.html"
    assert docs.is_file()
    assert str(docs) in result.output.replace("\n", "")
    assert "confidence_between_0_and_1" in result.output and "form_in_set" in result.output
    # The batch checks with what they observed (an 80-column terminal folds the longer names).
    assert "anonymous_share_below_limit" in result.output and "0.125" in result.output


def test_report_json_counts_each_reason(warehouse_with_bad_rows: Path) -> None:
    result = runner.invoke(app, ["report", "--db", str(warehouse_with_bad_rows), "--json"])

    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["run"]["run_id"] == "run-1"  # no id given: the latest run
    assert payload["run"]["rows_quarantined"] == 2 and payload["run"]["attributions_loaded"] == 10
    reasons = {(r["table_name"], r["expectation"]): r["rows"] for r in payload["quarantine"]}
    assert reasons == {
        ("attributions", "confidence_between_0_and_1"): 2,
        ("attributions", "form_in_set"): 1,
    }
    failed = {c["name"] for c in payload["checks"] if not c["success"]}
    assert failed == {"confidence_between_0_and_1", "form_in_set"}


def test_report_picks_the_latest_run(db_file: Path) -> None:
    articles, attributions = good_batch(2)
    load_run(db_file, "first", articles, attributions)
    load_run(db_file, "second", articles, [])

    result = runner.invoke(app, ["report", "--db", str(db_file), "--json"])

    payload = json.loads(result.output)
    assert payload["run"]["run_id"] == "second"
    assert payload["run"]["status"] == "warning"
    assert payload["run"]["batch_failures"] == ["attributions_per_article_in_range"]


def test_report_of_an_unknown_run_fails(warehouse_with_bad_rows: Path) -> None:
    result = runner.invoke(app, ["report", "nope", "--db", str(warehouse_with_bad_rows)])

    assert result.exit_code == 1
    assert "nope" in result.output


def test_report_without_a_database_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "missing.duckdb")])

    assert result.exit_code == 1


def test_validate_passes_on_a_clean_warehouse(warehouse_with_bad_rows: Path, tmp_path: Path) -> None:
    # The quarantined rows never reached the tables: what loaded is clean.
    result = runner.invoke(
        app,
        ["validate", "--db", str(warehouse_with_bad_rows), "--docs-dir", str(tmp_path / "docs"), "--json"],
    )

    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["attributions"] == 10 and payload["quarantine"] == [] and payload["batch_failures"] == []
    assert Path(payload["docs_path"]).is_file()


def test_validate_fails_when_a_stored_row_breaks_an_expectation(warehouse_with_bad_rows: Path) -> None:
    con = db.connect(warehouse_with_bad_rows)
    attribution_id = con.execute("select min(attribution_id) from attributions").fetchone()[0]
    con.execute("update attributions set start = start + 1 where attribution_id = ?", [attribution_id])
    con.close()

    result = runner.invoke(app, ["validate", "--db", str(warehouse_with_bad_rows)])

    assert result.exit_code == 1
    assert "content_equals_text_at_offsets" in result.output
    assert str(docs_dir_for(warehouse_with_bad_rows)) in result.output.replace("\n", "")


@pytest.mark.parametrize(
    ("command", "help_text"),
    [("report", "Print where a run's Data Docs are"), ("validate", "Re-check every article")],
)
def test_quality_commands_have_help(command: str, help_text: str) -> None:
    result = runner.invoke(app, [command, "--help"])

    assert result.exit_code == 0
    assert "--db" in result.output and help_text in result.output
