"""kg: news articles to an RDF knowledge graph in which every fact points to its evidence.

The Python API (the CLI is a thin layer over it):

    from kg import extract, ExtractOptions
    result = extract(["articles/"], ExtractOptions(base="https://example.org/id/"))
    result.dataset          # rdflib.Dataset: a graph per document, entities, run provenance
    result.summary          # documents, entities, facts, triples, seconds, errors

A document's way through the package, one subpackage per stage, each importing only from
the stages before it (and from the shared base: errors, resources, vocab, lexicon):

    ingest (read, clean) -> nlp (pipeline, syntax) -> entities (mentions, resolution)
    -> facts (relations, events, quotations) -> rdf (graph, validation, serialisation)
    -> stores (embedded store, push, query) -> evaluation

`kg.extraction` runs the stages in order; `kg.write` writes a run's output; `kg.cli` is the
command line. The names below are imported on first use, so `import kg` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {name: "kg.extraction" for name in ("ExtractOptions", "ExtractResult", "extract")}

__all__ = ["ExtractOptions", "ExtractResult", "__version__", "extract"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
