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


def vectors_docs(docs):
    """The docs' vocab with a small LOWER-keyed vectors table, as kg.training.glove_vectors
    writes them."""
    from spacy.vectors import Vectors

    vocab = docs[0].vocab
    words = ["margaret", "london", "nairobi", "monday", "flew", "from", "to", "on"]
    table = numpy.random.default_rng(0).normal(size=(len(words), 10)).astype("float32")
    vocab.vectors = Vectors(strings=vocab.strings, data=table, keys=words, attr="LOWER")
    return docs


def test_a_donor_transplants_into_the_character_encoder_with_static_vectors(docs):
    """config-ner-clusters-chars-glove.cfg: the vectors' projection comes after the hash
    tables, before the characters; it keeps its random start, and its mixing inputs start
    at zero like the clusters' and characters', so the encoder computes the donor's; they
    get a gradient."""
    docs = vectors_docs(docs)
    donor = encoder(MultiHashEmbed(32, ["NORM", "SHAPE"], [500, 100], False))
    target = encoder(
        ClusterCharEmbed(
            32,
            ["NORM", "SHAPE", "FLAG20"],
            [500, 100, 8],
            DEPTHS,
            [16, 64, 500, 1000],
            16,
            8,
            include_static_vectors=True,
        )
    )
    donor.initialize(X=docs)
    target.initialize(X=docs)
    names = [node.name for node in target.walk() if node.param_names]
    assert names.index("static_vectors") < names.index("charembed")
    projection = next(node for node in target.walk() if node.name == "static_vectors")
    start = projection.get_param("W").copy()
    assert transplant(donor, target) > 0
    numpy.testing.assert_array_equal(projection.get_param("W"), start)
    mixer = next(
        node
        for node in target.walk()
        if node.name == "maxout" and node.get_param("W").shape[-1] == 8 * 32 + 16 * 8
    )
    assert not mixer.get_param("W")[..., 2 * 32 :].any()
    for got, expected in zip(target.predict(docs), donor.predict(docs), strict=True):
        numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)
    outputs, backprop = target.begin_update(docs)
    rng = numpy.random.RandomState(0)
    backprop([rng.normal(size=output.shape).astype("f") for output in outputs])
    # the vectors' columns: after the 7 hash tables (3 attributes, 4 cluster depths)
    assert numpy.abs(mixer.get_grad("W")[..., 7 * 32 : 8 * 32]).sum() > 0


def test_without_static_vectors_the_character_encoder_is_as_before():
    """include_static_vectors defaults to false: config-ner-clusters-chars.cfg's encoder
    (and session 18's saved runs) keep their layers."""
    model = ClusterCharEmbed(
        32, ["NORM", "SHAPE", "FLAG20"], [500, 100, 8], DEPTHS, [16, 64, 500, 1000], 16, 8
    )
    assert "static_vectors" not in [node.name for node in model.walk()]


def test_the_character_glove_config_adds_the_vectors_as_config_ner_glove_does():
    """config-ner-clusters-chars-glove.cfg = config-ner-clusters-chars.cfg with
    include_static_vectors and paths.vectors, as config-ner-glove.cfg adds them to
    config-ner.cfg."""
    from spacy.util import load_config

    from kg.training.build import TRAINING

    chars = load_config(TRAINING / "config-ner-clusters-chars.cfg")
    glove = load_config(TRAINING / "config-ner-glove.cfg")
    both = load_config(TRAINING / "config-ner-clusters-chars-glove.cfg")
    embed = both["components"]["tok2vec"]["model"]["embed"]
    assert embed["@architectures"] == "kg.ClusterCharEmbed.v1"
    assert embed["include_static_vectors"] is True
    assert glove["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] is True
    assert both["initialize"]["vectors"] == glove["initialize"]["vectors"] == "${paths.vectors}"
    assert both["paths"]["vectors"].endswith("glove-50k-100d-10krows/pipeline")
    del embed["include_static_vectors"]
    both["paths"]["vectors"] = chars["paths"]["vectors"]
    assert both == chars
