"""Attribution extraction: article text in, `Attribution` records out. Pure: no I/O, no Prefect.

The steps, in the order they run over one article:
1. tokens, quotation spans and sentences (`tasks.core.text`);
2. cues from the lexicon (verbs with inflections and clitics, participles, nouns, according-to);
3. for each cue: its speaker mention (VSO after the cue, SVO before it, pluperfect كان ... قد, the
   antecedent of a relative, or none: pro-drop), its content (quote / أن-clause / mixed / phrase) and
   where that content ends (the next coordinated cue, a journalist's frame after a comma);
4. discourse resolution: pro-drop and role nouns (المتحدث، الوزير الروسي، الشبكة) to the named speaker
   or institution, with gender agreement; relays (`نقلت X عن Y`) give Y as speaker and X as relayer;
5. patterns with no cue verb: title lines `SOURCE: claim`, `SOURCE «quote»`, according-to framing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from tasks.core.arabic import normalise_token
from tasks.core.lexicon import CueForm, Lexicon, load_lexicon, lookup_key
from tasks.core.mentions import (
    DEMONSTRATIVES,
    GUEST,
    MAX_NAME_TOKENS,
    NAME_JOINERS,
    PROGRAMMES,
    QUANTIFIER_HEADS,
    SAME_BEFORE,
    SAME_ONE,
    STOP_WORDS,
    TITLE_ABBREVIATIONS,
    Mention,
    accusative_noun,
    common_noun,
    hamza_al_words,
    head_kind_before,
    indefinite_nisba,
    is_nisba,
    is_title,
    masdar_shape,
    nationality,
    parse_mention,
    plain_name_words,
    prepositional_masdar,
    pronoun_stems,
    strip_proclitic,
)
from tasks.core.model import Article, Attribution
from tasks.core.text import (
    QUOTE_CHARS,
    Quote,
    Sentence,
    Token,
    find_quotes,
    inside_word,
    split_sentences,
    tokenise,
)

COMPLEMENTIZERS = frozenset(
    normalise_token(w)
    for w in ["أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "إنهما", "أنهن", "إنهن", "أنني", "إنني", "أننا", "إننا", "بأن", "بأنه", "بأنها", "بأنهم", "بأنهما", "بأنهن", "وأن", "وأنه", "وإن", "فإن", "فإنه"]
)
# أن / إن with no pronoun on them: a noun subject may follow (`أن المتهمين اعترفوا`)
BARE_COMPLEMENTIZERS = frozenset(normalise_token(w) for w in ["أن", "إن", "بأن", "وأن", "وإن"])
# Words that may stand between a comma and a cue that opens a new clause:
# `، حيث أكدا`, `، لكنه نبه`, `، لذا شدد`, `، إذ قال`.
CLAUSE_LINKS = frozenset(
    normalise_token(w) for w in ["و", "ف", "كما", "حيث", "إذ", "لكن", "لكنه", "لكنها", "ولكن", "لذا", "ثم", "فيما", "بينما", "قد", "وقد", "لقد", "فقد"]
)
DASHES = ("-", "–", "—")
# `فإن`, `فإنه`: the writer's "then indeed", opening a clause of his own, not a verb's أن after its subject.
FA_INNA = frozenset(normalise_token(w) for w in ["فإن", "فإنه"])
LONG_SINCE = frozenset(normalise_token(w) for w in ["طالما", "لطالما", "وطالما", "ولطالما"])
CONTRASTS = frozenset(normalise_token(w) for w in ["لكن", "لكنه", "لكنها", "لكنهم", "ولكن"])
# Words before a cue verb that coordinate a new clause with no comma: `لكنه أشار`, `ثم قال`.
COORDINATORS = frozenset(normalise_token(w) for w in ["لكنه", "لكنها", "ولكنه", "ولكنها", "ثم", "كما", "فيما", "بينما",
                                                      "حيث", "بل"])
# `بعد أن أوضح أن`, `عندما قال إن`: a verb after a time conjunction with no subject after it shares
# the main clause's subject.
TEMPORAL_SUBORDINATORS = frozenset(normalise_token(w) for w in [
    "بعدما", "عندما", "حينما", "لما", "قبلما", "وعندما", "وبعدما", "كلما"])
TIME_WORDS_BEFORE_AN = frozenset(normalise_token(w) for w in ["بعد", "قبل", "وبعد", "وقبل", "منذ", "حين"])
# What opens the statement after a frame: `وطبقا لصحيفة X فإن ...`, `وبحسب موقع ...، فقد عرض ...`.
STATEMENT_OPENERS = COMPLEMENTIZERS | {"فقد"}
NEGATIONS = frozenset(normalise_token(w) for w in ["لم", "ولم", "فلم", "لن", "ولن"])
UNMARKED_NEGATIONS = frozenset(normalise_token(w) for w in ["لم", "لن", "لا", "ليس"])
PLUPERFECT_KAN = frozenset(normalise_token(w) for w in ["كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"])
# `وما زال المسؤولون الروس ينفون`, `ولا تزال الحكومة تؤكد`: "still", before the subject of the verb
STILL = frozenset(normalise_token(w) for w in ["زال", "زالت", "يزال", "تزال", "يزالون", "مازال", "مازالت", "لازال",
                                               "لازالت", "ظل", "ظلت", "ظلوا"])
# Verbs and participles that link a document to its issuer: `تقرير أصدره معهد`, `بيان صادر عن`.
ISSUED_BY = frozenset(normalise_token(w) for w in [
    "أصدره", "أصدرته", "أصدرها", "صادر", "صادرة", "الصادر", "الصادرة", "نشره", "نشرته", "نشرها", "أعده",
    "أعدته", "أعدها", "وزعه", "وزعته", "نشرتها", "أصدرتها", "أعدتها", "وزعتها", "أعلنتها", "أعلنها",
    "أجراه", "أجرته", "أجرتها", "أجراها"])  # (`مسح أجراه معهد`)
# Where a body posts its own words (`على الموقع الإلكتروني للوزارة`, `على حساب للجماعة`): its ل is no relayer.
OWN_CHANNELS = frozenset(normalise_token(w) for w in ["موقع", "الموقع", "الإلكتروني", "الالكتروني", "الرسمي", "حساب",
                                                      "الحساب", "صفحة", "الصفحة", "حسابات"])
# `في كلمة متلفزة ألقاها`, `في تصريحات أدلى بها`: the speech the speaker gave, after the adverbial's noun
DELIVERED = frozenset(normalise_token(w) for w in ["ألقاها", "ألقاه", "ألقته", "ألقتها"])
# `متحدثة أخرى`: "another" unnamed source is never the one the article names (normalised)
ANOTHER = frozenset({"اخر", "اخري"})
# `26 سبتمبر الماضي`, `14 جانفي الفارط`: the word that places a date before or after now
DATE_RELATIVE = frozenset(normalise_token(w) for w in ["الماضي", "المقبل", "القادم", "الجاري", "الحالي", "المنصرم", "الفارط"])
ISSUED = frozenset(normalise_token(w) for w in ["صدر", "صدرت"])  # after a relative: `الذي صدر عن`
# Verbs whose subject issues the document that follows: `وأصدر البيت الأبيض بيانا`.
ISSUING = frozenset(normalise_token(p + w) for p in ("", "و", "ف") for w in [
    "أصدر", "أصدرت", "أصدروا", "نشر", "نشرت", "نشروا", "وزع", "وزعت", "أعد", "أعدت", "قدم", "قدمت"])
TANWEEN_FATH = ("\u064b", "\u064bا", "ا\u064b")  # `اً`, `ًا`: the indefinite accusative ending
ISSUED_AFTER_RELATIVE = ISSUED_BY | ISSUED
# What introduces a document's author after it: `مذكرة من قيادة القوات`, `بيان صادر عن`, `تقرير أصدره معهد`.
AUTHOR_MARKS = ISSUED_BY | {"من"}
# `ما` / `عما` / `مما` / `بما` as the object of a cue: `ما قالت إنها`, `على ما وصفتها بـ`.
OBJECT_MA = frozenset(normalise_token(w) for w in ["ما", "عما", "مما", "بما", "لما"])
# `قال تعالى`, `قال الله عز وجل`: the Quran quoted (normalised forms).
DIVINE = frozenset({"تعالي", "الله", "سبحانه"})
# An interview or a talk with someone, who then speaks `فيها` (`أجرى المراسل مقابلة مع X ...، قال فيها`).
INTERVIEWS = frozenset(normalise_token(w) for w in ["مقابلة", "حوار", "حديث", "لقاء", "مداخلة"])
CALLS = frozenset(normalise_token(w) for w in ["اتصال", "اتصالا", "مكالمة"])
# What a demonstrative before a cue may name, pointing back at the quotation before it: `بهذه الكلمات أعلن`.
QUOTED_WORDS = frozenset(normalise_token(w) for w in ["الكلمات", "الكلمتين", "الكلمة", "العبارة", "العبارات",
                                                      "الجملة", "الكلام", "التغريدة", "التصريحات"])
# Particles before a sentence's first verb or subject (`ولم تؤكد`, `لكن المسلحين`).
LEADING_PARTICLES = frozenset(normalise_token(w) for w in ["و", "لكن", "ولكن", "كما", "ثم", "لم", "ولم", "قد", "وقد",
                                                            "فقد", "لقد", "فيما", "بينما"])
ARRIVED_FROM = frozenset(normalise_token(w) for w in ["في", "من", "عن", "إلى", "ضمن", "خلال", "عبر"])
SUBJECT_KINDS = frozenset({"person", "organization", "media", "place", "group", "anonymous"})
RELATIVES = frozenset(normalise_token(w) for w in ["الذي", "التي", "والذي", "والتي", "الذين", "والذين"])
# `مواطن سوداني يدعى إبراهيم`, `أحد المحققين ويدعى فاليري زولوتاريف`: "named", before the name itself
# `قالت الأخيرة`, `وأضاف الأول`: the latter / the former of two named before, not a body's name
ANAPHORIC_ORDINALS = frozenset(normalise_token(w) for w in ["الأخير", "الأخيرة", "الأول", "الأولى", "الثاني", "الثانية"])
NAMED_AS = frozenset(normalise_token(w) for w in ["يدعى", "ويدعى", "تدعى", "وتدعى", "اسمه", "واسمه", "اسمها", "واسمها"])
RELAY_PRONOUNS = frozenset(normalise_token(w) for w in ["عنه", "عنها", "عنهم", "عنهما"])
# `نقلت رويترز عن مسؤول قوله إن`: the masdar of قال with a pronoun, between source and content
SAYING = frozenset(normalise_token(w) for w in ["قوله", "قولها", "قولهم", "قولهما", "قوله:"])
# A sentence may open with a prepositional phrase before its verb: `وحول موقف الائتلاف ... قالت`.
FRONTED_PREPOSITIONS = frozenset(normalise_token(w) for w in [
    "حول", "في", "وفي", "خلال", "عن", "بشأن", "وبشأن", "إزاء", "تجاه", "أمام", "عقب", "بعد", "قبل", "أثناء",
    "وحول", "وعن", "وخلال", "وعقب", "وبعد", "وقبل", "وأثناء", "وتعليقا", "تعليقا", "وردا", "ردا"])
# Frames that open a new topic inside speech, before the next verb of saying: `وحول تسريع إعادة الأمن قال`.
TOPIC_FRAMES = frozenset(normalise_token(w) for w in ["وحول", "وعن", "وردا", "وتعليقا", "وبشأن"])
# Function words that may open an object phrase: `تنفي أي صلة بالعنف`, `نفى كل الاتهامات`.
QUANTIFIERS = frozenset(normalise_token(w) for w in ["أي", "كل", "جميع", "بعض", "كافة", "كلا"])
PRONOUN_OBJECTS = frozenset(normalise_token(w) for w in ["إياه", "إياها", "إياهم", "إياهما"])
# ل + a verbal noun of speech is a purpose, not what was said: `خرج داليتش للحديث عن` (normalised, bare).
LI_PURPOSES = frozenset({"حديث", "تعليق", "تحدث", "رد"})
SEPARATE_PREPOSITIONS = frozenset({"الي", "علي", "عن", "من", "في", "حول"})
# Time nouns a relative clause with فيه hangs on: `في الوقت الذي أكد فيه`, `في اليوم الذي أعلنت فيه`.
TIME_NOUNS = frozenset({"الوقت", "اليوم", "الحين", "اللحظه", "الاسبوع", "الشهر", "العام"})
# Frames in which a noun after the verb is its object (or whom it addresses), not its subject.
OBJECT_FRAMES = frozenset({"obj", "whom", "topic"})
PUNCT_TRIM = " \t\n\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e.,،:;؛!?؟«»“”\"'‹›„‟-–—()[]"
MIN_CONTENT_TOKENS = 2
MAX_GAP_TOKENS = 30  # between a speaker and its أن / colon: `وأكدت الخارجية ... بعد يوم من ... ، أن`


@dataclass(slots=True)
class Speaker:
    canonical: str
    kind: str
    mention: str
    titles: tuple[str, ...] = ()
    pos: int = -1  # token where the mention stands (-1: carried over, not mentioned here)


@dataclass(slots=True)
class _State:
    last: Speaker | None = None
    persons: list[Speaker] = field(default_factory=list)  # named persons, in order of mention
    person_words: set[str] = field(default_factory=set)  # normalised words of their names
    groups: list[Speaker] = field(default_factory=list)
    feminine: dict[str, bool] = field(default_factory=dict)  # speaker -> grammatical gender, from its verbs
    speakers: list[Speaker] = field(default_factory=list)  # every speaker the article named, in order
    consumed_according: set[int] = field(default_factory=set)  # token indices of used according-to
    unmarked_until: int = -1  # an unmarked quotation after a colon runs on to this offset


class ArticleExtractor:
    """Runs the steps above over one article; `run()` returns its attributions in text order."""

    def __init__(self, article: Article, lex: Lexicon):
        self.article = article
        self.text = article.text
        self.lex = lex
        self.tokens: list[Token] = tokenise(self.text)
        self.token_starts = [t.start for t in self.tokens]
        # ى -> ي folds the preposition على into the name علي, the lost madda آنا into أنا; the
        # spelling still tells them apart (spelled_apart.txt)
        self.norms = [lookup_key(t.text, t.norm) for t in self.tokens]
        self.is_word = [t.is_word for t in self.tokens]
        self.quotes: list[Quote] = find_quotes(self.text)
        self.sentences: list[Sentence] = split_sentences(self.text, self.tokens, self.quotes)
        self.vocab = frozenset(self.norms) | hamza_al_words([t.text for t in self.tokens], self.norms)
        self.titled: list[tuple[int, str, tuple[str, ...]]] = []  # (token, name, title tokens)
        self.institutions: list[tuple[int, str, str, str]] = []  # (token, head, mention text, kind)
        self._mentioned: list[tuple[int, str, str, str]] | None = None  # see `_bodies_named_in_passing`
        self.l_mentions: set[int] = set()  # mentions read after a ل written on them (`لوزارة الصحة`)
        self._homographs: dict[int, CueForm | None] = {}  # cue_at's answer for skip-column forms
        self.sentences = [self._past_dateline(s) for s in self.sentences]
        self.doc_names = self._titled_names()
        # each word without a proclitic-looking first letter, and as written unless it is و + a word the
        # article also has (`فهيد`, `وليد` are whole names; `والجمل` is و + `الجمل`); `#ديانا_حداد` gives `حداد`
        self.doc_name_tokens = frozenset(
            v for _, name in self.doc_names for t in name for w in {t, *t.split("_")}
            for v in (strip_proclitic(w), *(() if w[:1] == "و" and (w[1:] in self.vocab or w[1:3] == "ال") else (w,))))
        self.state = _State()
        self.out: list[Attribution] = []
        # the cue being read sits in another's content with its own named subject: its speaker does not
        # become the thread a later pro-drop verb refers to
        self.nested_report = False
        self.nested_subject: Mention | None = None  # that subject, when only `_complement_subject` finds it

    def _past_dateline(self, sent: Sentence) -> Sentence:
        """`دبي، الإمارات العربية المتحدة (CNN) – أجرى النجم ...`: the sentence starts after the dateline
        (a place, more words of it, the outlet in brackets, a dash), so its verb and subject are found."""
        first, last = sent.first_token, sent.last_token
        if not self.lex.places.match(self.norms, first):
            return sent
        k = first + 1
        while k < min(last, first + 8) and self.tokens[k].text not in DASHES:
            if self.tokens[k].text == "(":
                k = next((c for c in range(k + 1, min(k + 6, last)) if self.tokens[c].text == ")"), last)
            elif not self.is_word[k] and self.tokens[k].text not in ("،", ",") or self.cue_at(k) is not None:
                return sent
            k += 1
        if k >= last or self.tokens[k].text not in DASHES:
            return sent
        while k < last and self.tokens[k].text in DASHES:
            k += 1
        return replace(sent, start=self.tokens[k].start, first_token=k) if k < last else sent

    def _titled_names(self) -> list[tuple[int, tuple[str, ...]]]:
        """Names introduced by a title anywhere in the article: `القائد العسكري الليبي خليفة حفتر`.

        They let a later bare `حفتر` be recognised as a person (SVO subjects, headlines) and be
        expanded to the full name.
        """
        names: list[tuple[int, tuple[str, ...]]] = []
        k = 0
        n_tokens = len(self.tokens)
        for k in range(n_tokens):
            if self.norms[k].startswith("ال") or not self.is_word[k]:
                continue  # (tested first: the head lookup is the costly part)
            head = head_kind_before(self.lex, self.norms, k)
            if head in ("organization", "media", "anonymous"):
                # `شبكة (سي.بي.إس نيوز)`, `رئيس نقابة الصحفيين`, `مصدر قضائي`: a later `الشبكة`,
                # `النقابة`, `المصدر` refers back
                m = parse_mention(self.lex, self.norms, self.is_word, k, n_tokens, self.vocab)
                if m is not None and m.kind == head and m.last - m.first > 1:
                    text = self.span_text(m.first, m.last)
                    if text[:1] in ("و", "ف") and self.norms[k][1:3] == "ال":
                        text = text[1:]  # `والاتحاد الأوروبي` -> `الاتحاد الأوروبي`
                    self.institutions.append((k, _bare(self.norms[k]), _strip_clitics(text), head))
        title_width = [is_title(self.lex, self.norms, k) for k in range(n_tokens)]
        k = 0
        while k < n_tokens:
            if title_width[k] or self._l_title(k):
                m = parse_mention(self.lex, self.norms, self.is_word, k, n_tokens, self.vocab) if title_width[k] \
                    else self._l_mention(k, n_tokens, ("title",))  # (a name right after it, no apposition)
                if m is not None and title_width[k] and (m.kind == "role" or self._spoken_for(m)):
                    m = self._appositive_name(m, n_tokens)
                end = self._registered_name_end(m.name_first, m.name_last or m.last) if m is not None and m.has_name \
                    else None
                if end is not None:
                    names.append((m.name_first, tuple(self.norms[m.name_first : end])))
                    name = _without_hashtags(self.span_text(m.name_first, end))
                    self.titled.append((m.name_first, name, tuple(self.norms[m.first : m.name_first])))
                    if end + 1 < n_tokens and end == m.last and self.tokens[end].text in ("،", ",") \
                            and title_width[end + 1]:
                        # `العقيد الركن تركي المالكي، المتحدث باسم التحالف،`: the apposition is his title too
                        self.titled.append((m.name_first, name, tuple(self.norms[end + 1 : end + 1 + title_width[end + 1]])))
                    k = m.last
                    continue
            k += 1
        names += self._names_before_titles(names, title_width)
        return names

    def _l_title(self, k: int) -> bool:
        """A title with a ل written on it: `مقابلة للرئيس السوري بشار الأسد`, `وفقا لوزير الخارجية سامح شكري`."""
        n = self.norms[k]
        return n.startswith("ل") and len(n) >= 4 and bool(is_title(self.lex, self._l_probe(k), 0))

    def _l_probe(self, k: int) -> list[str]:
        """The words at k read without the ل written on the first: `للرئيس السوري` -> `الرئيس السوري`."""
        n = self.norms[k]
        return ["ال" + n[2:] if n.startswith("لل") else n[1:], *self.norms[k + 1 : k + 4]]

    def _bodies_named_in_passing(self) -> list[tuple[int, str, str, str]]:
        """Definite bodies of three to five words the article names anywhere, cleanly closed and with no run-on
        (`الذي ستعلنه اللجنة التأديبية بالاتحاد الدولي`), as (token, head, name, kind); read once, on the first
        bare head that needs them (most articles never ask)."""
        if self._mentioned is None:
            self._mentioned = []
            n_tokens = len(self.tokens)
            for k in range(n_tokens):
                if not self.norms[k].startswith("ال"):
                    continue
                head = head_kind_before(self.lex, self.norms, k)
                if head not in ("organization", "media"):
                    continue
                m = parse_mention(self.lex, self.norms, self.is_word, k, n_tokens, self.vocab)
                if m is None or m.kind != head or not 2 < m.last - m.first <= 5 or not self._closed_after(m.last) \
                        or any(self.norms[j].startswith("و") or self.norms[j] in SEPARATE_PREPOSITIONS
                               for j in range(m.first + 1, m.last)):
                    continue
                name = _strip_clitics(self.span_text(m.first, m.last))
                if self._body_name(name):
                    self._mentioned.append((k, _bare(self.norms[k]), name, head))
        return self._mentioned

    def _registered_name_end(self, first: int, end: int) -> int | None:
        """Where a titled name the article introduces really ends, or None when it is no name. The parser may
        run on into a word joined by و (`حسن روحاني والأميرال علي شمخاني`), or take a ل phrase (`لتوفير
        تمويل`), a noun with a pronoun (`حرصه`) or a noun and its genitive (`مهد الطريق`) for a name; the
        registry would then lend those words to every later mention of him. (A ل phrase after a name,
        `محمود عباس لتطبيق`, parse_mention already leaves out.)"""
        def joined(n: str) -> bool:  # `وروسيا`, `وبعدها`, `ونظيره`: و and a word no name starts with (not `وليد`)
            rest = n[1:]
            return n[:1] == "و" and len(rest) > 1 and (rest in self.lex.not_names or rest in STOP_WORDS or rest[:2] == "ال"
                                                      or rest in self.vocab  # (the article has the word alone)
                                                      or bool(is_title(self.lex, [rest], 0)) or bool(self.lex.places.match([rest], 0))
                                                      or self._possessed_noun(rest))
        # (nor does a name take tanween, `النجم المصري محمد هنيدي ضيفاً`, or a definite body after it, `الرئيس ترمب
        # البيت الأبيض`: the verb's object)
        end = next((k for k in range(first + 1, end)
                    if joined(self.norms[k]) or self.tokens[k].text.endswith(TANWEEN_FATH)
                    or self.norms[k].startswith("ال") and self.lex.org_heads.match(self.norms, k)), end)
        n = self.norms[first]
        if self.tokens[first].text.endswith(TANWEEN_FATH):
            return None  # `إطاراً منهجياً`: an indefinite accusative, no name
        if end - first == 2 and n in self.lex.not_names and self.norms[first + 1].startswith("ال") \
                and self.norms[first + 1][2:] in self.lex.not_names and not is_nisba(n) and not is_nisba(self.norms[first + 1]):
            return None  # `بغض النظر`, `مهد الطريق`: a noun and its genitive, no name (but `تركي المالكي`: nisbas)
        if end - first == 1 and self.lex.not_names.get(n) == "noun" and n not in self.lex.names_also_words \
                and n.endswith("ه"):
            return None  # `مقاربته لكلام البطريرك مختلفة`: a feminine adjective after the title, no name
        def noun_with_pronoun(w: str) -> bool:
            return self.lex.not_names.get(_pronoun_stem(w)) == "noun"
        if n[:1] == "ل" and len(n) > 4 and common_noun(self.lex, _pronoun_stem(n[1:])) \
                or end - first == 1 and self.tokens[first].text.endswith(("ه", "ها", "هم")) and not n.endswith("الله") \
                and (noun_with_pronoun(n) or n[:1] == "ب" and noun_with_pronoun(n[1:])):
            # `لتوفير تمويل`: a ل phrase; `حرصه`, `بيده`: a noun with a pronoun, bare or after ب (a ب phrase alone
            # is a name: `برهان`, `بسام`)
            return None
        return end

    def _possessed_noun(self, n: str) -> bool:
        """`نظيرتها`, `زميلتهم`: a common noun in ة with a possessive pronoun ("her counterpart"), never a name (the
        feminine ت before ه / ها / هم tells it from a name in ه such as `نبيه`)."""
        return any(stem.endswith("ت") and len(stem) >= 4 and self.lex.not_names.get(stem[:-1]) == "noun"
                   for _, stem, _ in pronoun_stems(n, ("ه", "ها", "هم")))

    def _names_before_titles(self, titled: list[tuple[int, tuple[str, ...]]],
                             title_width: list[int]) -> list[tuple[int, tuple[str, ...]]]:
        """Names that a title follows instead of preceding: `رفض ماسيميليانو أليغري مدرب يوفنتوس`,
        `قال حبيب الملا، الرئيس التنفيذي لمكتب`: two or three name words, then the title (after a comma or
        not), with no title before them. `title_width[k]`: how many tokens a title at k covers."""
        found: list[tuple[int, tuple[str, ...]]] = []
        taken = {pos for pos, _ in titled}
        for t in range(3, len(self.tokens)):
            width = title_width[t]
            if not width or self.norms[t].startswith(("و", "ف")):
                continue
            end = t - 1 if self.tokens[t - 1].text in ("،", ",") else t
            for start in (end - 2, end - 3):
                if start < 0 or start in taken or start > 0 and (
                        title_width[start - 1] or self.norms[start - 1].startswith("ال")):
                    continue  # (after a definite word the name is its genitive: `السجل التهديفي لسيرجيو راموس`)
                if self._bare_name(start, end):
                    found.append((start, tuple(self.norms[start:end])))
                    self.titled.append((start, _without_hashtags(self.span_text(start, end)),
                                        tuple(self.norms[t : t + width])))
                    break
        return found

    def _bare_name(self, start: int, end: int) -> bool:
        """Tokens start..end are a personal name with no title: name-like words only (not `ومثل جدعون`,
        `ويقبع دميرتاش`: a verb; not `العروس نايش`, `رحمه الله`, `مونيز بشهادتهم`: a noun; not `لسيرجيو
        راموس`: a preposition on a name)."""
        m = parse_mention(self.lex, self.norms, self.is_word, start, end + 1, self.vocab)
        words = self.norms[start:end]
        return m is not None and m.kind == "person" and m.name_first == start and (m.name_last or m.last) == end \
            and plain_name_words(self.lex, words) and not words[0].startswith(("و", "ف", "ال")) \
            and not (words[0][:1] in ("ل", "ب", "ك") and words[0][1:] in self.vocab) \
            and not any(w.endswith("ه") and w[:-1] in self.vocab or w.endswith("هم") or w.startswith(("ول", "وب"))
                        for w in words) \
            and not any(w.startswith("و") and w.endswith(("ته", "تها")) for w in words[1:])  # `ترامب وزوجته ميلانيا`

    def known_name_text(self, name: str) -> bool:
        return all(self._known_word(normalise_token(w)) for w in name.split())

    def _known_word(self, norm: str) -> bool:
        """A word of a name the article introduced with a title, or of a person already quoted."""
        return norm in self.doc_name_tokens or norm in self.state.person_words

    def known_name(self, m: Mention, elsewhere: bool = False) -> bool:
        """Every token of the mention's name belongs to a name the article introduced
        (`elsewhere`: introduced at another place than this mention)."""
        if m.name_first is None:
            return False
        name = [self.norms[k] for k in range(m.name_first, m.name_last or m.last)]
        if not elsewhere:
            return all(self._known_word(t) or self._known_word(strip_proclitic(t)) for t in name)
        tokens = {strip_proclitic(t) for pos, words in self.doc_names for t in words if pos != m.name_first}
        tokens |= self.state.person_words
        return all(t in tokens or strip_proclitic(t) in tokens for t in name)

    # ---- small queries -------------------------------------------------------------------
    def quote_at(self, offset: int) -> Quote | None:
        best = None
        for q in self.quotes:
            if q.start <= offset < q.end and (best is None or q.start > best.start):
                best = q
        return best

    def quote_opening_at(self, tok: int) -> Quote | None:
        t = self.tokens[tok]
        if t.text not in QUOTE_CHARS:
            return None
        return next((q for q in self.quotes if q.open == t.start), None)

    def span_text(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]

    def cue_at(self, i: int) -> CueForm | None:
        cue = self.lex.cues.get(self.norms[i])
        if cue is None and self.norms[i] in self.lex.homograph_cues and i + 1 < len(self.norms):
            if i not in self._homographs:  # asked again for every content the token sits in
                self._homographs[i] = self._homograph_cue(i)
            return self._homographs[i]
        return cue

    def _homograph_cue(self, i: int) -> CueForm | None:
        """A skip-column form (`وبين`, `عبر`) is a cue only with its content marker in sight."""
        homograph = self.lex.homograph_cues[self.norms[i]]
        nxt = self.norms[i + 1]
        if nxt in COMPLEMENTIZERS or self.tokens[i + 1].text == ":" or nxt in homograph.frames \
                and nxt in SEPARATE_PREPOSITIONS:
            return homograph  # `وبين أنه تم`, `وعبر عن أمله`; not `وبين الطرفين`, `عبر الحدود`
        if nxt in ("فيه", "فيها") and i + 2 < len(self.norms) and self.norms[i + 2] in homograph.frames \
                and self.norms[i + 2] in SEPARATE_PREPOSITIONS:
            return homograph  # `أجرى حوارا ...، عبر فيه عن سعادته`
        j = i + 1
        while j < min(len(self.norms), i + 4) and self.is_word[j] and self.norms[j].startswith("ال"):
            j += 1
        if j > i + 1 and j < len(self.norms) and (self.norms[j] in COMPLEMENTIZERS or self.tokens[j].text == ":"):
            return homograph  # `وبيّن النشطاء أنّ`, `وبين السهلي:`: a definite subject, then the content
        m = parse_mention(self.lex, self.norms, self.is_word, i + 1, min(len(self.norms), i + 16), self.vocab)
        if m is not None and m.kind in ("person", "role", "organization", "anonymous", "media", "group") \
                and (m.kind != "person" or m.name_first != m.first or self._about_own_feeling(m.last)):
            if m.kind == "role":
                m = self._appositive_name(m, min(len(self.norms), i + 20))
            k = m.last + 1 if m.last < len(self.norms) and self.tokens[m.last].text in ("،", ",") else m.last
            if k < len(self.norms) and (self.norms[k] in COMPLEMENTIZERS or self.tokens[k].text == ":"
                                        or self.norms[k] in homograph.frames and self.norms[k] in SEPARATE_PREPOSITIONS):
                return homograph  # `عبر مدير عام أوروبا بالوزارة، محمد المزغني، عن استغراب تونس`
        return None

    def _about_own_feeling(self, k: int) -> bool:
        """`عبر صلاح عن سعادته`: عن and a noun with a possessive pronoun after a bare name (not `عبر
        الحدود عن طريق`)."""
        return k + 1 < len(self.norms) and self.norms[k] == "عن" and self.norms[k + 1].endswith(("ه", "ها", "هم")) \
            and len(self.norms[k + 1]) > 4

    def is_boilerplate(self, sent: Sentence) -> bool:
        """A short line that starts with page furniture (`تابعنا`, `تم النشر: تم التحديث:`), or a line of any length
        that starts with a teaser for another article (`اقرأ أيضا:`, `قد يهمك أيضا:`)."""
        line = " ".join(self.norms[sent.first_token : sent.last_token])
        if any(line.startswith(t) for t in self.lex.teasers):
            return True
        if sent.last_token - sent.first_token >= 12:
            return False
        return any(line.startswith(b) for b in self.lex.boilerplate)

    # ---- main loop -----------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        for k, sent in enumerate(self.sentences):
            if self.is_boilerplate(sent) or sent.start < self.state.unmarked_until:
                continue  # furniture, or the rest of a speaker's unmarked quotation
            if self._headline(sent, first=k == 0):
                continue
            self._sentence(sent)
        return sorted(self.out, key=lambda a: (a.cue_start, a.start))

    def _sentence(self, sent: Sentence) -> None:
        covered: list[tuple[int, int, bool]] = []  # content spans in this sentence: (start, end, quoted)
        self._quote_frame(sent)
        i = sent.first_token
        while i < sent.last_token:
            cue = self.cue_at(i)
            if cue is None or not self._plausible_cue(i, cue, sent, covered):
                i += 1
                continue
            att = self._attribution(i, cue, sent)
            self.nested_report = False  # (set by `_plausible_cue` for this cue only)
            self.nested_subject = None
            if att is not None and any(a.start == att.start and a.end == att.end and att.cue_start < a.end
                                       for a in self.out[-4:]):
                att = None  # `وذكرت الصحيفة، نقلا عن مصدر، أن ...`: the relay already took this content (but
                # `...، وهو ما نفته بريطانيا` answers it)
            if att is not None:
                self.out.append(att)
                covered.append((att.start, att.end, self.quote_at(att.start) is not None))
            i += 1
        self._according_to(sent, covered)

    def _plausible_cue(self, i: int, cue: CueForm, sent: Sentence, covered: list) -> bool:
        """A cue inside another attribution's content counts only when it opens a new clause
        (`، مشيرا إلى`) or sits in a quotation (nested speech); `انسحاب حفتر يؤكد أن` does not."""
        if i > sent.first_token and (self.norms[i - 1] in SEPARATE_PREPOSITIONS or self.norms[i - 1] in ("احد", "احدي")) \
                and cue.kind == "perfect":
            return False  # `من أبرز المؤيدين`, `أحد أبرز صحافييها`: after a preposition or أحد, an elative noun
        if _marked_passive(self.tokens[i].text, cue):
            return False  # `واتُهم`, `ويُتوقع`: the writer marked the passive; nobody is named as speaker
        if self._arrived(i):
            return False
        if self.norms[i] in ("تبين", "وتبين", "فتبين") and not self._named_after(i, sent):
            return False  # `وتبين أن`, `وتبين بعد ذلك أن`: "it turned out", unless she / a body is named after it
        if i > 0 and self.norms[i - 1] in NEGATIONS and cue.kind in ("perfect", "imperfect"):
            return False  # `ولم يتهم أحد المرأة`, `لن يعلن`: nobody said it
        offset = self.tokens[i].start
        inside = [c for c in covered if c[0] <= offset < c[1]]
        if not inside:
            return True
        quote = self.quote_at(offset)
        if quote is not None and quote.start > inside[-1][0] - 2:
            return cue.kind in ("perfect", "imperfect")
        if self._bare_hal(i, cue):
            return True  # `... المبادرة مطالبا المسؤولين`: the main speaker's next statement
        if self._object_relative(i, sent):
            return True  # `... التي وصفها بـ`: nested speech of the clause's subject
        if self._relative_speech(i, cue):
            return True  # `بالهجوم الذي قال إن حصيلته ارتفعت`, `بمباراة قال إنها ستشهد`
        if not self._opens_clause(i, sent):
            self.nested_report = self._named_nested_subject(i, cue, sent)  # read by `_with_speaker`, `_relay`
            return self.nested_report
        # the same test that ends the content there: `، مشيرا`, `، وأضاف`, `، كما أكد` yes;
        # `، تشترط بلاده انسحاب ...` (no link, no clitic) is still the reported content
        j = i - 1
        while j > sent.first_token and self.norms[j] in CLAUSE_LINKS:
            j -= 1
        if self._new_clause_follows(j + 1, sent.last_token):
            return True
        # `أن الزعيم الكوري الشمالي، كيم جونغ-أون، أعرب`: the comma closes the nested subject's apposition
        self.nested_report = self._named_nested_subject(i, cue, sent)
        return self.nested_report

    def _named_nested_subject(self, i: int, cue: CueForm, sent: Sentence) -> bool:
        """`وقال ماتيس إن ... أن موسكو أقرت بضلوع`, `لكن ديريك شكك في`: speech reported inside another's
        content, when a named speaker stands right before the verb (a person the article named, a body,
        an outlet, a place); `انسحاب حفتر يؤكد أن` has none."""
        if cue.kind not in ("perfect", "imperfect"):
            return False
        if i > sent.first_token and self.norms[i - 1] in RELATIVES and i + 2 < sent.last_token:
            # `الجريمة التي يقول مؤرخون إنها`: a relative clause's verb and the people who say it
            m = self._unlisted_subject(i + 1, cue, sent)
            if m is not None and m.last == i + 2 and self.norms[m.first].endswith("ون"):
                return True
            return self._subject_after_verb(i, sent)
        m = self._svo_subject(i, sent)
        # (the mention ends at the verb, or at the comma closing a role's named apposition: `أن الزعيم الكوري
        # الشمالي، كيم جونغ-أون، أعرب`)
        if m is not None and (m.last == i or m.last == i - 1 and self.tokens[i - 1].text in ("،", ",")) and (
                m.kind in ("organization", "media", "place", "group", "anonymous")
                or m.kind == "person" and self.known_name(m)):
            return True
        self.nested_subject = self._complement_subject(i, cue, sent)
        return self.nested_subject is not None

    def _complement_subject(self, i: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`أن المتهمين اعترفوا`, `إن كيم أعاد التأكيد`, `أن الوزير أكد`: in reported content, a bare أن / إن,
        a short noun phrase and the verb of saying: the phrase is the verb's subject. A plural verb's subject is
        people (a thing's plural takes a feminine singular verb), so a definite sound plural no lexicon lists
        will do; a singular verb needs a person, a role or a body the lexicons know."""
        if cue.kind not in ("perfect", "imperfect") or cue.dual:
            return None
        c = i - 1
        while c > sent.first_token and i - c <= 5 and self.is_word[c] and self.norms[c] not in COMPLEMENTIZERS \
                and self.tokens[c].text != ":":
            c -= 1
        if self.norms[c] not in BARE_COMPLEMENTIZERS and self.tokens[c].text != ":" or c + 1 >= i:
            return None  # (`أنه X قال`: the pronoun on أنه is the subject; `وأضاف: الرئيس السيسي قال إن`)
        m = parse_mention(self.lex, self.norms, self.is_word, c + 1, i, self.vocab)
        if m is not None and m.last == i:
            if m.kind in ("organization", "media", "place", "group", "anonymous") \
                    or m.kind == "role" and m.definite_role and self._role_has_holder(m) \
                    or m.kind == "person" and (self._titled_or_known(m) or self.known_name(m, elsewhere=True)):
                return m  # (not `أن ثمة تقارير تفيد`, `أن مقتل الجنود يمثل`: no name; not `إن فريق استطلاع تابع`)
            return None
        if cue.plural and i - c <= 3 and self.norms[c + 1].startswith("ال") \
                and self.norms[c + 1].endswith(("ين", "ون")) and self.lex.not_names.get(self.norms[c + 1]) != "verb" \
                and all(self.is_word[k] and self.norms[k] not in STOP_WORDS for k in range(c + 1, i)):
            return Mention(c + 1, i, None, None, "group")
        return None

    def _named_after(self, i: int, sent: Sentence) -> bool:
        """A speaker is named right after the verb at i: `وتبين الوزارة أن`."""
        m = parse_mention(self.lex, self.norms, self.is_word, i + 1, sent.last_token, self.vocab)
        return m is not None and (m.kind in SUBJECT_KINDS or m.kind == "role") \
            and (m.kind != "person" or self._titled_or_known(m))

    def _subject_after_verb(self, i: int, sent: Sentence) -> bool:
        """`والذي يقول نشطاء إنه`: a group or a body the lexicons know follows the verb, then the
        complementizer; the verb's subject, not the relative's antecedent."""
        m = parse_mention(self.lex, self.norms, self.is_word, i + 1, sent.last_token, self.vocab)
        return m is not None and m.kind in ("group", "anonymous", "organization", "media") \
            and m.last < sent.last_token and self.norms[m.last] in COMPLEMENTIZERS

    def _subject_before_object(self, k: int, sent: Sentence, plural: bool = False) -> Mention | None:
        """`أسقطت إسرائيل ما قالت`: the mention that ends right before the object at k (after a plural
        verb, a group: `السياسيون العلمانيون في تركيا ما يصفونه`, not `تركيا`)."""
        for j in range(k - 1, max(sent.first_token, k - 6) - 1, -1):
            m = parse_mention(self.lex, self.norms, self.is_word, j, k, self.vocab)
            if m is not None and m.last == k and m.kind != "role" and (m.kind != "person" or self.known_name(m)) \
                    and not (plural and m.kind in ("place", "person")):
                return m
            if not self.is_word[j]:
                break
        return None

    def _antecedent_speaks(self, i: int, sent: Sentence) -> bool:
        """The relative before cue i refers to a named person the verb agrees with."""
        end = i - 2 if i - 2 > sent.first_token and self.tokens[i - 2].text in ("،", ",") else i - 1
        m = self._antecedent(end, sent)  # `وروز ماكغوان، التي اتهمته`
        if m is None or m.kind != "person" or not m.has_name:
            return False
        cue = self.lex.cues[self.norms[i]]
        return cue.feminine == (self.norms[i - 1] in ("التي", "والتي"))

    def _object_relative(self, i: int, sent: Sentence) -> bool:
        """The cue's object is a relative before it: `ما قالت إنها`, `عما وصفه بـ`, `التي وصفها بـ`,
        `تصريحاته التي أكد فيها أن`."""
        if i == 0 or self.lex.cues.get(self.norms[i]) is None:
            return False
        prev, n = self.norms[i - 1], self.norms[i]
        k = i + 2 if i + 1 < len(self.norms) and self.norms[i + 1] in ("فيه", "فيها") else i + 1
        if k >= len(self.norms) or not (self.norms[k] in COMPLEMENTIZERS or self.norms[k].startswith("ب")
                                        or self.tokens[k].text == ":" or self.tokens[k].text in QUOTE_CHARS):
            return False  # `ما اعتبر إشارة` (passive), `وهو ما أكدته تصريحات الوزير`: no object relative
        if prev in OBJECT_MA:
            return i < 2 or not self._according_match(i - 2)  # not `بحسب ما أوردت`
        if prev not in RELATIVES or not (k == i + 2 or n.endswith(("ه", "ها", "هم"))
                                         and self.lex.cues[n].kind == "perfect" and not self.lex.cues[n].plural):
            return False
        # `روز ماكغوان، التي اتهمته بـ`: a named woman and a feminine verb; the antecedent speaks
        return not self._antecedent_speaks(i, sent)

    def _relative_speech(self, i: int, cue: CueForm) -> bool:
        """A relative clause whose verb reports speech with a complementizer: after الذي / التي, or after an
        indefinite noun with a pronoun in the complementizer that points back to it (`بمباراة قال إنها`)."""
        if cue.kind != "perfect" or cue.plural or cue.dual or i + 1 >= len(self.norms) or i == 0:
            return False  # (not `يعتقد أنها`, `والذي يفيد بأن`: a passive, a news item's gloss)
        nxt, prev = self.norms[i + 1], self.norms[i - 1]
        if nxt not in COMPLEMENTIZERS or not self.is_word[i - 1]:
            return False
        if prev in RELATIVES:
            return True
        return nxt.endswith(("ه", "ها", "هم")) and not prev.startswith("ال") and prev not in STOP_WORDS \
            and prev not in CLAUSE_LINKS and self.lex.cues.get(prev) is None and len(prev) > 3

    def _bare_hal(self, i: int, cue: CueForm) -> bool:
        """`... هذه المبادرة مطالبا في هذا الصدد`: a masculine accusative participle needs no comma to
        open its clause (the feminine `مؤكدة` is as often an adjective: `معلومات مؤكدة`, unless a colon or a
        quotation follows it: `دور شخصية "شريرة" قائلة: "...`)."""
        if cue.kind != "participle":
            return False
        if self._participle_with_complement(i):
            return True
        if cue.plural or cue.dual:
            return False
        if cue.feminine:  # (a quotation of a few words may be a name: `رابطة «آسيان»`)
            quote = self.quote_opening_at(i + 1) if i + 1 < len(self.tokens) else None
            return i + 1 < len(self.tokens) and (self.tokens[i + 1].text == ":" or quote is not None
                                                 and len(self.text[quote.start : quote.end].split()) >= 3)
        return self.norms[i].endswith("ا")

    def _participle_with_complement(self, i: int) -> bool:
        """`الخطوة معتبرين أن`, `عن طاطور معتبرة في أن`, `الأسد مشيرة إلى أن`: a participle of saying with its
        own أن opens its clause in any gender or number, comma or none."""
        k = i + 1
        if k < len(self.tokens) and self.norms[k] not in COMPLEMENTIZERS:
            k += 1  # (its preposition: `مشيرة إلى أن`)
        if k >= len(self.tokens) or self.norms[k] not in COMPLEMENTIZERS:
            return False
        cue = self.cue_at(i)
        return cue is not None and cue.kind == "participle" \
            and (k == i + 1 or self.norms[i + 1] in cue.frames & SEPARATE_PREPOSITIONS | {"في"})

    def _opens_clause(self, i: int, sent: Sentence) -> bool:
        if i > sent.first_token and self._coordinated_cue(i):
            return True  # `... بعد وأضاف`, `... لكنه أشار`, `... وليبيا مبينا أن`
        j = i - 1
        while j >= sent.first_token and self.norms[j] in CLAUSE_LINKS:
            j -= 1
        return j < sent.first_token or self.tokens[j].text in ("،", ",", ":", "؛", ";", "-", "–")

    # ---- one cue -------------------------------------------------------------------------
    def _attribution(self, i: int, cue: CueForm, sent: Sentence) -> Attribution | None:
        if i + 1 < sent.last_token and self.norms[i + 1] == "ذلك" and cue.kind in ("perfect", "imperfect") \
                and not self._ends_with(i + 1, sent.last_token):
            return None  # `أكد ذلك الوكيل المساعد ...`: confirms what was said before; no content here (but
            # `لكن المسلحين ينفون ذلك،`: they deny it, and "it" is the content)
        if any(self.norms[k] in self.lex.non_speech for k in range(i + 1, min(sent.last_token, i + 4))):
            return None  # `وأشار الشرطي بيده إلى السيارة`: a gesture, not speech
        if self._passive_b(i, cue, sent):
            return None  # `واتُّهم بالفساد`, `الأجهزة الأمنية أُبلغت بالعملية`: accused, informed; nobody speaks
        if "relay" in cue.frames:
            return self._relay(i, cue, sent)
        if "doc" in cue.frames:
            return self._document_says(i, cue, sent)
        if cue.kind == "noun":
            return self._nominal(i, cue, sent)
        if cue.kind == "participle":
            if not self._opens_clause(i, sent) and not self._bare_hal(i, cue) or is_title(self.lex, self.norms, i) >= 2:
                return None  # (`وقال داعية إسلامي`: a title of two words, spelled like the participle)
            return self._with_speaker(i, cue, sent, self._participle_speaker(i, sent), i + 1, "participle")
        denied = self._what_another_said(i, cue, sent)
        if denied is not None:
            return denied
        if self._object_relative(i, sent):
            # `أسقطت إسرائيل ما قالت إنها طائرة إيرانية`, `دول الخليج التي وصفها بـ"..."`: the
            # relative is the object; the clause's subject, named before, speaks
            after = i + 2 if i + 1 < sent.last_token and self.norms[i + 1] in ("فيه", "فيها") else i + 1
            subject = self._subject_before_object(i - 1, sent, cue.plural) if self.norms[i - 1] in OBJECT_MA else None
            speaker = self._speaker_from(subject, cue) if subject is not None else self._participle_speaker(i, sent)
            return self._with_speaker(i, cue, sent, speaker, after, "relative")
        if not (cue.plural or cue.dual) and self._document_subject_before(i, sent):
            # `وقالت تركيا في بيان ... البيان التركي قال إن`: who issued it, named before (a country too)
            issuer = self._institution_that_spoke(("organization", "media", "place"))
            if issuer is not None:
                return self._with_speaker(i, cue, sent, issuer, i + 1, "pro_drop")
        kan_first = self.norms[sent.first_token] in PLUPERFECT_KAN and i > sent.first_token + 2
        # `وكانت السويد، العضو غير الدائم في مجلس الأمن، طالبت`: the comma closes an apposition
        svo = None if self._opens_clause(i, sent) and not kan_first and not self.nested_report \
            else self._svo_subject(i, sent)  # (a nested subject's apposition ends in a comma too)
        mention, after = (None, i + 1) if svo is not None else self._vso_subject(i, cue, sent)
        if mention is None and svo is None and not (self.norms[i][0] in "وف" and self.norms[i][1:] in self.lex.cues
                                                    and i > sent.first_token
                                                    and self.tokens[i - 1].text in ("،", ",")):
            # (not after `، وأشار`: a verb joined by و after a comma starts its own clause; the
            # list before it, `... وحي أمان، وزير الأشغال،`, holds no subject of it)
            svo = self._svo_subject(i, sent)
        svo = svo or self.nested_subject
        if svo is not None:
            speaker = self._speaker_from(svo, cue)
            return self._with_speaker(i, cue, sent, speaker, i + 1, "svo", svo)
        before = self.lex.cues.get(self.norms[i - 1]) if i > sent.first_token else None
        call = self._call_before(i, sent) if mention is None and i + 1 < sent.last_token and self.norms[i + 1] == "خلاله" \
            else None
        on_speech = mention is None and i + 1 < sent.last_token and self.norms[i + 1] in ("فيه", "فيها") or call is not None
        event = (call or self._speech_event_speaker(i, sent)) if on_speech and not (cue.dual or cue.plural) else None
        if event is not None or on_speech and (before is not None and before.kind == "noun" or self._speech_noun_where(i, sent)
                                              or self.tokens[i - 1].text in ("،", ",") and not (cue.dual or cue.plural)):
            # `وأصدر تويتر بيانا أكد فيه إبرام ...`, `أجرى صلاح حوارا ...، عبر فيه عن`, `خطاب لخامنئي في 18
            # يوليو قال فيه`: who gave the speech speaks
            speaker = self._speaker_from(event, cue) if event is not None else self._participle_speaker(i, sent)
            return self._with_speaker(i, cue, sent, speaker, i + 2, "nominal")
        if mention is None and not (cue.plural or cue.dual):
            issuer = self._document_issuer(self._skip_adverbials(i + 1, sent), sent)
            if issuer is not None:
                return self._with_speaker(i, cue, sent, self._speaker_from(issuer, cue), issuer.last, "explicit",
                                          issuer)
        if mention is None and self._relative_speech(i, cue):
            # `بالهجوم الذي قال إن حصيلته ارتفعت` inside X's words: X speaks again
            offset = self.tokens[i].start
            outer = next((a for a in reversed(self.out) if a.start <= offset < a.end and a.speaker), None)
            speaker = Speaker(outer.speaker, outer.speaker_type, "") if outer is not None \
                else self._participle_speaker(i, sent)
            return self._with_speaker(i, cue, sent, speaker, i + 1, "relative")
        if mention is None:
            if not self._opens_clause(i, sent) and i > sent.first_token and not self._subject_is_pronoun(i, sent):
                fronted = self._fronted_relative_subject(i, cue, sent)
                if fronted is not None:
                    return self._with_speaker(i, cue, sent, self._speaker_from(fronted, cue), i + 1, "svo", fronted)
                if self._indefinite_relative(i, cue, sent):
                    # `شن سلاح الجو العراقي غارات ضد هدف قال إنه لقيادات التنظيم`: a relative clause on an
                    # indefinite object, with no relative pronoun; the main clause's subject speaks
                    return self._with_speaker(i, cue, sent, self._participle_speaker(i, sent), i + 1, "relative")
                group = self._adjectival_subject(i, cue, sent)
                if group is not None:  # `محافظين متشددين يدينون`: the people the clause describes speak
                    return self._with_speaker(i, cue, sent, self._speaker_from(group, cue), i + 1, "svo", group)
                return None  # an unrecognised subject stands before the verb: `الأرقام تشير إلى`
            j = self._skip_adverbials(i + 1, sent)
            doc_width = self.lex.document_heads.match(self.norms, j) \
                if j < sent.last_token and self.norms[j].startswith("ال") else 0
            # the content starts after a document subject: `وأدان البيان كذلك تهديدات`
            after = self._past_nisbas(j + doc_width, sent.last_token) if doc_width else i + 1
            if doc_width and self.lex.nonhuman_subjects.match(self.norms, j):
                # `وذكر التقرير أن` after `قال تقرير أصدره معهد واشنطن`: the document's issuer, named before
                # (`وأضاف البيان` already falls to the last speaker, who issued it)
                issuer = self._institution_that_spoke()
                if issuer is not None:
                    return self._with_speaker(i, cue, sent, issuer, after, "pro_drop")
            if self._unknown_subject_follows(i, cue, sent):
                return None  # `وتشير التقديرات إلى`, `وتكشف صور الأقمار الصناعية`
            plural = self._plural_subject(i, sent)
            if plural is not None:
                return self._with_speaker(i, cue, sent, self._speaker_from(plural, cue), plural.last, "explicit", plural)
            subject = self._coordinated_subject(i, cue, sent) or self._subject_of_verb_before(i, cue, sent) \
                or self._time_clause_subject(i, cue, sent)
            time_clause = self._time_clause_start(i, sent)
            if subject is None and time_clause is not None and not (cue.plural or cue.dual):
                subject = self._nearest_person_before(time_clause, sent)  # the main clause's subject
            # a person the article names elsewhere, named again here, is the thread a later pro-drop verb takes up
            # (`سعت سو تشي إلى ...، وتعهدت ... . وقالت`)
            thread = subject is not None and subject.kind == "person" and self.known_name(subject, elsewhere=True)
            issued = self._issuer_of_last_document(sent) or self._document_issued_before(sent) \
                if doc_width and subject is None and not (cue.plural or cue.dual) else None
            if issued is not None and issued.kind in ("organization", "place"):  # (not `بيان نشرته وكالة أعماق`)
                # `وبحسب بيان صادر عن مكتب رئاسة الوزراء ... . واعتبر البيان`: who issued the document named
                # before, not the latest speaker
                speaker = self._speaker_from(issued, None)
            else:
                speaker = self._speaker_from(subject, cue) if subject is not None else self._pro_drop(cue, i, sent)
            if speaker is None and doc_width:
                # `وقال البيان إن` after officials spoke (no singular speaker to go on): the body that spoke before
                issuer = self._issuer_of_last_document(sent)
                speaker = self._speaker_from(issuer, None) if issuer is not None \
                    else self._institution_that_spoke(("organization", "media", "group"))
            att = self._with_speaker(i, cue, sent, speaker, after, "pro_drop")
            if att is not None and thread:
                self._take_up(speaker)
            return att
        speaker = self._speaker_from(mention, cue)
        anaphor = self._quote_anaphor(i, sent)
        if anaphor is not None:
            before = self._quote_before(anaphor)
            if before is not None:
                # `"أستفزيت نفسي لتجسيد شخصية غنيمة". هكذا وصفت الفنانة ...`: the quote before is the content
                return self._quotation_before(i, cue, speaker, mention, before, sent)
        att = self._with_speaker(i, cue, sent, speaker, after, "explicit", mention)
        if att is None and "quote" in cue.frames and cue.kind in ("perfect", "imperfect") and i > 0 \
                and self.tokens[i - 1].text in ("،", ","):
            # `"الوضع صعب جدا"، قال الوزير.`: the cue follows its quotation and a comma
            before = self._quote_before(i)
            if before is not None and not any(a.start <= before.start and before.end <= a.end for a in self.out):
                return self._quotation_before(i, cue, speaker, mention, before, sent)
        return att

    def _fronted_relative_subject(self, i: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`علي العلاق الذي يعد من أبرز المؤيدين ... لرئيس الوزراء حيدر العبادي قال إن`: the sentence opens with a
        named subject and its relative clause, and the verb follows the clause with no comma: the subject
        speaks (the verb agrees with the relative pronoun)."""
        if cue.kind != "perfect" or cue.plural or cue.dual:
            return None
        j = sent.first_token
        while j < i and self.norms[j] in LEADING_PARTICLES:
            j += 1
        for r in range(j + 1, min(i - 2, j + 12)):
            if self.norms[r] not in ("الذي", "التي"):
                continue
            if cue.feminine != (self.norms[r] == "التي"):
                return None
            if any(not self.is_word[k] or self.norms[k] in RELATIVES or self.norms[k + 1] in COMPLEMENTIZERS
                   and self.cue_at(k) is not None for k in range(r + 1, i)):
                return None  # (a comma closes the clause; a verb of saying with its أن is the clause's own)
            m = self._antecedent(r, sent)
            if m is None or m.first != j:
                # the nearest mention may be a body inside the subject's own title chain (`القيادي البارز في حزب
                # الدعوة وعضو البرلمان العراقي علي العلاق الذي`): the phrase from the sentence's start
                m = parse_mention(self.lex, self.norms, self.is_word, j, r, self.vocab)
                if m is None or m.last != r:
                    return None
            if not self._named(m):
                return None
            return m
        return None

    def _indefinite_relative(self, i: int, cue: CueForm, sent: Sentence) -> bool:
        """`ضد هدف قال إنه`, `أسلحة قالت إنها`: a perfect cue right after an indefinite common noun, with a
        pronoun on its أن referring back to that noun."""
        if cue.kind != "perfect" or cue.plural or cue.dual or i + 1 >= sent.last_token:
            return False
        if self.norms[i + 1] not in ("انه", "انها", "انهم"):  # (not `اتفاق وصف بأنه تاريخي`: a passive)
            return False
        before = self.norms[i - 1]
        return self.is_word[i - 1] and not before.startswith(("ال", "وال")) and self.lex.not_names.get(before) == "noun"

    def _ends_with(self, j: int, limit: int) -> bool:
        """The clause ends with the word at j: nothing, punctuation or an adverbial follows it before `limit`
        (`ينفون ذلك،`, `نفت الحكومة ذلك تماما`; not `أكد ذلك الوكيل`)."""
        return j + 1 >= limit or not self.is_word[j + 1] or bool(self.lex.adverbials.match(self.norms, j + 1))

    def _answered_by(self, i: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`...، وهو ما نفته بريطانيا.`: a verb of saying at i after `وهو ما`, its subject after it and nothing
        more in its clause; the subject, else None (`وهو ما تعتبره الجبهة تقييدا`: its own content follows;
        `وهو ما أبرز هشاشة`: no subject)."""
        if i < sent.first_token + 2 or i >= sent.last_token or self.norms[i - 1] != "ما" \
                or self.norms[i - 2] not in ("وهو", "وهي") or cue.kind not in ("perfect", "imperfect"):
            return None
        mention, _after = self._vso_subject(i, cue, sent)
        if mention is None or mention.kind not in SUBJECT_KINDS \
                or mention.kind == "person" and not (mention.has_name or self.known_name(mention)):
            return None
        end = self._skip_adverbials(mention.last, sent)
        # (or a verb joined to it: `وهو ما نفته دمشق ووصفته بالمسرحية`)
        return mention if end >= sent.last_token or not self.is_word[end] \
            or self.norms[end][:1] in ("و", "ف") and self.cue_at(end) is not None else None

    def _what_another_said(self, i: int, cue: CueForm, sent: Sentence) -> Attribution | None:
        """`اتهمت موسكو لندن بفبركة الهجوم، وهو ما نفته بريطانيا`: the verb's subject follows it, and what it
        denies (or says of it) is the content of the latest attribution that ends just before, in the same
        sentence (`التي قالت إن ترمب تورط في علاقة معها، وهو ما نفاه البيت الأبيض`), passing over one whose
        verb has ما for its object (`اتهمت ... من أجل ما وصفته بـ"فبركة" هجوم ...، وهو ما نفته بريطانيا`:
        that is part of the accusation)."""
        mention = self._answered_by(i, cue, sent)
        if mention is None:
            return None
        comma = self.tokens[i - 2].start
        before = [a for a in self.out if sent.start <= a.cue_start and comma - 3 <= a.end <= comma]
        before = [a for a in before if self.norms[max(bisect_left(self.token_starts, a.cue_start) - 1, 0)] not in OBJECT_MA] \
            or before
        if not before:
            return None
        before = max(before, key=lambda a: a.cue_start)
        speaker = self._speaker_from(mention, cue)
        self._take_up(speaker)  # (`وهو ما نفته دمشق ووصفته بالمسرحية`: Damascus goes on)
        tok = self.tokens[i]
        return self._make(tok.start, tok.end, cue.lemma, speaker, mention, before.start, before.end, "phrase", sent,
                          None, _confidence("phrase", "explicit", cue, speaker, None), "explicit")

    def _adjectival_subject(self, i: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`من جانب محافظين متشددين يدينون`, `التقى خبراء يقولون إن`: a plural imperfect cue right after an
        indefinite group describes it (a clause with no relative pronoun); the group is its subject. (Not
        `منتقدين يقولون`: منتقدين reads as the participle of انتقد, a cue, and parses as no mention.)"""
        # (a plural of things takes a feminine singular verb: `بعد تقارير غربية أشارت إلى`)
        things = cue.feminine and not (cue.plural or cue.dual) and cue.kind in ("perfect", "imperfect")
        if not (cue.plural and cue.kind == "imperfect" or things):
            return None
        for k in range(i - 1, max(sent.first_token, i - 4) - 1, -1):
            if not self.is_word[k]:
                return None
            m = parse_mention(self.lex, self.norms, self.is_word, k, i, self.vocab)
            if m is not None and m.last == i and m.kind in (("anonymous",) if things else ("group", "anonymous")) \
                    and not self.norms[k].startswith("ال") and self.norms[k][:1] not in ("ل", "ب") \
                    and not (things and self.norms[k].endswith(("ون", "ين"))):
                return m
        return None

    def _passive_b(self, i: int, cue: CueForm, sent: Sentence) -> bool:
        """A verb whose ب phrase follows its object (obj_b in cues.tsv) with a ب word right after it and no
        object pronoun on it is passive: `واتهم بالفساد`, not `اتهمه بالفساد` (nor `بأن`: a clause)."""
        if "obj_b" not in cue.frames or cue.kind not in ("perfect", "imperfect") or i + 1 >= sent.last_token:
            return False
        nxt = self.norms[i + 1]
        if any(stem in self.lex.cues or stem + "ا" in self.lex.cues for _, stem, _ in pronoun_stems(self.norms[i])):
            return False  # `اتهمه`, `وصفوه` (وصفوا with its object)
        # a ب preposition on a definite or common noun or a verbal noun (not `بريطانيا`, `بوب`: a name)
        return self.is_word[i + 1] and nxt.startswith("ب") and not self._known_word(nxt) and (
            nxt.startswith("بال") and len(nxt) > 4
            or len(nxt) > 3 and (self.lex.not_names.get(nxt[1:]) == "noun" or masdar_shape(nxt[1:])))  # (`باول`)

    def _quotation_before(self, i: int, cue: CueForm, speaker: Speaker, mention: Mention, before: Quote,
                          sent: Sentence) -> Attribution:
        """The cue at i with the quotation that stands before it as its content."""
        if not self.nested_report:
            self.state.last = speaker
        return self._make(self.tokens[i].start, self.tokens[i].end, cue.lemma, speaker, mention,
                          before.start, before.end, "quote", sent, None,
                          _confidence("quote", "explicit", cue, speaker, before), "explicit")

    def _speech_event_speaker(self, i: int, sent: Sentence) -> Mention | None:
        """`ثم ألقى الوزير عادل الجبير كلمة أكد فيها`, `تلا ذلك كلمة رئيس الجمعية عبدالعزيز السيف، أوضح
        فيها`: who gave the speech a cue + فيها refers to: the speech noun's genitive, else the subject
        between the verb before it and the noun; for an interview with someone (`مقابلة مع X`), X."""
        noun = next((k for k in range(i - 1, max(sent.first_token, i - 25) - 1, -1)
                     if (c := self.lex.cues.get(self.norms[k])) is not None and c.kind == "noun"
                     or self.norms[k] in INTERVIEWS and k + 1 < i and (self.norms[k + 1] == "مع" or self._l_title(k + 1))),
                    None)  # (`مقابلة للرئيس السوري بشار الأسد ... قال فيها`: the president's interview)
        if noun is None:
            return None
        if noun + 2 < i and self.norms[noun + 1] == "مع":
            # `أجرى مراسل التلفزيون مقابلة مع ابي مالك الشامي ...، قال فيها`: the one interviewed speaks
            m = parse_mention(self.lex, self.norms, self.is_word, noun + 2, i, self.vocab)
            if m is not None and m.kind == "person" and m.has_name:
                return m
        m = parse_mention(self.lex, self.norms, self.is_word, noun + 1, i, self.vocab)
        if m is None and noun + 1 < i and self.norms[noun + 1].startswith("ل"):
            m = self._mention_after_l(noun + 1, sent, ("title",))  # `خطاب للزعيم الأعلى علي خامنئي`
        if m is not None and m.kind == "role":
            m = self._appositive_name(m, i)  # `تصريحات المتحدث باسمها، محمد عبدالسلام، التي نفى فيها`
        if m is not None and m.kind == "person" and m.has_name and (
                m.name_first > m.first or self._quoted_person(m.name_first, m.name_last or m.last)):
            # `كلمة رئيس مجلس إدارة الجمعية عبدالعزيز السيف،`: a titled name in the genitive, or a person
            # quoted before (`تصريحات خامنئي التي أعلن فيها`)
            return m
        for k in range(max(sent.first_token + 1, noun - 8), noun):
            m = parse_mention(self.lex, self.norms, self.is_word, k, noun, self.vocab)
            if m is not None and m.last == noun and (m.kind == "person" and m.has_name and self.known_name(m)
                                                     or m.kind in ("organization", "group", "anonymous")):
                return m  # the longest mention that ends at the noun: `ألقى الوزير عادل الجبير كلمة`
        return None

    def _speech_noun_where(self, i: int, sent: Sentence) -> bool:
        """`نشر رامي عباس تغريدة على موقع تويتر أكد فيها`: a speech noun, then where it was given, right before the
        cue + فيها."""
        for k in range(i - 2, max(sent.first_token, i - 7) - 1, -1):
            if not self.is_word[k]:
                return False
            c = self.lex.cues.get(self.norms[k])
            if c is not None and c.kind == "noun":
                return self.norms[k + 1] in ("علي", "عبر", "في")
        return False

    def _call_before(self, i: int, sent: Sentence) -> Mention | None:
        """`تلقى ... اتصالا هاتفيا من العاهل المغربي الملك محمد السادس، أعرب خلاله عن`: the caller, named after
        the call's من, speaks during it."""
        for k in range(i - 1, max(sent.first_token, i - 20) - 1, -1):
            if _without_accusative(self.norms[k]) in CALLS:
                j = k + 1
                while j < i and self.norms[j] != "من" and j - k <= 2:
                    j += 1  # (`اتصالا هاتفيا من`)
                if j >= i or self.norms[j] != "من":
                    return None
                m = parse_mention(self.lex, self.norms, self.is_word, j + 1, i, self.vocab)
                return m if _body_or_named(m, ("organization", "place")) else None
        return None

    def _quoted_person(self, first: int, end: int) -> bool:
        """The words first..end are the end of the full name of a person quoted before (`خامنئي`)."""
        name = self.norms[first:end]
        return any(len(full) > len(name) and full[-len(name):] == name
                   for full in ([normalise_token(w) for w in p.canonical.split()] for p in self.state.persons))

    def _quote_anaphor(self, i: int, sent: Sentence) -> int | None:
        """Where `هكذا`, `بهذا` or `بهذه الكلمات` stands right before the cue at i, pointing back at a quotation."""
        if i > sent.first_token and self.norms[i - 1] in ("هكذا", "بهذا", "بهذه"):
            return i - 1
        if i - 1 > sent.first_token and self.norms[i - 2] in ("بهذا", "بهذه", "بهاتين", "بتلك") \
                and self.norms[i - 1] in QUOTED_WORDS:
            return i - 2  # `"نتيجة مؤسفة".. بهاتين الكلمتين وصف رئيس الهيئة ...`
        return None

    def _quote_before(self, k: int) -> Quote | None:
        """The closed quotation that ends right before token k (only punctuation between)."""
        offset = self.tokens[k].start
        q = max((q for q in self.quotes if q.closed and q.end < offset), key=lambda q: q.end, default=None)
        if q is None or self.text[q.end + 1 : offset].strip(" .،,:\n") != "":
            return None
        return q

    def _document_issuer(self, j: int, sent: Sentence) -> Mention | None:
        """`قال تقرير أصدره معهد واشنطن إن`, `وقال بيان صادر عن منظمة ...`, `وأوضحت البيانات الصادرة عن
        البنك المركزي أن`: the document's issuer (data and figures only with an explicit issuing verb)."""
        if j >= sent.last_token:
            return None
        document = bool(self.lex.document_heads.match(self.norms, j))
        if not document and not self.lex.nonhuman_subjects.match(self.norms, j):
            return None
        k = j + 1
        while k < min(sent.last_token, j + 5) and (self.is_word[k] and _is_adjective(self.norms[k])
                                                   or self.norms[k].isdigit() or self.norms[k] in ("ال", "الـ")):
            k += 1  # `تقرير سنوي`, `بيان مشترك`, `التقرير الـ 51`
        if k + 1 < sent.last_token and self.norms[k] in RELATIVES and self.norms[k + 1] in ISSUED_AFTER_RELATIVE:
            # `التقرير الذي صدر عن مؤسسة النقد`, `البيان الذي أصدرته الوزارة` (the adjective loop may
            # already have stepped over الذي, which looks like a nisba: hence the test on k - 1 below)
            k += 1
        if k >= sent.last_token:
            return None
        n = self.norms[k]
        if n in ISSUED_BY or n in ISSUED and (self.norms[k - 1] in RELATIVES or document and not self.norms[j].startswith(
                "ال") and k + 1 < sent.last_token and self.norms[k + 1] in ("عن", "من")) \
                or n == "من" and document and not self.norms[j].startswith("ال"):
            # (`وأفاد بيان من خدمة الإطفاء الوطنية أن`: an indefinite document and its author; `وأضاف تقرير صدر من
            # شركة`: an indefinite document's relative verb needs no الذي)
            k += 2 if k + 1 < sent.last_token and self.norms[k + 1] in ("عن", "من") and n != "من" else 1
            m = parse_mention(self.lex, self.norms, self.is_word, k, sent.last_token, self.vocab) \
                or self._unlisted_issuer(k, sent)
        elif document and n.startswith("ل") and len(n) > 3:
            m = self._mention_after_l(k, sent, ("organization", "media", "title", "place"))
        else:
            return None
        if m is None or m.kind in ("role", "demonstrative") or m.kind == "person" and not m.has_name:
            return None
        return m

    def _unlisted_issuer(self, k: int, sent: Sentence) -> Mention | None:
        """`بيان من خدمة الإطفاء الوطنية أن`: up to five words no lexicon knows between the issuing mark and
        the أن that opens the content are a body's name."""
        end = k
        while end < min(sent.last_token, k + 5) and self.is_word[end] and self.norms[end] not in STOP_WORDS \
                and self.norms[end] not in COMPLEMENTIZERS and self.norms[end] not in self.lex.cues \
                and not self.lex.adverbials.match(self.norms, end) and not self.norms[end].startswith("ب"):
            end += 1
        if end == k or end >= sent.last_token or self.norms[end] not in COMPLEMENTIZERS:
            return None
        return Mention(k, end, None, None, "organization")

    def _document_says(self, i: int, cue: CueForm, sent: Sentence) -> Attribution | None:
        """`وجاء في بيان لوزارة الخارجية أن`, `وجاء في تقرير الرابطة أن`, `وجاء في البيان:`, and
        `أصدرت الوزارة بيانا جاء فيه`: the document's issuer speaks (named with it, else the last
        institution that spoke; after فيه the clause's subject, who issued it)."""
        j = i + 1
        if j < sent.last_token and self.norms[j] in ("فيه", "فيها"):
            issuer = self._issued_by_before(i, sent)  # `بياناً صادراً عن الفرقة 30 جاء فيه`
            speaker = self._speaker_from(issuer, None) if issuer is not None else self._participle_speaker(i, sent)
            return self._with_speaker(i, cue, sent, speaker, j + 1, "nominal")
        if j + 1 < sent.last_token and self.norms[j] == "في" and self.lex.media_heads.match(self.norms, j + 1):
            # `وجاء في صحيفة "الشروق الجزائرية" أن`: what an outlet printed, the outlet says
            outlet = parse_mention(self.lex, self.norms, self.is_word, j + 1, sent.last_token, self.vocab)
            if outlet is not None and outlet.kind == "media" and outlet.last < sent.last_token \
                    and self.norms[outlet.last] in COMPLEMENTIZERS:
                return self._with_speaker(i, cue, sent, self._speaker_from(outlet, cue), outlet.last, "explicit", outlet)
        if j + 1 >= sent.last_token or self.norms[j] != "في" or not self.lex.document_heads.match(self.norms, j + 1):
            return None
        issuer = self._document_issuer(j + 1, sent) or self._issuer_genitive(j + 1, sent)
        if issuer is not None:
            return self._with_speaker(i, cue, sent, self._speaker_from(issuer, cue), issuer.last, "explicit", issuer)
        if not self.norms[j + 1].startswith("ال"):
            return None  # `وجاء في بيان أن`: nobody is named
        issuer = self._institution_that_spoke()
        if issuer is None:
            return None
        after = j + 1 + self.lex.document_heads.match(self.norms, j + 1)
        return self._with_speaker(i, cue, sent, issuer, after, "pro_drop")

    def _document_subject_before(self, i: int, sent: Sentence) -> bool:
        """`البيان التركي قال إن`, `...، لكن البيان دعا إلى`: the clause (the sentence, or its part after a
        comma) opens with a definite document noun and its nisba adjectives, right before the cue."""
        j = max((k + 1 for k in range(sent.first_token, i) if self.tokens[k].text in ("،", ",")), default=sent.first_token)
        while j < i and self.norms[j] in LEADING_PARTICLES:
            j += 1
        width = self.lex.document_heads.match(self.norms, j) if self.norms[j].startswith("ال") else 0
        return width > 0 and self._past_nisbas(j + width, i) == i

    def _institution_that_spoke(self, kinds: tuple[str, ...] = ("organization", "media")) -> Speaker | None:
        """The latest organisation or outlet among the last four speakers: who issued the `البيان` /
        `التقرير` a sentence now names without its issuer."""
        sp = next((sp for sp in reversed(self.state.speakers[-4:]) if sp.kind in kinds), None)
        return Speaker(sp.canonical, sp.kind, "") if sp is not None else None

    def _issuer_of_last_document(self, sent: Sentence) -> Mention | None:
        """`وأصدر البيت الأبيض بيانا ... . وأشار البيان`: the subject of the issuing verb before the latest
        indefinite document noun in the last 40 tokens before the sentence, else None."""
        for d in range(sent.first_token - 1, max(0, sent.first_token - 40), -1):
            if not self.is_word[d] or self.norms[d].startswith("ال") \
                    or not self.lex.document_heads.match([_without_accusative(self.norms[d])], 0):
                continue
            verb = next((v for v in range(d - 1, max(-1, d - 8), -1) if self.norms[v] in ISSUING), None)
            if verb is None:
                return None
            m = parse_mention(self.lex, self.norms, self.is_word, verb + 1, d, self.vocab)
            return m if _body_or_named(m, ("organization", "media", "group", "place")) and m.last == d else None
        return None

    def _document_issued_before(self, sent: Sentence) -> Mention | None:
        """`بيان صادر عن مكتب رئاسة الوزراء`, `البيان الذي أصدرته الوزارة`: the body that issued the latest
        document named in the 60 tokens before the sentence, else None (the caller takes only a body or a place)."""
        for d in range(sent.first_token - 2, max(0, sent.first_token - 60), -1):
            if not self.is_word[d] or not self.lex.document_heads.match([_bare(_without_accusative(self.norms[d]))], 0):
                continue
            k = d + 1 + (self.norms[d + 1] in RELATIVES)
            if self.norms[k] not in ISSUED_BY:
                return None
            k += 1 + (self.norms[k + 1] in ("عن", "من"))
            return parse_mention(self.lex, self.norms, self.is_word, k, sent.first_token, self.vocab)
        return None

    def _issued_by_before(self, i: int, sent: Sentence) -> Mention | None:
        """`بياناً صادراً عن الفرقة 30 جاء فيه`: the issuer after عن, right after a document word."""
        for k in range(i - 1, max(sent.first_token, i - 10), -1):
            if self.norms[k] == "عن":
                docs = [n[:-1] if n.endswith("ا") else n for n in self.norms[max(sent.first_token, k - 3) : k]]
                if not any(self.lex.document_heads.match([n], 0) for n in docs):
                    return None
                m = parse_mention(self.lex, self.norms, self.is_word, k + 1, i, self.vocab)
                return m if m is not None and m.last == i and m.kind in ("organization", "media", "place") else None
        return None

    def _issuer_genitive(self, j: int, sent: Sentence) -> Mention | None:
        """`تقرير الرابطة`, `بلاغ وزارة الشؤون الاجتماعية`: the issuer in the genitive of the document."""
        k = j + self.lex.document_heads.match(self.norms, j)
        if self.norms[j].startswith("ال") or k >= sent.last_token:
            return None
        m = parse_mention(self.lex, self.norms, self.is_word, k, sent.last_token, self.vocab)
        return m if m is not None and m.kind in ("organization", "media", "place") else None

    def _relays(self, k: int) -> bool:
        """`نقل` relays speech only with عن near it (`ونقلت الوكالة عن`); `ونقل مباشرة` is broadcast."""
        return any(self.norms[j] in ("عن", *RELAY_PRONOUNS) for j in range(k + 1, min(k + 6, len(self.norms))))

    def _relay(self, i: int, cue: CueForm, sent: Sentence) -> Attribution | None:
        """`ونقلت الشبكة عن المسؤول قوله "..."`, `نقلت عنه وكالة رويترز قوله إن ...`: the source
        after عن is the speaker; the relaying subject goes to `reported_via`."""
        j = self._skip_adverbials(i + 1, sent)
        if j >= sent.last_token:
            return None
        if self.norms[j] in RELAY_PRONOUNS:
            if self.state.last is None:
                return None
            source = Speaker(self.state.last.canonical, self.state.last.kind, "", self.state.last.titles)
            relayer = parse_mention(self.lex, self.norms, self.is_word, j + 1, sent.last_token, self.vocab)
            after = relayer.last if relayer is not None else j + 1
            source_mention = None
        else:
            relayer = None if self._opens_clause(i, sent) else self._svo_subject(i, sent)
            k = self._skip_adverbials(i + 1, sent)  # (`قد نقلت في وقت سابق عن`)
            if strip_proclitic(self.norms[i]) == "نقلا":
                # the masdar `نقلا عن` (spelled like the dual): the main clause's subject relays
                relayer = self._main_clause_subject(i, sent)
            elif relayer is None:
                relayer, k = self._vso_subject(i, cue, sent)
                k = self._skip_adverbials(k, sent)
            if k < sent.last_token and self.norms[k] in RELAY_PRONOUNS and self.state.last is not None:
                # `ونقل مكتب رئيس كوريا الجنوبية عنه قوله إن`: the pronoun is the article's last speaker
                last = self.state.last
                source = Speaker(last.canonical, last.kind, "", last.titles)
                source_mention = None
                after = k + 1
            else:
                if k < sent.last_token and self.norms[k] in COMPLEMENTIZERS and relayer is not None \
                        and relayer.kind in SUBJECT_KINDS and not self._relays(k):
                    # `ونقلت وكالة أنباء الأناضول أن ...`: no source after عن; the outlet reports it itself
                    said = CueForm(cue.lemma, cue.kind, frozenset({"clause"}), cue.feminine)
                    return self._with_speaker(i, said, sent, self._speaker_from(relayer, cue), k, "explicit", relayer)
                if k + 1 < sent.last_token and self.norms[k].startswith("ل") and self.norms[k + 1] == "عن" \
                        and relayer is not None:
                    k += 1  # `ونقل الموقع الرسمي للجائزة عن`: the relayer's genitive
                if k >= sent.last_token or self.norms[k] != "عن":
                    return None
                source_mention = parse_mention(self.lex, self.norms, self.is_word, k + 1, sent.last_token, self.vocab)
                if source_mention is not None and (source_mention.kind == "role" or self._spoken_for(source_mention)):
                    source_mention = self._appositive_name(source_mention, sent.last_token)
                source_mention = self._named_before_saying(k + 1, source_mention, sent)
                if source_mention is None:
                    return None
                source = self._speaker_from(source_mention, None)
                # past the source's title: `عن سيف سعيد غباش المدير العام لدائرة الثقافة قوله`
                after = self._saying_at(source_mention.last, sent) or source_mention.last
        if after < sent.last_token and self.tokens[after].text in ("،", ","):
            after += 1  # `عن المستشار الأمني، هاشم بشر، ارتفاع حصيلة ...`
        if after < sent.last_token and self.norms[after] in SAYING:
            after += 1
        relay_cue = CueForm(cue.lemma, cue.kind, frozenset({"quote", "clause", "obj"}), cue.feminine)
        found = self._content(i, relay_cue, sent, after)
        if found is None:
            return None
        start, end, form, _marker = found
        via = _strip_clitics(self.span_text(relayer.first, relayer.last)) if relayer is not None else None
        if via and relayer.kind in ("organization", "media"):
            via = self._speaker_from(relayer, None).canonical
        if source_mention is not None and source.kind == "person" and not self.nested_report:
            self.state.last = source
        conf = _confidence(form, "relay", cue, source, self.quote_at(start))
        tok = self.tokens[i]
        return self._make(tok.start, tok.end, cue.lemma, source, source_mention, start, end, form, sent, via,
                          conf, "relay")

    def _subject_is_pronoun(self, i: int, sent: Sentence) -> bool:
        """What stands before the verb is no subject: `فإنه قال`, `وحول موقف الائتلاف ... قالت`."""
        prev = self.norms[i - 1]
        if (prev in COMPLEMENTIZERS or prev.startswith("لان")) and prev.endswith(("ه", "ها", "هم", "هما")):
            return True  # `فإنه قال`, `لأنها انتقدت`
        if prev in ("قد", "وقد") and i - 2 >= sent.first_token and self.norms[i - 2] in PLUPERFECT_KAN:
            return True  # `وكان قد أشار حينها إلى`
        if self._time_clause_start(i, sent) is not None:
            # `بعد أن أوضح أن`, `عندما قال إن`; not `بعدما اتهمت الدول الأربع الدوحة`, whose subject follows
            nxt = i + 1 < sent.last_token and self.norms[i + 1]
            return nxt in COMPLEMENTIZERS or nxt == ":"
        if not self._is_fronted_adjunct(sent.first_token):
            return False
        # no comma, no other verb-like cue between the adjunct and the verb
        return not any(self.tokens[k].text in ("،", ",") or self.norms[k] in self.lex.cues
                       for k in range(sent.first_token + 1, i))

    def _time_clause_start(self, i: int, sent: Sentence) -> int | None:
        """The first token of `بعد أن` / `عندما` right before the verb at i, if it stands there."""
        if i - 1 < sent.first_token:
            return None
        if self.norms[i - 1] in TEMPORAL_SUBORDINATORS:
            return i - 1
        if self.norms[i - 1] == "ان" and i - 2 >= sent.first_token and self.norms[i - 2] in TIME_WORDS_BEFORE_AN:
            return i - 2
        return None

    def _nearest_person_before(self, k: int, sent: Sentence) -> Mention | None:
        """`ذهب رئيس ريال مدريد في اتجاه مغاير عندما قال`: the last titled or known person before k."""
        found = None
        j = sent.first_token
        while j < k:
            m = parse_mention(self.lex, self.norms, self.is_word, j, k, self.vocab) if self.is_word[j] else None
            if m is not None and (m.kind == "role" or m.kind == "person" and self._titled_or_known(m)):
                found = m
                j = m.last
            else:
                j += 1
        return found

    def _is_fronted_adjunct(self, k: int) -> bool:
        return strip_proclitic(self.norms[k]) in FRONTED_PREPOSITIONS or self.norms[k] in FRONTED_PREPOSITIONS

    def _unknown_subject_follows(self, i: int, cue: CueForm, sent: Sentence) -> bool:
        j = self._skip_adverbials(i + 1, sent)
        if j >= sent.last_token or not self.is_word[j]:
            return False
        n = self.norms[j]
        if self.lex.nonhuman_subjects.match([strip_proclitic(n)], 0) or \
                self.lex.nonhuman_subjects.match([n[2:]] if n.startswith("ال") else [n], 0):
            return True
        if "obj" in cue.frames or n in COMPLEMENTIZERS or n in SEPARATE_PREPOSITIONS or n in STOP_WORDS:
            return False
        return cue.kind == "imperfect" and n.startswith("ال") and n not in self.state.person_words

    def _named_before_saying(self, first: int, m: Mention | None, sent: Sentence) -> Mention | None:
        """`عن سيف سعيد غباش المدير العام لدائرة الثقافة قوله`, `عن المدير العام ... سيف سعيد غباش قوله`:
        between عن and قوله stands the source, so the words the mention parser left out (a name it does
        not know, `سيف` read as a verb) are the name; a title after the name is its apposition."""
        if m is not None and m.kind != "role":
            return m
        start = m.last if m is not None else first
        saying = self._saying_at(start, sent)
        if saying is None or saying == start:
            return m
        if m is not None:
            return Mention(m.first, saying, start, saying, "person")  # the title, then the name
        title = next((k for k in range(first + 1, saying) if is_title(self.lex, self.norms, k)), saying)
        return Mention(first, title, first, title, "person")  # the name, then its title (the caller reads on
        # to قوله)

    def _saying_at(self, start: int, sent: Sentence) -> int | None:
        """The `قوله` that closes a relay's source within 14 words of `start`, with only words that
        may belong to the source (no function word or cue) between."""
        for k in range(start, min(sent.last_token, start + 14)):
            if self.norms[k] in SAYING:
                return k
            if self.norms[k] == "في" and k > start and k + 1 < sent.last_token and self.lex.places.match(self.norms, k + 1):
                continue  # `المدير العام لدائرة الثقافة والسياحة في أبوظبي قوله`: where he holds the office
            if not self.is_word[k] or self.norms[k] in STOP_WORDS or self.norms[k] in self.lex.cues:
                return None
        return None

    def _plural_subject(self, i: int, sent: Sentence) -> Mention | None:
        """`وقال المحققون الدوليون، في جنيف، إن`, `واعترف المتهمان بأنه`: a definite plural or dual the
        lexicons do not know, with its definite adjectives, between the verb and its content marker, is the
        verb's subject (a verb before its subject does not take the subject's number)."""
        j = self._skip_adverbials(i + 1, sent)
        head = self.norms[j] if j < sent.last_token and self.is_word[j] else ""
        stem = head[2:-3] + "ه" if head.endswith("تان") else head[2:-2]
        # a nominative plural (`المحققون`) or a dual of a common noun (`المتهمان`, `الشركتان`; not `اليابان`,
        # `النعمان`); `ين` is the object's case: `واتهم الحوثيين بأنهم`
        if not (head.startswith("ال") and len(head) >= 7 and (
                head.endswith("ون") or head.endswith("ان") and self.lex.not_names.get(stem) == "noun")) \
                or head in self.lex.cues or head in self.state.person_words:
            return None
        k = j + 1
        while k < min(sent.last_token, j + 4) and self.is_word[k] and self.norms[k].startswith("ال") \
                and self.norms[k] not in self.lex.cues and self.norms[k] not in STOP_WORDS:
            k += 1
        m = self._skip_adverbials(k, sent)
        if m < sent.last_token and self.tokens[m].text in ("،", ","):
            # `، في جنيف،`: a place or time between commas
            m = next((c + 1 for c in range(m + 2, min(sent.last_token - 1, m + 6)) if self.tokens[c].text in ("،", ",")),
                     m)
        if m >= sent.last_token or not (self.norms[m] in COMPLEMENTIZERS or self.tokens[m].text == ":"
                                        or self.quote_opening_at(m) is not None):
            return None
        return Mention(j, k, None, None, "group")

    def _skip_adverbials(self, j: int, sent: Sentence, guest: bool = True) -> int:
        """Past the time words, frames and whom-told phrases at j (and, with `guest`, a programme's guest frame)."""
        while j < sent.last_token:
            n = self.lex.adverbials.match(self.norms, j)
            if n:
                j += n
                if j + 1 < sent.last_token and self.norms[j] in ISSUED_BY:
                    # `وقال في بيان أصدرته اللجنة الدولية`: the document's issuer, not the speaker
                    issuer = parse_mention(self.lex, self.norms, self.is_word, j + 1, sent.last_token, self.vocab)
                    j = issuer.last if issuer is not None else j + 1
                    continue
                if self.norms[j - 1] == "مع" and j < sent.last_token:
                    # `وقالت في مقابلة مع بي بي سي إن`: whom she spoke with, not the speaker
                    other = parse_mention(self.lex, self.norms, self.is_word, j, sent.last_token, self.vocab)
                    if other is not None and other.kind in ("media", "organization", "person", "role"):
                        j = other.last
                        continue
                while j + 1 < sent.last_token and not self.norms[j].startswith("ال") and (
                        self.norms[j].endswith(("يه", "يا")) and len(self.norms[j]) > 5
                        or self.norms[j].startswith("م") and self.norms[j].endswith("ه") and len(self.norms[j]) >= 5) \
                        and (self.norms[j + 1] in ("له", "لها", "لهم", "،", ",", "ان", "إن", "في", "خلال", "امام")
                             or self.norms[j + 1] in DELIVERED):
                    j += 1  # `في تصريحات تلفازية له`, `في كلمة متلفزة ألقاها`, `في كلمة متلفزة في بداية
                    # اجتماع`: the adverbial's own adjective
                if j < sent.last_token and self.norms[j] in DELIVERED:
                    j += 1  # `في كلمة متلفزة ألقاها`: the speech he gave
                if j < sent.last_token and self.tokens[j].text in ("،", ",") and n < 4:
                    j += 1  # `وأوضحت، مساء الأربعاء، المديرة العامة ...`
                continue
            date = self._date_end(j, sent)
            if date is not None:
                j = date + (date < sent.last_token and self.tokens[date].text in ("،", ","))
                continue  # (`اليوم الخميس، 8 جوان 2017، رفضه`: and the comma that closes it)
            past = self._guest_frame_end(j, sent) if guest else None
            if past is not None:
                j = past
                continue
            if (self.tokens[j].text in ("،", ",") or self.norms[j] in ("في", "من")) \
                    and self.lex.adverbials.match(self.norms, j + 1):
                j += 1  # (`في الشهر الماضي`, `في وقت سابق من هذا الشهر`: a preposition before a time phrase)
                continue
            if self.tokens[j].text in (*DASHES, "("):
                close = self._closing_dash(j, sent)
                if close is not None:
                    j = close + 1
                    continue
            if self.norms[j] in PRONOUN_OBJECTS or self.norms[j] in SAME_ONE:
                j += 1  # (`وأكد المصدر ذاته، بأن`: "the same" after the speaker)
                continue
            if self.norms[j] in ("لنا", "له", "لها", "لهم", "لهما", "لي", "لكم") \
                    and not (self.norms[j] == "لي" and self._known_word("لي")):
                j += 1  # (but `وقال لي خلال مؤتمر صحافي` after `لي كه شيانغ`: the Chinese premier)
                continue
            outlet = self.lex.media_heads.match([self.norms[j][1:], *self.norms[j + 1 : j + 4]], 0) \
                if self.norms[j].startswith("ل") and len(self.norms[j]) > 2 and j + 1 < sent.last_token else 0
            if outlet:
                j = self._past_comma(self._outlet_end(j, outlet, sent), sent)
                continue  # `وقال لفرانس برس نهاد اوزكان`: the outlet spoken to, before the speaker
            if self._l_title(j):
                told = self._l_mention(j, sent.last_token, ("title",))
                if told is not None:
                    j = self._past_comma(told.last, sent)
                    continue  # `وأفاد في تصريح صحفي لمراسل الجوهرة أن`: whom he told
            if self.norms[j] in ("ل", "لـ") and j + 1 < sent.last_token:
                q = self.quote_opening_at(j + 1)
                j = self._past_comma(self._token_after(q.end, sent.last_token) if q is not None and q.closed else j + 2,
                                     sent)
                continue
            break
        return j

    def _date_end(self, j: int, sent: Sentence) -> int | None:
        """Past a date at j: a day's number, a month and perhaps the year (`13 أفريل 2017`, `3 تشرين الأول/أكتوبر`)."""
        last = sent.last_token
        if j + 1 >= last or not self.norms[j].isdigit() or len(self.norms[j]) > 2:
            return None
        k = j + 1 + self.lex.months.match(self.norms, j + 1)
        if k == j + 1:
            return None
        if k + 1 < last and self.tokens[k].text == "/" and self.lex.months.match(self.norms, k + 1):
            k += 1 + self.lex.months.match(self.norms, k + 1)
        if k < last and self.norms[k].isdigit() and len(self.norms[k]) == 4:
            k += 1
        return k + 1 if k < last and self.norms[k] in DATE_RELATIVE else k  # (`26 سبتمبر الماضي`)

    def _guest_frame_end(self, j: int, sent: Sentence) -> int | None:
        """Past `ضيف برنامج "بوليتيكا"` (or `، ضيف "في المرمى"`, `ضيفة برنامج بوليتكا على "الجوهرة أف أم"`) at j:
        the programme the speaker was a guest of, a name in quotation marks or one word after its noun."""
        last = sent.last_token
        if j >= last:
            return None
        k = j + 1 if self.tokens[j].text in ("،", ",") else j
        if k + 1 >= last or self.norms[k] not in GUEST:
            return None
        k += 1
        named = self.norms[k] in PROGRAMMES
        k += named
        q = self.quote_opening_at(k) if k < last else None
        if q is not None and q.closed and self._token_after(q.end, last) - k <= 7:
            k = self._token_after(q.end, last)
        elif named and k < last and self.is_word[k] and not self.norms[k].startswith("ال") \
                and self.norms[k] not in COMPLEMENTIZERS and self.norms[k] not in self.lex.cues:
            k += 1  # (unquoted: `ضيف برنامج بوليتكا`)
        else:
            return None
        if k + 1 < last and self.norms[k] in ("علي", "في"):
            q = self.quote_opening_at(k + 1)
            if q is not None and q.closed and self._token_after(q.end, last) - k <= 8:
                k = self._token_after(q.end, last)  # the station: `على "الجوهرة أف أم"`
        return k

    def _past_comma(self, j: int, sent: Sentence) -> int:
        """Past a comma at j that closes a phrase of whom the speaker told (`وأوضحت لـ "الاقتصادية"، الدكتورة`)."""
        return j + 1 if j + 1 < sent.last_token and self.tokens[j].text in ("،", ",") \
            and is_title(self.lex, self.norms, j + 1) else j  # (a title opens the speaker; not `لملكة، وحضره`)

    def _outlet_end(self, j: int, width: int, sent: Sentence) -> int:
        """Past an outlet spoken to at j whose head covers `width` tokens: a bare head's name (`لصحيفة ديلي
        بيست`, `لشبكة سي.إن.إن`, `لقناة «الحدث»`) and the outlet's nisba adjectives (`الأمريكية`)."""
        last, end = sent.last_token, j + width
        head = self.norms[j][1:]
        if width == 1 and (self.lex.not_names.get(head) == "noun" or self.lex.media_heads.starts_longer(head)):
            q = self.quote_opening_at(end) if end < last else None
            if q is not None and q.closed and self._token_after(q.end, last) - end <= 9:  # (`"آي.بي.سي"`)
                end = self._token_after(q.end, last)
            elif self.lex.media_heads.match(self.norms, end):
                end += self.lex.media_heads.match(self.norms, end)  # `لوكالة فرانس برس`, `لمحطة تلفزيون`
            else:
                k = end
                while k < last and k - end < 3 and self.is_word[k] and not self.norms[k].startswith("ال") \
                        and self.norms[k] not in STOP_WORDS and self.norms[k] not in COMPLEMENTIZERS \
                        and self.norms[k] not in self.lex.cues and not self.lex.adverbials.match(self.norms, k) \
                        and not head_kind_before(self.lex, self.norms, k) and not self._known_word(self.norms[k]):
                    k += 1
                    while k + 1 < last and self.tokens[k].text == "." and self.is_word[k + 1] and len(self.norms[k + 1]) <= 3:
                        k += 2  # a dotted acronym: `سي.إن.إن`
                end = k
        return self._past_nisbas(end, last)

    def _past_nisbas(self, k: int, limit: int) -> int:
        """The first token from k (up to limit) that is not a nisba adjective: `التلفزيونية`, `الروسية`
        (not `إلى`, which normalises to the shape of one)."""
        while k < limit and is_nisba(self.norms[k]) and len(self.norms[k]) > 4:
            k += 1
        return k

    def _dashed_frame(self, j: int, sent: Sentence) -> tuple[int, int] | None:
        """`- بحسب ما ذكرته وكالة رويترز -`: an according-to frame opened by the dash at j and closed by another;
        the width of its phrase and the closing dash."""
        if self.tokens[j].text not in DASHES or j + 1 >= sent.last_token:
            return None
        width = self._according_match(j + 1)
        close = self._closing_dash(j, sent) if width else None
        return (width, close) if close is not None else None

    def _closing_dash(self, j: int, sent: Sentence) -> int | None:
        """`-في مؤتمر صحفي عبر الإنترنت-`: a parenthetical between dashes or brackets."""
        want = ")" if self.tokens[j].text == "(" else None
        for k in range(j + 1, min(sent.last_token, j + 15)):
            t = self.tokens[k].text
            if (want and t == want) or (not want and t in DASHES):
                return k
        return None

    def _vso_subject(self, i: int, cue: CueForm, sent: Sentence) -> tuple[Mention | None, int]:
        if cue.plural or cue.dual:
            # A verb before its subject is singular (`قال المسؤولون`); after `وانتقدوا`, `حذروا`
            # the noun is the object and the subject is dropped.
            return None, i + 1
        j = self._skip_adverbials(i + 1, sent, guest=False)  # (it stops where the full skip would, but before a guest frame)
        if self._guest_frame_end(j, sent) is not None:
            return None, i + 1  # `وأكدت ضيفة "بوليتيكا" أن`: the guest is the person the article is about
        if j + 1 < sent.last_token and self.norms[j] in ("فيه", "فيها") and i - 2 >= sent.first_token \
                and self.norms[i - 1] in ("الذي", "التي") and strip_proclitic(self.norms[i - 2]) in TIME_NOUNS:
            j += 1  # `في الوقت الذي أكد فيه السفير أن`: "while", the relative's pronoun; the subject follows it
        if cue.kind == "perfect" and j < sent.last_token and self.norms[j] in ("قد",):
            return None, i + 1
        quoted = self._quoted_source(j, sent, cue) or self._quoted_speaker(j, cue, sent)
        if quoted is not None:
            return quoted, quoted.last
        stops = cue.frames & SEPARATE_PREPOSITIONS | ({"عن"} if "relay" in cue.frames else set())
        m = parse_mention(self.lex, self.norms, self.is_word, j, sent.last_token, self.vocab, "ب" in cue.frames,
                          frozenset(stops), bool(cue.frames & OBJECT_FRAMES))
        # (`ونقلت المصادر عن المستشار`: عن ends the relayer)
        if m is None:
            m = self._known_name_at(j, sent.last_token) or self._untitled_role_name(j, cue, sent) \
                or self._unlisted_subject(j, cue, sent) or self._nominative_plural(j, cue, sent) \
                or self._definite_surname(j, cue, sent)
        if m is None:
            return None, i + 1
        if m.kind == "person" and m.name_first == m.first and self.tokens[m.first].text.endswith(TANWEEN_FATH):
            return None, i + 1  # `ويضيف استعمالاً مجازياً:`: an indefinite accusative (names take no tanween)
        if m.kind in ("group", "anonymous") and "whom" in cue.frames and self.norms[m.first].endswith("ين") \
                and len(self.norms[m.first]) > 5:
            # `ودعا المواطنين إلى`, `وطالب السياسيين بـ`: a sound plural in the oblique case is whom he
            # called on (the subject would be `المواطنون`)
            return None, i + 1
        if m.kind == "person" and m.first == m.name_first and m.last == m.first + 1 and m.last < sent.last_token \
                and self.norms[m.first].startswith("م") and self.norms[m.first].endswith("ه" if cue.feminine else "ا") \
                and len(self.norms[m.first]) >= 5 and not self.known_name(m) \
                and (cue.feminine or self.norms[m.first][1] not in "اوي") \
                and (self.tokens[m.last].text in (":", *QUOTE_CHARS) or self.norms[m.last] in COMPLEMENTIZERS):
            return None, i + 1  # `وتابعت معتذرة: "..."`, `ويوضح مبتسما أن`: a participle of manner, not a name
            # (a masculine one has a consonant after its م: `قال مارادونا:` is a name)
        if m.kind in ("person", "role") and cue.kind in ("perfect", "imperfect") and not (cue.plural or cue.dual) \
                and cue.frames & OBJECT_FRAMES and self._title_gender(m.first) not in (None, cue.feminine):
            return None, i + 1  # `وانتقدت الرئيس الأمريكي`, `واتهم الوزيرة`: a title of the other gender is the object
        if "whom" in cue.frames and m.kind != "person" and m.last < sent.last_token and self.norms[m.last] in cue.frames \
                and self.norms[i][:1] in "وف" and any(a.sentence_start == sent.start and a.speaker for a in self.out[-3:]):
            # `دعا دمرداش حزب العمال إلى ...، وحث الحكومة على اطلاق محادثات`: a verb of calling on, joined to a
            # statement of this sentence, with its preposition right after the noun: whom he urged
            return None, i + 1
        if m.kind == "place" and not cue.feminine and not cue.plural and not cue.dual \
                and (" ".join(self.norms[m.first:m.last]) not in self.lex.masculine_places or "whom" in cue.frames):
            # Places take a feminine verb (قالت أنقرة); after a masculine cue a place is the
            # object: `دعا موسكو إلى لعب دور` (pro-drop, Moscow is invited). A few countries take a masculine
            # verb (`أكد الأردن`, masculine_places.txt), though after a verb of calling on one is as likely whom
            # he called on (`ودعا المغرب إلى`).
            return None, i + 1
        if m.kind == "person" and m.name_first is not None and m.name_first > m.first:
            first_name = self.norms[m.name_first]
            surface = self.tokens[m.name_first].text
            nxt = m.name_first + 1
            # `كرر الوزير الروسي دعمه الجهود`: a noun with a pronoun, then its definite complement
            # (but `رئيس البرلمان نبيه بري` is a name ending in ه)
            stem = _pronoun_stem(first_name)
            pronoun_suffix = surface.endswith(("ه", "ها", "هم")) and not surface.endswith("الله") and (
                nxt >= sent.last_token or not self.is_word[nxt] or self.norms[nxt].startswith("ال")
                or self.norms[nxt] in STOP_WORDS and self.norms[nxt] not in NAME_JOINERS
                and not (m.name_first == m.first + 1 and self.norms[m.first].endswith("ه"))) \
                and stem not in NAME_JOINERS  # (not `العميد عبده الحذيفي`: عبد + ه is a name; `تدخله لدى`: a noun)
            if ("ب" in cue.frames and first_name.startswith("ب") and not self._complement_follows(m, sent)
                    or "obj" in cue.frames and pronoun_suffix) and not self.known_name(m, elsewhere=True):
                # `أشاد المتحدث بزيارة ...`, `كرر الوزير الروسي دعمه ...`: the complement follows a role
                m = Mention(m.first, m.name_first, None, None, "role", definite_role=True)
        if m.kind in ("role", "anonymous", "group", "demonstrative") and m.last + 1 < sent.last_token \
                and self.norms[m.last] in NAMED_AS:
            # the words after it are the name, whatever else they could be (`وتدعى نيها شيخ،`)
            end = m.last + 1
            while end < min(sent.last_token, m.last + 5) and self._name_word(end) and not self._to_someone(end):
                end += 1
            if end > m.last + 1:
                m = Mention(m.first, end, m.last + 1, end, "person")
        if m.kind == "role" or self._spoken_for(m):
            m = self._appositive_name(m, sent.last_token)
            if m.kind == "role":
                m = self._unlisted_name_after(m, sent)
        elif m.kind == "anonymous" and self._named_between_commas(m, sent):
            m = self._appositive_name(m, sent.last_token)  # `أضاف مسؤول عمليات اللجنة ...، روبرت مارديني،`
        elif m.kind == "anonymous" and m.last - m.first >= 2 and self.norms[m.first] in ("مسوول", "المسوول", "مسووله", "المسووله"):
            named = self._unlisted_name_after(m, sent)  # `وقال مسؤول الحشد محمد صالح الحدي إن`: an official named
            if named.kind == "person" and not head_kind_before(self.lex, self.norms, named.name_first):
                m = named  # (not `وأفاد مسؤول كبير ... فرانس برس أن`: the agency he told)
        elif m.kind == "person" and m.name_first is not None and m.name_first > m.first and (
                m.name_last == m.name_first + 1 or head_kind_before(self.lex, self.norms, m.name_first - 1)
                in ("organization", "group") or m.name_first - 1 > m.first and not is_title(self.lex, self.norms, m.name_first - 1)
                and not self.tokens[m.name_first - 1].text.startswith("ال")):  # (as written: `ألوية` is no ال)
            # `مستشار ترمب للأمن القومي، جون بولتون،`; `النائب عن حزب حراك تونس الإرادة، عماد الدايمي`;
            # `قائد ألوية محور آزال، العميد ياسر الحارثي،`: the words after the title are whose adviser, or
            # the party's or the unit's name
            m = self._holder_after_possessor(m, sent.last_token)
        if m.kind == "role" and not m.definite_role and m.last - m.first == 1 and not is_title(self.lex, self.norms, j):
            return None, i + 1
        if m.kind == "person" and m.has_name and m.last < sent.last_token and is_title(self.lex, self.norms, m.last):
            # `أكد الدكتور خالد العطية وزير الخارجية القطري أن`: a title after the name, no comma; the
            # content starts after it
            role = parse_mention(self.lex, self.norms, self.is_word, m.last, sent.last_token, self.vocab)
            if role is not None and role.kind == "role" and role.last < sent.last_token:
                end = self._skip_adverbials(role.last, sent)  # (`في مداخلة لها أن`)
                if end + 1 < sent.last_token and self.tokens[end].text in ("،", ","):
                    end += 1  # (`المتحدث باسم المرصد الوطني للسلامة المرورية، أن`)
                if end < sent.last_token and self.norms[end] in COMPLEMENTIZERS:
                    return m, role.last  # (the content search passes the rest; a relayer there is kept)
        m = self._joint_subject(self._without_run_on(m), cue, sent)
        return m, m.last

    def _title_gender(self, k: int) -> bool | None:
        """The gender of a title at k (see _word_gender); None for no title."""
        return self._word_gender(strip_proclitic(self.norms[k])) if is_title(self.lex, self.norms, k) else None

    def _word_gender(self, head: str) -> bool | None:
        """True for a feminine title (`الوزيرة`, `رئيسة`: with ة, and its masculine is a title), False for a
        masculine one that has a feminine, None otherwise (`عمدة`); an honorific's suffix tells (`سموه`, `سموها`)."""
        if head in self.lex.honorifics:
            return head.endswith("ها")
        if head.endswith("ه"):
            return True if is_title(self.lex, [head[:-1]], 0) else None
        return False if is_title(self.lex, [head + "ه"], 0) else None

    def _joint_subject(self, m: Mention, cue: CueForm, sent: Sentence) -> Mention:
        """`وأكد الرئيس الفرنسي ماكرون والمستشارة الألمانية ميركل أن`, `ورحبت كل من واشنطن وموسكو بالخطوة`:
        a second subject joined with و, when what follows it opens the content, speaks too; the mention
        runs to its end (the verb agrees with the first conjunct)."""
        if not _body_or_named(m, ("organization", "place", "media")):
            return m
        end = m.last
        while end < sent.last_token and self.is_word[end] and self.norms[end].startswith("و") \
                and len(self.norms[end]) > 2:
            probe = list(self.norms[end : sent.last_token])
            probe[0] = probe[0][1:]
            other = parse_mention(self.lex, probe, self.is_word[end : sent.last_token], 0, len(probe), self.vocab,
                                  "ب" in cue.frames, frozenset(cue.frames & SEPARATE_PREPOSITIONS))
            if other is None or not (other.kind in ("organization", "place", "media", "role")
                                     or other.kind == "person" and other.has_name and other.name_first > 0):
                return m  # (`وزير`, `واشنطن`, `وليد`: a word whose و is its own reads as an untitled name; an
                # untitled name after a subject is the object)
            end += other.last
        if end == m.last or end >= sent.last_token:
            return m
        k = self._skip_adverbials(end, sent)
        n, t = self.norms[k], self.tokens[k].text
        if not (n in COMPLEMENTIZERS or t == ":" or t in QUOTE_CHARS or n in SEPARATE_PREPOSITIONS and n in cue.frames
                or "ب" in cue.frames and n.startswith("ب") and len(n) > 3
                or "obj" in cue.frames and self.is_word[k] and any(masdar_shape(stem) for _, stem, _ in pronoun_stems(n))):
            return m  # (`أكد كيم والرئيس الكوري الجنوبي مون جاي-إن التزامهما`: the object, a verbal noun with a pronoun)
        return Mention(m.first, end, m.name_first, m.name_last, m.kind)

    def _without_run_on(self, m: Mention) -> Mention:
        """`وانتقد لافروف القرار الأمريكي`: the known name ends the mention, so the object it ran on into
        opens the content (see _known_name_run_on)."""
        if m.kind != "person" or m.name_first is None or m.name_last != m.last:
            return m
        name = self.span_text(m.name_first, m.last)
        kept = self._known_name_run_on(name)
        end = m.name_first + len(kept.split())
        if kept == name or self.span_text(m.name_first, end) != kept or self.norms[end][:1] in ("ل", "و"):
            return m  # (`وأكد كاظم الساهر لجمهوره أن`: whom he told; `ومسؤولون آخرون`: who spoke with him)
        return Mention(m.first, end, m.name_first, end, m.kind)

    def _unlisted_name_after(self, m: Mention, sent: Sentence) -> Mention:
        """`وقال عضو الهيئة الرئاسية للمجلس حكمت حبيب في تصريحات إن`: two or three words no lexicon knows
        as a name, between a title chain and the أن, colon or quotation mark that opens the content, are the
        holder's name."""
        first = m.last
        if self._guest_frame_end(first, sent) is not None:
            return m  # (`وأكد الوزير ضيف برنامج "صباح الورد"`: the programme he was a guest of)
        if first + 3 < sent.last_token and self.norms[first] == "في" and self.is_word[first + 1] \
                and not self.norms[first + 1].startswith("ال") and self.norms[first + 1] not in self.lex.not_names \
                and self.norms[first + 1] not in self.lex.cues and not self.lex.adverbials.match(self.norms, first):
            # `مسؤولة الشرطة في جنوى أليساندرا بوتشي:`: where the office is, then the holder (`في جنوب
            # إسرائيل إيلي كوهين`: a part of a place, then the place)
            first += 3 if not self.lex.places.match(self.norms, first + 1) and self.lex.places.match(self.norms, first + 2) \
                else 2
        end = first
        while end < min(sent.last_token, first + 3) and self._name_word(end) and not self._to_someone(end) \
                and not self.norms[end].startswith("ال") and not self.norms[end].isdigit() \
                and not self.lex.adverbials.match(self.norms, end):
            end += 1
        if end - first >= 1 and end + 1 < sent.last_token and self._name_word(end) and self.norms[end].startswith("ال") \
                and self.norms[end][2:] not in self.lex.not_names and not self.lex.adverbials.match(self.norms, end) \
                and not nationality(self.lex, self.norms[end]):
            end += 1  # a definite family name last: `مسؤول الحشد محمد صالح الحدي إن`
        if end - first < 2 or end >= sent.last_token or self.norms[first][0] in "لب":
            return m  # (`قال المتحدث لفوكس نيوز إن`: whom he told)
        after = self._skip_adverbials(end, sent)
        if after < sent.last_token and (self.norms[after] in COMPLEMENTIZERS or self.tokens[after].text == ":"
                                        or self.tokens[after].text in QUOTE_CHARS):
            return Mention(m.first, end, first, end, "person")
        return m

    def _complement_follows(self, m: Mention, sent: Sentence) -> bool:
        """`ورحب ... الدكتور بدر عبد الرحمن السمحان بالوفد`: a name in ب, of two words or more, then the
        ب complement itself: the name is a name (not `أشاد المتحدث بزيارة الوفد`)."""
        end = m.name_last or m.last
        return end - m.name_first >= 2 and end < sent.last_token and self.norms[end].startswith(("بال", "بما"))

    def _named_between_commas(self, m: Mention, sent: Sentence) -> bool:
        """`مسؤول عمليات اللجنة الدولية، روبرت مارديني، أن`: a singular official, then a full personal
        name closed by a second comma (not `مصادر بالإدارة، صباح الاثنين،`)."""
        k = m.last
        if k + 3 >= sent.last_token or self.tokens[k].text not in ("،", ",") or self.norms[m.first].startswith("مصادر"):
            return False
        name = self._full_name_to_comma(k + 1, sent.last_token)
        return name is not None and name.name_first == k + 1 and not self.lex.adverbials.match(self.norms, k + 1) \
            and self.norms[k + 1] not in self.lex.not_names  # (not `بمحافظة عدن، جنوب البلاد،`)

    def _untitled_role_name(self, j: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`دعت المخرجة اللبنانية نادين لبكي إلى`, `تقول المزارعة فاطمة الحامدي:` — a role the titles
        lexicon lacks: definite words, then a name that a boundary closes."""
        k = j
        while k < sent.last_token and k - j < 3 and self.is_word[k] and self.norms[k].startswith("ال") \
                and self.norms[k] not in STOP_WORDS and self.norms[k] not in self.lex.cues:
            k += 1
        if k == j or k >= sent.last_token:
            return None
        name = parse_mention(self.lex, self.norms, self.is_word, k, sent.last_token, self.vocab)
        if name is None or name.kind != "person" or name.name_first != k or name.last - k > 3:
            return None
        end = name.last
        if end < sent.last_token:
            t, n = self.tokens[end].text, self.norms[end]
            if not (t in ("،", ",", ":") or t in QUOTE_CHARS or n in COMPLEMENTIZERS or n in cue.frames
                    or self.lex.adverbials.match(self.norms, end)):
                return None
        return Mention(j, end, k, end, "person")

    def _nominative_plural(self, j: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`أعلن الحوثيون مقتل`, `وانتقد المحتجون القرار`: a definite sound masculine plural in ون right after a
        masculine singular verb is its subject, whatever the verb's frame (an object would be in ين). Only the
        plurals of a nisba (حوثي) or of a participle (محتج), so not `القانون` or `التلفزيون`; its own plural
        adjectives go with it (`المسلحون الحوثيون`)."""
        if cue.feminine or cue.kind not in ("perfect", "imperfect") or j + 1 >= sent.last_token:
            return None
        def plural(n: str) -> bool:
            single = n[2:-2]
            return n.startswith("ال") and n.endswith("ون") and n not in self.lex.cues \
                and (single.endswith("ي") and len(single) >= 3 or single.startswith("م") and len(single) >= 4)
        if not self.is_word[j] or not plural(self.norms[j]) or head_kind_before(self.lex, self.norms, j):
            return None  # (`التلفزيون العراقي`: an outlet's head)
        k = j + 1
        while k < sent.last_token and self.is_word[k] and plural(self.norms[k]):
            k += 1
        if k + 1 < sent.last_token and self.norms[k] in ("من", "في"):
            # `واتهم المعترضون من حركة التغيير`, `ويعتبر الفلسطينيون في غزة`: which of them
            m = parse_mention(self.lex, self.norms, self.is_word, k + 1, sent.last_token, self.vocab)
            if m is not None and m.kind in ("organization", "place", "media"):
                k = m.last
        return Mention(j, k, None, None, "group")

    def _unlisted_subject(self, j: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`وقالت الخزانة إن`, `وذكرت لائحة الاتهام أن`, `واعتبر بعض المشاركين أن`: a short definite noun
        phrase that no lexicon lists, right between the verb and its أن, is the verb's subject (not the last
        speaker). The verb agrees with it: a feminine verb with a noun in ة or a plural in ات. Words of an
        earlier speaker's name or title, and a lone masculine word (`وقال الرجل`, `وقال الصدر`: a role
        or a surname), are left to the discourse."""
        if "whom" in cue.frames or "topic" in cue.frames or cue.kind not in ("perfect", "imperfect") \
                or j + 1 >= sent.last_token:
            return None  # (`وأبلغ الصحفيين أن`: whom he told; `ووصف الأمر بأنه`: what he described)
        quantified = self.norms[j] in QUANTIFIER_HEADS
        k = j + 1 if quantified else j
        word = self.norms[j]
        if self.is_word[j] and word.endswith("ون") and len(word) > 5 and not word.startswith("ال") \
                and word not in STOP_WORDS and word not in self.lex.cues and self.norms[j + 1] in COMPLEMENTIZERS \
                and not cue.feminine:
            return Mention(j, j + 1, None, None, "group")  # `التي يقول مؤرخون إنها`: people, a sound plural
        if not quantified and self._construct_head(j):
            k += 1  # `لائحة الاتهام`: a noun and its definite genitive
        elif not self.norms[k].startswith("ال"):
            return None
        head = k
        while k < sent.last_token and k - j < 5 and self.is_word[k] and self._unlisted_word(k):
            k += 1
            if k + 1 < sent.last_token and self.norms[k] == "غير" and self.norms[k + 1].startswith("ال") \
                    and is_nisba(self.norms[k + 1]):
                k += 2  # `وقالت المنظمات غير الحكومية إن`: "non-", and the adjective it negates
        if k == head or k >= sent.last_token or self.norms[head] in ANAPHORIC_ORDINALS:
            return None  # (`قالت الأخيرة`: the latter of two named before)
        end = self._skip_adverbials(k, sent)
        if end < sent.last_token and self.norms[end].startswith("لل"):
            # `العلاقات الإعلامية للحزب أن`, `وقالت المرأة للشرطة الصينية إنها`: whose body it is, or whom
            # she told; right after the noun the mention keeps it, so the content starts after it
            l_phrase = end
            end += 1
            while end < sent.last_token and self.norms[end].startswith("ال") and _is_adjective(self.norms[end]):
                end += 1
            k = end if l_phrase == k else k
        if end < sent.last_token and self.norms[end] in RELATIVES:
            # `وقالت الولايات التي رفعت الدعوى إن`: a short relative clause between the subject and its أن
            rel = end + 1
            while rel < min(sent.last_token, end + 8) and self.is_word[rel] and self.norms[rel] not in COMPLEMENTIZERS \
                    and self.norms[rel] not in self.lex.cues:
                rel += 1
            end = rel
        if end >= sent.last_token:
            return None
        n = self.norms[end]
        # `وقالت الراهبات "..."`: a group before a quotation (a role, `وتابع الشاهد العيان "..."`, `قالت العارضة
        # البريطانية "..."`, is someone quoted before)
        opens_quote = "quote" in cue.frames and self.quote_opening_at(end) is not None \
            and self.norms[j].endswith(("ات", "ون", "يين"))
        if not (n in COMPLEMENTIZERS and n not in FA_INNA or self.tokens[end].text == ":" or opens_quote
                or n in cue.frames & SEPARATE_PREPOSITIONS and end + 1 < sent.last_token
                and self.norms[end + 1] in COMPLEMENTIZERS):
            return None
        if self.lex.document_heads.match(self.norms, j) or self.lex.nonhuman_subjects.match(self.norms, j) \
                or self.lex.nonhuman_subjects.match([self.norms[j][2:]], 0):
            return None  # `وذكر التقرير أن`: the report's issuer speaks
        noun = self.norms[j + 1] if quantified else self.norms[j]  # the word the verb agrees with
        if cue.feminine != noun.endswith(("ه", "ات")):
            return None
        if cue.kind == "imperfect" and not noun.endswith(("ون", "يين")):
            return None  # `ويقول المنظمون إن` (a sound plural names people), not `ويشير الاتفاق إلى أن`
        words = set(self.norms[j:k])
        if any(words <= {normalise_token(w) for w in sp.canonical.split()} or noun in sp.titles
               for sp in self.state.speakers):
            # `وأضافت الطاقة` after `سلطة الطاقة في غزة`, `وقال الشاب الكوسوفي` after `الشاب الكوسوفي
            # فلان`: someone who spoke before, whom the discourse resolves
            return None
        if quantified or noun.endswith(("ون", "يين", "ات")):
            return Mention(j, k, None, None, "group")  # (not `الأمين`, `الدين`: ين alone is no plural)
        if k - j == 1 and not cue.feminine:
            return None
        return Mention(j, k, None, None, "organization")

    def _definite_surname(self, j: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`وأكد الخطيب أنه`, `وأشار الربيعة إلى أنه`: one definite word right before the verb's أن (or its
        preposition and أن) that no lexicon knows and that is no common noun (not_names.tsv), title, place or
        nationality: a surname (the registry missed where the article gave it in full). He speaks, not the
        last speaker; a role the lexicons lack (`وقال الرجل`) is a common noun and is left to the discourse."""
        if cue.plural or cue.dual or cue.kind not in ("perfect", "imperfect") or j + 2 >= sent.last_token \
                or "whom" in cue.frames or "topic" in cue.frames:
            return None
        n = self.norms[j]
        if not self.is_word[j] or not n.startswith("ال") or len(n) < 5 or n in STOP_WORDS or n in self.lex.cues \
                or n.endswith("ات") or n.endswith("ين") and len(n) > 6:
            return None  # (`الترجيحات`, `الطرفين`: a plural, an oblique dual)
        stem = n[2:-1] if n.endswith("ي") else n[2:]
        if n[2:] in self.lex.not_names or stem in self.lex.not_names or masdar_shape(n[2:]) \
                or is_title(self.lex, self.norms, j) or nationality(self.lex, n) or self.lex.places.match(self.norms, j) \
                or head_kind_before(self.lex, self.norms, j) or self.lex.adverbials.match(self.norms, j) \
                or self.lex.nonhuman_subjects.match([n[2:]], 0) or n in ANAPHORIC_ORDINALS:
            return None
        k = j + 1
        if self.norms[k] in cue.frames & SEPARATE_PREPOSITIONS:
            k += 1  # `وأشار الربيعة إلى أنه`
        if self.norms[k] not in COMPLEMENTIZERS or self.norms[k] in FA_INNA:
            return None
        return Mention(j, j + 1, j, j + 1, "person")

    def _construct_head(self, j: int) -> bool:
        """`لائحة الاتهام`: an indefinite noun before a definite word (no function word or cue, and no
        preposition on it: `لأعضاء اللجنة` is whom he told)."""
        n = self.norms[j]
        return self.is_word[j] and not n.startswith("ال") and n not in STOP_WORDS and n not in self.lex.cues \
            and n not in COMPLEMENTIZERS and self.norms[j + 1].startswith("ال") \
            and not self.tokens[j].text.startswith(("لأ", "لإ", "لل", "لـ"))

    def _unlisted_word(self, k: int) -> bool:
        """A definite word that can stand in an unlisted subject."""
        n = self.norms[k]
        return n.startswith("ال") and n not in STOP_WORDS and n not in self.lex.cues \
            and n not in COMPLEMENTIZERS and not self.lex.adverbials.match(self.norms, k)

    def _known_name_at(self, j: int, limit: int) -> Mention | None:
        """`أشارت الغادري`, `وقال السراج`: a definite surname the article gave in full elsewhere (with a
        title, or as the name of someone already quoted: `قال سعد الحريري ... وفي حديث قال الحريري`)."""
        k = j
        while k < limit and k - j < 4 and self.is_word[k] and self.norms[k] not in STOP_WORDS and (
                self.norms[k] in self.doc_name_tokens
                or self.norms[k].startswith("ال") and self.norms[k] in self.state.person_words):
            k += 1
        if k == j:
            return None
        return Mention(j, k, j, k, "person")

    def _spoken_for(self, m: Mention) -> bool:
        """`المتحدث باسم عباس، نبيل أبو ردينة`: the name after باسم is whom the speaker speaks for; `العضو في
        المركز الإعلامي الخاص بعملية استعادة سرت، رضا عيسى`: one word closing a long title chain, then a
        comma, is the chain's genitive (the holder's name follows the comma)."""
        if m.kind != "person" or m.name_first is None or m.name_first <= m.first:
            return False
        return self.norms[m.name_first - 1] == "باسم" or m.name_first - m.first >= 4 \
            and (m.name_last or m.last) - m.name_first == 1 and m.last < len(self.tokens) \
            and self.tokens[m.last].text in ("،", ",")

    def _name_word(self, k: int) -> bool:
        """Token k may be part of a name where the context has already said a name stands there (after
        `يدعى`, between a role and its comma): a word that is no function word, complementizer or cue, nor
        a proclitic written apart (`، الرائد محمد المجدوب لـ"سكاي نيوز"`)."""
        n = self.norms[k]
        return self.is_word[k] and n not in STOP_WORDS and n not in COMPLEMENTIZERS and n not in self.lex.cues \
            and n not in ("ل", "ب", "ك", "و", "ف")

    def _to_someone(self, k: int) -> bool:
        """`لصحيفة`, `للصحفيين`, `بالهاتف`: a preposition on a definite noun or an outlet's head, not a name."""
        n = self.norms[k]
        rest = "ال" + n[2:] if n.startswith("لل") else n[1:]
        return n[:1] in ("ل", "ب") and (rest.startswith("ال") or bool(self.lex.media_heads.match([rest], 0))
                                       or bool(self.lex.org_heads.match([rest], 0)))

    def _appositive_name(self, m: Mention, limit: int) -> Mention:
        """`الرئيس الكوري الجنوبي، مون جاي-إن، الأحد، أن`: a name between commas after a role."""
        k = m.last
        if k + 1 < limit and len(self.norms[k]) >= 4 and accusative_noun(self.lex, self.norms[k]) \
                and self.tokens[k + 1].text in ("،", ","):
            k += 1  # `رئيس الوزراء الماليزي المنتخب حديثاً، مهاتير محمد،`: an adverb before the comma
        if k < limit and self.norms[k] in RELATIVES:
            # `رئيس لجنة العلاقات الخارجية والتي تتمتع بنفوذ واسع، بوب كوركر، أنه`
            k = next((c for c in range(k + 1, min(limit, k + 10)) if self.tokens[c].text in ("،", ",")), limit)
        if k < limit and self.is_word[k] and (self.norms[k][:1] in ("ب", "ل") or self.norms[k] in ("في", "لدي")):
            # `المكلف بالاعلام والاتصال، المنجي الحرباوي،`, `آمر السرية البحرية في سوسة المجاورة، الرائد
            # محمد المجدوب`: the title's own prepositional phrase comes first
            k = next((c for c in range(k + 1, min(limit, k + 5)) if not self.is_word[c]), k)
        quoted = self._quoted_name(k, limit)
        if quoted is None and k + 1 < limit and self.tokens[k].text in ("،", ","):
            quoted = self._quoted_name(k + 1, limit)  # `وزير خارجية مملكة النرويج، "بورج براند"،`
        if quoted is not None:
            return Mention(m.first, quoted[1], quoted[0], quoted[1], "person")
        if k + 1 >= limit or self.tokens[k].text not in ("،", ","):
            return m
        nxt = self.norms[k + 1]
        if nxt.startswith(("بال", "لل", "كال", "وب")) or prepositional_masdar(self.lex, nxt) or nxt.startswith("فال") and (
                nxt[1:] in self.vocab or self.lex.not_names.get(nxt[3:]) == "noun"):
            # `قيادي في الجمعية الشرعية، باللجوء للقضاء`: the complement, not a name (but `فاليري`); `واعترف
            # الموقوف بمكان تخبئته ...، وبسرقة مبلغ`: a second complement joined by و
            return m
        name = parse_mention(self.lex, self.norms, self.is_word, k + 1, limit, self.vocab)
        if name is None:
            close = next((c for c in range(k + 2, min(limit, k + 5)) if self.tokens[c].text in ("،", ",")
                          or self.tokens[c].text == "." and c == limit - 1), None)
            if close is not None and close - k - 1 >= 2 and not self.norms[k + 1].startswith("ال") and all(
                    self.is_word[c] and self.norms[c] not in STOP_WORDS and self.norms[c] not in self.lex.cues
                    and not is_title(self.lex, self.norms, c) for c in range(k + 1, close)):
                # `مدير عام الهيئة، سيف السويدي،`: two or three words closed by a comma (or the sentence's
                # full stop: `بحسب ما صرح به المدير الجهوي للصحة، نبيه ثابت.`) are the name, even when the first
                # is also a common word
                return Mention(m.first, close, k + 1, close, "person")
            return m
        if name.kind != "person" or name.name_first is None or name.name_first != k + 1 and not (
                name.name_first - k - 1 <= 2 and (is_title(self.lex, self.norms, k + 1)
                                                  or self.norms[k + 1] in TITLE_ABBREVIATIONS)):
            return m  # a name, or a short title and a name: `، الشيخ محمد عبد الرازق،`
        after = name.last
        # Between a role and its comma every word is the name, even one that is also a common
        # word: `رئيس الهيئة، شوقي الطبيب إن`, `الشيخ القطري المعارض، سلطان بن سحيم آل ثاني،`
        while after < min(limit, name.last + 2) and self._name_word(after) \
                and not (after - name.name_first >= 2 and self.lex.not_names.get(self.norms[after]) == "noun"
                         and self.norms[after - 1] not in NAME_JOINERS):  # but `آل ثاني`
            after += 1
        ends = after >= limit or self.tokens[after].text == "."
        words = self.norms[name.name_first : after]
        if ends and not plain_name_words(self.lex, words) and (
                len(words) != 2 or m.kind != "role"
                or any(self.lex.not_names.get(w) == "verb" or w[:1] in "بلو" for w in words)):
            return m  # (`لمدريد، أحسنت بتقديم استقالتها.`: a clause, not a name, closes the sentence; but two
            # nouns after a title's comma are its holder's name: `المدير الجهوي للصحة، نبيه ثابت.`)
        if ends or self.tokens[after].text in ("،", ",", ":", "(") or self.norms[after] in COMPLEMENTIZERS \
                or self.norms[after] in ("ل", "لـ") or self.quote_opening_at(after) is not None \
                or after - name.name_first >= 2 and (self.norms[after] in STOP_WORDS
                                                     or self.lex.not_names.get(self.norms[after])):
            # (`، الرائد محمد المجدوب لـ"سكاي نيوز"`; a quotation opening: `، اللواء يوري يفتوشينكو "تم`; the
            # sentence's end: `وفقا للعضو في المركز الإعلامي ...، رضا عيسى.`; or a function word or a common
            # word after a two-word name: `، عماد الدايمي أي علاقة`, `،عصام الدردوري ضيف برنامج`)
            return Mention(m.first, after, name.name_first, after, "person")
        return m

    def _holder_after_possessor(self, m: Mention, limit: int) -> Mention:
        """`مستشار ترمب للأمن القومي، جون بولتون،`: the one-word name after the title is whose
        adviser; the holder is the name between commas that closes the chain."""
        comma = next((k for k in range(m.last, min(limit, m.last + 4)) if self.tokens[k].text in ("،", ",")), None)
        if comma is None and m.last < limit and self.tokens[m.last - 1].end < self.tokens[m.last].start \
                and self.tokens[m.last].text in ("،", ","):
            comma = m.last
        if comma is None or not all(self.is_word[k] and self.norms[k] not in COMPLEMENTIZERS
                                    for k in range(m.last, comma)):
            return m  # (`وقال وزير الخارجية سامح شكري إن المفاوضات مستمرة، وذلك`: the content has begun)
        holder = self._appositive_name(Mention(m.first, comma, None, None, "role"), limit)
        return holder if holder.kind == "person" else m

    def _quoted_name(self, k: int, limit: int) -> tuple[int, int] | None:
        """`المبعوث الدولي إلى اليمن "إسماعيل ولد الشيخ أحمد"؛`: a role's name in quotation marks.
        Returns the name's first and end tokens; the closing mark is the token at the end."""
        q = self.quote_opening_at(k) if k < limit else None
        if q is None or not q.closed:
            return None
        close = self._token_after(q.end - 1, limit)
        if not 2 <= close - k - 1 <= MAX_NAME_TOKENS or not all(self.is_word[t] for t in range(k + 1, close)):
            return None
        name = parse_mention(self.lex, self.norms, self.is_word, k + 1, close, self.vocab)
        if name is None or name.kind != "person" or name.name_first != k + 1 or name.last < k + 3:
            return None  # a name of two words at least; the marks close the rest (`ولد الشيخ أحمد`)
        return k + 1, close

    def _quoted_source(self, j: int, sent: Sentence, cue: CueForm) -> Mention | None:
        """A short name in quotation marks right after the cue, then أن / ":" — a media outlet (past an
        adverbial when the cue takes no object: `وقال "حزب الله" في بيان إنه`, not `انتقدت "حراس الدين" بشدة:`)."""
        m = self._quoted_name_after(j, sent)
        if m is None or m.last >= sent.last_token:
            return None
        # `وأوضح «منتدى التجارة العادلة» الوطني، أن`: its nisba adjectives and a comma may come first
        k = self._past_nisbas(m.last, sent.last_token - 1)
        k += self.tokens[k].text in ("،", ",")
        if k > m.last and self.norms[k].startswith("و"):
            return None  # `اعتبر «صفعة للحوثيين»، وأن`: a second clause joins a quoted object
        if not cue.frames & OBJECT_FRAMES:
            k = self._skip_adverbials(k, sent)
        if k >= sent.last_token or not (self.norms[k] in COMPLEMENTIZERS or self.tokens[k].text == ":"):
            return None
        if self._quoted_name_known(m):
            return Mention(m.first, m.last, m.first + 1, m.last - 1, "person")  # `وأضاف "آل صالح"، أنه`
        return m

    def _quoted_name_after(self, j: int, sent: Sentence) -> Mention | None:
        """`حسب "فوربس"`: a name of at most four words in quotation marks, read as an outlet."""
        q = self.quote_opening_at(j) if j < sent.last_token else None
        if q is None or not q.closed:
            return None
        k = self._token_after(q.end, sent.last_token)
        if not 0 < sum(self.is_word[t] for t in range(j + 1, k - 1)) <= 4 or k - j - 2 > 8:
            return None  # (`"سي.إن.إن"`: a dotted acronym's letters count as one word each)
        kind = head_kind_before(self.lex, self.norms, j + 1)
        return Mention(j, k, None, None, "organization" if kind == "organization" else "media")

    def _quoted_name_known(self, m: Mention) -> bool:
        """The words inside the quotation marks of `m` are a name the article gave in full."""
        return self.known_name_text(self.span_text(m.first + 1, m.last - 1))

    def _quoted_speaker(self, j: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`قال "عسيري" في حديث تلفزيوني: "..."`: a short quoted personal name right after a masculine
        say-verb, then a frame; after any cue when the article gave the name in full (`وذكر "كيري" في مقابلة`)."""
        m = self._quoted_name_after(j, sent)
        if m is not None and not ("quote" in cue.frames and not cue.feminine) and not self._quoted_name_known(m):
            m = None  # (`وذكر "كيري" في مقابلة`: any cue, with a name the article gave in full)
        if m is None or m.last >= sent.last_token or m.last - m.first > 4 or m.kind == "organization" \
                or any(self.norms[k] in self.lex.not_names for k in range(m.first + 1, m.last - 1)):
            return None  # (`وتؤيد "المقاربات الجادة"`, `اعتبر "صفعة"`: a quoted object, not a name)
        k = m.last
        if not (self.norms[k] in ("في", ":") or self.tokens[k].text in ("،", ",", ":")
                or self.lex.adverbials.match(self.norms, k)):
            return None
        return Mention(m.first, m.last, m.first + 1, m.last - 1, "person")

    def _svo_subject(self, i: int, sent: Sentence) -> Mention | None:
        """Subject before the verb: `حفتر أبلغ`, `حكومة الوفاق ربطت`, `وكان X قد أشار`."""
        j = i - 1
        apposition = None
        if j > sent.first_token and self.norms[j] in RELATIVES:
            n = self.norms[i]
            if any(n.endswith(p) and n[: -len(p)] in self.lex.cues for p in ("ه", "ها", "هم", "هما")) \
                    and not self._antecedent_speaks(i, sent):
                return None  # `دول الخليج التي وصفها بـ`: the antecedent is the object
            cue = self.lex.cues.get(n)
            if cue is not None and cue.kind in ("perfect", "imperfect") and not (cue.plural or cue.dual) \
                    and self.norms[j] in ("الذي", "والذي", "التي", "والتي") \
                    and (cue.feminine != self.norms[j].endswith("التي") or self._subject_after_verb(i, sent)):
                # `هاني سري الدين، الذي كشفت مصادر أنه`, `الاتحاد الأوروبي الذي تقول تيريزا ماي إنه`: a verb
                # that disagrees with its relative has its own subject (`تصريحات خامنئي التي أعلن فيها`: what
                # he said it in is the relative, and the speech's genitive speaks)
                return None
            if j - 1 > sent.first_token and self.tokens[j - 1].text in ("،", ","):
                j -= 1  # `وروز ماكغوان، التي اتهمته`
            return self._antecedent(j, sent)  # `ويدفع ماكرون الذي أقر بأن`: the antecedent speaks
        kan_first = self.norms[sent.first_token] in PLUPERFECT_KAN
        framed = False  # `وكان X قد أشار`: كان ... قد frames X as the subject, known or not
        if j >= sent.first_token and self.norms[j] in ("قد", "وقد", "فقد"):
            j = self._before_time_phrase(j - 1, sent)  # `محمد هنيدي كان قبل أسابيع قد أعلن`
            framed = kan_first
            if kan_first and j > sent.first_token + 1 and self.tokens[j].text in ("،", ",") \
                    and all(self.is_word[k] for k in range(sent.first_token + 1, j)):
                j -= 1  # `كانت تقارير إخبارية فلسطينية، قد ذكرت`: a comma closes the subject before قد
            if j > sent.first_token and self.norms[j] in PLUPERFECT_KAN:
                j -= 1  # `النظام السوري كان قد نفى`: the subject stands before كان
        elif j > sent.first_token and self.norms[j] in PLUPERFECT_KAN:
            j -= 1  # `قوات حكومة الوفاق، كانت أعلنت السبت أنها ...`
            if j > sent.first_token and self.tokens[j].text in ("،", ","):
                j -= 1
        if j > sent.first_token and self.tokens[j].text in QUOTE_CHARS and self.quote_opening_at(j) is not None:
            j -= 1  # `إن كيم "أعرب عن أمله ..."`: the subject stands outside the quotation
        elif j > sent.first_token + 1 and self.tokens[j].text in QUOTE_CHARS:
            # `وكانت "رويترز" قالت إن`: a quoted outlet between كان and the verb; `وكانت صحيفة "كاثيميريني"
            # أفادت`: an outlet's head and its quoted name before the verb
            q = next((q for q in self.quotes if q.closed and q.end == self.tokens[j].start), None)
            k = self._token_after(q.open - 1, j) if q is not None else j
            if q is not None and 0 < j - k - 1 <= 4 and k == sent.first_token + 1 and kan_first:
                return Mention(k, j + 1, None, None, "media")
            head = next((h for h in range(max(sent.first_token, k - 3), k)
                         if self.lex.media_heads.match(self.norms, h) == k - h), None) if q is not None else None
            if head is not None and 0 < j - k - 1 <= 4 and (head == sent.first_token + int(kan_first)
                                                             or self.norms[head - 1] in COMPLEMENTIZERS):
                return Mention(head, j + 1, None, None, "media")
        if j > sent.first_token and self.tokens[j].text in ("،", ","):
            # `وكانت السويد، العضو غير الدائم في مجلس الأمن، طالبت`: skip the apposition
            opening = next((k for k in range(j - 1, max(sent.first_token, j - 25), -1)
                            if self.tokens[k].text in ("،", ",")), None)
            if opening is not None and opening <= j - 12 and self.norms[opening + 1] not in RELATIVES:
                # an apposition runs up to 11 words; a relative clause may run longer: `القاضي سمير حمود، الذي
                # يشرف شخصيا على التحقيق وعمليات الدهم والبحث عن المختطفين، أكد`
                opening = None
            # `ان ترامب الذي يتصدر المرشحين ... وفق استطلاعات الرأي، اشار`: a relative clause with no comma before
            # it, closed by this one (the first relative, comma or complementizer back from it)
            rel = None if opening is not None else next(
                (k for k in range(j - 2, max(sent.first_token, j - 25), -1)
                 if self.norms[k] in RELATIVES and self.is_word[k - 1]
                 or self.tokens[k].text in ("،", ",") or self.norms[k] in COMPLEMENTIZERS), None)
            if rel is not None and self.norms[rel] in RELATIVES:
                apposition = (rel - 1, j)
                j = rel - 1
            elif any(self.norms[k] in COMPLEMENTIZERS
                     for k in range(j - 1, opening if opening is not None else max(sent.first_token, j - 12), -1)):
                j -= 1  # `إن المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ أحمد، جدد`: the comma closes the nested
                # subject itself, not an apposition
            elif opening is None:
                return None
            else:
                apposition = (opening, j)
                j = opening - 1
        end = j + 1
        while j >= sent.first_token and self.is_word[j] and self.norms[j] not in PLUPERFECT_KAN \
                and self.norms[j] not in STILL and self.norms[j] not in ("اما", "واما"):
            if end - j > 14:
                return None
            if self.norms[j] in COMPLEMENTIZERS or self.norms[j] in CLAUSE_LINKS:
                break  # `أكد أن حفتر أبلغ ...`, `لكن موسكو انتقدت`: the clause's own subject
            j -= 1
        first = j + 1
        if first >= end:
            return None
        if j >= sent.first_token and self.is_word[j] is False and self.tokens[j].text not in ("،", ",", ":") \
                and self.tokens[j].text not in QUOTE_CHARS:
            return None  # (`وأضاف: الرئيس السيسي قال إن`: an unmarked quotation opens with the subject)
        if j >= sent.first_token and self.norms[j] in COMPLEMENTIZERS and self.norms[j] != "ان" \
                and not self.norms[j].endswith("ن"):
            return None  # `أنه X قال`: the pronoun on أنه is the subject, X is not
        m = parse_mention(self.lex, self.norms, self.is_word, first, end, self.vocab)
        if m is None and first - 1 >= sent.first_token and self.norms[first - 1] in COMPLEMENTIZERS:
            m = self._accusative_subject(first, end)  # `أن مصدرا دبلوماسيا كبيرا أكد`
        if m is None:
            m = self._known_name_at(first, end)  # `"ولد الشيخ أكد`: a name the article gave in full
        # `محمد العلي رئيس قسم البحوث قال إن`: the name, its title after it, then the verb
        titled_after = m is not None and self._title_chain_to(m, end)
        if (m is None or m.last < end and not self._joint_tail(m.last, end) and not titled_after) \
                and kan_first and first == sent.first_token + 1 and apposition is None:
            # `وكان الإنتربول قد قال`, `وكانت سلسلة نيو لوك أعلنت`: all that stands between كان and the verb
            # is its subject, whatever the lexicons know of it
            m = self._framed_subject(first, end, i)
            framed = m is not None
        if m is None or m.last < end and not self._joint_tail(m.last, end) and not titled_after:
            return None
        if m.kind == "person" and not self.known_name(m) and head_kind_before(self.lex, self.norms, first) is None \
                and not (framed and first == sent.first_token + 1) and not titled_after:
            return None
        if apposition is not None and m.kind == "role":
            # `وكان رئيس الوزراء الإثيوبي الجديد، أبيي أحمد، أعلن`: the name stands in the apposition
            name = parse_mention(self.lex, self.norms, self.is_word, apposition[0] + 1, apposition[1], self.vocab)
            if name is not None and name.kind == "person" and name.has_name and name.last == apposition[1]:
                return Mention(m.first, apposition[1], name.name_first, name.name_last, "person")
        if titled_after:
            return m
        return Mention(m.first, end, m.name_first, m.name_last if m.last == end else m.name_last, m.kind,
                       m.definite_role)

    def _before_time_phrase(self, j: int, sent: Sentence) -> int:
        """The token before a time phrase that ends at j (`قبل أسابيع`, `منذ أيام`, `في وقت سابق`), or j when
        none does: the time of a pluperfect stands between its subject and قد."""
        for k in range(j, max(sent.first_token, j - 3) - 1, -1):
            if not self.is_word[k]:
                break
            if self.norms[k] in ("قبل", "منذ") and k < j or self.lex.adverbials.match(self.norms, k) == j - k + 1:
                return k - 1
        return j

    def _accusative_subject(self, first: int, end: int) -> Mention | None:
        """After أن / إن the subject is accusative: `مصدرا دبلوماسيا كبيرا`, `مسؤولا أمريكيا`. Read without the
        accusative alif, an unnamed source, a group or a role that runs to the verb."""
        if not any(n.endswith("ا") for n in self.norms[first:end]):
            return None
        words = list(self.norms)  # (the parser may look a token past its limit)
        words[first:end] = [_without_accusative(n) for n in self.norms[first:end]]
        m = parse_mention(self.lex, words, self.is_word, first, end, self.vocab)
        if m is None or m.last != end or m.kind not in ("anonymous", "group", "role"):
            return None
        return Mention(first, end, None, None, m.kind, m.definite_role)

    def _nominative(self, text: str) -> str:
        """`مصدرا دبلوماسيا كبيرا` -> `مصدر دبلوماسي كبير`: an unnamed source after أن as named, not in أن's
        case; definite words, places and words with a pronoun keep their final alif (`الضحايا`, `بريطانيا`,
        `وقتها`)."""
        def keeps(n: str) -> bool:
            return n.startswith("ال") or n.endswith(("ها", "هم")) or bool(self.lex.places.match([strip_proclitic(n)], 0))
        return " ".join(w if keeps(normalise_token(w)) else _without_accusative(w) for w in text.split())

    def _framed_subject(self, first: int, end: int, i: int) -> Mention | None:
        """The words between a sentence-opening كان and its perfect verb (or its قد), as one mention: of the
        kind its head word gives, else a definite phrase is a body and bare words are a name. كان agrees
        with the verb, and no word in between is a verb, a function word or a cue."""
        cue = self.lex.cues.get(self.norms[i])
        kan = self.norms[first - 1]
        if cue is None or cue.kind != "perfect" or cue.plural or cue.dual or end - first > 5 \
                or kan.endswith("ت") != cue.feminine:
            return None
        if any(not self.is_word[k] or self.norms[k] in STOP_WORDS or self.norms[k] in self.lex.cues
               or self.lex.not_names.get(self.norms[k]) == "verb" or self.lex.adverbials.match(self.norms, k)
               for k in range(first, end)):
            return None
        if self.lex.nonhuman_subjects.match(self.norms, first) or self.lex.document_heads.match(self.norms, first):
            return None  # `وكانت معلومات تحدثت`, `وكان التقرير قد أشار`: no one's words
        if not any(self.norms[k] in COMPLEMENTIZERS or self.tokens[k].text == ":" for k in range(i + 1, min(len(self.norms), i + 12))):
            return None  # a statement follows (not `وكانت اللوحة اعتبرت لفترة طويلة`: a passive, read unvowelled)
        words = [w for k in range(first, end) for w in self.norms[k].split("_")]  # `#الجيش_اليوناني`: a hashtag's words
        kind = head_kind_before(self.lex, words, 0)
        if kind == "title":
            return None  # a role with no name after it: the discourse resolves it, not this frame
        if kind is None:
            # a word of a name the article gave (`وكان الجبير قد أكد`) is that person; else a definite phrase
            # or a plural (`مجموعات صناعية`) is a body, and bare words are a name
            known = all(strip_proclitic(self.norms[k]) in self.doc_name_tokens for k in range(first, end)) \
                or end == first + 1 and self.norms[first].endswith("ي")  # (`وكان المقدشي قد قال`: a nisba surname)
            body = self.norms[first].startswith("ال") or self.norms[first].endswith("ات")
            if not body and not known and (self.norms[first] in self.lex.not_names or masdar_shape(self.norms[first])):
                return None  # `وكان اعتداء انتحاري ... أعلن`: a common noun, the clause's topic, not a name
            kind = "organization" if body and not known else "person"
        if kind == "person":
            return Mention(first, end, first, end, "person")
        return Mention(first, end, None, None, kind)

    def _title_chain_to(self, m: Mention, end: int) -> bool:
        """A bare personal name of two words or more whose title follows it and runs to `end`."""
        if m.kind != "person" or m.name_first != m.first or m.last >= end or (m.name_last or m.last) - m.first < 2 \
                or not is_title(self.lex, self.norms, m.last) or not plain_name_words(self.lex, self.norms[m.first : m.last]):
            return False  # (not `وفي المؤتمر الصحفي قال`: a prepositional phrase)
        role = parse_mention(self.lex, self.norms, self.is_word, m.last, end, self.vocab)
        return role is not None and role.kind == "role" and role.last == end

    def _antecedent(self, end: int, sent: Sentence) -> Mention | None:
        """The longest named or headed mention that ends right before a relative pronoun."""
        for k in range(max(sent.first_token, end - 8), end):
            if self._according_match(k):
                continue  # (`وفقا` is no name)
            # (`وهاجم مارادونا الذي انتقد`: a surname the article gave in full, that parses as no name)
            m = None
            if self.norms[k].startswith("ل") and len(self.norms[k]) > 3 and k > sent.first_token \
                    and (self._according_match(k - 1) or any(self.lex.document_heads.match([_bare(self.norms[d])], 0)
                                                             for d in range(max(sent.first_token, k - 2), k))):
                # `وفقا للأطباء الذين أكدوا أنه`: the according-to source speaks again in its relative; `التقرير
                # السنوي لوكالة الاستخبارات ...، الذي أشار`: the document's author speaks through it
                m = self._mention_after_l(k, sent, ("organization", "media", "anonymous", "group"))
            m = m or parse_mention(self.lex, self.norms, self.is_word, k, end, self.vocab) or self._known_name_at(k, end)
            if m is not None and m.kind == "role" and all(self.is_word[t] for t in range(m.last, end)) \
                    and k - 1 > sent.first_token and self.tokens[k - 1].text in ("،", ","):
                # `تركي آل الشيخ، رئيس الهيئة العامة للرياضة، الذي انتقد`: the role is an apposition; the
                # name before it is the antecedent (not the body in the role's genitive)
                named = self._antecedent(k - 1, sent)
                if named is not None and named.kind == "person" and named.has_name:
                    return named
            if m is None or m.last != end or m.kind in ("role", "demonstrative"):
                continue
            if m.kind == "person" and m.name_first == m.first and not self.known_name(m):
                continue  # a bare word that no title or earlier mention makes a name
            if m.kind == "place" and self.norms[m.first].startswith("و"):
                # `للسعودية والإمارات والبحرين التي أعلنت`: coordinated places speak together
                first = m.first
                while first > sent.first_token and self.lex.places.match([self._bare_place(first - 1)], 0):
                    first -= 1
                    if not self.norms[first].startswith("و"):
                        break
                if first < m.first:
                    if self.norms[first].startswith("ل"):
                        self.l_mentions.add(first)
                    return Mention(first, m.last, None, None, "group")
            return m
        return None

    def _bare_place(self, k: int) -> str:
        """`للسعودية` -> `السعودية`, `والإمارات` -> `الامارات`: a place without ل / و."""
        n = self.norms[k]
        if n.startswith("لل"):
            return "ال" + n[2:]
        return n[1:] if n[:1] in ("و", "ل", "ب") else n

    def _joint_tail(self, k: int, end: int) -> bool:
        """`حفتر ورئيس الوزراء الليبي فائز السراج`: a second speaker joined with و."""
        if not (k < end and self.norms[k].startswith("و") and len(self.norms[k]) > 2):
            return False
        if is_nisba(self.norms[k][1:]) and k + 1 < end:
            k += 1  # `الرئيسان الفرنسي إيمانويل ماكرون والأميركي دونالد ترمب`: the second's nisba, then his name
        tail = parse_mention(self.lex, self.norms, self.is_word, k, end, self.vocab)
        # the second runs to the verb, or to a third (not `غوارديولا وقف إلى جانبه`: a verb and its phrase)
        return tail is not None and (tail.last == end or self._joint_tail(tail.last, end))

    # ---- speakers ------------------------------------------------------------------------
    def _speaker_from(self, m: Mention, cue: CueForm | None) -> Speaker:
        mention_text = self.span_text(m.first, m.last)
        if self._conjunction_on_head(m.first) and mention_text[:1] in ("و", "ف"):
            mention_text = mention_text[1:]  # `ووزارة الخارجية أكدت`, `والحكومة ترى`: the conjunction is no part of it
        if m.kind in ("anonymous", "group", "role") and m.first > 0 and self.norms[m.first - 1] in COMPLEMENTIZERS:
            mention_text = self._nominative(mention_text)  # `أن مصدرا دبلوماسيا كبيرا أكد`
        if self.norms[m.first] in DIVINE and m.last - m.first <= 3:
            return Speaker("الله", "person", mention_text)  # `قال تعالى`, `قال الله تعالى`: a verse quoted
        if m.first in self.l_mentions:  # `لوزارة الصحة` -> `وزارة الصحة`, `للعضو` -> `العضو`
            mention_text = _without_l(mention_text)
        titles = tuple(self.norms[m.first : (m.name_first if m.name_first is not None else m.last)])
        if m.kind == "person" and m.has_name and self._kin(titles) \
                and self.tokens[m.name_first - 1].text not in ("،", ",") and self.norms[m.name_first - 1] not in NAME_PREFIXES:
            # `والد عهد`, `الشقيق الأصغر للملك فيليب`: the name is the relative's, and the phrase stands as
            # written (not after a comma or a prefix of his own: `شقيق الشهيد، بدر الدين الغزالي`, `والد الشهيد
            # الشيخ علي العمري`). A chain that ran on through و keeps the kin and its genitive only (`والد الرهينة
            # السلطات الفرنسية والرئيس فرنسوا هولاند`: the authorities and the president are whom he called on)
            end = m.last if not any(self.norms[k].startswith("و") for k in range(m.first + 1, m.last)) else m.first + 2
            text = self.span_text(m.first, end)
            return Speaker(_strip_clitics(text), "person", text, titles, m.first)
        if m.kind == "person" and m.last == m.first + 1 and "_" in self.norms[m.first]:
            kind = head_kind_before(self.lex, self.norms[m.first].split("_"), 0)
            if kind in ("organization", "media", "group", "anonymous"):
                # `وقالت #هيئة_السوق_المالية`: a hashtag is one token; its first words name a body
                return Speaker(_without_hashtags(mention_text), kind, mention_text)
        if m.kind == "person" and m.has_name:
            name = _without_hashtags(self.span_text(m.name_first, m.name_last or m.last))
            joint = m.last > (m.name_last or m.last)
            if joint:
                name = _strip_clitics(mention_text)  # joint speakers keep the whole phrase
            name = self._known_name_run_on(name)
            sp = Speaker(self._full_name(name), "person", mention_text, titles, m.first)
            if not joint:
                self._remember(sp)  # (a joint phrase is no one's full name: `ماكرون` after `الرئيسان ... وماكرون`)
            return sp
        if m.kind == "role":
            return self._resolve_role(m, mention_text, titles, cue)
        if m.kind == "anonymous" and _bare(self.norms[m.first]) in ("مصدر", "مصادر") and (
                m.first > 0 and self.norms[m.first - 1] in SAME_BEFORE
                or m.last < len(self.norms) and self.norms[m.last] in SAME_ONE):
            # `وأوضح ذات المصدر`, `حسب المصدر نفسه`: "the same source" is the latest speaker with that head
            # (`قالت المصادر المصرية نفسها` after `مصادر مصرية مطلعة` and `قيادات حزبية` spoke), else whoever the
            # last statement came from (`وفق تأكيد العقيد خميس بن علي. وأوضح ذات المصدر`)
            earlier = [a for a in self.out if a.cue_start < self.tokens[m.first].start and a.speaker]
            head = _bare(self.norms[m.first])
            before = next((a for a in reversed(earlier) if _head_of(a.speaker) == head),
                          earlier[-1] if earlier else None)
            if before is not None:
                return Speaker(before.speaker, before.speaker_type, mention_text, (), m.first)
        if m.kind in ("organization", "media", "anonymous") and m.last - m.first <= 4 \
                and all(self.norms[k].startswith("ال") or self.norms[k] == "غير" for k in range(m.first, m.last)):
            # `المنظمة الدولية` after `منظمة الأمم المتحدة للطفولة`: a definite head and its adjectives (`المنظمة غير
            # الحكومية`)
            earlier = self._institution_before(m.first, m.last)
            if earlier is not None:
                return Speaker(earlier[2], earlier[3], mention_text, (), m.first)
        if m.kind == "demonstrative":
            head = strip_proclitic(self.norms[m.first + 1])
            for g in reversed(self.state.groups):
                if head[:5] in normalise_token(g.canonical):
                    return Speaker(g.canonical, g.kind, mention_text)
            return Speaker(_strip_clitics(mention_text), "group", mention_text)
        sp = Speaker(_strip_clitics(mention_text), m.kind, mention_text, titles)
        if m.kind in ("group", "anonymous"):
            self.state.groups.append(sp)
        if m.kind in ("organization", "media") and self.norms[m.first].startswith("ال") and m.last - m.first > 2 \
                and not any(self.norms[k].startswith("و") for k in range(m.first + 1, m.last)) \
                and self._closed_after(m.last):
            # `وقالت اللجنة التأديبية بالاتحاد الدولي`: a later `وقالت اللجنة` is the same body
            self.institutions.append((m.first, _bare(self.norms[m.first]), sp.canonical, m.kind))
        return sp

    def _conjunction_on_head(self, k: int) -> bool:
        """و or ف written on a head word, title or definite noun (`ووزارة`, `والحكومة`, `ووزير`, `والمملكة`), not
        a word that begins with the letter (`وكالة`, `وزير`). (A person's canonical name comes from the name's
        own span, so `والدها` read as a bare name keeps its و there.)"""
        n = self.norms[k]
        if len(n) <= 3 or n[0] not in "وف":
            return False
        heads = (self.lex.org_heads, self.lex.media_heads, self.lex.group_heads, self.lex.anonymous_heads)
        if any(h.match([n], 0) for h in heads):
            return False
        rest = n[1:]
        return any(h.match([rest], 0) for h in heads) or bool(is_title(self.lex, [rest], 0)) \
            or rest.startswith("ال") and len(rest) >= 5

    def _closed_after(self, k: int) -> bool:
        """A mention ending at k is cleanly closed: punctuation, أن, a preposition or an adverbial follows."""
        return k >= len(self.norms) or not self.is_word[k] or self.norms[k] in COMPLEMENTIZERS \
            or self.norms[k] in SEPARATE_PREPOSITIONS or bool(self.lex.adverbials.match(self.norms, k))

    def _full_name(self, name: str) -> str:
        """`قالن` -> `إبراهيم قالن` when the article named him in full before."""
        key = [normalise_token(w) for w in name.split()]
        spoke = [p.canonical for p in reversed(self.state.persons)]
        known = [(n, [normalise_token(w) for w in n.split()]) for n in spoke + [n for _, n, _ in self.titled]]
        for full_name, full in known:
            if len(full) > len(key) and (full[-len(key) :] == key or full[: len(key)] == key):
                return full_name
        if len(key) != 1 or len(key[0]) <= 4 or not key[0].startswith("ال"):
            return name
        surname = key[0]
        for full_name, full in known[: len(spoke)]:  # a definite family name before a last one: `الصرخي` -> `محمود
            last = full[-1][2:] if full[-1].startswith("ال") else full[-1]  # الصرخي الحسني`
            if len(full) in (3, 4) and full[-2] == surname and not masdar_shape(last) and last not in self.lex.not_names \
                    and not last.endswith("يه"):
                return full_name  # (not a name run on into a noun: `جوناثان آلانان استهداف`)
        for full_name, full in known:
            if len(full) >= 2 and (full[-1] == surname[2:] or "".join(full[-2:]) == surname):
                return full_name  # `الصبيحي` -> `عبدالله صبيحي`, `الجارالله` -> `أحمد الجار الله`
        return name

    def _known_name_run_on(self, name: str) -> str:
        """`ورفض رونالدو محاولات وضعه`, `أنكر ترامب العلاقة`, `وتوعد الرئيس الإيراني حسن روحاني منفذي الهجوم`:
        a name the article knows, run on into the verb's object, is the known name. The known words must end
        at a family name (not a given name: `حسن نصر الله`, `عبد الخالق`); one word must have a fuller form in
        the article (not `والد عهد`), and two or more must be followed by a common word."""
        words = name.split()
        known = 0
        while known < len(words) and self._known_word(normalise_token(words[known])):
            known += 1
        if not 0 < known < len(words) or any(self._known_word(normalise_token(w)) for w in words[known:]):
            return name
        head = " ".join(words[:known])
        full = self._full_name(head).split()
        if normalise_token(full[-1]) != normalise_token(words[known - 1]):
            return name
        nxt = normalise_token(words[known])
        common = nxt in self.lex.not_names or nxt.startswith("ال") and nxt[2:] in self.lex.not_names \
            or nxt.endswith("ي") and nxt[:-1] in self.lex.not_names
        return head if len(full) > known or known >= 2 and common else name

    def _remember(self, sp: Speaker) -> None:
        self.state.persons.append(sp)
        self.state.person_words.update(normalise_token(w) for w in sp.canonical.split())

    def _resolve_role(self, m: Mention, mention_text: str, titles: tuple[str, ...],
                      cue: CueForm | None = None, latest: bool = True) -> Speaker:
        """`المتحدث` -> قالن, `الوزير الروسي` -> لافروف: the named person who holds that role.

        In order: a speaker already quoted with a shared role word (and no clashing nisba
        adjective), a titled name earlier in the article, one later (the lead may say
        `وزير الخارجية الأميركي` and name بومبيو two sentences on), else the latest person named.
        An indefinite role (`محلل سياسي`) looks only ahead, and is otherwise someone unnamed.
        """
        kin = self._kin(titles)
        words = {_bare(titles[0])} if kin else _role_words(titles)  # (`نجل الرئيس`: a son, whoever's)
        if self._indefinite_role(m):
            # `وقال محلل سياسي إن`: someone new, never the person quoted before; the lead may name him later
            # (`أكد جنرال روسي ... وقال الجنرال فلاديمير شامانوف`), else he stays unnamed
            after = [(pos, name, pt) for pos, name, pt in self.titled if pos > m.first and _fits_role(words, titles, pt)]
            if after and not any(self.norms[k] in ANOTHER for k in range(m.first, m.last)):  # (not `متحدثة أخرى`)
                return Speaker(self._full_name(after[0][1]), "person", mention_text, after[0][2], m.first)
            return Speaker(_strip_clitics(mention_text), "anonymous", mention_text, titles, m.first)
        last = self.state.speakers[-1] if self.state.speakers else None
        if last is not None and last.kind == "anonymous" and titles and last.titles \
                and _role_head(titles) == _role_head(last.titles):
            # `قال متحدث باسم رئيس الوزراء ... وشدد المتحدث`: the unnamed spokesman who just spoke
            return Speaker(last.canonical, last.kind, mention_text, last.titles, m.first)
        for p in reversed(self.state.persons):
            if _fits_role(words, titles, p.titles):
                return Speaker(p.canonical, "person", mention_text, p.titles, m.first)
        fits = [(pos, name, pt) for pos, name, pt in self.titled if _fits_role(words, titles, pt) and pos != m.first]
        before = [f for f in fits if f[0] < m.first]
        after = [f for f in fits if f[0] > m.first]
        if before or after:
            _pos, name, ptitles = before[-1] if before else after[0]
            return Speaker(self._full_name(name), "person", mention_text, ptitles, m.first)
        if "باسم" in titles:
            holder = self._spokesman_named_before(m)
            if holder is not None:
                return Speaker(self._full_name(holder[1]), "person", mention_text, holder[2], m.first)
        if m.last - m.first >= 4 or not latest or "باسم" in titles or self._relational(m) or kin:
            # `رئيس الجمهورية الباجي قائد السبسي`: a long chain no one else holds carries its own
            # name (one the parser took for title words); keep it rather than borrow a speaker's. Without
            # `latest` (an according-to frame) the role stands as written too, and so does a spokesman no one
            # is named as (`متحدثة باسم الجامعة`): he is not the person quoted before him. Nor is kin (`نجل الرئيس`).
            return Speaker(_strip_clitics(mention_text), "person", mention_text, titles, m.first)
        persons = [p for p in self.state.persons if p.pos < m.first and self._agrees(p, cue)]
        # Otherwise the latest speaker, or failing one the latest titled name before the role
        # (a person named only in passing, `الزعيم الراحل معمر القذافي`, loses to a speaker).
        latest = max([(p.pos, p.canonical, p.titles) for p in persons], default=None) \
            or max([t for t in self.titled if t[0] < m.first], default=None)
        if latest is not None:
            return Speaker(self._full_name(latest[1]), "person", mention_text, latest[2], m.first)
        return Speaker(_strip_clitics(mention_text), "person", mention_text, titles, m.first)

    def _indefinite_role(self, m: Mention) -> bool:
        """A title with indefinite nisba adjectives only (`محلل سياسي`, `متحدثة عسكرية إسرائيلية`): no definite
        word, and no place or name in its genitive (`رئيس وزراء إسرائيل` is someone already named)."""
        words = [strip_proclitic(self.norms[k]) if k == m.first else self.norms[k] for k in range(m.first, m.last)]
        if len(words) < 2 or any(w.startswith("ال") for w in words) or not self.is_word[m.last - 1]:
            return False
        nxt = self.norms[m.last] if m.last < len(self.norms) and self.is_word[m.last] else ""
        if nxt and (self.lex.places.match(self.norms, m.last) or nxt not in self.lex.not_names and nxt not in STOP_WORDS
                    and nxt not in COMPLEMENTIZERS and nxt not in self.lex.cues and nxt[0] not in "لبوف"):
            return False  # (`زعيم جمهورية كوريا الشعبية`: a chain the parser cut before a place or a name)
        def adjective(w: str) -> bool:  # (not `حارس تشيلسي`, `ممثل أبوظبي`: a name that ends like a nisba)
            return indefinite_nisba(w) and not self.lex.places.match([w], 0) \
                and (self.lex.not_names.get(w) == "noun" or nationality(self.lex, "ال" + w))
        return all(adjective(w) for w in words[1:])

    def _kin(self, titles: tuple[str, ...]) -> bool:
        """The title chain opens with a word of kinship (`والد الطفلة`, `نجل الرئيس`: kinship_titles.txt)."""
        return bool(titles) and _bare(titles[0]) in self.lex.kinship_titles

    def _relational(self, m: Mention) -> bool:
        """`محاميه`, `مستشاره`, `نائبها`: the title of someone's lawyer, adviser, deputy ... (relational_titles.txt)
        with a pronoun for that someone (as written: ه, not the feminine ة of `مستشارة`)."""
        if not self.tokens[m.first].text.endswith(("ه", "ها", "هم", "هما")):
            return False
        n = strip_proclitic(self.norms[m.first])
        return not n.startswith("ال") and _pronoun_stem(n) in self.lex.relational_titles

    def _spokesman_named_before(self, m: Mention) -> tuple[int, str, tuple[str, ...]] | None:
        """`العقيد تركي المالكي، المتحدث باسم التحالف العربي ... وتابع المتحدث باسم التحالف`: the titled name
        next to an earlier use of the same spokesman's role (before it, or closing its chain)."""
        role = [strip_proclitic(n) for n in self.norms[m.first : m.last]]
        width = len(role)
        for p in range(m.first - width, -1, -1):
            if strip_proclitic(self.norms[p]) != role[0] or [strip_proclitic(n) for n in self.norms[p : p + width]] != role:
                continue  # (the head first: most windows end there)
            near = [t for t in self.titled if p - 6 <= t[0] < p or p + width <= t[0] <= p + width + 8]
            if near:
                return min(near, key=lambda t: abs(t[0] - p))
        return None

    def _description(self, mention: str) -> bool:
        """A body named by its kind only: an indefinite head with indefinite nisbas (`صحيفة بريطانية`, not `صحيفة
        إنفوباي`), or a definite head with definite adjectives (`والشركة الأميركية العملاقة`)."""
        words = [normalise_token(w) for w in mention.split() if normalise_token(w) != "غير"]  # (`غير الحكومية`)
        if len(words) < 2:
            return False
        if strip_proclitic(words[0]).startswith("ال"):
            return all(w.startswith("ال") and (is_nisba(w) or w[2:] in self.lex.not_names) for w in words[1:])
        return all(indefinite_nisba(w) and w in self.lex.not_names for w in words[1:])

    def _institution_before(self, first: int, last: int) -> tuple[int, str, str, str] | None:
        """`الشبكة` -> `شبكة (سي.بي.إس نيوز)`: the latest organisation or outlet with that head (first..last is
        the short form: the head and its definite adjectives)."""
        head = _bare(self.norms[first])
        before = [inst for inst in self.institutions if inst[0] < first and inst[1] == head]
        # a named one before a kind (`جماعة الإخوان ... وأعلنتها جماعة إرهابية. لكن الجماعة تنفي`)
        if before and before[-1][3] != "anonymous":
            before = [inst for inst in before if not self._description(inst[2])] or before
        if not before:
            # the latest body with that head that spoke (`الجيش الإسرائيلي`: two words, which the registry
            # does not hold) or, for a bare head, was named in passing (`الذي ستعلنه اللجنة التأديبية بالاتحاد
            # الدولي`); the short form's adjectives must be the long one's
            words = set(self.norms[first + 1 : last])
            words -= {w for k, w in enumerate(self.norms[first + 1 : last], first + 1)
                      if w == "غير" or self.norms[k - 1] == "غير"}  # (`المنظمة غير الحكومية`: what kind it is)
            spoke = [(bisect_right(self.token_starts, a.speaker_start) - 1, head, a.speaker, a.speaker_type)
                     for a in self.out if a.speaker and a.speaker_start is not None and _head_of(a.speaker) == head
                     and a.speaker_type in ("organization", "media")]
            spoke = [inst for inst in spoke if self._body_name(inst[2])]
            # (`قدرة البيت الأبيض التفاوضية`: an adjective may be another noun's)
            named = self._bodies_named_in_passing() if not words else []
            before = [inst for inst in spoke + named if inst[0] < first and inst[1] == head
                      and words <= {normalise_token(w) for w in inst[2].split()}]
            before.sort()
        return before[-1] if before else None

    def _body_name(self, text: str) -> bool:
        """`المرصد السوري لحقوق الإنسان`, `الجيش الإسرائيلي`: a body's head with adjectives and genitives, and no
        run-on (`الشرطة استنادا`, `الجيش ومكتب حاكم`, `التحالف القائلة`): it ends in a definite word, an
        indefinite one is followed by its definite genitive (and is no verbal noun after ل or ب), and none is
        joined by و or is a cue."""
        words = [normalise_token(w) for w in text.split()][1:]
        if not words or not words[-1].startswith("ال"):
            return False
        for k, w in enumerate(words):
            bare = w[2:] if w.startswith("ال") else w
            if w[0] == "و" or bare in self.lex.cues:
                return False
            if "ال" not in w[:4] and (not words[k + 1].startswith("ال") or w[0] in "لب" and masdar_shape(w[1:])):
                return False  # (`الحكومة لتحسين الرعاية`: a purpose, not the body's genitive)
        return True

    def _pro_drop(self, cue: CueForm, i: int, sent: Sentence) -> Speaker | None:
        last = self.state.last
        if last is None and cue.dual:
            # `والتقى الوزير X نظيره Y ..., حيث أكدا`: the two persons named in the sentence
            first = self._other_person_in(sent, i, Speaker("", "person", ""))
            if first is not None:
                second = self._other_person_in(sent, i, first)
                name = f"{first.canonical} و{second.canonical}" if second is not None else first.canonical
                return Speaker(name, "person", "")
        if last is None:
            # `حفتر يلتقي وزير خارجية روسيا ويدعو موسكو ...`: no speaker yet; the sentence's subject
            m = parse_mention(self.lex, self.norms, self.is_word, sent.first_token, i, self.vocab)
            if m is None or m.kind in ("role", "demonstrative") or m.kind == "person" and not self.known_name(m):
                m = self._main_clause_subject(i, sent) or self._previous_subject(sent)
                if m is None:
                    return None
            if cue.plural and m.kind == "person" and " و" not in self.span_text(m.first, m.last) \
                    and not self.norms[m.first].endswith("ون"):
                return None  # `ونشر هنيدي مقطعا ...، واعلنوا`: one man is no plural verb's subject (but
                # `علويون من منطقة اللاذقية عبروا`: a sound plural the lexicons lack)
            return self._speaker_from(m, None)
        if cue.plural and (last.kind == "person" and " و" not in last.canonical or last.kind == "media"):
            group = next((g for g in reversed(self.state.groups) if g.kind in ("group", "anonymous")), None)
            if group is not None:
                return Speaker(group.canonical, group.kind, "")
            return None  # `وقد أعلنوا` after one man spoke (or an outlet reported): a plural the lexicons do not know
        if cue.dual and last.kind == "person":
            other = self._other_person_in(sent, i, last)
            if other is not None:  # `بحث قالن الملف مع أوبراين، حيث أكدا`
                return Speaker(f"{last.canonical} و{other.canonical}", "person", "")
            pair = self._two_named_before(i, sent)
            if pair is not None:
                return pair
        if not (cue.plural or cue.dual) and cue.kind in ("perfect", "imperfect") and last.kind in ("group", "anonymous") \
                and _plural_of_people(last.canonical):
            # `قال مسؤولون ... وأضاف`: a singular verb's dropped subject is no plural of people; a feminine one
            # may go back to sources whose verb was feminine (`ذكرت مصادر ... يعارض آخرون ذلك ... وأشارت`)
            other = next((p for p in reversed(self.state.speakers[-6:]) if cue.feminine and p.kind == "anonymous"
                          and self.state.feminine.get(p.canonical) is True), None)
            return Speaker(other.canonical, other.kind, "", other.titles) if other is not None else None
        if not self._agrees(last, cue):
            # `وأضافت` after a man spoke: the latest woman quoted (and the reverse); `وأضاف` after
            # `الحكومة` spoke: the latest man
            other = next((p for p in reversed(self.state.persons) if self._agrees(p, cue, strict=True)), None) \
                if last.kind == "person" else None
            other = other or next((p for p in reversed(self.state.speakers[-6:]) if self._agrees(p, cue, strict=True)),
                                  None)
            if other is not None:
                return Speaker(other.canonical, other.kind, "", other.titles)
            if last.kind in ("person", "anonymous", "group") and self.state.feminine.get(last.canonical) is not None:
                return None  # `وقالت` after a man whose verb was masculine, and no woman quoted: not he (nor, after
                # `وقالت مصادر`, is `وأضاف` theirs; a body's masculine verb may stand for its spokesman, so not bodies)
        return Speaker(last.canonical, last.kind, "", last.titles)

    def _coordinated_subject(self, i: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`سعت سو تشي إلى ...، وتعهدت`, `ولم تؤكد بيونغ يانغ العرض، لكنها أعلنت`, `لكن المسلحين ينفون ذلك،
        ويقولون`: a verb joined to the sentence's first clause shares that clause's named subject, when
        nothing in the sentence was attributed before it."""
        if i <= sent.first_token + 2 or any(sent.start <= a.cue_start < self.tokens[i].start for a in self.out):
            return None
        if not (self.norms[i][0] in "وف" and self.norms[i][1:] in self.lex.cues
                or self.norms[i - 1] in CLAUSE_LINKS):
            return None
        j = sent.first_token
        while j < i and self.norms[j] in LEADING_PARTICLES:
            j += 1
        if j + 3 < i and self.lex.adverbials.match(self.norms, j):
            k = self._skip_adverbials(j, sent)
            k += k < i and self.tokens[k].text in ("،", ",")
            if k < i and self.tokens[k - 1].text in ("،", ","):
                j = k  # `من جانبه، أحجم الرئيس القرغيزي ... عن التعهد بذلك، وقال`: past the opening frame
        if self._after_time_clause(sent, i) is not None:
            # `وحينما اندلع العنف ...، ونزح ...، سعت سو تشي إلى ...، وتعهدت`: the clause before the verb's comma
            j = max((k + 1 for k in range(sent.first_token, i - 1) if self.tokens[k].text in ("،", ",")), default=j)
        found = self._clause_subject(j, i, sent)
        if found is None:
            # `هذا الإنذار موعده 12 مايو، وقد حاول الرئيس الفرنسي ماكرون ...، وأضاف`: a clause the sentence
            # does not open, begun by و and a verb after a comma
            later = [k + 1 for k in range(j, i - 2) if self.tokens[k].text in ("،", ",") and self.norms[k + 1][:1] == "و"]
            found = next((f for k in reversed(later) if (f := self._clause_subject(k, i, sent, joined=True))), None)
        if found is None:
            return None
        m, verb = found
        plural = m.kind == "group" or verb.endswith(("وا", "ون"))
        if plural != cue.plural or cue.dual:
            return None
        if not cue.plural and cue.kind in ("perfect", "imperfect") and (verb.endswith("ت") or verb.startswith("ت")) \
                != cue.feminine:
            return None  # the first verb's gender must be the cue's (a perfect `تحدث` reads feminine: no subject)
        return m

    def _clause_subject(self, j: int, i: int, sent: Sentence, joined: bool = False) -> tuple[Mention, str] | None:
        """The named subject of the clause at token j (SVO, or its first word a verb), with the verb."""
        if joined:
            first = self.norms[j][1:]  # `وقد`, `وحاول`
            if first in LEADING_PARTICLES:
                j += 1
                first = self.norms[j] if j < i else ""
            if self.lex.not_names.get(first) != "verb" or first in self.lex.cues or j + 1 >= i:
                return None
            m = parse_mention(self.lex, self.norms, self.is_word, self._skip_adverbials(j + 1, sent), i, self.vocab)
            if m is None or m.kind != "person" or not m.has_name or not self.known_name(m) \
                    or not plain_name_words(self.lex, self.norms[m.name_first:m.name_last or m.last]):
                return None  # a known person (after a verb an unknown phrase is as likely its object)
            return m, first
        svo = parse_mention(self.lex, self.norms, self.is_word, j, i, self.vocab)
        if svo is not None and svo.kind in SUBJECT_KINDS and svo.last < i and self.is_word[svo.last] \
                and self.norms[svo.last] not in STOP_WORDS and not self.norms[svo.last].startswith("ال"):
            m = svo  # `لكن المسلحين ينفون`
            verb = self.norms[svo.last]
        elif j + 1 < i and self.is_word[j] and not self.norms[j].startswith("ال") and self.norms[j] not in STOP_WORDS:
            verb = self.norms[j]  # `سعت سو تشي`: the first word is the verb, its subject follows
            m = parse_mention(self.lex, self.norms, self.is_word, self._skip_adverbials(j + 1, sent), i, self.vocab)
        else:
            return None
        if m is None or m.kind not in SUBJECT_KINDS or m.kind == "person" and not self.known_name(m):
            return None
        return m, verb

    def _time_clause_verb(self, sent: Sentence, limit: int) -> int | None:
        """The first word after the conjunction of a time clause opening the sentence (`عندما أصبح`, `وبعد أن
        أعلن`), if the sentence opens with one before `limit`; else None."""
        j = sent.first_token
        head = strip_proclitic(self.norms[j]) if j < limit else ""
        if head in TEMPORAL_SUBORDINATORS or self.norms[j] in TEMPORAL_SUBORDINATORS:
            return j + 1
        if head in TIME_WORDS_BEFORE_AN and j + 1 < limit and self.norms[j + 1] in ("ان", "ما"):
            return j + 2
        return None

    def _after_time_clause(self, sent: Sentence, limit: int) -> int | None:
        """The token after the comma that closes a time clause opening the sentence (`عندما أصبح ترامب
        رئيسا،`, `وبعد أن ...،`), if that comma stands before `limit`; else None."""
        j = self._time_clause_verb(sent, limit)
        if j is None:
            return None
        for k in range(j + 1, limit):
            if self.tokens[k].text in ("،", ","):
                return k + 1
            if not self.is_word[k]:
                return None  # a quotation or a bracket: not a plain clause
        return None

    def _time_clause_subject(self, i: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`عندما أصبح دونالد ترامب رئيسا ...، حذر إيران`: a verb right after the comma of a fronted time clause
        shares that clause's subject, a titled or known person of the verb's gender and number."""
        if cue.plural or cue.dual or cue.kind not in ("perfect", "imperfect") or self._after_time_clause(sent, i) != i:
            return None
        verb = self._time_clause_verb(sent, i)
        if self.lex.not_names.get(self.norms[verb]) != "verb" or self.norms[verb] in self.lex.cues:
            return None
        m = parse_mention(self.lex, self.norms, self.is_word, self._skip_adverbials(verb + 1, sent), i, self.vocab)
        if m is None or m.kind != "person" or not self._titled_or_known(m):
            return None
        feminine = self.norms[verb].startswith("ت") or self.norms[verb].endswith("ت")
        return m if feminine == cue.feminine else None

    def _subject_of_verb_before(self, i: int, cue: CueForm, sent: Sentence) -> Mention | None:
        """`ليخرج رئيس الوزراء الإسرائيلي ويقول صراحة إنه`: a verb joined by و right after the subject of the
        verb before it shares that subject (the first verb agrees with it in gender)."""
        if cue.plural or cue.dual or cue.kind not in ("perfect", "imperfect") or self.norms[i][:1] != "و":
            return None
        for k in range(i - 1, max(sent.first_token, i - 8), -1):
            if not self.is_word[k]:
                return None
            m = parse_mention(self.lex, self.norms, self.is_word, k, i, self.vocab)
            if m is None or m.last != i or not (m.kind == "person" and m.name_first is not None and (
                    m.name_first > m.first or self.known_name_text(self.span_text(m.name_first, m.name_last or m.last)))):
                continue  # a titled or known person (after a verb an unknown phrase is as likely its object)
            verb = strip_proclitic(self.norms[k - 1]) if k - 1 >= sent.first_token else ""
            verb = verb[1:] if verb[:1] == "ل" and len(verb) > 3 else verb  # `ليخرج`
            if self.lex.not_names.get(verb) == "verb" and verb not in self.lex.cues:
                feminine = verb.startswith("ت") or verb.endswith("ت")
                return m if feminine == cue.feminine else None
        return None

    def _previous_subject(self, sent: Sentence) -> Mention | None:
        """`انسحبت أمينة خان، المحجبة التي ...، من حملة. وقالت ...`: before anyone has spoken, the
        subject of the previous sentence's verb, if it is a full personal name closed by a comma."""
        k = self.sentences.index(sent)
        if k == 0:
            return None
        prev = self.sentences[k - 1]
        j = self._skip_adverbials(prev.first_token + 1, prev)
        m = self._full_name_to_comma(j, prev.last_token)
        if m is None or any(self.norms[k].isdigit() for k in range(m.first, m.last)):
            return None  # a full name closed by a comma, not a verb's object run on
        return m

    def _full_name_to_comma(self, j: int, limit: int) -> Mention | None:
        """A person mention at j whose name has two words or more and which a comma closes."""
        m = parse_mention(self.lex, self.norms, self.is_word, j, limit, self.vocab)
        if m is None or m.kind != "person" or m.name_first is None or (m.name_last or m.last) - m.name_first < 2 \
                or m.last >= limit or self.tokens[m.last].text not in ("،", ","):
            return None
        return m

    def _agrees(self, speaker: Speaker, cue: CueForm | None, strict: bool = False) -> bool:
        """Gender agreement of a singular verb with a speaker whose gender an earlier verb showed
        (or, for an institution, its head noun: `الحكومة` is feminine, `الجيش` masculine)."""
        if cue is None or cue.dual or cue.plural or cue.kind not in ("perfect", "imperfect"):
            return True
        known = self._feminine(speaker.canonical, speaker.kind)
        return known == cue.feminine if strict or known is not None else True

    def _feminine(self, canonical: str, kind: str) -> bool | None:
        """The gender an earlier verb showed for a speaker, or for an institution its head noun's (`الحكومة`
        is feminine, `الجيش` masculine); None when unknown."""
        known = self.state.feminine.get(canonical)
        if known is None and kind in ("organization", "media") and canonical:
            known = _head_of(canonical).endswith("ه")
        return known

    def _two_named_before(self, i: int, sent: Sentence) -> Speaker | None:
        """`اجتمعت الوزيرة X مع نظيرتها Y ... وقالتا`: two titled names in this or the previous sentence."""
        k = self.sentences.index(sent)
        start = self.sentences[k - 1].first_token if k > 0 else sent.first_token
        names = [name for pos, name, _ in self.titled if start <= pos < i]
        if len(names) < 2 or normalise_token(names[-1]) == normalise_token(names[-2]):
            return None
        return Speaker(f"{self._full_name(names[-2])} و{self._full_name(names[-1])}", "person", "")

    def _other_person_in(self, sent: Sentence, before: int, last: Speaker) -> Speaker | None:
        j = sent.first_token
        while j < before:
            if is_title(self.lex, self.norms, j):
                m = parse_mention(self.lex, self.norms, self.is_word, j, before, self.vocab)
                if m is not None and m.has_name:
                    name = _without_hashtags(self.span_text(m.name_first, m.name_last or m.last))
                    if normalise_token(name) != normalise_token(last.canonical):
                        return Speaker(name, "person", self.span_text(m.first, m.last))
                    j = m.last
            j += 1
        return None

    def _participle_speaker(self, i: int, sent: Sentence) -> Speaker | None:
        """`قائلا`, `مشيرا`: the subject of the main clause, i.e. the sentence's last speaker."""
        here = [a for a in self.out if sent.start <= a.cue_start < self.tokens[i].start]
        cue = self.cue_at(i)
        relative = None  # a relative clause's speaker the participle's gender points to
        for att in reversed(here):
            if any(o.start <= att.cue_start < o.end for o in here if o is not att):
                continue  # nested in another's content: `قال مون إن كيم "أعرب ..."، مشيرا` is Moon
            if cue is not None and not self._participle_agrees(cue, att):
                continue  # `... قال حسن نصر الله ...، منتقدين`: a plural participle, so not the one man
            k = self._token_after(att.cue_start - 1, sent.last_token)
            if k > sent.first_token and self.norms[k - 1] in RELATIVES:
                if cue is not None and cue.feminine and self.state.feminine.get(att.speaker or "") is True:
                    relative = relative or att
                continue  # `ووجه خاتمي تهديدا للدول التي أعلنت ...، قائلا`: a relative clause's speaker
            return Speaker(att.speaker or "", att.speaker_type, "")
        if relative is not None:
            # `ووصف الأطباء حالته ... الجاني الذي أعلنت الشرطة أنه ...، مرجحة أنه`: no one else is feminine
            return Speaker(relative.speaker or "", relative.speaker_type, "")
        source = self._according_source_before(i, cue, sent)
        if source is not None:
            return source
        mention = self._main_clause_subject(i, sent)
        plural = cue is not None and cue.plural
        if mention is not None and not (plural and mention.kind in ("person", "organization", "media", "place")):
            return self._speaker_from(mention, None)
        return self._pro_drop(cue if plural else CueForm("", "participle", frozenset()), i, sent)

    def _according_source_before(self, i: int, cue: CueForm | None, sent: Sentence) -> Speaker | None:
        """`أمرت محكمة ...، حسب ما أفادت به وكالة أنباء الشرق الأوسط، موضحة أن`: a participle right after a
        closing according-to frame goes on with that source's words (the frames are read after the
        verbs, so the frame is not among the sentence's attributions yet)."""
        if i - 1 <= sent.first_token or self.tokens[i - 1].text not in ("،", ","):
            return None
        k = next((c + 1 for c in range(i - 2, max(sent.first_token, i - 14), -1) if self.tokens[c].text in ("،", ",")),
                 None)
        n = self._according_match(k) if k is not None and k < i - 1 else 0
        if not n:
            return None
        att = self._according_attribution(k, n, sent)
        if att is None or att.start >= self.tokens[k].start or cue is not None and not self._participle_agrees(cue, att):
            return None  # (a frame whose content follows it, `وحسب الوكالة، فإن`, opens that content)
        return Speaker(att.speaker or "", att.speaker_type, "")

    def _participle_agrees(self, cue: CueForm, att: Attribution) -> bool:
        """A plural participle (`منتقدين`) takes no single speaker; a feminine one (`مرجحة`) no man and no
        masculine plural."""
        single = att.speaker_type in ("person", "organization", "media", "place") and " و" not in (att.speaker or "")
        if cue.plural:
            return not single
        if cue.feminine:
            head = (att.speaker or "").split()[:1]
            masculine_plural = att.speaker_type == "group" and bool(head) and normalise_token(head[0]).endswith(("ون", "ين"))
            return not masculine_plural and self.state.feminine.get(att.speaker or "") is not False
        return True

    def _main_clause_subject(self, i: int, sent: Sentence) -> Mention | None:
        """`وقال X` / `أجرى X ...، مشيرا`: the mention after the sentence's first verb-like word."""
        j = sent.first_token
        if j + 3 < i and self.lex.adverbials.match(self.norms, j):
            # `من جانبه، قدم الرئيس الأميركي دونالد ترمب تهانيه ...، معتبرا`: past the opening frame
            j = self._skip_adverbials(j, sent)
            j += 1 if j < i and self.tokens[j].text in ("،", ",") else 0
        if j + 2 < i and self.norms[j] in LONG_SINCE:
            j += 1  # `وطالما نفت دمشق الأمر، مؤكدة`: "long has ..." before the verb
        if j + 1 < i and self.is_word[j]:
            k = self._skip_adverbials(j + 1, sent)
            if k < i and self.norms[k] == "ذلك":
                k += 1  # `أكد ذلك الوكيل ...، مشيرا`: the verb's object, then its subject
            # `وشن الأسد هجوما ... قائلا`: a definite surname the article gave in full
            m = parse_mention(self.lex, self.norms, self.is_word, k, i, self.vocab) or self._known_name_at(k, i)
            if m is not None and m.kind == "role":
                m = self._appositive_name(m, i)  # `فشن وزير خارجية البحرين، الشيخ خالد بن أحمد، هجوما ...، قائلا`
            return m
        return None

    # ---- content ------------------------------------------------------------------------
    def _with_speaker(
        self, i: int, cue: CueForm, sent: Sentence, speaker: Speaker | None, after: int, how: str,
        mention: Mention | None = None,
    ) -> Attribution | None:
        found = self._content(i, cue, sent, after)
        if found is None:
            return None
        start, end, form, marker = found
        if speaker is None:
            return None
        if how == "pro_drop" and speaker.kind != "person" and self._first_person(start, form):
            # `وأضاف: "لا أعتقد أن ..."` after the army spoke: a person's words, the last person quoted
            person = next((p for p in reversed(self.state.speakers) if p.kind == "person" and self._agrees(p, cue)), None)
            if person is not None:
                speaker = Speaker(person.canonical, person.kind, "", person.titles)
        reported_via = self._reported_via(after, marker, sent, end)
        if reported_via is None and mention is not None and mention.first > i + 1:
            reported_via = self._outlet_before(i + 1, mention.first)  # `وأوضح لـ"الاقتصادية" المقدم ...`
        relayed = self._relayed_source(after, marker, sent)
        if relayed is not None:
            # `وقالت الشبكة، نقلا عن مسؤولين بالإدارة، إن ...`: the officials said it, via the network
            reported_via, speaker, mention = speaker.canonical, relayed[0], relayed[1]
            how = "relay"
        if how in ("explicit", "svo") and (self.quote_at(self.tokens[i].start) is None or speaker.kind != "person"
                                           or self.known_name_text(speaker.canonical)) \
                and not self._is_report(speaker):
            # a speaker met inside a quotation is the quoted person's report, not the article's
            # thread, unless the article names that person elsewhere; so is one named inside another's
            # reported words (the verb still shows the speaker's gender)
            self._take_up(speaker)
            if cue.kind in ("perfect", "imperfect") and not (cue.dual or cue.plural):
                # a feminine title (of a masculine one, not `عمدة`) outweighs a verb's slip: `قال مندوبة
                # أميركا، نيكي هيلي`
                head = strip_proclitic(speaker.titles[0]) if speaker.kind == "person" and speaker.titles else ""
                feminine = cue.feminine or self._word_gender(head) is True
                self.state.feminine.setdefault(speaker.canonical, feminine)
        conf = _confidence(form, how, cue, speaker, self.quote_at(start))
        tok = self.tokens[i]
        return self._make(tok.start, tok.end, cue.lemma, speaker, mention, start, end, form, sent,
                          reported_via, conf, how)

    def _take_up(self, speaker: Speaker) -> None:
        """The speaker becomes the thread a later pro-drop verb takes up, unless named inside another's words."""
        if not self.nested_report:
            self.state.last = speaker
            self.state.speakers.append(speaker)

    def _is_report(self, speaker: Speaker) -> bool:
        """`تقارير صحفية`, `بعض التقارير`: reports, no agent a later pro-drop verb could refer to."""
        if speaker.kind != "anonymous":
            return False  # (report heads are loaded as anonymous heads only)
        words = [strip_proclitic(normalise_token(w)) for w in speaker.canonical.split()[:2]]
        head = words[1] if len(words) > 1 and words[0] in QUANTIFIERS else words[0] if words else ""
        return head in self.lex.report_heads or head.startswith("ال") and head[2:] in self.lex.report_heads

    def _first_person(self, start: int, form: str) -> bool:
        """A quotation that opens in the first person singular (`لا أعتقد`, `أنا`), first_person.txt."""
        if form not in ("quote", "mixed") or self.quote_at(start) is None:
            return False
        k = self._token_after(start - 1, len(self.tokens))
        return any(self.norms[j] in self.lex.first_person for j in range(k, min(k + 3, len(self.tokens))))

    def _make(self, cue_start, cue_end, lemma, speaker, mention, start, end, form, sent, via, conf, how):
        ms = me = None
        if mention is not None:
            ms, me = self.tokens[mention.first].start, self.tokens[mention.last - 1].end
        return Attribution(
            doc=self.article.id,
            cue=self.text[cue_start:cue_end],
            cue_lemma=lemma,
            cue_start=cue_start,
            cue_end=cue_end,
            speaker=speaker.canonical if speaker else None,
            speaker_mention=self.text[ms:me] if ms is not None else None,
            speaker_start=ms,
            speaker_end=me,
            speaker_type=speaker.kind if speaker and speaker.kind in _TYPES else "person",
            content=self.text[start:end],
            start=start,
            end=end,
            form=form,
            sentence=self.text[sent.start : sent.end],
            sentence_start=sent.start,
            reported_via=via,
            confidence=round(conf, 3),
            notes=(how,),
        )

    def _content(self, i: int, cue: CueForm, sent: Sentence, after: int) -> tuple[int, int, str, int] | None:
        """Find the content marker after the speaker, then the content span and its form."""
        past = self._past_title_apposition(after, sent)
        j = self._skip_adverbials(past, sent)
        place = self.lex.places.match(self.norms, j + 1) \
            if "obj" in cue.frames and "whom" not in cue.frames and j + 2 < sent.last_token \
            and (self.norms[j] == "في" or self.norms[j] == "من" and "من" not in cue.frames) else 0  # (`طلبت من قطر`: whom)
        if place and self.is_word[j + 1 + place] and (self.norms[j + 1 + place].startswith("ال")
                                                      or self.lex.not_names.get(self.norms[j + 1 + place]) == "noun"
                                                      or self.lex.adverbials.match(self.norms, j + 1 + place)):
            j = self._skip_adverbials(j + 1 + place, sent)  # `وانتقد إردوغان من جاكرتا كذلك الدول`: where he spoke
        first = j  # where the search starts: the speaker's end, past its adverbials
        interviewed = "مع" in self.norms[after:first]  # `في مقابلة مع بي بي سي` was skipped on the way
        # after an apposition a clause may still follow its frame (`أكد كوين، محامي ترامب، لصحيفة ... أنه`)
        object_here = past == after or not self._complementizer_ahead(j, sent)
        gap = 0
        while j < sent.last_token and gap <= MAX_GAP_TOKENS:
            t, n = self.tokens[j], self.norms[j]
            q = self.quote_opening_at(j)
            if q is not None and t.text != ":":
                found = self._quote_in_gap(q, j, sent, cue)
                if found == "skip":
                    j = self._token_after(q.end, sent.last_token)
                    gap += 1
                    continue
                return found
            masdar = self.lex.cues.get(n) if gap == 0 else None
            if masdar is not None and "masdar" in masdar.frames:
                return self._content(j, masdar, sent, j + 1)  # `وجدد عباس التأكيد على أن`: the verbal noun's words
            if t.text == ":":
                if j + 1 < sent.last_token:
                    q = self.quote_opening_at(j + 1)
                elif j + 1 < len(self.tokens) and not self.text[t.end : self.tokens[j + 1].start].strip():
                    q = self.quote_opening_at(j + 1)  # `وقال ...: / «لقد كان ...»`: it opens the next paragraph
                if q is not None:
                    return self._quote_content(q, sent, j)
                if t.text == ":" and ("quote" in cue.frames or "clause" in cue.frames and cue.kind != "noun"):
                    return self._unmarked_quote(j, sent)  # (also `وأشار: بعض المحبين يساهمون ...`)
                return None
            if n in COMPLEMENTIZERS and "clause" in cue.frames | {"clause"}:
                return self._clause_content(j + 1, sent, "clause", j)
            if n in SEPARATE_PREPOSITIONS and n in cue.frames:
                if j + 1 < sent.last_token and self.norms[j + 1] in COMPLEMENTIZERS:
                    return self._clause_content(j + 2, sent, "clause", j + 1)
                return self._clause_content(j + 1, sent, "phrase", j)
            if gap == 0 and "الي" in cue.frames and n[:1] == "ل" and len(n) > 4 and n[1:3] != "ـ" \
                    and not self.norms[j - 1].startswith("ال") and _bare(self._bare_place(j)) not in LI_PURPOSES \
                    and not is_title(self.lex, [n[1:]], 0) and not any(
                        self.norms[k] in COMPLEMENTIZERS or self.norms[k] == "الي" or self.tokens[k].text == ":"
                        for k in range(j + 1, min(sent.last_token, j + 10))):
                # `لافتًا لأهمية ونجاعة الدعاوى`, `أشارت شمة لوجود`: ل for إلى (not `أشار للصحفيين إلى أن`: whom
                # he told; not `الموقع الرسمي لجائزة`: whose site; not `للحديث عن`: what he came to do)
                return self._clause_content(j, sent, "phrase", j)
            if n[:1] == "ب" and "ب" in cue.frames and (len(n) > 3 or n[1:] in ("اي", "ما")) and n != "باسم" \
                    and (gap <= 2 or self.tokens[j - 1].text == "،"):
                # (`رحب بأي اتفاق`, `بما`; not `وأفاد الكولونيل جوسو المتحدث باسم الجيش`: "in the name of")
                return self._clause_content(j, sent, "phrase", j)
            if gap == 0 and "quote" in cue.frames and cue.kind == "perfect" and (
                    n in self.lex.first_person or n in ("نحن", "اننا", "لقد")
                    or n in UNMARKED_NEGATIONS and (j == i + 1 or self._known_word(self.norms[j - 1]))
                    and j + 1 < sent.last_token and not self.norms[j + 1].startswith("ت")):
                # `وقال نحن نعمل ...`, `وقال الخطيب أريد ...`, `وقال لن نسمح`: direct speech with neither colon
                # nor marks (a negation right after the verb or a known name; not `عن ساكن لم تذكر اسمه`, `مصدر
                # لم تسمه`, `بنغمة لا تخلو`: a relative clause on the noun before)
                return self._clause_content(j, sent, "quote", j)
            if gap == 0 and "quote" in cue.frames and (
                    self.lex.not_names.get(n) == "verb"
                    or n.endswith("ت") and self.lex.not_names.get(n[:-1]) == "verb" and not cue.feminine and j == after) \
                    and cue.kind == "perfect" and n not in self.lex.cues and not interviewed \
                    and not (j > after and self._complementizer_ahead(j, sent)):
                # (not `صرح في حديث مع صحيفة "بيلد" نشرت الجمعة أن`: a verb about whom he spoke with; nor `قال في
                # بيان نشر على موقع الوزارة، إن`: a verb on the adverbial's noun, before the content's إن)
                # `وأضاف ستكون الساعات القادمة حاسمة`: speech with neither أن nor quotation marks
                return self._clause_content(j, sent, "clause", j)
            if gap == 0 and "topic" in cue.frames and self.is_word[j]:
                described = self._described_as(j, sent)
                if described is not None:
                    return described
            if gap == 0 and n in ("ذلك", "هذا") and not (j + 1 < sent.last_token and self.norms[j + 1].startswith("ال")
                                                         and not is_title(self.lex, self.norms, j + 1)):
                if n == "ذلك" and "obj" in cue.frames and cue.kind in ("perfect", "imperfect") \
                        and self._ends_with(j, len(self.tokens)):
                    return self.tokens[j].start, self.tokens[j].end, "phrase", j  # `ينفون ذلك،`: "it" is the content
                return None  # `أكد ذلك الوكيل ...`: the object points back; the statement was given before
            after_comma = gap == 1 and j == first + 1 and self.tokens[first].text in ("،", ",") \
                and (first == after or interviewed
                     or self._outlet_before(after, first) is not None and self.norms[j] not in self.lex.cues) \
                and not self.lex.adverbials.match(self.norms, j) and not is_title(self.lex, self.norms, j) \
                and self.norms[j] not in QUANTIFIER_HEADS and "topic" not in cue.frames \
                and not any(self.norms[k] in COMPLEMENTIZERS or self.tokens[k].text == ":"
                            or self._according_match(k) for k in range(j, min(sent.last_token, j + 15)))
            # (`أكد ... العيسى، صعوبة القضايا`, `ونفى لافروف، في مقابلة مع بي بي سي، أي تدخل`, `أكد العميد
            # محمد الحجوري لـ"العربية"، تمكن قواته`; not `أكد بن دغر، الحسن طاهر، أن`: an apposition, then أن)
            if (gap == 0 or after_comma) and object_here and "obj" in cue.frames and self.is_word[j] and (
                    n not in STOP_WORDS or n in QUANTIFIERS
                    or n == "ما" and "topic" not in cue.frames and j + 1 < sent.last_token and self.is_word[j + 1]
                    and self.norms[j + 1] not in STOP_WORDS  # `ونفت الوزارة ما تردد`, `تنكر ما يعرف بالجريمة`
                    or n == "من" and j + 1 < sent.last_token and self._imperfect_verb(j + 1)  # `انتقد من يحاولون`
                    or n in DEMONSTRATIVES and j + 1 < sent.last_token and self.norms[j + 1].startswith("ال")
                    and not self.lex.adverbials.match(self.norms, j) and self.norms[i - 1] not in NEGATIONS):
                # (`ونفت الوزارة تلك المزاعم`; not `ولم تؤكد كوريا هذا العرض`: nothing was said)
                return self._clause_content(j, sent, "phrase", j)
            inner = self.lex.cues.get(n)
            if inner is not None and inner.kind in ("perfect", "imperfect") and j > after \
                    and (self._opens_clause(j, sent) or self._adjectival_subject(j, inner, sent)) \
                    and ("relay" not in inner.frames or self._relays(j)):
                return None  # another attribution starts before any content marker (`على خبراء يقولون إن`)
            if inner is not None and inner.kind == "participle" and self.nested_report and j > after \
                    and self.tokens[j - 1].text in ("،", ","):
                return None  # `إن الوزير أبلغ كورت يوم الأربعاء بقرار إقالتها، مضيفا أنه`: in another's words,
                # that أن is the participle's, whose speaker is the outer one
            if t.text in (".", "؟", "?", "!") and not inside_word(self.text, t):
                return None
            gap += 1
            j += 1
        return None

    def _complementizer_ahead(self, j: int, sent: Sentence) -> bool:
        """An أن / إن within 12 tokens of j that no other reporting verb takes first (`ونفى باول، مدرب ليستر،
        ... فكرة التخلي عن محرز، وقال إن`: that إن is وقال's)."""
        for k in range(j, min(sent.last_token, j + 12)):
            if self.norms[k] in COMPLEMENTIZERS:
                return True
            if k > j and (c := self.lex.cues.get(self.norms[k])) is not None and c.kind in ("perfect", "imperfect"):
                return False
        return False

    def _imperfect_verb(self, k: int) -> bool:
        """`يحاولون`, `يريد`, `تسعى`: an imperfect verb (a plural one, or one the corpus shows as a verb)."""
        n = self.norms[k]
        return self.is_word[k] and n[:1] in ("ي", "ت") and len(n) > 3 and (
            n.endswith("ون") or self.lex.not_names.get(n) == "verb")

    def _past_title_apposition(self, j: int, sent: Sentence) -> int:
        """`ونفى كلود باول، مدرب ليستر سيتي، فكرة ...`: past a title between commas after the name."""
        if j + 2 >= sent.last_token or self.tokens[j].text not in ("،", ",") or not is_title(self.lex, self.norms, j + 1):
            return j
        for k in range(j + 2, min(sent.last_token, j + 10)):
            if self.tokens[k].text in ("،", ","):
                return k + 1
            if not self.is_word[k] or self.norms[k] in COMPLEMENTIZERS or self.norms[k] in self.lex.cues:
                break
        return j

    def _described_as(self, j: int, sent: Sentence) -> tuple[int, int, str, int] | None:
        """`وصف الأطباء حالته بأنها "خطيرة"`: past the object, the بأن clause or ب phrase is the content."""
        for k in range(j, min(sent.last_token, j + MAX_GAP_TOKENS)):
            n = self.norms[k]
            if not self.is_word[k] and self.tokens[k].text not in ("،", ",") and self.quote_opening_at(k) is None:
                return None
            if n in COMPLEMENTIZERS and n.startswith("ب"):
                return self._clause_content(k + 1, sent, "clause", k)
            if n == "ب" and k + 1 < sent.last_token:
                found = self._clause_content(k, sent, "phrase", k)  # `وصفها بـ"امبراطوريات ..."`
                if found is not None and k > j and len(self.text[found[0] : found[1]].split()) < MIN_CONTENT_TOKENS:
                    return None  # `واصفا نظام أردوغان بـ"القمعي"`: one quoted word goes with its object
                return found
            if n.startswith("بال") or k > j and n.startswith("ب") and n[1:] in self.lex.not_names:
                return self._clause_content(k, sent, "phrase", k)
        return None

    def _unmarked_quote(self, colon: int, sent: Sentence) -> tuple[int, int, str, int] | None:
        """`وقال المدرب: نحن ضمن مجموعة قوية. تأهلنا سيكون مفاجأة ...`: direct speech after a colon
        with no quotation marks runs on to the end of its paragraph, unless a sentence there opens
        with a cue of its own (`وأضاف`) or quotes someone."""
        if colon + 2 < sent.last_token and self.norms[colon + 1] in COMPLEMENTIZERS:
            return self._clause_content(colon + 2, sent, "clause", colon + 1)  # `وبين السهلي: إن قرى المركز ...`
        found = self._clause_content(colon + 1, sent, "quote", colon)
        if found is None or found[1] < _trim(self.text, sent.start, sent.end)[1]:
            return found
        end = found[1]
        k = self.sentences.index(sent) + 1
        while k < len(self.sentences):
            nxt = self.sentences[k]
            if "\n" in self.text[end : nxt.start] or nxt.first_token >= nxt.last_token \
                    or self.cue_at(nxt.first_token) is not None or self._has_quote(nxt.start, nxt.end) \
                    or self._narrates(nxt) or self._framed_cue(nxt):
                break
            end = _trim(self.text, nxt.start, nxt.end)[1]
            k += 1
        if end > found[1]:
            self.state.unmarked_until = end
        return found[0], end, found[2], found[3]

    def _framed_cue(self, sent: Sentence) -> bool:
        """`من جهته، قال نتنياهو`: a sentence that opens with a frame (from adverbials.txt) and a comma, then a cue."""
        j = self._skip_adverbials(sent.first_token, sent)
        first = self.norms[sent.first_token]
        if j == sent.first_token and first[:1] in ("و", "ف") and len(first) > 2:
            # `ومن جانبه، قال فوغت:`: the frame with a conjunction on it
            j = sent.first_token + self.lex.adverbials.match([first[1:], *self.norms[sent.first_token + 1 : sent.first_token + 5]], 0)
        if j == sent.first_token or j >= sent.last_token:
            return False
        j += 1 if self.tokens[j].text in ("،", ",") else 0
        return j < sent.last_token and self.cue_at(j) is not None

    def _narrates(self, sent: Sentence) -> bool:
        """`ورفض رونالدو محاولات ...`: a sentence that opens with و + a verb and a person named before is the
        writer's narration, not more of the speech."""
        k = sent.first_token
        return self.norms[k][:1] in ("و", "ف") and len(self.norms[k]) > 3 and k + 1 < sent.last_token \
            and self.is_word[k + 1] and self._known_word(strip_proclitic(self.norms[k + 1]))

    def _quote_in_gap(self, q: Quote, j: int, sent: Sentence, cue: CueForm):
        """A quotation met before any أن / colon: the quote itself, part of a mixed phrase, or a
        scare-quoted name to skip (`أكد حفتر، قائد قوات "الجيش الوطني الليبي"، أنه ...`)."""
        words = len(self.text[q.start : q.end].split())
        after = self._token_after(q.end, sent.last_token) if q.closed else sent.last_token
        rest = [k for k in range(after, sent.last_token) if self.is_word[k]]
        first_word = self.norms[self._token_after(q.start - 1, sent.last_token)]
        if words <= 4 and first_word not in COMPLEMENTIZERS and any(self.norms[k] in COMPLEMENTIZERS or self.norms[k] in SEPARATE_PREPOSITIONS
                               and self.norms[k] in cue.frames for k in rest[:MAX_GAP_TOKENS]):
            return "skip"  # a title or name in quotes: `عن فيلم "كفرناحوم"، إلى التحرك`
        named = j > sent.first_token and (self.norms[j - 1] == "عبر" or self.lex.media_heads.match(self.norms, j - 1) == 1)
        participle = next((c for k in rest[:2] if (c := self.lex.cues.get(self.norms[k])) is not None), None)
        if words <= 3 and first_word not in COMPLEMENTIZERS and participle is not None and participle.kind == "participle":
            return None  # a name in quotes, then a participle of saying that has the words: `وتوعد ترامب عبر
            # "تويتر" قائلا: "..."`, `مقابلته مع "بورتال غول" قائلا:`
        if words <= 3 and first_word not in COMPLEMENTIZERS and (named or after < sent.last_token
                                                                 and self.tokens[after].text == ":"
                                                                 and cue.frames & {"quote", "clause"}):
            return "skip"  # an outlet or platform in quotes: `وكتب على "تويتر": واو`, `وفقا لما نقلته وكالة "فرانس برس"`
        if rest and not self._new_clause_follows(after, sent.last_token) and len(rest) >= 2 and words <= 6:
            found = self._clause_content(j, sent, "mixed", j)
            return (found[0], found[1], "mixed", j) if found else None
        return self._quote_content(q, sent, j)

    def _quote_content(self, q: Quote, sent: Sentence, marker: int) -> tuple[int, int, str, int] | None:
        first = q
        while q.closed:
            # `"سنراجع القرار غدا" و"لذلك نحن ..."`: fragments of one statement joined by و
            k = self._token_after(q.end, len(self.tokens) - 1)
            nxt = self.quote_opening_at(k + 1) if self.norms[k] == "و" else None
            if nxt is None:
                break
            q = nxt
        start, end = _trim(self.text, first.start, q.end)
        if end - start < 3:
            return None
        return start, end, "quote", marker

    def _clause_content(self, first: int, sent: Sentence, form: str, marker: int):
        if first >= sent.last_token:
            return None
        k = first
        last = sent.last_token
        while k < last:
            t = self.tokens[k]
            q = self.quote_opening_at(k)
            if q is not None and q.closed:
                k = self._token_after(q.end, last)
                comma = k + 1 < last and self.tokens[k].text in ("،", ",")
                nxt = k + 1 if comma else k
                ends = self.lex.after_quote_ends if comma else self.lex.after_quote_ends_bare
                if k > first + 1 and nxt < last and (ends.match(self.norms, nxt) or comma and self._writer_goes_on(nxt)):
                    # `الاتفاق "غير كاف"، لإجراء ...`, `"خطيرة لكن مستقرة" بسبب الطعنة`: the writer goes on
                    # after the quotation
                    last = k
                    break
                continue
            frame = self._dashed_frame(k, sent) if form != "phrase" and k + 1 < last else None
            if frame is not None and frame[1] + 1 < last:
                k = frame[1] + 1  # `إن الاجتماع - بحسب ما ذكرته وكالة رويترز - اتسم بنبرة`: an interposed source
                continue
            if t.text in ("،", ",", "-", "–") and self._new_clause_follows(k + 1, last, form == "phrase"):
                last = k
                break
            if t.text in (".", "؟", "?", "!") and k > first and not inside_word(self.text, t) \
                    and self.quote_at(self.tokens[first].start) is not None:
                last = k  # `"... وقد أكد لي اللاعبون أنهم جاهزون. صنعنا ..."`: nested speech ends with its sentence
                break
            if k > first + 1 and self.lex.content_ends.match(self.norms, k) and not self._has_quote_open_before(k) \
                    and self.norms[k - 1] not in ("علي", "في"):  # (`جاء على إثر توفر معلومات`: a compound preposition)
                last = k  # `... بعدما تسلمت`, `... قبيل حرب`: the journalist's clause
                break
            if form == "phrase" and k > first + 1 and self.lex.phrase_ends.match(self.norms, k) \
                    and not self._has_quote_open_before(k):
                last = k  # `وعدت الحكومة بتعزيز الإجراءات الأمنية غداة هجوم`: the writer's time adjunct
                break
            if k > first and self._coordinated_cue(k):
                last = k - 1 if self.norms[k - 1] in COORDINATORS else k
                break
            if k > first + 1 and self._participle_with_complement(k) \
                    and not self._has_quote_open_before(k):
                last = k  # `ردت إلى فرنسا وسام "جوقة الشرف" ... مشيرة إلى أن`: the participle's own statement
                break
            if k > first + 1 and self.norms[k] in ("وهو", "وهي") and k + 2 < last and self.norms[k + 1] == "ما" \
                    and self.cue_at(k + 2) is not None:
                last = k  # `...، وهو ما نفته بريطانيا`: what another said of it, a new attribution
                break
            if k > first + 1 and self.norms[k] in TOPIC_FRAMES and self._frame_then_cue(k, last):
                last = k  # `... في الخمسينات وحول تسريع إعادة الأمن قال اللواء`: the interviewer's next topic
                break
            k += 1
        start, end = _trim(self.text, self.tokens[first].start, self.tokens[last - 1].end)
        if end <= start or len(self.text[start:end].split()) < MIN_CONTENT_TOKENS \
                and not (form == "phrase" and end > start and (
                    self.norms[first].startswith("بال")
                    or self.norms[first] == "ب" and self.quote_opening_at(first + 1) is not None)) \
                and not (form == "clause" and end > start and self.quote_opening_at(first) is not None):
            return None  # (but `ونددت بالحادث`, `رحبت بالخطوة`: one definite ب noun is the whole phrase, and so is
            # one quoted word, `ووصفها بـ"الرائعة"`, `معتبرة أنه «عدوان»`)
        if form in ("clause", "phrase") and self._has_quote(start, end):
            form = "mixed"
        return start, end, form, marker

    def _frame_then_cue(self, k: int, last: int) -> bool:
        """A topic frame at k (`وحول`, `وعن`, `وردا على سؤال`) leads, within its sentence, to a verb of saying:
        a new attribution opens there."""
        for t in range(k + 1, min(last, k + 20)):
            if not self.is_word[t]:
                if self.tokens[t].text in (".", "؟", "?", "!", ":") or self.quote_opening_at(t) is not None:
                    return False
                continue
            cue = self.cue_at(t)
            if cue is not None and cue.kind in ("perfect", "imperfect") and cue.frames & {"quote", "clause"}:
                return True
        return False

    def _writer_goes_on(self, k: int) -> bool:
        """After a quotation and a comma, a purpose phrase (`، لإجراء محادثات`) is the writer's, not the
        quoted speaker's (a relative clause is as often still the speaker's: `"... في تونس"، الذي شهد`)."""
        n = self.norms[k]
        stem = n[1:]
        return n.startswith("ل") and not n.startswith("لل") and (
            masdar_shape(stem) or len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا")  # (إفعال: `لإجراء`, `لإنهاء`)

    def _coordinated_cue(self, k: int) -> bool:
        """`... لم تنته بعد وأضاف "..."`, `... من سوريا لكنه أشار إلى`: a new attribution joined
        without a comma ends the content before it."""
        cue = self.cue_at(k)  # (homographs too: `... لإيجاد حل وبين ان تونس`)
        if cue is None or cue.kind == "noun" or "relay" in cue.frames and not self._relays(k) or self._arrived(k):
            return False
        if k >= 2 and self.norms[k - 2] in ("ان", "بان") and self.is_word[k - 1]:
            # `أن معلومات وردت على الجهات`: the clause's subject alone is no statement; its verb follows (but
            # `بأنها كارثية ويهدد`: with a pronoun, the word after it is the predicate)
            return False
        if cue.kind == "participle":
            # `مشيرة` without a comma is as likely an adjective, unless its own أن follows (`موضحة أن`)
            return not cue.feminine or k + 1 < len(self.norms) and self.norms[k + 1] in COMPLEMENTIZERS
        return self.norms[k][0] in "وف" and (self.norms[k][1:] in self.lex.cues or self.norms[k] in self.lex.homograph_cues) \
            or self.norms[k - 1] in COORDINATORS

    def _arrived(self, k: int) -> bool:
        """`معلومات وردت`, `ما ورد في التقرير`: ورد "arrived, was mentioned", not و + رد "replied": nothing or
        a preposition of place follows it."""
        if self.norms[k] not in ("ورد", "وردت", "وردوا"):
            return False
        return k + 1 >= len(self.norms) or not self.is_word[k + 1] or self.norms[k + 1] in ARRIVED_FROM

    def _token_after(self, offset: int, last: int) -> int:
        """Index of the first token that starts after `offset`, at most `last`."""
        return min(bisect_left(self.token_starts, offset + 1), last)

    def _has_quote_open_before(self, k: int) -> bool:
        """Token k sits inside a quotation (one that opened before it and has not closed)."""
        offset = self.tokens[k].start
        return any(q.open < offset < (q.end if q.closed else self.text.find("\n", q.open) % (len(self.text) + 1))
                   for q in self.quotes)

    def _has_quote(self, start: int, end: int) -> bool:
        return any(start - 1 <= q.open < end for q in self.quotes)

    def _new_clause_follows(self, k: int, last: int, phrase: bool = False) -> bool:
        """After a comma: a cue opening a new attribution, or a trailing according-to phrase."""
        linked = False
        if phrase and k < last and (self.norms[k] in CONTRASTS or self.lex.phrase_breaks.match(self.norms, k)):
            # `طالب بمغادرة ليستر في مايو، لكن النادي رفض`, `دافعت الإمارات عن تواجدها، بعد انتقاد`: the
            # writer's contrast or next clause ends a noun phrase
            return True
        while k < last and self.norms[k] in CLAUSE_LINKS:
            k += 1
            linked = True
        if k >= last:
            return False
        n = self._according_match(k)
        if n and not self._according_to_a_thing(k + n) or self.lex.content_breaks.match(self.norms, k):
            return True
        if not linked and _circumstantial(self.norms[k], self.lex):
            return True  # `...، ملقية باللائمة على الحوثيين`: the writer's circumstantial clause
        cue = self.lex.cues.get(self.norms[k])
        if cue is None and linked and self._named_subject_speaks(k, last):
            return True
        if cue is None:
            return False
        if cue.kind == "noun":  # `ادّعى شرعية الاستهداف، بزعمه أن`: ب, a noun of saying and his pronoun
            return self.norms[k].startswith(("ب", "وب")) and self.norms[k].endswith(("ه", "ها", "هم", "هما"))
        # `، تشترط بلاده انسحاب ...` (no link, no clitic) continues the reported content, but not a noun
        # phrase: `أعلنت فتح تحقيق في الحادث، ذكرت صحيفة ليبرتيه` starts the next attribution
        return cue.kind == "participle" or linked or self.norms[k][0] in "وف" or phrase and cue.kind == "perfect" \
            or "whom" not in cue.frames and self._named_speaker_opens(k, last)

    def _according_to_a_thing(self, j: int) -> bool:
        """`، وفقا لخطة تتضمن`, `وفقا للقانون`: what follows the frame is a common noun no lexicon knows as a
        source (not a body, a title, an unnamed source, a document or figures): "in keeping with", and the
        content goes on."""
        if j >= len(self.norms) or not self.norms[j].startswith("ل"):
            return False
        bare = "ال" + self.norms[j][2:] if self.norms[j].startswith("لل") else self.norms[j][1:]
        noun = bare[2:] if bare.startswith("ال") else bare
        probe = [bare, *self.norms[j + 1 : j + 4]]
        return self.lex.not_names.get(noun) == "noun" and head_kind_before(self.lex, probe, 0) is None \
            and not self.lex.document_heads.match(probe, 0) and not self.lex.nonhuman_subjects.match(probe, 0) \
            and bare not in self.lex.report_heads

    def _named_subject_speaks(self, k: int, last: int) -> bool:
        """`...، لكن كورتوا شدد على أنه`: after a comma and a link, a person the article named or a body, then
        a reporting verb: the writer goes on with the next attribution (SVO)."""
        m = parse_mention(self.lex, self.norms, self.is_word, k, last, self.vocab) or self._known_name_at(k, last)
        if m is None or m.last >= last or not self._named(m, elsewhere=True):
            return False
        cue = self.lex.cues.get(self.norms[m.last])
        return cue is not None and cue.kind in ("perfect", "imperfect")

    def _role_has_holder(self, m: Mention) -> bool:
        """Someone the article names holds the role (`الرئيس السوداني` after `الرئيس السوداني عمر البشير`), so
        resolving it need not fall back on the latest person named (`الراحلة`, `الأسطورة الهولندي`)."""
        titles = tuple(self.norms[m.first:m.last])
        words = _role_words(titles)
        return any(_fits_role(words, titles, p.titles) for p in self.state.persons) \
            or any(_fits_role(words, titles, pt) for _pos, _name, pt in self.titled)

    def _titled_or_known(self, m: Mention) -> bool:
        """A person's name that follows a title (`الوزير عادل الجبير`) or that the article introduced; an unknown
        word read as a name (`مفاعيل الاتفاق`) is neither."""
        return m.name_first is not None and (m.name_first > m.first or self.known_name(m))

    def _named(self, m: Mention, elsewhere: bool = False) -> bool:
        """A body or an outlet, or a person whose name the article gave (`elsewhere`: also a name known only
        from an earlier speaker)."""
        return m.kind in ("organization", "media") or m.kind == "person" and m.has_name \
            and (self.known_name(m) or elsewhere and self.known_name(m, elsewhere=True))

    def _named_speaker_opens(self, k: int, last: int) -> bool:
        """`...، أجاب كيري: "..."`: a cue, a named speaker and the colon, quotation mark or أن of its own
        content start the next attribution even with no link before the verb."""
        m = parse_mention(self.lex, self.norms, self.is_word, k + 1, last, self.vocab)
        if m is None or m.last >= last or not self._named(m):
            return False
        return self.tokens[m.last].text == ":" or self.tokens[m.last].text in QUOTE_CHARS \
            or self.norms[m.last] in COMPLEMENTIZERS

    def _relayed_source(self, after: int, marker: int, sent: Sentence) -> tuple[Speaker, Mention] | None:
        for j in range(after, min(marker, sent.last_token) - 2):
            if self.norms[j] == "نقلا" and self.norms[j + 1] == "عن":
                m = parse_mention(self.lex, self.norms, self.is_word, j + 2, marker, self.vocab)
                if m is not None and m.kind != "demonstrative":
                    return self._speaker_from(m, None), m
        return None

    def _reported_via(self, after: int, marker: int, sent: Sentence, content_end: int) -> str | None:
        """The relayer: `في تصريحات لصحيفة Milliyet`, `للجزيرة نت`, `، وفقاً لوكالة إنترفاكس`."""
        for j in range(after, min(marker, sent.last_token)):
            width = self._according_match(j)
            if width and self.norms[j][:1] != "ن":
                # `وتابع أردوغان وفقا لما نقلته وكالة الأناضول: "..."`: an outlet's frame between the speaker and
                # the words relays them (not `على لسان وزير خارجيتها`, who speaks for the speaker; `نقلا عن` is
                # `_relayed_source`'s: the source it names speaks)
                source = self._according_source_text(j + width, sent, marker, frozenset({"media"}))
                if source is not None:
                    self.state.consumed_according.add(j)
                    return source
            n = self.norms[j]
            if n == "مع" and j > after and self.lex.adverbials.match(self.norms, j - 2) and j + 1 < marker:
                # `في مقابلة مع بي بي سي`, `في حديث مع قناة ...`: the outlet that interviewed the speaker
                other = parse_mention(self.lex, self.norms, self.is_word, j + 1, marker, self.vocab)
                if other is not None and other.kind == "media":
                    return _strip_clitics(self.span_text(other.first, other.last))
            if n == "ل" and j + 1 < marker:
                q = self.quote_opening_at(j + 1)  # `لـ«الشرق الأوسط»`, `لـ"العربية.نت"`: the outlet spoken to
                start, end = _trim(self.text, q.start, q.end) if q is not None and q.closed else (0, 0)
                if end > start and self._token_after(q.end, marker) - j <= 8:
                    return self.text[start:end]
            if n.startswith("ل") and len(n) > 2 and not (j > after and is_title(self.lex, self.norms, j - 1)) \
                    and not (j > after + 1 and is_title(self.lex, self.norms, j - 2)) \
                    and not (j > after and self.norms[j - 1] in OWN_CHANNELS and not self._media_word(j)):
                # (not a title's own organisation: `عاطي القرشي المتحدث الرسمي لشرطة منطقة مكة`; nor a body's own
                # site or account a statement was posted on: `نشرت على الموقع الإلكتروني للوزارة`, though an
                # outlet's site relays: `على الموقع الإلكتروني لصحيفة لوباريزيان`)
                m = self._media_after_l(j, marker)
                if m:
                    return m
        # an according-to frame between dashes inside the content (`إن الاجتماع - بحسب ما ذكرته وكالة رويترز -`)
        for j in range(marker + 1, self._token_after(content_end - 1, sent.last_token)):
            frame = self._dashed_frame(j, sent)
            if frame is not None:
                self.state.consumed_according.add(j + 1)
                return self._according_source_text(j + 1 + frame[0], sent)
        # trailing according-to after the content
        k = self._token_after(content_end - 1, sent.last_token)
        while k < sent.last_token and not self.is_word[k]:
            k += 1
        n = self._according_match(k) if k < sent.last_token else 0
        if n and k < sent.last_token and not self._according_opens_content(k + n, sent):
            self.state.consumed_according.add(k)
            return self._according_source_text(k + n, sent)
        return None

    def _according_opens_content(self, j: int, sent: Sentence) -> bool:
        """`...، وطبقا لصحيفة اكسبريسن فإن الفتاة حامل`: the frame has a statement of its own after it."""
        for k in range(j, min(sent.last_token, j + 10)):
            if self.norms[k] in STATEMENT_OPENERS:
                return True
            if self.tokens[k].text in (".", "؟", "?", "!") or self.norms[k] in self.lex.cues:
                return False
        return False

    def _outlet_before(self, j: int, limit: int) -> str | None:
        """An outlet spoken to between the cue and its subject: `لـ"الاقتصادية"`, `لصحيفة الحياة`."""
        for k in range(j, limit):
            if self.norms[k] in ("ل", "لـ") and k + 1 < limit:
                q = self.quote_opening_at(k + 1)
                if q is not None and q.closed:
                    return self.text[q.start : q.end].strip()
            elif self.norms[k].startswith("ل") and len(self.norms[k]) > 2:
                m = self._media_after_l(k, limit)
                if m:
                    return m
        return None

    def _media_word(self, j: int) -> bool:
        """The word at j, behind its ل, heads an outlet's name (`لصحيفة`, `للوكالة`)."""
        n = self.norms[j]
        rest = n[2:] if n.startswith("لل") else n[1:]
        return bool(self.lex.media_heads.match([rest, *self.norms[j + 1 : j + 4]], 0) or self.lex.media_heads.match(["ال" + rest], 0))

    def _media_after_l(self, j: int, limit: int) -> str | None:
        n = self.norms[j]
        if not n.startswith("ل"):
            return None  # (a comma here once read the next two words as an outlet)
        rest = n[2:] if n.startswith("لل") else n[1:]
        if not rest:
            # `لـTRT عربي`: the ل stands alone before a Latin name
            return self.span_text(j + 1, min(limit, j + 3)).strip("ـ ") if j + 1 < limit else None
        if self._media_word(j) or self.lex.org_heads.match([rest], 0):
            end = j + 1
            while end < limit and self.is_word[end] and self.norms[end] not in STOP_WORDS \
                    and self.norms[end] not in COMPLEMENTIZERS and end - j < 4 \
                    and not self.lex.adverbials.match(self.norms, end):
                end += 1
            q = self.quote_opening_at(end) if end == j + 1 and end < limit else None
            if q is not None and q.closed and self._token_after(q.end, limit) - end <= 8:
                end = self._token_after(q.end, limit)  # `لصحيفة «الحياة»`: the head's quoted name
            text = " ".join("".join(c for c in self.span_text(j, end) if c not in QUOTE_CHARS).split())
            return text[2:] if n.startswith("لل") and not rest.startswith("ال") else text[1:].lstrip("ـ")
        return None

    def _frame_verb(self, k: int) -> bool:
        """The reporting word inside an according-to frame, with or without its object pronoun: `أكدت`,
        `تصريحات`, `قاله`, `ذكرته`."""
        return self.norms[k] in self.lex.cues or self.norms[k][:-1] in self.lex.cues

    def _according_source_text(self, k: int, sent: Sentence, end: int | None = None,
                               kinds: frozenset[str] | None = None) -> str | None:
        """Source named after حسب / وفقا ل / حسبما نقلت (before token `end`, of one of `kinds` if given):
        `حسبما نقلت وكالة ريا نوفوستي`."""
        end = sent.last_token if end is None else end
        if k < end and self._frame_verb(k):
            k += 1  # حسبما أكدت / نقلت, بحسب ما ذكرته
        while k < end and self.norms[k] in ("ما", "عنه", "عنها", "عنهم", "نقل", "نقلت"):
            k += 1
        if k >= end or self.norms[k] in ("قوله", "قولها", "المصادر"):
            return None
        m = parse_mention(self.lex, self.norms, self.is_word, k, end, self.vocab)
        if m is None or kinds is not None and m.kind not in kinds:
            return None
        return _strip_clitics(self.span_text(m.first, m.last))

    # ---- patterns without a cue verb ----------------------------------------------------
    def _headline(self, sent: Sentence, first: bool) -> bool:
        """`أنقرة: حفتر فقد ثقة واشنطن ...` — a title line as `SOURCE: claim`.

        The article's first line, or a line inside the body that reads as a title (related-story
        links, cross-heads): a whole line with no final full stop. Between the source and the colon
        may stand a recipient or a verb: `ترامب لملك السعودية: "..."`, `بن سلمان يرد على ترامب: ...`.
        """
        line_end = self.text.find("\n", sent.start)
        line_end = len(self.text) if line_end == -1 else line_end
        linked = self.lex.link_prefixes.match(self.norms, sent.first_token)
        if linked:
            # `رابط الخبر بصحيفة الوئام: نصر الله: إيران لن تتخلى ...`: the furniture gives the story's title
            sent = replace(sent, first_token=sent.first_token + linked)
            first = True
        if not first:
            at_line_start = sent.start == 0 or self.text[sent.start - 1] == "\n"
            if not at_line_start or sent.end < line_end or self.tokens[sent.last_token - 1].text in (".", "،") \
                    or sent.last_token - sent.first_token > 30:
                return False
        colon = next((k for k in range(sent.first_token, min(sent.first_token + 8, sent.last_token))
                      if self.tokens[k].text == ":"), None)
        if colon is None or colon == sent.first_token or self.tokens[colon].start > line_end:
            return False
        m = parse_mention(self.lex, self.norms, self.is_word, sent.first_token, colon, self.vocab)
        if m is None or self.norms[m.first] in self.lex.cues:
            return False
        holder = None
        if m.kind == "role":
            # `وزير الخارجية السعودى: نتواصل مع مصر`: only a role the article names a holder of
            role = self.span_text(m.first, m.last)
            holder = self._resolve_role(m, role, tuple(self.norms[m.first : m.last]), latest=False)
            if holder.canonical == _strip_clitics(role):
                return False
        if m.last != colon:
            between = self.norms[m.last]
            if first or not (between.startswith("ل") or between in self.lex.cues):
                return False
        if m.kind == "person" and m.name_first == m.first and not self.known_name(m):
            return False
        start, end = _trim(self.text, self.tokens[colon].end, min(sent.end, line_end))
        if len(self.text[start:end].split()) < 3:
            return False
        speaker = holder or self._speaker_from(m, None)
        cue_start = self.tokens[m.first].start
        self.out.append(self._make(cue_start, self.tokens[colon].end, "headline", speaker, m, start, end,
                                   "headline", sent, None, 0.7 if first else 0.6, "headline"))
        return True

    def _quote_frame(self, sent: Sentence) -> None:
        """`باريس «لديها تساؤلات ...”`: a known source followed directly by a quotation."""
        first = sent.first_token
        for k in range(first + 1, min(first + 5, sent.last_token)):
            q = self.quote_opening_at(k)
            if q is None:
                continue
            if self.lex.cues.get(self.norms[k - 1]) or q.end < sent.end - 3:
                return
            m = parse_mention(self.lex, self.norms, self.is_word, first, k, self.vocab)
            if m is None or m.last != k or m.kind not in ("place", "organization", "media", "person"):
                return
            if m.kind == "person" and not self.known_name(m):
                return
            start, end = _trim(self.text, q.start, q.end)
            speaker = self._speaker_from(m, None)
            self.state.last = speaker
            pos = self.tokens[k].start
            self.out.append(self._make(pos, pos, "quote_frame", speaker, m, start, end, "quote", sent,
                                       None, 0.6, "quote_frame"))
            return

    def _according_to(self, sent: Sentence, covered: list[tuple[int, int, bool]]) -> None:
        """`وتدرك أنقرة -حسب هؤلاء المراقبين- أن ...`, `...، حسبما أكدت مصادر متطابقة`."""
        k = sent.first_token
        while k < sent.last_token:
            n = self._according_match(k)
            if not n or k in self.state.consumed_according:
                k += max(n, 1)
                continue
            offset = self.tokens[k].start
            if any(s <= offset < e for s, e, _ in covered):
                k += n
                continue
            # right after another attribution's content (`...، حسبما أكدت`) the frame is that content's
            # source, unless a content of its own follows it (`...، وطبقا لصحيفة اكسبريسن فإن ...`)
            near = any(a.sentence_start == sent.start and min(a.cue_start, a.start) <= offset < a.end + 3
                       for a in self.out[-6:])
            att = self._according_attribution(k, n, sent)
            if att is not None and att.notes == ("according_pronoun",) and any(
                    a.sentence_start == sent.start and a.start < att.end and att.start < a.end for a in self.out[-6:]):
                att = None  # `قالت الجبهة إنها ألقت "القبض ..."، على حد تعبيرها`: the words already have their speaker
            if att is not None and not (near and att.start < offset) \
                    and not any(a.start == att.start and a.end == att.end for a in self.out[-6:]):
                att = self._relayed_statement(att, offset, sent)
                if self.norms[k] not in ("كما", "وكما"):
                    # `...، حسبما أكده الناطق باسم الوزارة`: the frame's own verb gave a row of its own; the frame's
                    # is it (but `كما قالت اليابان، ...، إنها`, "Japan also said", is the verb's own statement)
                    self.out = [a for a in self.out if not (a.sentence_start == sent.start
                                                            and att.cue_start < a.cue_start < att.cue_end)]
                self.out.append(att)
                covered.append((att.start, att.end, False))
            k += n

    def _relayed_statement(self, att: Attribution, offset: int, sent: Sentence) -> Attribution:
        """`أعلن المشير خليفة حفتر ... بدء عملية عسكرية ...، حسبما أوردت فرانس برس`: an outlet's frame after a
        statement whose own speaker is named there relays that speaker's words; he speaks, the outlet is the
        relayer."""
        if att.speaker_type != "media" or att.start >= offset or att.reported_via is not None:
            return att
        inner = next((a for a in self.out[-6:] if a.sentence_start == sent.start and att.start <= a.cue_start < att.end),
                     None)  # the statement's first cue
        if inner is None or not inner.speaker or inner.speaker_type not in ("person", "organization") \
                or inner.speaker_start is None:
            return att
        k = self._token_after(inner.cue_start - 1, sent.last_token)
        if k > sent.first_token and self.norms[k - 1] in RELATIVES:
            return att  # `الصين التي تتهمها الإدارة الأميركية بسرقة ...، وفقا لفرانس برس`: a relative clause's verb
        return replace(att, speaker=inner.speaker, speaker_mention=inner.speaker_mention,
                       speaker_start=inner.speaker_start, speaker_end=inner.speaker_end,
                       speaker_type=inner.speaker_type, reported_via=att.speaker)

    def _cue_attribution_at_or_after(self, k: int, sent: Sentence) -> bool:
        return any(a.sentence_start == sent.start and a.cue_start >= self.tokens[k].start for a in self.out[-6:])

    def _cue_attribution_at(self, k: int, via: str) -> bool:
        """If an attribution's cue stands at token k, record `via` as its relayer."""
        start = self.tokens[k].start
        for n, att in enumerate(self.out):
            if att.cue_start == start:
                if att.reported_via is None:
                    self.out[n] = replace(att, reported_via=via)
                return True
        return False

    def _saying_pronoun(self, k: int) -> str | None:
        """`قوله`, `تعبيرها`, `روايتهم`: a noun of saying (saying_nouns.txt) with a pronoun; the pronoun."""
        return next((suffix for suffix, stem, noun in pronoun_stems(self.norms[k], ("هما", "هم", "ها", "ه"))
                     if stem in self.lex.saying_nouns or noun in self.lex.saying_nouns), None)

    def _pronoun_source(self, suffix: str, k: int, sent: Sentence) -> Speaker | None:
        """Whom the pronoun of `حسب قوله` / `على حد تعبيرها` / `وفق روايتهم` refers to: the latest of the last
        three speakers before token k that it agrees with (ه a man or a masculine body, ها a woman or a
        feminine body, هم a group) and who spoke in this sentence or the one before."""
        start = self.tokens[k].start
        since = self.sentences[max(0, self.sentences.index(sent) - 1)].start
        for a in [a for a in self.out if since <= a.cue_start < start and a.speaker][-3:][::-1]:
            feminine = self._feminine(a.speaker, a.speaker_type)
            if feminine is None and a.speaker_type == "place":
                feminine = True  # (a place stands for its government: `قالت أنقرة`)
            plural = a.speaker_type == "group" or a.speaker_type == "anonymous" and not _head_of(
                a.speaker).startswith(("مصدر", "مسوول"))  # (`المصدر` is one source)
            if suffix in ("هم", "هما") and plural or suffix == "ه" and not plural and feminine is not True \
                    or suffix == "ها" and not plural and feminine is not False:
                return Speaker(a.speaker, a.speaker_type, "")
        return None

    def _no_source_after(self, j: int, sent: Sentence) -> bool:
        """No speaker is named at j (`وفق ما قال للمحققين.`; not `حسب ما قال للصحفيين وزير الخارجية`)."""
        m = parse_mention(self.lex, self.norms, self.is_word, j, sent.last_token, self.vocab) if j < sent.last_token else None
        return m is None or m.kind not in SUBJECT_KINDS | {"role"}

    def _according_match(self, k: int) -> int:
        """Tokens of an according-to phrase at k: also `وبحسب`, `ووفقا`, and `وفقا لوزارة` whose ل
        is written on the source (the phrase then covers only `وفقا`)."""
        norms = self.norms
        n = self.lex.according_to.match(norms, k)
        if not n and norms[k : k + 2] == ["علي", "حد"] and k + 2 < len(norms) and self._saying_pronoun(k + 2):
            return 3  # `على حد تعبيره`, `على حد قولها`
        if n and norms[k : k + 2] == ["علي", "ما"] and (k == 0 or self.is_word[k - 1]):
            return 0  # `ردا على ما قال إنه هجوم`: what someone said, not the frame `، على ما قال مسؤولون`
        if n or k >= len(norms):
            return n
        heads = [norms[k][1:]] if len(norms[k]) > 3 and norms[k][0] == "و" else []
        for head in heads:
            n = self.lex.according_to.match([head, *norms[k + 1 : k + 4]], 0)
            if n:
                return n
        if k + 1 < len(norms) and norms[k + 1].startswith("ل") and len(norms[k + 1]) > 2:
            for head in [norms[k], *heads]:
                if self.lex.according_to.match([head, "ل"], 0) == 2:
                    return 1
        return 0

    def _past_issued_by(self, j: int, sent: Sentence) -> int:
        """Past `صادر عن` / `أصدرته` at j, and a time between them (`بلاغ صادر الثلاثاء عن`, `صادر اليوم عن`)."""
        k = self._skip_adverbials(j + 1, sent)
        return k + 1 if k < sent.last_token and self.norms[k] in ("عن", "من") else j + 1

    def _according_attribution(self, k: int, n: int, sent: Sentence) -> Attribution | None:
        j = k + n
        verb_end = None
        cue_lemma = " ".join(self.norms[k : k + n])
        # the source as a pronoun: on a noun of saying (`على حد تعبيره`, `حسب قوله`) or the subject of the
        # frame's verb (`بحسب ما قالته`), when no source is named after it
        pronoun = (k + n - 1, suffix) if (suffix := self._saying_pronoun(k + n - 1)) else None
        if pronoun is None and j < sent.last_token and (suffix := self._saying_pronoun(j)):
            pronoun = (j, suffix)
            j += 1
        elif pronoun is None and j + 1 < sent.last_token and self.norms[j] in self.lex.saying_nouns:
            j += 1  # `بحسب قول مسؤولين أمريكيين`, `بحسب رواية الشرطة`, `وفق تعبير أحد معالجيهم`: a noun of saying
            # (saying_nouns.txt) with the source in its genitive
        elif pronoun is None and j < sent.last_token and self._frame_verb(j):
            j += 1  # `حسبما أكدت`, `بحسب تصريحات`, `وفق ما قاله`
            if j < sent.last_token and self.norms[j] in ("به", "بها", "عنه", "عنها"):
                j += 1  # `حسب ما أفادت به وكالة أنباء الشرق الأوسط`
            elif j + 1 < sent.last_token and self.norms[j] in ISSUED_BY:
                j = self._past_issued_by(j, sent)  # `بحسب بيان صادر عن`, `بحسب بيان أصدرته`
            if j + 1 < sent.last_token and self.tokens[j].text in ("،", ",") and self.lex.adverbials.match(self.norms, j + 1):
                verb_end = j  # `وفق ما أفاد به، اليوم الاثنين، ممثل الشركة`: a time between commas
                j = self._skip_adverbials(j + 1, sent)
            elif j < sent.last_token and self.lex.adverbials.match(self.norms, j) and self.norms[j] not in ("في", "ل"):
                verb_end = j  # `بحسب ما أعلنت الاثنين وزيرة الجيوش`, `أعلنت سابقا المتحدثة`: past the time word
                j = self._skip_adverbials(j, sent)
        if j < sent.last_token and self.norms[j] in ("لنا", "لي"):
            j += 1  # `كما قال لنا أحد المعالجين`: told us; the source follows
        v = (verb_end or j) - 1
        said = None if pronoun is not None or v < k + n else self.lex.cues.get(self.norms[v]) \
            or (self.lex.cues.get(self.norms[v][:-1]) if self.norms[v].endswith("ه") else None)  # (`قاله`, `قالته`)
        if said is not None and said.kind == "perfect" and not said.plural and not said.dual and (
                j >= sent.last_token or not self.is_word[j] or self.norms[j] in ("امام", "خلال")
                or self.norms[j] == "في" and not any(self.norms[t] in ISSUED_BY for t in range(j, min(j + 5, sent.last_token)))
                or self.norms[j].startswith("لل") and self._no_source_after(j + 1, sent)):
            # `وفق ما قاله.`, `وفق ما قال أمام المحكمة`, `وفقا لما قال في مؤتمر صحفي`, `وفق ما قال للمحققين.`: no
            # source follows the verb (not `بحسب ما قاله زميل سابق له`); its subject is who spoke before
            pronoun = (v, "ها" if said.feminine else "ه")
        m = None
        if pronoun is None and j < sent.last_token and self.norms[j].startswith("ل") and len(self.norms[j]) > 2:
            # (after a verb with no source, `وفق ما قال للمحققين`, the ل names whom he told)
            m = self._mention_after_l(j, sent, ("organization", "title", "media", "anonymous", "place", "group"))
        document, issuer = None, None
        head = self._bare_place(j) if j < sent.last_token and self.norms[j].startswith("ل") else \
            self.norms[j] if j < sent.last_token else ""  # (`للتقرير` -> التقرير)
        if m is None and j + 1 < sent.last_token and (self.lex.nonhuman_subjects.match([head], 0)
                                                      or self.lex.document_heads.match([head], 0)
                                                      or head in self.lex.report_heads
                                                      and head_kind_before(self.lex, self.norms, j + 1)):
            # `ووفقا لإحصاءات رويترز`, `ووفقا لمذكرة من قيادة القوات`, `وفق حصيلة أعدتها فرانس برس`,
            # `وبحسب تقارير هيئة المدن` (but `بحسب تقارير صحفية`: the reports): the document's owner speaks
            document = j
            j += 1
            t = j
            while t + 1 < sent.last_token and self.is_word[t] and _is_adjective(self.norms[t]) \
                    and self.norms[t].startswith("ال") == head.startswith("ال") and self.norms[t] not in ISSUED_BY:
                t += 1  # (an adjective agrees with its noun: `للتقرير السنوي لهيئة`, `حصيلة جديدة للمرصد`)
            if t > j and (self.norms[t].startswith("ل") and len(self.norms[t]) > 2 or self.norms[t] in AUTHOR_MARKS):
                j = t  # `وفق حصيلة جديدة للمرصد`, `بحسب أرقام رسمية صادرة عن`: its adjectives, then its author
                if self.norms[t][:1] == "ل" and self._l_mention(t, sent.last_token, ("organization", "media")) is None:
                    # `التقرير الربعي لأداء الميزانية الصادر عن وزارة المالية`: what it is about, then its author
                    j = next((a for a in range(t + 1, min(sent.last_token, t + 6)) if self.norms[a] in ISSUED_BY
                              and all(self.is_word[b] for b in range(t, a))), t)
            if j + 1 < sent.last_token and self.norms[j] in AUTHOR_MARKS:
                j = self._past_issued_by(j, sent)
        if m is None:
            m = parse_mention(self.lex, self.norms, self.is_word, j, sent.last_token, self.vocab) \
                or self._quoted_name_after(j, sent)  # `حسب "فوربس"، فإن`
            if m is None and document is not None and j < sent.last_token and (
                    self.norms[j] in ("ل", "لـ") or self.norms[j].startswith("ل") and len(self.norms[j]) > 2):
                m = self._mention_after_l(j + (self.norms[j] in ("ل", "لـ")), sent, ("organization", "media"))
                # (`بحسب تقرير لـ BBC`, `وفقا لدراسة لجامعة هارفرد`: the document's author)
        if m is None and document is not None and head.startswith("ال") and self.lex.document_heads.match([head[2:]], 0):
            issuer = self._institution_that_spoke()  # `..., حسب البيان.`: who issued it, named before
            if issuer is not None:
                m = Mention(document, self._document_words_end(document + 1, sent), None, None, issuer.kind)
        if m is not None and (m.kind == "role" or self._spoken_for(m)):
            m = self._appositive_name(m, sent.last_token)  # `وفقا للعضو في المركز الإعلامي، رضا عيسى`
        # (the title as written after the frame's ل: `وفقا لوزير الدفاع` -> وزير)
        titled = is_title(self.lex, [self._bare_place(m.first), *self.norms[m.first + 1 : m.first + 4]], 0) \
            if m is not None and m.first in self.l_mentions and not (set(self.norms[m.first + 1 : m.last + 2]) & ISSUED_BY) \
            else m is not None and is_title(self.lex, self.norms, m.first)  # (not `وفقا لمراسلة حديثة صادرة عن`: a letter)
        if m is not None and m.kind == "role" and titled:
            # `حسب النائب الحمايدي`: a title, then the family name of someone the article named in full
            known = self._known_name_at(m.first + titled, m.last)
            if known is not None and known.last == m.last:
                m = Mention(m.first, m.last, known.first, known.last, "person")
        pronoun_source = None
        if m is None and pronoun is not None:
            pronoun_source = self._pronoun_source(pronoun[1], k, sent)
            if pronoun_source is not None:
                m = Mention(pronoun[0], pronoun[0] + 1, None, None, pronoun_source.kind)
        if m is None or pronoun_source is None and (
                m.kind == "person" and not m.has_name
                or m.kind == "role" and not (m.has_name or titled)):
            return None  # (`بحسب قائد البحرية الليبية`: a title, resolved to its holder or kept as the role)
        if self.norms[k + n - 1] == "في" and m.kind == "person" and document is None:
            return None  # `حسبما جاء في حسابه`: what is written in something, not in someone
        relayed_by = None
        if m.last + 1 < sent.last_token and self.norms[m.last] == "عن":
            # `حسب ما نقلته وكالة رويترز عن مصادر`: the source is who the outlet relays
            source = parse_mention(self.lex, self.norms, self.is_word, m.last + 1, sent.last_token, self.vocab)
            if source is not None and source.kind != "demonstrative" and (
                    source.kind not in ("person", "role") or source.has_name):
                relayed_by = _strip_clitics(self.span_text(m.first, m.last))
                m = source
        if pronoun_source is not None:
            speaker = pronoun_source
        elif issuer is None and m.kind == "role":
            # `بحسب مراسل الوكالة`: the holder of that role if the article names one, else the role itself
            # (not the latest speaker, as for a verb with no subject)
            text = self.span_text(m.first, m.last)
            titles = tuple(self.norms[m.first : m.last])
            if m.first in self.l_mentions:  # `لوزير الدفاع` -> `وزير الدفاع`, `للمتحدث` -> `المتحدث`
                text = _without_l(text)
                titles = (self._bare_place(m.first), *titles[1:])
            speaker = self._resolve_role(m, text, titles, latest=False)
        else:
            speaker = issuer or self._speaker_from(m, None)
        if m.last < sent.last_token and self.norms[m.last] in SAME_ONE:
            m = replace(m, last=m.last + 1)  # `وفق المصدر ذاته، عن مقتل`: the source's "same" ends it
        end_of_source = m.last
        # content after the phrase (`-حسب هؤلاء المراقبين- أن ...`) or before it (`...، حسبما أكدت`)
        after = self._skip_adverbials(end_of_source, sent)
        if after + 1 < sent.last_token and self.tokens[after].text in ("،", ",") and self.norms[after + 1] in RELATIVES:
            # `وبحسب موقع الصرف الأجنبي، الذي يتابع السوق غير الرسمية، فقد عرض`: past the relative clause
            after = next((c for c in range(after + 2, min(sent.last_token, after + 16))
                          if self.tokens[c].text in ("،", ",")), after)
        if after + 1 < sent.last_token and self.norms[after] in ("قوله", "قولها", "قولهم"):
            # `ونقلت الوكالة على لسان أبوردينة قوله: "..."`: the words after قوله are the statement
            q = self.quote_opening_at(after + 2 if self.tokens[after + 1].text == ":" else after + 1)
            if q is not None and q.closed:
                return self._make(self.tokens[k].start, self.tokens[k + n - 1].end, cue_lemma, speaker, m, q.start, q.end,
                                  "quote", sent, relayed_by, 0.7, "according_to")
        while after < sent.last_token and not self.is_word[after]:
            after += 1
        if document is not None and after < sent.last_token and self.norms[after] not in STATEMENT_OPENERS:
            opener = self._document_words_end(after, sent)
            if opener < sent.last_token and self.norms[opener] in STATEMENT_OPENERS and self.norms[opener][0] == "ف":
                after = opener  # `بحسب تقرير لوكالة "بلومبيرغ" الأميركية المتخصصة بالشأن الاقتصادي فإن`
        if after < sent.last_token and self.norms[after] in STATEMENT_OPENERS:
            clause = self._clause_content(after + 1, sent, "according_to", after)
            found = clause[:2] if clause else None
        else:
            found = self._content_before(k, sent, past_others=pronoun_source is not None)
            scare = self._quote_before(k) if pronoun_source is not None else None
            if scare is not None and scare.start >= self.tokens[sent.first_token].start:
                found = (scare.start, scare.end)  # `لـ "بيت مال المسلمين"، على حد تعبيرهم`: the quoted words
            comma_after = m.last < sent.last_token and self.tokens[m.last].text in ("،", ",")
            if found is not None and len(self.text[found[0]:found[1]].split()) < 3 and after < sent.last_token \
                    and comma_after:
                found = None  # `ولم يعرف بحسب المرصد، "ما إذا كان ..."`: the statement follows the frame
            interposed = self._interposed_frame(k, m.last, sent)
            if comma_after and after < sent.last_token and self._frame_opens_clause(k, sent):
                # `انتهت الجولة الأولى، لكن بحسب مصادر مطلعة، ستعقد جولة ثانية`, `...، وبحسب المرصد، قتل`: the
                # frame opens a clause of its own after a comma and a link; its statement follows it
                if self._cue_attribution_at(after, speaker.canonical):
                    return None  # (`...، وبحسب الوكالة، قال الوزير`: the frame is a relayer)
                clause = self._clause_content(after, sent, "according_to", after)
                found = clause[:2] if clause else found
            elif interposed is not None and not self._cue_attribution_at_or_after(after, sent):
                # `وأسفرت الضربة الجوية، وفق المرصد، عن مقتل`, `أن القوات - وبحسب قناة "العربية" - قد
                # أحبطت`: a frame set between two commas or two dashes; the statement runs on past it
                clause = self._clause_content(after, sent, "according_to", after)
                found = (interposed, clause[1]) if clause is not None else found
            elif found is None and k <= sent.first_token + 3 and after < sent.last_token and (
                    comma_after or k <= sent.first_token + 1 and m.kind in ("media", "organization")):
                # (`ووفقا لإحصاءات رويترز قتل 29 جنديا`: an outlet's frame needs no comma)
                # `ووفقا لوزارة الصحة، ارتفع عدد الجرحى ...`: the frame opens the sentence
                if self._cue_attribution_at(after, speaker.canonical):
                    return None  # `وحسب فضائية الجزيرة، قال المعلم ...`: the frame is a relayer
                if not comma_after and self.lex.not_names.get(self.norms[after]) == "verb":
                    # `ووفقا لمذكرة من قيادة القوات كشفت عنها صحيفة "التايمز"، يعاني الجيش`: a clause
                    # about the document first; the statement follows its comma
                    comma = next((c for c in range(after, min(sent.last_token, after + 10))
                                  if self.tokens[c].text in ("،", ",")), None)
                    if comma is not None and self._has_quote(self.tokens[after].start, self.tokens[comma].start) \
                            or comma is not None and any(self.norms[c] in ("عنها", "عنه") for c in range(after, comma)):
                        after = comma + 1
                clause = self._clause_content(after, sent, "according_to", after)
                found = clause[:2] if clause else None
        if found is None and k <= sent.first_token + 1 and self.norms[k] not in ("نقلا", "نقل") \
                and _body_or_named(m, ("organization", "media", "anonymous")) \
                and not any(self.is_word[t] for t in range(self._skip_adverbials(m.last, sent), sent.last_token)):
            # (not `نقلا عن الأهرام المصرية` closing an opinion piece: the paper it is reprinted from)
            found = self._sentence_before(sent)  # `... الأقاليم الجنوبية للمملكة. حسب ما أوردت رويترز.`
        if found is None:
            return None
        start, end = found
        via = relayed_by or (self._media_after_l(m.last, sent.last_token) if m.last < sent.last_token else None)
        tok_end = self.tokens[k + n - 1].end
        cue_end = self.tokens[(verb_end or j) - 1].end if j > k + n else tok_end
        return self._make(self.tokens[k].start, cue_end, cue_lemma, speaker, m, start, end,
                          "according_to", sent, via, 0.6 if speaker.kind != "anonymous" else 0.65,
                          "according_pronoun" if pronoun_source is not None else "according_to")

    def _sentence_before(self, sent: Sentence) -> tuple[int, int] | None:
        """A frame that is a sentence of its own (`حسب ما أوردت رويترز.`) sources the sentence before it, when
        no attribution of its own stands in that sentence."""
        k = self.sentences.index(sent)
        if k == 0:
            return None
        prev = self.sentences[k - 1]
        if any(prev.start <= a.cue_start < sent.start or prev.start <= a.start < sent.start for a in self.out):
            return None
        start, end = _trim(self.text, self.tokens[prev.first_token].start, self.tokens[prev.last_token - 1].end)
        return (start, end) if len(self.text[start:end].split()) >= 3 else None

    def _document_words_end(self, j: int, sent: Sentence) -> int:
        """`ووفقا للتقرير الذي حمل عنوان "..."، لا يزال`, `ووفقا للبيان الشهري ... الذي تصدره الخزانة فإن`: words
        after a frame's document describe it, up to the comma or the فإن that opens the statement (none: j)."""
        if j >= sent.last_token or not self.is_word[j] or self.norms[j] in STATEMENT_OPENERS:
            return j
        for c in range(j, min(sent.last_token, j + 24)):  # (a quoted title may be long)
            if self.tokens[c].text in ("،", ",") or self.norms[c] in STATEMENT_OPENERS:
                return c
            if self.cue_at(c) is not None or self.tokens[c].text in (".", "؟", "?", "!"):
                return j
        return j

    def _frame_opens_clause(self, k: int, sent: Sentence) -> bool:
        """The according-to phrase at k follows a comma and a link: `، وبحسب`, `، لكن وفقا`, `، بينما حسب`."""
        n = self.norms[k]
        # (`_according_match` found the phrase at k; a و on it is a link unless the phrase is written with it:
        # `وفقا`, `وفقا لوزارة` with its ل written on)
        linked = n.startswith("و") and not (self.lex.according_to.match(self.norms, k)
                                            or self.lex.according_to.match([n, "ل"], 0) == 2)
        j = k - 1
        if not linked:
            while j > sent.first_token and self.norms[j] in CLAUSE_LINKS:
                j -= 1
            if j == k - 1:
                return False  # no link (a و written on the phrase is one)
        return j > sent.first_token and self.tokens[j].text in ("،", ",")

    def _interposed_frame(self, k: int, end: int, sent: Sentence) -> int | None:
        """Where the statement around an according-to phrase at k starts, if the phrase (its source
        ending at `end`) stands between two commas or two dashes with words on both sides."""
        if k <= sent.first_token or end >= sent.last_token - 1:
            return None
        opening, closing = self.tokens[k - 1].text, self.tokens[end].text
        if not (opening in ("،", ",") and closing in ("،", ",") or opening in DASHES and closing in DASHES):
            return None
        relayed = any("relay" in cue.frames for c in range(k, end) if (cue := self.cue_at(c)) is not None)
        if self.lex.adverbials.match(self.norms, end + 1) or relayed and self.norms[end + 1] == "عن":
            return None  # `وفق ما نقلت صحيفة «نيويورك تايمز»، مساء أمس، عن مسؤول`: the frame goes on
        first = self._clause_start_before(k - 1, sent)
        if first >= k - 1:
            return None
        return self.tokens[first].start

    def _mention_after_l(self, k: int, sent: Sentence, kinds: tuple[str, ...] = ("organization",)) -> Mention | None:
        """The mention in `لوزارة الصحة`, read as if the preposition were not there.

        After a nominal cue only an organisation (`بيان لوزارة الصحة`): after `تصريحات` a
        `لصحيفة` is the outlet spoken to, not the author."""
        m = self._l_mention(k, sent.last_token, kinds)
        if m is not None:
            self.l_mentions.add(k)
        return m

    def _l_mention(self, k: int, limit: int, kinds: tuple[str, ...]) -> Mention | None:
        """`_mention_after_l` up to token `limit`, with nothing recorded."""
        probe = self._l_probe(k)
        rest = probe[0]
        head = head_kind_before(self.lex, probe, 0) if rest else None
        if head is None and "title" in kinds and is_title(self.lex, probe, 0):
            head = "title"
        if head not in kinds:
            return None
        norms = [rest, *self.norms[k + 1 : limit]]
        m = parse_mention(self.lex, norms, self.is_word[k : limit], 0, len(norms), self.vocab)
        if m is None:
            return None
        shift = lambda x: None if x is None else x + k  # noqa: E731
        return Mention(k, m.last + k, shift(m.name_first), shift(m.name_last), m.kind, m.definite_role)

    def _clause_start_before(self, k: int, sent: Sentence) -> int:
        """The first token of the clause that ends before k: after the nearest أن / إن, else the sentence's."""
        return next((j + 1 for j in range(k - 1, sent.first_token - 1, -1) if self.norms[j] in COMPLEMENTIZERS),
                    sent.first_token)

    def _content_before(self, k: int, sent: Sentence, past_others: bool = False) -> tuple[int, int] | None:
        first = self._clause_start_before(k, sent)
        done = max((a.end for a in self.out if a.sentence_start == sent.start and a.end <= self.tokens[k].start),
                   default=-1) if past_others else -1
        if done > self.tokens[first].start:
            # `وطلب من الحكومة توضيح المشروع، لكن كان هناك تقصير، حسب تعبيره`: the words after another statement
            # of the sentence, past its link (`لكن`)
            first = self._token_after(done, k)
            while first < k and (not self.is_word[first] or self.norms[first] in CLAUSE_LINKS):
                first += 1
        if first >= k:
            return None
        last = k - 1
        while last > first and (self.norms[last] == "وذلك" or not self.is_word[last]):
            last -= 1  # `... على واردات من الصين، وذلك حسب ما قال مصدر`: the writer's link to the frame
        start, end = _trim(self.text, self.tokens[first].start, self.tokens[last].end)
        if len(self.text[start:end].split()) < 3:
            return None
        return start, end

    def _nominal(self, i: int, cue: CueForm, sent: Sentence) -> Attribution | None:
        """`تصريحات وزير الخارجية مولود جاويش أوغلو بأن ...`: noun, speaker, then بأن / أن / ":"."""
        if self.norms[i].startswith(("ب", "وب")) and self.norms[i].endswith(("ه", "ها", "هم", "هما")):
            # `هاجمت الصين الولايات المتحدة بقولها إن ...`: the main clause's subject speaks
            return self._with_speaker(i, cue, sent, self._participle_speaker(i, sent), i + 1, "nominal")
        if "masdar" in cue.frames:
            # `وجدد عباس التأكيد على أن`, `سارعت الوزارة إلى التأكيد على أن`: the verbal noun of the word before
            # it; the clause's subject speaks (not a list item's `• التأكيد على أن`: nobody)
            if i == sent.first_token or not self.is_word[i - 1]:
                return None
            if any(sent.start <= a.cue_start < self.tokens[i].start for a in self.out):
                return self._with_speaker(i, cue, sent, self._participle_speaker(i, sent), i + 1, "nominal")
            subject = self._main_clause_subject(i, sent)
            if subject is None or subject.kind == "demonstrative" \
                    or subject.kind == "person" and not self._titled_or_known(subject):
                subject = self._masdar_subject(i, sent)
            if subject is None:
                return None
            return self._with_speaker(i, cue, sent, self._speaker_from(subject, None), i + 1, "nominal", subject)
        m = parse_mention(self.lex, self.norms, self.is_word, i + 1, sent.last_token, self.vocab)
        if m is None and i + 1 < sent.last_token and self.norms[i + 1].startswith("ل"):
            m = self._mention_after_l(i + 1, sent)  # `وجاء في بيان لوزارة الصحة أن`
        if m is None:
            m = self._known_name_at(i + 1, sent.last_token)  # `وتفيد تصريحات الملا أن`: a surname given in full before
        if m is not None and (m.kind == "role" or self._spoken_for(m)):
            m = self._appositive_name(m, sent.last_token)  # `تصريحات الرئيس الإيراني، حسن روحاني، بأن`
        if m is None or m.kind in ("role", "demonstrative"):
            return None
        if "obj" in cue.frames and m.kind == "person" and m.name_first == m.first:
            m = self._known_name_at(i + 1, m.last) or m  # `إعلان ترمب الانسحاب`: the name ends where it is known
        j = m.last
        if j < sent.last_token and "obj" in cue.frames and self.is_word[j] and self.norms[j] not in STOP_WORDS \
                and (m.kind in ("place", "organization") or m.kind == "person" and (
                    self.known_name(m, elsewhere=True) or self._titled_full_name(m))):
            # `بعد إعلان ترمب الانسحاب من الاتفاق`, `بعد إعلان الرئيس الأمريكي دونالد ترامب انسحاب بلاده`: a
            # speaker the article knows or a titled full name, then what was announced
            return self._with_speaker(i, cue, sent, self._speaker_from(m, cue), j, "nominal", m) \
                if self._clause_content(j, sent, "phrase", j) else None
        if j >= sent.last_token or self.norms[j] not in COMPLEMENTIZERS and self.tokens[j].text != ":":
            return None
        speaker = self._speaker_from(m, cue)
        return self._with_speaker(i, cue, sent, speaker, j, "nominal", m)

    def _masdar_subject(self, i: int, sent: Sentence) -> Mention | None:
        """`سارعت وزارة الدفاع الروسية إلى التأكيد`, `تود إدارة النادي التأكيد`: a body named between the
        governing verb and the verbal noun (or its preposition)."""
        end = i - 1 if self.norms[i - 1] in ("الي", "علي") else i
        found = None
        for k in range(end - 1, max(sent.first_token, end - 8) - 1, -1):
            if not self.is_word[k] or self.norms[k] in self.lex.cues or is_title(self.lex, self.norms, k):
                break
            m = parse_mention(self.lex, self.norms, self.is_word, k, end, self.vocab)
            if m is not None and m.last == end and m.kind in ("organization", "media", "place", "group", "anonymous"):
                found = m  # (the longest: `وزارة الدفاع الروسية`, not `الدفاع الروسية`)
        if found is not None and found.first > sent.first_token and is_title(self.lex, self.norms, found.first - 1):
            return None  # `جوزيف بلاتر رئيس فيفا للتأكيد`: فيفا is his title's, not the subject
        return found

    def _titled_full_name(self, m: Mention) -> bool:
        """A title, then a name of two or three name-like words that ends the mention."""
        return m.name_first is not None and m.name_first > m.first and (m.name_last or m.last) == m.last \
            and m.last - m.name_first >= 2 and plain_name_words(self.lex, self.norms[m.name_first : m.last])


_TYPES = {"person", "organization", "media", "anonymous", "group", "place", "unknown"}


def _fits_role(words: set[str], titles: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """A person titled `other` holds the role of `titles` (its role `words`): a shared role word, no clashing
    nisba (`الوزير الروسي` is `وزير الخارجية الروسي`, not `وزير الخارجية الأميركي`)."""
    return bool(words & _role_words(other)) and _same_adjectives(titles, other)


def _same_adjectives(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """`الوزير الروسي` fits `وزير الخارجية الروسي` but not `وزير الخارجية الأميركي`."""
    adj_a = {t for t in a if t.startswith("ال") and t.endswith("ي")}
    adj_b = {t for t in b if t.startswith("ال") and t.endswith("ي")}
    return not adj_a or not adj_b or bool(adj_a & adj_b)


def _circumstantial(norm: str, lex: Lexicon) -> bool:
    """An accusative active participle (حال) of a derived verb: مُفعِلا / مُفعِلة and longer, `ملقية`,
    `متهما`, `مستعرضا`; not a common noun or adjective the corpus uses with ال."""
    return len(norm) >= 5 and norm[0] == "م" and norm.endswith(("ا", "ه")) and norm not in lex.not_names \
        and norm[:-1] not in lex.not_names and norm not in lex.cues


DAMMA = "\u064f"


def _marked_passive(surface: str, cue: CueForm) -> bool:
    """A passive the text marks with a damma: a perfect with damma on its first letter (`أُعلن`,
    `واتُّهم`, `وُصفت`), or an imperfect of a ت/ا-stem with damma on its prefix (`يُتوقع`). Active
    forms never carry those (`أَعلن`; `يُعلن` has a damma but no ت/ا stem)."""
    letters = [(k, ch) for k, ch in enumerate(surface) if "\u0621" <= ch <= "\u064a"]
    if not letters or DAMMA not in surface:
        return False
    start = 1 if letters[0][1] in "وف" and len(letters) > 3 else 0
    def damma_after(pos: int) -> bool:
        k = letters[pos][0]
        return k + 1 < len(surface) and surface[k + 1] == DAMMA
    if cue.kind == "perfect":
        # the first radical, or the second letter of an ا/ت-initial stem (`اتُّهم`, `اُعتبر`)
        return damma_after(start) or letters[start][1] in "اأت" and start + 1 < len(letters) and damma_after(start + 1)
    if cue.kind == "imperfect" and start + 1 < len(letters):
        return damma_after(start) and letters[start + 1][1] in "تا"
    return False


def _is_adjective(norm: str) -> bool:
    """A nisba or a common adjective after a document noun: سنوي، مشترك، جديد (definite after a definite noun)."""
    bare = norm[2:] if norm.startswith("ال") else norm
    return bare.endswith(("ي", "يه")) or bare in ("مشترك", "مشتركه", "جديد", "جديده", "رسمي", "رسميه", "حديث", "حديثه")


def _plural_of_people(text: str) -> bool:
    """`مسؤولون`, `بعض المسؤولين`, `عدد من المحققين`: a sound masculine plural heads the phrase (past a
    quantifier), which no singular verb's dropped subject refers to."""
    words = [_bare(normalise_token(w)) for w in text.split()[:3]]
    while len(words) > 1 and words[0] in QUANTIFIERS | {"من"}:
        words = words[1:]
    head = words[0] if words else ""
    return head.endswith(("ون", "يين")) or head.endswith("ين") and len(head) >= 6


def _head_of(text: str) -> str:
    """The first word of a speaker's name, normalised and bare: `المصادر المصرية` -> مصادر ("" for none)."""
    words = text.split()
    return _bare(normalise_token(words[0])) if words else ""


def _bare(norm: str) -> str:
    """A head word without و/ف and the article: `والشبكة` -> `شبكه`."""
    norm = norm[1:] if len(norm) > 4 and norm[0] in "وف" and norm[1:3] == "ال" else norm
    return norm[2:] if norm.startswith("ال") else norm


# Prefixes a person takes before his own name (normalised): after kin (`والد الشهيد الشيخ علي العمري`) the name
# is the speaker's, not the relative's.
NAME_PREFIXES = frozenset({"الشيخ", "الدكتور", "الاستاذ", "المهندس", "الحاج", "السيد", "السيده", "اللواء", "العميد"})

# Role nouns that name the same office: `الناطق باسم الجيش` is `المتحدث باسم الجيش`.
ROLE_SYNONYMS = {"ناطق": "متحدث", "ناطقه": "متحدثه"}


def _pronoun_stem(norm: str) -> str:
    """`تدخله` -> تدخل, `حرصها` -> حرص: the word without an attached ه / ها / هم (unchanged without one)."""
    if norm.endswith(("ها", "هم")):
        return norm[:-2]
    return norm[:-1] if norm.endswith("ه") else norm


def _role_head(titles: tuple[str, ...]) -> str:
    """The first noun of a title chain: `المسؤول` and `مسؤول عسكري أمريكي` -> مسوول."""
    head = _bare(titles[0])
    return ROLE_SYNONYMS.get(head, head)


def _role_words(titles: tuple[str, ...]) -> set[str]:
    """The nouns of a title chain, without nisba adjectives: `الوزير الروسي` -> {وزير}; a spokesman's
    principal is not his role (`المتحدث باسم الرئيس` -> {متحدث})."""
    if "باسم" in titles:
        titles = titles[: titles.index("باسم")]
    words = {_bare(t) for t in titles if not (t.startswith("ال") and t.endswith("ي")) and t not in STOP_WORDS}
    return {ROLE_SYNONYMS.get(w, w) for w in words}


def _without_accusative(word: str) -> str:
    """`مصدرا` -> `مصدر`, `دبلوماسياً` -> `دبلوماسي`: an indefinite word without its accusative ending."""
    bare = word.replace("\u064b", "")
    return bare[:-1] if bare.endswith("ا") and len(bare) >= 4 else word


def _without_hashtags(text: str) -> str:
    """`سيرغي #لافروف` -> `سيرغي لافروف`, `#مرام_البلوشي` -> `مرام البلوشي`: hashtag marks are no
    part of a name."""
    return text.replace("#", "").replace("_", " ")


def _body_or_named(m: Mention | None, kinds: tuple[str, ...]) -> bool:
    """A mention of one of `kinds` (bodies, outlets, places, groups), or a person it names."""
    return m is not None and (m.kind in kinds or m.kind == "person" and m.has_name)


def _without_l(text: str) -> str:
    """A mention's text without the ل written on it: `لوزارة الصحة` -> `وزارة الصحة`, `للعضو` -> `العضو`."""
    return "ا" + text[1:] if text.startswith("لل") else text[1:].lstrip("ـ")


def _strip_clitics(text: str) -> str:
    """A mention never carries the cue's clitics; surrounding punctuation, a leading لـ and the quotation
    marks around a name go (`وكالة الأنباء السورية "سانا"` -> `وكالة الأنباء السورية سانا`)."""
    text = _without_hashtags(text).strip(PUNCT_TRIM)
    if text.startswith("لـ"):
        text = text[2:].strip(PUNCT_TRIM)
    return " ".join("".join(c for c in text if c not in QUOTE_CHARS).split())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in PUNCT_TRIM:
        start += 1
    while end > start and text[end - 1] in PUNCT_TRIM:
        end -= 1
    return start, end


def _confidence(form: str, how: str, cue: CueForm, speaker: Speaker, quote: Quote | None) -> float:
    """A score in [0, 1] from what the decision rested on; calibrated on the seeds (see eval)."""
    score = {"quote": 0.9, "clause": 0.88, "mixed": 0.88, "phrase": 0.72}.get(form, 0.6)
    score -= {"explicit": 0.0, "svo": 0.1, "pro_drop": 0.1, "participle": 0.06, "nominal": 0.12, "relay": 0.04}.get(how, 0.1)
    if cue.kind == "imperfect":
        score -= 0.05
    if quote is not None and not quote.closed:
        score -= 0.08
    if speaker.kind == "unknown":
        score -= 0.3
    return max(0.05, min(0.99, score))


def extract(article: Article, lexicon: Lexicon | None = None) -> list[Attribution]:
    """All attributions of one article, in text order."""
    if not article.text.strip():
        return []
    return ArticleExtractor(article, lexicon or load_lexicon()).run()
