"""Names the NER cut in two or ran together (kg.entities.ner_seams), where the rest of
the name is, and where a life happened (kg.entities.life_places), on pinned parses: the
rules read the NER's spans and the parse, so the parse is fixed here."""

from kg.entities.life_places import people_born, places_of_lives
from kg.entities.mention import mentions_from_doc
from kg.entities.ner_seams import (
    adjacent_people_joined,
    clubs_joined,
    names_split_at_repeated_word,
    names_through_particles,
    names_to_their_heads,
    organisations_without_trailing_titles,
    places_split_at_commas,
)
from kg.entities.organisation_kinds import organisations_by_kind_noun
from kg.nlp.pipeline import Piece
from tests.pinned import pinned_doc, run_step

_run = run_step


# "Henrik Olav Brenne met Anne-Marie Voss and Lieke van Os , not Ada , Tomas Berg ."
MEETING = [
    "Henrik henrik PROPN NNP nsubj 3",
    "Olav olav PROPN NNP flat 0",
    "Brenne brenne PROPN NNP flat 0",
    "met meet VERB VBD ROOT 3",
    "Anne anne PROPN NNP obj 3",
    "- - PUNCT HYPH punct 6",
    "Marie marie PROPN NNP flat 4",
    "Voss voss PROPN NNP flat 4",
    "and and CCONJ CC cc 9",
    "Lieke lieke PROPN NNP conj 4",
    "van van X FW flat 9",
    "Os os ADP IN flat 9",
    ", , PUNCT , punct 14",
    "not not PART RB advmod 14",
    "Ada ada PROPN NNP conj 4",
    ", , PUNCT , punct 16",
    "Tomas tomas PROPN NNP appos 14",
    "Berg berg PROPN NNP flat 16",
    ". . PUNCT . punct 3",
]


def test_people_side_by_side_are_one_person():
    """Nothing, a hyphen written without spaces, or a surname's particle between two
    persons: one name. A comma keeps two people apart."""
    ents = [(0, 1, "PERSON"), (1, 3, "PERSON"), (4, 5, "PERSON"), (6, 8, "PERSON")]
    ents += [(9, 10, "PERSON"), (11, 12, "PERSON"), (14, 15, "PERSON"), (16, 18, "PERSON")]
    joined = _run(adjacent_people_joined, MEETING, ents)
    assert joined == {
        ("Henrik Olav Brenne", "PERSON"),
        ("Anne-Marie Voss", "PERSON"),
        ("Lieke van Os", "PERSON"),
        ("Ada", "PERSON"),
        ("Tomas Berg", "PERSON"),
    }


def test_a_name_goes_on_through_a_surnames_particle():
    """The NER found only "Lieke": "van" and the next capitalised word, whatever its tag,
    end the name. "Ada" is followed by a comma: it stays as it is."""
    grown = _run(names_through_particles, MEETING, [(9, 10, "PERSON"), (14, 15, "PERSON")])
    assert grown == {("Lieke van Os", "PERSON"), ("Ada", "PERSON")}


# "Born in Tarsdal in Vessby , Ada Quist joined SK Orne Vale , Orlo Studios and Orlo Games ."
JOINED = [
    "Born bear VERB VBN advcl 8",
    "in in ADP IN case 2",
    "Tarsdal tarsdal PROPN NNP obl 0",
    "in in ADP IN case 4",
    "Vessby vessby PROPN NNP nmod 2",
    ", , PUNCT , punct 0",
    "Ada ada PROPN NNP nsubj 8",
    "Quist quist PROPN NNP flat 6",
    "joined join VERB VBD ROOT 8",
    "SK sk PROPN NNP compound 11",
    "Orne orne PROPN NNP compound 11",
    "Vale vale PROPN NNP obj 8",
    ", , PUNCT , punct 14",
    "Orlo orlo PROPN NNP compound 14",
    "Studios studios PROPN NNPS conj 11",
    "and and CCONJ CC cc 17",
    "Orlo orlo PROPN NNP compound 17",
    "Games games PROPN NNPS conj 11",
    ". . PUNCT . punct 8",
]


def test_where_a_life_began_is_a_place_and_the_places_that_hang_on_it():
    """The NER took the towns for people; the person after the comma stays a person."""
    ents = [(2, 3, "PERSON"), (4, 5, "ORG"), (6, 8, "PERSON")]
    labelled = _run(places_of_lives, JOINED, ents)
    assert labelled == {("Tarsdal", "LOC"), ("Vessby", "LOC"), ("Ada Quist", "PERSON")}


def test_a_clubs_abbreviation_beside_a_name_is_one_club():
    joined = _run(clubs_joined, JOINED, [(9, 10, "ORG"), (10, 12, "LOC")])
    assert joined == {("SK Orne Vale", "ORG")}


