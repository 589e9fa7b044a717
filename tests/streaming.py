"""Helpers for the streaming tests of kg push and kg load: a file of many graphs, and a count
of the quads each parsing pass has read so far."""

from __future__ import annotations

from pathlib import Path

import kg.stores.updates


def write_many_graphs(path: Path, graph_prefix: str, graphs: int = 20, per_graph: int = 50) -> Path:
    path.write_text(
        "".join(
            f'<http://kg.test/s{i}> <http://kg.test/p> "v{i}" <{graph_prefix}{graph}> .\n'
            for graph in range(graphs)
            for i in range(per_graph)
        ),
        "utf-8",
    )
    return path


def count_parsed_quads(monkeypatch) -> list[list[int]]:
    """One counter per parsing pass of kg.stores.updates, updated as quads are read."""
    passes: list[list[int]] = []
    parse = kg.stores.updates._parse

    def counting(*args, **kwargs):
        read = [0]
        passes.append(read)
        for quad in parse(*args, **kwargs):
            read[0] += 1
            yield quad

    monkeypatch.setattr(kg.stores.updates, "_parse", counting)
    return passes
