"""Starting the NER's encoder from the parser's (kg/training/transplant.py)."""

import re

import numpy
import pytest
import spacy
from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed, build_Tok2Vec_model

from kg.nlp.lexicon_features import install
from kg.training.transplant import transplant


def encoder(attrs: list[str], rows: list[int], width: int = 32):
    embed = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    return build_Tok2Vec_model(
        embed, MaxoutWindowEncoder(width=width, depth=2, window_size=1, maxout_pieces=3)
    )


@pytest.fixture()
def docs():
    nlp = spacy.blank("en")
    install(nlp.vocab)
    return [nlp("Margaret Whitfield flew from Lisbon to Nairobi on Monday.")]


def test_the_wider_encoder_computes_what_its_donor_did(docs):
    donor = encoder(["NORM", "PREFIX", "SUFFIX", "SHAPE"], [500, 100, 200, 100])
    donor.initialize(X=docs)
    target = encoder(
        ["NORM", "PREFIX", "SUFFIX", "SHAPE", "FLAG20", "FLAG22"], [500, 100, 200, 100, 8, 8]
    )
    target.initialize(X=docs)
    before = target.predict(docs)[0]
    transplant(donor, target)
    after, expected = target.predict(docs)[0], donor.predict(docs)[0]
    assert not numpy.allclose(before, expected)
    numpy.testing.assert_allclose(after, expected, rtol=1e-5, atol=1e-6)


def test_the_new_inputs_start_at_zero(docs):
    """The mixing layer's columns for the new attributes start at zero, the donor's fill the rest."""
    donor = encoder(["NORM", "SHAPE"], [500, 100])
    donor.initialize(X=docs)
    target = encoder(["NORM", "SHAPE", "FLAG20"], [500, 100, 8])
    target.initialize(X=docs)
    transplant(donor, target)
    mixer = next(node for node in target.walk() if node.name == "maxout")
    assert mixer.get_param("W").shape[-1] == 3 * 32
    assert not mixer.get_param("W")[..., 64:].any()
    donor_mixer = next(node for node in donor.walk() if node.name == "maxout")
    numpy.testing.assert_array_equal(mixer.get_param("W")[..., :64], donor_mixer.get_param("W"))


def test_encoders_of_another_shape_are_refused(docs):
    donor = encoder(["NORM", "SHAPE"], [500, 100], width=32)
    donor.initialize(X=docs)
    target = encoder(["NORM", "SHAPE"], [500, 100], width=48)
    target.initialize(X=docs)
    with pytest.raises(ValueError):
        transplant(donor, target)


def test_the_donor_run_gives_an_encoder_the_ner_can_start_from(docs):
    """build's donor run (training/config.cfg + donor_overrides) has the NER's encoder shape,
    for the shipped NER and the candidate that also reads static vectors
    (config-ner-glove.cfg; a small table stands in for GloVe's)."""
    from spacy.util import load_config, registry
    from spacy.vectors import Vectors

    from kg.training.build import CONFIG, GLOVE_NER_CONFIG, NER_CONFIG, donor_overrides

    vocab = docs[0].vocab
    words = ["margaret", "lisbon", "nairobi", "monday", "flew", "from", "to", "on"]
    table = numpy.random.default_rng(0).normal(size=(len(words), 10)).astype("float32")
    vocab.vectors = Vectors(strings=vocab.strings, data=table, keys=words, attr="LOWER")

    donor_config = load_config(CONFIG, overrides=donor_overrides(), interpolate=True)
    donor = registry.resolve({"m": donor_config["components"]["tok2vec"]["model"]})["m"]
    donor.initialize(X=docs)
    for config in (NER_CONFIG, GLOVE_NER_CONFIG):
        ner_config = load_config(config, interpolate=True)
        target = registry.resolve({"m": ner_config["components"]["tok2vec"]["model"]})["m"]
        target.initialize(X=docs)
        assert transplant(donor, target) > 0
        numpy.testing.assert_allclose(
            target.predict(docs)[0], donor.predict(docs)[0], rtol=1e-4, atol=1e-5
        )


def test_the_donor_keeps_the_recipe_the_shipped_ner_was_trained_from(tmp_path, monkeypatch):
    """A tagger/parser config whose parser head and seed have moved on still gives the donor
    the kept settings, so the NER half does not change with the parser."""
    from spacy.util import load_config

    from kg.training import build

    moved_on = tmp_path / "config.cfg"
    text = build.CONFIG.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^seed = \d+$", "seed = 7", text, count=1)
    text = re.sub(r"(?m)^hidden_width = \d+$", "hidden_width = 256", text, count=1)
    moved_on.write_text(text, encoding="utf-8")
    monkeypatch.setattr(build, "CONFIG", moved_on)

    assert load_config(moved_on)["system"]["seed"] == 7
    donor_config = load_config(moved_on, overrides=build.donor_overrides())
    for key, kept in build.DONOR_KEEPS.items():
        assert build._setting(donor_config, key) == kept
    assert donor_config["components"]["parser"]["model"]["hidden_width"] == 128
    assert donor_config["system"]["seed"] == 1337


def test_a_donor_without_vectors_transplants_into_an_encoder_with_static_vectors(docs):
    """config-ner-glove.cfg: the NER's MultiHashEmbed also reads static vectors (keyed by
    LOWER). The donor's tables and mixing layer carry over, the projection of the vectors
    keeps its random start and its mixing inputs (the last ones) start at zero, so the
    encoder computes what the donor's did until training moves it."""
    from spacy.vectors import Vectors

    vocab = docs[0].vocab
    words = ["margaret", "lisbon", "nairobi", "monday", "flew", "from", "to", "on"]
    table = numpy.random.default_rng(0).normal(size=(len(words), 10)).astype("float32")
    vocab.vectors = Vectors(strings=vocab.strings, data=table, keys=words, attr="LOWER")
    donor = encoder(["NORM", "SHAPE"], [500, 100])
    donor.initialize(X=docs)
    embed = MultiHashEmbed(
        width=32, attrs=["NORM", "SHAPE", "FLAG20"], rows=[500, 100, 8], include_static_vectors=True
    )
    target = build_Tok2Vec_model(
        embed, MaxoutWindowEncoder(width=32, depth=2, window_size=1, maxout_pieces=3)
    )
    target.initialize(X=docs)
    projection = next(node for node in target.walk() if node.name == "static_vectors")
    start = projection.get_param("W").copy()
    assert transplant(donor, target) > 0
    numpy.testing.assert_array_equal(projection.get_param("W"), start)
    mixer = next(node for node in target.walk() if node.name == "maxout")
    assert mixer.get_param("W").shape[-1] == 4 * 32
    assert not mixer.get_param("W")[..., 64:].any()
    numpy.testing.assert_allclose(
        target.predict(docs)[0], donor.predict(docs)[0], rtol=1e-5, atol=1e-6
    )
