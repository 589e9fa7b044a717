"""Mentions from NER spans on pinned Docs: titles moved out, possessives trimmed, one sense per
discourse, names kg knows, nationalities skipped. Sentences written for the tests."""

from pinned import pinned_doc

from kg.entities.backstops import cued_names, employers_before_titles, known_names, propagate
from kg.entities.mention import mentions_from_doc
from kg.nlp.pipeline import Piece


def parsed(rows, ents, offset=0):
    doc = pinned_doc(rows, ents)
    return Piece(0, offset, doc.text), doc


ROWS = [
    "Missouri missouri PROPN NNP compound 3",
    "Sen. sen. PROPN NNP compound 3",
    "Josh josh PROPN NNP compound 3",
    "Hawley hawley PROPN NNP nsubj 4",
    "praised praise VERB VBD ROOT 4",
    "Brightwave brightwave PROPN NNP nmod:poss 7",
    "'s 's PART POS case 5",
    "plan plan NOUN NN obj 4",
    "and and CCONJ CC cc 9",
    "Brightwave brightwave PROPN NNP conj 7",
    "thanked thank VERB VBD conj 4",
    "Americans americans PROPN NNPS obj 10",
    ". . PUNCT . punct 4",
]


def test_titles_possessives_and_nationalities():
    piece, doc = parsed(ROWS, [(0, 4, "PERSON"), (5, 7, "ORG"), (11, 12, "NORP")])
    mentions = mentions_from_doc(Piece(0, 100, doc.text), doc)
    assert [(m.anchor, m.label, m.title) for m in mentions] == [
        ("Josh Hawley", "PERSON", "Missouri Sen."),
        ("Brightwave", "ORG", ""),
    ]
    hawley, brightwave = mentions
    # offsets point into the original text: the piece starts at character 100
    assert doc.text[hawley.start - 100 : hawley.end - 100] == "Josh Hawley"
    assert doc.text[brightwave.start - 100 : brightwave.end - 100] == "Brightwave"


def test_nationality_labelled_as_person_is_skipped():
    piece, doc = parsed(ROWS, [(11, 12, "PERSON")])
    assert mentions_from_doc(piece, doc) == []


def test_a_time_zone_after_a_clock_time_is_not_a_name():
    # "Vexa went down at 9:15 PM ET and ET Media reported it."
    rows = [
        "Vexa vexa PROPN NNP nsubj 1",
        "went go VERB VBD ROOT 1",
        "down down ADV RB advmod 1",
        "at at ADP IN case 5",
        "9:15 9:15 NUM CD nummod 5",
        "PM pm NOUN NN obl 1",
        "ET et PROPN NNP appos 5",
        "and and CCONJ CC cc 10",
        "ET et PROPN NNP compound 9",
        "Media media PROPN NNP nsubj 10",
        "reported report VERB VBD conj 1",
        "it it PRON PRP obj 10",
        ". . PUNCT . punct 1",
    ]
    piece, doc = parsed(rows, [(0, 1, "ORG"), (6, 7, "ORG"), (8, 10, "ORG")])
    assert [m.anchor for m in mentions_from_doc(piece, doc)] == ["Vexa", "ET Media"]


def test_one_sense_per_discourse():
    piece, doc = parsed(ROWS, [(5, 6, "ORG")])
    found = mentions_from_doc(piece, doc)
    added = propagate([(piece, doc)], found)
    assert [(m.anchor, m.label, m.token_start) for m in added] == [("Brightwave", "ORG", 9)]


def test_known_names_the_parser_missed():
    rows = [
        "Donald donald PROPN NNP compound 1",
        "Trump trump PROPN NNP nsubj 2",
        "visited visit VERB VBD ROOT 2",
        "China china PROPN NNP obj 2",
        "in in ADP IN case 5",
        "May may PROPN NNP obl 2",
        ". . PUNCT . punct 2",
    ]
    piece, doc = parsed(rows, [])
    added = known_names([(piece, doc)], [])
    # "May" is a known surname (a person) but never detected alone: it resolves, not detects
    assert [(m.anchor, m.label) for m in added] == [("Donald Trump", "PERSON"), ("China", "LOC")]


def test_a_known_place_inside_an_organisations_name_is_left_to_the_whole_name():
    """ "Madrid" is a place kg knows by name; in "Madrid State University" it is part of an
    organisation's name, which cued_names then takes whole."""
    rows = [
        "Ola ola PROPN NNP nsubj 1",
        "studied study VERB VBD ROOT 1",
        "at at ADP IN case 5",
        "Madrid madrid PROPN NNP compound 5",
        "State state PROPN NNP compound 5",
        "University university PROPN NNP obl 1",
        "near near ADP IN case 7",
        "Madrid madrid PROPN NNP obl 1",
        ". . PUNCT . punct 1",
    ]
    piece, doc = parsed(rows, [])
    known = known_names([(piece, doc)], [])
    assert [(m.anchor, m.token_start) for m in known] == [("Madrid", 7)]
    cued = cued_names([(piece, doc)], known)
    assert [(m.anchor, m.label) for m in cued] == [("Madrid State University", "ORG")]


