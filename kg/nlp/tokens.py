"""Each token's strings as plain lists, read once per Doc.

spaCy makes a new Token object for every `doc[i]`, every step of `for token in doc`, every
`.head` and `.children`, and every `token.text`, `.lower_` or `.lemma_` decodes the string
again from the vocabulary. The mention back-stops and the event rules look at every token of
every piece, and most tokens fail their first test (a capital letter, a lexicon word): with
these lists a scan tests the strings first and makes Token objects only for the candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

from kg.nlp.syntax import per_doc


@dataclass(frozen=True)
class TokenStrings:
    """`text[i]`, `lower[i]`, `lemma[i]` and `idx[i]` are doc[i].text, .lower_, .lemma_
    and .idx."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    idx: list[int]

    def capitalised(self) -> list[int]:
        """Indexes of the tokens whose first character is upper case."""
        return [i for i, text in enumerate(self.text) if text[:1].isupper()]


def token_strings(doc: Doc) -> TokenStrings:
    """The Doc's token strings (kept in its user_data, like kg.nlp.syntax.per_doc)."""
    return per_doc(doc, "kg.nlp.tokens.strings", _read)


def _read(doc: Doc) -> TokenStrings:
    if not len(doc):
        return TokenStrings([], [], [], [])
    orth, lower, lemma, idx = doc.to_array([ORTH, LOWER, LEMMA, IDX]).T.tolist()
    strings = doc.vocab.strings
    return TokenStrings(
        _strings(strings, orth), _strings(strings, lower), _strings(strings, lemma), idx
    )


_KNOWN: dict[int, str] = {}  # string id -> string (ids are global hashes)
_MAX_KNOWN = 200_000  # a long run meets ever more words: start again past this


def _strings(strings: StringStore, ids: list[int]) -> list[str]:
    if len(_KNOWN) > _MAX_KNOWN:
        _KNOWN.clear()
    found = list(map(_KNOWN.get, ids))
    if None in found:  # words not met before
        for position, string_id in enumerate(ids):
            if found[position] is None:
                found[position] = _KNOWN[string_id] = strings[string_id]
    return found
