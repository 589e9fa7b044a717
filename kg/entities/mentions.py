"""A document's mentions: the NER's entities, then the mention steps, in one declared order.

`find_mentions` is the only entry point the extraction uses. The bundled NER misses or
mislabels many names it never saw (training/REPORT.md), so its mentions go through
`MENTION_STEPS`: each step reads the parsed pieces and the mentions so far, and either
revises them (kg/entities/repair.py) or adds names the NER missed (kg/entities/backstops.py).
The order matters: later steps never take a token an earlier mention holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.entities.abbreviations import names_before_abbreviations
from kg.entities.ampersand import ampersand_names
from kg.entities.backstops import (
    bands_before_members,
    cued_names,
    cued_organisations,
    employers_before_titles,
    known_names,
    propagate,
    relatives_names,
)
from kg.entities.calendar import datelines_are_places, drop_calendar_names
from kg.entities.call_signs import call_signs
from kg.entities.country_titles import (
    countries_before_titles,
    places_of_noble_titles,
    places_without_titles,
)
from kg.entities.demonym_names import demonyms_by_article
from kg.entities.descriptors import without_descriptor_words
from kg.entities.hyphenated import with_hyphenated_surnames, without_surname_pairs
from kg.entities.joined import organisations_by_role
from kg.entities.life_brackets import places_in_life_brackets
from kg.entities.life_places import people_beside_namesakes, people_born, places_of_lives
from kg.entities.mention import Mention, mentions_from_doc
from kg.entities.ner_seams import (
    adjacent_people_joined,
    clubs_joined,
    institutions_of_places,
    names_split_at_repeated_word,
    names_through_particles,
    names_to_their_heads,
    organisations_through_place_kinds,
    organisations_to_closing_bracket,
    organisations_without_trailing_titles,
    places_split_at_commas,
)
from kg.entities.organisation_kinds import organisations_by_kind_noun, organisations_listed
from kg.entities.outlet_cues import broadcasters_aired_on, regions_after_institutions
from kg.entities.person_nouns import (
    people_before_parties,
    people_by_biography,
    people_by_occupation,
)
from kg.entities.place_bodies import places_before_bodies
from kg.entities.place_cues import places_by_kind_noun
from kg.entities.places_around import places_after_places_and_institutions
from kg.entities.quoted_nicknames import names_with_quoted_nicknames
from kg.entities.relatives_listed import relatives_listed
from kg.entities.repair import (
    repair_mentions,
    titled_people,
    with_regnal_numbers,
    without_chair_names,
    without_tenure_words,
)
from kg.entities.speakers import people_who_speak
from kg.entities.split_names import names_split_at_and

Parsed = list  # [(kg.nlp.pipeline.Piece, spacy Doc)], one pair per parsed paragraph


@dataclass(frozen=True)
class Step:
    """One mention step: `run(parsed, mentions)` returns the revised mention list, or (when
    `adds`) only the mentions it adds."""

    run: Callable[[Parsed, list[Mention]], list[Mention]]
    adds: bool

    def __call__(self, parsed: Parsed, mentions: list[Mention]) -> list[Mention]:
        found = self.run(parsed, mentions)
        return mentions + found if self.adds else found


MENTION_STEPS: tuple[Step, ...] = (
    Step(datelines_are_places, adds=False),  # "DENVER — ..." is a place
    Step(call_signs, adds=False),  # "CJVQ-FM" is a broadcaster
    Step(names_split_at_and, adds=False),  # "Narvik Water" + "Sewer Board": one
    Step(adjacent_people_joined, adds=False),  # "Henrik" + "Olav Brenne": one person
    Step(places_split_at_commas, adds=False),  # "Tarsdal, Vessby": two places
    Step(names_split_at_repeated_word, adds=False),  # "Orlo Studios and Orlo Games"
    Step(names_through_particles, adds=False),  # "Lieke" -> "Lieke van Os"
    Step(names_to_their_heads, adds=False),  # "Dana" -> "Dana Pryce"
    Step(organisations_without_trailing_titles, adds=False),  # not "X Council Spokesperson"
    Step(places_without_titles, adds=False),  # "British Trade Minister" is no place
    Step(clubs_joined, adds=False),  # "SK" + "Vessby Tarsdal": one club
    Step(institutions_of_places, adds=False),  # "Central Bank" + "of" + "Vessland"
    Step(organisations_through_place_kinds, adds=False),  # "Court of Tarvik" + "County"
    Step(organisations_to_closing_bracket, adds=False),  # "(Network for Research and ...)"
    Step(repair_mentions, adds=False),  # grow to the whole name; relabel by its words
    Step(demonyms_by_article, adds=False),  # "the Chinese Basketball Association"
    Step(titled_people, adds=False),  # names after a title are people, with their title
    Step(without_descriptor_words, adds=False),  # "Democrat Mara Quinlan" is Mara Quinlan
    Step(with_regnal_numbers, adds=False),  # "Aldric V", not "Aldric"
    Step(with_hyphenated_surnames, adds=False),  # "Maren Brandt-Lomholt", not "Maren Brandt"
    Step(names_with_quoted_nicknames, adds=False),  # 'Tomasz "Tom" Wolski': one name
    Step(known_names, adds=True),  # names known from GUM's Wikipedia links
    Step(cued_names, adds=True),  # chains whose own words give a class
    Step(relatives_names, adds=True),  # "Henrik Dahl" beside the person "Ola Dahl"
    Step(names_before_abbreviations, adds=True),  # "Nordvik Sporveier (NSV)"
    Step(cued_organisations, adds=True),  # names beside an organisation noun, "-based"
    Step(employers_before_titles, adds=True),  # "Orlo Bank chief executive Ada Stone"
    Step(bands_before_members, adds=True),  # "Fade Out Girl bassist Theo Brandvik"
    Step(ampersand_names, adds=False),  # "Ortiz & Vale" is one organisation
    Step(places_before_bodies, adds=False),  # "United States" + "Supreme Court": one body
    Step(organisations_by_role, adds=False),  # "playing for Adler Rotheim"
    Step(people_by_biography, adds=False),  # "X (1879 - 1941) was an American artist"
    Step(people_by_occupation, adds=False),  # "the geologist X", tagged a place
    Step(people_who_speak, adds=False),  # "Tjark Oyelaran said", tagged a place
    Step(people_before_parties, adds=False),  # "Janne Vik (Conservative Party)"
    Step(places_in_life_brackets, adds=False),  # "(3 May 1911, Kassel – 1980, Bremen)"
    Step(places_of_lives, adds=False),  # "born in Tarsdal": a place
    Step(people_born, adds=False),  # "Vessa was born in ...": a person
    Step(people_beside_namesakes, adds=False),  # "Rune Vik and Siri Vik"
    Step(without_surname_pairs, adds=False),  # "the Kowal-Berg talks" is no place
    Step(propagate, adds=True),  # a name's other occurrences in the document
    Step(places_by_kind_noun, adds=False),  # "the suburb of Milton Ridge" is a place
    Step(organisations_by_kind_noun, adds=False),  # "the trio Nadia Quill" everywhere
    Step(relatives_listed, adds=False),  # "his sons were Lincoln and Orlando"
    Step(organisations_listed, adds=False),  # "bands such as Tobias Wren and Marlow Bay"
    Step(drop_calendar_names, adds=False),  # "on Tuesday": never an entity
    Step(without_tenure_words, adds=False),  # "Former Halden Steel" is "Halden Steel"
    Step(without_chair_names, adds=False),  # "the X Professor of Y" names a chair
    Step(countries_before_titles, adds=False),  # "U.S. Representative": a place, a title
    Step(places_of_noble_titles, adds=False),  # "Marquis of Pozo Alto": a place
    Step(broadcasters_aired_on, adds=True),
    Step(
        places_after_places_and_institutions, adds=True
    ),  # "from Arendal, Agder,"  # "aired on Corvina"
    Step(regions_after_institutions, adds=False),  # "Brennick High School, Vermont"
)


def ner_mentions(parsed: Parsed) -> list[Mention]:
    """The pipeline's own named entities as mentions, in text order."""
    return [
        mention
        for piece_index, (piece, doc) in enumerate(parsed)
        for mention in mentions_from_doc(piece, doc, piece_index)
    ]


def find_mentions(parsed: Parsed) -> list[Mention]:
    """Every mention of a person, organisation or place in a parsed document."""
    mentions = ner_mentions(parsed)
    for step in MENTION_STEPS:
        mentions = step(parsed, mentions)
    return mentions
