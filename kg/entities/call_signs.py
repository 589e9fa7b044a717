"""Broadcasters' call signs are organisations: "CJVQ-FM is a Canadian radio station",
"owned by KQED-TV". North American call signs are three or four capitals that start with
C, K or W, joined by hyphens to the band ("FM", "AM", "TV", "DT", "LP"). The NER misses
them, or takes the letters for a place; this step makes the whole sign one ORG mention,
in place of any mention inside it.
"""

from __future__ import annotations

import re

from kg.entities.mention import Mention, replacing, span_mention
from kg.nlp.tokens import token_strings

_LETTERS = re.compile(r"^[CKW][A-Z]{2,3}$")
_BANDS = frozenset({"FM", "AM", "TV", "DT", "LP"})


def call_signs(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each call sign one ORG mention."""
    signs = []
    for piece_index, (piece, doc) in enumerate(parsed):
        strings = token_strings(doc)
        for i in _sign_starts(strings.text, strings.idx):
            signs.append(span_mention(piece, piece_index, doc[i : i + 3], "ORG"))
    return replacing(mentions, signs)


def _sign_starts(texts: list[str], offsets: list[int]) -> list[int]:
    """Where "CJVQ", "-", "FM" are written as one word."""
    return [
        i
        for i in range(len(texts) - 2)
        if texts[i + 1] == "-"
        and texts[i + 2] in _BANDS
        and _LETTERS.match(texts[i])
        and offsets[i + 2] - offsets[i] == len(texts[i]) + 1
    ]
