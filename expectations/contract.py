"""What validation hands back to the pipeline: the rows that load and the rows that don't, with why."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class QuarantinedRow:
    table: str  # "articles" or "attributions"
    row: dict
    failed_expectations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BatchValidation:
    articles_ok: list[dict]
    attributions_ok: list[dict]
    quarantined: list[QuarantinedRow]
    batch_failures: list[str] = field(default_factory=list)  # names of failed batch-level expectations
    docs_path: str | None = None  # Data Docs index.html written for this run, if any
    # The run-level rates the batch suite checked (attributions_per_article, anonymous_share, ...).
    batch_metrics: dict[str, float] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return "warning" if self.batch_failures else "ok"
