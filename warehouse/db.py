"""The one module that talks to DuckDB: connect, migrate, load, record runs.

Schema changes are `schema/NNN_*.sql`, applied in order and recorded in `schema_migrations`;
views are `views/*.sql`, one per file, recreated after every migration. Statements with
parameters live in `statements/*.sql`; user input reaches SQL only as parameters.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import duckdb

from expectations.contract import QuarantinedRow

HERE = Path(__file__).parent
SCHEMA_DIR = HERE / "schema"
VIEWS_DIR = HERE / "views"
STATEMENTS_DIR = HERE / "statements"
DEFAULT_DB_NAME = "qawl.duckdb"
DB_ENV = "QAWL_DB"


def default_db_path() -> Path:
    """`$QAWL_DB` if set, else `qawl.duckdb` in the current directory."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB_NAME)


def connect(path: str | Path | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) the warehouse file; read-only connections require the file to exist."""
    path = Path(path) if path is not None else default_db_path()
    if read_only and not path.is_file():
        raise FileNotFoundError(f"{path}: no such database file (run `qawl run` first)")
    return duckdb.connect(str(path), read_only=read_only)


@cache
def statement(name: str) -> str:
    """The text of `statements/<name>.sql`."""
    return (STATEMENTS_DIR / f"{name}.sql").read_text(encoding="utf-8")


def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> list[dict]:
    """The rows of a query as dicts keyed by column name."""
    cursor = con.execute(sql, params or {})
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: a failure rolls back, leaving what was stored before intact."""
    con.begin()
    try:
        yield con
    except BaseException:
        con.rollback()
        raise
    con.commit()


def migration_files(schema_dir: Path = SCHEMA_DIR) -> list[Path]:
    return sorted(schema_dir.glob("[0-9][0-9][0-9]_*.sql"))


def applied_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    con.execute(
        "create table if not exists schema_migrations "
        "(version varchar primary key, applied_at timestamptz not null default current_timestamp)"
    )
    return [
        row[0] for row in con.execute("select version from schema_migrations order by version").fetchall()
    ]


def migrate(
    con: duckdb.DuckDBPyConnection, schema_dir: Path = SCHEMA_DIR, views_dir: Path = VIEWS_DIR
) -> list[str]:
    """Apply pending migrations in order (each in its own transaction), then recreate the views."""
    done = set(applied_migrations(con))
    applied = []
    for file in migration_files(schema_dir):
        if file.stem in done:
            continue
        with transaction(con):
            con.execute(file.read_text(encoding="utf-8"))
            con.execute("insert into schema_migrations (version) values (?)", [file.stem])
        applied.append(file.stem)
    create_views(con, views_dir)
    return applied


def create_views(con: duckdb.DuckDBPyConnection, views_dir: Path = VIEWS_DIR) -> list[str]:
    """(Re)create every `views/*.sql`; a view reading another view waits until that one exists."""
    pending = {file.stem: _view_sql(file) for file in sorted(views_dir.glob("*.sql"))}
    created: list[str] = []
    while pending:
        errors: dict[str, duckdb.Error] = {}
        before = len(created)
        for name, sql in list(pending.items()):
            try:
                con.execute(sql)
            except duckdb.CatalogException as exc:  # may read a view not created yet: retry next pass
                errors[name] = exc
                continue
            except duckdb.Error as exc:
                raise RuntimeError(f"{views_dir / name}.sql: {exc}") from exc
            created.append(name)
            del pending[name]
        if pending and len(created) == before:  # a whole pass without progress: a real error
            name, exc = next(iter(errors.items()))
            raise RuntimeError(f"{views_dir / name}.sql: {exc}") from exc
    return created


def _view_sql(file: Path) -> str:
    """A view file is either a full `create ... view` statement or a bare select named by the file."""
    sql = file.read_text(encoding="utf-8").strip().rstrip(";")
    if sql.lower().lstrip().startswith("create"):
        return sql
    return f'create or replace view "{file.stem}" as\n{sql}'


def open_warehouse(path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """Connect and migrate: the usual way in for anything that writes."""
    con = connect(path)
    migrate(con)
    return con


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, input_path: str) -> None:
    con.execute(statement("start_run"), {"run_id": run_id, "input_path": input_path})


def fail_run(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    con.execute(statement("fail_run"), {"run_id": run_id})


RUN_COUNTS = (
    "articles_read",
    "articles_loaded",
    "attributions_extracted",
    "attributions_loaded",
    "rows_quarantined",
)


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, counts: dict, status: str) -> None:
    """Record counts (RUN_COUNTS, batch_failures, docs_path) and the final status of a run."""
    params = {key: counts.get(key) for key in RUN_COUNTS}
    params.update(
        run_id=run_id,
        status=status,
        batch_failures=list(counts.get("batch_failures") or []),
        docs_path=counts.get("docs_path"),
    )
    con.execute(statement("finish_run"), params)


def load_batch(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    articles: list[dict],
    attributions: list[dict],
    quarantined: Sequence[QuarantinedRow] = (),
) -> None:
    """Upsert articles, replace their attributions, log quarantined rows: one transaction."""
    article_ids = sorted({a["article_id"] for a in articles} | {r["doc"] for r in attributions})
    with transaction(con):
        if articles:
            con.execute(statement("upsert_articles"), {"rows": articles, "run_id": run_id})
        if article_ids:
            con.execute(statement("delete_attributions"), {"article_ids": article_ids})
        if attributions:
            con.execute(statement("insert_attributions"), {"rows": attributions, "run_id": run_id})
        if quarantined:
            con.execute(
                statement("insert_quarantine"), {"rows": _quarantine_rows(quarantined), "run_id": run_id}
            )


def _quarantine_rows(quarantined: Sequence[QuarantinedRow]) -> list[dict]:
    return [
        {
            "table_name": q.table,
            "row_key": _row_key(q),
            "row_json": json.dumps(q.row, ensure_ascii=False, default=str),
            "failed_expectations": list(q.failed_expectations),
        }
        for q in quarantined
    ]


def _row_key(q: QuarantinedRow) -> str | None:
    key = q.row.get("attribution_id") if q.table == "attributions" else q.row.get("article_id")
    return None if key is None else str(key)
