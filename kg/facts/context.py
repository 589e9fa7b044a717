"""What the rules know about one document: which tokens are which entities, and how a
noun phrase that is not a name still points to one.

`entity_of` answers "which entity does this noun phrase denote?", in order:
1. the token is part of an entity mention;
2. a name attached to it: "the company ByteDance", "ByteDance, the company", "a company
   called Douyin" (compound, flat, apposition, acl called/named);
3. a descriptor used before for one organisation: "the video app" after "the app TikTok"
   (the most recent organisation that noun described, earlier in the document; nouns for
   people such as "spokesperson" are never descriptors; a copula's noun describes its
   subject: "the club" after "Harrow Rovers is a football club");
4. "it"/"its": the nearest organisation mentioned earlier in the same sentence, or for
   "It" opening a sentence, the one organisation the sentence before names;
   "he"/"she": the nearest person mentioned in this or the previous sentence.
Government phrases ("the US government", "the Trump administration") become organisation
entities of their own ("United States government").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.claims import Evidence
from kg.lexicon import demonyms, pairs, shared_demonyms, words
from kg.nlp.pipeline import Piece
from kg.nlp.syntax import apposed_name, copula_subject, dep
from kg.vocab import SCHEMA, content_hash, entity_iri

_LINKS = {"compound", "flat", "flat:name", "appos", "nmod:npmod", "npadvmod"}
_NAMING_VERBS = {"call", "name", "dub", "know"}
_DETERMINERS = {"the", "this", "that", "these", "those"}
_INDEFINITE = {"a", "an"}
_COMPETITION_WORDS = {"league", "conference", "division", "premiership", "championship", "cup"}
IT_CHAIN = 3  # sentences opening with "It" that pass an organisation on
LOOK_BACK = 8  # sentences naming something, back to a pronoun's person when none is nearer


def _competition(token: Token) -> bool:
    """The last word of a league's name ("Premier League", "Super League", "Serie A" aside)."""
    return token.lower_ in _COMPETITION_WORDS


def _indefinite(noun: Token) -> bool:
    return any(child.lower_ in _INDEFINITE and dep(child) == "det" for child in noun.children)


def person_nouns() -> frozenset[str]:
    """Nouns for people ("spokesperson", "executive"): never descriptors of an organisation."""
    return words("spokesperson_nouns.txt") | words("titles.txt")


@dataclass
class ParsedPiece:
    piece: Piece
    doc: Doc
    index: int


