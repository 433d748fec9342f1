"""Claim clusters: the same claim by the same speaker, reported by several outlets, is one cluster.

Pure. Contents are compared as sets of normalised word 3-shingles (Jaccard), and a short report
that quotes part of a longer one counts too (containment), only within one speaker entity: two
people saying similar words make two claims. Each cluster keeps its first appearance (earliest
publication date) and every member's own wording.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from tasks.core.arabic import normalise_tokens

SHINGLE_SIZE = 3
# Checked by reading 20 of the 163 multi-outlet clusters of ../shared/corpus (no tuned sweep): reports
# of one statement in two outlets sit at 0.8-1.0 after normalisation, different statements of one
# speaker rarely pass 0.35. Single-link: a long quote can chain two shorter ones (similarity shows it).
JACCARD_THRESHOLD = 0.35
CONTAINMENT_THRESHOLD = 0.8  # a short report quoting 80% of its shingles from a longer one
MIN_SHINGLES_FOR_CONTAINMENT = 5


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """One attribution's content, with its speaker entity and where and when it appeared."""

    attribution_id: str
    speaker_id: str
    article_id: str
    content: str
    outlet: str | None = None
    published_at: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimMember:
    cluster_id: str
    attribution_id: str
    similarity: float  # to the cluster's first appearance (1.0 for the first itself)


@dataclass(frozen=True, slots=True)
class ClaimCluster:
    cluster_id: str
    speaker_id: str
    first_attribution_id: str
    first_published_at: str | None
    content: str  # the wording of the first appearance
    n_members: int
    n_articles: int
    n_outlets: int


def shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[str]:
    """Word n-shingles of normalised text; a text shorter than n words is one shingle."""
    tokens = [_strip_conjunction(t) for t in normalise_tokens(text)]
    if len(tokens) <= size:
        return frozenset({" ".join(tokens)}) if tokens else frozenset()
    return frozenset(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _strip_conjunction(token: str) -> str:
    # وأن / أن, والوفاق / الوفاق: outlets attach و to different words of the same sentence
    return token[1:] if token.startswith("و") and len(token) > 3 else token


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard, or containment of the smaller in the larger when that is near total."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    jaccard = inter / len(a | b)
    small = min(len(a), len(b))
    if small >= MIN_SHINGLES_FOR_CONTAINMENT and inter / small >= CONTAINMENT_THRESHOLD:
        return max(jaccard, inter / small)
    return jaccard


def is_same_claim(a: frozenset[str], b: frozenset[str]) -> bool:
    s = similarity(a, b)
    return s >= JACCARD_THRESHOLD


def published_instant(published_at: str | None) -> datetime | None:
    """ISO 8601 date or timestamp as an aware UTC instant (outlets publish at +04:00 and +00:00)."""
    if not published_at:
        return None
    try:
        when = datetime.fromisoformat(published_at)
    except ValueError:
        return None
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def _appearance_order(ref: ClaimRef) -> tuple:
    # undated reports come after dated ones: the first appearance must be a known date
    when = published_instant(ref.published_at)
    return (when is None, when or datetime.min.replace(tzinfo=UTC), ref.article_id, ref.attribution_id)


def cluster_id_for(speaker_id: str, first_attribution_id: str) -> str:
    """Stable across runs: derived from the speaker and the first appearance's attribution id
    (an attribution with two speakers, حفتر والسراج تعهدا, opens one cluster for each)."""
    return "cl_" + hashlib.sha1(f"{speaker_id}|{first_attribution_id}".encode()).hexdigest()[:12]


def _groups(refs: Sequence[ClaimRef], sets: Sequence[frozenset[str]]) -> list[list[int]]:
    """Single-link groups of one speaker's claims (indices into refs, in appearance order)."""
    parent = list(range(len(refs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(refs)):
        for j in range(i + 1, len(refs)):
            if find(i) != find(j) and is_same_claim(sets[i], sets[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(refs)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _cluster(refs: Sequence[ClaimRef], sets: Sequence[frozenset[str]], group: list[int]):
    first = group[0]
    cid = cluster_id_for(refs[first].speaker_id, refs[first].attribution_id)
    members = [
        ClaimMember(cid, refs[i].attribution_id, round(similarity(sets[first], sets[i]), 4)) for i in group
    ]
    head = refs[first]
    cluster = ClaimCluster(
        cluster_id=cid,
        speaker_id=head.speaker_id,
        first_attribution_id=head.attribution_id,
        first_published_at=head.published_at,
        content=head.content,
        n_members=len(group),
        n_articles=len({refs[i].article_id for i in group}),
        n_outlets=len({refs[i].outlet for i in group if refs[i].outlet}),
    )
    return cluster, members


def cluster_claims(refs: Sequence[ClaimRef]) -> tuple[list[ClaimCluster], list[ClaimMember]]:
    """Every claim lands in exactly one cluster (most clusters have one member)."""
    by_speaker: dict[str, list[ClaimRef]] = {}
    for ref in sorted(refs, key=_appearance_order):
        by_speaker.setdefault(ref.speaker_id, []).append(ref)
    clusters: list[ClaimCluster] = []
    members: list[ClaimMember] = []
    for speaker_refs in by_speaker.values():
        sets = [shingles(r.content) for r in speaker_refs]
        for group in _groups(speaker_refs, sets):
            cluster, cluster_members = _cluster(speaker_refs, sets, sorted(group))
            clusters.append(cluster)
            members.extend(cluster_members)
    clusters.sort(key=lambda c: (-c.n_outlets, -c.n_members, c.cluster_id))
    return clusters, members
