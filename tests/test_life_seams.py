"""Life brackets and biographies the vector NER tags differently (kg.entities.life_brackets,
kg.entities.person_nouns), a name in two mentions inside one organisation's chain
(kg.entities.split_names), a name the NER ended on an adjective (kg.entities.repair), and a
rank alone (kg/lexicon/titles.txt), on pinned parses."""

from kg.entities.life_brackets import places_in_life_brackets
from kg.entities.mention import mentions_from_doc
from kg.entities.person_nouns import people_by_biography
from kg.entities.repair import repair_mentions
from kg.entities.split_names import names_split_at_and
from kg.nlp.pipeline import Piece
from tests.pinned import pinned_doc, run_step

_run = run_step


# "Mara Lind ( Tarsdal , 2 May 1801 – Vessby , May 1860 ) was a writer ."
PLACE_BEFORE_DATE = [
    "Mara mara PROPN NNP nsubj 16",
    "Lind lind PROPN NNP flat 0",
    "( ( PUNCT -LRB- punct 3",
    "Tarsdal tarsdal PROPN NNP appos 0",
    ", , PUNCT , punct 5",
    "2 2 NUM CD nmod 3",
    "May may PROPN NNP flat 5",
    "1801 1801 NUM CD nummod 5",
    "– – PUNCT : punct 9",
    "Vessby vessby PROPN NNP conj 3",
    ", , PUNCT , punct 11",
    "May may PROPN NNP nmod 9",
    "1860 1860 NUM CD nummod 11",
    ") ) PUNCT -RRB- punct 3",
    "was be AUX VBD cop 16",
    "a a DET DT det 16",
    "writer writer NOUN NN ROOT 16",
    ". . PUNCT . punct 16",
]


def test_a_name_before_a_comma_and_a_date_in_life_brackets_is_a_place():
    """The NER took "Vessby" (before ", May 1860") for a person: it is where she died."""
    ents = [(0, 2, "PERSON"), (3, 4, "LOC"), (9, 10, "PERSON")]
    labelled = _run(places_in_life_brackets, PLACE_BEFORE_DATE, ents)
    assert labelled == {("Mara Lind", "PERSON"), ("Tarsdal", "LOC"), ("Vessby", "LOC")}


# "Orm Vale ( 1 May 1801 – 3 June 1860 , in Tarsdal ) was a poet ."
DIED_IN = [
    "Orm orm PROPN NNP nsubj 17",
    "Vale vale PROPN NNP flat 0",
    "( ( PUNCT -LRB- punct 3",
    "1 1 NUM CD appos 0",
    "May may PROPN NNP flat 3",
    "1801 1801 NUM CD nummod 3",
    "– – PUNCT : punct 7",
    "3 3 NUM CD conj 3",
    "June june PROPN NNP flat 7",
    "1860 1860 NUM CD nummod 7",
    ", , PUNCT , punct 12",
    "in in ADP IN case 12",
    "Tarsdal tarsdal PROPN NNP nmod 7",
    ") ) PUNCT -RRB- punct 3",
    "was be AUX VBD cop 17",
    "a a DET DT det 17",
    "poet poet NOUN NN ROOT 17",
    ". . PUNCT . punct 17",
]


def test_a_name_after_a_date_a_comma_and_in_is_a_place():
    labelled = _run(places_in_life_brackets, DIED_IN, [(0, 2, "PERSON"), (12, 13, "PERSON")])
    assert labelled == {("Orm Vale", "PERSON"), ("Tarsdal", "LOC")}


# "Vessa ( 15 May 1890 – 1980 ) was a Romanian spy ."
ONE_WORD_LIFE = [
    "Vessa vessa PROPN NNP nsubj 11",
    "( ( PUNCT -LRB- punct 2",
    "15 15 NUM CD appos 0",
    "May may PROPN NNP flat 2",
    "1890 1890 NUM CD nummod 2",
    "– – PUNCT : punct 6",
    "1980 1980 NUM CD conj 2",
    ") ) PUNCT -RRB- punct 2",
    "was be AUX VBD cop 11",
    "a a DET DT det 11",
    "Romanian romanian ADJ JJ amod 11",
    "spy spy NOUN NN ROOT 11",
    ". . PUNCT . punct 11",
]


def test_one_word_before_a_lifes_dates_opens_a_biography():
    """The NER took "Vessa" for a place; life dates and "was a Romanian spy" say who."""
    assert _run(people_by_biography, ONE_WORD_LIFE, [(0, 1, "LOC")]) == {("Vessa", "PERSON")}


# "He played with the Halden Chamber Orchestra ."
ORCHESTRA = [
    "He he PRON PRP nsubj 1",
    "played play VERB VBD ROOT 1",
    "with with ADP IN case 6",
    "the the DET DT det 6",
    "Halden halden PROPN NNP compound 6",
    "Chamber chamber PROPN NNP compound 6",
    "Orchestra orchestra PROPN NNP obl 1",
    ". . PUNCT . punct 1",
]


def test_two_mentions_in_one_organisations_chain_are_one_name():
    """The NER's place "Halden" and "Orchestra" are one organisation's name."""
    joined = _run(names_split_at_and, ORCHESTRA, [(4, 5, "LOC"), (6, 7, "LOC")])
    assert joined == {("Halden Chamber Orchestra", "LOC")}
    assert _run(names_split_at_and, ORCHESTRA, [(4, 5, "LOC")]) == {("Halden", "LOC")}


# "The Society of Danish Weavers met Baronet ."
GUILD = [
    "The the DET DT det 1",
    "Society society PROPN NNP nsubj 5",
    "of of ADP IN case 4",
    "Danish danish ADJ JJ amod 4",
    "Weavers weaver NOUN NNS nmod 1",
    "met meet VERB VBD ROOT 5",
    "Baronet baronet PROPN NNP obj 5",
    ". . PUNCT . punct 5",
]


def test_a_name_does_not_end_on_an_adjective():
    """The NER ended the society's name at "Danish": it goes on to "Weavers"."""
    assert _run(repair_mentions, GUILD, [(1, 4, "ORG")]) == {("Society of Danish Weavers", "ORG")}


def test_a_rank_alone_is_no_person():
    doc = pinned_doc(GUILD, [(6, 7, "PERSON")])
    assert mentions_from_doc(Piece(0, 0, doc.text), doc, 0) == []
