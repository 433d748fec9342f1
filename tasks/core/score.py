"""The extraction score of ATTRIBUTION.md section 8, as pure functions.

Gold rows carry `doc, speaker, aliases, content, form`; predictions carry `doc, speaker, content`.
Matching is per document: token F1 of normalised contents, pairs taken one to one, best F1 first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tasks.core.arabic import normalise_tokens

STANDARD_THRESHOLD = 0.5
STRICT_THRESHOLD = 0.8
MAX_SPEAKER_TOKENS = 12


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    doc: str
    speaker: str
    content: str
    form: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Prediction:
    doc: str
    speaker: str | None
    content: str


@dataclass(frozen=True, slots=True)
class Match:
    gold: GoldAttribution
    prediction: Prediction
    content_f1: float
    speaker_right: bool


@dataclass(frozen=True, slots=True)
class Score:
    """One variant of the score (standard: content F1 >= 0.5, strict: >= 0.8)."""

    threshold: float
    gold: int
    predicted: int
    matched: int
    speaker_right: int
    detection_precision: float
    detection_recall: float
    detection_f1: float
    speaker_accuracy: float
    end_to_end_precision: float
    end_to_end_recall: float
    end_to_end_f1: float
    mean_content_f1: float
    recall_by_form: dict[str, float]


def gold_from_row(row: Mapping) -> GoldAttribution:
    return GoldAttribution(
        doc=str(row["doc"]),
        speaker=str(row["speaker"]),
        content=str(row["content"]),
        form=str(row.get("form") or "unknown"),
        aliases=tuple(row.get("aliases") or ()),
    )


def prediction_from_row(row: Mapping) -> Prediction:
    return Prediction(doc=str(row["doc"]), speaker=row.get("speaker"), content=str(row["content"]))


def token_f1(predicted: list[str], gold: list[str]) -> float:
    """F1 of the multiset overlap of two token lists (0.0 when either is empty)."""
    overlap = sum((Counter(predicted) & Counter(gold)).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(predicted), overlap / len(gold)
    return 2 * precision * recall / (precision + recall)


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    """True when `needle` stands as a contiguous run of tokens inside `haystack`."""
    width = len(needle)
    return width > 0 and any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))


def speaker_is_right(gold: GoldAttribution, predicted_speaker: str | None) -> bool:
    """Gold name or an alias, normalised, inside a predicted speaker of at most 12 tokens."""
    predicted = normalise_tokens(predicted_speaker or "")
    if not predicted or len(predicted) > MAX_SPEAKER_TOKENS:
        return False
    return any(contains_run(predicted, normalise_tokens(name)) for name in (gold.speaker, *gold.aliases))


def match_document(
    gold: list[GoldAttribution], predictions: list[Prediction], threshold: float
) -> list[Match]:
    """One-to-one pairs of one document with content F1 >= threshold, best F1 first."""
    gold_tokens = [normalise_tokens(g.content) for g in gold]
    pred_tokens = [normalise_tokens(p.content) for p in predictions]
    candidates = [
        (token_f1(pt, gt), gi, pi) for gi, gt in enumerate(gold_tokens) for pi, pt in enumerate(pred_tokens)
    ]
    # Ties keep file order (lower gold index, then lower prediction index) so the score is deterministic.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for f1, gi, pi in candidates:
        if f1 < threshold:
            break
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        matches.append(
            Match(gold[gi], predictions[pi], f1, speaker_is_right(gold[gi], predictions[pi].speaker))
        )
    return matches


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


def _by_doc(rows: Iterable) -> dict[str, list]:
    grouped: dict[str, list] = defaultdict(list)
    for row in rows:
        grouped[row.doc].append(row)
    return grouped


def score(gold: list[GoldAttribution], predictions: list[Prediction], threshold: float) -> Score:
    """Section 8 at one threshold. Predictions for documents without gold rows are not counted."""
    gold_by_doc = _by_doc(gold)
    pred_by_doc = _by_doc(p for p in predictions if p.doc in gold_by_doc)
    matches = [
        m
        for doc, rows in gold_by_doc.items()
        for m in match_document(rows, pred_by_doc.get(doc, []), threshold)
    ]
    predicted = sum(len(rows) for rows in pred_by_doc.values())
    right = sum(m.speaker_right for m in matches)
    det_p, det_r = _ratio(len(matches), predicted), _ratio(len(matches), len(gold))
    e2e_p, e2e_r = _ratio(right, predicted), _ratio(right, len(gold))
    return Score(
        threshold=threshold,
        gold=len(gold),
        predicted=predicted,
        matched=len(matches),
        speaker_right=right,
        detection_precision=det_p,
        detection_recall=det_r,
        detection_f1=_f1(det_p, det_r),
        speaker_accuracy=_ratio(right, len(matches)),
        end_to_end_precision=e2e_p,
        end_to_end_recall=e2e_r,
        end_to_end_f1=_f1(e2e_p, e2e_r),
        mean_content_f1=_ratio(sum(m.content_f1 for m in matches), len(matches)),
        recall_by_form=_recall_by_form(gold, matches),
    )


def _recall_by_form(gold: list[GoldAttribution], matches: list[Match]) -> dict[str, float]:
    totals = Counter(g.form for g in gold)
    found = Counter(m.gold.form for m in matches)
    return {form: found[form] / totals[form] for form in sorted(totals)}


def score_both(gold: list[GoldAttribution], predictions: list[Prediction]) -> dict[str, Score]:
    """The standard (F1 >= 0.5) and strict (F1 >= 0.8) variants."""
    return {
        "standard": score(gold, predictions, STANDARD_THRESHOLD),
        "strict": score(gold, predictions, STRICT_THRESHOLD),
    }


CONFIDENT = 0.8


def confident_precision(gold: list[GoldAttribution], rows: list[Mapping], threshold: float = CONFIDENT) -> dict | None:
    """End-to-end precision (standard) of the rows an `export --min-confidence threshold` would keep;
    None when the rows carry no confidence (a prediction file from elsewhere)."""
    if not rows or any(r.get("confidence") is None for r in rows):
        return None
    kept = [prediction_from_row(r) for r in rows if r["confidence"] >= threshold]
    standard = score(gold, kept, STANDARD_THRESHOLD)
    return {"min_confidence": threshold, "predicted": len(kept),
            "end_to_end_precision": round(standard.end_to_end_precision, 3)}
