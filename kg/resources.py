"""Where kg's data files live: shapes/, ontology/, queries/ and the bundled pipeline.

In a source checkout they are the top-level folders; a wheel carries them inside the
package as `kg/_data/...` (see pyproject.toml), so `kg validate` and `kg query` work after a
plain `pip install .` from any directory.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_INSTALLED_DATA = PACKAGE_DIR / "_data"
_SOURCE_ROOT = PACKAGE_DIR.parent

BUNDLED_PIPELINE = PACKAGE_DIR / "pipeline" / "en_kg_news"


def data_dir(name: str) -> Path:
    """Path of the shipped folder `name` ("shapes", "ontology" or "queries")."""
    installed = _INSTALLED_DATA / name
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / name


def shapes_dir() -> Path:
    return data_dir("shapes")


def ontology_dir() -> Path:
    return data_dir("ontology")


def queries_dir() -> Path:
    return data_dir("queries")
