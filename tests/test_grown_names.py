"""A name the NER found, grown to its whole capitalised chain (kg.entities.repair and
kg.entities.grown_names), on pinned parses: titles stay out of a person's name, and a
place the NER found whole keeps its class where a given name opens it."""

from kg.entities.mention import mentions_from_doc
from kg.entities.repair import repair_mentions, titled_people
from kg.nlp.pipeline import Piece
from tests.pinned import pinned_doc, run_step


def _repaired(rows, ents):
    return run_step(repair_mentions, rows, ents)


# "Chancellor Ada Morrow greeted Emperor Vorn at Hazel Park ."
GREETING = [
    "Chancellor chancellor PROPN NNP compound 2",
    "Ada ada PROPN NNP compound 2",
    "Morrow morrow PROPN NNP nsubj 3",
    "greeted greet VERB VBD ROOT 3",
    "Emperor emperor PROPN NNP compound 5",
    "Vorn vorn PROPN NNP obj 3",
    "at at ADP IN case 9",
    "Hazel hazel PROPN NNP compound 9",
    "Park park PROPN NNP obl 3",
    ". . PUNCT . punct 3",
]


def test_a_persons_name_does_not_grow_over_the_titles_before_it():
    """The NER found "Morrow" and "Vorn" alone: the names grow to "Ada Morrow" and stop
    at the titles ("Chancellor", "Emperor"), as the names the NER learnt from do."""
    repaired = _repaired(GREETING, [(2, 3, "PERSON"), (5, 6, "PERSON")])
    assert ("Ada Morrow", "PERSON") in repaired
    assert ("Vorn", "PERSON") in repaired
    assert not any(name.startswith(("Chancellor", "Emperor")) for name, _ in repaired)


def test_a_place_found_whole_keeps_its_class_when_a_given_name_opens_it():
    """ "Hazel" is a given name and "Park" a surname, but the NER's place is the whole
    chain and ends in a word for a kind of place: it stays a place."""
    repaired = _repaired(GREETING, [(7, 9, "LOC")])
    assert repaired == {("Hazel Park", "LOC")}


def test_a_person_found_whole_keeps_its_class_too():
    """The same words tagged a person stay a person: the rule only keeps the NER's place."""
    repaired = _repaired(GREETING, [(7, 9, "PERSON")])
    assert repaired == {("Hazel Park", "PERSON")}


# "Minister of Finance Ada Morrow spoke ."
MINISTER = [
    "Minister minister PROPN NNP compound 4",
    "of of ADP IN case 2",
    "Finance finance PROPN NNP nmod 0",
    "Ada ada PROPN NNP compound 4",
    "Morrow morrow PROPN NNP nsubj 5",
    "spoke speak VERB VBD ROOT 5",
    ". . PUNCT . punct 5",
]


def test_a_person_the_ner_ran_into_the_title_before_is_the_titled_name():
    """The NER's person "Finance Ada Morrow" starts inside the title "Minister of
    Finance": the person is "Ada Morrow", with the title."""
    doc = pinned_doc(MINISTER, [(2, 5, "PERSON")])
    piece = Piece(0, 0, doc.text)
    people = titled_people([(piece, doc)], mentions_from_doc(piece, doc, 0))
    assert [(m.anchor, m.title) for m in people] == [("Ada Morrow", "Minister of Finance")]
