"""A mention step for names joined by an ampersand: "Ortiz & Vale", "Marks & Spencer",
"Hollis & Brandt" are one organisation, whatever the NER made of the two halves (often two
people). Only where the NER or an earlier step took at least one half for a name.
"""

from __future__ import annotations

from kg.entities.mention import Mention, span_mention
from kg.nlp.tokens import token_strings


def ampersand_names(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Mentions on either side of "&" merged into one organisation mention."""
    revised = list(mentions)
    for piece_index, (piece, doc) in enumerate(parsed):
        texts = token_strings(doc).text
        for amp in (i for i, text in enumerate(texts) if text == "&" and 0 < i < len(doc) - 1):
            start, end = _capitalised_run(doc, amp, -1), _capitalised_run(doc, amp, 1)
            if start == amp or end == amp + 1:
                continue
            touching = [
                m for m in revised
                if m.piece == piece_index and m.token_start < end and m.token_end > start
            ]  # fmt: skip
            if not touching or any(m.token_start < start or m.token_end > end for m in touching):
                continue
            revised = [m for m in revised if m not in touching]
            revised.append(span_mention(piece, piece_index, doc[start:end], "ORG"))
    return sorted(revised, key=lambda m: (m.piece, m.token_start))


def _capitalised_run(doc, amp: int, step: int) -> int:
    """The start (step -1) or end (step 1) of the capitalised words beside the ampersand."""
    i = amp + step
    while 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
        i += step
    return i + 1 if step < 0 else i
