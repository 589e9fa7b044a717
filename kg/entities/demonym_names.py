"""Whether a demonym before an organisation's name is part of it, by the article before:

- "the Chinese Basketball Association": after "the", a demonym before a name ending in an
  organisation's word ("Association") opens the name, and the name says the country;
- "an Irish Labour Party politician": after "a" or "an", the demonym describes what the
  article counts (the politician), and the name is "Labour Party".

The NER draws the line either way on names it has not met; the article decides it.
"""

from __future__ import annotations

from kg.entities.mention import Mention, held_tokens, span_mention
from kg.entities.name_cues import organisation_words
from kg.lexicon import demonyms


def demonyms_by_article(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """ORG mentions grown over a demonym after "the", or cut after one after "a"/"an" (see
    the module docstring)."""
    taken = held_tokens(mentions)
    revised = []
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        start = mention.token_start
        if mention.label != "ORG" or doc[mention.token_end - 1].lower_ not in organisation_words():
            revised.append(mention)
        elif _demonym(doc, start - 1) and _article(doc, start - 2) == "the":
            if (mention.piece, start - 1) not in taken:
                mention = span_mention(
                    piece, mention.piece, doc[start - 1 : mention.token_end], "ORG"
                )
            revised.append(mention)
        elif (
            _demonym(doc, start)
            and _article(doc, start - 1) in {"a", "an"}
            and mention.token_end - start > 2
        ):
            revised.append(
                span_mention(piece, mention.piece, doc[start + 1 : mention.token_end], "ORG")
            )
        else:
            revised.append(mention)
    return revised


def _demonym(doc, i: int) -> bool:
    return i >= 0 and doc[i].text[:1].isupper() and doc[i].lower_ in demonyms()


def _article(doc, i: int) -> str | None:
    return doc[i].lower_ if i >= 0 else None
