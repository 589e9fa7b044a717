"""Stage 5, rdf: a document's entities and claims in, RDF graphs out, checked and serialised.

- graph.py: the document, entities and provenance graphs (the data model in README.md);
- validate.py: SHACL validation against shapes/ and its report;
- rdfio.py: reading and writing every supported RDF format, prefixes, chunked output.
"""
