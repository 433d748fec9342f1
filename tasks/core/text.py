"""Tokens, quotation spans and sentences, all as offsets into the original article text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tasks.core.arabic import normalise_token

# Arabic letters carry diacritics (U+064B-U+065F, U+0670) and tatweel inside words: وأكّد، كرَّر.
# A hyphen between letters joins one name: `مون جاي-إن`, `كيم جونغ-أون` (not `اف-15`, not ` -في`).
_WORD = r"[\w\u0640\u064B-\u065F\u0670]+"
# A hashtag mark is no token: `سيرغي #لافروف` is a name, `#دوما` a place.
# A decimal number is one token: `نسبة 48.3 في المائة` (not `48`, `.`, `3`).
# Format characters (bidi marks and embeddings, zero-width spaces, BOM) are no tokens: some sites put U+202E /
# U+202C around every space.
_FORMAT = "\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
_TOKEN = re.compile(rf"\d+(?:[.٫]\d+)+(?!\w)|{_WORD}(?:-(?=[^\W\d_]){_WORD})*|[^\s\w#{_FORMAT}]", re.UNICODE)

OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
CLOSERS = {"»", "”", "›", "‟"}
AMBIGUOUS = {'"', "”", "“"}  # seed 000 opens with ” (و”الوفاق”) and ASCII " works both ways
QUOTE_CHARS = set(OPENERS) | CLOSERS | {'"'}
SENTENCE_END = {".", "!", "?", "؟"}
# An unclosed quote runs to the end of its paragraph (seed 004, Ishlar); a quote that closes further
# than this many characters away is treated as unclosed rather than swallowing the article.
MAX_QUOTE_SPAN = 2500


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    norm: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: `open` is the mark's offset; inner text is text[start:end]; closed or not."""

    open: int
    start: int
    end: int
    closed: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first_token: int  # index into the article's token list
    last_token: int  # exclusive


def tokenise(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), normalise_token(m.group())) for m in _TOKEN.finditer(text)]


def _is_opening_position(text: str, i: int) -> bool:
    """An ambiguous mark opens when a word follows it and space, a clitic or start precedes it."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    if nxt in " \u00a0" and prev.isspace() and text[i] == '"':
        # `غزواني " يبدو منطقيا ... النفاذ" لان`: a spaced mark opens when the line's next one closes
        close = text.find('"', i + 1, text.find("\n", i) % (len(text) + 1))
        return close > i + 2 and not text[close - 1].isspace()
    return not nxt.isspace() and (prev.isspace() or prev in "([:-–—،," or prev in "وبلفـ")  # (also `لـ"عكاظ"`)


def _opens_inside(text: str, i: int) -> bool:
    """A straight mark inside a straight quotation opens a nested one when a letter follows it, a space, a
    bracket or a one-letter proclitic precedes it (`و"حزب الله"`), and another mark follows in its paragraph to
    close it (the outer one may run on past the paragraph). A closing mark follows a word; a misplaced one,
    `"الشرق الأوسط "إن` with no mark after it, still closes."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    before = text[i - 2] if i > 1 else " "
    if not (nxt.isalpha() and (prev.isspace() or prev == "(" or prev in "وبلف" and not before.isalnum())):
        return False
    end = text.find("\n", i)
    return text.find('"', i + 1, end if end != -1 else len(text)) != -1  # it closes


def find_quotes(text: str) -> list[Quote]:
    """Pair quotation marks of every style, tolerating mismatches («...”) and unclosed quotes.

    One level of nesting is kept: a “...” inside «...» does not close the outer quote.
    """
    quotes: list[Quote] = []
    stack: list[tuple[int, str]] = []  # (offset, mark)
    for i, ch in enumerate(text):
        if ch == "\n" and stack and not _continues_next_paragraph(text, i, stack[0][0]):
            # An unclosed quote ends with its paragraph (seed 004: Ishlar's first quote).
            for pos, _mark in stack:
                quotes.append(Quote(pos, pos + 1, _rstrip_index(text, i), False))
            stack.clear()
            continue
        if ch not in QUOTE_CHARS:
            continue
        if stack:
            top_pos, top = stack[-1]
            closes_top = ch in CLOSERS or ch == '"' or (ch in AMBIGUOUS and ch != top and top != "«")
            if ch in OPENERS and ch not in AMBIGUOUS and len(stack) < 2:
                stack.append((i, ch))
                continue
            if ch in AMBIGUOUS and ch != top and _is_opening_position(text, i) and len(stack) < 2 \
                    and ch != OPENERS.get(top):
                stack.append((i, ch))
                continue
            if ch == top == '"' and len(stack) < 2 and _opens_inside(text, i):
                stack.append((i, ch))  # `"... مع حلفائه الإيرانيين و"حزب الله" أنه قرر ..."`: a quote in a quote
                continue
            if closes_top or ch in AMBIGUOUS:
                stack.pop()
                quotes.append(Quote(top_pos, top_pos + 1, i, True))
            continue
        if ch in OPENERS and ch not in AMBIGUOUS or ch in AMBIGUOUS and _is_opening_position(text, i):
            stack.append((i, ch))
    for pos, _mark in stack:
        quotes.append(Quote(pos, pos + 1, _rstrip_index(text, len(text)), False))
    return sorted(quotes, key=lambda q: q.open)


