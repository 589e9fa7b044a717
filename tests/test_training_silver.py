"""Silver name labels checked against gold proper nouns (kg/training/silver.py)."""

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from kg.training.silver import proper_noun_runs, silver_docs, silver_tags, write_silver

# "Mirela Dunn of the Bank of Tarsk flew to Oslo with her sister on Monday ."
WORDS = [
    "Mirela", "Dunn", "of", "the", "Bank", "of", "Tarsk", "flew", "to", "Oslo", "with", "her",
    "sister", "on", "Monday", ".",
]  # fmt: skip
POS = [
    "PROPN", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "ADP", "PRON",
    "NOUN", "ADP", "PROPN", "PUNCT",
]  # fmt: skip


@pytest.fixture()
def nlp():
    return spacy.blank("en")


@pytest.fixture()
def gold(nlp) -> Doc:
    return Doc(nlp.vocab, words=WORDS, pos=POS)


def predicted(nlp, ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(nlp.vocab, words=WORDS)
    doc.ents = [
        doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab) for s, e, lab in ents
    ]
    return doc


def test_proper_noun_runs_join_across_one_function_word(gold):
    # "Mirela Dunn", "Bank of Tarsk" (not across "of the"), "Oslo", "Monday"
    assert proper_noun_runs(gold) == {(0, 2), (4, 7), (9, 10), (14, 15)}


def test_marks_do_not_join_two_names_and_runs_are_long_when_in_doubt(nlp):
    words = ["Paris", ",", "Texas", "and", "Lima", "&", "Co", "in", "Oslo", "on", "Monday"]
    pos = ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN", "ADP"]
    doc = Doc(nlp.vocab, words=words, pos=[*pos, "PROPN"])
    assert proper_noun_runs(doc) == {(0, 1), (2, 5), (6, 11)}
    teacher = Doc(nlp.vocab, words=words, ents=[*["O"] * 8, "B-LOC", "O", "O"])
    assert silver_tags(doc, teacher)[8:] == [None, None, None]


def test_names_that_match_a_run_are_kept_and_other_words_are_not_names(nlp, gold):
    doc = predicted(nlp, [(0, 2, "PERSON"), (4, 7, "ORG"), (9, 10, "LOC")])
    tags = silver_tags(gold, doc)
    assert tags[:2] == ["B-PERSON", "I-PERSON"]
    assert tags[4:7] == ["B-ORG", "I-ORG", "I-ORG"]
    assert tags[9] == "B-LOC"
    assert tags[7] == tags[10] == tags[12] == tags[15] == "O"


def test_a_run_the_teacher_missed_or_cut_is_left_unlabelled(nlp, gold):
    # "Bank" alone is cut short of its run; "Mirela Dunn" and "Oslo" are not found at all
    tags = silver_tags(gold, predicted(nlp, [(4, 5, "ORG")]))
    assert tags[0:2] == [None, None]
    assert tags[4:7] == [None, None, None]
    assert tags[9] is None
    assert tags[7] == "O"


def test_names_over_common_words_and_dates_are_left_unlabelled(nlp, gold):
    tags = silver_tags(gold, predicted(nlp, [(11, 13, "PERSON"), (14, 15, "DATE")]))
    assert tags[11:13] == [None, None]
    assert tags[14] is None


def test_silver_docs_label_only_treebank_docs_without_names(nlp, gold):
    teacher = spacy.blank("en")
    teacher.add_pipe("entity_ruler").add_patterns(
        [{"label": "PERSON", "pattern": "Mirela Dunn"}, {"label": "LOC", "pattern": "Oslo"}]
    )
    named = Doc(nlp.vocab, words=["Oslo"], pos=["PROPN"], ents=["B-LOC"])
    untagged = Doc(nlp.vocab, words=["Oslo"])
    docs = list(silver_docs(teacher, [gold, named, untagged]))
    assert len(docs) == 1
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("Mirela Dunn", "PERSON"),
        ("Oslo", "LOC"),
    ]
    assert docs[0].text == gold.text


def test_write_silver_appends_the_silver_docs_to_the_gold_names(nlp, gold, tmp_path):
    teacher = spacy.blank("en")
    teacher.add_pipe("entity_ruler", name="ner").add_patterns([{"label": "LOC", "pattern": "Oslo"}])
    # a component the NER does not need does not run (a parser's sentences would cut names)
    teacher.add_pipe("entity_ruler", name="parser").add_patterns(
        [{"label": "PERSON", "pattern": "Mirela Dunn"}]
    )
    teacher.to_disk(tmp_path / "teacher")
    named = Doc(nlp.vocab, words=["Oslo", "rose"], spaces=[True, False], ents=["B-LOC", "O"])
    DocBin(docs=[gold]).to_disk(tmp_path / "treebank.spacy")
    DocBin(docs=[named]).to_disk(tmp_path / "names.spacy")
    count = write_silver(
        tmp_path / "teacher",
        tmp_path / "treebank.spacy",
        tmp_path / "names.spacy",
        tmp_path / "out.spacy",
    )
    docs = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(nlp.vocab))
    assert count == 1 and len(docs) == 2
    assert docs[0].text == "Oslo rose"
    assert [e.text for e in docs[1].ents] == ["Oslo"]
