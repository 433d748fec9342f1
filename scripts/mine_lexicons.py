"""Print candidate lexicon entries mined from the shared Arabic news corpus, with counts.

A tool for the human who curates `tasks/lexicons/`: it never writes a lexicon file, because every
entry must be read and judged (a frequent n-gram is often an artefact of one story). Run from the
repo root:

    .venv/bin/python scripts/mine_lexicons.py after-cue --top 80
    .venv/bin/python scripts/mine_lexicons.py new-cues --bench --limit 20000
    .venv/bin/python scripts/mine_lexicons.py heads وكالة صحيفة قناة --n 3
    .venv/bin/python scripts/mine_lexicons.py frames
    .venv/bin/python scripts/mine_lexicons.py boilerplate --min-articles 5
    .venv/bin/python scripts/mine_lexicons.py coverage places

Counts are grouped by the matching key of `tasks.core.arabic.normalise_token` and shown with the
most frequent surface spelling, so كبير / كبيرة or أكد / اكد do not split a candidate.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# A script run by path gets scripts/ on sys.path, not the repo root: make `tasks` importable even
# when the project is not installed editable.
sys.path.insert(0, str(REPO))

from tasks.core.arabic import dediacritise, normalise_token, strip_tatweel  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
LEXICONS = REPO / "tasks" / "lexicons"

# Punctuation that clings to a token in news text; quotes and colons matter for cue mining, so the
# raw token is kept next to the cleaned one.
_EDGE = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)
_PROCLITICS = ("و", "ف")
_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "انهما"})
_QUOTES = "\"«“”'"
_FRAME_STARTS = frozenset({"في", "خلال", "عبر", "اثناء", "لدي", "امام", "علي", "ل", "بعد", "عقب"})


def iter_articles(bench: bool, limit: int | None) -> Iterator[dict]:
    """The 1,990 curated articles, or with `bench` the 70k de-duplicated ones (all sections)."""
    path = CORPUS / ("bench.jsonl.gz" if bench else "articles.jsonl")
    opener = gzip.open if bench else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            yield json.loads(line)


def clean(token: str) -> str:
    """Surface token without edge punctuation, diacritics or tatweel (still in normal spelling)."""
    return _EDGE.sub("", dediacritise(strip_tatweel(token)))


def strip_proclitic(key: str) -> str:
    """Drop one و/ف proclitic from a normalised key when enough of a word is left."""
    if len(key) > 3 and key[0] in _PROCLITICS:
        return key[1:]
    return key


def key_of(surface: str) -> str:
    """Matching key of a token. Proclitics stay: وزير is not و + زير (see `is_cue`)."""
    return normalise_token(surface) if surface else ""


def is_cue(surface: str, cues: frozenset[str]) -> bool:
    """A cue with or without its و/ف proclitic (وقال, فأكد)."""
    key = key_of(surface)
    return key in cues or strip_proclitic(key) in cues


def read_entries(name: str) -> list[str]:
    """Entries of a lexicon file (first column of a .tsv), comments and blanks skipped."""
    lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#")]
    return [row for row in rows if row != "lemma"]


def cue_forms() -> frozenset[str]:
    """Rough surface keys of the known cues (both cue files): enough to anchor mining, not the loader."""
    forms: set[str] = set()
    for name in ("cues.tsv", "cues_corpus.tsv"):
        path = LEXICONS / name
        if path.exists():
            forms.update(_forms_of_file(path))
    return frozenset(normalise_token(form) for form in forms)


def _forms_of_file(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 7 or cols[0] == "lemma":
            continue
        lemma, perfect, imperfect, participle, _frames, extra, _skip = cols[:7]
        yield lemma
        if perfect != "-":
            yield from (perfect + suffix for suffix in ("", "ت", "ا", "تا", "وا"))
        if imperfect != "-":
            yield from (prefix + imperfect + suffix for prefix in "يت" for suffix in ("", "ون", "ان"))
        if participle != "-":
            yield from (participle + "ا", participle + "اً")
        if extra != "-":
            yield from extra.split(",")


def known_cue_lemmas() -> frozenset[str]:
    return frozenset(
        normalise_token(e)
        for f in ("cues.tsv", "cues_corpus.tsv")
        if (LEXICONS / f).exists()
        for e in read_entries(f)
    )


class Tally:
    """Counts by normalised key, remembering the most frequent surface spelling of each key."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.surfaces: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def add(self, surfaces: Iterable[str]) -> None:
        words = [s for s in surfaces if s]
        if not words:
            return
        key = " ".join(key_of(word) for word in words)
        self.counts[key] += 1
        self.surfaces[key][" ".join(words)] += 1

    def show(self, top: int, exclude: frozenset[str] = frozenset()) -> None:
        shown = 0
        for key, count in self.counts.most_common():
            if key in exclude:
                continue
            print(f"{count}\t{self.surfaces[key].most_common(1)[0][0]}")
            shown += 1
            if shown >= top:
                return


