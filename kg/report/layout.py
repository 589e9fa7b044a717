"""A deterministic layout of the entity graph: same nodes and edges, same picture.

Each connected component is laid out by Fruchterman-Reingold (numpy, a fixed number of steps,
starting from a golden-angle spiral in the nodes' sorted order: no randomness), then the
components are packed in rows, largest first, and the entities without facts go in a grid
below. Coordinates are rounded, so floating-point noise never changes the SVG.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

IDEAL = 120.0  # ideal edge length, px
MARGIN = 90.0  # room for labels around a component
GRID_X = 150.0  # spacing of the unconnected entities
GRID_Y = 46.0
MIN_WIDTH = 1300.0


@dataclass(frozen=True)
class Layout:
    positions: dict[str, tuple[float, float]]
    width: float
    height: float


def components(nodes: Sequence[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components (undirected), each sorted, in order of their first node."""
    neighbours: dict[str, set[str]] = {node: set() for node in nodes}
    for source, target in edges:
        if source in neighbours and target in neighbours and source != target:
            neighbours[source].add(target)
            neighbours[target].add(source)
    seen: set[str] = set()
    found = []
    for node in sorted(nodes):
        if node in seen:
            continue
        stack, part = [node], []
        seen.add(node)
        while stack:
            current = stack.pop()
            part.append(current)
            for other in sorted(neighbours[current]):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        found.append(sorted(part))
    return found


def force_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], steps: int = 250
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions of one component (top-left corner at 0, 0)."""
    order = sorted(nodes)
    count = len(order)
    if count == 1:
        return {order[0]: (0.0, 0.0)}
    where = {node: i for i, node in enumerate(order)}
    pairs = sorted(
        {
            (min(where[s], where[t]), max(where[s], where[t]))
            for s, t in edges
            if s in where and t in where and s != t
        }
    )
    i = np.arange(count, dtype=np.float64)
    radius = IDEAL * 0.6 * np.sqrt(i + 0.5)
    angle = i * 2.399963229728653  # the golden angle
    pos = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    source = np.array([p[0] for p in pairs], dtype=np.int64)
    target = np.array([p[1] for p in pairs], dtype=np.int64)
    k = IDEAL
    start_temperature = k * max(1.0, math.sqrt(count)) * 0.5
    for step in range(steps):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.sqrt((delta**2).sum(axis=2))
        np.fill_diagonal(distance, 1.0)
        distance = np.maximum(distance, 0.01)
        repulsion = (k * k / distance**2)[:, :, None] * delta
        np.einsum("iij->ij", repulsion)[:] = 0.0
        move = repulsion.sum(axis=1)
        if len(pairs):
            d = pos[source] - pos[target]
            length = np.maximum(np.sqrt((d**2).sum(axis=1)), 0.01)
            pull = (length / k)[:, None] * d
            np.add.at(move, source, -pull)
            np.add.at(move, target, pull)
        move -= 0.02 * (pos - pos.mean(axis=0))  # gravity keeps loose parts near
        temperature = start_temperature * (1.0 - step / steps) + 1.0
        size = np.maximum(np.sqrt((move**2).sum(axis=1)), 0.01)
        pos += move / size[:, None] * np.minimum(size, temperature)[:, None]
    pos -= pos.min(axis=0)
    return {
        node: (round(float(x), 1), round(float(y), 1))
        for node, (x, y) in zip(order, pos, strict=True)
    }


def layout(nodes: Sequence[str], edges: Sequence[tuple[str, str]]) -> Layout:
    """Positions of every node: connected components packed in rows, then the rest in a grid."""
    parts = components(nodes, edges)
    connected = sorted((p for p in parts if len(p) > 1), key=lambda p: (-len(p), p[0]))
    alone = sorted(p[0] for p in parts if len(p) == 1)
    placed = [force_layout(part, edges) for part in connected]
    sizes = [(max(x for x, _ in pos.values()), max(y for _, y in pos.values())) for pos in placed]
    width = max([MIN_WIDTH] + [w + 2 * MARGIN for w, _ in sizes])
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, (w, h) in zip(placed, sizes, strict=True):
        if x > 0 and x + w + 2 * MARGIN > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in pos.items():
            positions[node] = (round(x + MARGIN + px, 1), round(y + MARGIN + py, 1))
        x += w + 2 * MARGIN
        row_height = max(row_height, h + 2 * MARGIN)
    y += row_height
    columns = max(1, int((width - 2 * MARGIN) // GRID_X) + 1)
    for index, node in enumerate(alone):
        row, column = divmod(index, columns)
        positions[node] = (MARGIN + column * GRID_X, round(y + MARGIN * 0.6 + row * GRID_Y, 1))
    if alone:
        y += MARGIN * 0.6 + ((len(alone) - 1) // columns) * GRID_Y + MARGIN * 0.6
    return Layout(positions, round(width, 1), round(max(y, 2 * MARGIN), 1))
