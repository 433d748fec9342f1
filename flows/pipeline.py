"""The qawl pipeline as a Prefect flow: ingest -> extract (in batches) -> validate -> load -> resolve.

The run id is the Prefect flow run id; the same id is in `runs`, `attributions.run_id` and
`quarantine.run_id`. The task runner is a parameter of `run_pipeline` so the same flow runs on
threads (default) or on Dask (`pip install prefect-dask`, then `task_runner=DaskTaskRunner()`).
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from expectations.contract import BatchValidation
from tasks.extract_task import batches, extract_batch_task
from tasks.ingest import article_row, ingest_task
from tasks.load import load_task, record_failure, start_run_task
from warehouse.db import default_db_path

DEFAULT_WORKERS = 2  # the reference machine has 2 cores


@flow(name="qawl-pipeline", task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_WORKERS))
def pipeline(path: str = "seeds", db_path: str | None = None, batch_size: int = 50) -> dict:
    """Read articles at `path`, extract attributions, validate them and load them into `db_path`."""
    run_id = str(flow_run.id)
    db_path = str(db_path or default_db_path())
    start_run_task(db_path, run_id, str(path))
    try:
        return _run_steps(str(path), db_path, batch_size, run_id)
    except BaseException:
        record_failure(db_path, run_id)
        raise


def _run_steps(path: str, db_path: str, batch_size: int, run_id: str) -> dict:
    articles = ingest_task(path)
    futures = [extract_batch_task.submit(batch) for batch in batches(articles, batch_size)]
    attribution_rows = [row for future in futures for row in future.result()]
    article_rows = [article_row(article) for article in articles]
    validation = _validate(article_rows, attribution_rows, run_id)
    counts = {"articles_read": len(articles), "attributions_extracted": len(attribution_rows)}
    counts = load_task(db_path, run_id, validation, counts)
    _resolve(db_path, run_id)
    return _summary(run_id, db_path, counts, validation)


def _validate(article_rows: list[dict], attribution_rows: list[dict], run_id: str) -> BatchValidation:
    try:
        from tasks.validate import validate_batch_task
    except ModuleNotFoundError as exc:
        if exc.name != "tasks.validate":
            raise
        # Until the validation module exists every row loads, and the run says so (status warning).
        get_run_logger().warning("tasks.validate not found: loading without validation")
        return BatchValidation(article_rows, attribution_rows, [], ["validation skipped: no tasks.validate"])
    return validate_batch_task(article_rows, attribution_rows, run_id)


def _resolve(db_path: str, run_id: str) -> None:
    try:
        from tasks.resolve import resolve_task
    except ModuleNotFoundError as exc:
        if exc.name != "tasks.resolve":
            raise
        get_run_logger().info("tasks.resolve not found: speaker entities and claim clusters not updated")
        return
    resolve_task(db_path, run_id)


def _summary(run_id: str, db_path: str, counts: dict, validation: BatchValidation) -> dict:
    quarantined_attributions = sum(q.table == "attributions" for q in validation.quarantined)
    return {
        "run_id": run_id,
        "articles": counts["articles_read"],
        "articles_loaded": counts["articles_loaded"],
        "extracted": counts["attributions_extracted"],
        "loaded": counts["attributions_loaded"],
        "quarantined": quarantined_attributions,
        "articles_quarantined": len(validation.quarantined) - quarantined_attributions,
        "status": validation.status,
        "batch_failures": list(validation.batch_failures),
        "docs_path": validation.docs_path,
        "db": db_path,
    }


def run_pipeline(
    path: str | Path,
    db_path: str | Path | None = None,
    batch_size: int = 50,
    task_runner: TaskRunner | None = None,
) -> dict:
    """Run the flow once, on `task_runner` (default: a thread pool of DEFAULT_WORKERS)."""
    runner = task_runner or ThreadPoolTaskRunner(max_workers=DEFAULT_WORKERS)
    configured = pipeline.with_options(task_runner=runner)
    return configured(path=str(path), db_path=str(db_path or default_db_path()), batch_size=batch_size)


def dask_task_runner() -> TaskRunner:
    """A DaskTaskRunner, if the optional `prefect-dask` package is installed."""
    try:
        from prefect_dask import DaskTaskRunner
    except ModuleNotFoundError as exc:
        raise RuntimeError("the dask runner needs `pip install prefect-dask`") from exc
    return DaskTaskRunner()


def serve_pipeline(path: str | Path, db_path: str | Path, cron: str, name: str = "qawl-scheduled") -> None:
    """Serve the flow with a cron schedule (blocks; stop with Ctrl-C)."""
    pipeline.serve(
        name=name,
        cron=cron,
        parameters={"path": str(Path(path).resolve()), "db_path": str(Path(db_path).resolve())},
    )
