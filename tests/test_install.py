"""The built wheel carries shapes/ (and ontology/, queries/): `kg validate` works after install.

Builds the wheel, installs it into a fresh virtual environment (which sees this interpreter's
site-packages for the dependencies, see `share_dependencies`) and runs that environment's `kg`
from another directory.
Takes 30-60 s (pip fetches the hatchling build backend); marked slow.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.rdf.rdfio import read_rdf
from kg.vocab import KG

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "data" / "example.trig"

pytestmark = pytest.mark.slow


def run(command: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def share_dependencies(python: Path, cwd: Path) -> None:
    """The new environment sees this interpreter's packages (kg's dependencies) through a .pth
    file. `venv --system-site-packages` would not do: inside a virtual environment it shares
    the base Python's packages, not this environment's. The .pth only adds the folders to
    sys.path, so this environment's own (editable) kg is not seen: the wheel's is."""
    found = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd
    )
    assert found.returncode == 0, found.stderr
    here = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    here.update(site.getsitepackages())
    lines = "".join(f"{folder}\n" for folder in sorted(here))
    (Path(found.stdout.strip()) / "kg_test_dependencies.pth").write_text(lines)


def test_installed_wheel_validates_from_another_directory(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], tmp_path
    )
    assert built.returncode == 0, built.stdout + built.stderr
    [wheel] = wheels.glob("kg-*.whl")

    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    assert made.returncode == 0, made.stderr
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    share_dependencies(python, tmp_path)
    installed = run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)], tmp_path
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # the shapes are found inside the installed package, not in this checkout
    where = run(
        [str(python), "-c", "from kg.resources import shapes_dir; print(shapes_dir())"], tmp_path
    )
    assert where.returncode == 0, where.stderr
    shapes = Path(where.stdout.strip())
    assert shapes.is_relative_to(venv), shapes
    assert sorted(p.name for p in shapes.glob("*.ttl")), "no shapes in the wheel"

    work = tmp_path / "elsewhere"
    work.mkdir()
    kg = str(bin_dir / "kg")
    ok = run([kg, "validate", str(EXAMPLE)], work)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.startswith("Conforms")

    union = Graph()
    for triple in read_rdf(EXAMPLE).triples((None, None, None)):
        union.add(triple)
    union.remove((URIRef("https://w3id.org/kg-news/id/doc/0123456789abcdef"), KG.contentHash, None))
    invalid = work / "invalid.ttl"
    union.serialize(invalid, format="turtle")
    bad = run([kg, "validate", str(invalid)], work)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "kgsh:NewsArticle-contentHash" in bad.stdout
