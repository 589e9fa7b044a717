"""Where mentions become entities: one entity per real thing, with a stable IRI.

Within a document (`resolve_document`):
1. Each mention gets a name key: people lose middle initials and suffixes and their first
   name goes to its formal form (Mike -> Michael, kg/lexicon/nicknames.tsv); organisations
   lose legal suffixes (Inc., Corp., Ltd: org_suffixes.txt); country forms fold together
   ("U.S.", "US", "America" -> United States: place_aliases.tsv).
2. Mentions with the same key form one group, whatever their NER label.
3. A short form in brackets right after a name ("the Metropolitan Transportation Authority
   (MTA)") joins the name's group, with its other mentions (abbreviations.py). A one-word
   person name joins the one full name in the document that ends with it
   ("Pompeo" -> "Michael R. Pompeo"); with several candidates, the nearest one before it
   that was not introduced as someone's parent (surnames.py).
   A name given as another name for the one before it ("X, also known as Y", "X, or
   simply Y") joins that one's group (aliases.py).
4. A group still known only by one word, and every group's full name, is looked up in
   kg/lexicon/known_entities.tsv (Wikipedia identities from GUM): "Trump" alone resolves to
   Donald Trump in every run, with or without other articles, and linked groups get
   `owl:sameAs` DBpedia. A lone word that is also a first name ("Martin", "Lee") is not
   enough: it stays itself rather than become George R. R. Martin or Stan Lee.
5. The class is a weighted vote of the mentions' labels (multi-word mentions weigh more, a
   known identity's class most).

Across documents the entity IRI is a function of (class, key) only (kg.vocab.entity_iri),
so runs over one file or many, in any order, give the same IRIs. `EntityIndex` is the only
cross-document state: per IRI, the class, the surface forms seen and the identity link. The
label is the linked Wikipedia page's title, or else the most complete, most frequent form
seen in the run (never a lone surname when a full name was seen).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from rdflib import URIRef

from kg.entities.abbreviations import adjacent, defines_abbreviation
from kg.entities.aliases import names_an_alias
from kg.entities.known import known_table
from kg.entities.mention import HONORIFICS, INITIAL, Mention, name_words
from kg.entities.name_cues import is_given_name
from kg.entities.surnames import join_surnames
from kg.lexicon import pairs, words
from kg.vocab import CLASS_SLUG, SCHEMA, entity_iri, slug

DBPEDIA = "http://dbpedia.org/resource/"
_CLASS_NAMES = {"Person": SCHEMA.Person, "Organization": SCHEMA.Organization, "Place": SCHEMA.Place}


@dataclass
class LocalEntity:
    """An entity as one document sees it."""

    key: str
    entity_class: URIRef
    mentions: list[Mention]
    identity: str = ""  # Wikipedia page name when linked
    iri: URIRef | None = None
    name: str = ""  # for entities the text implies but never names (a country from "Chinese")

    def forms(self) -> Counter[str]:
        return Counter(mention.anchor for mention in self.mentions)


def same_entity(first: LocalEntity | None, second: LocalEntity | None) -> bool:
    """The same entity of a document: one `LocalEntity` object stands for each, so this is
    object identity (the only `is` between non-constants kg allows; tests/test_layout.py)."""
    return first is not None and first is second


@cache
def known_entities() -> dict[str, tuple[str, URIRef]]:
    """surface form -> (Wikipedia page, class)."""
    return {form: (page, _CLASS_NAMES[cls]) for form, (page, cls) in known_table().items()}


def page_name(page: str) -> str:
    return page.replace("%2D", "-").replace("_", " ")


_REGNAL = re.compile(r"^[IVX]+$")


def person_key(name: str) -> str:
    """A person's name without initials and suffixes, the first name as its full form
    ("Mike Pompeo" is "michael pompeo"); a one-word name keeps its regnal number ("Aldric
    V" and "Aldric II" are two kings, "John Smith III" is John Smith)."""
    tokens = name_words(name)
    written = name.split()
    if len(tokens) == 1 and len(written) == 2 and _REGNAL.match(written[1]):
        tokens.append(written[1])  # "Aldric V", "Osric III"
    if len(tokens) > 1:
        tokens[0] = pairs("nicknames.tsv").get(tokens[0].lower(), tokens[0])
    return " ".join(tokens).lower()


def organization_key(name: str) -> str:
    """ "Acme Corp." -> "acme"; a party's one word is the party ("Labour" -> "labour party",
    kg/lexicon/parties.tsv), so the name the NER found and the one kg implies share an IRI."""
    party = pairs("parties.tsv").get(name.lower()) if " " not in name else None
    if party:
        return party.lower()
    suffixes = words("org_suffixes.txt")
    tokens = name.replace(",", " ").split()
    while len(tokens) > 1 and tokens[-1].lower() in suffixes:
        tokens.pop()
    joined = " ".join(tokens)
    if joined.lower().endswith(".com") and len(joined) > 4:
        joined = joined[:-4]
    return joined.lower()


def name_key(mention: Mention) -> tuple[str, str]:
    """(key, known-entity page or '') for one mention."""
    anchor = mention.anchor
    alias = pairs("place_aliases.tsv").get(anchor.lower())
    if alias:
        return alias.lower(), _known_page(alias)
    if mention.entity_class == SCHEMA.Person:
        key = person_key(anchor)
    elif mention.entity_class == SCHEMA.Organization:
        key = organization_key(anchor)
    else:
        key = anchor.lower()
    return key, _known_page(anchor)


def _known_page(form: str) -> str:
    """The Wikipedia page a surface form names, if the form is enough to tell: a lone word
    that is also a first name ("Martin", "Lee", "Thomas") names too many people to stand for
    the one in the table (George R. R. Martin) unless the page has that one word as its name."""
    known = known_entities().get(form)
    if not known:
        return ""
    page = known[0]
    if " " not in form and page_name(page) != form and form.lower() in words("given_names.txt"):
        return ""
    return page


def resolve_document(mentions: list[Mention], text: str = "") -> list[LocalEntity]:
    """Group one document's mentions into entities (see the module docstring); `text`,
    the document's, for the aliases it gives ("X, also known as Y")."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    pages: dict[str, str] = {}
    for mention in mentions:
        key, page = name_key(mention)
        if not key:  # only initials or suffixes ("I", "Jr."): no name to mint an IRI from
            continue
        groups[key].append(mention)
        if page:
            pages.setdefault(key, page)
    _join_abbreviations(groups, pages)
    _join_aliases(groups, pages, text)
    full_names = {
        key: group
        for key, group in groups.items()
        if len(key.split()) > 1 and vote_class(group, "") == SCHEMA.Person
    }
    join_surnames(groups, pages, full_names, text)
    entities = []
    for key, group in groups.items():
        page = pages.get(key, "")
        entity_class = vote_class(group, page)
        final_key = page_name(page).lower() if page and len(key.split()) == 1 else key
        if page and _is_person_page_mismatch(entity_class, page):
            page = ""
        entities.append(LocalEntity(final_key, entity_class, group, page))
    return _merge_same_keys(entities)


def _is_person_page_mismatch(entity_class: URIRef, page: str) -> bool:
    return known_entities().get(page_name(page), ("", entity_class))[1] != entity_class


def _join_abbreviations(groups: dict[str, list[Mention]], pages: dict[str, str]) -> None:
    """'the Metropolitan Transportation Authority (MTA)': the group of a short form in
    brackets right after a name joins the name's group (kg/entities/abbreviations.py)."""

    def abbreviates(name: Mention, short: Mention) -> bool:
        return adjacent(name.end, short.start) and defines_abbreviation(name.anchor, short.anchor)

    _join_following(groups, pages, abbreviates)


def _join_aliases(groups: dict[str, list[Mention]], pages: dict[str, str], text: str) -> None:
    """'the Harbin Tieshan Cranes, also known as Harbin Cranes': the group of a name
    given as another name for the one before it joins that one's group (aliases.py)."""
    _join_following(groups, pages, lambda name, alias: names_an_alias(text[name.end : alias.start]))


def _join_following(groups: dict[str, list[Mention]], pages: dict[str, str], joins) -> None:
    """Each mention's group joins the group of the mention right before it in the same
    sentence when `joins(before, mention)` says the two name one thing."""
    key_of = {id(m): key for key, group in groups.items() for m in group}
    ordered = sorted((m for group in groups.values() for m in group), key=lambda m: m.start)
    for name, other in pairwise(ordered):
        if other.sentence != name.sentence or not joins(name, other):
            continue
        into, other_key = key_of[id(name)], key_of[id(other)]
        if into == other_key or into not in groups or other_key not in groups:
            continue
        for mention in groups[other_key]:
            key_of[id(mention)] = into
        groups[into].extend(groups.pop(other_key))
        if other_key in pages:
            pages.setdefault(into, pages.pop(other_key))


FULL_NAME_VOTE = 2.5  # a name tagged whole outweighs two of its short forms tagged otherwise


def vote_class(group: list[Mention], page: str) -> URIRef:
    """The class most of the mentions give: a name the NER tagged as a whole ("Maria Duarte",
    PERSON) keeps its class against a short form or two tagged otherwise ("Duarte", ORG;
    "Esono Bakale" of "Julián Esono Bakale": the whole name is the longest), and a full
    person's name that opens with a first name against any number of one-word forms. A
    name written with its legal form ("Kanzo Corporation") is an organisation's."""
    votes: Counter[URIRef] = Counter()
    longest = max((len(mention.anchor.split()) for mention in group), default=0)
    person = _full_person_name(group)
    for mention in group:
        size = len(mention.anchor.split())
        if person and size == 1 and mention.entity_class != SCHEMA.Person:
            continue  # "Holtmeier died in 2009" (ORG) after "Jerry Holtmeier" (PERSON)
        votes[mention.entity_class] += FULL_NAME_VOTE if 1 < size == longest else 1.0
    known = known_entities().get(page_name(page)) if page else None
    if known:
        votes[known[1]] += 3.0
    elif any(_legal_form(mention) for mention in group):
        return SCHEMA.Organization  # "Kanzo Corporation", however often "Kanzo" is a place
    # ties break by a fixed class order, so the vote is deterministic
    return max(sorted(votes, key=lambda cls: CLASS_SLUG[cls]), key=lambda cls: votes[cls])


def _legal_form(mention: Mention) -> bool:
    """A name of two words or more that ends in a legal form ("Corporation", "Ltd", "AG")."""
    name = mention.anchor.split()
    return len(name) > 1 and name[-1].lower().rstrip(",") in words("org_suffixes.txt")


def _full_person_name(group: list[Mention]) -> bool:
    """The NER tagged a full name of the group PERSON, and it opens with a first name
    ("Jerry Holtmeier") or comes before every one-word form of the group ("Reza Tavakoli
    (1940 - 2016) was ... Tavakoli made": a name introduced whole, then by its surname):
    its one-word short forms are that person's surname, however the NER tagged them, and
    do not vote."""
    short_forms = [m.start for m in group if " " not in m.anchor]
    first_short = min(short_forms, default=0)
    return any(
        mention.entity_class == SCHEMA.Person
        and len(mention.anchor.split()) > 1
        and (is_given_name(mention.anchor.split()[0]) or mention.start < first_short)
        for mention in group
    )


def _merge_same_keys(entities: list[LocalEntity]) -> list[LocalEntity]:
    """One entity per IRI: keys the IRI cannot tell apart (kg.vocab.slug keeps ASCII letters
    and digits only: "tiktok" and "tiktok\U00010000") are one entity, under the first key."""
    merged: dict[tuple[str, URIRef], LocalEntity] = {}
    for entity in entities:
        slot = (slug(entity.key), entity.entity_class)
        if slot in merged:
            merged[slot].mentions.extend(entity.mentions)
            merged[slot].identity = merged[slot].identity or entity.identity
        else:
            merged[slot] = entity
    return list(merged.values())


def label_score(form: str) -> tuple[int, int]:
    """Prefer forms with more name words; a lone surname never beats a full name."""
    return (len([t for t in form.split() if not INITIAL.match(t)]), -len(form))


@dataclass
class IndexEntry:
    entity_class: URIRef
    forms: Counter[str] = field(default_factory=Counter)
    identity: str = ""
    mentions: int = 0
    documents: set[str] = field(default_factory=set)

    def label(self) -> str:
        """The Wikipedia page's title when linked, else the fullest, most frequent form."""
        if self.identity:
            return page_name(self.identity)
        seen = sorted(form for form, count in self.forms.items() if count > 0)
        return max(seen, key=lambda form: (label_score(form)[0], self.forms[form]))

    def alt_labels(self) -> list[str]:
        label = self.label()
        return sorted(form for form in self.forms if form != label)


class EntityIndex:
    """Cross-document state: IRI -> class, surface forms, identity link."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.entries: dict[URIRef, IndexEntry] = {}
        self.event_labels: dict[URIRef, str] = {}  # event IRI -> the first label given

    def assign(self, entities: list[LocalEntity], document: str) -> None:
        """Give each entity its IRI and record what this document saw of it."""
        for entity in entities:
            entity.iri = entity_iri(self.base, entity.entity_class, entity.key)
            entry = self.entries.setdefault(entity.iri, IndexEntry(entity.entity_class))
            if not entity.mentions and entity.name:
                entry.forms[entity.name] += 1
            for mention in entity.mentions:
                entry.forms[mention.anchor] += 1
                if mention.title.lower() in HONORIFICS:
                    entry.forms[f"{mention.title} {mention.anchor}"] += 0
            entry.mentions += len(entity.mentions)
            entry.documents.add(document)
            entry.identity = entry.identity or entity.identity

    def merge(self, other: EntityIndex) -> None:
        for iri, entry in other.entries.items():
            mine = self.entries.setdefault(iri, IndexEntry(entry.entity_class))
            mine.forms.update(entry.forms)
            for form in entry.forms:
                mine.forms.setdefault(form, 0)
            mine.mentions += entry.mentions
            mine.documents |= entry.documents
            mine.identity = mine.identity or entry.identity
        for iri, label in other.event_labels.items():
            self.event_labels.setdefault(iri, label)


def same_as(identity: str) -> URIRef | None:
    return URIRef(DBPEDIA + identity) if identity else None
