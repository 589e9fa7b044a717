"""Runs every relation rule over a document: the per-token rules from the tokens that can
start one, the per-person rules from each person's mention heads."""

from __future__ import annotations

from functools import cache

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.tokens import Doc

from kg.facts.assertion import asserted
from kg.facts.claims import Event, Fact
from kg.facts.relations.base import _unique
from kg.facts.relations.born_to import BornToRules
from kg.facts.relations.brackets import BracketRules
from kg.facts.relations.descriptor_words import DescriptorWordRules
from kg.facts.relations.employment import EmploymentRules
from kg.facts.relations.family import MARRY_WORDS, FamilyRules
from kg.facts.relations.life_events import (
    FOUNDING_FORMS,
    FOUNDING_NOUNS,
    KIN_WORDS,
    LIFE_WORDS,
    LifeEventRules,
)
from kg.facts.relations.nationality_words import (
    ADJECTIVAL_COUNTRIES,
    CITIZEN_NOUNS,
    CITIZENSHIP_NOUNS,
    STATE_OFFICES,
)
from kg.facts.relations.native_country import NativeCountryRules
from kg.facts.relations.organisations import INSTITUTION_WORDS, OrganisationRules
from kg.facts.relations.parent_in_name import parents_in_names
from kg.facts.relations.parties import PARTY_PEOPLE, PartyRules
from kg.facts.relations.place_countries import countries_of_places
from kg.facts.relations.place_in_name import PlaceInNameRules, without_contradicted_names
from kg.facts.relations.possessive import PossessiveCountryRules
from kg.facts.relations.possessive_posts import PossessivePostRules
from kg.facts.relations.posts import APPOINT_VERBS, PostRules
from kg.facts.relations.pronoun_posts import PronounPostRules
from kg.facts.relations.released import RELEASE_FORMS, RELEASE_VERBS, ReleasedRules
from kg.facts.relations.represented import (
    REPRESENT_FORMS,
    REPRESENT_VERBS,
    TEAM_NOUNS,
    RepresentedCountryRules,
)
from kg.facts.relations.triggered import TriggeredRules, triggers, verb_kinds
from kg.facts.relations.word_order import WordOrderRules
from kg.lexicon import demonyms, pairs
from kg.nlp.syntax import (
    POSSESSIVE,
    lower_of,
)

_TRIGGER_WORDS = {"owns", "owned", "based", "-owned", "-based", "headquartered", "founded"}
# "a footballer from Uruguay", "Jonas Berg (Sweden)", "a lecturer at Kessel College"
_TRIGGER_WORDS |= {"from", "(", "at"}
_TRIGGER_WORDS |= INSTITUTION_WORDS | REPRESENT_FORMS
_TRIGGER_WORDS |= set(pairs("parties.tsv"))  # "was elected as a Whig"
_TRIGGER_WORDS |= KIN_WORDS | MARRY_WORDS  # "Marta Lind's son", "married"
_TRIGGER_WORDS |= LIFE_WORDS | FOUNDING_FORMS | {"created", "native"}  # "born in", "a native of"
_TRIGGER_WORDS |= FOUNDING_NOUNS  # "since its inception in 1987"
_TRIGGER_WORDS |= TEAM_NOUNS  # "played for the Ghana national team"
_TRIGGER_WORDS |= RELEASE_FORMS  # "aired on Corvina in Portugal"


_TRIGGER_LEMMAS = {"own", "parent"} | APPOINT_VERBS | CITIZENSHIP_NOUNS | STATE_OFFICES
_TRIGGER_LEMMAS |= CITIZEN_NOUNS | PARTY_PEOPLE | REPRESENT_VERBS | RELEASE_VERBS


_TRIGGER_DEPS = POSSESSIVE  # "Acme's X"; an adjective starts a rule only as a demonym


@cache
def _trigger_strings() -> tuple[frozenset[str], frozenset[str]]:
    """The words and lemmas a per-token rule can start from (the trigger table's lemmas, the
    demonyms of nationality), made once."""
    lemmas = frozenset(_TRIGGER_LEMMAS | set(triggers()))
    forms = set(verb_kinds().by_form)  # a trigger verb the lemmatiser got wrong ("barred")
    adjectives = {name.split()[-1] for name in demonyms()}  # "South Korean": "korean"
    adjectives |= {name.lower() for name in ADJECTIVAL_COUNTRIES}  # "a U.S. businessman"
    return frozenset(_TRIGGER_WORDS | adjectives | forms), lemmas


def _trigger_tokens(doc: Doc) -> list[int]:
    """The tokens a per-token rule of RelationFinder can start from: its words, lemmas and
    dependency labels (the first test of each rule), read from doc.to_array."""
    strings = doc.vocab.strings
    trigger_words, lemmas = _trigger_strings()
    return [
        i
        for i, (lower, lemma, label) in enumerate(doc.to_array([LOWER, LEMMA, DEP]).tolist())
        if lower_of(strings, lower) in trigger_words
        or lower_of(strings, lemma) in lemmas
        or lower_of(strings, label) in _TRIGGER_DEPS
    ]


class RelationFinder(
    OrganisationRules,
    PossessivePostRules,
    NativeCountryRules,
    BornToRules,
    FamilyRules,
    LifeEventRules,
    PronounPostRules,
    PostRules,
    TriggeredRules,
    PartyRules,
    BracketRules,
    WordOrderRules,
    EmploymentRules,
    PlaceInNameRules,
    ReleasedRules,
    PossessiveCountryRules,
    RepresentedCountryRules,
    DescriptorWordRules,
):
    """All relation rules of kg/facts/relations/ over one document's context."""

    def run(self) -> tuple[list[Fact], list[Event]]:
        for view in self.ctx.pieces:
            for i in _trigger_tokens(view.doc):
                token = view.doc[i]
                if not asserted(token):
                    continue
                self._ownership(view, token)
                self._hyphenated(view, token)
                self._origin_adjective(view, token)
                self._institution_in_place(view, token)
                self._released_in(view, token)
                self._appointment(view, token)
                self._triggered(view, token)
                self._nationality(view, token)
                self._demonym_before_name(view, token)
                self._from_country(view, token)
                self._party_of_politician(view, token)
                self._party_before_name(view, token)
                self._elected_as_party(view, token)
                self._bracketed(view, token)
                self._occupation_at(view, token)
                self._office_of_country(view, token)
                self._country_of_person_noun(view, token)
                self._represented_country(view, token)
                self._national_team(view, token)
                self._descriptor_before_name(view, token)
                self._born_or_died(view, token)
                self._death_noun(view, token)
                self._native_of(view, token)
                self._native_country(view, token)
                self._kinship(view, token)
                self._married(view, token)
                self._born_to(view, token)
                self._founding_date(view, token)
                self._founding_noun(view, token)
            for entity, head in self._person_heads(view):
                self._title_before(view, entity, head)
                self._appositions(view, entity, head)
                self._copula(view, entity, head)
                self._biography_opening(view, entity, head)
                self._served_as(view, entity, head)
                self._ruler_of_country(view, entity, head)
                self._of_organisation(view, entity, head)
                self._employer_before_noun(view, entity, head)
                self._possessive_post(view, entity, head)
            self._pronoun_posts(view)
            self._place_in_name(view)
            self._life_brackets(view)
        facts = without_contradicted_names(_unique(self.facts))
        facts += parents_in_names(self.ctx)
        return facts + countries_of_places(self.ctx, facts), self.posts
