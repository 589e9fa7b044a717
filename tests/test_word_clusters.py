"""Brown word clusters as NER features (kg/nlp/word_clusters.py)."""

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from kg.nlp.lexicon_features import install
from kg.nlp.word_clusters import ClusterFeatureExtractor, ClusterHashEmbed, cluster_table
from kg.training.transplant import transplant

DEPTHS = [4, 6, 10, 20]
ATTRS = ["NORM", "SHAPE"]


def clusters_of(words: list[str]) -> dict[str, int]:
    from spacy.strings import hash_string

    keys, values = cluster_table()
    found = {}
    for word in words:
        index = numpy.searchsorted(keys, numpy.uint64(hash_string(word)))
        if index < len(keys) and keys[index] == hash_string(word):
            found[word] = int(values[index])
    return found


def expected(cluster: int) -> list[int]:
    return [(cluster & ((1 << depth) - 1)) | (1 << depth) for depth in DEPTHS]


@pytest.fixture()
def doc():
    nlp = spacy.blank("en")
    words = ["London", "Paris", "John", "the", "ThE", "Xqzzyqwv", "LONDON"]
    return Doc(nlp.vocab, words=words)


def test_the_table_holds_the_known_clusters():
    known = clusters_of(["London", "Paris", "the", "ThE", "Xqzzyqwv"])
    assert known["London"] == known["Paris"] == 678
    assert known["the"] == 11
    assert "ThE" not in known and "Xqzzyqwv" not in known


def test_the_extractor_appends_one_column_per_depth(doc):
    features = ClusterFeatureExtractor(ATTRS, DEPTHS).predict([doc])[0]
    assert features.shape == (len(doc), len(ATTRS) + len(DEPTHS))
    assert features.dtype == numpy.uint64
    numpy.testing.assert_array_equal(features[:, :2], doc.to_array(ATTRS))
    clusters = features[:, 2:].tolist()
    assert clusters[0] == expected(678) == clusters[1]  # London, Paris: one cluster
    assert clusters[0] == [22, 102, 1702, 1049254]  # 678 = 0b1010100110, cut at 4, 6, 10, 20
    assert clusters[2] == expected(clusters_of(["John"])["John"])
    assert clusters[3] == expected(11)
    assert clusters[4] == expected(11)  # ThE: not in the table, its lower case is
    assert clusters[5] == [0, 0, 0, 0]  # unknown
    assert clusters[6] == expected(clusters_of(["LONDON"])["LONDON"])  # its own, not London's


def test_the_extractor_reads_spans(doc):
    features = ClusterFeatureExtractor(ATTRS, DEPTHS).predict([doc[1:3]])[0]
    assert features[:, 2:].tolist() == [expected(678), expected(clusters_of(["John"])["John"])]


def test_a_multihashembed_encoder_transplants_into_the_cluster_encoder():
    """The same seeds for the same columns: the donor's tables and mixing layer carry over,
    the cluster tables have no partner and their mixing inputs start at zero."""
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed, build_Tok2Vec_model

    nlp = spacy.blank("en")
    install(nlp.vocab)
    docs = [nlp("Margaret Whitfield flew from London to Nairobi on Monday.")]

    def encoder(embed):
        return build_Tok2Vec_model(
            embed, MaxoutWindowEncoder(width=32, depth=2, window_size=1, maxout_pieces=3)
        )

    donor = encoder(MultiHashEmbed(32, ["NORM", "SHAPE"], [500, 100], False))
    target = encoder(
        ClusterHashEmbed(
            32, ["NORM", "SHAPE", "FLAG20"], [500, 100, 8], DEPTHS, [16, 64, 500, 1000]
        )
    )
    donor.initialize(X=docs)
    target.initialize(X=docs)
    assert transplant(donor, target) > 0
    numpy.testing.assert_allclose(
        target.predict(docs)[0], donor.predict(docs)[0], rtol=1e-5, atol=1e-6
    )


def assert_config_round_trips(config_name: str, architecture: str) -> None:
    """The NER config's tok2vec resolves with `architecture` as its embed, and a copy
    loaded from its bytes predicts what it does."""
    from spacy.util import load_config, registry

    from kg.training.build import TRAINING

    config = load_config(TRAINING / config_name, interpolate=True)
    assert config["components"]["tok2vec"]["model"]["embed"]["@architectures"] == architecture
    model = registry.resolve({"m": config["components"]["tok2vec"]["model"]})["m"]
    nlp = spacy.blank("en")
    install(nlp.vocab)
    docs = [nlp("Ada Lovelace wrote in London.")]
    model.initialize(X=docs)
    copy = registry.resolve({"m": config["components"]["tok2vec"]["model"]})["m"]
    copy.initialize(X=docs)
    copy.from_bytes(model.to_bytes())
    numpy.testing.assert_allclose(copy.predict(docs)[0], model.predict(docs)[0])


def test_the_cluster_config_resolves_and_round_trips():
    assert_config_round_trips("config-ner-clusters.cfg", "kg.ClusterHashEmbed.v1")
