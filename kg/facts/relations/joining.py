"""What one joins, and as what: a party, club, band or team as a member ("joined the
Bergen Socialist Party", "joined the rock band Nordlys", "joined Orlo Rovers"), any other
organisation as an employee ("joined Vessa Capital"), and the organisation whose staff one
joins ("joined the faculty of Halden University").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rdflib import URIRef
from spacy.tokens import Span, Token

from kg.entities.name_cues import club_marked
from kg.entities.organisation_cues import GROUP_NOUNS, team_name
from kg.entities.resolve import LocalEntity
from kg.nlp.syntax import objects, prep_objects
from kg.vocab import SCHEMA

# the last word of a body one joins as a member
MEMBERSHIP_WORDS = GROUP_NOUNS | {"league", "union", "association", "society", "alliance"}
# the body of people an organisation employs
STAFF_NOUNS = frozenset({"faculty", "staff", "payroll", "workforce"})


def joined_organisations(
    verb: Token,
    organisation_at: Callable[[Token], LocalEntity | None],
    name_span: Callable[[Token, LocalEntity], Span],
) -> Iterator[tuple[URIRef, LocalEntity]]:
    """(schema:memberOf or schema:worksFor, organisation) for each
    organisation the verb "join" takes; `organisation_at(token)` is the organisation a
    token names, `name_span` the words naming it."""
    for obj in objects(verb):
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in STAFF_NOUNS:
            for staffed in prep_objects(obj, {"of"}):
                if (org := organisation_at(staffed)) is not None:
                    yield SCHEMA.worksFor, org
            continue
        if (org := organisation_at(obj)) is not None:
            body = membership_body(name_span(obj, org))
            yield SCHEMA.memberOf if body else SCHEMA.worksFor, org


def membership_body(name: Span) -> bool:
    """A party, club or band ("the Bergen Socialist Party", "the rock band Nordlys") or a
    team ("the Halifax Comets", "Orlo Rovers", "FK Brann"): what one joins as a member."""
    described = name.start > 0 and name.doc[name.start - 1].lower_ in MEMBERSHIP_WORDS
    named = name[-1].lower_ in MEMBERSHIP_WORDS or team_name(name, name[:0])
    return named or described or club_marked(name)
