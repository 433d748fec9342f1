"""Arabic normalisation: the one module that imports camel-tools.

Small str -> str functions that compose. Normalised text is for matching and lookup only;
offsets always refer to the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)
from camel_tools.utils.transliterate import Transliterator

TATWEEL = "\u0640"
_HAMZA_SEATS = str.maketrans({"ؤ": "و", "ئ": "ي"})
_PUNCT_OR_SPACE = re.compile(r"[\W_]+", re.UNICODE)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def strip_tatweel(text: str) -> str:
    return text.replace(TATWEEL, "")


def dediacritise(text: str) -> str:
    """Drop harakat, shadda and sukun: وأكّد -> وأكد, كرَّر -> كرر."""
    return dediac_ar(text)


def normalise_letters(text: str) -> str:
    """Fold the letter variants news spells inconsistently: أ إ آ ٱ -> ا, ى -> ي, ة -> ه."""
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))


def normalise_hamza_seats(text: str) -> str:
    """ؤ -> و, ئ -> ي: فائز / فايز, الروسى / الروسي end up the same."""
    return text.translate(_HAMZA_SEATS)


@lru_cache(maxsize=200_000)
def normalise_token(token: str) -> str:
    """Lookup key of one token: NFKC, no diacritics or tatweel, folded letters and hamza seats."""
    text = unicodedata.normalize("NFKC", token)
    return normalise_hamza_seats(normalise_letters(dediacritise(strip_tatweel(text))))


def normalise_text(text: str) -> str:
    """The scoring normalisation of ATTRIBUTION.md section 8, as one string of tokens."""
    return " ".join(normalise_tokens(text))


def normalise_tokens(text: str) -> list[str]:
    """ATTRIBUTION.md section 8 step 1: NFKC, dediacritise, fold letters, punctuation -> space, split."""
    text = unicodedata.normalize("NFKC", text)
    text = normalise_hamza_seats(normalise_letters(dediacritise(strip_tatweel(text))))
    return _PUNCT_OR_SPACE.sub(" ", text).split()


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic script (0.0 for text with no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _ARABIC_LETTER.match(c)) / len(letters)


@lru_cache(maxsize=1)
def _buckwalter() -> Transliterator:
    return Transliterator(CharMapper.builtin_mapper("ar2bw"))


def transliterate(text: str) -> str:
    """Buckwalter transliteration of normalised text (a spelling-insensitive key for names)."""
    return _buckwalter().transliterate(normalise_text(text))
