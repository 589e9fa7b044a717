"""Names the word-vector NER labels or misses differently from the bundled one, read by
what the sentence says of them (pinned parses: the rules read the NER's spans and the
parse): a plural after "the" is a team, list items the NER missed, a name after an
occupation, who married, namesakes side by side, a proper noun by its XPOS tag."""

from kg.entities.backstops import cued_names
from kg.entities.life_places import people_beside_namesakes, people_born
from kg.entities.ner_seams import institutions_of_places
from kg.entities.organisation_kinds import organisations_listed
from kg.entities.outlet_cues import broadcasters_aired_on, regions_after_institutions
from kg.entities.person_nouns import people_before_parties, people_by_occupation
from kg.entities.relatives_listed import relatives_listed
from kg.entities.repair import repair_mentions
from tests.pinned import run_step

_run = run_step


# "The Tomas Rakers won ."
RAKERS = [
    "The the DET DT det 2",
    "Tomas tomas PROPN NNP compound 2",
    "Rakers raker PROPN NNPS nsubj 3",
    "won win VERB VBD ROOT 3",
    ". . PUNCT . punct 3",
]


def test_a_plural_after_the_is_no_person():
    assert _run(repair_mentions, RAKERS, [(1, 3, "PERSON")]) == {("Tomas Rakers", "ORG")}


# "Her daughters were Ingrid , Selma and Vera ."
DAUGHTERS = [
    "Her her PRON PRP$ nmod:poss 1",
    "daughters daughter NOUN NNS nsubj 2",
    "were be AUX VBD ROOT 2",
    "Ingrid ingrid PROPN NNP attr 2",
    ", , PUNCT , punct 5",
    "Selma selma PROPN NNP conj 3",
    "and and CCONJ CC cc 7",
    "Vera vera PROPN NNP conj 3",
    ". . PUNCT . punct 2",
]


def test_a_name_the_ner_missed_in_a_list_of_relatives_is_a_person():
    listed = _run(relatives_listed, DAUGHTERS, [(5, 6, "LOC"), (7, 8, "LOC")])
    assert listed == {("Ingrid", "PERSON"), ("Selma", "PERSON"), ("Vera", "PERSON")}


def test_a_list_of_capitalised_words_alone_is_no_list_of_names():
    """No mention in the list: nothing is added."""
    assert _run(relatives_listed, DAUGHTERS, []) == set()


# "He joined clubs such as Orne Vale and Tarsby Rovers ."
CLUBS = [
    "He he PRON PRP nsubj 1",
    "joined join VERB VBD ROOT 1",
    "clubs club NOUN NNS obj 1",
    "such such ADJ JJ amod 2",
    "as as ADP IN fixed 3",
    "Orne orne PROPN NNP compound 6",
    "Vale vale PROPN NNP nmod 2",
    "and and CCONJ CC cc 9",
    "Tarsby tarsby PROPN NNP compound 9",
    "Rovers rovers PROPN NNPS conj 6",
    ". . PUNCT . punct 1",
]


def test_a_club_the_ner_missed_in_a_list_of_clubs_is_an_organisation():
    listed = _run(organisations_listed, CLUBS, [(8, 10, "PERSON")])
    assert listed == {("Orne Vale", "ORG"), ("Tarsby Rovers", "ORG")}


# "The firm hired the geologist Tjark Vesser ."
GEOLOGIST = [
    "The the DET DT det 1",
    "firm firm NOUN NN nsubj 2",
    "hired hire VERB VBD ROOT 2",
    "the the DET DT det 4",
    "geologist geologist NOUN NN obj 2",
    "Tjark tjark PROPN NNP compound 6",
    "Vesser vesser PROPN NNP appos 4",
    ". . PUNCT . punct 2",
]


def test_a_name_after_an_occupation_is_a_person():
    assert _run(people_by_occupation, GEOLOGIST, [(5, 7, "LOC")]) == {("Tjark Vesser", "PERSON")}


# "Tove Ekholm married Arvid Lund and Siri Lund ."
MARRIED = [
    "Tove tove PROPN NNP compound 1",
    "Ekholm ekholm PROPN NNP nsubj 2",
    "married marry VERB VBD ROOT 2",
    "Arvid arvid PROPN NNP compound 4",
    "Lund lund PROPN NNP obj 2",
    "and and CCONJ CC cc 7",
    "Siri siri PROPN NNP compound 7",
    "Lund lund PROPN NNP conj 4",
    ". . PUNCT . punct 2",
]


def test_who_married_is_a_person():
    married = _run(people_born, MARRIED, [(0, 2, "LOC"), (3, 5, "PERSON")])
    assert married == {("Tove Ekholm", "PERSON"), ("Arvid Lund", "PERSON")}


