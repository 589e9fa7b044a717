"""Relations from trigger words kept as data (kg/lexicon/relation_triggers.tsv) and the
syntactic roles of kg/facts/relations/arguments.py: founders, parents in their noun forms
("a subsidiary of", "a unit of", "the owner of", "part of"), headquarters, memberships,
employers in the present ("works for", "is employed by"). Also a person's nationality from
a demonym ("the British physicist Ada Stone", "a Japanese citizen") or a ruler's country
("Charles VII of France").

Each relation kind checks the classes of its two entities (`KINDS`): an organisation's
founder is a person or an organisation, its parent an organisation, its location a place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import URIRef
from spacy.tokens import Token

from kg.entities.backstops import MEMBER_NOUNS
from kg.entities.mention import DESCRIBING_NOUNS
from kg.entities.organisation_cues import name_goes_on
from kg.entities.person_nouns import person_noun_token
from kg.entities.repair import is_regnal_number
from kg.entities.resolve import same_entity
from kg.facts.assertion import realised
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import noun_holders, relative_antecedent, role_tokens
from kg.facts.relations.base import (
    ORG,
    PERSON,
    PLACE,
    FactRecorder,
    country_names,
    organisation_heads,
)
from kg.facts.relations.listed import listed_tokens
from kg.facts.relations.nationality_words import (
    ADJECTIVAL_COUNTRIES,
    CITIZEN_NOUNS,
    CITIZENSHIP_NOUNS,
    FIELD_NOUNS,
    ROYAL_TITLES,
    STATE_OFFICES,
)
from kg.facts.relations.tenure import noun_tenure
from kg.lexicon import WordKinds, rows, words
from kg.nlp.syntax import (
    OBJECT,
    dep,
    kids,
    possessors,
    prep_objects,
    present_tense,
    subjects,
)
from kg.vocab import KG, SCHEMA

KINDS: dict[str, tuple[URIRef, frozenset, frozenset]] = {
    "founder": (SCHEMA.founder, frozenset({ORG}), frozenset({PERSON, ORG})),
    "parentOrganization": (SCHEMA.parentOrganization, frozenset({ORG}), frozenset({ORG})),
    "location": (SCHEMA.location, frozenset({ORG}), frozenset({PLACE})),
    "memberOf": (SCHEMA.memberOf, frozenset({PERSON, ORG}), frozenset({ORG})),
    # a person joins, is drafted by or traded to a team or party ("Acme joined Beta in
    # suing the state" is no membership)
    "personMemberOf": (SCHEMA.memberOf, frozenset({PERSON}), frozenset({ORG})),
    "worksFor": (SCHEMA.worksFor, frozenset({PERSON}), frozenset({ORG})),
}
NOW_ONLY = {"worksFor"}  # "worked for X" says nothing of now: only present clauses count
PLAYER_NOUNS = MEMBER_NOUNS | {"singer", "pianist", "saxophonist", "trumpeter", "violinist"}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    part: str  # VERB or NOUN
    relation: str
    subject_role: str
    object_role: str
    confidence: float


@cache
def triggers() -> dict[str, list[Trigger]]:
    """The table's rows by lemma."""
    table: dict[str, list[Trigger]] = {}
    for lemma, part, relation, subject, obj, confidence in rows("relation_triggers.tsv"):
        trigger = Trigger(lemma, part, relation, subject, obj, float(confidence))
        table.setdefault(lemma, []).append(trigger)
    return table


@cache
def verb_kinds() -> WordKinds:
    verbs = {t.lemma for ts in triggers().values() for t in ts if t.part == "VERB"}
    return WordKinds({lemma: {lemma} for lemma in verbs})


def trigger_lemma(token: Token) -> str | None:
    """The table's lemma a token stands for ("founded", "co-founder", "headquartered")."""
    lemma = token.lemma_.lower()
    if lemma in triggers():
        return lemma
    found = verb_kinds().of(lemma, token.lower_)
    return next(iter(found)) if found else None


