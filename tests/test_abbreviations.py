"""Abbreviations defined in brackets (kg/entities/abbreviations.py), on names written for
these tests."""

from __future__ import annotations

import pytest
from pinned import pinned_doc

from kg.entities.abbreviations import adjacent, defines_abbreviation, names_before_abbreviations
from kg.entities.mention import mentions_from_doc
from kg.nlp.pipeline import Piece


@pytest.mark.parametrize(
    ("long_form", "short_form"),
    [
        ("Harlow Transit Authority", "HTA"),
        ("Vestby Statsbaner", "VSB"),  # a letter from inside a word
        ("Compania Nacional de Ferrocarriles S.A.", "CONAFE"),
        ("Ministry of Harbours", "MoH"),
        ("Harlow Transit Authority", "H.T.A."),
    ],
)
def test_a_short_form_whose_letters_run_through_the_name_in_order(long_form, short_form):
    assert defines_abbreviation(long_form, short_form)


@pytest.mark.parametrize(
    ("long_form", "short_form"),
    [
        ("Harlow Transit Authority", "KLM"),  # other letters
        ("Harlow Transit Authority", "TA"),  # does not start with the name's first word
        ("Harlow Transit Authority", "Harlow"),  # a word, not a short form
        ("Harlow Transit Authority", "HT A"),  # two words
        ("HTA", "HTA"),  # no shorter than the name
    ],
)
def test_no_abbreviation_otherwise(long_form, short_form):
    assert not defines_abbreviation(long_form, short_form)


def test_the_short_form_follows_the_name_past_a_bracket():
    # "Harlow Transit Authority (HTA)": the name ends at 24, "HTA" starts at 26
    assert adjacent(24, 26) and adjacent(24, 25) and adjacent(24, 27)
    assert not adjacent(24, 24) and not adjacent(24, 40)


def test_a_name_the_ner_missed_before_a_short_form_it_found_becomes_a_mention():
    """ "Kolvik Jernbaner (KJB)" with only "KJB" tagged: the name is a mention with its
    label; a name whose letters the short form does not follow is left alone."""
    rows = [
        "He he PRON PRP nsubj 1",
        "led lead VERB VBD ROOT 1",
        "Kolvik kolvik PROPN NNP compound 3",
        "Jernbaner jernbaner PROPN NNP obj 1",
        "( ( PUNCT -LRB- punct 5",
        "KJB kjb PROPN NNP appos 3",
        ") ) PUNCT -RRB- punct 5",
        ". . PUNCT . punct 1",
    ]
    for short, expected in (("KJB", [("Kolvik Jernbaner", "ORG")]), ("XYZ", [])):
        rows[5] = f"{short} {short.lower()} PROPN NNP appos 3"
        doc = pinned_doc(rows, [(5, 6, "ORG")])
        piece = Piece(0, 0, doc.text)
        mentions = mentions_from_doc(piece, doc)
        added = names_before_abbreviations([(piece, doc)], mentions)
        assert [(m.anchor, m.label) for m in added] == expected
