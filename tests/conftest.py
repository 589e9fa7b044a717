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


from fixtures_nlp import *  # noqa: E402,F401,F403 - fixture modules, one per part of the suite
from fixtures_servers import *  # noqa: E402,F401,F403
