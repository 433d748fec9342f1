"""Speaker mentions: where a mention starts and ends, which part is the name, and its type.

A mention is a title chain followed by a name (`المتحدث باسم الرئاسة التركية إبراهيم قالن`), an
organisation (`وزارة الخارجية الروسية`), an anonymous source (`مصادر فرنسية`), a group
(`مراقبون أتراك`), a place standing for a government (`أنقرة`), or a bare name (`لافروف`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tasks.core.lexicon import Lexicon, function_words

STOP_WORDS = function_words()
# Inside a title chain (before the name) these prepositions continue the chain:
# `القيادي في حزب العدالة`, `المبعوث التركي إلى ليبيا`, `المتحدث باسم`, `مستشار لدى`.
CHAIN_PREPOSITIONS = frozenset({"في", "الي", "لدي", "باسم", "عن", "ب", "من"})
DEMONSTRATIVES = frozenset({"هولاء", "هذا", "هذه", "ذلك", "تلك", "اولئك"})
# Quantifiers before a group: `أحد خبراء التأمين`, `بعض الخبراء`, `العديد من المتظاهرين`, `كبرى الدول المنتجة`,
# `أكثر من مصدر` (normalised; `عدد من` is a group head). None of them starts a name.
QUANTIFIER_HEADS = frozenset({"احد", "احدي", "بعض", "العديد", "كبري", "اغلبيه", "معظم", "غالبيه", "اغلب", "كثير", "عشرات", "مئات",
                              "عده", "اكثر"})
POSSESSIVE_SUFFIXES = ("ها", "هم", "هما", "كم", "نا")
# "The same" before or after a noun: `ذات المصدر`, `المصدر نفسه` (normalised).
SAME_BEFORE = frozenset({"ذات", "نفس"})
SAME_ONE = frozenset({"ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم", "انفسهم"})
# `وأكد الوزير ضيف برنامج "بوليتيكا"`: the guest of a programme (normalised); the frame closes the speaker's chain
GUEST = frozenset({"ضيف", "ضيفه"})
PROGRAMMES = frozenset({"برنامج", "فقره", "حصه"})
# أن / إن with their pronouns as the word after a mention (normalised): the reported clause starts.
CLAUSE_MARKERS = frozenset({"ان", "انه", "انها", "بان"})
MAX_NAME_TOKENS = 5  # `سلطان بن سحيم آل ثاني`, `محمد بن راشد آل مكتوم`
MAX_CHAIN_NAME_TOKENS = 9  # with بن / آل joining each part: `خالد بن خليفة بن دعيج آل خليفة`
MAX_MENTION_TOKENS = 12


@dataclass(frozen=True, slots=True)
class Mention:
    first: int  # token index, inclusive
    last: int  # token index, exclusive
    name_first: int | None  # token span of the personal name inside the mention, if any
    name_last: int | None
    kind: str  # person | organization | media | anonymous | group | place | role | demonstrative
    definite_role: bool = False  # title with no name, definite: a role noun to resolve (الوزير الروسي)

    @property
    def has_name(self) -> bool:
        return self.name_first is not None


def strip_proclitic(norm: str) -> str:
    """و / ف conjunctions stuck to a head word: ومصادر -> مصادر."""
    if len(norm) > 3 and norm[0] in "وف":
        return norm[1:]
    return norm


def _head_kind(lex: Lexicon, norms: Sequence[str], i: int) -> tuple[str | None, int]:
    """Which lexicon a mention starting at i belongs to, and how many tokens its head covers."""
    for probe in ([*norms[i : i + 4]], [strip_proclitic(norms[i]), *norms[i + 1 : i + 4]]):
        kind, width = _match_heads(lex, probe)
        if kind:
            return kind, width
    return None, 0


def _match_heads(lex: Lexicon, probe: list[str]) -> tuple[str | None, int]:
    for kind, phrases in (
        ("anonymous", lex.anonymous_heads),
        ("group", lex.group_heads),
        ("media", lex.media_heads),
        ("title", lex.titles),
        ("organization", lex.org_heads),
        ("place", lex.places),
    ):
        n = phrases.match(probe, 0)
        if n:
            return kind, n
    return None, 0


def _coordinated_place(lex: Lexicon, n: str) -> bool:
    """`وروسيا`: و and a place (not `واشنطن`, a place whose first letter is و)."""
    return n.startswith("و") and _match_heads(lex, [n[1:]])[0] == "place"


def common_noun(lex: Lexicon, n: str) -> bool:
    """A common noun by the corpus counts (not_names.tsv) or a verbal noun by its pattern: `تطبيق`, `إطلاق`."""
    return lex.not_names.get(n) == "noun" or masdar_shape(n)


def _sound_plural(n: str) -> bool:
    """Shaped like an indefinite sound masculine plural in the nominative: مهندسون، مصريون. Names take the
    shape too (جونسون، ماكرون), so the caller asks for two such words in a row."""
    return len(n) >= 6 and n.endswith("ون") and not n.startswith("ال")


def is_title(lex: Lexicon, norms: Sequence[str], i: int) -> int:
    return lex.titles.match(norms, i) or lex.titles.match([strip_proclitic(norms[i]), *norms[i + 1 : i + 4]], 0)


def _is_definite(norm: str) -> bool:
    return norm.startswith("ال") or norm.startswith("وال") and len(norm) > 4


# One-letter abbreviations of titles, written with a full stop: د. (الدكتور), م. (المهندس), أ. (الأستاذ).
TITLE_ABBREVIATIONS = frozenset({"د", "م", "ا"})

# Name particles the next word always completes: `آل الشيخ`, `بن سلمان`, `أبو بكر`, `عبد الله` (normalised).
NAME_JOINERS = frozenset({"ال", "بن", "ابن", "ابو", "ابي", "ولد", "عبد"})  # (`آل` normalises to `ال`)


def _ends_a_name(lex: Lexicon, norms: Sequence[str], i: int, doc_vocab: frozenset[str]) -> bool:
    n = norms[i]
    if i > 0 and norms[i - 1] in NAME_JOINERS and n not in STOP_WORDS:
        return False  # `عبداللطيف بن عبدالملك آل الشيخ`, `موفق أبو طالب`: the family name, not a title or a cue
    if n in STOP_WORDS or n in lex.cues or is_title(lex, norms, i) or lex.places.match(norms, i):
        return True
    if lex.adverbials.match(norms, i) or lex.according_to.match(norms, i) and norms[i + 1 : i + 2] != ["الله"]:
        return True  # (`قاسم وفقا لما نقلته وكالة`: an according-to phrase; but `صلاح حسب الله` is a name)
    if n.endswith("ا") and len(n) > 4 and is_title(lex, [n[:-1]], 0):
        return True  # `ماكرون متحدثا بالإنجليزية`: an adverbial participle, not the name
    # `لحفتر`, `للجزيرة`, `لصحيفة`: a preposition ل on a word seen elsewhere ends the name
    # (but `لافروف` is a name: its tail `افروف` occurs nowhere else).
    if n.startswith("لل") or n.startswith("ل") and (n[1:] in doc_vocab or _head_kind(lex, [n[1:]], 0)[0]):
        return True
    return n.startswith("ب") and n[1:] in doc_vocab


def _continues_chain(lex: Lexicon, norms: Sequence[str], i: int, limit: int) -> bool:
    """After a chain preposition (other than باسم): a head or a definite noun, not `أن` / `بيانها` / a
    cue or an indefinite noun (`وزير الطاقة في وقت سابق`, `اللواء الحذيفي من ادعاءات`)."""
    if i >= limit or lex.adverbials.match(norms, i - 1):
        return False
    n = norms[i]
    if not n[:1].isalnum():
        return False  # `جمعية القضاة من "أي اقتطاع"`: the preposition opens the content
    if norms[i - 1] != "باسم" and not (_is_definite(n) or _head_kind(lex, norms, i)[0] or lex.places.match(norms, i)):
        return False  # `في وقت سابق`, `من ادعاءات الحوثي`, `عن تزايد الفرص`: content or a frame
    if n in STOP_WORDS or n in lex.cues or n.endswith(POSSESSIVE_SUFFIXES) and not _head_kind(lex, norms, i)[0]:
        return False
    return not lex.adverbials.match(norms, i)


def _closes_mention(lex: Lexicon, norms: Sequence[str], is_word: Sequence[bool], i: int, limit: int) -> bool:
    """A short outlet acronym after a definite name ends the mention: `وكالة الأنباء الفلسطينية وفا.`"""
    return i >= limit or not is_word[i] or norms[i] in STOP_WORDS or norms[i] in lex.cues


def _definite_first_name(lex: Lexicon, norms: Sequence[str], is_word: Sequence[bool], i: int, limit: int,
                         nisba_shaped: bool = False) -> bool:
    """A token that starts with ال but is no Arabic noun or adjective (`الكسندر`, `اليكسي`): not a nisba
    (unless `nisba_shaped`: no title before it to take an adjective), its bare form unknown as a common
    word, and a bare name after it."""
    n = norms[i]
    if n in lex.definite_given_names:
        # `رئيس الحكومة الحبيب الصيد`: a given name with ال (definite_given_names.txt), before a name word
        nxt = norms[i + 1] if i + 1 < limit else ""
        return bool(nxt) and is_word[i + 1] and nxt not in STOP_WORDS and nxt not in lex.cues \
            and not nxt.startswith(("بال", "لل", "كال", "وال", "فال")) and not _head_kind(lex, norms, i + 1)[0] \
            and (_name_follows(lex, norms, is_word, i + 1, limit) or _is_definite(nxt) and not is_title(lex, norms, i + 1))
        # (a surname may carry ال too: `الطيب البكوش`)
    if not _is_definite(n) or is_nisba(n) and not nisba_shaped or n[2:] in lex.not_names or len(n) < 6 \
            or i + 1 >= limit or masdar_shape(n[2:]):  # (`الاعتداء`: a verbal noun)
        return False
    return _name_follows(lex, norms, is_word, i + 1, limit) \
        and not norms[i + 1].startswith(("بال", "لل", "كال", "وال", "فال")) \
        and not _head_kind(lex, norms, i)[0] and not is_title(lex, norms, i + 1)


# A document's vocabulary also holds, behind this mark, the normal form of every word written with a
# hamza before its ل (`أليغري`, `أليكس`): normalisation makes them look like ال + noun, the hamza says
# they are not (the article is written ال, without one).
HAMZA_AL_MARK = "\u0621"


def hamza_al_words(surfaces: Sequence[str], norms: Sequence[str]) -> set[str]:
    return {HAMZA_AL_MARK + n for t, n in zip(surfaces, norms, strict=True) if t.startswith(("أل", "إل"))}


def written_with_hamza(n: str, doc_vocab: frozenset[str]) -> bool:
    return HAMZA_AL_MARK + n in doc_vocab


def _hamza_al_name(lex: Lexicon, norms: Sequence[str], is_word: Sequence[bool], i: int, limit: int,
                   doc_vocab: frozenset[str]) -> bool:
    """`وقال أليغري:`, `أليكس كروز`, `إليسا`: a name written with a hamza before its ل, alone or before a
    bare name (not `ألبا الصحف`: a surname, then the object; not `ألقى`, `ألحق`: a verb of four letters)."""
    n = norms[i]
    if not written_with_hamza(n, doc_vocab) or len(n) < 5 and not n.endswith("ا") or n[2:] in lex.not_names:
        return False
    return i + 1 >= limit or not is_word[i + 1] or norms[i + 1] in STOP_WORDS or norms[i + 1] in lex.cues \
        or _name_follows(lex, norms, is_word, i + 1, limit) and not _not_a_name(lex, norms[i + 1], "وبل")


def is_nisba(n: str) -> bool:
    """A definite relational adjective: الروسية، التركي، الدولية، الأميركيين."""
    return _is_definite(n) and n.endswith(("ي", "يه", "يين", "يون", "يان", "يتين"))


def nationality(lex: Lexicon, n: str, region: str | None = None) -> bool:
    """A definite nisba of a country the lexicon knows: الإسباني (إسبانيا), الفرنسية (فرنسا), البرتغالي; with
    `region`, of a two-word country: الكوري الجنوبي (كوريا الجنوبية)."""
    if not n.startswith("ال") or not n.endswith(("ي", "يه")) or len(n) < 6:
        return False
    stem = n[2:-1] if n.endswith("ي") else n[2:-2]
    # (الجنوبي -> الجنوبيه: the country is feminine)
    tail = [] if region is None else [region + "ه" if region.endswith("ي") else region]
    return any(lex.places.match([form, *tail], 0) == 1 + len(tail) for form in (stem, stem + "ا", "ال" + stem, stem + "يا"))


def plain_name_words(lex: Lexicon, words: Sequence[str]) -> bool:
    """Every word may belong to a personal name: no function word, cue, common noun or verb, bare or
    behind و / ف / ب / ل (`وعندما سئل`, `ولم يكن`, `هاسبل منصب` are not names)."""
    return all(w in NAME_JOINERS or w not in STOP_WORDS and w not in lex.cues and not _not_a_name(lex, w, "وفبل")
               and not (w[:1] in "وف" and w[1:] in STOP_WORDS) and not lex.adverbials.match([w], 0)
               and not any(c.isdigit() for c in w) for w in words)


def indefinite_nisba(n: str) -> bool:
    """An indefinite relational adjective: تركي، أمنية، أردنيون (not a word behind و / ب / ل)."""
    return len(n) > 3 and not _is_definite(n) and n[0] not in "وبل" and n not in STOP_WORDS \
        and n.endswith(("ي", "يه", "يون", "يين", "يان"))


def accusative_noun(lex: Lexicon, n: str) -> bool:
    """`تهديدا`, `خبراً`, `كتابا`: a common noun with the indefinite accusative ending, an object or an
    adverb and never a name (the caller sets the length: `صبرا` has a stem of 3)."""
    return n.endswith("ا") and lex.not_names.get(n[:-1]) == "noun"


def _has_possessive(lex: Lexicon, n: str) -> bool:
    """`بلادنا`, `حكومتها`: a noun with a possessive pronoun; but a name may end in نا (`مارادونا`,
    `جوليانا`), so نا counts only on a known noun or a feminine stem."""
    if n.endswith("يه") and len(n) >= 6 and (n[:-2] + "ين" in lex.not_names or n[:-2] + "ون" in lex.not_names):
        return True  # `متابعيه`, `مؤيديه`: a sound plural's oblique with ه, "his followers" (not `فوزية`)
    if not n.endswith(POSSESSIVE_SUFFIXES):
        return False
    if n.endswith("نا"):
        stem = n[:-2]
        return stem in lex.not_names or stem.endswith("ت") or stem[:-1] + "ه" in lex.not_names
    return True


def pronoun_stems(n: str, suffixes: tuple[str, ...] = ("ه", "ها", "هم", "هما")) -> list[tuple[str, str, str]]:
    """For each pronoun suffix the word ends in (in the order given) with three letters at least before it:
    (suffix, stem, noun), the noun with its ة restored (`حكومتها` -> حكومت, حكومه)."""
    return [(suffix, stem, stem[:-1] + "ه" if stem.endswith("ت") else stem)
            for suffix in suffixes if n.endswith(suffix) and len(stem := n[: -len(suffix)]) >= 3]


def _not_a_name(lex: Lexicon, n: str, prefixes: str = "بو") -> bool:
    """A common noun or verb (not_names.tsv), a number or a quantifier, bare or behind one of the one-letter
    prefixes (`بعدة تغريدات`). A name that is also a word (names_also_words.txt: `توفيق`, shaped like a verbal
    noun) is a name."""
    if n in lex.names_also_words:
        return False
    if n in lex.not_names or masdar_shape(n) or n in NUMBER_WORDS or n in QUANTIFIER_HEADS or len(n) >= 5 and n.endswith("وا"):
        return True  # (also `ساهموا`: a plural verb; `عشرة`: a number; `أكثر من مرة`: a quantifier)
    if _afaal_shape(n):
        return True  # إفعال / أفعال: `إخماد`, `إرسال`, `أنباء` start no name (not إسلام, أسياس)
    for _, stem, noun in pronoun_stems(n):  # `بلاده`, `حكومتها`: a noun with a possessive pronoun
        if lex.not_names.get(noun) == "noun" or stem.endswith("ات") and lex.not_names.get(stem) == "noun" \
                or masdar_shape(stem):  # `سياساته`, `التزامهما` (a verbal noun by its pattern)
            return True
    rest = n[1:]
    if n[:1] in prefixes and rest.startswith("ال") and len(rest) >= 4:
        rest = rest[2:]  # `بالحق` -> حق
    return n[:1] in prefixes and len(rest) >= 2 and (rest in lex.not_names or rest in QUANTIFIER_HEADS)


def _afaal_shape(n: str) -> bool:
    """إفعال / أفعال: `إخماد`, `إرسال`, `أنباء` (not إسلام, أسياس)."""
    return len(n) == 5 and n[0] == "ا" and n[3] == "ا" and n[2] not in "اوي" and n != "اسلام"


def prepositional_masdar(lex: Lexicon, n: str) -> bool:
    """`بإعادة`, `باستمرار`, `لإجراء`, `بمقاضاة`: ب or ل on a verbal noun, the complement after a name or
    a title, never a name's word. After ل the إفعال shape must be a known common word (`لإجراء`; `لاسمار` is a
    name); after ب it need not (`بإدراج`), though a rare name goes with it (`باسكال`)."""
    rest = n[1:]
    if n[:1] not in ("ب", "ل") or len(n) < 5 or rest.startswith("ال"):
        return False
    if len(rest) == 5 and rest[0] == "ا" and rest[2] == "ا" and rest[4] == "ه":
        return True  # إفالة of a hollow verb: `بإعادة`, `لإقامة`, `بإضافة`
    return masdar_shape(rest) or _afaal_shape(rest) and (rest in lex.not_names or n[0] == "ب")


# The nisba of a country's part after a nationality: `الكوري الجنوبي`, `الأيرلندي الشمالي` (normalised).
REGIONAL_NISBAS = frozenset({"الجنوبي", "الشمالي", "الجنوبيه", "الشماليه", "الشرقي", "الغربي"})


# Second parts of compound given names: `نور الدين`, `سيف الإسلام`, `عبد الرحمن`.
NAME_SECOND_PARTS = frozenset({"الدين", "الله", "الاسلام", "الرحمن", "الرحيم", "العزيز", "الكريم", "الحق", "النبي",
                               "الهدي", "الامين", "الحسن", "الحسين"})


NUMBER_WORDS = frozenset({"اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
                          "عشرين", "مئه", "مائه", "الف", "الاف", "مليون", "ملايين"})


def masdar_shape(n: str) -> bool:
    """A verbal noun by its derived pattern, which personal names do not take: مفاعلة (مكافحة،
    مواجهة), افتعال (ارتفاع، اجتماع), انفعال (انسحاب), استفعال (استخدام), تفعيل (تعزيز). The corpus
    counts behind not_names.tsv miss the ones that rarely take ال (`مكافحة الفساد`)."""
    if len(n) == 6:
        return (n[0] == "م" and n[2] == "ا" and n[5] == "ه"
                or n[0] == "ا" and n[2] in "تطد" and n[4] == "ا"
                or n.startswith("ان") and n[4] == "ا")
    if len(n) == 7:
        return n.startswith("است") and n[5] == "ا"  # استخدام، استمرار (the length the pattern has)
    return len(n) == 5 and n[0] == "ت" and n[3] == "ي" and "ا" not in n[1:3] and n[4] != "ه"  # not تامير، تركية


_CLOSERS = {"(": ")", "«": "»", "“": "”", '"': '"'}


def _bracketed_name(norms: Sequence[str], i: int, limit: int) -> int | None:
    """Index of the bracket or quote closing the short name that opens at i, or None."""
    closer = _CLOSERS.get(norms[i])
    if closer is None:
        return None
    for k in range(i + 1, min(limit, i + 9)):
        if norms[k] == closer or closer == "”" and norms[k] == '"':
            return k if k > i + 1 else None
    return None


def _quoted_predicate(lex: Lexicon, norms: Sequence[str], i: int, close: int) -> bool:
    """The quotation opening at i is an indefinite accusative noun and adjective, no name (`تعتبره السلطات
    "عملا إرهابيا"`: the verb's predicate); a place may end in ا too (`روسيا`, `كوريا`)."""
    return i + 2 < close and len(norms[i + 1]) > 3 and accusative_noun(lex, norms[i + 1]) \
        and not lex.places.match(norms, i + 1) and norms[i + 2].endswith("ا") and not _is_definite(norms[i + 2])


def _named_company(lex: Lexicon, norms: Sequence[str], is_word: Sequence[bool], i: int, close: int,
                   limit: int) -> bool:
    """`الرئيس التنفيذي لمجموعة «العربية للطيران» عادل علي`: a quoted name of up to four words right
    after the title's ل / ب organisation head, with the holder's name after it."""
    prev = norms[i - 1]
    return close - i <= 5 and prev[:1] in ("ل", "ب") and _head_kind(lex, ["ال" + prev[1:]], 0)[0] in (
        "organization", "media") and _name_follows(lex, norms, is_word, close + 1, limit)


def _name_follows(lex: Lexicon, norms: Sequence[str], is_word: Sequence[bool], k: int, limit: int) -> bool:
    """Token k can start a personal name: a word, no article, no function word, cue or common word."""
    return k < limit and is_word[k] and not _is_definite(norms[k]) and norms[k] not in STOP_WORDS \
        and norms[k] not in lex.cues and not _not_a_name(lex, norms[k])


def _head_not_cue(lex: Lexicon, norms: Sequence[str], is_word: Sequence[bool], i: int, limit: int) -> bool:
    """`وقالت رابطة العالم الإسلامي`: a participle cue spelled like an organisation's head is the head when a
    definite genitive or a name follows (`رابطة ذلك بـ`, `رابطة بين` stay the participle). A cue that opens a
    title of two words or more is the title (`قالت عارضة الأزياء`, not عارضه "opposed him")."""
    if is_title(lex, norms, i) >= 2:
        return True
    return lex.cues[norms[i]].kind == "participle" and lex.org_heads.match(norms, i) == 1 and i + 1 < limit \
        and (_is_definite(norms[i + 1]) or _name_follows(lex, norms, is_word, i + 1, limit))


def _is_outlet_name(lex: Lexicon, norms: Sequence[str], k: int, limit: int) -> bool:
    """The words at k name an outlet in full (`فرانس برس`, `الأسوشيتد برس`) and nothing follows them but
    punctuation or a complementizer."""
    kind, w = _head_kind(lex, norms[k:limit], 0) if k < limit else (None, 0)
    return kind == "media" and (k + w >= limit or norms[k + w] in CLAUSE_MARKERS or norms[k + w] in (":", "،", ","))


def _prepositional_step(
    lex: Lexicon,
    norms: Sequence[str],
    is_word: Sequence[bool],
    i: int,
    limit: int,
    start: int,
    chain_kind: str | None,
    doc_vocab: frozenset[str],
    b_complement: bool,
    construct: bool,
) -> tuple[int, bool, bool] | None:
    """A ل / ب word in a chain before any name. Returns (tokens the chain takes, whether a new noun
    phrase starts so the nisba closure resets, the construct flag after it): 0 tokens leaves the word to
    the other rules; None ends the mention (`لوكالة` spoken to, `للصحفيين`, `لحفتر`)."""
    n = norms[i]
    if chain_kind in ("title", "organization", "anonymous"):
        # `المبعوث الخاص للأمم المتحدة`, `مسؤول كبير بوزارة الخارجية`: an organisation or a place
        rest = "ال" + n[2:] if n.startswith("لل") else n[1:]
        head, w = _head_kind(lex, [rest, *norms[i + 1 : i + 4]], 0)
        if head == "media" and lex.places.match([rest, *norms[i + 1 : i + 4]], 0):
            head = "place"  # `بالشرق الأوسط`: the region, not the newspaper of that name
        if head in ("organization", "place"):
            return w, False, construct
        if head == "media" and chain_kind == "title":
            # `المدير التنفيذي لوكالة الطاقة الدولية فاتح بيرول`: part of the title when a name
            # follows; `قال الوزير لوكالة الأنباء الفرنسية إن` is the outlet spoken to
            sub = parse_mention(lex, [rest, *norms[i + 1 : limit]], is_word[i:limit], 0, limit - i, doc_vocab)
            if sub is not None and _name_follows(lex, norms, is_word, i + sub.last, limit):
                return sub.last, False, construct
        if head == "media" and chain_kind in ("title", "anonymous") and not n.startswith("لل") and (
                w == 1 and not _name_follows(lex, norms, is_word, i + 1, limit) and not (i + 1 < limit and _is_definite(norms[i + 1]))
                or _is_outlet_name(lex, norms, i + 1, limit) or chain_kind == "anonymous"):
            # `قال عضو في الحركة لرويترز إن`, `وقال المتحدث لوكالة فرانس برس إن`, `وقال مصدر أمني لصحيفة الحياة
            # اللندنية`: the outlet spoken to ends the mention (its name is no person's; an unnamed source has none)
            return None
    if chain_kind == "anonymous" and n.startswith("لل") and i - 1 > start and norms[i - 1].startswith("م") \
            and len(norms[i - 1]) >= 4 and not _is_definite(norms[i - 1]) \
            and not _head_kind(lex, ["ال" + n[2:], *norms[i + 1 : i + 3]], 0)[0]:  # (not `متطابقة للأناضول`)
        return 1, False, construct  # `مصدر أمني متابع للقضية`: the participle's complement
    if chain_kind in ("title", "organization") and n.startswith("ل") and not n.startswith("لل") \
            and len(n) > 3 and i + 1 < limit and _is_definite(norms[i + 1]) \
            and not lex.adverbials.match(norms, i + 1):
        return 2, True, construct  # a construct after ل: `الهيئة الوطنية لمكافحة الفساد`, `لكرة القدم`
    if chain_kind == "title" and n.startswith("لل") and i + 1 < limit and is_word[i + 1] \
            and norms[i + 1] not in STOP_WORDS and norms[i + 1] not in lex.cues:
        return 1, True, construct  # `المديرة العامة للمرصد الوطني للأمراض الجديدة سنية الزواري`
    if chain_kind in ("organization", "media") and n.startswith("لل") and not _is_definite(norms[start]):
        return 1, False, construct  # `مؤسسة الإمارات للطاقة النووية`, `منظمة الأمم المتحدة للطفولة`
    if chain_kind in ("organization", "media") and n.startswith("لل") and i - 1 > start and _is_definite(norms[i - 1]) \
            and not _head_kind(lex, ["ال" + n[2:]], 0)[0] and not is_title(lex, ["ال" + n[2:]], 0):
        return 1, True, construct  # `المؤسسة الوطنية للنفط`, `الهيئة العامة للرياضة`, `الوكالة الدولية للطاقة
        # الذرية` (الوكالة is an outlet's head too; not `للصحفيين`); its own
        # adjectives may follow (`الجهاز المركزي للتعبئة العامة والإحصاء`)
    if n.startswith("لل") or n.startswith("ل") and n[1:] in doc_vocab:
        return None
    if chain_kind == "title" and (n.startswith("ل") and _not_a_name(lex, n, "ل") or n.startswith("ب") and len(n) > 3
                                  and (lex.places.match(norms, i + 1) or not b_complement and _not_a_name(lex, n, "ب"))
                                  or construct and not _is_definite(n)):
        # a common noun after ل / ب (`رئيس الخبراء الاقتصاديين لمنطقة`, `بريف دمشق`); one genitive
        # may follow it (`الخاص بعملية استعادة سرت`). Before a place not even a cue's ب phrase starts:
        # `وصرح المتحدث ... بمنطقة مكة المكرمة علي الغامدي`
        return 1, False, True
    return 0, False, construct


def _one_of_people(lex: Lexicon, norms: Sequence[str], is_word: Sequence[bool], k: int, limit: int) -> int | None:
    """After `أحد` / `إحدى`, a plural of people the lexicons do not list; the end of the mention, or None.

    A sound plural (`أحد المعلقين`), a plural with a pronoun (`أحد مساعديه`, `أحد منتقديها`) or a
    plural in construct (`أحد أساتذة الجامعة`, `أحد مساعدي ترامب`); not a definite broken plural, which is as often a
    thing (`في أحد الأقبية، التي قالت`)."""
    if k + 1 >= limit or not is_word[k] or norms[k] in STOP_WORDS or norms[k] in lex.cues \
            or lex.nonhuman_subjects.match([strip_proclitic(norms[k])], 0):
        return None
    n = norms[k]
    if _is_definite(n):
        last = k + 1 if n.endswith(("ين", "ون")) and len(n) > 5 else None
    elif n.endswith(("يه", "يها", "يهم", "يهما")):
        last = k + 1
    elif n.endswith("ي") and is_title(lex, [n[:-1]], 0) and is_word[k + 1] and norms[k + 1] not in STOP_WORDS \
            and norms[k + 1] not in lex.cues:
        last = k + 2  # `أحد مساعدي ترامب`: a title's plural in construct with whose they are
    else:
        last = k + 2 if is_word[k + 1] and _is_definite(norms[k + 1]) and not is_nisba(norms[k + 1]) \
            and norms[k + 1] not in STOP_WORDS else None
    while last is not None and last < limit and is_word[last] and is_nisba(norms[last]):
        last += 1
    return last


def _possessive_noun(n: str, doc_vocab: frozenset[str]) -> bool:
    """`كرر الوزير الروسي دعمه الجهود`: دعمه is دعم + ه, not a name (دعم occurs in the article)."""
    if not n.endswith("ه") or len(n) < 4:
        return False
    bare = n[:-1]
    return bare in doc_vocab or "ال" + bare in doc_vocab


def parse_mention(
    lex: Lexicon,
    norms: Sequence[str],
    is_word: Sequence[bool],
    start: int,
    limit: int,
    doc_vocab: frozenset[str],
    b_complement: bool = False,
    frame_prepositions: frozenset[str] = frozenset(),
    takes_object: bool = False,
) -> Mention | None:
    """Read a speaker mention forward from token `start` (VSO order); None when there is none.

    `b_complement`: the cue takes a ب phrase (`أشاد المتحدث بزيارة ...`), so a ب-word ends the chain;
    `frame_prepositions`: the prepositions the cue takes (`حذرت السفارة ... من`) end it too;
    `takes_object`: the cue takes a direct object, which may be a bare place (`اتهم الوزير إيران`)."""
    i = start
    if i >= limit or not is_word[i] or norms[i] in lex.cues and not _head_not_cue(lex, norms, is_word, i, limit):
        return None
    if norms[i] in SAME_BEFORE and i + 1 < limit and _is_definite(norms[i + 1]):
        # `وأضاف ذات المصدر`: "the same source" is the source itself
        inner = parse_mention(lex, norms, is_word, i + 1, limit, doc_vocab, b_complement, frame_prepositions)
        return inner if inner is not None and inner.kind in ("anonymous", "organization", "media", "role") else None
    if norms[i] in QUANTIFIER_HEADS and i + 1 < limit:
        # `أحد خبراء التأمين`, `بعض الخبراء`: some of a group speak
        k = i + 2 if norms[i + 1] == "من" else i + 1
        inner = parse_mention(lex, norms, is_word, k, limit, doc_vocab, b_complement, frame_prepositions)
        if inner is not None and inner.kind in ("group", "anonymous", "role") and not is_title(lex, norms, k):
            one = norms[i] in ("احد", "احدي") or inner.kind == "anonymous"  # one unnamed member is an anonymous source
            return Mention(start, inner.last, None, None, "anonymous" if one else "group")
        if inner is not None and inner.kind in ("media", "organization") and not _is_definite(norms[k]) \
                and norms[i] not in ("احد", "احدي"):
            return Mention(start, inner.last, None, None, inner.kind)  # `عدة صحف جزائرية`, `بعض وسائل الإعلام`
        one_of = _one_of_people(lex, norms, is_word, k, limit) if norms[i] in ("احد", "احدي") else None
        if one_of is not None:
            return Mention(start, one_of, None, None, "anonymous")
    if norms[i] in NUMBER_WORDS or norms[i].replace(".", "", 1).replace(",", "", 1).isdigit():
        # `قالت خمسة مصادر مطلعة`, `قال 79٪ من المشاركين`: a number of people, or a share of them
        k, share = i + 1, True
        if norms[k : k + 2] == ["في", "المايه"]:
            k += 2
        elif k < limit and norms[k] in ("%", "٪", "بالمايه"):
            k += 1
        else:
            share = False
        k += 1 if k < limit and norms[k] == "من" else 0
        inner = parse_mention(lex, norms, is_word, k, limit, doc_vocab, b_complement, frame_prepositions) \
            if k < limit else None
        if inner is None or inner.kind not in ("group", "anonymous") or is_title(lex, norms, k):
            return None
        return Mention(start, inner.last, None, None, "group" if share else inner.kind)
    if norms[i] in STOP_WORDS and norms[i] not in DEMONSTRATIVES:
        return None
    if norms[i].startswith("لل") or norms[i].startswith("ل") and (
            norms[i][1:] in doc_vocab or _head_kind(lex, [norms[i][1:]], 0)[0] or norms[i][1:] in lex.not_names):
        return None  # `للمعايير الدولية`, `لحفتر`, `لفترة طويلة`: a preposition, not a mention
    if norms[i] in ("ل", "لـ") or lex.nonhuman_subjects.match([strip_proclitic(norms[i])], 0):
        return None
    kind, width = _head_kind(lex, norms, i)
    if kind == "title" and norms[i] in lex.honorifics:
        return Mention(start, i + 1, None, None, "role")  # `متمنياً سموه للذين ساهموا`: no name follows it
    regional = kind is None and i + 1 < limit and norms[i + 1] in REGIONAL_NISBAS \
        and nationality(lex, norms[i], norms[i + 1])
    if kind is None and (regional or nationality(lex, norms[i])):
        # `ورأت البريطانية آيمي فولر`, `وقال الإسباني رافائيل نادال`, `وقال الكوري الجنوبي تشونج مونج جون`: a
        # nationality (and its regional nisba), then a name of two words
        w = 2 if regional else 1
        if all(_name_follows(lex, norms, is_word, k, limit) and not norms[k].startswith("و") for k in (i + w, i + w + 1)) \
                and not (len(norms[i + w]) > 4 and norms[i + w].endswith("ا")):
            kind, width = "title", w
    if kind is None and norms[i] in TITLE_ABBREVIATIONS and i + 2 < limit and norms[i + 1] == "." and is_word[i + 2]:
        # `وقال م. عصام الملا`, `وقال د. السند`: an abbreviated title, then a name (a definite surname too)
        inner = parse_mention(lex, norms, is_word, i + 2, limit, doc_vocab, b_complement, frame_prepositions)
        if inner is not None and inner.kind == "person" and inner.name_first == i + 2:
            return Mention(start, inner.last, inner.name_first, inner.name_last, "person")
        if inner is None and norms[i + 2] not in STOP_WORDS and norms[i + 2] not in lex.cues:
            return Mention(start, i + 3, i + 2, i + 3, "person")
        return None
    if kind in ("group", "anonymous") and width == 1 and norms[i].endswith(("هم", "هن")) and len(norms[i]) > 4:
        return Mention(start, i + 1, None, None, kind)  # `بعضهم`, `أحدهم`: a pronoun closes the phrase
    demonstrative = norms[i] in DEMONSTRATIVES
    if demonstrative:
        i += 1
        kind, width = _head_kind(lex, norms, i)
        if kind not in ("group", "anonymous", "title"):
            return None
    chain_kind = kind
    i += width
    name_first = name_last = None
    seen_nisba = False
    construct = False  # the chain just took a ب / ل noun, whose genitive may follow
    indefinite_adjective = False  # an indefinite role took an adjective: no name follows
    located = False  # the chain took a preposition (`مصادر في العاصمة`): a place after it may be its name
    definite_seen = _is_definite(norms[start])  # a definite noun phrase takes no bare name after it
    if kind is None:
        # No head word: a bare name (`لافروف`, `ميركل`) unless it is a common noun or a verb
        # (`أكدت عدم استهدافها`, `تعارض انضمام`, `بدخول`: not_names.tsv, mined from the corpus).
        # `وقال اليكسي زياتسيف المتحدث` (not `المزارعة فاطمة`: a feminine noun, a role the titles lack)
        foreign = not norms[i].endswith("ه") and _definite_first_name(lex, norms, is_word, i, limit, True) \
            or _hamza_al_name(lex, norms, is_word, i, limit, doc_vocab)
        if _is_definite(norms[i]) and not foreign or _has_possessive(lex, norms[i]) or (
                _not_a_name(lex, norms[i]) and norms[i + 1 : i + 2] != ["الله"]) \
                or len(norms[i]) >= 4 and accusative_noun(lex, norms[i]) \
                or b_complement and norms[i].startswith("ب") or norms[i][:1].isdigit():
            return None  # `اتهمه بحيازة`: the ب phrase the cue takes, not a name
        if _sound_plural(norms[i]) and i + 1 < limit and _sound_plural(norms[i + 1]):
            return Mention(start, i + 2, None, None, "group")  # `مهندسون مصريون`: people, and their adjective
        name_first = i
        i += 1
    while i < limit and (i - start < MAX_MENTION_TOKENS or name_first is not None):  # a long title keeps its name
        n = norms[i]
        if n in ("ل", "ب"):
            break  # `القنصل السعودي لـ"رويترز"`: a bare preposition before a recipient
        if n == "غير" and name_first is None and i > start and i + 1 < limit and is_word[i + 1] \
                and chain_kind in ("organization", "anonymous", "group", "media") \
                and _is_definite(norms[i + 1]) == _is_definite(norms[i - 1]) \
                and (is_nisba(norms[i + 1]) if _is_definite(norms[i + 1]) else indefinite_nisba(norms[i + 1])):
            i += 2  # `المنظمات غير الحكومية`, `مصادر غير رسمية`: "non-", and the adjective it negates
            continue
        if n in SAME_ONE:
            break  # `وأضاف المصدر ذاته`: "the same" refers back; the mention is the noun before it
        if n in GUEST and i > start and i + 1 < limit and (norms[i + 1] in PROGRAMMES or not is_word[i + 1]):
            break  # `الوزير ضيف برنامج "صباح الورد"`: whose guest he was (not the name `شوقي ضيف`)
        if n in ("البالغ", "البالغه"):
            break  # `مؤسس مجموعة مارفل البالغ 95 عاما`: his age, not his name
        if name_first is None and chain_kind in ("organization", "media", "anonymous", "group") \
                and lex.according_to.match(norms, i):
            break  # `وقالت الشرطة استنادا إلى شهود`: a source of the body's own, not its name
        if name_first is None and len(n) == 1 and i + 2 < limit and norms[i + 1] == "." and is_word[i + 2]:
            i += 2  # `الشيخ د. خالد بن خليفة`: an abbreviated title (د. for الدكتور) inside the chain
            continue
        if not is_word[i]:
            close = _bracketed_name(norms, i, limit) if chain_kind in ("media", "organization", "title", "anonymous") \
                and name_first is None and i > start else None
            if close is None or chain_kind in ("title", "anonymous") and close > i + 2 \
                    and not _named_company(lex, norms, is_word, i, close, limit) \
                    or _quoted_predicate(lex, norms, i, close):
                break  # a title's organisation may carry a one-word tag (`«نزاهة»`), not a quoted name
            i = close + 1  # `شبكة (سي.بي.إس نيوز) التلفزيونية`, `شبكة "سي.إن.إن" الأمريكية`
            if chain_kind == "anonymous":
                break  # `متحدث باسم حركة "حماس"`: the body's tag closes an unnamed source
            continue
        if name_first is None:
            if chain_kind == "title" and i > start and n in lex.definite_given_names \
                    and _definite_first_name(lex, norms, is_word, i, limit):
                name_first = i  # `رئيس الحكومة الحبيب الصيد`: a given name with ال, not the title's adjective
                i += 1
                continue
            if is_title(lex, norms, i):
                i += is_title(lex, norms, i)
                continue
            if chain_kind in ("organization", "media") and width >= 2 and i == start + width \
                    and _is_definite(n) and not is_nisba(n) and not is_title(lex, norms, i) and not n.startswith("و") \
                    and not (len(n) >= 6 and n[3] == "ا"):
                # `التي تعتبرها الأمم المتحدة الأسوأ`: a whole definite name takes no definite word but a
                # nisba, a participle (`التابعة للأمم المتحدة`) or a coordinated name (`والولايات المتحدة`)
                break
            head, w = _head_kind(lex, norms, i)
            if head in ("organization", "media") and (chain_kind in ("organization", "media") or chain_kind in (
                    "group", "anonymous") and not located and not is_nisba(n)) and i > start and _is_definite(norms[start]) \
                    and (_is_definite(n) or i == start + 1 and not n.startswith("و")):
                break  # `دعت الأمم المتحدة الحكومة اليمنية`, `واتهم المسلحون الحكومة السورية`, `وطالبت المجموعة لجنة
                # التجارة`: a definite phrase takes no genitive; the object
            if head == "place" and chain_kind in ("organization", "media", "group", "anonymous") and not located \
                    and not _is_definite(n) and not _coordinated_place(lex, n) and norms[i - 1] not in STOP_WORDS \
                    and (_is_definite(norms[i - 1]) or _coordinated_place(lex, norms[i - 1])) \
                    and not (i + 1 < limit and _is_definite(norms[i + 1]) and is_nisba(norms[i + 1])
                             and norms[i + 1] not in STOP_WORDS):
                break  # `واتهم الكرملين واشنطن`, `وتتهم الحكومة البريطانية روسيا`: a bare place is no adjective,
                # and after a definite word (or a coordinated place) no genitive either; the object (but `في
                # العاصمة صنعاء`: where they are, the city's name; `بنك الإمارات دبي الوطني`: a nisba goes on)
            if head == "place" and chain_kind == "title" and not located and not _is_definite(n) and not n.startswith("و") \
                    and _is_definite(norms[i - 1]) and norms[i - 1] not in STOP_WORDS \
                    and not (i + 1 < limit and is_nisba(norms[i + 1]) and norms[i + 1] not in STOP_WORDS):
                # After a definite word a bare place is no genitive: the name's first word if a name follows
                # (`وزير المخابرات إسرائيل كاتس`), else the object of a verb that takes one (`واتهم وزير الخارجية
                # إيران بدعم`, `وحذر الرئيس الأميركي روسيا وإيران`)
                if _name_follows(lex, norms, is_word, i + 1, limit) and not _coordinated_place(lex, norms[i + 1]) \
                        and not _ends_a_name(lex, norms, i + 1, doc_vocab) \
                        and not norms[i + 1].endswith(POSSESSIVE_SUFFIXES):
                    name_first = i
                    i += 1
                    continue
                if takes_object:
                    break
            if head in ("organization", "media", "group") and chain_kind == "title" and _is_definite(n) \
                    and not is_nisba(n) and not n.startswith("و") and _is_definite(norms[i - 1]) \
                    and (seen_nisba or _is_definite(norms[start]) and is_title(lex, norms, start) == i - start) \
                    and not (i + 1 < limit and norms[i + 1].startswith("ل")):
                break  # `دعا المبعوث الأممي الحكومة اليمنية`, `حث الرئيس الأمريكي الحكومة العراقية`: a definite
                # title takes no definite genitive, nor does one closed by its nisba; the object (but `الرئيسة
                # المحافظة لمجلس النواب`: an adjective that looks like a body, before the title's ل phrase)
            if (head in ("organization", "place", "media") and chain_kind in ("title", "organization", "media")
                    or head == "group" and chain_kind == "title" and i > start + 1) \
                    and not (seen_nisba and chain_kind in ("organization", "title") and _is_definite(n)
                             and head != "place"):
                # `النائب في مجلس نواب الشعب`: a group noun in the genitive of a title's organisation (but
                # after a nisba a definite head is the object: `دعا المبعوث الأممي الفصائل الليبية`).
                # A new noun phrase starts (`عضو المكتب التنفيذي في مجلس قيادة الثورة`) unless the place
                # is the head's adjective (`السلطات السعودية`).
                seen_nisba = head == "place" and is_nisba(norms[i + w - 1])
                construct = False  # the place was the genitive: `بمنطقة مكة المكرمة علي الغامدي`
                if head == "organization" and chain_kind == "title" and w == 1 and lex.not_names.get(n) == "noun" \
                        and _name_follows(lex, norms, is_word, i + 1, limit) and not _has_possessive(lex, norms[i + 1]):
                    # `قيادي في حركة حماس`, `زعيم حركة أمل نبيه بري`: a common head (حركة، حزب) takes its
                    # own name (not `مدرب مانشستر سيتي بيب غوارديولا`, `القيادي في حماس محمود الزهار`)
                    w += 1
                i += w
                continue
            if n == "علي" and chain_kind in ("anonymous", "group") and norms[i - 1].startswith("مطلع") \
                    and i + 1 < limit and _is_definite(norms[i + 1]):
                i += 2  # `مصادر مطلعة على المفاوضات`, `شخصيات مطلعة على الأمر`: what they know of
                continue
            if n in CHAIN_PREPOSITIONS and chain_kind in ("title", "anonymous", "organization", "group") \
                    and n not in frame_prepositions and _continues_chain(lex, norms, i + 1, limit):
                # `القيادي في حزب ...` but not `المنظمة في بيانها`, `وزير الخارجية إلى أن`
                i += 1
                seen_nisba = False
                located = True
                continue
            if n in STOP_WORDS or n in lex.cues or lex.adverbials.match(norms, i) and not (
                    chain_kind == "media" and i == start + 1 and not _is_definite(norms[start])):
                break  # (but `صحيفة صباح`: the word after an outlet's bare head is its name)
            if chain_kind == "title" and i > start + 1 and (n.startswith("وال") and len(n) > 5 or n.startswith("و")
                                                            and n[1:] in lex.not_names and i + 1 < limit
                                                            and _is_definite(norms[i + 1])):
                i += 1  # `مدير معهد الصحافة وعلوم الإخبار`: a coordinated genitive of the title
                continue
            if n[:1] in ("ل", "ب"):
                step = _prepositional_step(lex, norms, is_word, i, limit, start, chain_kind, doc_vocab,
                                           b_complement, construct)
                if step is None:
                    break
                taken, reset_nisba, construct = step
                if taken:
                    if chain_kind == "media" and n.startswith("لل") and _is_definite(norms[start]):
                        chain_kind = kind = "organization"  # `الوكالة الدولية للطاقة الذرية`: a body, no news agency
                    i += taken
                    seen_nisba = seen_nisba and not reset_nisba
                    continue
            elif chain_kind == "title" and construct and not _is_definite(n):
                construct = False  # the one genitive after a ب / ل noun: `بعملية استعادة سرت`
                i += 1
                continue
            if chain_kind == "title" and _definite_first_name(lex, norms, is_word, i, limit):
                name_first = i  # `وزير الطاقة الروسي الكسندر نوفاك`: a foreign name spelled with ال
                i += 1
                continue
            if chain_kind == "place":
                break  # `أعلنت واشنطن استراتيجيتها`: a place stands alone; what follows is content
            if takes_object and is_nisba(norms[i - 1]) and _is_definite(n) and not is_nisba(n) and not is_title(lex, norms, i) \
                    and lex.not_names.get(n[2:]) == "noun" and not n.startswith("الم") and i + 1 < limit \
                    and (norms[i + 1].startswith("بال") or norms[i + 1] in ("ان", "بان", "بانه", "بانها")):
                break  # `ووصف وزير الخارجية السعودي الاتفاق بأنه`: a common noun after the nisba, then the cue's ب
                # (not a participle with its own ب phrase: `المكلف بتشكيل الحكومة`)
            if _is_definite(n) and _is_definite(norms[i - 1]) and masdar_shape(n[2:]) and not is_title(lex, norms, i) \
                    and not is_nisba(n) and not n.startswith("الم"):  # (not `الموالية`, `المقاتلة`: participles)
                break  # `واعتبر أمين عام الناتو الاعتداء`: a definite noun takes no genitive; the object
            if seen_nisba and not _is_definite(n) and lex.not_names.get(n) == "noun" and n not in NAME_JOINERS \
                    and (chain_kind != "title" or i + 1 < limit and (
                        _is_definite(norms[i + 1]) and not is_nisba(norms[i + 1]) and norms[i + 1] not in NAME_SECOND_PARTS
                        or any(lex.not_names.get(noun) == "noun" for _, _, noun in pronoun_stems(norms[i + 1])))):
                # (`ووصف الرئيس السوداني زيارة نظيره المصري`: a noun, then a noun with a pronoun)
                break  # `نفت وزارة الإعلام الكويتية صحة ما تردد`, `أعلن الرئيس الفلبيني حظر العمالة`: the object
            if chain_kind in ("organization", "group", "anonymous", "media") and not _is_definite(n) and (
                    _is_definite(norms[i - 1]) and (_has_possessive(lex, n) and _not_a_name(lex, n, "")
                                                    or lex.not_names.get(n) == "noun")
                    or (_is_definite(norms[i - 1]) or i > start + width and not n.startswith("و"))
                    and len(n) >= 5 and n.endswith(("ته", "تها", "تهم")) and n[:3] not in SAME_BEFORE):
                # (`وأعلن تنظيم داعش مسؤوليته`: a noun in ة with a pronoun ends a body's name too)
                # `وأكدت الجبهة وقوفها`, `وجهت الهيئة انتقادات`, `أكد اتحاد هندوراس لكرة القدم براءته` (a noun in ة
                # with a pronoun, whatever the lexicon lacks): a common noun after a definite head is the object
                break
            if chain_kind in ("anonymous", "group") and _is_definite(n) and not is_nisba(n) \
                    and not _is_definite(norms[start]) and i > start + 1 and indefinite_nisba(norms[i - 1]) \
                    and norms[i - 2] not in STOP_WORDS and not _head_kind(lex, norms, i)[0]:
                break  # `مصدر دبلوماسي تركي الاتهامات`: an indefinite phrase takes no definite adjective; the object
            if (_is_definite(n) or n.endswith(POSSESSIVE_SUFFIXES)) and seen_nisba and not is_nisba(n) \
                    and chain_kind != "title":
                break  # `نفت السلطات البريطانية الاتهامات`, `السلطات السعودية ضبطها`: a nisba closed the phrase
            if _is_definite(n) or n.endswith(POSSESSIVE_SUFFIXES) or n.startswith("ب") and chain_kind == "anonymous":
                seen_nisba = seen_nisba or is_nisba(n)
                definite_seen = definite_seen or _is_definite(n)
                construct = construct and not _is_definite(n)  # `بالحق في الغذاء هلال`: the genitive is taken
                i += 1  # adjective or construct noun of the chain: الخارجية الروسي، خارجيتها، برئاسة
                continue
            if chain_kind in ("anonymous", "group", "organization", "media", "place"):
                if n.isdigit() and chain_kind == "organization":
                    i += 1  # `قيادة الفرقة 30`, `مديرة منظمة المادة 19`: a number in its name
                    continue
                if chain_kind == "organization" and any(is_title(lex, norms, t) for t in range(start + 1, i)) \
                        and not _is_definite(n) and not _not_a_name(lex, n) and n not in lex.cues:
                    k = i  # `إدارة الرئيس الأميركي باراك أوباما`: the organisation of a named office-holder
                    while k < limit and k - i < 3 and is_word[k] and not _not_a_name(lex, norms[k]) \
                            and norms[k] not in STOP_WORDS and norms[k] not in lex.cues:
                        k += 1
                    i = k
                    break
                if definite_seen and not _closes_mention(lex, norms, is_word, i + 1, limit):
                    break  # `أعلنت النقابة تنظيم وقفة`, `نقابة الصحفيين أحمد الزين`: not the name's words
                if b_complement and n.startswith("بال"):
                    break  # `ورحبت الأمم المتحدة بالخطوة،`: the cue's ب phrase, one word before the comma
                if lex.not_names.get(n) == "verb" or chain_kind == "media" and (n.isdigit() or masdar_shape(n)):
                    break  # `ووفقا لإحصاءات رويترز قتل 29 جنديا`: the clause's verb, not the outlet's name
                if i > start + 1 and not _head_kind(lex, norms, i)[0] and not norms[i - 1].endswith("هم") and (
                        masdar_shape(n) or len(n) == 4 and n[2] == "و" and n in lex.not_names):
                    break  # `وأكد مصدر في محافظة أبين وصول إمدادات`: a verbal noun is the object (not the subject
                    # of a relative verb on the phrase: `خبراء اقتصاديون شملهم استطلاع لرويترز`)
                i += 1  # `مصادر فرنسية`, `مراقبون أتراك`, `وكالة تاس`: their words, no personal name
                continue
            if n.isdigit() and chain_kind == "title":
                i += 1  # `مديرة منظمة المادة 19 بتونس`: a number in an organisation's name
                continue
            if _possessive_noun(n, doc_vocab) or lex.not_names.get(n) == "verb" or n.startswith(("بال", "كال")):
                break  # `مدير المخابرات التركي سيجتمع`: a verb, not the director's name; `بالجهات`: a phrase
            if chain_kind == "title" and lex.not_names.get(n) == "noun" and i + 1 < limit \
                    and lex.places.match(norms, i + 1):
                i += 1  # `مدير أمن عدن`: a common noun in construct with a place is the title's genitive
                continue
            if chain_kind == "title" and i + 1 < limit and lex.not_names.get(n) == "noun" \
                    and lex.not_names.get(norms[i + 1]) == "noun" and is_word[i + 1]:
                i += 2  # `قائد اللواء الأول حرس حدود`: two common nouns name the unit, not its commander
                continue
            if chain_kind == "title" and i + 1 < limit and _is_definite(norms[i + 1]) and lex.not_names.get(n) == "noun" \
                    and _head_kind(lex, norms, i - 1)[0] == "organization" and not _is_definite(norms[i - 1]):
                i += 2  # `المتحدث باسم تحالف دعم الشرعية`: a common noun in construct names the body it follows
                continue
            if chain_kind == "title" and i + 1 < limit and _is_definite(norms[i + 1]) and (
                    i > start + 1 and masdar_shape(n) or lex.not_names.get(n) == "noun"
                    and not is_nisba(norms[i + 1]) and norms[i + 1] not in NAME_SECOND_PARTS):
                i += 1  # `رئيس هيئة مكافحة الفساد`, `مدير منطقة الشرق الأوسط`: a common noun in construct
                # is the title's genitive (but `وزيرة الصحة سلمى الهاشمي`, `نور الدين`: a name)
                continue
            if chain_kind == "title" and not any(_is_definite(norms[t]) for t in range(start, i + 1)) \
                    and lex.not_names.get(n) == "noun" and (n.endswith(("ي", "يه")) or indefinite_adjective
                                                            or n.startswith("م") and len(n) >= 4):
                # `صحفي محلي`, `محلل سياسي بارز`, `إعلامي مقرب`: an unnamed role's adjectives (a nisba
                # or a participle)
                indefinite_adjective = True
                i += 1
                continue
            if indefinite_adjective:
                break  # `ناشط حقوقي لرويترز`: no name after them
            if len(n) >= 4 and accusative_noun(lex, n):
                break  # `ووقع الحارس البرازيلي عقدا جديدا`: an indefinite accusative object, not his name
            if n[:1] == "ب" and masdar_shape(n[1:]) or prepositional_masdar(lex, n):
                break  # `وبدأت رئيسة الوزراء بتحديد خمسة`, `وطلب عضوان في الكونغرس بإدراج`: a ب / ل phrase on a
                # verbal noun, not a name
            if chain_kind == "title" and n.endswith("ات") and len(n) >= 6 and i + 1 < limit and _is_definite(norms[i + 1]) \
                    and any(lex.not_names.get(n[:-2] + end) == "noun" for end in ("", "ه", "ا")):
                i += 1  # `وزير تكنولوجيات الاتصال`: a common noun's plural in construct is the title's genitive
                continue
            name_first = i
            i += 1
            continue
        if i == name_first + 1 and _is_definite(n) and is_title(lex, norms, i) == 1 and i + 1 < limit \
                and (not is_word[i + 1] or norms[i + 1] in CLAUSE_MARKERS):
            i += 1  # `الخبير في الشأن الليبي رافع الطبيب، من`: a one-word name's surname that is also a title
            continue
        long_chain = i - name_first >= MAX_NAME_TOKENS and not (
            i - name_first < MAX_CHAIN_NAME_TOKENS and (n in NAME_JOINERS or norms[i - 1] in NAME_JOINERS))
        if long_chain or _ends_a_name(lex, norms, i, doc_vocab):
            break  # (a lineage runs on past five words: `خالد بن خليفة بن دعيج آل خليفة`)
        if norms[i - 1] in NAME_JOINERS:
            i += 1  # `موفق أبو طالب`, `بندر بن سلطان`: the word after a joiner is the name's
            continue
        if i - name_first >= 2 and _not_a_name(lex, n) or i > name_first and len(n) >= 6 and pronoun_stems(n) \
                and _not_a_name(lex, n):
            break  # `سالم القروي تأخر صرف التعويضات`: the object, not a third name
        if i == name_first + 1 and n not in lex.names_also_words and not _is_definite(n) and masdar_shape(n) \
                and i + 1 < limit and (any(lex.not_names.get(noun) == "noun" for _, _, noun in pronoun_stems(norms[i + 1]))
                                       or _is_definite(norms[i + 1]) and not is_nisba(norms[i + 1])
                                       and norms[i + 1] not in NAME_SECOND_PARTS):
            break  # `أعلن ترامب انسحاب بلاده`, `أعلن ماكرون استخدام القوة`: a verbal noun and its genitive, the object
        if _is_definite(n) and (n[2:] in lex.cues and lex.cues[n[2:]].kind == "noun"
                                or i - name_first >= 2 and n.endswith("ات") and n[2:] in lex.not_names):
            break  # `وانتقد نبيل أبوردينة التصريحات الأخيرة`: a definite plural noun or a cue noun is the object
        if i - name_first >= 2 and _is_definite(n) and lex.not_names.get(n[2:]) == "noun" \
                and n not in NAME_SECOND_PARTS and i + 1 < limit and is_nisba(norms[i + 1]) \
                and not any(_is_definite(norms[t]) or _not_a_name(lex, norms[t]) for t in range(name_first, i)):
            break  # `واتهم رجب طيب أردوغان النظام السوري`: a common noun and its nisba after a full name
        if len(n) > 4 and accusative_noun(lex, n):
            break  # an indefinite accusative object: `ووجه خاتمي تهديدا` (not `صبرا`: a stem of 3)
        if i - name_first >= 2 and n.endswith("ي") and len(n) > 4 and lex.not_names.get(n[:-1]) == "noun" \
                and i + 1 < limit and _is_definite(norms[i + 1]):
            break  # `وتوعد الرئيس الإيراني حسن روحاني منفذي الهجوم`: a plural in construct, the object
        if prepositional_masdar(lex, n):
            break  # `ساركوزي باستمرار`, `شيماء سبت بمقاضاة`: the complement after a name
        if i - name_first >= 2 and n.startswith("ب") and len(n) > 4 and (
                common_noun(lex, n[1:]) or n.endswith("ه") and not n.startswith("بو")):
            break  # `ديانا حداد بإطلاق أغنية`, `محمد المنصف المرزوقي بضرورة`: a ب phrase after a full name
        if i - name_first >= 2 and n.startswith("ل") and len(n) > 4 and not n.startswith("لل") and common_noun(lex, n[1:]) \
                and not any(_is_definite(norms[t]) and norms[t][2:] in lex.not_names for t in range(name_first, i)):
            break  # `ودعا الرئيس الفلسطيني محمود عباس لتطبيق القرارات`: a ل phrase after a full name (not after
            # `مخاتير المناطق`: common nouns, no name)
        if n[:1] in ("ب", "ل", "ك") and n[1:] in STOP_WORDS and i + 1 < limit and is_word[i + 1] \
                and norms[i + 1] not in STOP_WORDS:
            break  # `الوزير الجبير بأي اتفاق`: a preposition on a function word, then its noun (not
            # `نيكولا باي إن`, `بان كي مون`)
        if b_complement and n.startswith("ب") and (n[1:] in STOP_WORDS or len(n) > 4 and _not_a_name(lex, n[1:], "")):
            break  # `وطالب رياض محرز بمغادرة ليستر`, `رحب الجبير بأي اتفاق`: the cue's ب phrase (not `بسام`)
        if b_complement and len(n) == 4 and n.startswith("ب") and lex.not_names.get(n[1:]) == "noun" \
                and i + 1 < limit and _is_definite(norms[i + 1]) and norms[i + 1] not in NAME_SECOND_PARTS:
            break  # `ووعد ترمب بوقف التمارين`: a short verbal noun in construct (not `محمد بسام بإطلاق`)

        i += 1
    if name_first is not None and chain_kind in (None, "title"):
        name_last = i
    if chain_kind in (None, "title") and name_first is None:
        return Mention(start, i, None, None, "role", definite_role=_is_definite(norms[start + demonstrative]))
    kind_out = "person" if chain_kind in (None, "title") else chain_kind
    if demonstrative:
        kind_out = "demonstrative"
    return Mention(start, i, name_first, name_last, kind_out)


def head_kind_before(lex: Lexicon, norms: Sequence[str], first: int) -> str | None:
    """Type of a subject noun phrase that starts at `first` (for SVO subjects)."""
    kind, _ = _head_kind(lex, norms, first)
    return kind
