"""The values the attribution core reads and writes.

Every attribution carries character offsets into the article text exactly as published;
normalised text is used only for matching.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

FORMS = ("quote", "clause", "mixed", "phrase", "according_to", "headline")
SPEAKER_TYPES = ("person", "organization", "media", "anonymous", "group", "place", "unknown")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. `id` is the file stem for .txt input, the record's `id` for JSONL."""

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    published_at: str | None = None
    title: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said what: cue, speaker and content, each with offsets into the article text.

    `start`/`end` are the content's offsets (text[start:end] == content). The speaker mention
    is the words in this sentence that name the speaker (a pronoun-drop cue has none: its
    speaker is resolved from the discourse and `speaker_start` is None). `speaker` is the
    canonical name (titles stripped, role nouns and pro-drop resolved to the named person).
    """

    doc: str
    cue: str
    cue_lemma: str
    cue_start: int
    cue_end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_type: str
    content: str
    start: int
    end: int
    form: str
    sentence: str
    sentence_start: int
    reported_via: str | None = None
    confidence: float = 0.5
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def attribution_id(self) -> str:
        """Stable id: the same article text and spans give the same id on every run."""
        key = f"{self.doc}|{self.cue_start}|{self.start}|{self.end}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_row(self) -> dict:
        row = asdict(self)
        row["notes"] = list(self.notes)
        row["attribution_id"] = self.attribution_id
        return row
