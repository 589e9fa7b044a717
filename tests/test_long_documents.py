"""What made a long document cost more per word than a short one is gone, with the same
results: names propagated through a token-start index (kg.entities.backstops.propagate)
find exactly the occurrences the scan of every piece found, in the same order. The time
per word itself is measured by benchmarks/run.py --long-mb."""

from __future__ import annotations

import spacy

from kg.entities.backstops import propagate, span_mention
from kg.nlp.pipeline import Piece

TEXTS = [
    "Acme Corp said Acme would buy Acmes. Mary Jones met Jones and Jonesy at Acme Corp.",
    "New York-based Acme Corp hired Mary Jones; Jones said Acme Corp's offer was fair.",
    "A-Acme and Acme-Corp are not Acme Corp. Acme Corp Acme Corp",
]


def _parsed() -> list:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    parsed, offset = [], 0
    for text in TEXTS:
        parsed.append((Piece(0, offset, text), nlp(text)))
        offset += len(text) + 2
    return parsed


def _scan(parsed: list, mentions: list) -> list:
    """propagate as it was: every name searched in every piece."""
    taken = {(m.piece, i) for m in mentions for i in range(m.token_start, m.token_end)}
    by_text = {}
    for mention in sorted(mentions, key=lambda m: (-len(m.anchor), m.start)):
        by_text.setdefault(mention.anchor, mention)
    for mention in mentions:
        parts = mention.anchor.split()
        if mention.label in {"PERSON", "PER"} and len(parts) > 1 and parts[-1][:1].isupper():
            by_text.setdefault(parts[-1], mention)
    added = []
    for anchor, model in sorted(by_text.items(), key=lambda item: -len(item[0])):
        for piece_index, (piece, doc) in enumerate(parsed):
            start = piece.text.find(anchor)
            while start >= 0:
                span = doc.char_span(start, start + len(anchor))
                if span is not None and not any((piece_index, t.i) in taken for t in span):
                    added.append(span_mention(piece, piece_index, span, model.label))
                    taken.update((piece_index, t.i) for t in span)
                start = piece.text.find(anchor, start + 1)
    return added


def test_propagate_finds_what_the_scan_found() -> None:
    parsed = _parsed()
    doc = parsed[0][1]
    seeds = [
        span_mention(parsed[0][0], 0, doc[0:2], "ORG"),  # Acme Corp
        span_mention(parsed[0][0], 0, doc[8:10], "PERSON"),  # Mary Jones
    ]
    assert [m.anchor for m in seeds] == ["Acme Corp", "Mary Jones"]
    expected = _scan(parsed, seeds)
    assert propagate(parsed, seeds) == expected
    assert len(expected) >= 5
