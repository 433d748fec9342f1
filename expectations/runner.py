"""Run the suites in `expectations/suites/` on one batch and split loadable rows from quarantined ones.

Order matters: articles first, so an attribution whose article failed is quarantined with it
(`article_loaded_in_batch`) instead of loading with nothing to point at; then attributions; then
the batch suite on a one-row summary that includes the quarantined share.

Data Docs: when `docs_dir` is given, the run's static HTML goes to `<docs_dir>/<run_id>/index.html`
beside `checks.json` (one line per expectation, read by `qawl report`). One folder per run because
a Data Docs site built from an ephemeral context keeps only the validations it holds in memory.
The CLI and the pipeline use `docs_dir_for(db_path)`, i.e. `<db file dir>/.qawl/data_docs/`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import great_expectations as gx
import pandas as pd
from great_expectations.core import (
    ExpectationSuite,
    ExpectationSuiteValidationResult,
    ExpectationValidationResult,
)
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context import AbstractDataContext
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)

from expectations.contract import BatchValidation, QuarantinedRow
from expectations.frames import article_frame, attribution_frame, batch_summary
from tasks.core.arabic import normalise_token
from tasks.core.model import FORMS, SPEAKER_TYPES

SUITES_DIR = Path(__file__).parent / "suites"
SUITE_NAMES = ("articles", "attributions", "batch")
BATCH_SUITE = "batch"
SITE_NAME = "qawl"
CHECKS_FILE = "checks.json"
_COMPLETE = {"result_format": "COMPLETE"}


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """One expectation's result in one run: what `checks.json` and `qawl report` show."""

    suite: str
    name: str
    success: bool
    unexpected_count: int | None
    observed_value: float | int | str | None


def docs_dir_for(db_path: str | Path) -> Path:
    """Where Data Docs for a warehouse live: `<db file dir>/.qawl/data_docs/`."""
    return Path(db_path).resolve().parent / ".qawl" / "data_docs"


def run_docs_dir(docs_dir: str | Path, run_id: str) -> Path:
    return Path(docs_dir) / safe_run_name(run_id)


def safe_run_name(run_id: str) -> str:
    """The run id as one path segment: GX's file store refuses keys with a slash."""
    return re.sub(r"[^\w.-]", "_", run_id)


def load_suite(name: str) -> ExpectationSuite:
    """A suite from its Great Expectations JSON file (fresh object: GX binds suites to a context)."""
    return ExpectationSuite(**_suite_json(name))


@lru_cache(maxsize=len(SUITE_NAMES))
def _suite_json(name: str) -> dict:
    return json.loads((SUITES_DIR / f"{name}.json").read_text(encoding="utf-8"))


def expectation_names(name: str) -> tuple[str, ...]:
    """The quarantine reasons a suite can give, in suite order."""
    return tuple(e["meta"]["name"] for e in _suite_json(name)["expectations"])


# Cue-less patterns the extractor (tasks/core/extract.py) names by their pattern instead of a verb:
# the headline `أنقرة: حفتر فقد ثقة واشنطن` and a source followed by a quote `باريس «...»`.
PATTERN_CUE_LEMMAS = frozenset({"headline", "quote_frame"})


def default_cue_lemmas() -> frozenset[str]:
    """Every cue_lemma the extractor may write: lexicon cues, according-to phrases, pattern names."""
    from tasks.core.lexicon import load_lexicon  # the extractor's lexicon: imported late, it is heavy

    lexicon = load_lexicon()
    return lexicon.cue_lemmas | _phrases(lexicon.according_to) | PATTERN_CUE_LEMMAS


def _phrases(phrase_set: object) -> frozenset[str]:
    # An according-to cue's lemma is its phrase, tokens joined by a space (حسب ما, وفقا ل).
    # PhraseSet keeps its phrases by first token and has no public way to list them yet.
    by_first: dict[str, list[tuple[str, ...]]] = getattr(phrase_set, "_by_first", {})
    return frozenset(" ".join(p) for options in by_first.values() for p in options)


def validate_batch(
    article_rows: list[dict],
    attribution_rows: list[dict],
    run_id: str,
    docs_dir: str | Path | None = None,
    cue_lemmas: frozenset[str] | None = None,
) -> BatchValidation:
    """Validate one run's rows; every input row ends up either loadable or quarantined, never dropped."""
    lemmas = default_cue_lemmas() if cue_lemmas is None else cue_lemmas
    run = _SuiteRun(
        _context(docs_dir, run_id), RunIdentifier(run_name=safe_run_name(run_id)), _parameters(lemmas)
    )

    articles = article_frame(article_rows)
    article_failures = _row_failures(run("articles", articles), "articles")
    loaded_ids = {a for i, a in enumerate(articles["article_id"]) if i not in article_failures}
    attributions = attribution_frame(attribution_rows, _first_texts(article_rows), loaded_ids)
    attribution_failures = _row_failures(run("attributions", attributions), "attributions")

    quarantined = _quarantine("articles", article_rows, article_failures) + _quarantine(
        "attributions", attribution_rows, attribution_failures
    )
    summary = batch_summary(len(article_rows), attributions, len(quarantined))
    batch_result = run(BATCH_SUITE, summary)
    docs_path = _write_docs(run, docs_dir, run_id) if docs_dir is not None else None
    return BatchValidation(
        articles_ok=_keep(article_rows, article_failures),
        attributions_ok=_keep(attribution_rows, attribution_failures),
        quarantined=quarantined,
        batch_failures=[o.name for o in _outcomes(BATCH_SUITE, batch_result, summary) if not o.success],
        docs_path=docs_path,
        batch_metrics={k: float(v) for k, v in summary.iloc[0].items()},
    )


