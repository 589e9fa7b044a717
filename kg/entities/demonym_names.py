"""Whether a demonym before an organisation's name is part of it, by the article before:

- "the Chinese Basketball Association": after "the", a demonym before an organisation's
  name opens the name, and the name says the country (`repair_mentions` grows the NER's
  "Basketball Association" so: kg.entities.grown_names.may_grow);
- "an Irish Labour Party politician": after "a" or "an", the demonym describes what the
  article counts (the politician), and the name is "Labour Party".

The NER draws the line either way on names it has not met; the article decides it.
"""

from __future__ import annotations

from kg.entities.mention import Mention, span_mention
from kg.entities.name_cues import organisation_words
from kg.lexicon import demonyms


def demonyms_by_article(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """ORG mentions cut after a demonym that follows "a" or "an" (see the module
    docstring)."""
    revised = []
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        start = mention.token_start
        if (
            mention.label == "ORG"
            and doc[mention.token_end - 1].lower_ in organisation_words()
            and _demonym(doc, start)
            and start > 0
            and doc[start - 1].lower_ in {"a", "an"}
            and mention.token_end - start > 2
        ):
            mention = span_mention(piece, mention.piece, doc[start + 1 : mention.token_end], "ORG")
        revised.append(mention)
    return revised


def _demonym(doc, i: int) -> bool:
    return doc[i].text[:1].isupper() and doc[i].lower_ in demonyms()
