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

from kg.report.assets import CSS, JS
from kg.report.markup import (
    RANK,
    Ids,
    Tag,
    entity_name,
    esc,
    nest,
    subject_html,
    value_html,
)
from kg.report.model import CLASS_NAMES, Claim, Document, Entity, Group, Report
from kg.report.picture import (
    legend,
    legend_swatch,
    svg_picture,
)

DEFAULT_MAX_NODES = 300


def _evidence_html(claim: Claim, ids: Ids) -> str:
    target = ids.sentence.get(claim.evidence or "")
    if target is None:
        return f'<span class="muted" title="{esc(claim.evidence_text)}">not in the text</span>'
    return f'<a class="ev" href="#{target}" data-target="{target}">evidence</a>'


def _claim_cells(claim: Claim, ids: Ids) -> str:
    return (
        f'<td class="num">{esc(claim.confidence or "")}</td>'
        f'<td class="rule"><code>{esc(claim.method or "")}</code></td>'
        f"<td>{_evidence_html(claim, ids)}</td>"
    )


_CLAIM_HEAD = "<th>confidence</th><th>rule</th><th>evidence</th>"


def _facts_table(claims: list[Claim], ids: Ids) -> str:
    if not claims:
        return '<p class="muted">No facts.</p>'
    rows = "".join(
        f'<tr class="claim fact"><td>{subject_html(c.subject, ids)}</td>'
        f"<td>{esc(c.predicate_label)}</td><td>{value_html(c.value, ids)}</td>"
        f"{_claim_cells(c, ids)}</tr>"
        for c in claims
    )
    return (
        f'<table class="facts"><thead><tr><th>subject</th><th>property</th><th>value</th>'
        f"{_CLAIM_HEAD}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _groups_table(groups: list[Group], ids: Ids, css: str) -> str:
    if not groups:
        return f'<p class="muted">No {"posts" if css == "post" else "events"}.</p>'
    rows = []
    for group in groups:
        status = (
            f' <span class="muted">({esc(", ".join(group.status))})</span>' if group.status else ""
        )
        rows.append(
            f'<tr class="group"><th colspan="5">{esc(group.kind)}: {esc(group.label)}{status} '
            f'<code class="muted">{esc(group.iri)}</code></th></tr>'
        )
        rows.extend(
            f'<tr class="claim {css}"><td>{esc(c.predicate_label)}</td>'
            f"<td>{value_html(c.value, ids)}</td>{_claim_cells(c, ids)}</tr>"
            for c in group.claims
        )
    return (
        f'<table class="{css}s"><thead><tr><th>role</th><th>value</th>{_CLAIM_HEAD}</tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _quotations_table(document: Document, ids: Ids) -> str:
    if not document.quotations:
        return '<p class="muted">No quotations.</p>'
    rows = []
    for quotation in document.quotations:
        claim = quotation.claims[0] if quotation.claims else None
        cells = _claim_cells(claim, ids) if claim else "<td></td><td></td><td></td>"
        rows.append(
            f'<tr class="claim quotation"><td>{value_html(quotation.speaker, ids)}</td>'
            f"<td>\u201c{esc(quotation.text)}\u201d</td>{cells}</tr>"
        )
    return (
        f'<table class="quotations"><thead><tr><th>speaker</th><th>quotation</th>{_CLAIM_HEAD}'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _text_html(document: Document, ids: Ids) -> str:
    prefix = ids.document[document.iri]
    tags: list[Tag] = []
    for start, end, iri in document.sentences:
        if ids.sentence.get(iri) == f"{prefix}-s{start}-{end}":
            tags.append(
                Tag(
                    start,
                    end,
                    RANK["s"],
                    f'<span class="s" id="{prefix}-s{start}-{end}">',
                    "</span>",
                    '<span class="s" data-cont="1">',
                )
            )
    for span in document.spans:
        kind = "q" if span.kind == "quote" else "t"
        title = "quotation" if kind == "q" else "event or post"
        tags.append(
            Tag(
                span.start,
                span.end,
                RANK[kind],
                f'<span class="{kind}" title="{title}">',
                "</span>",
                f'<span class="{kind}" data-cont="1">',
            )
        )
    for mention in document.mentions:
        names = [ids.entities[e] for e in mention.entities if e in ids.entities]
        title = "; ".join(entity_name(n) for n in names)
        entity_ids = " ".join(ids.entity[e] for e in mention.entities if e in ids.entity)
        css = f"m c-{mention.entity_class}"
        tags.append(
            Tag(
                mention.start,
                mention.end,
                RANK["m"],
                f'<mark class="{css}" data-b="{mention.start}" data-e="{mention.end}" '
                f'data-entity="{entity_ids}" title="{esc(title)}">',
                "</mark>",
                f'<mark class="{css}" data-cont="1" data-entity="{entity_ids}" '
                f'title="{esc(title)}">',
            )
        )
    return nest(document.text, tags)


def _document_html(document: Document, ids: Ids) -> str:
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
        f"<dt>{name}</dt><dd>{esc(value) if value else '<span class=muted>not stated</span>'}</dd>"
        for name, value in meta
    )
    meta_html += f"<dt>IRI</dt><dd><code>{esc(document.iri)}</code></dd>"
    headline = esc(document.headline) if document.headline else "<i>no headline</i>"
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


def _entity_row(entity: Entity, report: Report, ids: Ids) -> str:
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
        f"<li>{subject_html(claim.subject, ids)} {esc(claim.predicate_label)} "
        f"{value_html(claim.value, ids)} "
        f"<span class=muted>({len(sources[key])} doc.)</span></li>"
        for key, claim in first.items()
    ]
    same_as = "".join(f"<br><code>{esc(s)}</code>" for s in entity.same_as)
    return (
        f'<tr class="entity" id="{entity_id}" data-docs="{docs}">'
        f"<td>{esc(entity.label)}</td>"
        f'<td><span class="key">{legend_swatch(entity.entity_class)}'
        f"{esc(CLASS_NAMES.get(entity.entity_class, 'Other'))}</span></td>"
        f"<td>{esc('; '.join(entity.other_names))}</td>"
        f'<td class="num">{entity.mentions}</td><td class="num">{len(entity.documents)}</td>'
        f"<td>{doc_links}</td>"
        f"<td>{'<ul>' + ''.join(facts) + '</ul>' if facts else ''}</td>"
        f'<td><div class="iri"><code>{esc(entity.iri)}</code>'
        f'<button type="button" class="copy" data-iri="{esc(entity.iri)}" '
        f'title="copy the IRI">copy</button></div>{same_as}</td></tr>'
    )


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
        f"<tr><td>{esc(r.severity)}</td><td><code>{esc(r.focus)}</code></td>"
        f"<td><code>{esc(r.path)}</code></td><td>{esc(r.message)}</td></tr>"
        for r in validation.results
    )
    table = (
        f"<table><thead><tr><th>severity</th><th>focus node</th><th>path</th><th>message</th>"
        f"</tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else ""
    )
    note = f' <span class="muted">({esc(validation.note)})</span>' if validation.note else ""
    return (
        f'<section id="validation"><h2>Validation</h2><p id="validation-result">The graph '
        f"{verdict}{f': {len(validation.results)} results' if validation.results else ''}."
        f"{note}</p>{table}</section>"
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
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
        f'<header class="top"><h1>{esc(title)}</h1>{filters}</header><main>{body}</main>'
        f"<script>{JS}</script></body></html>\n"
    )


