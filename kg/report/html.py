"""The report as one self-contained HTML page.

Text from the articles is untrusted: every string goes through `html.escape(quote=True)`, the
page carries no JSON, and its Content-Security-Policy allows only the one inline script
whose hash it states (so even a missed escape could run nothing) and no network at all.
Mentions are highlighted here, in Python, on the text's code points (the graph's offsets),
never in JavaScript on UTF-16 units.
"""

from __future__ import annotations

import base64
import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from kg.report.assets import CSS, JS
from kg.report.layout import layout
from kg.report.model import CLASS_NAMES, Claim, Document, Entity, Group, Report, Value

DEFAULT_MAX_NODES = 300
_LABEL_CHARS = 28
_RANK = {"s": 0, "q": 1, "t": 2, "m": 3}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


@dataclass
class _Tag:
    start: int
    end: int
    rank: int
    open: str
    close: str
    reopen: str  # the opening tag of a continuation after an overlap split it


def nest(text: str, tags: Iterable[_Tag]) -> str:
    """Escaped `text` with every tag around its span. Tags that overlap without nesting are
    split: the later part reopens with the tag's `reopen` form (no id, `data-cont`)."""
    ordered = sorted(
        (t for t in tags if 0 <= t.start < t.end <= len(text)),
        key=lambda t: (t.start, -t.end, t.rank),
    )
    points = sorted({0, len(text)} | {t.start for t in ordered} | {t.end for t in ordered})
    out: list[str] = []
    stack: list[_Tag] = []
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


class _Ids:
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


def _entity_name(entity: Entity) -> str:
    return f"{entity.label} ({CLASS_NAMES.get(entity.entity_class, 'Other')})"


def _value_html(value: Value | None, ids: _Ids) -> str:
    if value is None:
        return ""
    if value.entity and value.iri in ids.entity:
        return f'<a href="{ids.entity_href(value.iri)}">{_e(value.text)}</a>'
    if value.iri is not None and value.text != value.iri:
        return f'<span title="{_e(value.iri)}">{_e(value.text)}</span>'
    if value.iri is not None:
        return f"<code>{_e(value.iri)}</code>"
    return _e(value.text)


def _subject_html(iri: str, ids: _Ids) -> str:
    entity = ids.entities.get(iri)
    if entity is not None:
        return f'<a href="{ids.entity_href(iri)}">{_e(entity.label)}</a>'
    if iri in ids.labels:
        return f'<span title="{_e(iri)}">{_e(ids.labels[iri])}</span>'
    return f"<code>{_e(iri)}</code>"


def _evidence_html(claim: Claim, ids: _Ids) -> str:
    target = ids.sentence.get(claim.evidence or "")
    if target is None:
        return f'<span class="muted" title="{_e(claim.evidence_text)}">not in the text</span>'
    return f'<a class="ev" href="#{target}" data-target="{target}">evidence</a>'


def _claim_cells(claim: Claim, ids: _Ids) -> str:
    return (
        f'<td class="num">{_e(claim.confidence or "")}</td>'
        f'<td class="rule"><code>{_e(claim.method or "")}</code></td>'
        f"<td>{_evidence_html(claim, ids)}</td>"
    )


_CLAIM_HEAD = "<th>confidence</th><th>rule</th><th>evidence</th>"


