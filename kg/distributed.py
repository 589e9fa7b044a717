"""Running extraction on a distributed engine (Dask), the path beyond one machine.

Extraction is a pure function of (document text, pipeline, base IRI), so documents can be
processed anywhere; the only cross-document state is the entity index, which the driver
merges from the per-document entity lists. This module does exactly that with a
`dask.distributed.Client` (a local cluster in the tests, a real one in production):

    from dask.distributed import Client
    from kg.distributed import extract_on_dask
    result = extract_on_dask(["articles/"], Client("scheduler:8786"))

The resulting Dataset is the same as `kg.extraction.extract` gives in one process. Dask is an
optional dependency (`pip install "kg[dask]"`).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extraction import (
    BATCH_DOCUMENTS,
    DocumentResult,
    ExtractOptions,
    ExtractResult,
    RunRecorder,
    _batches,
    collect,
    process_documents,
)
from kg.ingest.read import Document, iter_documents
from kg.nlp.pipeline import load_pipeline


def _extract_batch(documents: list[Document], options: ExtractOptions) -> list[DocumentResult]:
    """Runs on a worker: the pipeline is loaded once per worker process (cached)."""
    return process_documents(load_pipeline(options.model), documents, options)


def extract_on_dask(
    paths: Iterable[str], client, options: ExtractOptions | None = None
) -> ExtractResult:
    """Extract `paths` with the workers of a Dask client; results merge in input order."""
    options = options or ExtractOptions()
    recorder = RunRecorder(options)
    futures = []
    for documents, errors in _batches(iter_documents(paths, options.max_bytes), BATCH_DOCUMENTS):
        recorder.summary.errors.extend(errors)
        if documents:
            futures.append(client.submit(_extract_batch, documents, options, pure=False))
    results = (result for future in futures for result in future.result())
    return collect(results, options, recorder=recorder)
