"""Claim clusters: one claim by one speaker across outlets is one cluster with its first appearance."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tasks.core.claims import ClaimRef, cluster_claims, cluster_id_for, shingles, similarity

CEASEFIRE = (
    "خليفة حفتر مستعد لتوقيع اتفاق وقف إطلاق النار في حين ترفضه حكومة الوفاق التي تعول على الحل العسكري"
)
# the same statement as another outlet words it: hamza, ta marbuta and a conjunction differ
CEASEFIRE_2 = "خليفة حفتر مستعد لتوقيع اتفاق وقف اطلاق النار في حين ترفضه حكومه الوفاق التي لا تزال تعول على الحل العسكري"
OTHER = "موسكو تتابع العملية السياسية في ليبيا وتدعم استعادة السيادة على نطاق واسع"


def _claim(aid: str, content: str, outlet: str, when: str | None, speaker: str = "sp_lavrov") -> ClaimRef:
    return ClaimRef(aid, speaker, f"doc_{aid}", content, outlet, when)


def test_near_duplicates_cluster_and_the_earliest_comes_first():
    refs = [
        _claim("b", CEASEFIRE_2, "Al Arabiya", "2018-04-13T22:49:05+04:00"),
        _claim("a", CEASEFIRE, "BBC Arabic", "2018-04-13T19:00:00+00:00"),
        _claim("c", OTHER, "BBC Arabic", "2018-04-12T10:00:00+00:00"),
    ]
    clusters, members = cluster_claims(refs)
    shared = [c for c in clusters if c.n_members == 2]
    assert len(shared) == 1 and len(clusters) == 2
    # 22:49 at +04:00 is 18:49 UTC: Al Arabiya's report came first
    assert shared[0].first_attribution_id == "b" and shared[0].n_outlets == 2
    assert shared[0].cluster_id == cluster_id_for("sp_lavrov", "b")
    assert {m.attribution_id for m in members if m.cluster_id == shared[0].cluster_id} == {"a", "b"}


def test_same_words_by_two_speakers_are_two_claims():
    refs = [_claim("a", CEASEFIRE, "BBC", None, "sp_1"), _claim("b", CEASEFIRE, "CNN", None, "sp_2")]
    clusters, _ = cluster_claims(refs)
    assert len(clusters) == 2


def test_a_short_report_quoting_a_longer_one_joins_it():
    short = "مستعد لتوقيع اتفاق وقف إطلاق النار في حين ترفضه حكومة الوفاق"
    assert similarity(shingles(short), shingles(CEASEFIRE)) >= 0.8


def test_undated_reports_never_count_as_first():
    refs = [_claim("a", CEASEFIRE, "BBC", None), _claim("b", CEASEFIRE_2, "CNN", "2020-01-01")]
    clusters, _ = cluster_claims(refs)
    assert clusters[0].first_attribution_id == "b"


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ", min_size=1, max_size=80))
def test_similarity_is_symmetric_and_one_on_itself(text):
    a, b = shingles(text), shingles(CEASEFIRE)
    assert similarity(a, b) == similarity(b, a)
    if a:
        assert similarity(a, a) == 1.0
