"""Run `kg.extraction.extract` (the real bundled pipeline, validation on) over short texts
written for a test module, one file each, and find each text's document graph."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDFS, Dataset, Graph, URIRef

from kg.extraction import ExtractOptions, extract
from kg.vocab import NIF


def extract_texts(folder: Path, texts: dict[str, str]) -> tuple[dict[str, Graph], dict, Dataset]:
    """(graph per text name, label per IRI, the whole dataset); no shape violations."""
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    result = extract([str(folder)], ExtractOptions())
    assert result.summary.violations == 0
    dataset = result.dataset
    labels = {s: str(o) for s, o in dataset.subject_objects(RDFS.label)}
    graphs = {}
    for graph in dataset.graphs():
        text = next(iter(graph.objects(None, NIF.isString)), None)
        if text is not None:
            graphs[next(n for n, t in texts.items() if t == str(text))] = graph
    return graphs, labels, dataset


def fact_pairs(graph: Graph, labels: dict, predicate: URIRef) -> set[tuple[str, str]]:
    """(subject label, object label or literal) for each `predicate` triple of the graph."""
    return {
        (labels.get(s, str(s)), labels.get(o, str(o)) if isinstance(o, URIRef) else str(o))
        for s, o in graph.subject_objects(predicate)
    }
