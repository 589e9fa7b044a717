"""Property-based fuzzing of the text path (issue 19): news-like documents from a small grammar
of invented names (benchmarks/fuzz.py), as written and mutated (quotes, brackets, dashes,
astral characters and combining marks, long tokens, no spaces, repeated paragraphs, empty
lines, control characters), each extracted with the bundled pipeline and validation on.

For every document: no exception; done within its time limit; no SHACL violation, neither
while extracting nor in the written file read back; every span's nif:anchorOf is the text at
its offsets of the document's nif:isString (benchmarks/robustness.py). Few examples and a
fixed derivation of the random choices (derandomize), so CI is fast and deterministic;
`python benchmarks/fuzz.py N` runs the same properties on many more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.fuzz import RDF_FORMATS, articles, mutated_articles, sentences
from benchmarks.robustness import Timeout, check_text, time_limit

pytestmark = pytest.mark.filterwarnings(
    # rdflib's TriG parser uses its own deprecated ConjunctiveGraph: nothing for kg to change
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
)

SECONDS = 20  # per example; a document of the sizes below takes 1-3 s on a busy 2-core machine

FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module", autouse=True)
def pipeline():
    """The bundled pipeline, loaded once for the module (outside any example's time limit)."""
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline(None)


def assert_survives(text: str, rdf_format: str) -> None:
    try:
        with time_limit(SECONDS):
            outcome = check_text(text, rdf_format)
    except Timeout:
        pytest.fail(f"extraction took more than {SECONDS} s: {text!r}")
    assert not outcome.violations, outcome.violations
    assert not outcome.file_violations, outcome.file_violations
    assert not outcome.offset_mismatches, outcome.offset_mismatches


@settings(FUZZ, max_examples=10)
@given(text=articles(max_paragraphs=3, max_sentences=3), rdf_format=RDF_FORMATS)
def test_news_like_articles(text, rdf_format):
    assert_survives(text, rdf_format)


@settings(FUZZ, max_examples=20)
@given(
    text=mutated_articles(max_mutations=3, max_repeat=6, max_long=1500, max_paragraphs=2),
    rdf_format=RDF_FORMATS,
)
def test_mutated_articles(text, rdf_format):
    assert_survives(text, rdf_format)


@settings(FUZZ, max_examples=5)
@given(
    sentence=sentences(),
    noise=st.lists(
        st.sampled_from(["\U00010000", "\u0301", "\x0b", "\x00", "\u2028", "\ufeff", "\x85"]),
        min_size=1,
        max_size=3,
    ),
)
def test_sentences_with_characters_after_every_name(sentence, noise):
    """Every capitalised word followed by astral, combining or control characters."""
    suffix = "".join(noise)
    text = " ".join(w + suffix if w[:1].isupper() else w for w in sentence.split(" "))
    assert_survives(text + "\n", "trig")


def test_a_relative_pronoun_without_an_antecedent_does_not_hang():
    # kg looped for ever on this before _relative_antecedent compared tokens by index
    assert_survives("Which is owned by Orlo Bank.\n", "nquads")


def test_an_empty_article_is_rejected_not_extracted():
    assert check_text(" \n\n\t\n").rejected


def test_a_lone_surrogate_in_a_jsonl_article_is_rejected():
    """JSON allows "\\ud800"; UTF-8 cannot hold it: the line is a bad input, not a crash."""
    assert check_text("Orlo Bank banned Velora \ud800 on Friday.\n").rejected


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# corpus documents the fuzz run over the corpora found failing (benchmarks/corpora_run.py),
# read from ../shared at run time: an entity from the empty key (GUM_bio_emperor: "Norton I"
# then "I"), two labels on one IRI (accented and plain forms of a name)
CORPUS_CASES = [
    ("gum", "gum/GUM_bio_emperor"),
    ("redocred", "redocred/dev.json#60 (Nikos Aliagas)"),
]


@pytest.mark.parametrize(("corpus", "name"), CORPUS_CASES)
def test_corpus_documents_that_failed_now_conform(corpus, name):
    from benchmarks.corpora_run import read_corpus

    if not (SHARED / "corpora" / corpus).is_dir():
        pytest.skip(f"{SHARED / 'corpora' / corpus} is absent: the corpora are read at run time")
    texts = dict(read_corpus(corpus, SHARED))
    assert name in texts, f"{name} not found in {corpus}"
    assert_survives(texts[name], "nquads")