def _common_or_title(noun: Token) -> bool:
    """A common noun, or a title written with a capital ("the British Minister of State
    for Trade, Lord Holloway")."""
    return noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.lower_ in words("titles.txt"))


def _noun_like(token: Token) -> bool:
    """A noun, or a copula's predicate the tagger took for an adverb ("X is home to Y")."""
    return token.pos_ in {"NOUN", "PROPN"} or (token.pos_ == "ADV" and bool(kids(token, {"cop"})))


class TriggeredRules(FactRecorder):
    """Relations of kg/lexicon/relation_triggers.tsv, and nationality."""

    def _triggered(self, view: ParsedPiece, token: Token) -> None:
        lemma = trigger_lemma(token)
        if lemma is None:
            return
        for trigger in triggers()[lemma]:
            word = token
            if trigger.part == "NOUN":
                if not _noun_like(token) or self.ctx.entity_at(view, token):
                    continue
                if dep(token) in {"compound", "amod"} and _organisation_noun(token.head):
                    word = token.head  # "the parent company of X" (not "a member state")
                if noun_tenure(token) is not None:
                    continue  # "a former member of X", "its future owner": not now
            elif token.pos_ not in {"VERB", "AUX", "ADJ"} or not realised(token):
                continue  # "agreed to buy X" is no ownership yet (kg/facts/events/deals.py)
            elif trigger.relation in NOW_ONLY and not present_tense(token):
                continue  # "worked for X until 2019": a former employer
            self._relate(view, token, word, trigger)

    def _relate(self, view: ParsedPiece, token: Token, word: Token, trigger: Trigger) -> None:
        predicate, subject_classes, object_classes = KINDS[trigger.relation]
        subject_tokens = role_tokens(word, trigger.part, trigger.subject_role)
        subjects_ = self._entities(view, self._with_listed(view, subject_tokens))
        object_tokens = role_tokens(word, trigger.part, trigger.object_role)
        object_tokens = [t for t in object_tokens if not self._describes_a_noun(view, t)]
        object_tokens = self._with_listed(view, object_tokens)
        objects_ = self._entities(view, object_tokens)
        method = f"{trigger.lemma}-{trigger.subject_role}-{trigger.object_role}"
        wider = self._wider_places(view, object_tokens) if trigger.relation == "location" else []
        players = self._players(view, object_tokens) if trigger.relation == "founder" else set()
        for subject in subjects_:
            if subject.entity_class not in subject_classes:
                continue
            for obj in objects_:
                if obj.entity_class in object_classes:
                    self._fact(view, token, subject, predicate, obj, trigger.confidence, method)
                if obj.iri in players:  # "formed by guitarist Ana Roe": a member too
                    self._fact(view, token, obj, SCHEMA.memberOf, subject, 0.7, method)
            self._in_wider_places(view, token, subject, wider, trigger.confidence, method)

    def _players(self, view: ParsedPiece, tokens: list[Token]) -> set:
        """The people a noun for a band's player names ("guitarist Ana Roe")."""
        named = [(t, e) for t in tokens if (e := self.ctx.entity_of(view, t)) is not None]
        return {e.iri for t, e in named if t.lower_ in PLAYER_NOUNS or self._after_player(view, t)}

    def _after_player(self, view: ParsedPiece, token: Token) -> bool:
        entity = self.ctx.entity_at(view, token)
        start = self._name_span(view, token, entity).start if entity is not None else token.i
        return start > 0 and view.doc[start - 1].lower_ in PLAYER_NOUNS

    def _describes_a_noun(self, view: ParsedPiece, token: Token) -> bool:
        """A name right before "club", "side" or "team" that the parse took for the object:
        "played for Super League club Kalecikspor" names the club, not the league."""
        entity = self.ctx.entity_at(view, token)
        if entity is None:
            return False
        end = self._name_span(view, token, entity).end
        return end < len(view.doc) and view.doc[end].text in DESCRIBING_NOUNS

    def _modifies(self, view: ParsedPiece, entity, noun: Token) -> bool:
        """An entity named before the noun it hangs on modifies it ("Irish Gaelic
        footballers", "Trump voters"): the noun is not what the entity is."""
        return any(
            child.i < noun.i and same_entity(self.ctx.entity_at(view, child), entity)
            for child in noun.children
        )

    def _nationality(self, view: ParsedPiece, token: Token) -> None:
        """A demonym on a noun for what an entity is: a person's nationality ('the British
        physicist Ada Stone', 'a Japanese citizen', 'holds Indian citizenship'), an
        organisation's country ('Acme is a Swedish orchestra', 'Acme, a French newspaper')."""
        if dep(token) not in {"amod", "compound"}:
            return
        named = self.ctx.entity_at(view, token)
        if named is not None and token.text not in ADJECTIVAL_COUNTRIES:
            return
        noun = _compound_organisation_noun(token.head)
        country = self.ctx.country_of_adjective(token) if _common_or_title(noun) else None
        if named is not None and named.entity_class == PLACE and _common_or_title(noun):
            country = named  # "a U.S. businessman", "a U.S. Representative"
        if country is None:
            return
        if noun.lemma_.lower() in CITIZENSHIP_NOUNS and dep(noun) in OBJECT:
            holders = [relative_antecedent(t) for t in subjects(noun.head)]
        else:
            holders = noun_holders(noun)
        described = self._entities(view, holders)
        attached = self.ctx._attached_name(view, noun)
        if not described and attached is not None and not self._modifies(view, attached, noun):
            described = [attached]
        for entity in described:
            if entity.entity_class == PERSON and not _not_a_person_noun(noun):
                self._fact(view, token, entity, SCHEMA.nationality, country, 0.75, "nationality")
            elif entity.entity_class == ORG and _organisation_noun(noun):
                self._fact(view, token, entity, KG.countryOfOrigin, country, 0.7, "demonym-origin")

    def _from_country(self, view: ParsedPiece, token: Token) -> None:
        """A noun for a person or an organisation, then "from" and a country: "Juan Ortiz
        was a footballer from Uruguay", "Lena Berg, a painter from Norway", "Lumen, a
        headphone maker from Denmark", "a folk singer from Dervenli, Turkey", an
        organisation's name "from" a country, "Halvard Shipping from Norway" (not a city alone:
        "a painter from Bergen"; not a thing: "a letter from Norway")."""
        country = token.head
        if token.lower_ != "from" or dep(token) != "case" or dep(country) not in {"nmod"}:
            return
        place, noun = self.ctx.entity_of(view, country), country.head
        if place is None or place.entity_class != PLACE:
            return
        named = self.ctx.entity_at(view, noun)
        if noun.pos_ == "PROPN" and named is not None and named.entity_class == ORG:
            if place.key.lower() in country_names():  # "Halvard Shipping from Norway"
                self._fact(view, token, named, KG.countryOfOrigin, place, 0.7, "from-country")
            return
        if noun.pos_ != "NOUN":
            return
        if place.key.lower() not in country_names() and self._organisation_from(view, token, noun):
            return
        if place.key.lower() not in country_names():
            # "a folk singer from Dervenli, Turkey": the country after the town
            wider = [p for p in self._wider_places(view, [country]) if p.key in country_names()]
            if not wider:
                return
            place = wider[-1]
        for entity in self._entities(view, noun_holders(noun)):
            if entity.entity_class == PERSON and not _not_a_person_noun(noun):
                self._fact(view, token, entity, SCHEMA.nationality, place, 0.7, "from-country")
            elif entity.entity_class == ORG and _organisation_noun(noun):
                self._fact(view, token, entity, KG.countryOfOrigin, place, 0.7, "from-country")

    def _organisation_from(self, view: ParsedPiece, token: Token, noun: Token) -> bool:
        """ "Tornes Fotball was a football club from Tornesvik, Bergen": an
        organisation from a town is located there, and in the places written after it."""
        place_token = token.head
        orgs = [e for e in self._entities(view, noun_holders(noun)) if e.entity_class == ORG]
        if not orgs or not _organisation_noun(noun):
            return False
        town = self.ctx.entity_of(view, place_token)
        for org in orgs:
            self._fact(view, token, org, SCHEMA.location, town, 0.7, "from-place")
            wider = self._wider_places(view, [place_token])
            self._in_wider_places(view, token, org, wider, 0.7, "from-place")
        return True

    def _ruler_of_country(self, view: ParsedPiece, person, head: Token) -> None:
        """A monarch or a member of a royal house named with their country is of that
        country: "Charles VII of France", "King Harald of Norway", "Princess Irmelin of
        Sweden". The name must carry a regnal number or follow a royal title: "Duke of
        Edinburgh" or "John of Gaunt" name no country, and "Smith of Acme" is no ruler."""
        doc, name = view.doc, self._name_span(view, head, person)
        country = self._named_after_of(view, name)
        if country is None or country.entity_class != PLACE:
            return
        if country.key.lower() not in country_names():
            return
        first = name.start
        titled = doc[first].lower_ in ROYAL_TITLES or (
            first > 0 and doc[first - 1].lower_ in ROYAL_TITLES
        )
        if titled or is_regnal_number(doc, name.end - 1):  # kept by with_regnal_numbers
            self._fact(view, head, person, SCHEMA.nationality, country, 0.7, "ruler-of-country")

    def _of_organisation(self, view: ParsedPiece, person, head: Token) -> None:
        """A person's name followed by "of" and an organisation names one of its people:
        "Jane Doe of the Brookings Institution", "Danny Wade of the Dallas Rangers". The
        name has two proper nouns or more (the NER takes titles for names: "Dean of the
        College of Fine Arts"), the parse hangs the of-phrase on it, and a country is no
        organisation here."""
        if person.entity_class != PERSON:
            return
        name = self._name_span(view, head, person)
        if len(name) < 2 or any(token.pos_ != "PROPN" for token in name):
            return  # "Dean of the College", "Our Lady of the Harbour University": no person's name
        # on any word of the name: "Ana Rao" may be parsed as two subjects, "of" on "Rao"
        objects_ = [obj for token in name for obj in prep_objects(token, {"of"})]
        org, hung = self._named_after_of(view, name), False
        if org is None and name.end < len(view.doc) and view.doc[name.end].lower_ == "of":
            # "Ana Ruiz of the Chilean pop group Lumora": the organisation is named beside the
            # noun the parse hangs on the person's name (attached to it, or right after it)
            nouns = [t for t in objects_ if t.pos_ == "NOUN" and t.i + 1 < len(view.doc)]
            named = [self.ctx._attached_name(view, t) for t in nouns]
            named += [self._whole_name_at(view, view.doc[t.i + 1]) for t in nouns]
            org = next((e for e in named if e is not None), None)
            hung = org is not None
        if org is None or org.entity_class != ORG or org.key.lower() in country_names():
            return
        if hung or any(self._same_at(view, t, org) for t in objects_):
            self._fact(view, head, person, SCHEMA.memberOf, org, 0.65, "of-organisation")
            for other in self._people_listed_before(view, name):  # "A and B of the Orlo
                self._fact(view, head, other, SCHEMA.memberOf, org, 0.6, "of-organisation")

    def _people_listed_before(self, view: ParsedPiece, name) -> list:
        """People of two proper nouns or more listed right before the name ("Damien Hale and
        Rodrigo Vik of the Orlo Foundation"); none after "between" ("a dispute between A
        and B of X": A need not be of X)."""
        listed = [t for t in listed_tokens(self.ctx, view, name[0]) if t.i < name.start]
        if not listed or any(t.lower_ == "between" for t in view.doc[name.sent.start : name.start]):
            return []
        found = []
        for token in listed:
            entity = self.ctx.entity_at(view, token)
            span = self._name_span(view, token, entity) if entity is not None else None
            if span is not None and entity.entity_class == PERSON and len(span) > 1:
                found.append(entity)
        return found

    def _whole_name_at(self, view: ParsedPiece, token: Token):
        """The entity named at `token`, unless its name goes on past what kg took ("the
        group Songs for Sailors" gave "Songs")."""
        entity = self.ctx.entity_at(view, token)
        if entity is None:
            return None
        end = self._name_span(view, token, entity).end
        return None if name_goes_on(view.doc, end) else entity

    def _office_of_country(self, view: ParsedPiece, token: Token) -> None:
        """A person holding a country's state office is its citizen: "Gareth Millane,
        Australia's Minister for Trade", "the President of Poland, Lech Kowal", "Norway's
        ambassador to Japan"; and so is "a citizen (a national) of Yemen"."""
        lemma = token.lemma_.lower()
        if lemma in CITIZEN_NOUNS and token.pos_ != "NOUN":
            return  # "the national team of Brazil"
        # a former or future office too: "the former President of Chile" is Chilean
        if lemma not in STATE_OFFICES | CITIZEN_NOUNS:
            return
        named = [*possessors(token), *prep_objects(token, {"of"})]
        named += [t for t in token.children if dep(t) == "compound"]  # "the US Secretary"
        if token.i > 0 and not named:
            named.append(view.doc[token.i - 1])  # "U.S. Senator Ana Holt", however parsed
        countries = [self.ctx.entity_at(view, t) for t in named]
        countries = [c for c in countries if c is not None and c.entity_class == PLACE]
        countries = [c for c in countries if c.key.lower() in country_names()]
        if len(countries) != 1:
            return
        holders = noun_holders(token)
        # "the prime minister of Ghana, Kofi Mensah": the parse hangs the name on the
        # country, which a person's name cannot describe
        holders += [name for t in prep_objects(token, {"of"}) for name in kids(t, {"appos"})]
        for person in self._entities(view, holders):
            if person.entity_class == PERSON:
                self._fact(view, token, person, SCHEMA.nationality, countries[0], 0.7, "office")


