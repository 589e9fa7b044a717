"""Small HTML pieces shared by the page and the picture: escaping, nested highlight tags,
stable element ids, links to entities."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from kg.report.model import CLASS_NAMES, Entity, Report, Value

LABEL_CHARS = 28


RANK = {"s": 0, "q": 1, "t": 2, "m": 3}


def esc(text: object) -> str:
    return escape(str(text), quote=True)


@dataclass
class Tag:
    start: int
    end: int
    rank: int
    open: str
    close: str
    reopen: str  # the opening tag of a continuation after an overlap split it


def nest(text: str, tags: Iterable[Tag]) -> str:
    """Escaped `text` with every tag around its span. Tags that overlap without nesting are
    split: the later part reopens with the tag's `reopen` form (no id, `data-cont`)."""
    ordered = sorted(
        (t for t in tags if 0 <= t.start < t.end <= len(text)),
        key=lambda t: (t.start, -t.end, t.rank),
    )
    points = sorted({0, len(text)} | {t.start for t in ordered} | {t.end for t in ordered})
    out: list[str] = []
    stack: list[Tag] = []
    position = 0
    index = 0
    for point in points:
        out.append(escape(text[position:point], quote=True))
        position = point
        ending = [i for i, tag in enumerate(stack) if tag.end == point]
        if ending:
            first = ending[0]
            reopen = [tag for tag in stack[first:] if tag.end != point]
            out.extend(tag.close for tag in reversed(stack[first:]))
            del stack[first:]
            for tag in reopen:
                out.append(tag.reopen)
                stack.append(tag)
        while index < len(ordered) and ordered[index].start == point:
            tag = ordered[index]
            out.append(tag.open)
            stack.append(tag)
            index += 1
    return "".join(out)


class Ids:
    """Short, safe HTML ids for documents (d0...), entities (e0...) and sentences."""

    def __init__(self, report: Report, pages: bool = False) -> None:
        self.pages = pages  # one page per document: links go between files
        self.document = {d.iri: f"d{i}" for i, d in enumerate(report.documents)}
        self.entity = {e.iri: f"e{i}" for i, e in enumerate(report.entities)}
        self.entities = {e.iri: e for e in report.entities}
        self.labels = report.labels
        self.sentence: dict[str, str] = {}
        for document in report.documents:
            prefix = self.document[document.iri]
            for start, end, iri in document.sentences:
                self.sentence.setdefault(iri, f"{prefix}-s{start}-{end}")

    def entity_href(self, iri: str) -> str:
        return f"{'index.html' if self.pages else ''}#{self.entity[iri]}"

    def document_href(self, iri: str) -> str:
        return f"{self.document[iri]}.html" if self.pages else f"#{self.document[iri]}"


def entity_name(entity: Entity) -> str:
    return f"{entity.label} ({CLASS_NAMES.get(entity.entity_class, 'Other')})"


def value_html(value: Value | None, ids: Ids) -> str:
    if value is None:
        return ""
    if value.entity and value.iri in ids.entity:
        return f'<a href="{ids.entity_href(value.iri)}">{esc(value.text)}</a>'
    if value.iri is not None and value.text != value.iri:
        return f'<span title="{esc(value.iri)}">{esc(value.text)}</span>'
    if value.iri is not None:
        return f"<code>{esc(value.iri)}</code>"
    return esc(value.text)


def subject_html(iri: str, ids: Ids) -> str:
    entity = ids.entities.get(iri)
    if entity is not None:
        return f'<a href="{ids.entity_href(iri)}">{esc(entity.label)}</a>'
    if iri in ids.labels:
        return f'<span title="{esc(iri)}">{esc(ids.labels[iri])}</span>'
    return f"<code>{esc(iri)}</code>"
