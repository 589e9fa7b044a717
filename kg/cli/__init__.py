"""The `kg` command line (typer). Each command module only declares options and calls one
library function; these are those functions, for use from Python:"""

from kg.evaluation.evaluate import evaluate
from kg.extract import extract
from kg.rdf.validate import validate_files
from kg.stores.push import push_files
from kg.stores.query import run_query, stored_queries
from kg.stores.store import load_files
from kg.write import write_extraction

__all__ = [
    "evaluate",
    "extract",
    "load_files",
    "push_files",
    "run_query",
    "stored_queries",
    "validate_files",
    "write_extraction",
]
