"""One organisation's name the NER split at "and" into two mentions ("Narvik Water" and "Sewer
Board" of "the Narvik Water and Sewer Board") becomes one mention, where
the name's words say it is one name (kg/entities/names_with_and.py): the mentions must lie
wholly inside a chain of name words that holds "and", and the chain's last word must be an
organisation word, and none before "and" a one-word place or person ("Molde and Bergen
Police" are two). The mention takes the class of the last one ("Sewer Board", an
organisation), which the chain's words then confirm in `repair_mentions`. The same holds
for a chain without "and" whose last word is an organisation's and in which the NER found
two names, the last ending the chain ("Halden" and "Orchestra" of "the Halden Chamber
Orchestra"): a place opening such a name is part of it.
"""

from __future__ import annotations

from kg.entities.mention import Mention, span_mention
from kg.entities.name_cues import chain_around, organisation_words


def names_split_at_and(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with those inside one "X and Y" organisation's name made one."""
    by_chain: dict[tuple[int, int, int], list[Mention]] = {}
    for mention in mentions:
        doc = parsed[mention.piece][1]
        chain = chain_around(doc[mention.token_start])
        if chain is None or chain.end < mention.token_end or len(chain) < 3:
            continue
        if chain[-1].lower_ in organisation_words():
            by_chain.setdefault((mention.piece, chain.start, chain.end), []).append(mention)
    joined: dict[int, Mention | None] = {}
    for (piece_index, start, end), inside in by_chain.items():
        doc = parsed[piece_index][1]
        if "and" not in {t.lower_ for t in doc[start:end]}:
            # "Halden Chamber Orchestra": the NER's "Halden" and "Orchestra" are one name
            if len(inside) < 2 or inside[-1].token_end != end:
                continue
        elif len(inside) < 2 or any(_a_name_of_its_own(m) for m in inside[:-1]):
            continue
        piece, doc = parsed[piece_index]
        whole = span_mention(piece, piece_index, doc[start:end], inside[-1].label)
        for k, mention in enumerate(inside):
            joined[id(mention)] = whole if k == 0 else None
    if not joined:
        return mentions
    return [
        joined.get(id(m), m) for m in mentions if id(m) not in joined or joined[id(m)] is not None
    ]


def _a_name_of_its_own(mention: Mention) -> bool:
    """A one-word place or person before "and" ("Molde" of "Molde and Bergen Police") names
    something of its own, not the first half of one name."""
    one_word = mention.token_end - mention.token_start == 1
    return one_word and mention.label in {"PERSON", "PER", "LOC", "GPE"}


def grown_through_and(parsed: list, mention: Mention, taken: dict) -> Mention:
    """The mention grown to its chain where the chain goes on through "and" ("Narvik
    Chamber of Trade" of "... Chamber of Trade and Industry"), no other mention in it."""
    piece, doc = parsed[mention.piece]
    chain = chain_around(doc[mention.token_start])
    if chain is None or chain.start != mention.token_start or chain.end <= mention.token_end:
        return mention
    if doc[mention.token_end].lower_ != "and":
        return mention
    if any(
        taken.get((mention.piece, i), mention) != mention for i in range(chain.start, chain.end)
    ):
        return mention
    return span_mention(piece, mention.piece, chain, mention.label)