@dataclass
class DocumentContext:
    text: str
    pieces: list[ParsedPiece]
    entities: list[LocalEntity]
    metadata: dict[str, str]
    base: str = ""
    text_hash: str = ""
    token_entity: dict[tuple[int, int], LocalEntity] = field(default_factory=dict)
    descriptors: dict[str, list[tuple[int, LocalEntity]]] = field(default_factory=dict)
    extra: dict[tuple[str, str], LocalEntity] = field(default_factory=dict)

    @classmethod
    def build(
        cls, text: str, parsed: list, entities: list[LocalEntity], metadata: dict, base: str
    ) -> DocumentContext:
        pieces = [ParsedPiece(piece, doc, index) for index, (piece, doc) in enumerate(parsed)]
        context = cls(text, pieces, entities, metadata, base, content_hash(text))
        for entity in entities:
            for mention in entity.mentions:
                for i in range(mention.token_start, mention.token_end):
                    context.token_entity[(mention.piece, i)] = entity
        named: dict[int, list[int]] = {}  # piece -> its tokens in a mention, in text order
        for piece_index, i in sorted(context.token_entity):
            named.setdefault(piece_index, []).append(i)
        for view in pieces:
            context._collect_descriptors(view, named.get(view.index, []))
        return context

    # -- positions and evidence -------------------------------------------------------
    def char(self, view: ParsedPiece, token: Token) -> int:
        return view.piece.offset + token.idx

    def evidence(self, view: ParsedPiece, token: Token, confidence: float, method: str) -> Evidence:
        sentence = token.sent
        start = view.piece.offset + sentence.start_char
        end = view.piece.offset + sentence.end_char
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(start, end, confidence, method)

    # -- entity lookup ----------------------------------------------------------------
    def entity_at(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        return self.token_entity.get((view.index, token.i))

    def name_span(self, view: ParsedPiece, token: Token, entity) -> Span:
        """The run of tokens around `token` that name `entity`."""
        doc, first, last = view.doc, token.i, token.i
        while first > 0 and same_entity(self.entity_at(view, doc[first - 1]), entity):
            first -= 1
        while last + 1 < len(doc) and same_entity(self.entity_at(view, doc[last + 1]), entity):
            last += 1
        return doc[first : last + 1]

    def entity_of(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        """The entity a noun phrase headed by `token` denotes, or None."""
        direct = self.entity_at(view, token) or self._attached_name(view, token)
        if direct is not None:
            return direct
        if token.pos_ == "PRON":
            return self._pronoun(view, token)
        government = self.government(view, token)
        if government is not None:
            return government
        if token.pos_ in {"NOUN", "PROPN"} and any(
            child.lower_ in _DETERMINERS for child in token.children
        ):
            return self._descriptor(token.lemma_.lower(), self.char(view, token))
        return None

    def _attached_name(self, view: ParsedPiece, token: Token, depth: int = 0) -> LocalEntity | None:
        kind = _indefinite(token)  # "an NHS trust", "a Tulsa-based LNG company": a kind
        # a name after the noun first: "the Premier League club Harrow Rovers" is a club
        for child in sorted(token.children, key=lambda child: child.i < token.i):
            if child.i < token.i and dep(child) == "compound" and (kind or _competition(child)):
                continue  # of trust or company, not its name ("the Acme company" names one);
                # a club of a league ("Premier League club"), not the league
            if dep(child) in _LINKS and (entity := self.entity_at(view, child)) is not None:
                return entity
            # "the video app FlickStream" parsed as video <-appos- app <-flat- FlickStream
            if dep(child) in _LINKS and child.pos_ == "NOUN" and depth == 0:
                entity = self._attached_name(view, child, depth + 1)
                if entity is not None:
                    return entity
            if dep(child) in {"acl", "acl:relcl", "relcl"} and child.lemma_ in _NAMING_VERBS:
                for named in child.subtree:
                    if (entity := self.entity_at(view, named)) is not None:
                        return entity
        if (name := apposed_name(token)) is not None:
            return self.entity_at(view, name)
        if dep(token) in {"compound", "flat"}:
            return self.entity_at(view, token.head)
        return None

    def _descriptor(self, lemma: str, position: int) -> LocalEntity | None:
        """The last organisation described by `lemma` before `position` (the descriptors
        are collected in text order, so a binary search finds it)."""
        found = self.descriptors.get(lemma, [])
        before = bisect_left(found, position, key=lambda pair: pair[0])
        return found[before - 1][1] if before else None

    def _pronoun(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        """'it'/'its': the nearest organisation named or described ("the app") earlier in
        the sentence, skipping modifiers ("Department of State employees")."""
        lower = token.lower_
        if lower in {"he", "she", "him", "her", "his"}:
            return self._only_person_nearby(view, token)
        if lower not in {"it", "its"}:
            return None
        for i in range(token.i - 1, token.sent.start - 1, -1):
            candidate = view.doc[i]
            if dep(candidate) in {"compound", "flat", "flat:name"} or candidate.pos_ == "PRON":
                continue
            entity = self.entity_at(view, candidate)
            if (
                entity is None
                and candidate.pos_ == "NOUN"
                and any(child.lower_ in _DETERMINERS for child in candidate.children)
            ):
                # the nearest noun phrase is the likeliest antecedent: if it names nothing
                # kg knows ("the app" before any app was named), kg does not guess further
                entity = self._descriptor(candidate.lemma_.lower(), self.char(view, candidate))
                if entity is None or entity.entity_class != SCHEMA.Organization:
                    return None
            if entity is not None and entity.entity_class == SCHEMA.Organization:
                inside_name = same_entity(self.entity_at(view, candidate.head), entity)
                if inside_name and candidate.head.i != candidate.i:
                    continue
                if lower == "its" and not self._only_or_coordinated(view, token, i, entity):
                    return None
                return entity
        return self._organisation_before(view, token) if token.i == token.sent.start else None

    def _only_or_coordinated(self, view: ParsedPiece, token: Token, at: int, entity) -> bool:
        """The nearest organisation stands for "its" when no other one is named before it in
        the sentence, or when "and" joins them ("Acme sold Zeno and its subsidiary Orlo"):
        in "Acme sold Zeno in 2001, and its subsidiary Orlo ..." "its" may be either. ("it"
        keeps the nearest: "Acme called Zeno a threat and told staff to delete it".)"""
        if [t.lower_ for t in view.doc[at + 1 : token.i]] in (["and"], ["&"]):
            return True
        for i in range(at - 1, token.sent.start - 1, -1):
            other = self.entity_at(view, view.doc[i])
            organisation = other is not None and other.entity_class == SCHEMA.Organization
            if organisation and not same_entity(other, entity):
                return False
        return True

    def _organisation_before(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        """'It' opening a sentence: the organisation the sentence before is about, its
        subject ("Orlo Labs is a drug maker. It is based in Utrecht."), if that sentence
        names no other organisation ("The park is run by Skog Agency. It is part of ...":
        the park). A sentence about "it" passes the question on, up to IT_CHAIN sentences
        back ("Orlo Labs is a drug maker. It was founded in 1990. It is based in ...")."""
        start = token.sent.start
        for _ in range(IT_CHAIN):
            if start == 0:
                return None
            before = view.doc[start - 1].sent
            subjects = [t for t in before.root.children if dep(t) in {"nsubj", "nsubj:pass"}]
            if any(t.i == before.start and t.lower_ == "it" for t in subjects):
                start = before.start
                continue
            found = {id(e): e for t in before if (e := self.entity_at(view, t)) is not None}
            named = [e for e in found.values() if e.entity_class == SCHEMA.Organization]
            about = [self.entity_of(view, t) for t in subjects]
            if len(named) == 1 and any(same_entity(e, named[0]) for e in about):
                return named[0]
            return None
        return None

    def _only_person_nearby(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        """'he said': the one person `_people_nearby` finds, if only one (kg knows no gender,
        so two candidates mean no answer)."""
        people = self._people_nearby(view, token)
        return people[0] if len(people) == 1 else None

    def _people_nearby(self, view: ParsedPiece, token: Token) -> list[LocalEntity]:
        """The people a pronoun may stand for: those named in its sentence and the two
        before; with none there, those of the last sentence before that names people, at
        most LOOK_BACK sentences back ("Ada Stone is a chemist. She studied in Leeds. ...
        She joined Orlo in 2001")."""
        position = self.char(view, token)
        starts = self._sentence_starts
        here = bisect_left(starts, position + 1)
        window = starts[max(0, here - 3)] if here else position
        mentions = self._people_mentions
        low, high = bisect_left(mentions, (window, -1)), bisect_left(mentions, (position, -1))
        people = {id(self.entities[i]): self.entities[i] for _s, i, _ in mentions[low:high]}
        if not people and low:
            sentence = mentions[low - 1][2]
            if here - bisect_left(starts, sentence) > LOOK_BACK:
                return []
            first = bisect_left(mentions, (sentence, -1))
            people = {id(self.entities[i]): self.entities[i] for _s, i, _ in mentions[first:low]}
        return list(people.values())

    @cached_property
    def _sentence_starts(self) -> list[int]:
        """The sentence starts of every mention, sorted (the document's entities are fixed)."""
        return sorted({m.sentence[0] for e in self.entities for m in e.mentions})

    @cached_property
    def _people_mentions(self) -> list[tuple[int, int, int]]:
        """(start, entity index, sentence start) of every person mention, sorted."""
        return sorted(
            (m.start, index, m.sentence[0])
            for index, entity in enumerate(self.entities)
            if entity.entity_class == SCHEMA.Person
            for m in entity.mentions
        )

    def _collect_descriptors(self, view: ParsedPiece, named: list[int]) -> None:
        """The nouns linked to the piece's tokens `named` by an organisation's mention."""
        for i in named:
            token = view.doc[i]
            entity = self.entity_at(view, token)
            linked = [c for c in token.children if dep(c) in _LINKS] + (
                [token.head] if dep(token) in _LINKS or copula_subject(token) else []
            )
            if entity.entity_class != SCHEMA.Organization:
                continue
            for noun in linked:
                if (
                    noun.pos_ == "NOUN"
                    and self.entity_at(view, noun) is None
                    and noun.lemma_.lower() not in person_nouns()
                ):
                    self.descriptors.setdefault(noun.lemma_.lower(), []).append(
                        (self.char(view, token), entity)
                    )

    # -- entities the text implies without naming them as such ------------------------
    def implied(self, entity_class, name: str) -> LocalEntity:
        """An entity kg names itself (a country from "Chinese", a party, a government)."""
        key = name.lower()
        if entity_class == SCHEMA.Place:
            key = pairs("place_aliases.tsv").get(key, name).lower()
        entity = self._by_key.get((key, str(entity_class)))
        if entity is not None:
            return entity
        slot = (key, str(entity_class))
        if slot not in self.extra:
            iri = entity_iri(self.base, entity_class, key)
            self.extra[slot] = LocalEntity(key, entity_class, [], iri=iri, name=name)
        return self.extra[slot]

    @cached_property
    def _by_key(self) -> dict[tuple[str, str], LocalEntity]:
        """The first entity of each key and class (implied() asks once per cue word)."""
        found: dict[tuple[str, str], LocalEntity] = {}
        for entity in self.entities:
            found.setdefault((entity.key, str(entity.entity_class)), entity)
        return found

    def country_of_adjective(self, token: Token) -> LocalEntity | None:
        country = demonym_country(token)
        return self.implied(SCHEMA.Place, country) if country else None

    def government(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        """A government acts for its country: 'the US government' and 'the British
        government' are the United States and the United Kingdom as actors; 'the federal
        government' and 'the Trump administration' are the country the document is about
        (its most mentioned linked place), so all of them meet on one issuer."""
        if token.lemma_.lower() not in words("government_nouns.txt"):
            return None
        for child in token.children:
            entity = self.entity_at(view, child)
            if entity is not None and entity.entity_class == SCHEMA.Place:
                return entity
            country = demonym_country(child)
            if country:
                return self.implied(SCHEMA.Place, country)
        return self.main_country()

    @cached_property
    def _main_country(self) -> LocalEntity | None:
        return self._find_main_country()

    def main_country(self) -> LocalEntity | None:
        """The country the document names most (see `_find_main_country`), found once."""
        return self._main_country

    def _find_main_country(self) -> LocalEntity | None:
        """The country the document names most (only countries: kg/lexicon lists them)."""
        # the countries of demonyms.tsv's adjectives, as before demonym_nouns.tsv: with "New
        # Zealander" there, a TikTok article followed by a New Zealand one in one document
        # gave "Trump's administration" to New Zealand (the heuristic needs a better cue)
        countries = {c.lower().rstrip("?") for c in pairs("demonyms.tsv").values()}
        countries |= {c.lower() for c in pairs("place_aliases.tsv").values()}
        places = [e for e in self.entities if e.entity_class == SCHEMA.Place and e.key in countries]
        if not places:
            return None
        return max(places, key=lambda e: (len(e.mentions), e.key))


_COMPASS = {"north", "south", "east", "west"}
# a word before a demonym that makes it a region's or a people's ("Latin American", "Native
# American", "Central Asian"), where the table pairs the two words with no country
_REGION_BEFORE = _COMPASS | {"latin", "central", "native", "pan", "anglo", "afro", "indo"}


def demonym_country(token: Token) -> str | None:
    """'Chinese' -> 'China' (capitalised adjectives only); three and two words first:
    'Papua New Guinean' -> 'Papua New Guinea', 'South Korean' -> 'South Korea'; a compass
    or region word before a demonym the table does not pair ('East German', 'Latin
    American') gives none."""
    if not token.text[:1].isupper():
        return None
    table = demonyms()
    doc = token.doc
    for start in (token.i - 2, token.i - 1):  # "Papua New Guinean", then "South Korean"
        words_before = doc[max(start, 0) : token.i]
        if start >= 0 and all(t.text[:1].isupper() for t in words_before):
            several = " ".join(t.lower_ for t in [*words_before, token])
            if several in table:
                return table[several]
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text[:1].isupper() and before.lower_ in _REGION_BEFORE:
        return None
    return table.get(token.lower_)


def ambiguous_demonym(token: Token) -> bool:
    """The adjective of more than one country ("Korean"; kg/lexicon/demonyms.tsv)."""
    return token.lower_ in shared_demonyms()


def display_name(entity: LocalEntity) -> str:
    if getattr(entity, "name", ""):
        return entity.name
    if entity.identity:
        return entity.identity.replace("_", " ")
    forms = entity.forms()
    return max(sorted(forms), key=lambda form: (len(form.split()), forms[form]))
