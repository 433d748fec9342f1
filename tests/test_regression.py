"""Quality floors: the seeds' gold and our hand-annotated regression set (ATTRIBUTION.md section 8).

The corpus set is read from ../shared/corpus at test time (the project does not copy outlets' text);
where it is absent these tests skip and say why. Figures: `python scripts/regression_report.py -v`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from tasks.core.extract import extract
from tasks.core.model import Article
from tasks.core.score import confident_precision, gold_from_row, prediction_from_row, score_both
from tests.regression_set import (
    CORPUS,
    corpus_units,
    gold_of,
    prediction_rows,
    predictions_for,
    score_units,
    written_units,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"

# Floors sit a little under today's figures so a real regression fails. The corpus set is twenty-six
# files, 3,580 attributions: a and b (politics) were read while the rules were written; c to z were
# annotated blind and scored when they arrived (c-e 0.52-0.53, f 0.69, g 0.50, h 0.65, i 0.46, j 0.52,
# k 0.66, l 0.52, m 0.64, n 0.74, o 0.65, p 0.66, q 0.68, r 0.65, s 0.75, t 0.73, u 0.67, v 0.79, w 0.76,
# x 0.71, y 0.75, z 0.72); c to q were then used to draw rules, r to z are held out. The whole set sits near 0.82, under the
# issue's 0.85 (see tests/data/README.md).
SEEDS_E2E_FLOOR = 0.92
CORPUS_E2E_FLOOR = 0.75
WRITTEN_E2E_FLOOR = 0.93


@cache
def _seeds() -> tuple[list, list[dict]]:
    """The seeds' gold rows and the extractor's rows for the seed articles (read and run once)."""
    if not GOLD.exists():
        pytest.skip(f"{GOLD} is absent: the seeds' gold lives in ../shared, beside the clone")
    gold = [gold_from_row(json.loads(line)) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    rows = [a.to_row() for path in sorted((ROOT / "seeds").glob("*.txt"))
            for a in extract(Article(path.stem, path.read_text("utf-8")))]
    return gold, rows


def test_seeds_end_to_end_f1_at_least_092():
    gold, rows = _seeds()
    scores = score_both(gold, [prediction_from_row(r) for r in rows])
    assert scores["standard"].end_to_end_f1 >= SEEDS_E2E_FLOOR
    assert scores["strict"].end_to_end_f1 >= 0.85
    assert scores["standard"].speaker_accuracy >= 0.95


def test_confidence_08_means_precision_095():
    """Issue 3: at confidence >= 0.8 precision is at least 0.95 on the seeds (and a floor on the corpus)."""
    gold, rows = _seeds()
    seeds = confident_precision(gold, rows)
    assert seeds["predicted"] >= len(rows) // 2  # a filter that keeps most, not a handful
    assert seeds["end_to_end_precision"] >= 0.95
    if CORPUS.exists():
        units = corpus_units()
        corpus = confident_precision(gold_of(units), prediction_rows(predictions_for(units)))
        assert corpus["end_to_end_precision"] >= 0.88  # weaker on the blind sets c to z (0.929 at 1,932 predictions over 26 files)


def test_corpus_regression_set():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent: the regression set's text is read from ../shared/corpus")
    units = corpus_units()
    assert sum(len(u.gold) for u in units) >= 80
    scores, _ = score_units(units)
    assert scores["standard"].end_to_end_f1 >= CORPUS_E2E_FLOOR


def test_written_regression_set():
    scores, _ = score_units(written_units())
    assert scores["standard"].end_to_end_f1 >= WRITTEN_E2E_FLOOR


def test_corpus_traps_are_not_extracted_as_cues():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent")
    units = [u for u in corpus_units() if u.traps]
    _, preds = score_units(units)
    hits = [(u.key, t["why"]) for u in units for t in u.traps for a in preds[u.key]
            if t["span"][0] <= a.cue_start < t["span"][1]]
    total = sum(len(u.traps) for u in units)
    # Traps are phenomena that look like attributions; most must be left out.
    assert len(hits) <= total * 0.2, hits
