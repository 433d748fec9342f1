"""Load the lexicon files in `tasks/lexicons/` once, normalised for lookup.

Cue verbs are stored as lemmas with stems; this module generates their inflections and clitics
(قال -> قالت قالا قالوا يقول تقول وقال فقال ...), so no inflected form is typed by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from tasks.core.arabic import normalise_token

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"
PROCLITICS = ("و", "ف")
# The frame keywords of cues.tsv and cue_nouns.tsv; any other frame is a preposition, normalised.
FRAME_KEYWORDS = frozenset({"quote", "clause", "obj", "topic", "whom", "obj_b", "relay", "doc", "masdar"})


@dataclass(frozen=True, slots=True)
class CueForm:
    """What one surface form of a cue tells: its lemma, its kind and what may follow it."""

    lemma: str
    kind: str  # perfect | imperfect | participle | noun
    frames: frozenset[str]
    feminine: bool = False
    dual: bool = False
    plural: bool = False


class PhraseSet:
    """Multi-token phrases (normalised), matched at a token position, longest first."""

    def __init__(self, phrases: Iterable[Sequence[str]]):
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in {tuple(p) for p in phrases if p}:
            self._by_first.setdefault(phrase[0], []).append(phrase)
        for options in self._by_first.values():
            options.sort(key=len, reverse=True)

    def match(self, norms: Sequence[str], i: int) -> int:
        """Length in tokens of the longest phrase starting at norms[i], or 0."""
        if i >= len(norms):
            return 0
        for phrase in self._by_first.get(norms[i], ()):
            if tuple(norms[i : i + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def __contains__(self, token: str) -> bool:
        return (token,) in self._by_first.get(token, ())

    def starts_longer(self, token: str) -> bool:
        """The token opens a phrase of two words or more (`وكالة` in `وكالة الأنباء السعودية`)."""
        return any(len(phrase) > 1 for phrase in self._by_first.get(token, ()))

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, CueForm]
    cue_lemmas: frozenset[str]
    according_to: PhraseSet
    titles: PhraseSet
    org_heads: PhraseSet
    media_heads: PhraseSet
    anonymous_heads: PhraseSet
    group_heads: PhraseSet
    places: PhraseSet
    masculine_places: frozenset[str]  # countries that take a masculine verb (`أكد الأردن`)
    definite_given_names: frozenset[str]  # given names with ال (`الحبيب الصيد`)
    names_also_words: frozenset[str]  # given names that are also common words (`توفيق`, `جمال`)
    adverbials: PhraseSet
    months: PhraseSet  # month names, one or two tokens (`أفريل`, `كانون الثاني`)
    nonhuman_subjects: PhraseSet
    boilerplate: frozenset[str]
    teasers: frozenset[str]  # boilerplate that opens a line of any length (a link to another article)
    content_breaks: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    content_ends: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    after_quote_ends: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    after_quote_ends_bare: PhraseSet = field(default_factory=lambda: PhraseSet(()))  # (no comma needed)
    phrase_ends: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # furniture prefixes that end in a colon and introduce the story's title (`رابط الخبر بصحيفة الوئام:`),
    # tokenised as the text is (the colon a token of its own)
    link_prefixes: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    phrase_breaks: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    document_heads: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    non_speech: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()  # words that open speech in the first person singular
    report_heads: frozenset[str] = frozenset()  # `تقارير`, `أنباء`: sources that are no agent
    saying_nouns: frozenset[str] = frozenset()  # `قول`, `تعبير`: `حسب قوله`, `على حد تعبيره`
    relational_titles: frozenset[str] = frozenset()  # `نائب`, `محامي`: a relation to another party
    kinship_titles: frozenset[str] = frozenset()  # `شقيق`, `والدة`: kin of someone, never that someone
    honorifics: frozenset[str] = frozenset()  # `سموه`, `معاليها`: a titled person already named (also titles)
    # perfect forms in a skip column (`وبين` "and between"): cues only right before أن / ":"
    homograph_cues: dict[str, CueForm] = field(default_factory=dict)
    not_names: dict[str, str] = field(default_factory=dict)  # word -> noun | verb (not_names.tsv)


def _rows(name: str) -> list[list[str]]:
    path = LEXICON_DIR / name
    if not path.exists():
        return []
    rows = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")] if "\t" in line else [line.strip()]
        if not cols[0]:
            raise ValueError(f"{path}:{line_no}: empty first column")
        rows.append(cols)
    return rows


SPELLED_APART_MARK = "\u200c"


@cache
def spelled_apart() -> frozenset[str]:
    """Surface spellings kept apart from the function word they normalise into (spelled_apart.txt)."""
    return frozenset(cols[0] for cols in _rows("spelled_apart.txt"))


def lookup_key(surface: str, norm: str) -> str:
    """The lexicon key of one token: its normal form, marked when its spelling sets it apart."""
    return norm + SPELLED_APART_MARK if surface in spelled_apart() else norm


def _norm_phrase(text: str) -> tuple[str, ...]:
    return tuple(lookup_key(t, normalise_token(t)) for t in text.split())


def _with_article(phrases: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Each phrase with and without the article ال on its first word (وزير / الوزير)."""
    out: set[tuple[str, ...]] = set()
    for p in phrases:
        out.add(p)
        first = p[0]
        if first.startswith("ال") and len(first) > 4:
            out.add((first[2:], *p[1:]))
        elif not first.startswith("ال"):
            out.add(("ال" + first, *p[1:]))
    return out


