"""Build kg's bundled English pipeline from open corpora (UD EWT, GUM, UNER).

`corpora` turns the source formats into spaCy Docs, `build` writes `.spacy` files and
trains, `evaluate` reports the figures in training/REPORT.md.
"""
