"""Names the NER took for places or people that the sentence uses as organisations
(kg/entities/joined.py), on pinned parses of sentences written for these tests: "played
for", "a member of", a person who "joined"; not a country, not a person one plays for,
not a natural feature that "joins" another."""

from __future__ import annotations

from pinned import pinned_doc

from kg.entities.joined import organisations_by_role
from kg.entities.mention import mentions_from_doc
from kg.nlp.pipeline import Piece


def labels(rows: list[str], ents: list[tuple[int, int, str]]) -> dict[str, str]:
    doc = pinned_doc(rows, ents)
    piece = Piece(0, 0, doc.text)
    mentions = organisations_by_role([(piece, doc)], mentions_from_doc(piece, doc))
    return {m.anchor: m.label for m in mentions}


PLAYED = [
    "Mira mira PROPN NNP compound 1",
    "Holt holt PROPN NNP nsubj 2",
    "played play VERB VBD ROOT 2",
    "for for ADP IN case 5",
    "Sparta sparta PROPN NNP compound 5",
    "Krnov krnov PROPN NNP obl 2",
    ". . PUNCT . punct 2",
]


def test_a_place_one_plays_for_is_a_team() -> None:
    found = labels(PLAYED, [(0, 2, "PERSON"), (4, 6, "LOC")])
    assert found == {"Mira Holt": "PERSON", "Sparta Krnov": "ORG"}


def test_a_country_or_a_person_one_plays_for_keeps_its_class() -> None:
    rows = [*PLAYED[:4], "Gabon gabon PROPN NNP obl 2", ". . PUNCT . punct 2"]
    assert labels(rows, [(4, 5, "LOC")]) == {"Gabon": "LOC"}
    assert labels(PLAYED, [(4, 6, "PERSON")]) == {"Sparta Krnov": "PERSON"}


def test_a_person_tagged_name_one_is_a_member_of_is_an_organisation() -> None:
    rows = [
        "Ida ida PROPN NNP compound 1",
        "Lunde lunde PROPN NNP nsubj 4",
        "is be AUX VBZ cop 4",
        "a a DET DT det 4",
        "member member NOUN NN ROOT 4",
        "of of ADP IN case 7",
        "Rosa rosa PROPN NNP compound 7",
        "Kollektiv kollektiv PROPN NNP nmod 4",
        ". . PUNCT . punct 4",
    ]
    found = labels(rows, [(0, 2, "PERSON"), (6, 8, "PERSON")])
    assert found == {"Ida Lunde": "PERSON", "Rosa Kollektiv": "ORG"}


def test_a_place_a_person_joins_is_an_organisation_a_glacier_is_not() -> None:
    joined = [
        "She she PRON PRP nsubj 1",
        "joined join VERB VBD ROOT 1",
        "Graz graz PROPN NNP compound 3",
        "Tigers tigers PROPN NNPS obj 1",
        ". . PUNCT . punct 1",
    ]
    assert labels(joined, [(2, 4, "LOC")]) == {"Graz Tigers": "ORG"}
    glacier = [
        "Vel vel PROPN NNP compound 1",
        "Kessler kessler PROPN NNP nsubj 2",
        "joins join VERB VBZ ROOT 2",
        "the the DET DT det 5",
        "Nizina nizina PROPN NNP compound 5",
        "Glacier glacier PROPN NNP obj 2",
        ". . PUNCT . punct 2",
    ]
    found = labels(glacier, [(0, 2, "PERSON"), (4, 6, "LOC")])
    assert found == {"Vel Kessler": "PERSON", "Nizina Glacier": "LOC"}


def test_a_copula_nouns_conjunct_for_an_organisation_makes_an_organisation() -> None:
    """ "Norda Pictures was a television and film company": the parser makes "television"
    the noun and "company" its conjunct. Not when one of them is a noun for a person
    ("Ines Varga is a filmmaker and film company founder" parsed with "company" a conjunct)."""
    rows = [
        "Norda norda PROPN NNP compound 1",
        "Pictures pictures PROPN NNPS nsubj 4",
        "was be AUX VBD cop 4",
        "a a DET DT det 4",
        "television television NOUN NN ROOT 4",
        "and and CCONJ CC cc 7",
        "film film NOUN NN compound 7",
        "company company NOUN NN conj 4",
        ". . PUNCT . punct 4",
    ]
    assert labels(rows, [(0, 2, "LOC")]) == {"Norda Pictures": "ORG"}
    person = ["Ines ines PROPN NNP compound 1", "Varga varga PROPN NNP nsubj 4", *rows[2:4]]
    person += ["filmmaker filmmaker NOUN NN ROOT 4", *rows[5:]]
    assert labels(person, [(0, 2, "PERSON")]) == {"Ines Varga": "PERSON"}


def test_a_person_tagged_name_before_a_members_noun_and_a_name_is_a_band() -> None:
    """ "Velvet Static bassist Mira Holt": the NER took the band for a person; a name
    before such a noun with no name after it keeps its tag."""
    rows = [
        "Velvet velvet PROPN NNP compound 1",
        "Static static PROPN NNP compound 4",
        "bassist bassist NOUN NN compound 4",
        "Mira mira PROPN NNP compound 4",
        "Holt holt PROPN NNP nsubj 5",
        "wrote write VERB VBD ROOT 5",
        "songs song NOUN NNS obj 5",
        ". . PUNCT . punct 5",
    ]
    found = labels(rows, [(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert found == {"Velvet Static": "ORG", "Mira Holt": "PERSON"}
    alone = ["Ada ada PROPN NNP compound 1", "Lind lind PROPN NNP compound 2"]
    alone += ["bassist bassist NOUN NN nsubj 3", "wrote write VERB VBD ROOT 3"]
    alone += [". . PUNCT . punct 3"]
    assert labels(alone, [(0, 2, "PERSON")]) == {"Ada Lind": "PERSON"}


def test_a_place_listed_after_another_team_one_plays_for_is_a_team() -> None:
    """ "played for Sparta Krnov and Vessa Torun": the second name is a conjunct of the
    first, the object of "for"."""
    rows = [
        *PLAYED[:6],
        "and and CCONJ CC cc 8",
        "Vessa vessa PROPN NNP compound 8",
        "Torun torun PROPN NNP conj 5",
        ". . PUNCT . punct 2",
    ]
    found = labels(rows, [(0, 2, "PERSON"), (4, 6, "ORG"), (7, 9, "LOC")])
    assert found == {"Mira Holt": "PERSON", "Sparta Krnov": "ORG", "Vessa Torun": "ORG"}
    # a place listed with a place after "in" stays one
    rows = [*rows[:3], "in in ADP IN case 5", *rows[4:]]
    found = labels(rows, [(0, 2, "PERSON"), (4, 6, "LOC"), (7, 9, "LOC")])
    assert found["Vessa Torun"] == "LOC"