@cache
def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    """The normalised entries of a one-column lexicon file, read once per process."""
    return frozenset(_norm_phrase(cols[0]) for cols in _rows(name))


# A sound plural with a possessive pronoun, in either case: `معارضوه` ("his opponents"), `مؤيدوها`, `منتقديها`.
# Not ي + ه: normalised, it is also the feminine ending (`مديرية`, `مسؤولية`).
PLURAL_POSSESSIVES = ("وه", "وها", "وهم", "يها", "يهم")


# The oblique in construct (`منتقدي الحكومة`, `لاعبي هولندا`): only where the form is no common word and has five
# letters at least (not `ناجي`, a name, nor `أخرى`). Not with "his" (`منتقديه`): normalised, ي + ه is also the
# feminine ending (`مديرية`, `مندوبية`).
OBLIQUE_CONSTRUCT = ("ي",)


def _plural_ending(phrase: tuple[str, ...], end: str) -> tuple[str, ...]:
    """The phrase with each sound plural's ون replaced by `end` (`مسؤولون` -> `مسؤولين`)."""
    return tuple(t[:-2] + end if len(t) > 4 and t.endswith("ون") else t for t in phrase)


def _phrase_file(name: str, article_variants: bool = True, oblique: bool = False,
                 extra: frozenset[tuple[str, ...]] = frozenset(),
                 common: Mapping[str, str] | None = None) -> PhraseSet:
    phrases = set(_phrases(name) | extra)
    if oblique:
        # sound masculine plurals after a preposition or as objects (`نقلا عن دبلوماسيين غربيين`),
        # and in construct (`مسؤولو الإدارة`, `مديرو الشركة`)
        listed = frozenset(phrases)
        phrases |= {_plural_ending(p, end) for p in listed for end in ("ين", "و", *PLURAL_POSSESSIVES)}
        if common is not None:
            forms = {_plural_ending(p, end) for p in listed for end in OBLIQUE_CONSTRUCT} - listed
            phrases |= {f for f in forms if not any(t in common or len(t) < 5 for t in f)}
    return PhraseSet(_with_article(phrases) if article_variants else phrases)


# What an unnamed source asks to keep back (anonymity_clauses.txt): his, her and their name or identity.
NAME_OBJECTS = ("اسمه", "اسمها", "اسمهم", "اسمائهم", "هويته", "هويتها", "هويتهم", "هوياتهم")


def _anonymity_clauses() -> frozenset[tuple[str, ...]]:
    """`طلب عدم نشر اسمه`, `رفض الكشف عن هويته`: each request of the file with each name object."""
    return frozenset((*request, normalise_token(obj)) for request in _phrases("anonymity_clauses.txt")
                     for obj in NAME_OBJECTS)