def test_a_namesake_joined_to_a_person_is_a_person():
    ents = [(3, 5, "PERSON"), (6, 8, "LOC")]
    assert _run(people_beside_namesakes, MARRIED, ents) == {
        ("Arvid Lund", "PERSON"),
        ("Siri Lund", "PERSON"),
    }


# "Mei Lin Zhao was born in Harbin ." with "Mei" tagged an adverb (XPOS NNP)
ZHAO = [
    "Mei mei ADV NNP compound 2",
    "Lin lin PROPN NNP compound 2",
    "Zhao zhao PROPN NNP nsubj:pass 4",
    "was be AUX VBD aux:pass 4",
    "born bear VERB VBN ROOT 4",
    "in in ADP IN case 6",
    "Harbin harbin PROPN NNP obl 4",
    ". . PUNCT . punct 4",
]


def test_a_name_grows_over_a_word_the_tagger_tagged_nnp():
    assert _run(repair_mentions, ZHAO, [(1, 3, "PERSON")]) == {("Mei Lin Zhao", "PERSON")}


# "Ada Vik , a native of Tarsby , met Janne Holm ( Liberal Party ) at the Central Bank of Vessland ."
NATIVE = [
    "Ada ada PROPN NNP compound 1",
    "Vik vik PROPN NNP nsubj 9",
    ", , PUNCT , punct 4",
    "a a DET DT det 4",
    "native native NOUN NN appos 1",
    "of of ADP IN case 6",
    "Tarsby tarsby PROPN NNP nmod 4",
    ", , PUNCT , punct 4",
    "met meet VERB VBD ROOT 8",
    "Janne janne PROPN NNP compound 10",
    "Holm holm PROPN NNP obj 8",
    "( ( PUNCT -LRB- punct 13",
    "Liberal liberal PROPN NNP compound 13",
    "Party party PROPN NNP appos 10",
    ") ) PUNCT -RRB- punct 13",
    "at at ADP IN case 19",
    "the the DET DT det 19",
    "Central central PROPN NNP compound 18",
    "Bank bank PROPN NNP obl 8",
    "of of ADP IN case 20",
    "Vessland vessland PROPN NNP nmod 18",
    ". . PUNCT . punct 8",
]


def test_a_native_of_a_name_is_of_a_place():
    """The NER missed "Tarsby": "a native of" says it is a place."""
    ents = [(0, 2, "PERSON")]
    assert ("Tarsby", "LOC") in _run(cued_names, NATIVE, ents)


def test_a_name_before_a_party_in_brackets_is_a_politician():
    ents = [(9, 11, "LOC"), (12, 14, "ORG")]
    assert _run(people_before_parties, NATIVE, ents) == {
        ("Janne Holm", "PERSON"),
        ("Liberal Party", "ORG"),
    }


def test_an_institution_of_a_place_the_ner_found_apart_is_one_name():
    ents = [(17, 19, "LOC"), (20, 21, "LOC")]
    assert _run(institutions_of_places, NATIVE, ents) == {("Central Bank of Vessland", "ORG")}


# "The show aired on Vessby One , and Ada Vik taught at Orne College , Ostland ."
AIRED = [
    "The the DET DT det 1",
    "show show NOUN NN nsubj 2",
    "aired air VERB VBD ROOT 2",
    "on on ADP IN case 5",
    "Vessby vessby PROPN NNP compound 5",
    "One one PROPN NNP obl 2",
    ", , PUNCT , punct 10",
    "and and CCONJ CC cc 10",
    "Ada ada PROPN NNP compound 9",
    "Vik vik PROPN NNP nsubj 10",
    "taught teach VERB VBD conj 2",
    "at at ADP IN case 13",
    "Orne orne PROPN NNP compound 13",
    "College college PROPN NNP obl 10",
    ", , PUNCT , punct 15",
    "Vermont vermont PROPN NNP appos 13",
    ". . PUNCT . punct 2",
]


def test_a_name_after_aired_on_is_a_broadcaster():
    """The NER missed "Vessby One": new, an organisation."""
    assert run_step(broadcasters_aired_on, AIRED, [(8, 10, "PERSON")]) == {("Vessby One", "ORG")}


def test_a_listed_region_after_an_institution_and_a_comma_is_a_place():
    ents = [(8, 10, "PERSON"), (12, 14, "ORG"), (15, 16, "ORG")]
    labels = run_step(regions_after_institutions, AIRED, ents)
    assert ("Vermont", "LOC") in labels
    assert ("Orne College", "ORG") in labels
