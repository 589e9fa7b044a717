"""Name swapping for the NER's training data (kg/training/augment.py)."""

import random

import pytest
import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from kg.training.augment import NameSwapper, listed_names, make_name_swap, training_names


@pytest.fixture()
def nlp():
    return spacy.blank("en")


REPORT = "Orla Brennan of Quillfield Partners met Brennan's lawyers in Tallinn, then Tallinn again on May 4."
NAMES = [
    ("Orla Brennan", "PERSON"),
    ("Quillfield Partners", "ORG"),
    ("Brennan", "PERSON"),
    ("Tallinn", "LOC"),
    ("Tallinn", "LOC"),
    ("May 4", "DATE"),
]


@pytest.fixture()
def report(nlp) -> Doc:
    doc = nlp(REPORT)
    spans, position = [], 0
    for text, label in NAMES:
        start = REPORT.index(text, position)
        position = start + len(text)
        spans.append(doc.char_span(start, position, label=label))
    doc.ents = spans
    return doc


POOLS = {
    "PERSON": [(("Ines", True), ("Okafor", True)), (("Dahl", True),)],
    "ORG": [(("Norvale", True), ("Bank", True))],
    "LOC": [(("Ypres", True),)],
}


def test_names_are_swapped_for_names_of_their_label_and_length(report):
    words, spaces, tags = NameSwapper(POOLS).swap(report, random.Random(0))
    text = "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True))
    assert text == (
        "Ines Okafor of Norvale Bank met Dahl's lawyers in Ypres, then Ypres again on May 4."
    )
    assert tags[:5] == ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG"]
    assert tags[6] == "B-PERSON" and tags[7] == "O"


def test_dates_and_the_words_around_names_are_kept(report):
    words, _, tags = NameSwapper(POOLS).swap(report, random.Random(0))
    assert words[-4:] == ["on", "May", "4", "."]
    assert tags[-3:-1] == ["B-DATE", "I-DATE"]
    assert [w for w, t in zip(words, tags, strict=True) if t == "O"] == [
        w.text for w in report if w.ent_iob_ == "O"
    ]


def test_a_repeated_name_gets_the_same_replacement_each_time(report):
    pools = {"LOC": [(("Ypres", True),), (("Lund", True),), (("Oslo", True),)]}
    for seed in range(10):
        words, _, tags = NameSwapper(pools).swap(report, random.Random(seed))
        places = [w for w, t in zip(words, tags, strict=True) if t == "B-LOC"]
        assert len(places) == 2 and places[0] == places[1]


def test_a_name_without_candidates_of_its_length_stays(report):
    words, _, _ = NameSwapper({"PERSON": [(("Dahl", True),)]}).swap(report, random.Random(0))
    assert words[:2] == ["Orla", "Brennan"] and words[6] == "Dahl"


def test_training_names_are_read_per_label(nlp, report, tmp_path):
    path = tmp_path / "train.spacy"
    DocBin(docs=[report]).to_disk(path)
    names = training_names(path)
    assert names["PERSON"] == [(("Orla", True), ("Brennan", True)), (("Brennan", True),)]
    assert names["LOC"] == [(("Tallinn", True),)]
    assert "DATE" not in names


def test_listed_people_are_given_name_and_surname_and_places_one_word():
    names = listed_names()
    two_word = [name for name in names["PERSON"] if len(name) == 2]
    assert len(two_word) > 10_000
    assert all(word[:1].isupper() for name in two_word[:500] for word, _ in name)
    assert all(len(name) == 1 for name in names["LOC"])


def test_the_augmenter_adds_a_swapped_copy_beside_the_original(nlp, report, tmp_path):
    path = tmp_path / "train.spacy"
    DocBin(docs=[report]).to_disk(path)
    augment = make_name_swap(str(path), level=1.0, seed=3)
    example = Example(nlp.make_doc(report.text), report)
    original, swapped = list(augment(nlp, example))
    assert original is example
    assert swapped.reference.text != report.text
    assert [e.label_ for e in swapped.reference.ents] == [e.label_ for e in report.ents]
    assert swapped.predicted.text == swapped.reference.text


def test_level_zero_adds_nothing(nlp, report, tmp_path):
    path = tmp_path / "train.spacy"
    DocBin(docs=[report]).to_disk(path)
    augment = make_name_swap(str(path), level=0.0, seed=3)
    assert len(list(augment(nlp, Example(nlp.make_doc(report.text), report)))) == 1


def test_the_ner_config_reads_its_training_corpus_through_the_name_swap(nlp, report, tmp_path):
    """training/config-ner.cfg: off (level 0) in the shipped recipe, on when its level is set."""
    from spacy.util import load_config, registry

    from kg.training.build import NER_CONFIG

    path = tmp_path / "train.spacy"
    DocBin(docs=[report] * 40).to_disk(path)
    counts = {}
    for level in (None, 2.0):
        overrides = {"paths.train": str(path), "paths.dev": str(path)}
        if level is not None:
            overrides["corpora.train.augmenter.level"] = level
        config = load_config(NER_CONFIG, overrides=overrides, interpolate=True)
        corpus = registry.resolve(config["corpora"])["train"]
        texts = [example.reference.text for example in corpus(nlp)]
        assert texts.count(report.text) == 40
        counts[level] = len(texts)
    assert counts == {None: 40, 2.0: 120}


def test_a_level_above_one_adds_several_copies(nlp, report, tmp_path):
    path = tmp_path / "train.spacy"
    DocBin(docs=[report]).to_disk(path)
    augment = make_name_swap(str(path), level=2.0, seed=3)
    examples = list(augment(nlp, Example(nlp.make_doc(report.text), report)))
    assert len(examples) == 3
    assert examples[1].reference.text != examples[2].reference.text


def test_words_without_a_tag_stay_without_one(nlp):
    doc = Doc(
        nlp.vocab,
        words=["Ada", "Stone", "met", "Zephyr", "."],
        ents=["B-PERSON", "I-PERSON", "O", None, "O"],
    )
    words, _, tags = NameSwapper(POOLS).swap(doc, random.Random(0))
    assert words[:2] == ["Ines", "Okafor"]
    assert tags == ["B-PERSON", "I-PERSON", "O", None, "O"]


def test_listed_people_and_places_share_no_word():
    """A Census surname that is also a place ("Berlin") is neither a listed person nor place."""
    names = listed_names()
    person_words = {word for name in names["PERSON"] for word, _ in name}
    place_words = {word for name in names["LOC"] for word, _ in name}
    assert not person_words & place_words
    assert "Berlin" not in person_words and "Berlin" not in place_words
    assert {"Nairobi", "Lisbon"} <= place_words
