"""Named-entity spans from GUM's `Entity=` annotation (CorefUD bracket notation).

Mapping from GUM entity types to kg's NER labels (written down in training/REPORT.md):

| GUM type       | label  | when                                                         |
|----------------|--------|--------------------------------------------------------------|
| person         | PERSON | the span is a name (see below)                               |
| organization   | ORG    | the span is a name                                           |
| place          | LOC    | the span is a name (countries, cities and geographic places) |
| time           | DATE   | the span holds a digit, a month or a weekday name            |
| anything else  | none   |                                                              |

A span is a name when its syntactic head is a proper noun (PROPN). GUM's Wikipedia
identities are not enough: they also sit on pronouns ("I" in an interview) and descriptions
("the Secretary"), which are not names. Leading determiners and trailing punctuation are
trimmed, so "the BBC" gives "BBC" like most NER corpora. Nested spans: the outermost name
wins (a person inside an organisation name stays part of the organisation). Discontinuous
spans (`[1/2]` markers) are skipped: spaCy's NER needs contiguous spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.training.conllu import Word

LABELS = {"person": "PERSON", "organization": "ORG", "place": "LOC", "time": "DATE"}
_OPEN = re.compile(
    r"\((?P<id>\d+)(?P<discontinuous>\[\d+/\d+\])?-(?P<fields>[^()]*)(?P<single>\))?"
)
_CLOSE = re.compile(r"(?P<id>\d+)(?P<discontinuous>\[\d+/\d+\])?\)")
_DATE_WORDS = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\.?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_NAME_PARTICLES = {"de", "da", "van", "von", "der", "bin", "al", "la", "le", "du", "'s"}
_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "general",
    "gen",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "saint",
    "st",
    "judge",
    "justice",
    "mayor",
    "chancellor",
    "minister",
    "secretary",
    "rev",
    "reverend",
    "father",
    "captain",
    "capt",
}
_TRIM_START = {"DET", "PUNCT"}
_TRIM_END = {"PUNCT", "PART"}


@dataclass(frozen=True)
class EntitySpan:
    start: int  # first word index (0-based), inclusive
    end: int  # exclusive
    etype: str
    identity: str
    discontinuous: bool = False


def parse_entity_spans(words: list[Word]) -> list[EntitySpan]:
    """All GUM entity spans of one sentence, nested ones included."""
    open_spans: dict[str, list[tuple[int, str, str, bool]]] = {}
    spans: list[EntitySpan] = []
    for index, word in enumerate(words):
        value = word.misc.get("Entity", "")
        position = 0
        while position < len(value):
            opening = _OPEN.match(value, position)
            if opening:
                fields = opening["fields"].split("-")
                etype = fields[0]
                identity = fields[6] if len(fields) > 6 else ""
                discontinuous = bool(opening["discontinuous"])
                if opening["single"]:
                    spans.append(EntitySpan(index, index + 1, etype, identity, discontinuous))
                else:
                    open_spans.setdefault(opening["id"], []).append(
                        (index, etype, identity, discontinuous)
                    )
                position = opening.end()
                continue
            closing = _CLOSE.match(value, position)
            if closing:
                stack = open_spans.get(closing["id"])
                if stack:
                    start, etype, identity, discontinuous = stack.pop()
                    spans.append(EntitySpan(start, index + 1, etype, identity, discontinuous))
                position = closing.end()
                continue
            position += 1
    return spans


def span_head(words: list[Word], start: int, end: int) -> int:
    """Index of the word in [start, end) whose head lies outside the span."""
    for index in range(start, end):
        head = words[index].head - 1
        if head < start or head >= end:
            return index
    return start


def is_name(words: list[Word], span: EntitySpan) -> bool:
    """A proper-noun head makes a name. (GUM also links pronouns and descriptions such as
    "I" or "the Secretary" to Wikipedia identities: those are not names.)"""
    head = words[span_head(words, span.start, span.end)]
    if span.etype == "person" and not _capitalised_throughout(words[span.start : span.end]):
        return False  # "Director of the National Study" is a description, not a name
    return head.upos == "PROPN"


def _capitalised_throughout(span_words: list[Word]) -> bool:
    return all(
        word.form[:1].isupper() or word.upos in {"PUNCT", "DET"} or word.form in _NAME_PARTICLES
        for word in span_words
    )


def is_date(words: list[Word], span: EntitySpan) -> bool:
    forms = [word.form for word in words[span.start : span.end]]
    if len(forms) > 6:
        return False
    return any(_YEAR.match(form) or _DATE_WORDS.match(form) for form in forms)


def cut_clauses(words: list[Word], start: int, end: int) -> int:
    """End a span before any relative clause or apposition it swallowed."""
    for index in range(start, end):
        if words[index].deprel.split(":")[0] in {"acl", "appos", "parataxis"}:
            leftmost = index
            for other in range(start, index):
                if _descends_from(words, other, index):
                    leftmost = other
                    break
            return max(start + 1, leftmost)
    return end


def _descends_from(words: list[Word], index: int, ancestor: int) -> bool:
    steps = 0
    while index != ancestor and steps < len(words):
        index = words[index].head - 1
        if index < 0:
            return False
        steps += 1
    return index == ancestor


def trim(words: list[Word], start: int, end: int, label: str = "") -> tuple[int, int]:
    """Drop leading determiners (and, for people, titles) and trailing punctuation."""
    while start < end and (
        words[start].upos in _TRIM_START
        or (
            label == "PERSON"
            and end - start > 1
            and words[start].form.lower().rstrip(".") in _TITLES
        )
    ):
        start += 1
    while end > start and words[end - 1].upos in _TRIM_END:
        end -= 1
    return start, end


def ner_spans(words: list[Word]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) word spans for spaCy's NER, outermost first."""
    candidates = []
    for span in parse_entity_spans(words):
        label = LABELS.get(span.etype)
        if label is None or span.discontinuous:
            continue
        keep = is_date(words, span) if label == "DATE" else is_name(words, span)
        if not keep:
            continue
        start, end = trim(words, span.start, cut_clauses(words, span.start, span.end), label)
        if start < end:
            candidates.append((start, end, label))
    candidates.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, label in candidates:
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in chosen):
            chosen.append((start, end, label))
    return sorted(chosen)
