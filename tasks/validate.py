"""Prefect task: validate one run's rows with the Great Expectations suites in `expectations/suites/`."""

from __future__ import annotations

import logging
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError
from prefect.runtime import flow_run

from expectations.contract import BatchValidation
from expectations.runner import docs_dir_for, validate_batch
from warehouse.db import default_db_path


def default_docs_dir() -> Path:
    """Data Docs beside the run's warehouse: the flow's `db_path` parameter, else the default db."""
    # The pipeline calls the task with rows and a run id only; the flow's parameters still say
    # which warehouse this run writes to, and the docs belong next to it.
    db_path = (flow_run.parameters or {}).get("db_path") or default_db_path()
    return docs_dir_for(db_path)


# NO_CACHE: hashing ~20k row dicts as cache keys costs more than validating them, and a re-run
# must re-check its rows anyway.
@task(name="validate", cache_policy=NO_CACHE)
def validate_batch_task(
    article_rows: list[dict],
    attribution_rows: list[dict],
    run_id: str,
    docs_dir: str | None = None,
) -> BatchValidation:
    """Split rows into loadable and quarantined, run the batch checks, write the run's Data Docs."""
    result = validate_batch(article_rows, attribution_rows, run_id, docs_dir=docs_dir or default_docs_dir())
    logger = _logger()
    logger.info(
        "validated %d articles, %d attributions: %d rows quarantined; Data Docs %s",
        len(article_rows),
        len(attribution_rows),
        len(result.quarantined),
        result.docs_path,
    )
    if result.batch_failures:
        logger.warning("batch-level expectations failed: %s", ", ".join(result.batch_failures))
    return result


def _logger() -> logging.Logger | logging.LoggerAdapter:
    """The run logger inside Prefect; a module logger when the task's `.fn` is called directly."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)
