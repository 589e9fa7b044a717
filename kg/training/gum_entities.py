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
("the Secretary"), which are not names. Nested spans: the outermost name wins (a person
inside an organisation name stays part of the organisation). Discontinuous spans (`[1/2]`
markers) are skipped: spaCy's NER needs contiguous spans.

The extent of a name follows UNER (the other NER training corpus) and most NER corpora
rather than GUM's mention spans, the same way for train and dev (`name_extent`):

- a relative clause, apposition or parataxis the span swallowed is cut ("Ada Stone, whom
  he met ..." gives "Ada Stone"); the span's own head is never cut, even when it is
  an apposition itself ("my colleague, Mr. Vell" keeps "Vell");
- a name ends at its first comma or opening bracket: "Portland, Oregon" gives "Portland"
  and "Oregon" (the nested place) as two names, "India, where ..." gives "India", "Ada
  Stone (1818 - 1880)" gives "Ada Stone"; company suffixes stay ("Vexa Labs, Inc.");
- leading determiners, conjunctions and lowercase modifiers ("ancient Athens", "our
  Republic", "the younger Ada Stone"), leading titles of people (Mr, Professor, Sen.,
  Emperor, ...), trailing punctuation, possessive 's and trailing lowercase words ("Rivo
  Island itself", "Stone et al.") are trimmed.

People are checked on that extent (`person_name`): every word capitalised (not "Director of
the National Study"); not a title alone ("the Secretary", "President", "Mr."); not a group or
demonym: a plural proper-noun head ("Americans", "Founders") or an indefinite article ("an
American", but "a Dr. Bo" stays), which UNER leaves unlabelled too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.person_titles import is_person_title
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
_OPENING_BRACKETS = {"(", "["}
_COMPANY_SUFFIXES = {"inc", "ltd", "llc", "co", "corp", "plc", "jr", "sr"}
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


def proper_head(words: list[Word], span: EntitySpan) -> bool:
    """A proper-noun head makes a name. (GUM also links pronouns and descriptions such as
    "I" or "the Secretary" to Wikipedia identities: those are not names.)"""
    return words[span_head(words, span.start, span.end)].upos == "PROPN"


def is_name(words: list[Word], span: EntitySpan) -> bool:
    """The whole GUM span is a name: a proper-noun head and, for people, every word
    capitalised (used by `known_entities`, which takes whole spans; the NER labels check
    people on the trimmed extent instead, see `person_name`)."""
    if span.etype == "person" and not _capitalised_throughout(words[span.start : span.end]):
        return False  # "Director of the National Study" is a description, not a name
    return proper_head(words, span)


def person_name(words: list[Word], span: EntitySpan, start: int, end: int) -> bool:
    """Checks on a person span once cut and trimmed (`name_extent`):

    - every word capitalised: "Director of the National Study" is a description;
    - not a title alone: "the Secretary", "President", "Mr." refer to people but are no names;
    - not a group or a demonym: a plural proper-noun head ("Americans", "Founders") or an
      indefinite article ("an American") makes a description, as in UNER (no NORP label).
    """
    extent = words[start:end]
    if not extent or not _capitalised_throughout(extent):
        return False
    if all(is_person_title(word.form) or word.upos == "DET" for word in extent):
        return False
    if words[span_head(words, span.start, span.end)].xpos == "NNPS":
        return False
    return words[span.start].form.lower() not in {"a", "an"} or any(
        is_person_title(word.form) for word in words[span.start : span.end]
    )  # "an American" is a demonym, "a Dr. Bailey" a name


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
    """End a span before any relative clause or apposition it swallowed. The span's own
    head is not a swallowed clause even when it is itself an apposition ("my colleague,
    Mr. Eizenga" keeps "Mr. Eizenga")."""
    head = span_head(words, start, end)
    for index in range(start, end):
        if index == head:
            continue
        if words[index].deprel.split(":")[0] in {"acl", "appos", "parataxis"}:
            leftmost = index
            for other in range(start, index):
                if _descends_from(words, other, index):
                    leftmost = other
                    break
            return max(start + 1, leftmost)
    return end


def cut_comma(words: list[Word], start: int, end: int) -> int:
    """End a name at its first comma or opening bracket: "Portland, Oregon" gives "Portland"
    (and the nested "Oregon" its own span), "India, where ..." gives "India", "Ada Stone
    (1818 - 1880)" gives "Ada Stone", as in UNER and most NER corpora. Company suffixes
    stay: "Acme Corporation, Inc."."""
    for index in range(start + 1, end - 1):
        if words[index].form in _OPENING_BRACKETS:
            return index
        if words[index].form == "," and (
            words[index + 1].form.lower().rstrip(".") not in _COMPANY_SUFFIXES
        ):
            return index
    return end


def name_extent(words: list[Word], start: int, end: int, label: str) -> tuple[int, int]:
    """The words of a name span that make the name: clauses, appositions and anything after
    a comma cut; determiners, titles (people), lowercase modifiers ("ancient Athens",
    "our Republic", "the younger Ada Stone") and trailing lowercase words ("Coron
    Island itself", "Vane himself", "Babstock et al.") trimmed."""
    end = cut_comma(words, start, cut_clauses(words, start, end))
    while True:
        start, end = trim(words, start, end, label)
        if start < end and _lowercase_modifier(words[start]):
            start += 1
        elif start < end and _lowercase_modifier(words[end - 1]):
            end -= 1
        else:
            return start, end


_POSSESSIVE = {"'s", "'", "’s", "’"}


def after_possessor(words: list[Word], spans: list[EntitySpan], start: int, end: int) -> int:
    """A name that begins with an organisation's or a place's possessive starts after it:
    "Vexa Group's Rivo Air" gives "Rivo Air" (and the nested "Vexa Group" its own name), as
    in UNER. A person's possessive is part of the name ("Saint Mary's Lake", "King Arthur's
    Court"), and so is one that belongs to no nested entity ("Children's Hospital")."""
    for index in range(end - 2, start, -1):
        possessive = words[index].form in _POSSESSIVE and words[index].upos == "PART"
        owner = [
            other
            for other in spans  # GUM's owner span ends before or after its "'s"
            if other.start == start
            and other.end - index in (0, 1)
            and other.etype in {"organization", "place"}
        ]
        if possessive and owner:
            return index + 1
    return start


_NAME_PARTS = {"flat", "compound", "goeswith"}


def person_start(words: list[Word], span: EntitySpan, start: int, end: int) -> int:
    """A person's name starts where the words joined to its head as parts of a name
    (flat, compound, or a hyphen) start, when what comes before is a title phrase: one with
    a title word, a preposition or a possessive ("Minister of Education Ada Stone",
    "Secretary of State Ada Stone", "Vexa's Ada Stone" give "Ada Stone": those words hang
    off the title, not off the name). Other words stay ("Black Widow", "Ant-Man").
    `start`, `end`: the name's extent so far, within the GUM `span`."""
    head = span_head(words, span.start, span.end)
    if not start <= head < end:
        return start
    first = head
    while first > start:
        word = words[first - 1]
        joined = word.deprel.split(":")[0] in _NAME_PARTS or word.form in {"-", "–"}
        if not joined or not first <= word.head - 1 < end:
            break
        first -= 1
    before = words[span.start : first]  # with the words trimmed already
    title_phrase = any(
        word.upos in {"ADP", "PART"} or is_person_title(word.form) for word in before
    )
    return first if title_phrase else start


def _lowercase_modifier(word: Word) -> bool:
    return word.upos in {"CCONJ", "SCONJ"} or (
        not word.form[:1].isupper()
        and word.upos != "PROPN"
        and word.form.lower() not in _NAME_PARTICLES
        and word.upos not in {"PUNCT", "PART"}
    )


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
        or (label == "PERSON" and end - start > 1 and is_person_title(words[start].form))
    ):
        start += 1
    while end > start and words[end - 1].upos in _TRIM_END:
        end -= 1
    return start, end


def ner_spans(words: list[Word]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) word spans for spaCy's NER, outermost first."""
    candidates = []
    spans = parse_entity_spans(words)
    for span in spans:
        label = LABELS.get(span.etype)
        if label is None or span.discontinuous:
            continue
        if label == "DATE":
            if not is_date(words, span):
                continue
            start, end = trim(words, span.start, cut_clauses(words, span.start, span.end), label)
        else:
            if not proper_head(words, span):
                continue
            start, end = name_extent(words, span.start, span.end, label)
            start = after_possessor(words, spans, start, end)
            if label == "PERSON":
                start = person_start(words, span, start, end)
                if not person_name(words, span, start, end):
                    continue
        if start < end:
            candidates.append((start, end, label))
    candidates.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, label in candidates:
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in chosen):
            chosen.append((start, end, label))
    return sorted(chosen)
