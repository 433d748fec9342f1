"""Write `tasks/lexicons/not_names.tsv`: words that cannot start a bare personal name.

A speaker with no title (`أكدت عدم استهدافها`, `تعارض انضمام تركيا`) is only a name if its first
word is not a common noun or a verb. Both are told apart from names by how the corpus uses them,
not by hand:

- noun: the word with the article ال is frequent (انضمام -> الانضمام, دخول -> الدخول); names
  almost never take it (ترامب, حفتر: 0);
- verb: the word follows لم / لن / سوف / قد / لا (تتمتع, تعارض), or it is س + such a verb (سيجتمع).

Names that are also common words and appear bare as speakers (عون, بري, هادي ...) are listed in
`names_also_words.txt` and never written here. Run from the repo root (about a minute):

    .venv/bin/python scripts/build_not_names.py [--bench-limit 30000]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from mine_lexicons import CORPUS, iter_articles  # noqa: E402  (scripts/ is on sys.path when run by path)

from tasks.core.arabic import normalise_token  # noqa: E402
from tasks.core.lexicon import names_also_words  # noqa: E402
from tasks.core.text import tokenise  # noqa: E402

LEXICONS = REPO / "tasks" / "lexicons"
PARTICLES = frozenset(normalise_token(w) for w in ["لم", "لن", "سوف", "قد", "وقد", "لا", "ولم", "ولن"])
# Nouns frequent as objects in construct (`أكد عدم وجود`, `أكد ضرورة أن`, `أكد أهمية دور`), rare with ال, so the
# counts miss them; and verbal nouns that follow a name as its verb's object (`نفى حسن نصرالله مقتل`, `أعلن
# الوزير تعيين`), which a name then ran on into; and short verbal nouns that are also perfect verbs (وقف، منع),
# so neither share counts them, after ب a verb's complement (`ووعد ترمب بوقف التمارين`).
EXTRA_NOUNS = ("عدم", "غير", "ضرورة", "أهمية", "إمكانية", "مقتل", "مصرع", "سقوط", "تعيين", "إقالة", "إدانة", "اعتزام",
               "وقف", "فرض", "منع", "رفع", "عقد", "دفع", "منح", "بذل", "سحب", "نزع", "قطع", "خطف")
MIN_COUNT = 20
NOUN_SHARE = 0.25  # count(ال + w) / count(w)
VERB_SHARE = 0.02  # count(particle + w) / count(w)


def texts(bench_limit: int) -> Iterator[str]:
    """articles.jsonl, then the first `bench_limit` bench articles (the mining script's reader)."""
    for article in chain(iter_articles(False, None), iter_articles(True, bench_limit)):
        yield article.get("text") or ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench-limit", type=int, default=30000)
    args = parser.parse_args()
    if not (CORPUS / "articles.jsonl").exists():
        sys.exit(f"corpus not found: {CORPUS} (this script needs ../shared/corpus)")
    count: Counter[str] = Counter()
    after_particle: Counter[str] = Counter()
    for text in texts(args.bench_limit):
        words = [t.norm for t in tokenise(text) if t.is_word]
        count.update(words)
        after_particle.update(b for a, b in zip(words, words[1:], strict=False) if a in PARTICLES)
    keep = names_also_words()
    rows = []
    for word, n in count.items():
        if n < MIN_COUNT or len(word) < 2 or word.startswith("ال") or word in keep or not word.isalpha():
            continue
        definite = count["ال" + word]
        verb = after_particle[word] + (after_particle[word[1:]] if word.startswith("س") else 0)
        if definite >= MIN_COUNT and definite >= NOUN_SHARE * n:
            rows.append((word, "noun", n, definite))
        elif verb >= 3 and verb >= VERB_SHARE * n:
            rows.append((word, "verb", n, verb))
    rows += [(normalise_token(w), "noun", count[normalise_token(w)], 0) for w in EXTRA_NOUNS]
    rows.sort()
    header = [
        "# Words that cannot start a bare personal name (see scripts/build_not_names.py, which wrote this).",
        f"# Counts over ../shared/corpus/articles.jsonl and the first {args.bench_limit} bench articles.",
        "# word (normalised)\tkind\tcount\tevidence (noun: count with ال; verb: count after لم/لن/سوف/قد/لا)",
    ]
    out = LEXICONS / "not_names.tsv"
    out.write_text("\n".join(header + [f"{w}\t{k}\t{n}\t{e}" for w, k, n, e in rows]) + "\n", encoding="utf-8")
    print(f"{out}: {len(rows)} words")


if __name__ == "__main__":
    main()
