"""Characters as NER features beside the Brown clusters (kg/nlp/char_embed.py)."""

import numpy
import pytest
import spacy
from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed, build_Tok2Vec_model
from test_word_clusters import assert_config_round_trips

from kg.nlp.char_embed import ClusterCharEmbed
from kg.nlp.lexicon_features import install
from kg.training.transplant import transplant

DEPTHS = [4, 6, 10, 20]


@pytest.fixture()
def docs():
    nlp = spacy.blank("en")
    install(nlp.vocab)
    return [nlp("Margaret Whitfield flew from London to Nairobi on Monday."), nlp("Universität")]


def encoder(embed):
    return build_Tok2Vec_model(
        embed, MaxoutWindowEncoder(width=32, depth=2, window_size=1, maxout_pieces=3)
    )


def char_encoder():
    return encoder(
        ClusterCharEmbed(
            32, ["NORM", "SHAPE", "FLAG20"], [500, 100, 8], DEPTHS, [16, 64, 500, 1000], 16, 8
        )
    )


def test_a_multihashembed_encoder_transplants_into_the_character_encoder(docs):
    """The donor's tables and mixing layer carry over; the cluster and character tables have
    no partner and their mixing inputs start at zero, so the encoders agree."""
    donor = encoder(MultiHashEmbed(32, ["NORM", "SHAPE"], [500, 100], False))
    target = char_encoder()
    donor.initialize(X=docs)
    target.initialize(X=docs)
    assert transplant(donor, target) > 0
    for got, expected in zip(target.predict(docs), donor.predict(docs), strict=True):
        numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)


def test_the_character_inputs_learn_from_a_zero_start(docs):
    """The character table starts random (spaCy's starts at zero: with the transplanted mixing
    weights at zero neither would move), so the mixing layer's character columns get a
    gradient."""
    donor = encoder(MultiHashEmbed(32, ["NORM", "SHAPE"], [500, 100], False))
    target = char_encoder()
    donor.initialize(X=docs)
    target.initialize(X=docs)
    transplant(donor, target)
    table = next(node for node in target.walk() if node.name == "charembed")
    assert table.get_param("E").std() > 0.01
    outputs, backprop = target.begin_update(docs)
    rng = numpy.random.RandomState(0)
    backprop([rng.normal(size=output.shape).astype("f") for output in outputs])
    mixer = next(
        node
        for node in target.walk()
        if node.name == "maxout" and node.get_param("W").shape[-1] == 7 * 32 + 16 * 8
    )
    assert not mixer.get_param("W")[..., 7 * 32 :].any()
    assert numpy.abs(mixer.get_grad("W")[..., 7 * 32 :]).sum() > 0


def test_the_character_config_resolves_and_round_trips():
    assert_config_round_trips("config-ner-clusters-chars.cfg", "kg.ClusterCharEmbed.v1")