def _inflectable(word: str) -> bool:
    """A title word that takes a suffix as it stands (not one already ending in ه / ي / ا)."""
    return len(word) >= 3 and not word.endswith(("ه", "ي", "ا", "."))


def _title_feminines() -> frozenset[tuple[str, ...]]:
    """Feminine forms of titles, first word + ة: مقرر الأمم المتحدة -> مقررة, مدير -> مديرة
    (`حذرت مقررة الأمم المتحدة المعنية بالحق في الغذاء هلال إيلفر`)."""
    heads = {p[0] for name in ("org_heads.txt", "media_heads.txt", "group_heads.txt") for p in _phrases(name)}
    heads |= {h[2:] for h in heads if h.startswith("ال")}
    return frozenset((p[0] + "ه", *p[1:]) for p in _phrases("titles.txt")
                     if _inflectable(p[0]) and p[0] != "ال"
                     and p[0] + "ه" not in heads)  # not `مؤسسة` (an organisation) from `مؤسس`


def _title_possessives() -> frozenset[tuple[str, ...]]:
    """One-word titles with a possessive pronoun: محاميها، رئيسها، مدربهم (`وغرد محاميها مايكل أفيناتي`,
    `قال رئيسها التنفيذي ماسك`). The ه form needs no entry: it is spelled like the feminine (محاميه)."""
    return frozenset((p[0] + suffix,) for p in _phrases("titles.txt") if len(p) == 1 and len(p[0]) >= 3
                     and not p[0].endswith(("ه", "ا", ".")) for suffix in ("ها", "هم", "هما"))


def _title_duals() -> frozenset[tuple[str, ...]]:
    """Nominative duals of one-word titles: رئيس -> رئيسان (`وأعلن الرئيسان الكيني X والتنزاني Y أنهما`);
    not the oblique -ين, which is also the plural (`المواطنين`)."""
    return frozenset((p[0] + "ان",) for p in _phrases("titles.txt") if len(p) == 1 and _inflectable(p[0]))


def _title_plurals() -> frozenset[tuple[str, ...]]:
    """Sound plurals of one-word participle titles as group heads: مدير -> مديرون (مديرو، مديرين),
    مسؤول -> مسؤولون. Broken plurals (وزراء، سفراء) are listed in group_heads.txt itself."""
    return frozenset((p[0] + "ون",) for p in _phrases("titles.txt")
                     if len(p) == 1 and p[0].startswith("م") and len(p[0]) >= 4 and _inflectable(p[0]))


def _split(field: str) -> list[str]:
    return [] if field in ("", "-") else [f.strip() for f in field.split(",") if f.strip()]


def _verb_forms(lemma: str, perfect: str, imperfect: str, participle: str) -> dict[str, tuple[str, dict]]:
    """Surface forms of one verb (before proclitics), each with its kind and agreement features."""
    forms: dict[str, tuple[str, dict]] = {}
    if perfect not in ("", "-"):
        forms[perfect] = ("perfect", {})
        forms[perfect + "ت"] = ("perfect", {"feminine": True})
        forms[perfect + "ا"] = ("perfect", {"dual": True})
        forms[perfect + "تا"] = ("perfect", {"dual": True, "feminine": True})
        forms[perfect + "وا"] = ("perfect", {"plural": True})
    if imperfect not in ("", "-"):
        forms["ي" + imperfect] = ("imperfect", {})
        forms["ت" + imperfect] = ("imperfect", {"feminine": True})
        forms["ي" + imperfect + "ان"] = ("imperfect", {"dual": True})
        forms["ت" + imperfect + "ان"] = ("imperfect", {"dual": True, "feminine": True})
        forms["ي" + imperfect + "ون"] = ("imperfect", {"plural": True})
    if participle not in ("", "-"):
        # Participles are cues only as adverbs of the main verb, in the accusative: قائلا، مشيرةً.
        # The ة form (مشيرة، معتبرة) is also an ordinary noun or adjective (مفيدة، رابطة، لافتة):
        # the extractor takes it only after a comma (see `ة_PARTICIPLE` in extract.py).
        forms[participle + "ا"] = ("participle", {})
        forms[participle + "ين"] = ("participle", {"plural": True})
        forms[participle + "ة"] = ("participle", {"feminine": True})
    return forms


