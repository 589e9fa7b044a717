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

from collections.abc import Callable

from spacy.language import Language
from spacy.util import registry
from thinc.api import Model


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
    """Layers with parameters, paired in walk order; the target's extra embedding tables
    (its new attributes) have no partner."""
    source_nodes = [node for node in source.walk() if node.param_names]
    target_nodes = [node for node in target.walk() if node.param_names]
    pairs = []
    for new in target_nodes:
        if source_nodes and source_nodes[0].name == new.name:
            pairs.append((source_nodes.pop(0), new))
        elif new.name != "hashembed":
            raise ValueError(f"the two encoders differ at {new.name}")
    if source_nodes:
        raise ValueError(f"the target encoder has no {source_nodes[0].name}")
    return pairs


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
