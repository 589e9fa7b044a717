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
def known_place_names() -> frozenset[str]:
    """Places kg knows by name, lower case: known_entities.tsv's places and
    place_aliases.tsv's aliases ("NSW", "U.S.")."""
    listed = {form.lower() for form, _page, cls in rows("known_entities.tsv") if cls == "Place"}
    return frozenset(listed | {alias.lower() for alias in pairs("place_aliases.tsv")})


@cache
def country_names() -> frozenset[str]:
    """Countries (countries.txt) and the names demonyms.tsv gives them, lower case."""
    return words("countries.txt") | {country.lower() for country in demonyms().values()}


@cache
def demonyms() -> dict[str, str]:
    """kg/lexicon/demonyms.tsv: lower-case nationality adjective -> country ("chinese" ->
    "China"), and the nouns of demonym_nouns.tsv ("dutchman"). A country marked "?" there
    is the usual one of an adjective that more than one country shares
    (`shared_demonyms`); the mark is not part of the name."""
    table = {**pairs("demonyms.tsv"), **demonym_nouns()}
    return {demonym: country.rstrip("?") for demonym, country in table.items()}


@cache
def demonym_nouns() -> dict[str, str]:
    """kg/lexicon/demonym_nouns.tsv: lower-case noun for a country's people -> country
    ("dutchman" -> "Netherlands"); `demonyms` holds them too."""
    return pairs("demonym_nouns.tsv")


@cache
def shared_demonyms() -> frozenset[str]:
    """Adjectives more than one country shares ("korean"), marked "?" in demonyms.tsv."""
    return frozenset(d for d, country in pairs("demonyms.tsv").items() if country.endswith("?"))


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """Case-insensitive regular expressions, one per line."""
    return tuple(re.compile(line, re.IGNORECASE) for line in _lines(name))


def inflections(lemma: str) -> set[str]:
    """Regular inflected forms of a word, for when the lemmatiser errs ("barred" -> "barre"):
    ban -> bans, banned, banning; purge -> purges, purged, purging; study -> studies, ..."""
    vowels = "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return {lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in vowels:
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    short_cvc = (
        len(lemma) <= 4
        and lemma[-1] not in vowels + "wy"
        and lemma[-2] in vowels
        and lemma[-3:-2] not in tuple(vowels)
    )
    stem = lemma + lemma[-1] if short_cvc else lemma
    return {lemma + "s", stem + "ed", stem + "ing"}


class WordKinds:
    """Kinds of words ("prohibit", "remove", ...) looked up by lemma and, where the lemmatiser
    erred ("barred" -> "barre"), by the word's regular inflected forms."""

    def __init__(self, by_lemma: dict[str, set[str]]) -> None:
        self.by_lemma = by_lemma
        self.by_form: dict[str, set[str]] = {}
        for lemma, kinds in by_lemma.items():
            for form in inflections(lemma):
                self.by_form.setdefault(form, set()).update(kinds)

    def of(self, lemma: str, form: str) -> set[str]:
        return self.by_lemma.get(lemma.lower()) or self.by_form.get(form.lower(), set())


@cache
def _word_ranks() -> dict[str, int]:
    """word -> line of kg/lexicon/word_clusters.tsv.gz, whose words run from the most
    frequent ("." "," "the") down."""
    import gzip

    with gzip.open(LEXICON_DIR / "word_clusters.tsv.gz", "rt", encoding="utf-8") as lines:
        next(lines)  # the header
        return {line.split("\t", 1)[0]: rank for rank, line in enumerate(lines)}


def written_lower_mostly(word: str) -> bool:
    """A capitalised word more often written in lower case, by the clusters' word
    frequencies: a common word ("Law", "Studies", "Marketing"), not a name ("Cordoba",
    "China")."""
    ranks = _word_ranks()
    return ranks.get(word.lower(), len(ranks)) < ranks.get(word, len(ranks))