def test_one_known_word_inside_a_longer_name_is_no_mention():
    """ "World" is a place kg knows by name; in "World War II" it is one word of another
    name."""
    rows = [
        "Veterans veteran NOUN NNS nsubj 5",
        "of of ADP IN case 4",
        "World world PROPN NNP compound 3",
        "War war PROPN NNP compound 4",
        "II ii PROPN NNP nmod 0",
        "met meet VERB VBD ROOT 5",
        "in in ADP IN case 7",
        "Madrid madrid PROPN NNP obl 5",
        ". . PUNCT . punct 5",
    ]
    piece, doc = parsed(rows, [])
    assert [m.anchor for m in known_names([(piece, doc)], [])] == ["Madrid"]


EMPLOYER_ROWS = [
    "Orvel orvel PROPN NNP compound 2",
    "News news PROPN NNP compound 2",
    "TV tv PROPN NNP compound 3",
    "anchor anchor NOUN NN compound 5",
    "Ada ada PROPN NNP compound 5",
    "Stone stone PROPN NNP nsubj 6",
    "resigned resign VERB VBD ROOT 6",
    ". . PUNCT . punct 6",
]


def test_an_organisation_named_before_a_title_and_a_person_is_an_employer():
    piece, doc = parsed(EMPLOYER_ROWS, [(4, 6, "PERSON")])
    found = mentions_from_doc(piece, doc)
    added = employers_before_titles([(piece, doc)], found)
    # the media word is no part of the name
    assert [(m.anchor, m.label) for m in added] == [("Orvel News", "ORG")]


def test_a_place_before_a_title_is_not_an_employer():
    rows = ["Kerrow kerrow PROPN NNP compound 3"] + EMPLOYER_ROWS[3:]
    rows = [row.rsplit(" ", 1)[0] + f" {int(row.rsplit(' ', 1)[1]) - 2}" for row in rows]
    piece, doc = parsed(rows, [(2, 4, "PERSON")])
    assert doc.text.startswith("Kerrow anchor Ada Stone")
    assert employers_before_titles([(piece, doc)], mentions_from_doc(piece, doc)) == []


def test_a_name_called_after_an_organisation_noun_whatever_the_parse():
    from kg.entities.backstops import cued_organisations

    # "It sells a local version called Quorra." with "called" hung on the wrong verb
    rows = [
        "It it PRON PRP nsubj 1",
        "sells sell VERB VBZ ROOT 1",
        "a a DET DT det 4",
        "local local ADJ JJ amod 4",
        "version version NOUN NN obj 1",
        "called call VERB VBN advcl 1",
        "Quorra quorra PROPN NNP obj 5",
        ". . PUNCT . punct 1",
    ]
    piece, doc = parsed(rows, [])
    added = cued_organisations([(piece, doc)], [])
    assert [(m.anchor, m.label) for m in added] == [("Quorra", "ORG")]


def test_an_organisation_noun_or_a_spokesperson_before_the_whole_name():
    from kg.entities.backstops import cued_organisations

    # "Watchdog group Clear Lens and a spokesperson for Tovera met." (bad parse: no links)
    rows = [
        "Watchdog watchdog NOUN NN compound 1",
        "group group NOUN NN compound 3",
        "Clear clear ADJ JJ amod 3",
        "Lens lens PROPN NNP ROOT 3",
        "and and CCONJ CC cc 6",
        "a a DET DT det 6",
        "spokesperson spokesperson NOUN NN conj 3",
        "for for ADP IN case 8",
        "Tovera tovera PROPN NNP nsubj 9",
        "met meet VERB VBD conj 3",
        ". . PUNCT . punct 3",
    ]
    piece, doc = parsed(rows, [])
    added = cued_organisations([(piece, doc)], [])
    assert [(m.anchor, m.label) for m in added] == [("Clear Lens", "ORG"), ("Tovera", "ORG")]


def test_a_regnal_number_or_suffix_is_not_propagated_as_a_surname():
    # "Varro I ruled. I agree." : the "I" of the name is not a surname for the pronoun
    rows = [
        "Varro varro PROPN NNP compound 1",
        "I I PROPN NNP nsubj 2",
        "ruled rule VERB VBD ROOT 2",
        ". . PUNCT . punct 2",
        "I I PRON PRP nsubj 5",
        "agree agree VERB VBP ROOT 5",
        ". . PUNCT . punct 5",
    ]
    piece, doc = parsed(rows, [(0, 2, "PERSON")])
    found = mentions_from_doc(piece, doc)
    assert [m.anchor for m in found] == ["Varro I"]
    assert propagate([(piece, doc)], found) == []
    # "Ada Quell Jr. spoke. Quell left." : the surname is the word before the suffix
    rows = [
        "Ada ada PROPN NNP compound 1",
        "Quell quell PROPN NNP nsubj 3",
        "Jr. jr. PROPN NNP flat 1",
        "spoke speak VERB VBD ROOT 3",
        ". . PUNCT . punct 3",
        "Quell quell PROPN NNP nsubj 6",
        "left leave VERB VBD ROOT 6",
        ". . PUNCT . punct 6",
    ]
    piece, doc = parsed(rows, [(0, 3, "PERSON")])
    found = mentions_from_doc(piece, doc)
    added = propagate([(piece, doc)], found)
    assert [(m.anchor, m.token_start) for m in added] == [("Quell", 5)]
