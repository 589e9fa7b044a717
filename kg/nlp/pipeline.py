"""Loading the spaCy pipeline and parsing a document's mined paragraphs.

By default kg uses the English pipeline bundled inside the package (kg/pipeline/en_kg_news,
trained from open corpora; see training/REPORT.md). `--model` or the `KG_MODEL` environment
variable selects any installed pipeline package (e.g. en_core_web_trf) or a pipeline folder.
Nothing here downloads anything.

Matrix products: the pipeline's layers are built with thinc's NumpyOps using numpy's BLAS
(the OpenBLAS inside numpy's wheels) instead of thinc's bundled blis, limited to one BLAS
thread per process (parallelism is `--workers`). On the project's machines (2-core AMD EPYC)
numpy's sgemm is about three times as fast as blis for the encoder's shapes, and the whole
pipeline twice as fast, with the same predictions (checked on UD EWT dev: identical heads,
labels, tags, lemmas and entities). `KG_BLAS=blis` restores thinc's default.

Paragraphs are parsed as separate spaCy Docs: a paragraph break is always a sentence break,
boilerplate never reaches the parser, and an article longer than spaCy's `max_length` is
processed in pieces whose offsets map back to the original text exactly. Inside a
paragraph, a sentence starts only after a sentence end (kg/nlp/sentence_guard.py, a component
put before the parser of whichever pipeline kg loads).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

import kg.nlp.lexicon_features  # noqa: F401 (the bundled pipeline's callback, also an entry point)
import kg.nlp.person_titles  # noqa: F401 (the bundled pipeline's component, also an entry point)
from kg.errors import ModelError, Msg
from kg.nlp.sentence_guard import NAME as SENTENCE_GUARD
from kg.resources import BUNDLED_PIPELINE

MODEL_ENV = "KG_MODEL"
BLAS_ENV = "KG_BLAS"  # "numpy" (default): numpy's BLAS, one thread; "blis": thinc's default
MAX_PIECE_CHARS = 100_000  # a paragraph longer than this is cut at whitespace


@dataclass(frozen=True)
class Piece:
    """A span of a document's text to parse: `offset` maps the Doc's chars back."""

    document: int
    offset: int
    text: str


def resolve_model_name(name: str | None) -> str:
    return name or os.environ.get(MODEL_ENV) or str(BUNDLED_PIPELINE)


@cache
def load_pipeline(name: str | None = None, sentence_guard: bool = True) -> Language:
    """Load a pipeline by package name or path; the bundled one when `name` is None.
    `sentence_guard` puts kg's guard before the parser (kg/nlp/sentence_guard.py): what kg reads
    news with; the training report measures the pipeline without it."""
    model = resolve_model_name(name)
    path = Path(model)
    try:
        with fast_ops():
            if path.exists():
                nlp = spacy.load(path)
            elif spacy.util.is_package(model):
                nlp = spacy.load(model)
            else:
                raise ModelError(Msg.MODEL_NOT_FOUND.format(name=model))
    except (OSError, ValueError) as error:
        raise ModelError(Msg.MODEL_NOT_FOUND.format(name=model)) from error
    if "ner" not in nlp.pipe_names:
        raise ModelError(Msg.MODEL_NO_NER.format(name=model))
    if sentence_guard and "parser" in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_GUARD, before="parser")
    return nlp


def fast_ops() -> ContextManager:
    """A context in which the pipeline's layers are built (see the module docs); training
    uses it too."""
    if os.environ.get(BLAS_ENV, "numpy") == "blis":
        return use_ops("numpy")
    threadpool_limits(limits=1, user_api="blas")  # for the process: parallelism is --workers
    return use_ops("numpy", use_blis=False)


def pipeline_identity(nlp: Language) -> tuple[str, str]:
    """(name, version) of a pipeline, e.g. ('en_kg_news', '0.1.0')."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}", str(meta.get("version", "0"))


def split_long(text: str, offset: int, limit: int = MAX_PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """Cut text longer than `limit` at the last whitespace before the limit."""
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start, start + limit)
        cut = cut if cut > start else start + limit
        yield offset + start, text[start:cut]
        start = cut
    yield offset + start, text[start:]


def pieces_for(document: int, text: str, spans: Iterable[tuple[int, int]]) -> list[Piece]:
    """The texts to parse. No-break spaces become spaces (same length, so offsets hold):
    spaCy would otherwise glue "Hawley\u00a0tweeted" into one token. Anchors in the graph
    are always cut from the original text."""
    return [
        Piece(document, start, piece.replace("\u00a0", " "))
        for span_start, span_end in spans
        for start, piece in split_long(text[span_start:span_end], span_start)
    ]


def parse(nlp: Language, pieces: list[Piece], batch_size: int = 64) -> Iterator[tuple[Piece, Doc]]:
    """Parse pieces in one `nlp.pipe` stream (the fast path), keeping each piece's offset."""
    texts = (piece.text for piece in pieces)
    yield from zip(pieces, nlp.pipe(texts, batch_size=batch_size), strict=True)
