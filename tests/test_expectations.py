"""Great Expectations validation: each kind of bad row lands in quarantine with its reason, the
good rows of the same batch load, batch-level checks flag broken runs, Data Docs are written."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from great_expectations.core import ExpectationSuite
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from prefect import flow

from expectations.contract import BatchValidation
from expectations.runner import (
    SUITE_NAMES,
    SUITES_DIR,
    expectation_names,
    load_suite,
    read_checks,
    validate_batch,
)
from tasks.validate import validate_batch_task
from tests.quality_rows import CUE_LEMMAS, FILLER, LATIN, TEXT, good_batch, span


def run(articles: list[dict], attributions: list[dict], **kwargs) -> BatchValidation:
    return validate_batch(articles, attributions, "test-run", cue_lemmas=CUE_LEMMAS, **kwargs)


def with_content(row: dict, part: str) -> dict:
    start, end = span(TEXT, part)
    return {**row, "content": part, "start": start, "end": end}


# (what is wrong, how to break the first attribution, the expectations it must fail)
ATTRIBUTION_CASES: list[tuple[str, Callable[[dict], dict], set[str]]] = [
    ("id missing", lambda r: {**r, "attribution_id": None}, {"attribution_id_present"}),
    ("content offsets shifted", lambda r: {**r, "start": r["start"] + 1}, {"content_equals_text_at_offsets"}),
    (
        "content ends past the article",
        lambda r: {**r, "end": len(TEXT) + 5},
        {"content_offsets_inside_article", "content_equals_text_at_offsets"},
    ),
    (
        "start after end",
        lambda r: {**r, "start": r["end"], "end": r["start"]},
        {"content_offsets_inside_article", "content_equals_text_at_offsets"},
    ),
    (
        "content not the text at its offsets",
        lambda r: {**r, "content": r["content"].replace("مستمرة", "متوقفة")},
        {"content_equals_text_at_offsets"},
    ),
    ("cue offsets shifted", lambda r: {**r, "cue_start": r["cue_start"] + 1}, {"cue_equals_text_at_offsets"}),
    (
        "speaker mention offsets wrong",
        lambda r: {**r, "speaker_start": (r["speaker_start"] or 0) + 2},
        {"speaker_mention_equals_text_at_offsets"},
    ),
    ("speaker missing for a person", lambda r: {**r, "speaker": None}, {"speaker_present_unless_anonymous"}),
    ("speaker blank", lambda r: {**r, "speaker": "  "}, {"speaker_present_unless_anonymous"}),
    (
        "speaker of 13 tokens",
        lambda r: {**r, "speaker": " ".join(["اسم"] * 13)},
        {"speaker_at_most_12_tokens"},
    ),
    ("cue lemma not in lexicon", lambda r: {**r, "cue_lemma": "أكل"}, {"cue_lemma_in_lexicon"}),
    ("cue lemma missing", lambda r: {**r, "cue_lemma": None}, {"cue_lemma_present"}),
    ("form unknown", lambda r: {**r, "form": "rumour"}, {"form_in_set"}),
    ("form missing", lambda r: {**r, "form": None}, {"form_present"}),
    ("speaker type unknown", lambda r: {**r, "speaker_type": "alien"}, {"speaker_type_in_set"}),
    ("speaker type missing", lambda r: {**r, "speaker_type": None}, {"speaker_type_present"}),
    ("confidence above 1", lambda r: {**r, "confidence": 1.5}, {"confidence_between_0_and_1"}),
    ("confidence negative", lambda r: {**r, "confidence": -0.1}, {"confidence_between_0_and_1"}),
    ("confidence missing", lambda r: {**r, "confidence": None}, {"confidence_present"}),
    ("content of 2 characters", lambda r: with_content(r, "ال"), {"content_length_within_bounds"}),
    (
        "content swallowed a paragraph",
        lambda r: with_content(r, FILLER.strip()),
        {"content_length_within_bounds"},
    ),
    ("content in Latin script", lambda r: with_content(r, LATIN), {"content_mostly_arabic"}),
    (
        "content missing",
        lambda r: {**r, "content": None},
        {"content_present", "content_equals_text_at_offsets"},
    ),
    (
        "article not in the batch",
        lambda r: {**r, "article_id": "nowhere", "doc": "nowhere"},
        {
            "article_loaded_in_batch",
            "content_offsets_inside_article",
            "content_equals_text_at_offsets",
            "cue_equals_text_at_offsets",
            "speaker_mention_equals_text_at_offsets",
        },
    ),
]


@pytest.mark.parametrize(
    ("case", "breaker", "reasons"), ATTRIBUTION_CASES, ids=[c[0] for c in ATTRIBUTION_CASES]
)
def test_bad_attribution_is_quarantined_with_its_reason_and_the_rest_load(
    case: str, breaker: Callable[[dict], dict], reasons: set[str]
) -> None:
    articles, attributions = good_batch()
    attributions[0] = bad = breaker(attributions[0])

    result = run(articles, attributions)

    assert [(q.table, q.row, set(q.failed_expectations)) for q in result.quarantined] == [
        ("attributions", bad, reasons)
    ]
    assert result.attributions_ok == attributions[1:]
    assert result.articles_ok == articles


def test_duplicate_attribution_ids_quarantine_both_copies() -> None:
    articles, attributions = good_batch()
    attributions.append(dict(attributions[0]))

    result = run(articles, attributions)

    assert [q.failed_expectations for q in result.quarantined] == [("attribution_id_unique",)] * 2
    assert result.attributions_ok == attributions[1:-1]


def test_anonymous_source_without_speaker_and_pro_drop_without_mention_load() -> None:
    articles, attributions = good_batch(1)
    assert attributions[1]["speaker_start"] is None and attributions[2]["speaker"] is None

    result = run(articles, attributions)

    assert result.quarantined == []
    assert result.attributions_ok == attributions


def test_cue_lemma_is_normalised_before_lookup() -> None:
    # وأكّد in the text, أكد in the lexicon: diacritics and hamza must not make a known cue unknown.
    articles, attributions = good_batch(1)
    attributions[0] = {**attributions[0], "cue_lemma": "قَال"}

    assert run(articles, attributions).quarantined == []


def test_rows_read_back_with_numpy_offsets_still_match() -> None:
    np = pytest.importorskip("numpy")
    articles, attributions = good_batch(1)
    attributions[0] = {**attributions[0], "start": np.int64(attributions[0]["start"])}
    attributions[0]["end"] = np.int32(attributions[0]["end"])

    assert run(articles, attributions).quarantined == []


ARTICLE_CASES: list[tuple[str, Callable[[dict], dict], set[str]]] = [
    ("text blank", lambda a: {**a, "text": "  \n "}, {"text_not_blank"}),
    ("text missing", lambda a: {**a, "text": None}, {"text_present"}),
    ("date unparseable", lambda a: {**a, "published_at": "غير معروف"}, {"published_at_parseable"}),
    ("id missing", lambda a: {**a, "article_id": None}, {"article_id_present"}),
]


@pytest.mark.parametrize(("case", "breaker", "reasons"), ARTICLE_CASES, ids=[c[0] for c in ARTICLE_CASES])
def test_bad_article_is_quarantined_with_its_attributions(
    case: str, breaker: Callable[[dict], dict], reasons: set[str]
) -> None:
    articles, attributions = good_batch()
    articles[0] = bad = breaker(articles[0])

    result = run(articles, attributions)

    assert [(q.row, set(q.failed_expectations)) for q in result.quarantined if q.table == "articles"] == [
        (bad, reasons)
    ]
    orphans = [q for q in result.quarantined if q.table == "attributions"]
    assert [q.row for q in orphans] == attributions[:3]
    assert all("article_loaded_in_batch" in q.failed_expectations for q in orphans)
    assert result.articles_ok == articles[1:]
    assert result.attributions_ok == attributions[3:]


def test_duplicate_article_ids_quarantine_both_and_their_attributions() -> None:
    articles, attributions = good_batch()
    articles.append(dict(articles[0]))

    result = run(articles, attributions)

    assert [q.failed_expectations for q in result.quarantined if q.table == "articles"] == [
        ("article_id_unique",)
    ] * 2
    assert result.attributions_ok == attributions[3:]


def test_article_without_date_loads() -> None:
    articles, attributions = good_batch()
    articles[0] = {**articles[0], "published_at": None}

    assert run(articles, attributions).quarantined == []


def test_failed_expectations_come_in_suite_order() -> None:
    articles, attributions = good_batch()
    attributions[0] = {**attributions[0], "confidence": 7.0, "form": "rumour", "attribution_id": None}

    (quarantined,) = run(articles, attributions).quarantined

    order = expectation_names("attributions")
    assert list(quarantined.failed_expectations) == sorted(quarantined.failed_expectations, key=order.index)
    assert len(quarantined.failed_expectations) == 3


BREAKERS = [breaker for _, breaker, _ in ATTRIBUTION_CASES]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# At most one breaker per row: each is written to break a good row, not an already broken one.
@given(st.dictionaries(st.integers(0, 11), st.sampled_from(BREAKERS), max_size=6))
def test_nothing_is_dropped_loaded_plus_quarantined_is_extracted(breaks: dict) -> None:
    articles, attributions = good_batch()
    for index, breaker in breaks.items():
        attributions[index] = breaker(attributions[index])

    result = run(articles, attributions)

    quarantined = [q.row for q in result.quarantined if q.table == "attributions"]
    assert len(result.attributions_ok) + len(quarantined) == len(attributions)
    assert sorted(map(id, result.attributions_ok + quarantined)) == sorted(map(id, attributions))
    assert all(q.failed_expectations for q in result.quarantined)


# Batch-level expectations: a failure is a warning on the run, and no row is held back for it.


def test_a_normal_batch_passes_the_batch_checks() -> None:
    result = run(*good_batch())

    assert result.status == "ok" and result.batch_failures == []
    assert result.batch_metrics["attributions_per_article"] == 3.0
    assert result.batch_metrics["anonymous_share"] == pytest.approx(1 / 3)
    assert result.batch_metrics["missing_speaker_share"] == pytest.approx(1 / 3)


def test_all_anonymous_without_speakers_is_a_warning_but_loads() -> None:
    articles, attributions = good_batch()
    attributions = [{**r, "speaker_type": "anonymous", "speaker": None} for r in attributions]

    result = run(articles, attributions)

    assert result.status == "warning"
    assert result.batch_failures == ["missing_speaker_share_below_limit", "anonymous_share_below_limit"]
    assert result.attributions_ok == attributions


def test_a_run_that_extracts_nothing_is_a_warning() -> None:
    articles, _ = good_batch()

    result = run(articles, [])

    assert result.batch_failures == ["attributions_per_article_in_range"]
    assert result.articles_ok == articles


def test_many_quarantined_rows_is_a_warning() -> None:
    articles, attributions = good_batch()
    attributions[:4] = [{**r, "confidence": 2.0} for r in attributions[:4]]

    result = run(articles, attributions)

    assert len(result.quarantined) == 4
    assert result.batch_failures == ["quarantined_share_below_limit"]


# Suites, lexicon, Data Docs, speed.


@pytest.mark.parametrize("name", SUITE_NAMES)
def test_suites_are_great_expectations_json_with_a_reason_name_per_expectation(name: str) -> None:
    raw = json.loads((SUITES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    suite = load_suite(name)

    assert suite.name == name
    assert [e.configuration.type for e in suite.expectations] == [e["type"] for e in raw["expectations"]]
    names = expectation_names(name)
    assert len(set(names)) == len(names) == len(suite.expectations)
    assert ExpectationSuite(**suite.to_json_dict()).expectations == suite.expectations


def test_default_lexicon_is_the_extractors() -> None:
    articles, attributions = good_batch(1)
    attributions[0] = {**attributions[0], "cue_lemma": "أكل"}

    result = validate_batch(articles, attributions, "lexicon-run")

    assert [q.failed_expectations for q in result.quarantined] == [("cue_lemma_in_lexicon",)]


def test_default_lexicon_knows_according_to_phrases_and_cue_less_patterns() -> None:
    # حسب ما frames content without a verb; `باريس «...»` has no cue word at all, so its cue is empty.
    articles, attributions = good_batch(1)
    attributions[0] = {**attributions[0], "cue_lemma": "حسب ما", "form": "according_to"}
    quote_at = attributions[1]["start"]
    attributions[1] = {
        **attributions[1], "cue_lemma": "quote_frame", "cue": "", "cue_start": quote_at, "cue_end": quote_at,
    }  # fmt: skip
    attributions[2] = {**attributions[2], "cue_lemma": "headline", "form": "headline"}

    assert validate_batch(articles, attributions, "patterns-run").quarantined == []


def test_data_docs_and_checks_are_written_per_run(tmp_path: Path) -> None:
    articles, attributions = good_batch()
    attributions[0] = {**attributions[0], "form": "rumour"}

    result = run(articles, attributions, docs_dir=tmp_path)
    other = validate_batch(articles, attributions, "run/2", docs_dir=tmp_path, cue_lemmas=CUE_LEMMAS)

    index = tmp_path / "test-run" / "index.html"
    assert result.docs_path == str(index) and index.is_file()
    assert other.docs_path == str(tmp_path / "run_2" / "index.html")
    pages = sorted(
        p.parent.parent.parent.name for p in (tmp_path / "test-run" / "validations").rglob("*.html")
    )
    assert pages == ["articles", "attributions", "batch"]
    assert "test-run" in "".join(p.read_text(encoding="utf-8") for p in index.parent.rglob("*.html"))
    checks = read_checks(index.parent)
    assert [c.name for c in checks] == [n for s in SUITE_NAMES for n in expectation_names(s)]
    failed = [(c.suite, c.name, c.unexpected_count) for c in checks if not c.success]
    assert failed == [("attributions", "form_in_set", 1)]
    assert {c.name: c.observed_value for c in checks if c.suite == "batch"}[
        "attributions_per_article_in_range"
    ] == 3.0


def test_no_docs_unless_asked() -> None:
    assert run(*good_batch()).docs_path is None


def test_twenty_thousand_attributions_validate_in_well_under_a_minute() -> None:
    articles, attributions = good_batch(2000)
    attributions = [
        {**r, "attribution_id": f"{r['attribution_id']}-{k}"} for r in attributions for k in range(3)
    ]
    assert len(attributions) == 18_000

    started = time.perf_counter()
    result = run(articles, attributions)

    assert time.perf_counter() - started < 30
    assert result.quarantined == [] and len(result.attributions_ok) == 18_000


# The Prefect task, in real flow runs.


@flow
def _validate_flow(articles: list[dict], attributions: list[dict], docs_dir: str) -> BatchValidation:
    return validate_batch_task(articles, attributions, "flow-run", docs_dir=docs_dir)


@flow
def _pipeline_like_flow(articles: list[dict], attributions: list[dict], db_path: str) -> BatchValidation:
    return validate_batch_task(articles, attributions, "flow-run-2")


@pytest.mark.flow
def test_validate_task_in_a_flow_splits_rows_and_writes_docs(prefect_harness: None, tmp_path: Path) -> None:
    articles, attributions = good_batch(2)
    attributions[0] = {**attributions[0], "confidence": 3.0}

    result = _validate_flow(articles, attributions, str(tmp_path))

    assert [q.failed_expectations for q in result.quarantined] == [("confidence_between_0_and_1",)]
    assert len(result.attributions_ok) == 5
    assert Path(result.docs_path).is_file()


@pytest.mark.flow
def test_validate_task_puts_docs_beside_the_flows_warehouse(prefect_harness: None, tmp_path: Path) -> None:
    articles, attributions = good_batch(2)

    result = _pipeline_like_flow(articles, attributions, str(tmp_path / "q.duckdb"))

    assert result.docs_path == str(tmp_path / ".qawl" / "data_docs" / "flow-run-2" / "index.html")
    assert result.status == "ok"
