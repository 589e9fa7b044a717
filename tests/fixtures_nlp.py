"""The real bundled pipeline, loaded once per test session, and the seed-article run."""

from __future__ import annotations

import pytest

from kg.extraction import ExtractOptions, extract
from kg.nlp.pipeline import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline(None)


@pytest.fixture(scope="session")
def seed_result(seed_paths):
    """kg's extraction over the five seed articles (../shared/corpora/seeds)."""
    return extract([str(p) for p in seed_paths], ExtractOptions())