def _irregular_kind(form: str) -> tuple[str, dict]:
    n = normalise_token(form).lstrip("و")
    if n.endswith("ا") and n.startswith("م") or n.startswith("داع") or n.startswith("ناف"):
        return "participle", {}
    if n[:1] in ("ي", "ت") and len(n) > 3:
        return "imperfect", {"feminine": n.startswith("ت"), "plural": n.endswith("ون")}
    # (with an object pronoun: `نفته` is feminine, `نفوه` plural)
    return "perfect", {"feminine": n.endswith(("ت", "ته", "تها", "تهم")),
                       "plural": n.endswith(("وا", "وه", "وها", "وهم"))}


def _load_cues(nouns: frozenset[str]) -> tuple[dict[str, CueForm], dict[str, CueForm]]:
    """Cue surfaces, and the perfect forms a skip column withholds (cues only in context: `وبين أنه`).
    `nouns`: words that are also common nouns (not_names.tsv), for the ة participles."""
    cues: dict[str, CueForm] = {}
    homographs: dict[str, CueForm] = {}
    for name in ("cues.tsv", "cues_corpus.tsv"):
        for cols in _rows(name):
            cols = cols + ["-"] * (7 - len(cols))
            lemma, perfect, imperfect, participle, frames, extra, skip = cols[:7]
            frame_set = _frame_names(_split(frames))
            if "topic" in frame_set:
                frame_set |= {"obj"}  # a topic is a direct object too
            forms = _verb_forms(lemma, perfect, imperfect, participle)
            if "obj" in frame_set and perfect not in ("", "-"):
                # object pronouns on transitive cues: `وهو ما نفته بريطانيا`, `وصفتها بالأمنية`
                for suffix in ("ه", "ها", "هم"):
                    forms[perfect + suffix] = ("perfect", {})
                    forms[perfect + "ت" + suffix] = ("perfect", {"feminine": True})
                    forms[perfect + "و" + suffix] = ("perfect", {"plural": True})  # `اعتبروه`
            if "obj" in frame_set and imperfect not in ("", "-"):
                # and on the imperfect: `التي تعتبرها الأمم المتحدة الأسوأ`, `ما يصفونه بالتدخل`
                for suffix in ("ه", "ها", "هم"):
                    forms.setdefault("ي" + imperfect + suffix, ("imperfect", {}))
                    forms.setdefault("ت" + imperfect + suffix, ("imperfect", {"feminine": True}))
                    forms.setdefault("ي" + imperfect + "ون" + suffix, ("imperfect", {"plural": True}))
            for form in _split(extra):
                forms[form] = _irregular_kind(form)
            skipped = {normalise_token(s) for s in _split(skip)}
            for form, (kind, feats) in forms.items():
                base = normalise_token(form)
                frames_here = frame_set
                if kind == "participle" and feats.get("feminine") and base in nouns:
                    frames_here = frame_set - {"obj"}  # `، مؤكدة أن` yes; `، رابطة العالم` no
                for surface in (base, *(p + base for p in PROCLITICS)):
                    if surface in skipped and kind == "perfect":
                        homographs.setdefault(surface, CueForm(normalise_token(lemma), kind, frames_here, **feats))
                    if surface in skipped or surface in cues:
                        continue
                    cues[surface] = CueForm(normalise_token(lemma), kind, frames_here, **feats)
    for cols in _rows("cue_nouns.tsv"):
        lemma = normalise_token(cols[0])
        forms = _split(cols[1]) if len(cols) > 1 else [cols[0]]
        frames = _frame_names(["clause", "quote", *(_split(cols[2]) if len(cols) > 2 else [])])
        for form in forms:
            base = normalise_token(form)
            # nouns also take ب: `رحبت بإعلان البنك المركزي أنه ...`
            for surface in (base, *(p + base for p in (*PROCLITICS, *(() if "masdar" in frames else ("ب", "وب"))))):
                cues.setdefault(surface, CueForm(lemma, "noun", frames))
    return cues, homographs


