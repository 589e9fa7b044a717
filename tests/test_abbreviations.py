"""Abbreviations defined in brackets (kg/entities/abbreviations.py), on names written for
these tests."""

from __future__ import annotations

import pytest

from kg.entities.abbreviations import adjacent, defines_abbreviation


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
