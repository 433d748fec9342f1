"""The section-8 scorer on hand-made gold and predictions whose numbers are computed by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tasks.core.score import (
    GoldAttribution,
    Prediction,
    contains_run,
    match_document,
    score,
    score_both,
    speaker_is_right,
    token_f1,
)

QALIN = GoldAttribution("d1", "إبراهيم قالن", "القيادة التركية تبحث الملف الليبي", "clause", ("قالن",))
LAVROV = GoldAttribution("d1", "لافروف", "أهمية وقف الأعمال القتالية", "phrase", ("سيرغي لافروف",))
ANKARA = GoldAttribution("d2", "أنقرة", "حفتر فقد ثقة واشنطن", "headline", ())
GOLD = [QALIN, LAVROV, ANKARA]
PREDICTIONS = [
    Prediction("d1", "المتحدث باسم الرئاسة إبراهيم قالن", "القيادة التركية تبحث الملف الليبي"),  # F1 1, right
    Prediction("d1", "الوزير", "أهمية وقف الأعمال"),  # F1 6/7 with LAVROV, speaker wrong
    Prediction("d2", "أنقرة", "حفتر فقد ثقة موسكو"),  # F1 3/4 with ANKARA, speaker right
    Prediction("d2", "مصدر", "شيء آخر تماما"),  # matches nothing
    Prediction("d9", "أنقرة", "حفتر فقد ثقة واشنطن"),  # no gold for d9: not counted
]


def test_token_f1_is_multiset_overlap() -> None:
    assert token_f1(["a", "b", "c"], ["b", "c", "d", "e"]) == pytest.approx(4 / 7)
    # a twice on one side, once on the other: counts once
    assert token_f1(["a", "a", "b"], ["a", "b", "b"]) == pytest.approx(2 / 3)
    assert token_f1([], ["a"]) == 0.0
    assert token_f1(["a"], ["b"]) == 0.0


@given(st.lists(st.sampled_from("abcde")), st.lists(st.sampled_from("abcde")))
def test_token_f1_is_symmetric_and_bounded(left: list[str], right: list[str]) -> None:
    assert token_f1(left, right) == pytest.approx(token_f1(right, left))
    assert 0.0 <= token_f1(left, right) <= 1.0


def test_contains_run_needs_contiguous_tokens() -> None:
    assert contains_run(["a", "b", "c"], ["b", "c"])
    assert not contains_run(["a", "b", "c"], ["a", "c"])
    assert not contains_run(["a"], [])


def test_speaker_titles_aliases_and_spelling() -> None:
    assert speaker_is_right(QALIN, "المتحدث باسم الرئاسة التركية إبراهيم قالن")
    assert speaker_is_right(QALIN, "قالن")  # the alias
    assert speaker_is_right(QALIN, "أبراهيم قالن")  # أ and إ both fold to ا
    assert not speaker_is_right(QALIN, "إبراهيم")
    assert not speaker_is_right(QALIN, None)
    no_alias = GoldAttribution("d1", "إبراهيم قالن", "x", "clause")
    assert not speaker_is_right(no_alias, "إبراهيم بن قالن")  # not contiguous


def test_speaker_longer_than_twelve_tokens_is_wrong() -> None:
    twelve = " ".join(["كلمة"] * 10 + ["إبراهيم", "قالن"])
    assert speaker_is_right(QALIN, twelve)
    assert not speaker_is_right(QALIN, "كلمة " + twelve)


def test_pairs_are_one_to_one_best_first() -> None:
    g1 = GoldAttribution("d", "s", "a b c d", "quote")
    g2 = GoldAttribution("d", "s", "a b c e", "quote")
    p1 = Prediction("d", "s", "a b c d")  # 1.0 with g1, 0.75 with g2
    p2 = Prediction("d", "s", "a b c x")  # 0.75 with both
    matches = match_document([g1, g2], [p2, p1], threshold=0.5)
    assert [(m.gold, m.prediction, m.content_f1) for m in matches] == [(g1, p1, 1.0), (g2, p2, 0.75)]


def test_threshold_is_inclusive() -> None:
    gold = [GoldAttribution("d", "s", "a c", "quote")]
    assert len(match_document(gold, [Prediction("d", "s", "a b")], threshold=0.5)) == 1


def test_standard_variant() -> None:
    s = score(GOLD, PREDICTIONS, threshold=0.5)
    assert (s.gold, s.predicted, s.matched, s.speaker_right) == (3, 4, 3, 2)
    assert s.detection_precision == pytest.approx(3 / 4)
    assert s.detection_recall == pytest.approx(1.0)
    assert s.detection_f1 == pytest.approx(6 / 7)
    assert s.speaker_accuracy == pytest.approx(2 / 3)
    assert s.end_to_end_precision == pytest.approx(1 / 2)
    assert s.end_to_end_recall == pytest.approx(2 / 3)
    assert s.end_to_end_f1 == pytest.approx(4 / 7)
    assert s.mean_content_f1 == pytest.approx(73 / 84)  # (1 + 6/7 + 3/4) / 3
    assert s.recall_by_form == {"clause": 1.0, "headline": 1.0, "phrase": 1.0}


def test_strict_variant() -> None:
    s = score_both(GOLD, PREDICTIONS)["strict"]
    assert (s.threshold, s.matched, s.speaker_right) == (0.8, 2, 1)
    assert s.detection_f1 == pytest.approx(4 / 7)
    assert s.speaker_accuracy == pytest.approx(1 / 2)
    assert s.end_to_end_f1 == pytest.approx(2 / 7)
    assert s.mean_content_f1 == pytest.approx(13 / 14)
    assert s.recall_by_form == {"clause": 1.0, "headline": 0.0, "phrase": 1.0}


def test_no_predictions_scores_zero() -> None:
    s = score(GOLD, [], threshold=0.5)
    assert (s.predicted, s.matched, s.end_to_end_f1, s.speaker_accuracy) == (0, 0, 0.0, 0.0)
