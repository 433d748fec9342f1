"""What `qawl report` and `qawl validate` read from the warehouse (SQL in `expectations/sql/`)."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import duckdb

from expectations.contract import QuarantinedRow
from expectations.runner import docs_dir_for, run_docs_dir

SQL_DIR = Path(__file__).parent / "sql"


@cache
def sql(name: str) -> str:
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def fetch_run(con: duckdb.DuckDBPyConnection, run_id: str | None) -> dict | None:
    """The runs row of `run_id`, or of the latest run when `run_id` is None."""
    rows = _dicts(con.execute(sql("report_run"), {"run_id": run_id}))
    return rows[0] if rows else None


def quarantine_reasons(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict]:
    """(table_name, expectation, rows) for each reason rows of the run were quarantined with."""
    return _dicts(con.execute(sql("quarantine_reasons"), {"run_id": run_id}))


def warehouse_rows(con: duckdb.DuckDBPyConnection) -> tuple[list[dict], list[dict]]:
    """All loaded articles and attributions, shaped like the rows the pipeline validates."""
    return _dicts(con.execute(sql("warehouse_articles"))), _dicts(con.execute(sql("warehouse_attributions")))


def docs_path_of(run: dict, db_path: str | Path) -> Path | None:
    """The run's Data Docs index: as recorded in `runs`, else where the runner writes it by default."""
    candidates = [Path(run["docs_path"])] if run.get("docs_path") else []
    candidates.append(run_docs_dir(docs_dir_for(db_path), run["run_id"]) / "index.html")
    return next((path for path in candidates if path.is_file()), None)


def reason_counts(quarantined: list[QuarantinedRow]) -> list[dict]:
    """The same shape as `quarantine_reasons`, counted from a validation still in memory."""
    counts = Counter((q.table, name) for q in quarantined for name in q.failed_expectations)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [{"table_name": t, "expectation": e, "rows": n} for (t, e), n in ordered]
