"""The pandas frames the suites run on: the rows as given plus the derived columns they check.

Checks that need more than one column (offsets against the article text, speaker length,
Arabic share) are computed here, once, as plain columns; the suites then test those columns
with standard expectations, so every rule stays visible in the suite JSON and in Data Docs.
"""

from __future__ import annotations

from collections.abc import Iterable
from numbers import Integral

import pandas as pd

from tasks.core.arabic import arabic_share, normalise_token

ARTICLE_COLUMNS = ("article_id", "outlet", "url", "published_at", "title", "text", "content_hash")
ATTRIBUTION_COLUMNS = (
    "attribution_id", "article_id", "doc", "cue", "cue_lemma", "cue_start", "cue_end", "speaker",
    "speaker_mention", "speaker_start", "speaker_end", "speaker_type", "content", "start", "end",
    "form", "confidence",
)  # fmt: skip


def article_frame(rows: list[dict]) -> pd.DataFrame:
    """Articles as given; the positional index is how failures map back to `rows`."""
    return pd.DataFrame(_project(rows, ARTICLE_COLUMNS), columns=list(ARTICLE_COLUMNS), dtype=object)


def attribution_frame(rows: list[dict], texts: dict[str, str], loaded_ids: set[str]) -> pd.DataFrame:
    """Attributions plus derived columns; `texts` maps article_id to text, `loaded_ids` passed their checks."""
    frame = pd.DataFrame(_project(rows, ATTRIBUTION_COLUMNS), columns=list(ATTRIBUTION_COLUMNS), dtype=object)
    # Rows read back from a table that keeps only `doc` still name their article.
    frame["article_id"] = [
        a if a is not None else d for a, d in zip(frame["article_id"], frame["doc"], strict=True)
    ]
    frame["speaker"] = [_blank_to_none(s) for s in frame["speaker"]]
    text_of = [texts.get(a) if isinstance(a, str) else None for a in frame["article_id"]]
    frame["article_loaded"] = [a in loaded_ids for a in frame["article_id"]]
    frame["offsets_inside_article"] = [
        _inside(t, s, e) for t, s, e in zip(text_of, frame["start"], frame["end"], strict=True)
    ]
    frame["content_matches_text"] = _spans_match(text_of, frame["content"], frame["start"], frame["end"])
    # A cue-less pattern (`باريس «...»`) has an empty cue at the quote's position: zero width is fine.
    frame["cue_matches_text"] = _spans_match(
        text_of, frame["cue"], frame["cue_start"], frame["cue_end"], allow_empty=True
    )
    frame["speaker_mention_matches_text"] = [
        True if s is None else ok  # a pro-drop cue (وأضاف) has no mention offsets to check
        for s, ok in zip(
            frame["speaker_start"],
            _spans_match(text_of, frame["speaker_mention"], frame["speaker_start"], frame["speaker_end"]),
            strict=True,
        )
    ]
    frame["speaker_token_count"] = pd.array(
        [None if s is None else len(str(s).split()) for s in frame["speaker"]], dtype="Int64"
    )
    frame["cue_lemma_key"] = [
        normalise_token(c) if isinstance(c, str) and c.strip() else None for c in frame["cue_lemma"]
    ]
    frame["content_arabic_share"] = [
        arabic_share(c) if isinstance(c, str) else None for c in frame["content"]
    ]
    frame["confidence"] = pd.to_numeric(frame["confidence"], errors="coerce")
    return frame


def batch_summary(articles: int, attribution_frame_: pd.DataFrame, quarantined_rows: int) -> pd.DataFrame:
    """One row of run-level rates: the frame the batch suite checks."""
    total = len(attribution_frame_)
    extracted = articles + total
    return pd.DataFrame(
        [
            {
                "articles": articles,
                "attributions": total,
                "attributions_per_article": total / articles if articles else 0.0,
                "missing_speaker_share": _share(attribution_frame_["speaker"].isna(), total),
                "anonymous_share": _share(attribution_frame_["speaker_type"] == "anonymous", total),
                "quarantined_share": quarantined_rows / extracted if extracted else 0.0,
            }
        ]
    )


def _project(rows: Iterable[dict], columns: tuple[str, ...]) -> list[dict]:
    return [{c: row.get(c) for c in columns} for row in rows]


def _blank_to_none(value: object) -> object:
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def _share(flags: pd.Series, total: int) -> float:
    return float(flags.sum()) / total if total else 0.0


def _inside(text: str | None, start: object, end: object, allow_empty: bool = False) -> bool:
    if text is None or not _is_offset(start) or not _is_offset(end):
        return False
    if allow_empty:
        return 0 <= start <= end <= len(text)  # type: ignore[operator]
    return 0 <= start < end <= len(text)  # type: ignore[operator]


def _is_offset(value: object) -> bool:
    # Rows read back from DuckDB or pandas carry numpy integers, which are not `int`.
    return isinstance(value, Integral) and not isinstance(value, bool)


def _spans_match(
    texts: list[str | None], values: Iterable, starts: Iterable, ends: Iterable, allow_empty: bool = False
) -> list[bool]:
    """text[start:end] == value for each row; False when any part is missing or out of range."""
    return [
        _inside(t, s, e, allow_empty) and t[s:e] == v  # type: ignore[index]
        for t, v, s, e in zip(texts, values, starts, ends, strict=True)
    ]