def _continues_next_paragraph(text: str, newline: int, opened: int) -> bool:
    """A quote runs on into the next paragraph when that paragraph closes it before opening another.

    `وأضاف: «... \n ... »` — long statements are sometimes split into paragraphs inside one pair.
    """
    end = text.find("\n", newline + 1)
    nxt = text[newline + 1 : end if end != -1 else len(text)].strip()
    if not nxt or newline - opened > MAX_QUOTE_SPAN:
        return False
    for ch in nxt:
        if ch in ("»", "”"):
            return True
        if ch in ("«", "“"):
            return False
    if text[opened] == '"' and nxt.count('"') % 2 == 1:
        # `وقال: "... \n ...".`: straight marks pair up in the next paragraph only if its first one closes
        first = text.index('"', newline + 1)
        return not _is_opening_position(text, first)
    return False


def _rstrip_index(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def split_sentences(text: str, tokens: list[Token], quotes: list[Quote]) -> list[Sentence]:
    """Sentences end at . ! ? ؟ and at line breaks, but never inside a closed quotation.

    A quoted passage of several sentences (seed 000, وتابع: “... السياسية. وهناك ...”) stays in
    one sentence with the cue that introduces it.
    """
    inside = _quote_mask(len(text), [q for q in quotes if q.closed])
    sentences: list[Sentence] = []
    first = 0
    for k, tok in enumerate(tokens):
        boundary = False
        if tok.text in SENTENCE_END and not inside[tok.start] and not inside_word(text, tok) \
                and not _abbreviation(text, tok):
            # a full stop followed by a closing quote mark belongs with the quote: "... ليبيا."”
            boundary = True
        nxt_start = tokens[k + 1].start if k + 1 < len(tokens) else len(text)
        if "\n" in text[tok.end : nxt_start] and not inside[tok.end] or k + 1 == len(tokens):
            boundary = True
        if boundary:
            sentences.append(Sentence(tokens[first].start, tok.end, first, k + 1))
            first = k + 1
    return sentences


def _abbreviation(text: str, tok: Token) -> bool:
    """`وقال م. عصام الملا`, `د. محمد`: a dot after a one-letter title is no sentence end."""
    if tok.text != "." or tok.start < 1 or tok.end + 1 >= len(text):
        return False
    letter = text[tok.start - 1]
    before = text[tok.start - 2] if tok.start >= 2 else " "
    year = tok.start >= 3 and text[tok.start - 3].isdigit()  # `عام 2015 م. وقال`: the era, then a new sentence
    # (`أيضًا.`: a tanween written before the alif is part of the word, not a space before a one-letter title)
    mark = unicodedata.category(before) == "Mn"
    return letter.isalpha() and not before.isalnum() and not mark and not year and text[tok.end] == " " \
        and text[tok.end + 1].isalpha()


def inside_word(text: str, tok: Token) -> bool:
    """A dot inside an acronym, a number or a Latin web address: `سي.بي.إس`, `أر.تي`, `3.5`, `Bonbast.com` —
    not `التعلم.وكان`, a missing space."""
    if tok.text != "." or tok.start == 0 or tok.end >= len(text):
        return False
    before = after = 0
    while tok.start - before - 1 >= 0 and text[tok.start - before - 1].isalnum():
        before += 1
    while tok.end + after < len(text) and text[tok.end + after].isalnum():
        after += 1
    if before == 0 or after == 0:
        return False
    digits = text[tok.start - 1].isdigit() and text[tok.end].isdigit()
    latin = text[tok.start - 1].isascii() and text[tok.end].isascii()  # `Bonbast.com`, `CNN.com`
    return digits or latin or before <= 3 and after <= 3


def _quote_mask(n: int, quotes: list[Quote]) -> list[bool]:
    mask = [False] * (n + 1)
    for q in quotes:
        for i in range(q.start, min(q.end, n)):
            mask[i] = True
    return mask