class _SuiteRun:
    """Runs named suites on frames within one GX context and run id, remembering the results."""

    def __init__(self, context: AbstractDataContext, run_id: RunIdentifier, parameters: dict) -> None:
        self.context, self.run_id, self.parameters = context, run_id, parameters
        self.source = context.data_sources.add_pandas("qawl")
        self.results: dict[str, tuple[ExpectationSuiteValidationResult, pd.DataFrame]] = {}

    def __call__(self, suite_name: str, frame: pd.DataFrame) -> ExpectationSuiteValidationResult:
        suite = self.context.suites.add(load_suite(suite_name))
        batch = self.source.add_dataframe_asset(suite_name).add_batch_definition_whole_dataframe("run")
        definition = self.context.validation_definitions.add(
            gx.ValidationDefinition(name=suite_name, data=batch, suite=suite)
        )
        result = definition.run(
            batch_parameters={"dataframe": frame},
            expectation_parameters=self.parameters,
            result_format=_COMPLETE,
            run_id=self.run_id,
        )
        _raise_on_errors(suite_name, result)
        self.results[suite_name] = (result, frame)
        return result

    def outcomes(self) -> list[CheckOutcome]:
        return [o for name, (result, frame) in self.results.items() for o in _outcomes(name, result, frame)]


def _context(docs_dir: str | Path | None, run_id: str) -> AbstractDataContext:
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    context = gx.get_context(mode="ephemeral", project_config=config)
    if docs_dir is not None:
        base = run_docs_dir(docs_dir, run_id)
        context.add_data_docs_site(
            SITE_NAME,
            {
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(base)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    return context


def _parameters(cue_lemmas: frozenset[str]) -> dict:
    # Normalised again so a lexicon given as written (أكد) meets the frame's keys (اكد).
    lemmas = sorted({normalise_token(lemma) for lemma in cue_lemmas})
    return {"cue_lemmas": lemmas, "forms": list(FORMS), "speaker_types": list(SPEAKER_TYPES)}


def _raise_on_errors(suite_name: str, result: ExpectationSuiteValidationResult) -> None:
    """An expectation that could not run says nothing about rows: that is a bug, not bad data."""
    for r in result.results:
        if r.exception_info and r.exception_info.get("raised_exception"):
            name = r.expectation_config.meta.get("name")
            raise RuntimeError(f"{suite_name}.{name} failed to run: {r.exception_info['exception_message']}")


def _row_failures(result: ExpectationSuiteValidationResult, suite_name: str) -> dict[int, tuple[str, ...]]:
    """Row position -> names of the expectations that row failed, in suite order."""
    failed: dict[int, set[str]] = {}
    for r in result.results:
        for index in r.result.get("unexpected_index_list") or []:
            failed.setdefault(int(index), set()).add(r.expectation_config.meta["name"])
    order = {name: i for i, name in enumerate(expectation_names(suite_name))}
    return {i: tuple(sorted(names, key=order.__getitem__)) for i, names in failed.items()}


def _quarantine(table: str, rows: list[dict], failures: dict[int, tuple[str, ...]]) -> list[QuarantinedRow]:
    return [QuarantinedRow(table, rows[i], failures[i]) for i in sorted(failures)]


def _keep(rows: list[dict], failures: dict[int, tuple[str, ...]]) -> list[dict]:
    return [row for i, row in enumerate(rows) if i not in failures]


def _first_texts(article_rows: list[dict]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for row in article_rows:
        if isinstance(row.get("article_id"), str) and isinstance(row.get("text"), str):
            texts.setdefault(row["article_id"], row["text"])
    return texts


def _outcomes(
    suite_name: str, result: ExpectationSuiteValidationResult, frame: pd.DataFrame
) -> list[CheckOutcome]:
    order = {name: i for i, name in enumerate(expectation_names(suite_name))}
    outcomes = [_outcome(suite_name, r, frame) for r in result.results]
    return sorted(outcomes, key=lambda o: order[o.name])


def _outcome(suite_name: str, r: ExpectationValidationResult, frame: pd.DataFrame) -> CheckOutcome:
    observed = r.result.get("observed_value")
    if observed is None and suite_name == BATCH_SUITE:
        # The batch suite checks a one-row summary, so that row's value is what was observed.
        observed = frame[r.expectation_config.kwargs["column"]].iloc[0]
    return CheckOutcome(
        suite=suite_name,
        name=r.expectation_config.meta["name"],
        success=bool(r.success),
        unexpected_count=r.result.get("unexpected_count"),
        observed_value=_plain(observed),
    )


def _plain(value: object) -> float | int | str | None:
    if value is None or isinstance(value, (int, float, str)):
        return value
    return float(value) if hasattr(value, "__float__") else str(value)


def _write_docs(run: _SuiteRun, docs_dir: str | Path, run_id: str) -> str:
    """Build the run's Data Docs and its checks.json; return the index.html path."""
    run.context.build_data_docs(site_names=[SITE_NAME])
    base = run_docs_dir(docs_dir, run_id)
    checks = [asdict(o) for o in run.outcomes()]
    (base / CHECKS_FILE).write_text(json.dumps(checks, ensure_ascii=False, indent=1), encoding="utf-8")
    return str(base / "index.html")


def read_checks(run_folder: str | Path) -> list[CheckOutcome] | None:
    """The checks a run wrote beside its Data Docs (`run_folder` holds its index.html), if any."""
    path = Path(run_folder) / CHECKS_FILE
    if not path.is_file():
        return None
    return [CheckOutcome(**c) for c in json.loads(path.read_text(encoding="utf-8"))]
