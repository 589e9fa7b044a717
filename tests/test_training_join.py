"""build.join: a main half and an NER half make one pipeline, and the NER half may come from
an earlier joined release (its NER already holds its own encoder)."""

from __future__ import annotations

import spacy

import kg.nlp.lexicon_features  # noqa: F401 (the bundled pipeline's config names its callback)
from kg.resources import BUNDLED_PIPELINE
from kg.training.build import PIPELINE_VERSION, join

TEXTS = [
    "Mara Quillon left Hollowbrook Analytics for a job at the Danube Institute in Vienna.",
    "The city council of Leeds asked Ravi Chandel to lead the review.",
]


def test_a_released_pipeline_gives_its_ner_to_a_new_main_half(tmp_path):
    released = spacy.load(BUNDLED_PIPELINE)
    main_half = tmp_path / "main"
    spacy.load(BUNDLED_PIPELINE, exclude=["ner"]).to_disk(main_half)

    joined = spacy.load(join(main_half, BUNDLED_PIPELINE, tmp_path / "joined"))

    assert joined.pipe_names == released.pipe_names
    assert "ner" not in joined.get_pipe("tok2vec").listening_components
    assert joined.meta["version"] == PIPELINE_VERSION
    for text in TEXTS:
        expected = [(e.start_char, e.end_char, e.label_) for e in released(text).ents]
        assert expected, text
        assert [(e.start_char, e.end_char, e.label_) for e in joined(text).ents] == expected


def test_an_ner_half_with_lower_keyed_vectors_gives_them_to_the_joined_pipeline(tmp_path):
    """config-ner-glove.cfg's NER reads static vectors keyed by LOWER from the vocabulary: the
    joined pipeline carries them, and loads them keyed by LOWER (spaCy 3.8 does not write the
    key attribute of default-mode vectors; kg.training.glove_vectors.keep_vectors_attr does)."""
    import numpy
    from spacy.attrs import LOWER
    from spacy.vectors import Vectors

    from kg.training.glove_vectors import keep_vectors_attr

    ner_half = spacy.load(BUNDLED_PIPELINE)
    words = ["vienna", "leeds", "council"]
    table = numpy.arange(len(words) * 4, dtype="float32").reshape(len(words), 4) + 1
    ner_half.vocab.vectors = Vectors(
        strings=ner_half.vocab.strings, data=table, keys=words, attr="LOWER"
    )
    ner_half.to_disk(tmp_path / "ner")
    assert spacy.load(tmp_path / "ner").vocab.vectors.attr != LOWER  # spaCy 3.8 loses it
    keep_vectors_attr(tmp_path / "ner", "LOWER")  # as build.train does after a run
    main_half = tmp_path / "main"
    spacy.load(BUNDLED_PIPELINE, exclude=["ner"]).to_disk(main_half)

    joined = spacy.load(join(main_half, tmp_path / "ner", tmp_path / "joined"))

    assert joined.vocab.vectors.shape == (3, 4)
    assert joined.vocab.vectors.attr == LOWER
    doc = joined.make_doc("The council of Leeds met in VIENNA.")
    assert [token.has_vector for token in doc] == [
        False,
        True,
        False,
        True,
        False,
        False,
        True,
        False,
    ]
    assert any("GloVe" in source["name"] for source in joined.meta["sources"])