def test_a_name_split_where_its_first_word_comes_again():
    split = _run(names_split_at_repeated_word, JOINED, [(13, 18, "ORG"), (9, 12, "ORG")])
    assert split == {("Orlo Studios", "ORG"), ("Orlo Games", "ORG"), ("SK Orne Vale", "ORG")}


# "Dana Pryce visited Tarsdal , Vessby ."
VISIT = [
    "Dana dana PROPN NNP compound 1",
    "Pryce pryce NOUN NN nsubj 2",
    "visited visit VERB VBD ROOT 2",
    "Tarsdal tarsdal PROPN NNP obj 2",
    ", , PUNCT , punct 5",
    "Vessby vessby PROPN NNP appos 3",
    ". . PUNCT . punct 2",
]


def test_a_place_holds_no_comma():
    assert _run(places_split_at_commas, VISIT, [(3, 6, "LOC")]) == {
        ("Tarsdal", "LOC"),
        ("Vessby", "LOC"),
    }


def test_a_first_name_goes_on_to_the_word_it_is_part_of():
    """The tagger took "Pryce" for a noun; the parse makes "Dana" part of it."""
    assert _run(names_to_their_heads, VISIT, [(0, 1, "PERSON")]) == {("Dana Pryce", "PERSON")}


# "Vessa was born in Tarsdal ."
BORN = [
    "Vessa vessa PROPN NNP nsubj:pass 2",
    "was be AUX VBD aux:pass 2",
    "born bear VERB VBN ROOT 2",
    "in in ADP IN case 4",
    "Tarsdal tarsdal PROPN NNP obl 2",
    ". . PUNCT . punct 2",
]


def test_who_was_born_is_a_person():
    assert _run(people_born, BORN, [(0, 1, "LOC"), (4, 5, "LOC")]) == {
        ("Vessa", "PERSON"),
        ("Tarsdal", "LOC"),
    }


# "Emeritus Professor Tove Rask , the Vessby Council Spokesperson , spoke ."
SPOKESPERSON = [
    "Emeritus emeritus ADJ JJ amod 1",
    "Professor professor PROPN NNP compound 3",
    "Tove tove PROPN NNP compound 3",
    "Rask rask PROPN NNP nsubj 10",
    ", , PUNCT , punct 8",
    "the the DET DT det 8",
    "Vessby vessby PROPN NNP compound 8",
    "Council council PROPN NNP compound 8",
    "Spokesperson spokesperson PROPN NNP appos 3",
    ", , PUNCT , punct 8",
    "spoke speak VERB VBD ROOT 10",
    ". . PUNCT . punct 10",
]


def test_a_title_the_ner_took_for_a_person_before_a_person_is_a_title():
    """ "Emeritus Professor" tagged as a person right before "Tove Rask": her title."""
    doc = pinned_doc(SPOKESPERSON, [(0, 2, "PERSON"), (2, 4, "PERSON")])
    piece = Piece(0, 0, doc.text)
    joined = adjacent_people_joined([(piece, doc)], mentions_from_doc(piece, doc, 0))
    assert [(m.anchor, m.label, m.title) for m in joined] == [
        ("Tove Rask", "PERSON", "Emeritus Professor")
    ]


def test_an_organisations_name_ends_before_a_title():
    cut = _run(organisations_without_trailing_titles, SPOKESPERSON, [(6, 9, "ORG")])
    assert cut == {("Vessby Council", "ORG")}


# "the Office of the President"
OFFICE = [
    "the the DET DT det 1",
    "Office office PROPN NNP ROOT 1",
    "of of ADP IN case 4",
    "the the DET DT det 4",
    "President president PROPN NNP nmod 1",
]


def test_a_title_after_the_stays_in_an_organisations_name():
    assert _run(organisations_without_trailing_titles, OFFICE, [(1, 5, "ORG")]) == {
        ("Office of the President", "ORG")
    }


# "Orlo Holdings owns the grocery chain Tarvik Stores ."
OWNS = [
    "Orlo orlo PROPN NNP compound 1",
    "Holdings holdings PROPN NNPS nsubj 2",
    "owns own NOUN NNS ROOT 2",
    "the the DET DT det 6",
    "grocery grocery NOUN NN compound 5",
    "chain chain NOUN NN compound 6",
    "Tarvik tarvik PROPN NNP compound 7",
    "Stores stores PROPN NNPS obj 2",
    ". . PUNCT . punct 2",
]


def test_a_name_does_not_end_on_the_sentences_root():
    """The tagger took "owns" for a plural noun and the NER ran the name into it."""
    doc = pinned_doc(OWNS, [(0, 3, "ORG")])
    assert [m.anchor for m in mentions_from_doc(Piece(0, 0, doc.text), doc, 0)] == ["Orlo Holdings"]


def test_a_name_after_chain_is_an_organisation():
    """ "the grocery chain Tarvik Stores": the NER's place is a retail chain."""
    assert _run(organisations_by_kind_noun, OWNS, [(6, 8, "LOC")]) == {("Tarvik Stores", "ORG")}
