"""Names known from GUM's Wikipedia identity annotations (kg/lexicon/known_entities.tsv).

Detection (`kg.entities.backstops.known_names`), the name cues and resolution all read the
same table: surface form -> (Wikipedia page, class name).
"""

from __future__ import annotations

from functools import cache

from kg.lexicon import rows


@cache
def known_table() -> dict[str, tuple[str, str]]:
    """surface form -> (Wikipedia page, class name) as in the file."""
    return {form: (page, cls) for form, page, cls in rows("known_entities.tsv")}


KNOWN_LABELS = {"Person": "PERSON", "Organization": "ORG", "Place": "LOC"}  # class -> NER label


@cache
def known_classes() -> dict[str, str]:
    """surface form -> class name ("Person", "Organization", "Place")."""
    return {form: cls for form, (_page, cls) in known_table().items()}
