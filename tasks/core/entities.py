"""Speaker entities across articles: one entity per person (or organisation, place, outlet).

Pure: plain values in, plain values out. The same person is spelled many ways across outlets
(`فايز / فائز السراج`, `مولود جاويش / جاوش أوغلو`, `محمد طاهر / محمد الطاهر سيالة`) and an article
shortens a name it has given in full (`سيرغي لافروف` ... `لافروف`). The resolver

1. reads each speaker as name units (first, middle, surname) after stripping titles;
2. merges full names across articles when surnames are spelling variants and first names agree
   (never on a first name alone: `سيرغي لافروف` and `سيرغي شاشكوف` stay apart, and so do a father
   and a son, `خليفة حفتر` / `صدام حفتر`);
3. links a bare surname to the one full name its article uses (from the speakers, or from the
   article text), else to the one full name the whole corpus knows with that surname.

Anonymous, group and unresolved speakers are entities of their article only: `مسؤول فرنسي` in two
articles is not known to be the same official.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from tasks.core.arabic import normalise_token, normalise_tokens
from tasks.core.lexicon import LEXICON_DIR, load_lexicon

GLOBAL_TYPES = frozenset({"person", "organization", "media", "place"})
# Transliteration variants of one sound: سيرغي / سيرجي (g), بوتين / بوطين (t), ذ / ز.
_SOUND_CLASSES = str.maketrans({"غ": "ج", "ط": "ت", "ذ": "ز", "ظ": "ز"})
_LONG_VOWELS = str.maketrans("", "", "اويء")
# Possessive clitics on a role noun between title and name: وزير خارجيتها محمد الطاهر سيالة.
_POSSESSIVE_ENDINGS = ("ها", "هم", "نا")
_PROCLITICS = ("و", "ف", "ل", "ب")
MIN_LEN_FOR_ONE_EDIT = 6  # جاويش أوغلو / جاوش أوغلو may differ by one letter; حسن / حسين may not


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """One attribution's speaker, as the extractor gave it."""

    attribution_id: str
    article_id: str
    speaker: str | None
    speaker_type: str | None = None


@dataclass(frozen=True, slots=True)
class PersonName:
    """A personal name as units: `مولود جاويش أوغلو` -> ('مولود', 'جاويش اوغلو')."""

    units: tuple[str, ...]

    @property
    def first(self) -> str | None:
        return self.units[0] if len(self.units) > 1 else None

    @property
    def surname(self) -> str:
        return self.units[-1]

    @property
    def middle(self) -> tuple[str, ...]:
        return self.units[1:-1]

    @property
    def is_bare(self) -> bool:
        return len(self.units) == 1


@dataclass(frozen=True, slots=True)
class SpeakerEntity:
    speaker_id: str
    name: str
    speaker_type: str
    aliases: tuple[str, ...]
    article_ids: tuple[str, ...]
    n_attributions: int


@dataclass(frozen=True, slots=True)
class SpeakerAlias:
    speaker_id: str
    alias: str
    alias_norm: str
    n_attributions: int


@dataclass(frozen=True, slots=True)
class Resolution:
    entities: tuple[SpeakerEntity, ...]
    aliases: tuple[SpeakerAlias, ...]
    # attribution_id -> its speakers' ids; two for `حفتر والسراج تعهدا`, one almost always
    links: Mapping[str, tuple[str, ...]]


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class NameParticles:
    joins_next: frozenset[str]
    joins_previous: frozenset[str]
    surname_suffix: frozenset[str]
    droppable_org_heads: frozenset[str]


