"""The NER's PERSON entities without leading titles (kg/nlp/person_titles.py). Entities are set
by hand, so each case pins what the NER might have found."""

from __future__ import annotations

import subprocess
import sys

import spacy
from spacy.tokens import Doc, Span

from kg.nlp.person_titles import NAME, cut_person_titles
from kg.resources import BUNDLED_PIPELINE


def entities(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    return [(entity.text, entity.label_) for entity in cut_person_titles(doc).ents]


def test_a_leading_title_is_cut_from_a_person():
    got = entities("Judge Ortwin Halle dismissed the claim .", [(0, 3, "PERSON")])
    assert got == [("Ortwin Halle", "PERSON")]


def test_titles_with_a_full_stop_and_several_titles_are_cut():
    got = entities("Mrs. Tovey and Prince Edric sat down .", [(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert got == [("Tovey", "PERSON"), ("Edric", "PERSON")]
    got = entities("Speaker Rep. Ana Kell spoke .", [(0, 4, "PERSON")])
    assert got == [("Ana Kell", "PERSON")]


def test_a_title_alone_is_not_a_person():
    got = entities("The Secretary thanked Olsen .", [(1, 2, "PERSON"), (3, 4, "PERSON")])
    assert got == [("Olsen", "PERSON")]


def test_other_labels_and_titles_inside_a_name_are_kept():
    text = "King Street runs past the Duke of Ferrow 's house near Queen Mary College ."
    spans = [(0, 2, "LOC"), (5, 8, "PERSON"), (11, 14, "ORG")]
    got = entities(text, spans)
    # "Duke of Ferrow" is a name made of a title: cutting it would leave "of Ferrow"
    assert got == [
        ("King Street", "LOC"),
        ("Duke of Ferrow", "PERSON"),
        ("Queen Mary College", "ORG"),
    ]


def test_tokens_cut_from_an_entity_are_outside_any_entity():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Governor Pia Laanen left .")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    doc = cut_person_titles(doc)
    assert [token.ent_iob_ for token in doc] == ["O", "B", "I", "O", "O"]


def test_the_bundled_pipeline_cuts_titles_after_its_ner(nlp):
    assert nlp.pipe_names.index(NAME) == nlp.pipe_names.index("ner") + 1
    # without the component, the bundled NER reads "Miss Ilse Varga" as one name
    doc = nlp("Speaker Tomas Brevik and Miss Ilse Varga opened the session.")
    names = {entity.text for entity in doc.ents if entity.label_ == "PERSON"}
    assert "Ilse Varga" in names
    assert not any(name.split()[0] in {"Speaker", "Miss"} for name in names), names


def test_spacy_load_finds_the_component_without_importing_kg():
    # a user's plain spacy.load: the config names the component, the entry point supplies it
    code = "import sys, spacy; nlp = spacy.load(sys.argv[1]); print(nlp.pipe_names[-1])"
    done = subprocess.run(
        [sys.executable, "-c", code, str(BUNDLED_PIPELINE)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [NAME]


def test_the_component_works_on_a_doc_made_by_words():
    doc = Doc(spacy.blank("en").vocab, words=["Miss", "Vane"])
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    component = spacy.blank("en").add_pipe(NAME)
    assert [entity.text for entity in component(doc).ents] == ["Vane"]
