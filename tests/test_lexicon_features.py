"""The word-list flags the bundled NER reads (kg/nlp/lexicon_features.py)."""

import spacy

from kg.nlp.lexicon_features import GIVEN_NAME, PLACE_NAME, SURNAME, install


def flags(nlp, text: str) -> dict[str, tuple[int, int, int]]:
    """(given name, surname, place) per word."""
    lists = (GIVEN_NAME, SURNAME, PLACE_NAME)
    return {t.text: tuple(int(t.check_flag(f)) for f in lists) for t in nlp.make_doc(text)}


def test_capitalised_words_get_the_flags_of_their_lists():
    nlp = spacy.blank("en")
    install(nlp.vocab)
    got = flags(nlp, "Margaret Whitfield drove from Lisbon to Nairobi with a teacher")
    assert got["Margaret"] == (1, 0, 0)
    assert got["Whitfield"][1] == 1 and got["Whitfield"][2] == 0
    assert got["Lisbon"] == (0, 0, 1)
    assert got["Nairobi"] == (0, 0, 1)
    assert got["teacher"] == (0, 0, 0)


def test_lower_case_words_are_never_flagged():
    nlp = spacy.blank("en")
    install(nlp.vocab)
    got = flags(nlp, "margaret went to lisbon")
    assert got["margaret"] == (0, 0, 0)
    assert got["lisbon"] == (0, 0, 0)


def test_lexemes_made_before_install_are_flagged_too():
    nlp = spacy.blank("en")
    nlp.vocab["Lisbon"]  # created before the getters exist
    install(nlp.vocab)
    assert nlp.vocab["Lisbon"].check_flag(PLACE_NAME)


def test_the_bundled_pipeline_installs_the_flags_when_loaded(nlp):
    doc = nlp.make_doc("Margaret flew to Nairobi.")
    assert doc[0].check_flag(GIVEN_NAME)
    assert doc[3].check_flag(PLACE_NAME)
    assert nlp.config["nlp"]["after_creation"]["@callbacks"] == "kg.lexicon_features.v1"
