"""Stage 2, nlp: mined paragraphs in, parsed spaCy Docs (`Piece`, `Doc` pairs) out.

- pipeline.py: loading the bundled or a named pipeline, cutting a document into pieces whose
  offsets map back to the original text, parsing them;
- sentence_guard.py, person_titles.py, lexicon_features.py: the components and callbacks the
  bundled pipeline names in its config (also entry points, so `spacy.load` finds them);
- syntax.py: small questions about a parse (subjects, objects, appositions, negation), shared
  by the entity and fact stages.
"""
