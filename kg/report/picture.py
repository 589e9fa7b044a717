"""The graph's picture: entities as nodes (shape and colour by class), facts as labelled
edges, laid out deterministically (kg/report/layout.py), drawn as inline SVG."""

from __future__ import annotations

import math

from kg.report.layout import layout
from kg.report.markup import (
    LABEL_CHARS,
    Ids,
    entity_name,
    esc,
)
from kg.report.model import CLASS_NAMES, Entity, Report

_SHAPES = {
    "person": '<circle class="shape" r="{r}"/>',
    "organization": '<rect class="shape" x="-{r}" y="-{r}" width="{d}" height="{d}"/>',
    "place": '<polygon class="shape" points="0,-{r1} {r1},0 0,{r1} -{r1},0"/>',
    "other": '<polygon class="shape" points="0,-{r} {r},{r} -{r},{r}"/>',
}


def _shape(entity_class: str, radius: float) -> str:
    template = _SHAPES.get(entity_class, _SHAPES["other"])
    return template.format(r=f"{radius:.1f}", d=f"{2 * radius:.1f}", r1=f"{radius * 1.3:.1f}")


def legend_swatch(entity_class: str) -> str:
    return (
        f'<svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" '
        f'class="graph c-{entity_class}" style="display:inline">'
        f'<g class="c-{entity_class}">{_shape(entity_class, 5.5)}</g></svg>'
    )


def _radius(entity: Entity) -> float:
    return min(18.0, 6.0 + 1.6 * math.sqrt(entity.mentions))


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "\u2026"


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


def svg_picture(report: Report, ids: Ids, max_nodes: int) -> tuple[str, str]:
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
            f'data-t="{ids.entity[edge.target]}"><title>{esc(label)}</title>'
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" '
            f'marker-end="url(#arrow)"/><text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 3:.1f}" '
            f'text-anchor="middle">{esc(label)}</text></g>'
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
            f'data-entity="{entity_id}" data-label="{esc(entity_name(entity))}" '
            f'data-docs="{docs}" data-nb="{nb}" transform="translate({x:.1f},{y:.1f})">'
            f"<title>{esc(entity_name(entity))}: {entity.mentions} mentions</title>"
            f"{_shape(entity.entity_class, radius)}"
            f'<text y="{radius + 13:.1f}" text-anchor="middle">{esc(_short(entity.label))}</text>'
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


def legend() -> str:
    keys = "".join(
        f'<span class="key"><mark class="m c-{c}">{name}</mark>{legend_swatch(c)}</span>'
        for c, name in (*CLASS_NAMES.items(), ("other", "Other"))
    )
    return (
        f'<div class="legend" id="legend"><b>Mentions:</b> {keys}'
        '<span class="key"><span class="q">quotation</span></span>'
        '<span class="key"><span class="t">event or post</span></span>'
        '<span class="muted">(each class has its own underline and node shape)</span></div>'
    )
