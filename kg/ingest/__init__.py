"""Stage 1, ingest: input files in, `Document`s with their cleaned text out.

- read.py: files, directories, globs, stdin, JSONL and HTML -> `Document` (text, source,
  metadata, content hash), or an `InputError` naming the input;
- clean.py: a document's text -> the paragraphs worth mining (page furniture left out) and
  the metadata the text states (headline, byline, dateline), offsets into the original text;
- dates.py: dates as written -> ISO 8601 and xsd literals.
"""
