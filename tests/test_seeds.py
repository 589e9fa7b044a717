"""Acceptance on the five real seed articles (read from ../shared, never copied here)."""

from __future__ import annotations

import re

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from kg.extraction import ExtractOptions, extract
from kg.ingest.clean import MINED_KINDS, clean
from kg.ingest.read import documents_from_file
from kg.vocab import DEFAULT_BASE, ITSRDF, NIF, SCHEMA, document_iri

EXPECTED = {
    # label -> (class, a regular expression for the article text that names the entity)
    "Amazon": (SCHEMA.Organization, r"\bAmazon\b"),
    "TikTok": (SCHEMA.Organization, r"\bTikTok\b"),
    "ByteDance": (SCHEMA.Organization, r"\bByteDance\b"),
    "Mike Pompeo": (SCHEMA.Person, r"\bPompeo\b"),
    "Donald Trump": (SCHEMA.Person, r"\bTrump\b"),
    "Josh Hawley": (SCHEMA.Person, r"\bHawley\b"),
    "Kevin Mayer": (SCHEMA.Person, r"\bKevin Mayer\b"),
}
POMPEO_FORMS = {"Michael R. Pompeo", "Mike Pompeo", "Pompeo"}


def entities_by_label(dataset) -> dict[str, list]:
    """Labels of people, organisations and places (not of posts or events)."""
    classes = {SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place}
    found: dict[str, list] = {}
    for entity, label in dataset.subject_objects(RDFS.label):
        if set(dataset.objects(entity, RDF.type)) & classes:
            found.setdefault(str(label), []).append(entity)
    return found


def entity_for(dataset, label: str):
    """The one entity whose label or altLabel is `label` (fails if none or several)."""
    matches = {e for e, lab in dataset.subject_objects(RDFS.label) if str(lab) == label}
    matches |= {e for e, lab in dataset.subject_objects(SKOS.altLabel) if str(lab) == label}
    assert len(matches) == 1, f"{label!r}: expected one entity, found {sorted(matches)}"
    return matches.pop()


def mined_text(path) -> str:
    text = path.read_text(encoding="utf-8")
    return " ".join(text[s.start : s.end] for s in clean(text).segments if s.kind in MINED_KINDS)


def test_one_entity_each_with_class_and_mentions_in_every_article(seed_result, seed_paths):
    dataset = seed_result.dataset
    documents_of_mentions: dict = {}
    for mention, entity in dataset.subject_objects(ITSRDF.taIdentRef):
        context = dataset.value(mention, NIF.referenceContext)
        documents_of_mentions.setdefault(entity, set()).add(dataset.value(context, NIF.sourceUrl))
    documents = {  # the graph holds no local path: a document's IRI comes from its text
        path.name: document_iri(DEFAULT_BASE, next(documents_from_file(path)).text_hash)
        for path in seed_paths
    }
    for label, (entity_class, pattern) in EXPECTED.items():
        entity = entity_for(dataset, label)
        assert (entity, RDF.type, entity_class) in dataset, label
        naming = {
            name for name in documents if re.search(pattern, mined_text(_path(seed_paths, name)))
        }
        assert naming, label
        mentioned = {
            name
            for name, doc in documents.items()
            if doc in documents_of_mentions.get(entity, set())
        }
        assert naming <= mentioned, f"{label}: not linked in {sorted(naming - mentioned)}"


def _path(paths, name):
    return next(p for p in paths if p.name == name)


def test_pompeo_forms_are_one_entity(seed_result):
    dataset = seed_result.dataset
    pompeo = entity_for(dataset, "Mike Pompeo")
    anchors = {
        str(dataset.value(m, NIF.anchorOf)) for m in dataset.subjects(ITSRDF.taIdentRef, pompeo)
    }
    assert anchors >= POMPEO_FORMS
    assert "Mr Pompeo" in {str(x) for x in dataset.objects(pompeo, SKOS.altLabel)}


def test_no_lone_surnames_titles_or_boilerplate_names(seed_result):
    labels = entities_by_label(seed_result.dataset)
    for surname in ("Pompeo", "Trump", "Hawley", "Mayer"):
        assert surname not in labels
    for title in ("Secretary", "President", "Sen.", "Mr"):
        assert title not in labels
    for unrelated in ("Rishi Sunak", "Jussie Smollett", "Brigit Forsyth", "Sunak"):
        assert unrelated not in labels
        assert not any(unrelated in label for label in labels)


def entity_iris(dataset) -> set:
    graph = Graph()
    for triple in dataset.triples((None, RDF.type, None)):
        graph.add(triple)
    return {s for s, o in graph.subject_objects(RDF.type) if "/entity/" in str(s)}


def test_iris_stable_across_runs_and_one_by_one(seed_result, seed_paths):
    together = entity_iris(seed_result.dataset)
    again = extract([str(p) for p in seed_paths], ExtractOptions())
    assert entity_iris(again.dataset) == together
    one_by_one = set()
    for path in seed_paths:
        one_by_one |= entity_iris(extract([str(path)], ExtractOptions()).dataset)
    assert one_by_one == together
