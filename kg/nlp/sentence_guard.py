"""No sentence starts inside a paragraph unless the text before allows one.

kg parses each paragraph as its own Doc (kg/nlp/pipeline.py), so a line break is always a sentence
break. Inside a paragraph of edited news text, a sentence starts only after a word that ends
one: a full stop, question or exclamation mark, ellipsis, colon or semicolon, possibly
followed by a closing quotation mark or bracket. A statistical parser sometimes splits
elsewhere: the bundled one cut two sentences of the seed articles before a weekday ("...
Amazon told reporters | Friday, according to ..."), so a claim's evidence was half a
sentence, and parsers retrained in session 7 split before the name after "the messaging
app", which cut a ban's issuer from its target (training/REPORT.md). This component runs
before the parser and marks every other token as one that cannot start a sentence; spaCy's
parser respects such marks (`Token.is_sent_start = False`) and attaches the token inside the
current sentence instead.

The training report measures the pipeline without it (`load_pipeline(...,
sentence_guard=False)`). Its dev texts join a document's paragraphs with spaces, and many of
their sentences end without a stop (web text, headings), so there the guard merges what
should be split: UAS 0.849 to 0.841 on UD EWT dev, 0.868 to 0.865 on GUM dev. kg's input
is one paragraph per Doc, where that does not arise.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

NAME = "kg_sentence_guard"
_ENDS_SENTENCE = (".", "!", "?", "…", ":", ";")
_CLOSING = {"”", "’", ")", "]", "}", "»"}
_STRAIGHT_QUOTES = {'"', "'"}


def may_end_sentence(text: str) -> bool:
    """Whether a token with this text can be the last of a sentence (before closing marks)."""
    return text.endswith(_ENDS_SENTENCE)


_NOT_START = -1  # spaCy's SENT_START value for "does not start a sentence"


@Language.component(NAME)
def guard_sentence_starts(doc: Doc) -> Doc:
    """Mark every token that may not start a sentence (`is_sent_start = False`).

    The marks go in with one `Doc.from_array`: spaCy's `Token.is_sent_start` setter checks
    the whole Doc for a parse on every call, which made this component cost as much as
    the parser on long paragraphs (1.6 s for 30 news articles; 0.1 s this way)."""
    starts = doc.to_array([SENT_START]).astype("int64")
    blocked = [index for index in range(1, len(doc)) if not may_start_sentence(doc, index)]
    if blocked:
        starts[blocked] = _NOT_START
        doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def may_start_sentence(doc: Doc, index: int) -> bool:
    """After a line break, or after a sentence end and any closing marks that follow it."""
    before = index - 1
    if doc[before].is_space or "\n" in doc[before].whitespace_:
        return True
    if _closes(doc, index):
        return False
    while before > 0 and _closes(doc, before):
        before -= 1
    return may_end_sentence(doc[before].text)


def _closes(doc: Doc, index: int) -> bool:
    """A closing bracket or quotation mark; a straight quote closes when no space precedes it."""
    text = doc[index].text
    if text in _CLOSING:
        return True
    return text in _STRAIGHT_QUOTES and index > 0 and not doc[index - 1].whitespace_
