"""Characters of a word as features of the NER's encoder, beside its Brown clusters.

The NER's encoder knows a word by hashes of its NORM, PREFIX (first letter), SUFFIX (last
three letters) and SHAPE, kg's word-list flags and its Brown clusters
(kg/nlp/word_clusters.py). An unseen name whose hashes it has never met is read only from
its shape. Character embeddings read it from its spelling: the first and last `nC // 2`
UTF-8 bytes of the word, each byte embedded by its position in an `nM`-wide table
(spaCy's `CharacterEmbed` layer, as in `spacy.CharacterEmbed.v2`; "Universität" and
"-burg", "Inc", "-ville", "-ski" are patterns no hash of the whole word shares).

`kg.ClusterCharEmbed.v1` is `kg.ClusterHashEmbed.v1` whose mixing layer (the Maxout that
turns the concatenated embeddings into the encoder's width) also reads the character
embeddings, concatenated after the hash tables. So the layer order of the donor's
`spacy.MultiHashEmbed.v2` stays as it was, and kg/training/transplant.py copies the donor's
encoder unchanged: the hash tables pair as before, the character table has no partner,
and the mixing layer's new inputs (cluster tables and characters) start at zero, so the
transplanted encoder computes what the donor's did until training moves it.

With `include_static_vectors` (training/config-ner-clusters-chars-glove.cfg) the mixing layer
also reads the vocab's static vectors (GloVe, kg.training.glove_vectors) projected to `width`
by spaCy's `StaticVectors`, as `spacy.MultiHashEmbed.v2` and `kg.ClusterHashEmbed.v1` do:
after the hash tables, before the characters. transplant.py treats the projection as one more
table with no partner (its mixing inputs start at zero).

spaCy's layer starts its table at zero; with the mixing weights at zero too no gradient
would reach either, so the table here starts uniform in (-0.1, 0.1), as thinc's HashEmbed.

Experiment of session 18 (issue 20), training/REPORT.md, "Experiments not shipped".
"""

from __future__ import annotations

from spacy.ml._character_embed import forward as _character_forward
from spacy.ml.staticvectors import StaticVectors
from spacy.util import registry
from thinc.api import (
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    uniform_init,
    with_array,
)

from kg.nlp.word_clusters import ClusterFeatureExtractor, hash_tables

NAME = "kg.ClusterCharEmbed.v1"


def CharacterEmbed(nM: int, nC: int) -> Model:
    """spaCy's character embedding layer (name "charembed"), with a random start."""
    return Model(
        "charembed",
        _character_forward,
        init=_init_characters,
        dims={"nM": nM, "nC": nC, "nO": nM * nC, "nV": 256},
        params={"E": None},
    )


def _init_characters(model: Model, X=None, Y=None) -> None:
    shape = (model.get_dim("nC"), model.get_dim("nV"), model.get_dim("nM"))
    model.set_param("E", uniform_init(model.ops, shape, lo=-0.1, hi=0.1))


@registry.architectures(NAME)
def ClusterCharEmbed(
    width: int,
    attrs: list,
    rows: list[int],
    depths: list[int],
    cluster_rows: list[int],
    nM: int,
    nC: int,
    include_static_vectors: bool = False,
) -> Model:
    """`kg.ClusterHashEmbed.v1` plus the first and last `nC // 2` bytes of each word, each
    embedded in `nM` dimensions, concatenated after the hash tables (and after the static
    vectors' projection, with `include_static_vectors`) before the mixing Maxout."""
    embeddings = hash_tables(width, attrs, rows, depths, cluster_rows)
    concat_size = width * (len(embeddings) + include_static_vectors) + nM * nC
    hashed = chain(
        ClusterFeatureExtractor(attrs, depths),
        list2ragged(),
        with_array(concatenate(*embeddings)),
    )
    characters = chain(CharacterEmbed(nM, nC), list2ragged())
    inputs = [hashed, characters]
    if include_static_vectors:
        inputs.insert(1, StaticVectors(width, dropout=0.0))
    max_out = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(*inputs), max_out, ragged2list())
