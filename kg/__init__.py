"""kg: news articles to an RDF knowledge graph in which every fact points to its evidence.

The Python API (the CLI is a thin layer over it):

    from kg import extract, ExtractOptions
    result = extract(["articles/"], ExtractOptions(base="https://example.org/id/"))
    result.dataset          # rdflib.Dataset: a graph per document, entities, run provenance
    result.summary          # documents, entities, facts, triples, seconds, errors
"""

__version__ = "0.1.0"

from kg.extract import ExtractOptions, ExtractResult, extract  # noqa: E402

__all__ = ["ExtractOptions", "ExtractResult", "__version__", "extract"]
