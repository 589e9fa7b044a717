"""kg's sentence guard: inside a paragraph, a sentence starts only after a sentence end.
Sentences written for the tests."""

from __future__ import annotations

import spacy

from kg.nlp.pipeline import load_pipeline
from kg.nlp.sentence_guard import NAME, may_start_sentence

_BLANK = spacy.blank("en")


def _starts(text: str) -> list[str]:
    doc = _BLANK(text)
    return [token.text for token in doc[1:] if may_start_sentence(doc, token.i)]


def test_a_sentence_may_start_only_after_a_sentence_end():
    assert _starts("Vexa sold Rivo. Its shares fell") == ["Its"]
    assert _starts("Is it over? Yes: the deal closed; stocks rose!") == ["Yes", "the", "stocks"]
    assert _starts("Vexa, a Swedish firm, sold Rivo") == []


def test_closing_quotes_and_brackets_after_a_sentence_end():
    assert _starts('She said "We agree." Then she left.') == ["Then"]
    assert _starts("(The deal closed.) Stocks rose.") == ["Stocks"]
    assert _starts('He said "maybe" Stocks rose.') == []


def test_a_line_break_allows_a_sentence_start():
    assert _starts("Vexa buys Rivo\nShares rose") == ["Shares"]


def test_kg_loads_the_guard_before_the_parser():
    guarded = load_pipeline(None)
    assert guarded.pipe_names.index(NAME) == guarded.pipe_names.index("parser") - 1
    assert NAME not in load_pipeline(None, sentence_guard=False).pipe_names


def test_the_parser_keeps_a_guarded_paragraph_whole_and_still_splits_sentences():
    nlp = load_pipeline(None)
    text = "Dalby Foods, a Danish dairy, bought Kvist Farms. The deal closed on Friday."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [
        "Dalby Foods, a Danish dairy, bought Kvist Farms.",
        "The deal closed on Friday.",
    ]
    # no sentence starts where the guard forbids one, whatever the parser would choose
    for paragraph in ["Orla Byrne the new chief of Tarn Bank took office today", text]:
        doc = nlp(paragraph)
        for sentence in list(doc.sents)[1:]:
            assert may_start_sentence(doc, sentence.start), sentence.text
