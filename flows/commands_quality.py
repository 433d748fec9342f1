"""Quality commands: `qawl report` (a run's checks and Data Docs) and `qawl validate` (re-check the warehouse)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.table import Column, Table

from expectations.report import docs_path_of, fetch_run, quarantine_reasons, reason_counts, warehouse_rows
from expectations.runner import CheckOutcome, docs_dir_for, read_checks, validate_batch
from flows.app import app
from flows.commands_core import DbOption, JsonOption, console, fail, open_existing, resolve_db

RUN_FIELDS = (
    "run_id", "status", "started_at", "finished_at", "articles_read", "articles_loaded",
    "attributions_extracted", "attributions_loaded", "rows_quarantined", "batch_failures",
)  # fmt: skip


@app.command()
def report(
    run_id: Annotated[str | None, typer.Argument(help="Run id (default: the latest run).")] = None,
    db_path: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Print where a run's Data Docs are and summarise it: counts, quarantine reasons, checks."""
    con = open_existing(db_path)
    try:
        run = fetch_run(con, run_id)
        reasons = quarantine_reasons(con, run["run_id"]) if run else []
    except duckdb.Error as exc:
        raise fail(f"{resolve_db(db_path)}: {exc}") from exc
    finally:
        con.close()
    if run is None:
        raise fail(f"no run {run_id!r} in {resolve_db(db_path)}" if run_id else "no runs recorded yet")
    docs = docs_path_of(run, resolve_db(db_path))
    checks = read_checks(docs.parent) if docs else None
    if as_json:
        payload = {"run": run, "quarantine": reasons, "checks": _check_dicts(checks), "docs_path": docs}
        typer.echo(json.dumps(payload, ensure_ascii=False, default=str))
        return
    console.print(_run_table(run))
    console.print(_reasons_table(reasons, f"quarantined rows by expectation ({run['run_id']})"))
    if checks is not None:
        console.print(_checks_table(checks))
    console.print(f"Data Docs: {docs if docs else 'none written for this run'}", highlight=False)


@app.command()
def validate(
    db_path: DbOption = None,
    docs_dir: Annotated[
        Path | None, typer.Option(help="Data Docs folder (default: .qawl/data_docs beside the db).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Re-check every article and attribution in the warehouse; exit 1 when any expectation fails."""
    con = open_existing(db_path)
    try:
        articles, attributions = warehouse_rows(con)
    except duckdb.Error as exc:
        raise fail(f"{resolve_db(db_path)}: {exc}") from exc
    finally:
        con.close()
    run_id = "validate-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    result = validate_batch(
        articles, attributions, run_id, docs_dir=docs_dir or docs_dir_for(resolve_db(db_path))
    )
    reasons = reason_counts(result.quarantined)
    if as_json:
        payload = {
            "run_id": run_id, "articles": len(articles), "attributions": len(attributions),
            "quarantine": reasons, "batch_failures": result.batch_failures,
            "batch_metrics": result.batch_metrics, "docs_path": result.docs_path,
        }  # fmt: skip
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        console.print(f"checked {len(articles)} articles, {len(attributions)} attributions", highlight=False)
        console.print(_reasons_table(reasons, "rows failing row-level expectations"))
        for name in result.batch_failures:
            console.print(f"[bold yellow]batch expectation failed:[/] {name}", highlight=False)
        console.print(f"Data Docs: {result.docs_path}", highlight=False)
    if result.quarantined or result.batch_failures:
        raise typer.Exit(code=1)


def _run_table(run: dict) -> Table:
    table = Table("field", "value", title="qawl run")
    for name in RUN_FIELDS:
        value = run.get(name)
        table.add_row(
            name, ", ".join(value) if isinstance(value, list) else "" if value is None else str(value)
        )
    return table


def _reasons_table(reasons: list[dict], title: str) -> Table:
    table = Table("table", Column("expectation", overflow="fold"), "rows", title=title)
    for r in reasons:
        table.add_row(r["table_name"], r["expectation"], str(r["rows"]))
    if not reasons:
        table.add_row("-", "none", "0")
    return table


def _checks_table(checks: list[CheckOutcome]) -> Table:
    """Every batch check (with what was observed) and every row check that failed."""
    # fold, not ellipsis: the expectation name is what a reader looks up in the suite JSON.
    table = Table(
        "suite", Column("expectation", overflow="fold"), "result", "unexpected", "observed", title="checks"
    )
    for c in checks:
        if c.suite == "batch" or not c.success:
            observed = f"{c.observed_value:.3f}" if isinstance(c.observed_value, float) else c.observed_value
            table.add_row(
                c.suite, c.name, "[green]pass[/]" if c.success else "[red]fail[/]",
                "" if c.unexpected_count is None else str(c.unexpected_count),
                "" if observed is None else str(observed),
            )  # fmt: skip
    return table


def _check_dicts(checks: list[CheckOutcome] | None) -> list[dict] | None:
    return None if checks is None else [asdict(c) for c in checks]
