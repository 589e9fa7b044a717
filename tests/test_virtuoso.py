"""Virtuoso 7 (started by .ci/virtuoso.sh): push, re-push, batches, digest auth, queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_servers import VirtuosoServer
from rdflib import Dataset, Literal, URIRef
from typer.testing import CliRunner

from kg.cli.main import app
from kg.errors import AuthError
from kg.stores.endpoint import Endpoint
from kg.stores.push import DEFAULT_BATCH_SIZE, push_files
from kg.stores.query import run_query, stored_queries
from kg.stores.store import count_triples, load_files

pytestmark = pytest.mark.virtuoso

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example.trig"
EXTRA = DATA / "store_extra.trig"
BIG_GRAPH = "https://w3id.org/kg-news/id/doc/big0000000000000"


def _digest(server: VirtuosoServer, password: str | None = None) -> Endpoint:
    return Endpoint(
        url=server.auth_url,
        user=server.user,
        password=server.password if password is None else password,
        auth="digest",
        backoff=0.01,
    )


def test_push_twice_with_digest_auth_gives_the_same_triples(
    virtuoso: VirtuosoServer, tmp_path: Path
) -> None:
    summary = push_files([EXAMPLE, EXTRA], _digest(virtuoso))
    assert summary.documents == 2
    load_files([EXAMPLE, EXTRA], tmp_path / "store")
    count = virtuoso.count()
    assert count == count_triples(tmp_path / "store")  # entities in both files are merged
    push_files([EXAMPLE, EXTRA], _digest(virtuoso))
    assert virtuoso.count() == count


def test_every_stored_query_matches_the_files(virtuoso: VirtuosoServer) -> None:
    push_files([EXAMPLE, EXTRA], _digest(virtuoso))
    for name, _ in stored_queries():
        from_files = run_query(name, data=[EXAMPLE, EXTRA])
        from_virtuoso = run_query(name, endpoint=Endpoint(url=virtuoso.query_url))
        assert from_virtuoso == from_files, name


def test_a_graph_that_needs_several_batches(virtuoso: VirtuosoServer, tmp_path: Path) -> None:
    dataset = Dataset()
    graph = dataset.graph(URIRef(BIG_GRAPH))
    for i in range(5000):
        graph.add(
            (
                URIRef(f"http://kg.test/s{i // 10}"),
                URIRef(f"http://kg.test/p{i % 10}"),
                Literal(f'value {i} with "quotes" and é'),
            )
        )
    path = tmp_path / "big.trig"
    path.write_bytes(dataset.serialize(format="trig", encoding="utf-8"))
    assert 3 * DEFAULT_BATCH_SIZE < 5000
    summary = push_files([path], Endpoint(url=virtuoso.update_url))
    assert summary.triples == 5000
    assert virtuoso.count(BIG_GRAPH) == 5000
    push_files([path], Endpoint(url=virtuoso.update_url), batch_size=1000)
    assert virtuoso.count(BIG_GRAPH) == 5000


def test_literals_come_back_intact(virtuoso: VirtuosoServer, tmp_path: Path) -> None:
    from test_push import NASTY, NASTY_GRAPH, _nasty_file

    push_files([EXAMPLE], Endpoint(url=virtuoso.update_url))
    before = virtuoso.count()
    push_files([_nasty_file(tmp_path)], Endpoint(url=virtuoso.update_url), batch_size=3)
    assert virtuoso.count() == before + len(NASTY) + 1
    rows = virtuoso.select(
        f"SELECT ?s ?o WHERE {{ GRAPH <{NASTY_GRAPH}> {{ ?s <http://kg.test/text> ?o }} }}"
    )
    assert {row["s"]: row["o"] for row in rows} == {
        f"http://kg.test/s{i}": text for i, text in enumerate(NASTY)
    }


def test_wrong_digest_password_is_a_clear_error(virtuoso: VirtuosoServer) -> None:
    with pytest.raises(AuthError, match="authentication failed"):
        push_files([EXAMPLE], _digest(virtuoso, password="wrong"))
    assert virtuoso.count() == 0


def test_cli_push_and_query(virtuoso: VirtuosoServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", virtuoso.password)
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "push",
            str(EXAMPLE),
            "--endpoint",
            virtuoso.auth_url,
            "--user",
            "dba",
            "--auth",
            "digest",
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("pushed 1 documents, 101 triples")
    assert virtuoso.password not in result.stdout + result.stderr
    result = runner.invoke(
        app, ["query", "ownership", "--endpoint", virtuoso.query_url, "-f", "csv"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].endswith(",Acme Corp,1")
