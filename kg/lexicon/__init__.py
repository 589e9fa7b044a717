"""Word lists and patterns kept as data, not code: boilerplate markers, titles, nicknames,
place aliases, trigger and cue words. Each file has one entry per line; `#` starts a comment.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    lines = []
    for raw in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].rstrip() if not raw.startswith("#") else ""
        if line.strip():
            lines.append(line.strip())
    return lines


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated lines as tuples of fields, as written (case kept)."""
    return tuple(tuple(field.strip() for field in line.split("\t")) for line in _lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """A set of lower-case entries."""
    return frozenset(line.lower() for line in _lines(name))


@cache
def pairs(name: str) -> dict[str, str]:
    """`alias<TAB>canonical` lines as a dict keyed by the lower-case alias."""
    mapping = {}
    for line in _lines(name):
        alias, _, canonical = line.partition("\t")
        mapping[alias.strip().lower()] = canonical.strip()
    return mapping


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """Case-insensitive regular expressions, one per line."""
    return tuple(re.compile(line, re.IGNORECASE) for line in _lines(name))
