"""Matching and scoring for `kg.evaluation.evaluate`: pure functions over plain records, no RDF.

Gold and predicted items are the same record types (`FactRecord`, `EventRecord`,
`QuoteRecord`); an entity is a `Name`: a display label plus the normalised keys it answers to
(a gold name has one key, a predicted entity one per rdfs:label and skos:altLabel). Two
names match when they share a key.

Normalisation (both sides):
- names: case-folded, curly apostrophes straightened, a leading "the" and trailing legal
  suffixes (Inc, Corp, Corporation, Co, Ltd, Limited, LLC, PLC) dropped, whitespace collapsed;
- titles (jobTitle objects): as names, plus abbreviations expanded ("Sen." = "Senator") and
  long forms shortened ("chief executive officer" = "CEO");
- quotation text: quote marks dropped, whitespace collapsed, case-folded; two texts match
  when one contains the other.

Within one gold item, gold and predicted records are paired one-to-one (a maximum bipartite
matching), so a duplicate prediction is a false positive. Precision = tp / (tp + fp),
recall = tp / (tp + fn), F1 their harmonic mean; a ratio with a zero denominator is 1.0 when
there was nothing to find and nothing was found, else 0.0.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

LEGAL_SUFFIXES = ("inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc")
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "sec": "secretary",
    "gen": "general",
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "chief financial officer": "cfo",
    "chief operating officer": "coo",
    "chief technology officer": "cto",
}
QUOTE_MARKS = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"

_SUFFIX = re.compile(r"(?:[\s,]+(?:" + "|".join(LEGAL_SUFFIXES) + r")\.?)+$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().split())


def normalise_name(name: str) -> str:
    """'The Zenith Holdings, Inc.' -> 'zenith holdings'."""
    folded = _fold(name).strip(" .,;:")
    folded = re.sub(r"^the\s+", "", folded)
    stripped = _SUFFIX.sub("", folded).strip(" .,")
    return stripped or folded


def normalise_title(title: str) -> str:
    """'Sen.' -> 'senator', 'Chief Executive Officer' -> 'ceo', 'the CEO' -> 'ceo'."""
    folded = re.sub(r"^the\s+", "", _fold(title).replace(".", "").strip(" ,;:"))
    return TITLE_ABBREVIATIONS.get(folded, folded)


def normalise_quote(text: str) -> str:
    """Quote marks dropped, whitespace collapsed, case-folded."""
    return _fold("".join(" " if ch in QUOTE_MARKS else ch for ch in text))


@dataclass(frozen=True)
class Name:
    """An entity (or a title) as the scorer sees it: a label and its match keys."""

    label: str
    keys: frozenset[str]

    @classmethod
    def of(cls, label: str, *alternatives: str, title: bool = False) -> Name:
        normalise = normalise_title if title else normalise_name
        keys = {normalise(value) for value in (label, *alternatives) if value.strip()}
        return cls(label, frozenset(key for key in keys if key))

    def matches(self, other: Name | None) -> bool:
        return other is not None and bool(self.keys & other.keys)


@dataclass(frozen=True)
class FactRecord:
    subject: Name
    predicate: str  # short name, e.g. "parentOrganization"
    object: Name

    @property
    def key(self) -> str:
        return self.predicate

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject.label,
            "predicate": self.predicate,
            "object": self.object.label,
        }


@dataclass(frozen=True)
class EventRecord:
    target: Name
    status: str  # proposed | under_consideration | enacted | retracted (or "unknown")
    issuer: Name | None = None  # gold: None = not compared
    type: str = "prohibition"

    @property
    def key(self) -> str:
        return self.status

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer.label if self.issuer is not None else None
        return {
            "type": self.type,
            "issuer": issuer,
            "target": self.target.label,
            "status": self.status,
        }


@dataclass(frozen=True)
class QuoteRecord:
    speaker: Name
    text: str

    @property
    def key(self) -> str:
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker.label, "text": self.text}


def fact_matches(gold: FactRecord, predicted: FactRecord) -> bool:
    return (
        gold.predicate == predicted.predicate
        and gold.subject.matches(predicted.subject)
        and gold.object.matches(predicted.object)
    )


def event_matches(gold: EventRecord, predicted: EventRecord) -> bool:
    """Same target and status; same issuer too when the gold names one."""
    return (
        gold.status == predicted.status
        and gold.target.matches(predicted.target)
        and (gold.issuer is None or gold.issuer.matches(predicted.issuer))
    )


def quote_text_matches(gold: str, predicted: str) -> bool:
    a, b = normalise_quote(gold), normalise_quote(predicted)
    return bool(a and b) and (a in b or b in a)


def quote_matches(gold: QuoteRecord, predicted: QuoteRecord) -> bool:
    return gold.speaker.matches(predicted.speaker) and quote_text_matches(gold.text, predicted.text)


T = TypeVar("T")


def match_items(
    gold: Sequence[T], predicted: Sequence[T], same: Callable[[T, T], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one pairing (gold index, predicted index) of matching records."""
    candidates = [[j for j, p in enumerate(predicted) if same(g, p)] for g in gold]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class Miss:
    """A false positive or false negative: the gold item's id and the record."""

    id: str
    item: dict[str, Any]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[Miss] = field(default_factory=list)
    false_negatives: list[Miss] = field(default_factory=list)

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, nothing=self.fn == 0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, nothing=self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "false_positives": [miss.__dict__ for miss in self.false_positives],
            "false_negatives": [miss.__dict__ for miss in self.false_negatives],
        }


def _ratio(hits: int, total: int, nothing: bool) -> float:
    if total:
        return hits / total
    return 1.0 if nothing else 0.0


def score_family(
    scores: dict[str, Score],
    family: str,
    item_id: str,
    gold: Sequence[Any],
    predicted: Sequence[Any],
    same: Callable[[Any, Any], bool],
) -> None:
    """Add one item's records of one family to `scores[family]` and `scores[family/key]`."""
    pairs = match_items(gold, predicted, same)
    matched_gold = {i for i, _ in pairs}
    matched_predicted = {j for _, j in pairs}
    for i, record in enumerate(gold):
        for row in _rows(scores, family, record.key):
            if i in matched_gold:
                row.tp += 1
            else:
                row.fn += 1
                row.false_negatives.append(Miss(item_id, record.to_dict()))
    for j, record in enumerate(predicted):
        if j not in matched_predicted:
            for row in _rows(scores, family, record.key):
                row.fp += 1
                row.false_positives.append(Miss(item_id, record.to_dict()))


def _rows(scores: dict[str, Score], family: str, key: str) -> Iterable[Score]:
    yield scores.setdefault(family, Score())
    if key:
        yield scores.setdefault(f"{family}/{key}", Score())
