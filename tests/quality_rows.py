"""A small, valid batch of article and attribution rows for the quality tests, built from offsets.

The article is written for the tests (no corpus text). Every attribution is made with
`Attribution(...).to_row()` so its offsets point at its text, as the extractor's do.
"""

from __future__ import annotations

import hashlib

from tasks.core.model import Attribution

CUE_LEMMAS = frozenset({"قال", "أضاف", "ذكر"})
LATIN = "Breaking news live updates here"
FILLER = "الوضع مستقر والأسواق هادئة في المدينة. " * 60  # a paragraph longer than any content may be
TEXT = (
    "وقال وزير الخارجية سامي يوسف إن المفاوضات مستمرة بين الطرفين. "
    "وأضاف: «نحن متفائلون بالنتائج القادمة». "
    "وذكرت مصادر مطلعة أن الاجتماع المقبل سيعقد في القاهرة. "
    f"{LATIN}. {FILLER}"
)


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def article_row(
    article_id: str, text: str = TEXT, published_at: str | None = "2020-06-12T09:30:00+03:00"
) -> dict:
    return {
        "article_id": article_id,
        "outlet": "test",
        "url": f"https://example.org/{article_id}",
        "published_at": published_at,
        "title": "عنوان",
        "text": text,
        "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }


def attribution_row(
    doc: str, text: str, cue: str, content: str, *, lemma: str = "قال", speaker: str | None = None,
    mention: str | None = None, stype: str = "person", form: str = "clause", confidence: float = 0.8,
    notes: tuple[str, ...] = (), sentence_from_cue: bool = False,
) -> dict:
    """A row as the extractor makes it, its offsets found in `text`: the first `cue`, the `content` after it,
    the `mention` after it (no offsets when the text does not hold it). The sentence is the whole text, or
    with `sentence_from_cue` the span from the cue to the content's end."""
    cue_start, cue_end = span(text, cue)
    start, end = span(text, content, cue_end)
    found = text.find(mention, cue_end) if mention else -1
    speaker_start, speaker_end = (found, found + len(mention)) if found >= 0 else (None, None)
    sentence, sentence_start = (text[cue_start:end], cue_start) if sentence_from_cue else (text, 0)
    return Attribution(
        doc=doc, cue=cue, cue_lemma=lemma, cue_start=cue_start, cue_end=cue_end,
        speaker=speaker, speaker_mention=mention, speaker_start=speaker_start, speaker_end=speaker_end,
        speaker_type=stype, content=content, start=start, end=end, form=form,
        sentence=sentence, sentence_start=sentence_start, confidence=confidence, notes=notes,
    ).to_row()  # fmt: skip


def _attribution(doc: str, cue: str, lemma: str, mention: str | None, speaker: str | None, stype: str, content: str, form: str) -> dict:  # fmt: skip
    row = attribution_row(doc, TEXT, cue, content, lemma=lemma, speaker=speaker, mention=mention, stype=stype,
                          form=form, sentence_from_cue=True)
    row["article_id"] = doc
    return row


def attribution_rows(doc: str) -> list[dict]:
    """Three attributions of TEXT: a named clause, a pro-drop quote, an anonymous source."""
    return [
        _attribution(doc, "وقال", "قال", "وزير الخارجية سامي يوسف", "سامي يوسف", "person",
                     "المفاوضات مستمرة بين الطرفين", "clause"),
        # وأضاف: pro-drop, the speaker is resolved from the sentence before and has no mention here.
        _attribution(doc, "وأضاف", "أضاف", None, "سامي يوسف", "person", "نحن متفائلون بالنتائج القادمة", "quote"),
        _attribution(doc, "وذكرت", "ذكر", "مصادر مطلعة", None, "anonymous",
                     "الاجتماع المقبل سيعقد في القاهرة", "clause"),
    ]  # fmt: skip


def good_batch(articles: int = 4) -> tuple[list[dict], list[dict]]:
    """`articles` copies of the article (distinct ids), three attributions each."""
    ids = [f"doc{i}" for i in range(articles)]
    return [article_row(i) for i in ids], [row for i in ids for row in attribution_rows(i)]
