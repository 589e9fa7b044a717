"""An organisation named by another's name and words for a division, a medium or a region
is owned by it: "Kestrel Pictures" by Kestrel, "Orlo World News" by Orlo, "Vessa Electronics"
by Vessa, "Marlow Motors New Zealand" by Marlow Motors (kg/lexicon/division_words.txt,
and countries' names).

Both must be organisations the document names, the longer one's name must be the shorter
one's and nothing but such words after it, and the words must say a part, not the whole:
"Orlo Airways Group" (a group is the parent), "Amnesty International" (the same
organisation), "Ford Foundation" (not owned by Ford) give nothing. The claim cites the
sentence of the longer name's first mention, with the method rule:parent-in-name.
"""

from __future__ import annotations

from kg.entities.resolve import LocalEntity
from kg.facts.claims import Evidence, Fact
from kg.facts.context import DocumentContext
from kg.facts.relations.base import ORG, country_names
from kg.lexicon import words
from kg.vocab import SCHEMA

CONFIDENCE = 0.6
METHOD = "rule:parent-in-name"


def parents_in_names(ctx: DocumentContext) -> list[Fact]:
    """schema:parentOrganization facts between the document's organisations whose names
    say one is a part of the other (see the module docstring)."""
    organisations = [e for e in ctx.entities if e.entity_class == ORG and e.mentions and e.iri]
    found = []
    for part in organisations:
        for whole in organisations:
            if part.iri != whole.iri and _names_a_part_of(part.key, whole.key):
                found.append(
                    Fact(part.iri, SCHEMA.parentOrganization, whole.iri, _cited(ctx, part))
                )
    return found


def _names_a_part_of(part: str, whole: str) -> bool:
    """The part's name is the whole's and then words for a division or a region."""
    if not part.startswith(whole + " "):
        return False
    rest = part[len(whole) + 1 :]
    return rest in country_names() or all(
        word in words("division_words.txt") for word in rest.split()
    )


def _cited(ctx: DocumentContext, part: LocalEntity) -> Evidence:
    first = min(part.mentions, key=lambda mention: mention.start)
    start, end = first.sentence
    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, CONFIDENCE, METHOD)
