"""The scale-out path: a real Dask cluster (local processes) gives the same graph as one
process. Texts written for the test."""

from __future__ import annotations

import json

import pytest
from rdflib.compare import to_isomorphic

from kg.distributed import extract_on_dask
from kg.extraction import ExtractOptions, extract

distributed = pytest.importorskip("distributed")


def test_dask_local_cluster_gives_the_same_graph(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1594425600")
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "text": f"Ada Lowe, the chief executive of Northwind Shipping, said on Monday "
                f"that the Oslo-based company would open office number {n} in Bergen.\n"
            }
        )
        for n in range(40)
    ]
    feed.write_text("\n".join(lines) + "\n")
    options = ExtractOptions(validate=False)
    alone = extract([str(feed)], options)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        spread = extract_on_dask([str(feed)], client, options)
        assert len(client.scheduler_info()["workers"]) == 2
    assert spread.summary.documents == alone.summary.documents == 40
    assert len(spread.dataset) == len(alone.dataset)
    for graph in alone.dataset.graphs():
        other = spread.dataset.graph(graph.identifier)
        assert to_isomorphic(graph) == to_isomorphic(other), graph.identifier