def _not_a_person_noun(noun: Token) -> bool:
    """Only nouns for people (kg.entities.person_nouns) and citizenship take a
    nationality: "an Indian film" or "a French magazine" says nothing of a person, nor a
    field between the demonym and the noun ("a Chinese language teacher")."""
    lemma = noun.lemma_.lower()
    if any(dep(c) == "compound" and c.lower_ in FIELD_NOUNS for c in noun.children):
        return True
    return not person_noun_token(noun) and lemma not in CITIZENSHIP_NOUNS


def _compound_organisation_noun(noun: Token) -> Token:
    """The organisation noun a compound ends with ("a Turkish weapons manufacturer": the
    manufacturer is Turkish), else the noun itself: "a Chinese language teacher" is not
    Chinese, so a person's noun is never reached this way."""
    head = noun
    while dep(head) == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    return head if head.i != noun.i and _organisation_noun(head) else noun


def _organisation_noun(noun: Token) -> bool:
    """A noun for organisations ("company", "orchestra", "club"), or one coordinated with
    it ("a British television and film production company", parsed with "television" the
    noun): "a 1970 American drama film" gives no film's country, only an organisation's; a
    radio or television station is one."""
    if any(word.lemma_.lower() in organisation_heads() for word in (noun, *noun.conjuncts)):
        return True
    return noun.lemma_.lower() == "station" and any(  # not "a railway station"
        child.lower_ in _BROADCAST_WORDS for child in noun.children if child.i < noun.i
    )


_BROADCAST_WORDS = frozenset({"radio", "television", "tv"})
