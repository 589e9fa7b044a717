"""A name the NER missed right after "band", "club", "team" or "side" is the group's:
"Scottish side Dunmore Vale", "the punk band Greyhaven". Not a first name ("the band Ana
Rojas formed"), and not a name that goes on through a small word ("the band Tears for
Fears": kg cannot tell where such a name ends, so it adds none).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.entities.name_cues import is_given_name
from kg.entities.organisation_cues import tag_after_group_noun


def named_after_group_noun(chain: Span) -> bool:
    """The chain names the group whose noun is right before it (see the module docstring)."""
    doc, end = chain.doc, chain.end
    goes_on = end + 1 < len(doc) and doc[end].is_lower and doc[end + 1].text[:1].isupper()
    return tag_after_group_noun(chain) and not goes_on and not is_given_name(chain[0].text)
