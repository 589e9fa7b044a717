"""Shared fixtures. Server fixtures live in fixtures_servers.py, pipeline ones in fixtures_nlp.py."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpora" / "seeds"
EXAMPLE_TRIG = ROOT / "tests" / "data" / "example.trig"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.fail(
            f"seed articles not found under {SEEDS}: CI must have ../shared beside the checkout"
        )
    return paths


try:  # noqa: SIM105 - each fixture module is owned by one part of the suite
    from fixtures_servers import *  # noqa: F401,F403
except ModuleNotFoundError as missing:
    if missing.name != "fixtures_servers":
        raise
try:
    from fixtures_nlp import *  # noqa: F401,F403
except ModuleNotFoundError as missing:
    if missing.name != "fixtures_nlp":
        raise
