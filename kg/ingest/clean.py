"""Split an article into paragraphs and mark what is not article text.

Every paragraph becomes a `Segment` with offsets into the ORIGINAL text and a kind:

- `headline`: the title line at the top (mined, and the document's `schema:headline`; a
  Title Case headline is metadata: read, not mined);
- `content`: article text, mined for mentions and facts;
- `metadata`: bylines, datelines and credit lines ("Distributed by ...", "© 2020 ..."):
  read for metadata, never mined (a byline's author is not a person in the story);
- `boilerplate`: page furniture (advertisement markers, captions credits, navigation) and
  everything after a tail marker such as "Related News" or "More Latest News", or a trailing
  run of short headline-like lines (lists of other stories). Not mined.

Markers are data in kg/lexicon/*.txt. Nothing here changes the text, so offsets stay exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.dates import parse_dateline
from kg.lexicon import patterns

CONTENT, HEADLINE, METADATA, BOILERPLATE = "content", "headline", "metadata", "boilerplate"
MINED_KINDS = {CONTENT, HEADLINE}
_SEPARATOR = re.compile(r"\s*(?:_{3,}|—-|-{3,}|—{2,})\s*")
_BYLINE = re.compile(r"^[Bb]y\s+(?P<names>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,7})\s*$")
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")
_TAIL_RUN = 6
_WRAP_WIDTH = 50


@dataclass
class Segment:
    start: int
    end: int
    kind: str = CONTENT


@dataclass
class CleanText:
    segments: list[Segment]
    metadata: dict[str, str] = field(default_factory=dict)

    def mined(self) -> list[Segment]:
        return [segment for segment in self.segments if segment.kind in MINED_KINDS]


def paragraphs(text: str) -> list[Segment]:
    """Paragraph spans: blank lines and `___` separators split; a single newline splits too
    unless both lines are long and the first does not end a sentence (hard-wrapped text)."""
    spans: list[Segment] = []
    line_start = 0
    current: Segment | None = None
    previous_line = ""
    for line in text.split("\n"):
        line_end = line_start + len(line)
        stripped = line.strip()
        if not stripped:
            current = None
        elif current is not None and _continues(previous_line, stripped):
            current.end = line_end - (len(line) - len(line.rstrip()))
        else:
            lead = len(line) - len(line.lstrip())
            current = Segment(line_start + lead, line_end - (len(line) - len(line.rstrip())))
            spans.append(current)
        previous_line = stripped
        line_start = line_end + 1
    return [piece for span in spans for piece in _split_separators(text, span)]


def _continues(previous: str, line: str) -> bool:
    return (
        len(previous) >= _WRAP_WIDTH
        and len(line) >= 1
        and not previous.endswith(_TERMINAL)
        and not line[:1].isupper()
    )


def _split_separators(text: str, span: Segment) -> list[Segment]:
    pieces = []
    start = span.start
    for match in _SEPARATOR.finditer(text, span.start, span.end):
        if match.start() > start:
            pieces.append(Segment(start, match.start()))
        start = match.end()
    if start < span.end:
        pieces.append(Segment(start, span.end))
    return pieces


def clean(text: str) -> CleanText:
    """Segments with kinds, and the metadata the text itself states."""
    segments = paragraphs(text)
    metadata: dict[str, str] = {}
    for segment in segments:
        line = " ".join(text[segment.start : segment.end].split())  # NBSP and runs of spaces
        if _matches(line, "boilerplate_lines.txt"):
            segment.kind = BOILERPLATE
        elif _read_credit(line, metadata) or _read_byline(line, metadata):
            segment.kind = METADATA
        elif "datePublished" not in metadata and (date := parse_dateline(line)):
            segment.kind = METADATA
            metadata["datePublished"] = date
    _mark_tail(text, segments)
    _mark_headline(text, segments, metadata)
    return CleanText(segments, metadata)


def _matches(line: str, lexicon: str) -> bool:
    return any(pattern.fullmatch(line) for pattern in patterns(lexicon))


def _read_credit(line: str, metadata: dict[str, str]) -> bool:
    for pattern in patterns("credit_lines.txt"):
        match = pattern.fullmatch(line)
        if match:
            for key in ("publisher", "distributor"):
                value = match.groupdict().get(key)
                if value and key not in metadata:
                    metadata[key] = value.strip().rstrip(".,")
            return True
    return False


def _read_byline(line: str, metadata: dict[str, str]) -> bool:
    match = _BYLINE.fullmatch(line) if line[:3].lower() == "by " else None
    if not match or "author" in metadata:
        return False
    names = match["names"].split()
    # "By Jane Q. Doe Los Angeles Times": a person's name is two or three words (a middle
    # initial makes three); what follows is the outlet's credit.
    name_length = 3 if len(names) >= 3 and re.fullmatch(r"[A-Z]\.?", names[1]) else 2
    metadata["author"] = " ".join(names[:name_length])
    if len(names) > name_length and "publisher" not in metadata:
        metadata["publisher"] = " ".join(names[name_length:])
    return True


def _mark_tail(text: str, segments: list[Segment]) -> None:
    seen_content = False
    for index, segment in enumerate(segments):
        line = text[segment.start : segment.end].strip()
        if seen_content and _matches(line, "boilerplate_tail.txt"):
            for rest in segments[index:]:
                rest.kind = BOILERPLATE
            return
        if segment.kind == CONTENT and _is_prose(line):
            seen_content = True
    _mark_headline_list(text, segments)


def _is_prose(line: str) -> bool:
    """A paragraph of running text: several words ending a sentence."""
    return len(line.split()) >= 8 and line.rstrip().endswith(_TERMINAL)


def _mark_headline_list(text: str, segments: list[Segment]) -> None:
    """A trailing run of short lines, most without final punctuation: a list of other stories."""
    prose = [i for i, s in enumerate(segments) if s.kind == CONTENT and _is_prose(_line(text, s))]
    if not prose:
        return
    run: list[Segment] = []
    for segment in reversed(segments[prose[0] + 1 :]):
        line = _line(text, segment)
        if segment.kind == BOILERPLATE or (len(line.split()) <= 30 and "\n" not in line):
            run.append(segment)
        else:
            break
    candidates = [s for s in run if s.kind != BOILERPLATE]
    unpunctuated = [s for s in candidates if not text[s.start : s.end].rstrip().endswith(_TERMINAL)]
    if len(candidates) >= _TAIL_RUN and len(unpunctuated) * 5 >= len(candidates) * 3:
        for segment in run:
            segment.kind = BOILERPLATE


def _line(text: str, segment: Segment) -> str:
    return text[segment.start : segment.end].strip()


def _mark_headline(text: str, segments: list[Segment], metadata: dict[str, str]) -> None:
    """The first short, unpunctuated paragraph before the body is the headline."""
    for segment in segments:
        if segment.kind != CONTENT:
            continue
        line = text[segment.start : segment.end].strip()
        words = line.split()
        if len(words) <= 30 and not line.endswith((".", '?"', '."', ".”")) and "\n" not in line:
            # A Title Case headline capitalises every word, which misleads NER ("Sent In
            # Error"): it is read as the headline but not mined.
            segment.kind = METADATA if _title_case(words) else HEADLINE
            metadata.setdefault("headline", line)
        return


def _title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)