def _filters(report: Report, ids: Ids) -> str:
    documents = "" if ids.pages else '<a href="#documents">Documents</a>'
    options = "".join(
        f'<option value="{ids.document[d.iri]}">{ids.document[d.iri]}: '
        f"{esc(_short_text(d.headline or d.iri, 80))}</option>"
        for d in report.documents
    )
    names = "".join(
        f'<option value="{esc(entity_name(e))}" data-id="{ids.entity[e.iri]}"></option>'
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


def _document_list(report: Report, ids: Ids) -> str:
    rows = "".join(
        f'<tr class="doc-row" id="{ids.document[d.iri]}" data-entities="'
        f'{" ".join(sorted({ids.entity[e] for m in d.mentions for e in m.entities}))}">'
        f'<td><a href="{ids.document_href(d.iri)}">{ids.document[d.iri]}</a></td>'
        f"<td>{esc(d.headline or '')}</td><td>{esc(d.date or '')}</td>"
        f"<td>{esc(', '.join(d.publishers))}</td>"
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


def _index_body(report: Report, ids: Ids, max_nodes: int) -> str:
    svg, svg_note = svg_picture(report, ids, max_nodes)
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
        f"{' Made by ' + esc(agents) + '.' if agents else ''}</p>"
        f"{legend()}"
        f'<section id="graph"><h2>Graph</h2><p class="muted">{esc(svg_note)}</p>'
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
    ids = Ids(report)
    return _page(title, _index_body(report, ids, max_nodes), _filters(report, ids))


def render_pages(
    report: Report, title: str = "kg report", max_nodes: int = DEFAULT_MAX_NODES
) -> dict[str, str]:
    """The report as `index.html` (picture, validation, list of documents, entity index)
    and one page per document (`d0.html`, ...), for corpora too large for one page."""
    ids = Ids(report, pages=True)
    pages = {"index.html": _page(title, _index_body(report, ids, max_nodes), _filters(report, ids))}
    for document in report.documents:
        doc_id = ids.document[document.iri]
        back = '<nav><a href="index.html">index</a></nav>'
        pages[f"{doc_id}.html"] = _page(
            f"{title}: {document.headline or doc_id}",
            f"{legend()}{_document_html(document, ids)}",
            back,
        )
    return pages


def _short_text(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
