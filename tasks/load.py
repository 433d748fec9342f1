"""Prefect tasks that write to the warehouse: record the run, load a validated batch."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from expectations.contract import BatchValidation
from warehouse import db


def load_validated(db_path: str, run_id: str, validation: BatchValidation, counts: dict) -> dict:
    """Load the rows that passed, log the quarantined ones, finish the run record; return the counts."""
    counts = {
        **counts,
        "articles_loaded": len(validation.articles_ok),
        "attributions_loaded": len(validation.attributions_ok),
        "rows_quarantined": len(validation.quarantined),
        "batch_failures": list(validation.batch_failures),
        "docs_path": validation.docs_path,
    }
    con = db.open_warehouse(db_path)
    try:
        db.load_batch(con, run_id, validation.articles_ok, validation.attributions_ok, validation.quarantined)
        db.finish_run(con, run_id, counts, validation.status)
    finally:
        con.close()
    return counts


def record_start(db_path: str, run_id: str, input_path: str) -> None:
    con = db.open_warehouse(db_path)
    try:
        db.start_run(con, run_id, input_path)
    finally:
        con.close()


def record_failure(db_path: str, run_id: str) -> None:
    con = db.open_warehouse(db_path)
    try:
        db.fail_run(con, run_id)
    finally:
        con.close()


@task(name="start-run", cache_policy=NO_CACHE)
def start_run_task(db_path: str, run_id: str, input_path: str) -> None:
    """Prefect wrapper of `record_start`: the run is 'running' until loaded or failed."""
    record_start(db_path, run_id, input_path)


@task(name="load", cache_policy=NO_CACHE)
def load_task(db_path: str, run_id: str, validation: BatchValidation, counts: dict) -> dict:
    """Prefect wrapper of `load_validated`."""
    return load_validated(db_path, run_id, validation, counts)