def lines_of(article: dict) -> list[list[str]]:
    """Raw whitespace tokens per line of the article text."""
    return [line.split() for line in (article.get("text") or "").splitlines() if line.strip()]


def cue_positions(articles: Iterable[dict]) -> Iterator[tuple[list[str], int]]:
    """Every (cleaned words of a line, index of a known cue in it) of the articles."""
    cues = cue_forms()
    for article in articles:
        for raw in lines_of(article):
            words = [clean(tok) for tok in raw]
            for i, word in enumerate(words):
                if is_cue(word, cues):
                    yield words, i


def after_cue(articles: Iterable[dict], span: int) -> Tally:
    """n-grams (1..span tokens) right after a known cue: titles, heads, adverbials show up here."""
    tally = Tally()
    for words, i in cue_positions(articles):
        for n in range(1, min(span, len(words) - i - 1) + 1):
            tally.add(words[i + 1 : i + 1 + n])
    return tally


def heads(articles: Iterable[dict], heads_: list[str], span: int) -> Tally:
    """n-grams that start with one of the given head words (e.g. وكالة -> agency names)."""
    wanted, tally = frozenset(key_of(h) for h in heads_), Tally()
    for article in articles:
        for raw in lines_of(article):
            words = [clean(tok) for tok in raw]
            for i, word in enumerate(words):
                if key_of(word) in wanted or _without_l(key_of(word)) in wanted:
                    tally.add(words[i : i + span])
    return tally


def _without_l(key: str) -> str:
    """لوكالة -> وكالة, للصحيفة -> الصحيفة: the ل preposition before a relayer."""
    if key.startswith("لل"):
        return "ال" + key[2:]
    return key[1:] if key.startswith("ل") and len(key) > 3 else key


def new_cues(articles: Iterable[dict], window: int) -> Tally:
    """Clause-initial words (و-prefixed or line-initial) within `window` tokens before أن/إن/":
    quote", minus known cues: the reporting verbs the cue lexicon still lacks."""
    cues, tally = cue_forms(), Tally()
    for article in articles:
        for raw in lines_of(article):
            for i in _complement_positions(raw):
                for j in range(max(0, i - window), i):
                    word = clean(raw[j])
                    initial = j == 0 or raw[j].startswith(("و", "ف")) or raw[j - 1].endswith((".", "،"))
                    if initial and not is_cue(word, cues):
                        tally.add([word])
    return tally


def before_heads(articles: Iterable[dict]) -> Tally:
    """Clause-initial و/ف words right before a known speaker head (titles, org, anonymous heads, with
    or without ال): `وأبان المتحدث`, `وأوردت الصحيفة`. The second way to find missing cue verbs."""
    cues, heads_, tally = cue_forms(), _speaker_head_keys(), Tally()
    for article in articles:
        for raw in lines_of(article):
            words = [clean(tok) for tok in raw]
            for i in range(len(words) - 1):
                word, nxt = words[i], key_of(words[i + 1])
                head = nxt in heads_ or nxt.removeprefix("ال") in heads_
                if head and word[:1] in _PROCLITICS and not is_cue(word, cues):
                    tally.add([word])
    return tally


def _speaker_head_keys() -> frozenset[str]:
    files = ("titles.txt", "org_heads.txt", "anonymous_heads.txt", "media_heads.txt", "group_heads.txt")
    firsts = (entry.split()[0] for name in files for entry in read_entries(name))
    return frozenset(key_of(first).removeprefix("ال") for first in firsts)


def _complement_positions(raw: list[str]) -> Iterator[int]:
    for i, tok in enumerate(raw):
        if normalise_token(clean(tok)) in _COMPLEMENTIZERS:
            yield i
        elif tok.endswith(":") and i + 1 < len(raw) and raw[i + 1][:1] in _QUOTES:
            yield i + 1


