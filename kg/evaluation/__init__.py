"""Stage 7, evaluation: gold files in, precision, recall and F1 per relation, event and
quotation type out (`kg evaluate`).

- evaluate.py: runs the extraction over gold items and renders the report;
- scoring.py: matching predicted against gold (names normalised, legal suffixes ignored).
"""
