"""A person who represents a country, or competes for it, at a competition is its
national: "Kofi Mensah represented Ghana at the 2014 World Cup", "Lina Berg competed for
Norway in four Olympics", "He became the only archer to represent Malawi at the Games".
The one who represents it is a name or a personal pronoun, not a noun ("The song competed
for Croatia").

Only a country, and only at a competition (`EVENT_WORDS` in the name of what the "at" or
"in" phrase names): a member of parliament represents a district ("represented Tarsby
in the House of Commons"), a lawyer a state before a tribunal ("represented Ecuador in the
arbitration"), and neither says whose citizen the person is.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.person_nouns import person_noun_token
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import noun_holders
from kg.facts.relations.base import PERSON, PLACE, FactRecorder, country_names
from kg.nlp.syntax import dep, objects, passive_subjects, prep_objects, subjects
from kg.vocab import SCHEMA

REPRESENT_VERBS = frozenset({"represent", "compete"})
# their forms, for a lemma the lemmatiser got wrong ("competed" -> "compet")
REPRESENT_FORMS = frozenset(
    {"represented", "represents", "representing", "competed", "competes", "competing"}
)
# words in the name of a competition
EVENT_WORDS = frozenset(
    {"olympics", "olympic", "paralympics", "paralympic", "games", "cup", "championship"}
    | {"championships", "tournament", "eurovision", "contest", "pageant", "grand", "prix"}
)


class RepresentedCountryRules(FactRecorder):
    """'represented Ghana at the World Cup' (see the module docstring)."""

    def _represented_country(self, view: ParsedPiece, token: Token) -> None:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or (
            lemma not in REPRESENT_VERBS and token.lower_ not in REPRESENT_FORMS
        ):
            return
        representing = token.lower_.startswith("represent")
        named = objects(token) if representing else prep_objects(token, {"for"})
        countries = [self.ctx.entity_of(view, t) for t in named]
        countries = [c for c in countries if c is not None and c.entity_class == PLACE]
        countries = [c for c in countries if c.key.lower() in country_names()]
        if len(countries) != 1 or not _at_a_competition(token):
            return
        holders = subjects(token)
        noun = token.head
        if not holders and dep(token) in {"acl", "xcomp"} and person_noun_token(noun):
            holders = noun_holders(noun)  # "the only archer to represent Malawi"
        # a name or "he"/"she", not a noun for a thing kg took for a person ("The song
        # competed for Croatia in Eurovision")
        holders = [t for t in holders if t.pos_ in {"PROPN", "PRON"}]
        for person in self._entities(view, holders):
            if person.entity_class == PERSON:
                method = "represented-country"
                self._fact(view, token, person, SCHEMA.nationality, countries[0], 0.7, method)

    def _national_team(self, view: ParsedPiece, team: Token) -> None:
        """'played for the Ghana national team', 'made her debut for the Netherlands national
        team', 'was called up to the Dutch national side', 'a member of the Chilean national
        team': a country's national team plays its citizens (not "coached the Ghana
        national team": only playing and belonging)."""
        if team.lower_ not in TEAM_NOUNS or not any(c.lower_ == "national" for c in team.children):
            return
        country = self._team_country(view, team)
        if country is None:
            return
        head = team.head
        if head.lemma_.lower() in PLAYING_VERBS or any(
            o.lemma_.lower() in PLAYING_NOUNS for o in objects(head)
        ):
            holders = subjects(head) or passive_subjects(head)
        elif head.lemma_.lower() in TEAM_ROLES and dep(team) == "nmod":
            holders = noun_holders(head)  # "a member of the Dutch national team"
        else:
            return
        holders = [t for t in holders if t.pos_ in {"PROPN", "PRON"}]
        for person in self._entities(view, holders):
            if person.entity_class == PERSON:
                self._fact(view, team, person, SCHEMA.nationality, country, 0.7, "national-team")

    def _team_country(self, view: ParsedPiece, team: Token):
        """The country before "national": its name ("the Ghana national team") or its
        adjective ("the Dutch national team")."""
        for child in team.children:
            if child.i > team.i or dep(child) not in {"compound", "amod", "nmod:poss"}:
                continue
            named = self.ctx.entity_of(view, child)
            if named is not None and named.entity_class == PLACE:
                return named if named.key.lower() in country_names() else None
            country = self.ctx.country_of_adjective(child)
            if country is not None:
                return country
        return None


TEAM_NOUNS = frozenset({"team", "side", "squad", "eleven", "xi"})
# playing for a team: "played for", "was called up to", "made her debut for", "earned 20
# caps for", "scored for"; not "coached" or "managed"
PLAYING_VERBS = frozenset({"play", "call", "score", "appear", "feature", "represent", "join"})
PLAYING_NOUNS = frozenset({"debut", "cap", "appearance", "goal"})
TEAM_ROLES = frozenset({"member", "player", "captain", "goalkeeper", "striker", "midfielder"})


def _at_a_competition(verb: Token) -> bool:
    """The verb's "at" or "in" phrase names a competition ("at the 2008 Summer Olympics",
    "in four Olympics")."""
    for place in prep_objects(verb, {"at", "in"}):
        if any(t.lower_ in EVENT_WORDS for t in place.subtree):
            return True
    return False