def frames(articles: Iterable[dict], span: int) -> Tally:
    """Phrases starting with في/خلال/عبر... between a cue and its أن/إن: frame adverbials."""
    tally = Tally()
    for words, i in cue_positions(articles):
        _frames_after(words, i, span, tally)
    return tally


def _frames_after(words: list[str], cue_at: int, span: int, tally: Tally) -> None:
    for j in range(cue_at + 1, min(len(words), cue_at + 9)):
        key = normalise_token(words[j])
        if key in _COMPLEMENTIZERS:
            return
        if key in _FRAME_STARTS:
            for n in range(2, span + 1):
                tally.add(words[j : j + n])


def boilerplate(articles: Iterable[dict], min_articles: int, prefix: int = 0) -> dict[str, Counter[str]]:
    """Per outlet: identical lines (whole, stripped) counted once per article. With `prefix`, only the
    first `prefix` tokens of short lines are compared, which finds furniture with a varying tail
    (`عين اليوم – جدة`, datelines)."""
    per_outlet: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        lines = {_line_key(line, prefix) for line in (article.get("text") or "").splitlines() if line.strip()}
        lines.discard("")
        per_outlet[article.get("source") or "?"].update(lines)
    return {
        src: Counter({ln: c for ln, c in cnt.items() if c >= min_articles}) for src, cnt in per_outlet.items()
    }


def _line_key(line: str, prefix: int) -> str:
    if not prefix:
        return line.strip()
    tokens = line.split()
    return " ".join(tokens[:prefix]) if len(tokens) <= 12 else ""


def coverage(articles: Iterable[dict], lexicons: list[str]) -> dict[str, Counter[str]]:
    """How often each entry of the given lexicons occurs, in one pass (0 = look at it again)."""
    keys: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in lexicons:
        for entry in read_entries(name):
            keys[" ".join(key_of(w) for w in entry.split())].append((name, entry))
    longest = max(len(k.split()) for k in keys)
    found: Counter[tuple[str, str]] = Counter()
    for article in articles:
        for raw in lines_of(article):
            words = [key_of(clean(tok)) for tok in raw]
            for i in range(len(words)):
                for n in range(1, min(longest, len(words) - i) + 1):
                    found.update(keys.get(" ".join(words[i : i + n]), ()))
    return {name: Counter({e: found[(name, e)] for e in read_entries(name)}) for name in lexicons}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--bench", action="store_true", help="mine bench.jsonl.gz (70k) instead of articles.jsonl"
    )
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    parser.add_argument("--top", type=int, default=100)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("after-cue").add_argument("--n", type=int, default=3)
    head = sub.add_parser("heads")
    head.add_argument("words", nargs="+")
    head.add_argument("--n", type=int, default=3)
    sub.add_parser("new-cues").add_argument("--window", type=int, default=6)
    sub.add_parser("before-heads")
    sub.add_parser("frames").add_argument("--n", type=int, default=4)
    boiler = sub.add_parser("boilerplate")
    boiler.add_argument("--min-articles", type=int, default=5)
    boiler.add_argument(
        "--prefix", type=int, default=0, help="compare only the first N tokens of short lines"
    )
    sub.add_parser("coverage").add_argument("lexicons", nargs="+", help="file names in tasks/lexicons")
    return parser


def main() -> None:
    args = _parser().parse_args()
    articles = iter_articles(args.bench, args.limit)
    if args.command == "after-cue":
        after_cue(articles, args.n).show(args.top)
    elif args.command == "heads":
        heads(articles, args.words, args.n).show(args.top)
    elif args.command == "new-cues":
        new_cues(articles, args.window).show(args.top, exclude=known_cue_lemmas())
    elif args.command == "before-heads":
        before_heads(articles).show(args.top, exclude=known_cue_lemmas())
    elif args.command == "frames":
        frames(articles, args.n).show(args.top)
    elif args.command == "boilerplate":
        _print_boilerplate(boilerplate(articles, args.min_articles, args.prefix), args.top)
    elif args.command == "coverage":
        for name, counts in coverage(articles, args.lexicons).items():
            print(f"## {name}")
            for entry, count in sorted(counts.items(), key=lambda kv: -kv[1]):
                print(f"{count}\t{entry}")


def _print_boilerplate(found: dict[str, Counter[str]], top: int) -> None:
    for outlet, lines in sorted(found.items()):
        print(f"## {outlet}")
        for line, count in lines.most_common(top):
            print(f"{count}\t{line[:160]}")


if __name__ == "__main__":
    main()
