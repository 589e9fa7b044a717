"""Brown word clusters as features of the NER's encoder.

The NER's encoder knows a word only by hashes of its letters (NORM, PREFIX, SUFFIX, SHAPE)
and kg's word-list flags (kg/nlp/lexicon_features.py); nothing tells it that an unseen word
behaves like one it has seen. Brown clusters do, learnt from a large unlabelled corpus: the
190,129 words of kg/lexicon/word_clusters.tsv.gz (spacy-lookups-data, MIT; built by
kg.training.word_clusters) sit at the leaves of a binary tree of 1,000 clusters, "London"
and "Paris" in one, "John" near "Mary". A word's cluster is its bit-path in that tree,
stored reversed (the first branch is the least significant bit), so the path prefix of
depth k, `cluster & ((1 << k) - 1)`, is the word's class at a coarser cut of the tree.

`kg.ClusterHashEmbed.v1` is spaCy's `spacy.MultiHashEmbed.v2` (FeatureExtractor ->
list2ragged -> concatenate(HashEmbed per column) -> Maxout -> ragged2list, the same seeds
for the same columns, so a MultiHashEmbed encoder transplants into it:
kg/training/transplant.py) whose feature extractor appends, after the `attrs` columns, one
column per prefix depth in `depths`: the token's cluster looked up by its ORTH hash, then by
its LOWER hash, cut to that depth; 0 for a word without a cluster. A known word's column
value carries a marker bit above the prefix (`prefix | 1 << depth`), so that no prefix of
a known word is the unknown word's 0.

Registered as `kg.ClusterHashEmbed.v1` here and through the `spacy_architectures` entry
point, so that `spacy.load` finds it wherever kg is installed.
"""

from __future__ import annotations

import gzip
from functools import cache

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.ml.staticvectors import StaticVectors
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)

from kg.lexicon import LEXICON_DIR

CLUSTERS_FILE = LEXICON_DIR / "word_clusters.tsv.gz"
NAME = "kg.ClusterHashEmbed.v1"


@cache
def cluster_table() -> tuple[numpy.ndarray, numpy.ndarray]:
    """The words' hashes (as spaCy's StringStore makes them), sorted, and their clusters."""
    hashes, clusters = [], []
    with gzip.open(CLUSTERS_FILE, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, _, cluster = line.rstrip("\n").partition("\t")
            hashes.append(hash_string(word))
            clusters.append(int(cluster))
    keys = numpy.asarray(hashes, dtype="uint64")
    values = numpy.asarray(clusters, dtype="uint64")
    order = numpy.argsort(keys, kind="stable")
    return keys[order], values[order]


def lookup(hashes: numpy.ndarray) -> numpy.ndarray:
    """Clusters of an array of string hashes; 0 where a hash is not in the table."""
    keys, values = cluster_table()
    hashes = numpy.asarray(hashes, dtype="uint64")
    index = numpy.searchsorted(keys, hashes)
    index[index == len(keys)] = 0
    found = keys[index] == hashes
    return numpy.where(found, values[index], numpy.uint64(0))


def cluster_columns(words: numpy.ndarray, depths: list[int]) -> numpy.ndarray:
    """`words`: (n, 2) ORTH and LOWER hashes -> (n, len(depths)) prefix features."""
    clusters = lookup(words[:, 0])
    missing = clusters == 0
    if missing.any():
        clusters[missing] = lookup(words[missing, 1])
    known = clusters != 0
    columns = numpy.zeros((len(clusters), len(depths)), dtype="uint64")
    for column, depth in enumerate(depths):
        prefix = clusters & numpy.uint64((1 << depth) - 1)
        columns[:, column] = numpy.where(known, prefix | numpy.uint64(1 << depth), 0)
    return columns


def ClusterFeatureExtractor(columns: list, depths: list[int]) -> Model:
    return Model("extract_cluster_features", _extract, attrs={"columns": columns, "depths": depths})


def _extract(model: Model, docs, is_train: bool):
    columns, depths = model.attrs["columns"], model.attrs["depths"]
    features = []
    for doc in docs:
        if isinstance(doc, Doc):
            attrs = doc.to_array(columns)
            words = doc.to_array([ORTH, LOWER])
        else:  # a Span
            attrs = doc.doc.to_array(columns)[doc.start : doc.end]
            words = doc.doc.to_array([ORTH, LOWER])[doc.start : doc.end]
        if attrs.ndim == 1:
            attrs = attrs.reshape((attrs.shape[0], 1))
        words = words.reshape((-1, 2)).astype("uint64")
        table = numpy.hstack([attrs.astype("uint64"), cluster_columns(words, depths)])
        features.append(model.ops.asarray2i(table, dtype="uint64"))
    return features, lambda d_features: []


def hash_tables(
    width: int, attrs: list, rows: list[int], depths: list[int], cluster_rows: list[int]
) -> list[Model]:
    """One HashEmbed table per attribute column, then one per cluster depth (seeds 8, 9,
    ... as spaCy's MultiHashEmbed gives them)."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    if len(cluster_rows) != len(depths):
        raise ValueError(f"Mismatched lengths: {len(cluster_rows)} vs {len(depths)}")
    all_rows = [*rows, *cluster_rows]
    return [
        HashEmbed(width, all_rows[index], column=index, seed=8 + index, dropout=0.0)
        for index in range(len(all_rows))
    ]


@registry.architectures(NAME)
def ClusterHashEmbed(
    width: int,
    attrs: list,
    rows: list[int],
    depths: list[int],
    cluster_rows: list[int],
    include_static_vectors: bool = False,
) -> Model:
    """`spacy.MultiHashEmbed.v2` plus one embedded column per cluster prefix depth:
    `depths[i]` is embedded in a table of `cluster_rows[i]` rows."""
    embeddings = hash_tables(width, attrs, rows, depths, cluster_rows)
    concat_size = width * (len(embeddings) + include_static_vectors)
    max_out = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    if include_static_vectors:
        features = chain(
            ClusterFeatureExtractor(attrs, depths),
            list2ragged(),
            with_array(concatenate(*embeddings)),
        )
        return chain(
            concatenate(features, StaticVectors(width, dropout=0.0)), max_out, ragged2list()
        )
    # one flat chain, as MultiHashEmbed's: its layers walk in the same order, which
    # kg/training/transplant.py pairs them by
    return chain(
        ClusterFeatureExtractor(attrs, depths),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )
