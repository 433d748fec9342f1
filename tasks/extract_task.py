"""Prefect task: run the pure extractor over a batch of articles (one task per batch, not per article)."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.model import Article


def extract_rows(articles: list[Article]) -> list[dict]:
    """`Attribution.to_row()` for every attribution the extractor finds in these articles."""
    from tasks.core.extract import extract  # imported here so the lexicon loads in the worker, once

    return [attribution.to_row() for article in articles for attribution in extract(article)]


def batches(articles: list[Article], size: int) -> list[list[Article]]:
    """Consecutive batches of at most `size` articles."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    return [articles[i : i + size] for i in range(0, len(articles), size)]


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch_task(articles: list[Article]) -> list[dict]:
    """Prefect wrapper of `extract_rows`."""
    return extract_rows(articles)
