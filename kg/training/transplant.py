"""Start the NER's encoder from the tagger/parser's trained encoder.

The NER learns from about 180,000 words of name annotation; the tagger and parser from about
400,000 words of trees. Starting the NER's tok2vec from the parser's (then training it on
the names) gave 5 points of dev F1 over a random start at the same step (training/REPORT.md).

The NER's encoder embeds more token attributes than the parser's (the word-list flags of
kg/nlp/lexicon_features.py), so the two networks differ in one place: the layer that mixes the
concatenated embeddings has more inputs. Every parameter of the same shape is copied; for that
mixing layer the parser's weights fill the first inputs and the new ones start at zero, so
the transplanted encoder computes exactly what the parser's did until training moves it.

Used as `[initialize] after_init = {"@callbacks": "kg.transplant_tok2vec.v1", "source": ...}`
in training/config-ner.cfg.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from spacy.language import Language
from spacy.util import registry
from thinc.api import Model

# embedding tables: paired among themselves; the target's extra ones have no partner in the
# source, their outputs enter the mixing layer as new inputs (which start at zero). spaCy's
# StaticVectors (`include_static_vectors = true`: training/config-ner-glove.cfg) counts as
# one: its projection keeps its random start, its mixing inputs (after the hash tables')
# start at zero
TABLES = {"hashembed", "charembed", "static_vectors"}


def transplant(source: Model, target: Model) -> int:
    """Copy `source`'s parameters into `target`, node by node in walk order; returns the
    number of parameters copied. Raises ValueError if the two differ other than by wider
    inputs."""
    copied = 0
    for old, new in _pairs(source, target):
        for name in old.param_names:
            old_value, new_value = old.get_param(name), new.get_param(name).copy()
            if old_value.shape == new_value.shape:
                new_value = old_value.copy()
            elif old_value.shape[:-1] == new_value.shape[:-1]:
                width = old_value.shape[-1]
                new_value[..., :width] = old_value
                new_value[..., width:] = 0.0
            else:
                raise ValueError(f"{old.name}.{name}: {old_value.shape} -> {new_value.shape}")
            new.set_param(name, new_value)
            copied += old_value.size
    return copied


def _pairs(source: Model, target: Model) -> list[tuple[Model, Model]]:
    """Layers with parameters, paired in walk order: the embedding tables among themselves,
    the other layers among themselves. The target's extra embedding tables (its new
    attributes, and a character table: kg/nlp/char_embed.py) come after the donor's and have
    no partner. Tables and the rest are paired apart because a wrapper around the tables
    (kg.ClusterCharEmbed.v1's concatenation with the characters) moves them in the
    breadth-first walk relative to the mixing layer; for encoders without one the pairs are
    those of a single walk."""
    source_tables, source_rest = _layers(source)
    target_tables, target_rest = _layers(target)
    pairs = []
    for new in target_tables:
        if source_tables and source_tables[0].name == new.name:
            pairs.append((source_tables.pop(0), new))
    if source_tables:
        raise ValueError(f"the target encoder has no {source_tables[0].name}")
    for old, new in itertools.zip_longest(source_rest, target_rest):
        if old is None or new is None or old.name != new.name:
            where = new.name if new is not None else old.name
            raise ValueError(f"the two encoders differ at {where}")
        pairs.append((old, new))
    return pairs


def _layers(model: Model) -> tuple[list[Model], list[Model]]:
    """The layers with parameters in walk order: embedding tables, then the others."""
    nodes = [node for node in model.walk() if node.param_names]
    return (
        [node for node in nodes if node.name in TABLES],
        [node for node in nodes if node.name not in TABLES],
    )


@registry.callbacks("kg.transplant_tok2vec.v1")
def make_transplant(source: str | None) -> Callable[[Language], Language]:
    """`source`: a pipeline directory with a tok2vec; None leaves the random start."""

    def after_init(nlp: Language) -> Language:
        import spacy

        if source is None:
            return nlp

        donor = spacy.load(source, exclude=["ner"])
        transplant(donor.get_pipe("tok2vec").model, nlp.get_pipe("tok2vec").model)
        return nlp

    return after_init
