"""The NER's PERSON entities without the titles before the name.

The NER learnt from names written without their titles: GUM's person names are cut after a
leading title when the training data is converted (kg/training/gum_entities.py), and UNER
never includes them. Still, the model sometimes takes a title it met rarely into the name:
on GUM dev, "Justice Scalia", "Secretary Cardona", "Ms Bauchtman", "Speaker O'Neill".
This component, after the NER in kg's bundled pipeline, applies the same convention to
what the NER finds: leading titles (kg/lexicon/person_titles.txt, the converter's list) are
cut from a PERSON entity, and an entity that is a title alone ("President") is dropped.
Only the entity's extent changes; its label and the other entities stay as predicted.

The pipeline's config names the component, so `spacy.load` needs kg installed (entry point
`spacy_factories`), as it does for the NER's word-list flags (kg/nlp/lexicon_features.py).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.lexicon import words

NAME = "kg_person_titles"


def is_person_title(text: str) -> bool:
    """A title that can stand before a name: "Mr.", "Justice", "speaker"."""
    return text.lower().rstrip(".") in words("person_titles.txt")


def without_titles(entity: Span) -> Span | None:
    """A PERSON entity from its first word that is not a leading title; None for a title
    alone. Other labels, and names that do not go on with a capitalised word after the
    titles ("Duke of Ferrow"), are returned as they are."""
    if entity.label_ != "PERSON":
        return entity
    doc, start = entity.doc, entity.start
    while start < entity.end - 1 and is_person_title(doc[start].text):
        start += 1
    if is_person_title(doc[start].text) and start == entity.end - 1:
        return None
    if start == entity.start or not doc[start].text[:1].isupper():
        return entity
    return Span(doc, start, entity.end, label=entity.label, kb_id=entity.kb_id)


@Language.component(NAME)
def cut_person_titles(doc: Doc) -> Doc:
    """Cut leading titles from PERSON entities; drop the entities that are titles alone."""
    entities = [without_titles(entity) for entity in doc.ents]
    if any(new != old for new, old in zip(entities, doc.ents, strict=True)):
        doc.ents = [entity for entity in entities if entity is not None]
    return doc