def _frame_names(fields: list[str]) -> frozenset[str]:
    """A cue's frames: the keywords as written, the prepositions normalised (`على` -> `علي`)."""
    return frozenset(f if f in FRAME_KEYWORDS else normalise_token(f) for f in fields)


def _words(name: str) -> frozenset[str]:
    """The normalised single-word entries of a one-column lexicon file."""
    return frozenset(normalise_token(cols[0]) for cols in _rows(name))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Prepositions, particles and pronouns that end a name (`function_words.txt`)."""
    return _words("function_words.txt")


def names_also_words() -> frozenset[str]:
    """Given names that are also common words (`names_also_words.txt`): never "not a name", and never written to
    not_names.tsv by scripts/build_not_names.py."""
    return _words("names_also_words.txt")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """All lexicons, loaded once per process."""
    not_names = {cols[0]: cols[1] for cols in _rows("not_names.tsv")}
    cues, homographs = _load_cues(frozenset(w for w, kind in not_names.items() if kind == "noun"))
    boiler_rows = _rows("boilerplate.txt")
    boiler = frozenset(" ".join(_norm_phrase(cols[0])) for cols in boiler_rows)
    teasers = frozenset(" ".join(_norm_phrase(cols[0])) for cols in boiler_rows if cols[1:2] == ["teaser"])
    quote_ends = _rows("after_quote_ends.txt")  # (column 2 `bare`: no comma needed before the word)
    return Lexicon(
        cues=cues,
        cue_lemmas=frozenset(c.lemma for c in cues.values()),
        according_to=_phrase_file("according_to.txt", article_variants=False),
        titles=_phrase_file("titles.txt", extra=_title_duals() | _title_feminines() | _title_possessives()
                            | _phrases("honorifics.txt") | _phrases("kinship_titles.txt")),
        org_heads=_phrase_file("org_heads.txt"),
        media_heads=_phrase_file("media_heads.txt"),
        anonymous_heads=_phrase_file("anonymous_heads.txt", article_variants=False, oblique=True,
                                     extra=_with_article(_phrases("report_heads.txt")), common=not_names),
        group_heads=_phrase_file("group_heads.txt", oblique=True, extra=_title_plurals(), common=not_names),
        places=_phrase_file("places.txt", article_variants=False),
        masculine_places=frozenset(" ".join(_norm_phrase(cols[0])) for cols in _rows("masculine_places.txt")),
        definite_given_names=_words("definite_given_names.txt"),
        names_also_words=names_also_words(),
        adverbials=_phrase_file("adverbials.txt", article_variants=False, extra=_anonymity_clauses()),
        months=_phrase_file("months.txt", article_variants=False),
        nonhuman_subjects=_phrase_file("nonhuman_subjects.txt"),
        boilerplate=boiler,
        teasers=teasers,
        link_prefixes=PhraseSet((*b[:-1].split(), ":") for b in boiler if b.endswith(":")),
        content_breaks=_phrase_file("content_breaks.txt", article_variants=False),
        content_ends=_phrase_file("content_ends.txt", article_variants=False),
        after_quote_ends=PhraseSet(_norm_phrase(cols[0]) for cols in quote_ends),
        after_quote_ends_bare=PhraseSet(_norm_phrase(cols[0]) for cols in quote_ends if cols[1:] == ["bare"]),
        phrase_ends=_phrase_file("phrase_ends.txt", article_variants=False),
        phrase_breaks=_phrase_file("phrase_breaks.txt", article_variants=False),
        document_heads=_phrase_file("document_heads.txt"),
        non_speech=_words("non_speech.txt"),
        first_person=_words("first_person.txt"),
        report_heads=_words("report_heads.txt"),
        saying_nouns=_words("saying_nouns.txt"),
        relational_titles=_words("relational_titles.txt"),
        kinship_titles=_words("kinship_titles.txt"),
        honorifics=_words("honorifics.txt"),
        homograph_cues=homographs,
        not_names=not_names,
    )
