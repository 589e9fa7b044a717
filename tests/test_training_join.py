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