def _facts_table(claims: list[Claim], ids: _Ids) -> str:
    if not claims:
        return '<p class="muted">No facts.</p>'
    rows = "".join(
        f'<tr class="claim fact"><td>{_subject_html(c.subject, ids)}</td>'
        f"<td>{_e(c.predicate_label)}</td><td>{_value_html(c.value, ids)}</td>"
        f"{_claim_cells(c, ids)}</tr>"
        for c in claims
    )
    return (
        f'<table class="facts"><thead><tr><th>subject</th><th>property</th><th>value</th>'
        f"{_CLAIM_HEAD}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _groups_table(groups: list[Group], ids: _Ids, css: str) -> str:
    if not groups:
        return f'<p class="muted">No {"posts" if css == "post" else "events"}.</p>'
    rows = []
    for group in groups:
        status = (
            f' <span class="muted">({_e(", ".join(group.status))})</span>' if group.status else ""
        )
        rows.append(
            f'<tr class="group"><th colspan="5">{_e(group.kind)}: {_e(group.label)}{status} '
            f'<code class="muted">{_e(group.iri)}</code></th></tr>'
        )
        rows.extend(
            f'<tr class="claim {css}"><td>{_e(c.predicate_label)}</td>'
            f"<td>{_value_html(c.value, ids)}</td>{_claim_cells(c, ids)}</tr>"
            for c in group.claims
        )
    return (
        f'<table class="{css}s"><thead><tr><th>role</th><th>value</th>{_CLAIM_HEAD}</tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _quotations_table(document: Document, ids: _Ids) -> str:
    if not document.quotations:
        return '<p class="muted">No quotations.</p>'
    rows = []
    for quotation in document.quotations:
        claim = quotation.claims[0] if quotation.claims else None
        cells = _claim_cells(claim, ids) if claim else "<td></td><td></td><td></td>"
        rows.append(
            f'<tr class="claim quotation"><td>{_value_html(quotation.speaker, ids)}</td>'
            f"<td>\u201c{_e(quotation.text)}\u201d</td>{cells}</tr>"
        )
    return (
        f'<table class="quotations"><thead><tr><th>speaker</th><th>quotation</th>{_CLAIM_HEAD}'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _text_html(document: Document, ids: _Ids) -> str:
    prefix = ids.document[document.iri]
    tags: list[_Tag] = []
    for start, end, iri in document.sentences:
        if ids.sentence.get(iri) == f"{prefix}-s{start}-{end}":
            tags.append(
                _Tag(
                    start,
                    end,
                    _RANK["s"],
                    f'<span class="s" id="{prefix}-s{start}-{end}">',
                    "</span>",
                    '<span class="s" data-cont="1">',
                )
            )
    for span in document.spans:
        kind = "q" if span.kind == "quote" else "t"
        title = "quotation" if kind == "q" else "event or post"
        tags.append(
            _Tag(
                span.start,
                span.end,
                _RANK[kind],
                f'<span class="{kind}" title="{title}">',
                "</span>",
                f'<span class="{kind}" data-cont="1">',
            )
        )
    for mention in document.mentions:
        names = [ids.entities[e] for e in mention.entities if e in ids.entities]
        title = "; ".join(_entity_name(n) for n in names)
        entity_ids = " ".join(ids.entity[e] for e in mention.entities if e in ids.entity)
        css = f"m c-{mention.entity_class}"
        tags.append(
            _Tag(
                mention.start,
                mention.end,
                _RANK["m"],
                f'<mark class="{css}" data-b="{mention.start}" data-e="{mention.end}" '
                f'data-entity="{entity_ids}" title="{_e(title)}">',
                "</mark>",
                f'<mark class="{css}" data-cont="1" data-entity="{entity_ids}" '
                f'title="{_e(title)}">',
            )
        )
    return nest(document.text, tags)


def _document_html(document: Document, ids: _Ids) -> str:
    doc_id = ids.document[document.iri]
    entity_ids = sorted(
        {ids.entity[e] for m in document.mentions for e in m.entities if e in ids.entity},
        key=lambda i: int(i[1:]),
    )
    meta = [
        ("byline", ", ".join(document.authors)),
        ("date", document.date or ""),
        ("publisher", ", ".join(document.publishers)),
        ("distributor", ", ".join(document.providers)),
        ("source", document.url or ""),
    ]
    meta_html = "".join(
        f"<dt>{name}</dt><dd>{_e(value) if value else '<span class=muted>not stated</span>'}</dd>"
        for name, value in meta
    )
    meta_html += f"<dt>IRI</dt><dd><code>{_e(document.iri)}</code></dd>"
    headline = _e(document.headline) if document.headline else "<i>no headline</i>"
    counts = (
        f"{len(document.mentions)} mentions, {len(document.facts)} facts, "
        f"{len(document.posts)} posts, {len(document.events)} events, "
        f"{len(document.quotations)} quotations"
    )
    return (
        f'<article class="doc" id="{doc_id}" data-entities="{" ".join(entity_ids)}">'
        f'<h3 class="headline">{headline}</h3>'
        f'<dl class="meta">{meta_html}</dl><p class="muted">{counts}</p>'
        f'<div class="cols"><div class="text" lang="en">{_text_html(document, ids)}</div>'
        f"<div><h4>Facts</h4>{_facts_table(document.facts, ids)}"
        f"<h4>Posts</h4>{_groups_table(document.posts, ids, 'post')}"
        f"<h4>Events</h4>{_groups_table(document.events, ids, 'event')}"
        f"<h4>Quotations</h4>{_quotations_table(document, ids)}</div></div></article>"
    )


def _entity_row(entity: Entity, report: Report, ids: _Ids) -> str:
    entity_id = ids.entity[entity.iri]
    docs = " ".join(ids.document[d] for d in entity.documents if d in ids.document)
    doc_links = ", ".join(
        f'<a href="{ids.document_href(d)}">{ids.document[d]}</a>'
        for d in entity.documents
        if d in ids.document
    )
    sources: dict[tuple[str, str, str], set[str]] = {}
    first: dict[tuple[str, str, str], Claim] = {}
    for claim in report.facts_by_entity.get(entity.iri, []):
        key = (claim.subject, claim.predicate, claim.value.iri or claim.value.text)
        sources.setdefault(key, set()).add(claim.document)
        first.setdefault(key, claim)
    facts = [
        f"<li>{_subject_html(claim.subject, ids)} {_e(claim.predicate_label)} "
        f"{_value_html(claim.value, ids)} "
        f"<span class=muted>({len(sources[key])} doc.)</span></li>"
        for key, claim in first.items()
    ]
    same_as = "".join(f"<br><code>{_e(s)}</code>" for s in entity.same_as)
    return (
        f'<tr class="entity" id="{entity_id}" data-docs="{docs}">'
        f"<td>{_e(entity.label)}</td>"
        f'<td><span class="key">{_legend_swatch(entity.entity_class)}'
        f"{_e(CLASS_NAMES.get(entity.entity_class, 'Other'))}</span></td>"
        f"<td>{_e('; '.join(entity.other_names))}</td>"
        f'<td class="num">{entity.mentions}</td><td class="num">{len(entity.documents)}</td>'
        f"<td>{doc_links}</td>"
        f"<td>{'<ul>' + ''.join(facts) + '</ul>' if facts else ''}</td>"
        f'<td><div class="iri"><code>{_e(entity.iri)}</code>'
        f'<button type="button" class="copy" data-iri="{_e(entity.iri)}" '
        f'title="copy the IRI">copy</button></div>{same_as}</td></tr>'
    )


_SHAPES = {
    "person": '<circle class="shape" r="{r}"/>',
    "organization": '<rect class="shape" x="-{r}" y="-{r}" width="{d}" height="{d}"/>',
    "place": '<polygon class="shape" points="0,-{r1} {r1},0 0,{r1} -{r1},0"/>',
    "other": '<polygon class="shape" points="0,-{r} {r},{r} -{r},{r}"/>',
}


def _shape(entity_class: str, radius: float) -> str:
    template = _SHAPES.get(entity_class, _SHAPES["other"])
    return template.format(r=f"{radius:.1f}", d=f"{2 * radius:.1f}", r1=f"{radius * 1.3:.1f}")


def _legend_swatch(entity_class: str) -> str:
    return (
        f'<svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" '
        f'class="graph c-{entity_class}" style="display:inline">'
        f'<g class="c-{entity_class}">{_shape(entity_class, 5.5)}</g></svg>'
    )


def _radius(entity: Entity) -> float:
    return min(18.0, 6.0 + 1.6 * math.sqrt(entity.mentions))


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "\u2026"


def picture_entities(report: Report, max_nodes: int) -> list[Entity]:
    """The entities drawn: all of them, or the `max_nodes` with facts and most documents."""
    if len(report.entities) <= max_nodes:
        return list(report.entities)
    linked = {e.source for e in report.edges} | {e.target for e in report.edges}
    ranked = sorted(
        report.entities,
        key=lambda e: (e.iri not in linked, -len(e.documents), -e.mentions, e.iri),
    )
    return ranked[:max_nodes]


def _svg(report: Report, ids: _Ids, max_nodes: int) -> tuple[str, str]:
    entities = picture_entities(report, max_nodes)
    shown = {e.iri for e in entities}
    edges = [e for e in report.edges if e.source in shown and e.target in shown]
    placed = layout([e.iri for e in entities], [(e.source, e.target) for e in edges])
    neighbours: dict[str, set[str]] = {e.iri: set() for e in entities}
    for edge in edges:
        neighbours[edge.source].add(ids.entity[edge.target])
        neighbours[edge.target].add(ids.entity[edge.source])
    by_iri = {e.iri: e for e in entities}
    parts = [
        f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" width="{placed.width:.0f}" '
        f'height="{placed.height:.0f}" viewBox="0 0 {placed.width:.0f} {placed.height:.0f}" '
        f'role="img" aria-label="entities and the facts between them">'
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'fill="#8a8a8a"/></marker></defs><g class="edges">'
    ]
    for edge in edges:
        x1, y1 = placed.positions[edge.source]
        x2, y2 = placed.positions[edge.target]
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        cut = _radius(by_iri[edge.target]) + 3
        ex, ey = x2 - (x2 - x1) * cut / length, y2 - (y2 - y1) * cut / length
        label = ", ".join(edge.labels)
        parts.append(
            f'<g class="edge" data-s="{ids.entity[edge.source]}" '
            f'data-t="{ids.entity[edge.target]}"><title>{_e(label)}</title>'
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" '
            f'marker-end="url(#arrow)"/><text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 3:.1f}" '
            f'text-anchor="middle">{_e(label)}</text></g>'
        )
    parts.append('</g><g class="nodes">')
    for entity in entities:
        x, y = placed.positions[entity.iri]
        radius = _radius(entity)
        docs = " ".join(ids.document[d] for d in entity.documents if d in ids.document)
        nb = " ".join(sorted(neighbours[entity.iri], key=lambda i: int(i[1:])))
        entity_id = ids.entity[entity.iri]
        parts.append(
            f'<g class="node c-{entity.entity_class}" id="n-{entity_id}" '
            f'data-entity="{entity_id}" data-label="{_e(_entity_name(entity))}" '
            f'data-docs="{docs}" data-nb="{nb}" transform="translate({x:.1f},{y:.1f})">'
            f"<title>{_e(_entity_name(entity))}: {entity.mentions} mentions</title>"
            f"{_shape(entity.entity_class, radius)}"
            f'<text y="{radius + 13:.1f}" text-anchor="middle">{_e(_short(entity.label))}</text>'
            "</g>"
        )
    parts.append("</g></svg>")
    if len(entities) < len(report.entities):
        note = (
            f"The picture shows {len(entities)} of the {len(report.entities)} entities (those "
            f"with facts, then those in the most documents). Choose a document or an entity "
            f"above to see only its part."
        )
    else:
        note = (
            f"{len(entities)} entities, {len(edges)} connections. Click an entity to see it, "
            f"its neighbours and its documents; click it again to see everything."
        )
    return "".join(parts), note


def _validation_html(report: Report) -> str:
    validation = report.validation
    if validation is None:
        return (
            '<section id="validation"><h2>Validation</h2><p class="muted">This graph was not '
            "validated (use <code>kg report --validate</code>, or give the Turtle of "
            "<code>kg validate --format turtle</code> as one more input).</p></section>"
        )
    verdict = (
        '<span class="ok">conforms to the shapes</span>'
        if validation.conforms
        else '<span class="bad">does not conform to the shapes</span>'
    )
    rows = "".join(
        f"<tr><td>{_e(r.severity)}</td><td><code>{_e(r.focus)}</code></td>"
        f"<td><code>{_e(r.path)}</code></td><td>{_e(r.message)}</td></tr>"
        for r in validation.results
    )
    table = (
        f"<table><thead><tr><th>severity</th><th>focus node</th><th>path</th><th>message</th>"
        f"</tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else ""
    )
    note = f' <span class="muted">({_e(validation.note)})</span>' if validation.note else ""
    return (
        f'<section id="validation"><h2>Validation</h2><p id="validation-result">The graph '
        f"{verdict}{f': {len(validation.results)} results' if validation.results else ''}."
        f"{note}</p>{table}</section>"
    )


def _legend() -> str:
    keys = "".join(
        f'<span class="key"><mark class="m c-{c}">{name}</mark>{_legend_swatch(c)}</span>'
        for c, name in (*CLASS_NAMES.items(), ("other", "Other"))
    )
    return (
        f'<div class="legend" id="legend"><b>Mentions:</b> {keys}'
        '<span class="key"><span class="q">quotation</span></span>'
        '<span class="key"><span class="t">event or post</span></span>'
        '<span class="muted">(each class has its own underline and node shape)</span></div>'
    )


def _page(title: str, body: str, filters: str = "") -> str:
    """The HTML document around `body`: the style sheet, the script and their policy."""
    script_hash = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode("ascii")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="kg report">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f'<header class="top"><h1>{_e(title)}</h1>{filters}</header><main>{body}</main>'
        f"<script>{JS}</script></body></html>\n"
    )


def _filters(report: Report, ids: _Ids) -> str:
    documents = "" if ids.pages else '<a href="#documents">Documents</a>'
    options = "".join(
        f'<option value="{ids.document[d.iri]}">{ids.document[d.iri]}: '
        f"{_e(_short_text(d.headline or d.iri, 80))}</option>"
        for d in report.documents
    )
    names = "".join(
        f'<option value="{_e(_entity_name(e))}" data-id="{ids.entity[e.iri]}"></option>'
        for e in report.entities
    )
    return (
        f'<nav>{documents}<a href="#entities">Entities</a><a href="#graph">Graph</a>'
        '<a href="#validation">Validation</a></nav>'
        '<div class="filters"><label>Document <select id="doc-filter">'
        f'<option value="">all documents</option>{options}</select></label>'
        '<label>Entity <input id="entity-filter" list="entity-names" size="28" '
        'placeholder="type a name" autocomplete="off"></label>'
        f'<datalist id="entity-names">{names}</datalist>'
        '<button type="button" id="clear-filters">show all</button>'
        '<span id="filter-note" class="muted" role="status"></span></div>'
    )


def _document_list(report: Report, ids: _Ids) -> str:
    rows = "".join(
        f'<tr class="doc-row" id="{ids.document[d.iri]}" data-entities="'
        f'{" ".join(sorted({ids.entity[e] for m in d.mentions for e in m.entities}))}">'
        f'<td><a href="{ids.document_href(d.iri)}">{ids.document[d.iri]}</a></td>'
        f"<td>{_e(d.headline or '')}</td><td>{_e(d.date or '')}</td>"
        f"<td>{_e(', '.join(d.publishers))}</td>"
        f'<td class="num">{len(d.mentions)}</td><td class="num">{len(d.facts)}</td>'
        f'<td class="num">{len(d.events)}</td><td class="num">{len(d.quotations)}</td></tr>'
        for d in report.documents
    )
    return (
        '<section id="documents"><h2>Documents</h2><table class="document-list"><thead><tr>'
        "<th>page</th><th>headline</th><th>date</th><th>publisher</th><th>mentions</th>"
        "<th>facts</th><th>events</th><th>quotations</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def _index_body(report: Report, ids: _Ids, max_nodes: int) -> str:
    svg, svg_note = _svg(report, ids, max_nodes)
    facts = sum(len(d.facts) for d in report.documents)
    agents = "; ".join(report.agents)
    if ids.pages:
        documents = _document_list(report, ids)
    else:
        documents = (
            '<section id="documents"><h2>Documents</h2>'
            f"{''.join(_document_html(d, ids) for d in report.documents)}</section>"
        )
    return (
        f'<p class="summary">{len(report.documents)} documents, {len(report.entities)} '
        f"entities, {facts} facts."
        f"{' Made by ' + _e(agents) + '.' if agents else ''}</p>"
        f"{_legend()}"
        f'<section id="graph"><h2>Graph</h2><p class="muted">{_e(svg_note)}</p>'
        f'<div class="graph-wrap">{svg}</div></section>'
        f"{_validation_html(report)}{documents}"
        '<section id="entities"><h2>Entities</h2><table class="entity-index"><thead><tr>'
        "<th>label</th><th>class</th><th>other names</th><th>mentions</th><th>docs</th>"
        "<th>in</th><th>facts</th><th>IRI</th></tr></thead><tbody>"
        f"{''.join(_entity_row(e, report, ids) for e in report.entities)}</tbody></table>"
        "</section>"
    )


def render_html(
    report: Report, title: str = "kg report", max_nodes: int = DEFAULT_MAX_NODES
) -> str:
    """The whole report as one page (see `kg.report.render_report`)."""
    ids = _Ids(report)
    return _page(title, _index_body(report, ids, max_nodes), _filters(report, ids))


def render_pages(
    report: Report, title: str = "kg report", max_nodes: int = DEFAULT_MAX_NODES
) -> dict[str, str]:
    """The report as `index.html` (picture, validation, list of documents, entity index)
    and one page per document (`d0.html`, ...), for corpora too large for one page."""
    ids = _Ids(report, pages=True)
    pages = {"index.html": _page(title, _index_body(report, ids, max_nodes), _filters(report, ids))}
    for document in report.documents:
        doc_id = ids.document[document.iri]
        back = '<nav><a href="index.html">index</a></nav>'
        pages[f"{doc_id}.html"] = _page(
            f"{title}: {document.headline or doc_id}",
            f"{_legend()}{_document_html(document, ids)}",
            back,
        )
    return pages


def _short_text(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