@lru_cache(maxsize=1)
def load_name_particles() -> NameParticles:
    roles: dict[str, set[str]] = defaultdict(set)
    text = (LEXICON_DIR / "name_particles.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, role = line.split("\t")[:2]
            roles[role.strip()].add(normalise_token(word.strip()))
    return NameParticles(
        *(
            frozenset(roles[r])
            for r in ("joins_next", "joins_previous", "surname_suffix", "droppable_org_head")
        )
    )


# ---------------------------------------------------------------- names


def name_words(speaker: str) -> list[tuple[str, str]]:
    """(original, normalised) words of a speaker string; punctuation-only words dropped."""
    words = []
    for word in speaker.split():
        norm = "".join(normalise_tokens(word))
        if norm:
            words.append((word.strip('«»"“”()[]،,:-'), norm))
    return words


def strip_titles(words: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop the title block before a name: `رئيس الوزراء الليبي فائز السراج` -> `فائز السراج`.

    After a title, words with the article ال (`الخارجية الروسي`) or a possessive clitic
    (`خارجيتها`) describe the role, not the person. A title followed by a single word keeps
    that word (`الرئيس السيسي`).
    """
    norms = [n for _, n in words]
    titles = load_lexicon().titles
    i, seen_title = 0, False
    while i < len(norms):
        n = titles.match(norms, i)
        if n:
            i, seen_title = i + n, True
        elif seen_title and _is_role_word(norms[i]):
            i += 1
        else:
            break
    if i == len(norms) and seen_title and len(norms) >= 2 and not titles.match(norms, len(norms) - 1):
        return list(words[-1:]) if len(norms) - titles.match(norms, 0) == 1 else []
    return list(words[i:])


def _is_role_word(norm: str) -> bool:
    return norm.startswith("ال") or (len(norm) > 4 and norm.endswith(_POSSESSIVE_ENDINGS))


def person_name(norms: Sequence[str]) -> PersonName | None:
    """Group normalised words into name units with the particles lexicon."""
    if not norms:
        return None
    p = load_name_particles()
    units: list[list[str]] = []
    for word in norms:
        if units and (word in p.joins_previous or word in p.surname_suffix):
            units[-1].append(word)
        else:
            units.append([word])
    # right to left, so that بن + عبد العزيز becomes one unit after عبد + العزيز
    for i in range(len(units) - 2, -1, -1):
        if len(units[i]) == 1 and units[i][0] in p.joins_next:
            units[i : i + 2] = [units[i] + units[i + 1]]
    return PersonName(tuple(" ".join(u) for u in units))


def sound_key(unit: str) -> str:
    """Spelling key of a name unit: no ال on its words, one letter per sound class, no doubles."""
    words = [normalise_token(w) for w in unit.split()]
    words = [w[2:] if w.startswith("ال") and len(w) > 3 and w != "الله" else w for w in words]
    key = "".join(words).translate(_SOUND_CLASSES)
    return "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1])


def skeleton(unit: str) -> str:
    """`sound_key` without long vowels and hamza: جاويش / جاوش -> جش."""
    return sound_key(unit).translate(_LONG_VOWELS)


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_spelling(a: str, b: str) -> bool:
    """Two name units are spelling variants: equal sound keys, or one edit apart when long."""
    ka, kb = sound_key(a), sound_key(b)
    if ka == kb:
        return True
    if ka + "ي" == kb or kb + "ي" == ka:
        return False  # the nisba ending makes another name: سليمان / سليماني
    return min(len(ka), len(kb)) >= MIN_LEN_FOR_ONE_EDIT and levenshtein(ka, kb) <= 1


def same_person(a: PersonName, b: PersonName) -> bool:
    """Two full names (first name and surname) name the same person.

    The first names must agree: a shared surname with another first name is a relative
    (`خليفة حفتر` / `صدام حفتر`), and a shared first name alone means nothing.
    """
    if a.first is None or b.first is None:
        return False
    if not (same_spelling(a.surname, b.surname) and same_spelling(a.first, b.first)):
        return False
    if a.middle and b.middle:
        # محمد طاهر سيالة / محمد الطاهر سيالة agree; a different father's name does not
        small, large = sorted((a.middle, b.middle), key=len)
        return all(any(same_spelling(m, n) for n in large) for m in small)
    return True


# ---------------------------------------------------------------- resolution


@dataclass
class _Node:
    speaker_type: str
    scope: str  # "" for corpus-wide nodes, else the article id
    key: tuple[str, ...]
    person: PersonName | None
    names: Counter  # display spellings (titles stripped) -> attributions
    attribution_ids: list[str]
    article_ids: set[str]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def split_speakers(words: Sequence[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Coordinated speakers are several people: `حفتر ورئيس الوزراء الليبي فائز السراج تعهدا`.

    Split before a word with the conjunction و when what follows it is a title, or when both
    sides are at least two words (`إبراهيم قالن وروبرت أوبراين`); `وليد ارتيمة` stays whole.
    """
    titles, particles = load_lexicon().titles, load_name_particles().joins_next
    norms = [n for _, n in words]
    for i in range(1, len(words)):
        rest = norms[i][1:]
        if not norms[i].startswith("و") or len(rest) < 2 or norms[i] in particles:
            continue
        if titles.match([rest, *norms[i + 1 :]], 0) or (i >= 2 and len(words) - i >= 2):
            second = [(words[i][0][1:], rest), *words[i + 1 :]]
            return [list(words[:i]), *split_speakers(second)]
    return [list(words)]


def _nodes_for(ref: SpeakerRef) -> list[tuple[str, _Node, str]]:
    words = name_words(ref.speaker or "")
    if (ref.speaker_type or "unknown") != "person":
        return [_node_for(ref, words)]
    return [_node_for(ref, part) for part in split_speakers(words)]


def _node_for(ref: SpeakerRef, words: list[tuple[str, str]]) -> tuple[str, _Node, str]:
    """The node a speaker belongs to before merging, and its display name."""
    stype = ref.speaker_type or "unknown"
    display = " ".join(o for o, _ in words) or "(unnamed)"
    named: list[tuple[str, str]] = []
    if stype == "person":
        # `الوزير الروسي` with no name left is a role, not a name: an entity of its article only
        named = strip_titles(words)
        display = " ".join(o for o, _ in named) or display
        words = named or words
    norms = tuple(n for _, n in words)
    person = person_name(norms) if stype == "person" and named else None
    if person is not None:
        key = tuple(sound_key(u) for u in person.units)
        # a bare surname is ambiguous across the corpus until linked: keep it in its article
        scope = ref.article_id if person.is_bare else ""
    else:
        key = tuple(sound_key(n) for n in norms)
        corpus_wide = stype in GLOBAL_TYPES and (len(key) > 1 or stype == "place")
        scope = "" if corpus_wide else ref.article_id
    node_id = f"{stype}|{scope}|{' '.join(key)}"
    return node_id, _Node(stype, scope, key, person, Counter(), [], set()), display


def _build_nodes(refs: Iterable[SpeakerRef]) -> tuple[dict[str, _Node], dict[str, list[str]]]:
    nodes: dict[str, _Node] = {}
    node_of: dict[str, list[str]] = {}
    for ref in refs:
        for node_id, fresh, display in _nodes_for(ref):
            node = nodes.setdefault(node_id, fresh)
            node.names[display] += 1
            node.attribution_ids.append(ref.attribution_id)
            node.article_ids.add(ref.article_id)
            node_of.setdefault(ref.attribution_id, []).append(node_id)
    return nodes, node_of


def _merge_full_names(nodes: dict[str, _Node], uf: _UnionFind) -> dict[str, list[str]]:
    """Union full person names that are the same person; return full nodes by surname skeleton."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for node_id, node in nodes.items():
        if node.person is not None and not node.person.is_bare:
            by_surname[skeleton(node.person.surname)].append(node_id)
    for group in by_surname.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if same_person(nodes[a].person, nodes[b].person):
                    uf.union(a, b)
    return by_surname


def _candidates(bare: PersonName, full_ids: Iterable[str], nodes: dict[str, _Node]) -> list[str]:
    return [f for f in full_ids if same_spelling(bare.surname, nodes[f].person.surname)]


def _text_firsts(surname: str, text_norms: Sequence[str]) -> set[str]:
    """Words standing right before the surname in the article: `... فائز السراج` -> {فائز}."""
    parts = surname.split()
    firsts = set()
    for i in range(1, len(text_norms) - len(parts) + 1):
        window = " ".join(text_norms[i : i + len(parts)])
        if same_spelling(window, surname):
            word = text_norms[i - 1]
            firsts.add(word)
            # لخليفة حفتر, وفائز السراج: a proclitic glued to the first name
            if word[:1] in _PROCLITICS and len(word) > 3:
                firsts.add(word[1:])
    return firsts


def _link_in_article(
    node: _Node, full_ids: list[str], nodes: dict[str, _Node], uf: _UnionFind, text_norms: Sequence[str]
) -> bool:
    """Link a bare surname to the one full name its article gives (as a speaker or in its text)."""
    cands = _candidates(node.person, full_ids, nodes)
    in_article = {uf.find(f) for f in cands if node.scope in nodes[f].article_ids}
    if not in_article and text_norms:
        firsts = _text_firsts(node.person.surname, text_norms)
        in_article = {
            uf.find(f) for f in cands if any(same_spelling(w, nodes[f].person.first) for w in firsts)
        }
    if len(in_article) == 1:
        uf.union(in_article.pop(), _node_id(node))
        return True
    return False


def _node_id(node: _Node) -> str:
    return f"{node.speaker_type}|{node.scope}|{' '.join(node.key)}"


def _name_part_counts(nodes: dict[str, _Node]) -> tuple[Counter, Counter]:
    """Attributions in which each spelling key is reported as a first name, and as a surname."""
    as_first: Counter = Counter()
    as_surname: Counter = Counter()
    for node in nodes.values():
        if node.person is not None and not node.person.is_bare:
            as_first[sound_key(node.person.first)] += len(node.attribution_ids)
            as_surname[sound_key(node.person.surname)] += len(node.attribution_ids)
    return as_first, as_surname


def _link_bare_names(
    nodes: dict[str, _Node], by_surname: dict[str, list[str]], uf: _UnionFind, texts: Mapping[str, str]
) -> None:
    text_cache: dict[str, list[str]] = {}
    unlinked: dict[str, list[str]] = defaultdict(list)
    for node_id, node in sorted(nodes.items()):
        if node.person is None or not node.person.is_bare:
            continue
        full_ids = by_surname.get(skeleton(node.person.surname), [])
        if node.scope not in text_cache:
            text_cache[node.scope] = normalise_tokens(texts.get(node.scope, ""))
        if not _link_in_article(node, full_ids, nodes, uf, text_cache[node.scope]):
            unlinked[skeleton(node.person.surname)].append(node_id)
    as_first, as_surname = _name_part_counts(nodes)
    for surname, bare_ids in unlinked.items():
        bare = nodes[bare_ids[0]].person
        key = sound_key(bare.surname)
        # without its article's help, a bare name links only on an exact spelling key, and not
        # when it is reported as a first name at least as often (عمر, مصطفى, عبد الله)
        cands = [f for f in by_surname.get(surname, []) if sound_key(nodes[f].person.surname) == key]
        roots = {uf.find(f) for f in cands} if as_first[key] < as_surname[key] else set()
        # exactly one known full name with this surname: لافروف is سيرغي لافروف; otherwise the
        # bare surname stays its own entity rather than guessing between relatives
        target = roots.pop() if len(roots) == 1 else bare_ids[0]
        for b in bare_ids:
            if same_spelling(nodes[b].person.surname, nodes[bare_ids[0]].person.surname):
                uf.union(target, b)


def _link_org_short_forms(nodes: dict[str, _Node], uf: _UnionFind) -> None:
    """`الخارجية الروسية` -> `وزارة الخارجية الروسية`: only a droppable head may be missing."""
    by_article: dict[str, list[str]] = defaultdict(list)
    for node_id, node in nodes.items():
        if node.person is None and node.speaker_type in GLOBAL_TYPES:
            for article_id in node.article_ids:
                by_article[article_id].append(node_id)
    for ids in by_article.values():
        for short in ids:
            k = nodes[short].key
            longer = {
                uf.find(o)
                for o in ids
                if _is_proper_suffix(k, nodes[o].key) and nodes[o].speaker_type == nodes[short].speaker_type
            }
            if len(longer) == 1:
                uf.union(longer.pop(), short)


def _is_proper_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    heads = {sound_key(h) for h in load_name_particles().droppable_org_heads}
    extra = long[: len(long) - len(short)]
    return 0 < len(short) < len(long) and long[-len(short) :] == short and set(extra) <= heads


def _speaker_id(stype: str, scope: str, name_key: str) -> str:
    return "sp_" + hashlib.sha1(f"{stype}|{scope}|{name_key}".encode()).hexdigest()[:12]


def _entity(members: list[_Node]) -> tuple[SpeakerEntity, list[SpeakerAlias]]:
    names: Counter = Counter()
    for m in members:
        names.update(m.names)
    # the fullest spelling, then the most reported: سيرغي لافروف over لافروف
    canonical = max(names, key=lambda n: (len(n.split()), names[n], n))
    stype = members[0].speaker_type
    scope = "" if any(m.scope == "" for m in members) else members[0].scope
    sid = _speaker_id(stype, scope, " ".join(normalise_tokens(canonical)))
    aliases = [SpeakerAlias(sid, n, " ".join(normalise_tokens(n)), c) for n, c in sorted(names.items())]
    articles = sorted({a for m in members for a in m.article_ids})
    entity = SpeakerEntity(
        sid, canonical, stype, tuple(a.alias for a in aliases), tuple(articles), sum(names.values())
    )
    return entity, aliases


def resolve_speakers(
    refs: Sequence[SpeakerRef], article_texts: Mapping[str, str] | None = None
) -> Resolution:
    """Group every attribution's speaker into entities; every attribution gets a speaker_id."""
    nodes, node_of = _build_nodes(refs)
    uf = _UnionFind()
    by_surname = _merge_full_names(nodes, uf)
    _link_bare_names(nodes, by_surname, uf, article_texts or {})
    _link_org_short_forms(nodes, uf)
    groups: dict[str, list[_Node]] = defaultdict(list)
    for node_id in sorted(nodes):
        groups[uf.find(node_id)].append(nodes[node_id])
    entities, aliases, sid_of_root = [], [], {}
    for root, members in groups.items():
        entity, entity_aliases = _entity(members)
        entities.append(entity)
        aliases.extend(entity_aliases)
        sid_of_root[root] = entity.speaker_id
    links = {
        aid: tuple(dict.fromkeys(sid_of_root[uf.find(n)] for n in node_ids))
        for aid, node_ids in node_of.items()
    }
    entities.sort(key=lambda e: (-e.n_attributions, e.name))
    return Resolution(tuple(entities), tuple(aliases), links)


# ---------------------------------------------------------------- lookup


def query_name(query: str) -> PersonName | None:
    """A user's query (`who-said فائز السراج`) read as a personal name, titles stripped."""
    words = strip_titles(name_words(query)) or name_words(query)
    return person_name([n for _, n in words])


def matches_alias(query: str, alias: str) -> bool:
    """Does a query name the entity that has this alias? Any spelling variant finds it."""
    q, a = query_name(query), query_name(alias)
    if q is None or a is None:
        return False
    if " ".join(q.units) == " ".join(a.units) or [sound_key(u) for u in q.units] == [
        sound_key(u) for u in a.units
    ]:
        return True
    if q.is_bare or a.is_bare:
        return same_spelling(q.surname, a.surname)
    return same_person(q, a)
