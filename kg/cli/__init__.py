"""The `kg` command line (typer). Each command module only declares options and calls one
library function; these are those functions, for use from Python (imported on first use)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_FUNCTIONS = {
    "evaluate": "kg.evaluation.evaluate",
    "extract": "kg.extraction",
    "load_files": "kg.stores.store",
    "push_files": "kg.stores.push",
    "run_query": "kg.stores.query",
    "stored_queries": "kg.stores.query",
    "validate_files": "kg.rdf.validate",
    "write_extraction": "kg.write",
}

__all__ = sorted(_FUNCTIONS)


def __getattr__(name: str) -> Any:
    if name in _FUNCTIONS:
        return getattr(import_module(_FUNCTIONS[name]), name)
    raise AttributeError(f"module 'kg.cli' has no attribute {name!r}")
