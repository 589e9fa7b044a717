"""kg push against a real Oxigraph server (and a tiny local HTTP server for auth and 5xx)."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures_servers import OxigraphServer, free_port, start_oxigraph
from rdflib import Dataset, Literal, URIRef
from streaming import count_parsed_quads, write_many_graphs
from typer.testing import CliRunner

from kg.cli.main import app
from kg.errors import AuthError, EndpointError, InputError
from kg.stores.endpoint import Endpoint
from kg.stores.push import push_files
from kg.stores.store import count_triples, load_files
from kg.stores.updates import drop_graph, insert_data

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example.trig"
EXTRA = DATA / "store_extra.trig"
NASTY = [
    'say "hi"',
    "back\\slash \\n not a newline, \\u0022 not a quote",
    "line one\nline two\r\nthree\ttab",
    "{ braces } and } ; { and <angle> and # hash",
    "Société Générale, Zürich, 東京, عربى, 🙂",
    '"} ; DROP ALL ; INSERT DATA {"',
    "'''triple single''' and \"\"\"triple double\"\"\"",
    "ends with a backslash \\",
]
NASTY_GRAPH = "https://w3id.org/kg-news/id/doc/nasty0000000000"


def _endpoint(server: OxigraphServer, **options: object) -> Endpoint:
    return Endpoint(url=server.query_url, update_url=server.update_url, **options)  # type: ignore[arg-type]


def _expected_count(tmp_path: Path, *paths: Path) -> int:
    load_files(paths, tmp_path / "reference-store")
    return count_triples(tmp_path / "reference-store")


def test_push_twice_gives_the_same_triples(oxigraph: OxigraphServer, tmp_path: Path) -> None:
    expected = _expected_count(tmp_path, EXAMPLE, EXTRA)
    first = push_files([EXAMPLE, EXTRA], _endpoint(oxigraph))
    assert (first.documents, first.graphs, first.failed) == (2, 5, ())
    assert oxigraph.count() == expected
    push_files([EXAMPLE, EXTRA], _endpoint(oxigraph), batch_size=7)
    assert oxigraph.count() == expected


def test_cli_push(oxigraph: OxigraphServer) -> None:
    args = ["push", str(EXAMPLE), "--endpoint", oxigraph.query_url]
    result = CliRunner().invoke(app, [*args, "--update-endpoint", oxigraph.update_url])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("pushed 1 documents, 101 triples (3 graphs)")
    assert result.stderr == ""
    assert oxigraph.count() == 101


def _nasty_file(tmp_path: Path) -> Path:
    dataset = Dataset()
    graph = dataset.graph(URIRef(NASTY_GRAPH))
    for index, text in enumerate(NASTY):
        graph.add(
            (URIRef(f"http://kg.test/s{index}"), URIRef("http://kg.test/text"), Literal(text))
        )
    graph.add(
        (URIRef("http://kg.test/s0"), URIRef("http://kg.test/fr"), Literal('"} ;', lang="fr"))
    )
    path = tmp_path / "nasty.trig"
    path.write_bytes(dataset.serialize(format="trig", encoding="utf-8"))
    return path


def test_literals_come_back_intact_and_nothing_else_changes(
    oxigraph: OxigraphServer, tmp_path: Path
) -> None:
    push_files([EXAMPLE], _endpoint(oxigraph))
    before = oxigraph.count()
    graphs = {graph: oxigraph.count(graph) for graph in oxigraph.graphs()}
    summary = push_files([_nasty_file(tmp_path)], _endpoint(oxigraph), batch_size=3)
    assert summary.triples == len(NASTY) + 1
    assert oxigraph.count() == before + len(NASTY) + 1
    assert {graph: oxigraph.count(graph) for graph in graphs} == graphs
    rows = oxigraph.select(
        f"SELECT ?s ?o WHERE {{ GRAPH <{NASTY_GRAPH}> {{ ?s <http://kg.test/text> ?o }} }}"
    )
    got = {row["s"]: row["o"] for row in rows}
    assert got == {f"http://kg.test/s{i}": text for i, text in enumerate(NASTY)}
    # and again: replaced, not duplicated
    push_files([_nasty_file(tmp_path)], _endpoint(oxigraph))
    assert oxigraph.count() == before + len(NASTY) + 1


def test_an_iri_that_cannot_be_written_safely_sends_nothing(
    oxigraph: OxigraphServer, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://kg.test/a}DROP{> <http://kg.test/p> "x" .\n', "utf-8")
    push_files([EXAMPLE], _endpoint(oxigraph))
    summary = push_files([bad], _endpoint(oxigraph))
    assert summary.failed == (f"{bad}:1:1: cannot parse as nt: Invalid IRI code point '}}'",)
    assert oxigraph.count() == 101


def test_updates_refuse_iris_that_would_break_out() -> None:
    evil = URIRef(
        'http://kg.test/g> { <http://kg.test/a> <http://kg.test/b> "c" } } ; DROP ALL ; #'
    )
    with pytest.raises(InputError, match="safely"):
        insert_data(evil, [(URIRef("http://kg.test/a"), URIRef("http://kg.test/p"), Literal("x"))])
    with pytest.raises(InputError, match="safely"):
        drop_graph(evil)


def test_closed_port_is_a_clear_error_with_exit_3() -> None:
    url = f"http://127.0.0.1:{free_port()}/update"
    started = time.monotonic()
    result = CliRunner().invoke(app, ["push", str(EXAMPLE), "--endpoint", url, "--timeout", "2"])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"kg: error: {url}: cannot connect after 4 attempts")
    assert result.stdout == ""
    assert time.monotonic() - started < 15


def test_server_stopped_during_a_push_then_a_later_push_completes(tmp_path: Path) -> None:
    big = tmp_path / "big.nt"
    big.write_text(
        "".join(f'<http://kg.test/s{i}> <http://kg.test/p> "value {i}" .\n' for i in range(3000)),
        "utf-8",
    )
    server = start_oxigraph(tmp_path / "db")
    try:
        endpoint = _endpoint(server, attempts=2, backoff=0.01, timeout=5)
        errors: list[Exception] = []

        def push() -> None:
            try:
                push_files([EXAMPLE, big], endpoint, batch_size=5)
            except EndpointError as error:
                errors.append(error)

        thread = threading.Thread(target=push)
        thread.start()
        deadline = time.monotonic() + 20
        while server.count() < 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        server.stop()
        thread.join(timeout=60)
        assert not thread.is_alive()
        assert len(errors) == 1 and server.update_url in str(errors[0])
        assert errors[0].exit_code == 3

        server.start()
        partial = server.count()
        assert 0 < partial < 101 + 3000
        summary = push_files([EXAMPLE, big], endpoint, batch_size=500)
        assert summary.triples == 101 + 3000
        assert server.count() == 101 + 3000
    finally:
        server.stop()


class _Recorder(http.server.BaseHTTPRequestHandler):
    status = 401
    challenge = 'Basic realm="kg"'
    requests: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        type(self).requests.append(self.headers.get("Authorization") or "")
        self.send_response(self.status)
        if self.status == 401:
            self.send_header("WWW-Authenticate", self.challenge)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "4")
        self.end_headers()
        self.wfile.write(b"nope")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Handler", (_Recorder,), {"requests": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", handler
    finally:
        server.shutdown()
        server.server_close()


def test_wrong_basic_credentials_fail_at_once(recorder, monkeypatch) -> None:
    url, handler = recorder
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-pw")
    result = CliRunner().invoke(app, ["push", str(EXAMPLE), "--endpoint", url, "--user", "kg"])
    assert result.exit_code == 3
    assert result.stderr == (
        f"kg: error: {url}: authentication failed (HTTP 401); "
        "check --user and KG_ENDPOINT_PASSWORD\n"
    )
    assert "s3cret-pw" not in result.stdout + result.stderr
    assert len(handler.requests) == 1 and handler.requests[0].startswith("Basic ")


def test_wrong_digest_credentials_send_them_once(recorder) -> None:
    url, handler = recorder
    handler.challenge = 'Digest realm="SPARQL", nonce="abc123", qop="auth", algorithm="MD5"'
    endpoint = Endpoint(url=url, user="kg", password="wrong", auth="digest", backoff=0.01)
    with pytest.raises(AuthError, match="HTTP 401"):
        push_files([EXAMPLE], endpoint)
    assert len(handler.requests) == 2  # the challenge, then one answer: no retry storm
    assert handler.requests[0] == "" and handler.requests[1].startswith("Digest ")


@pytest.mark.parametrize(("status", "requests"), [(403, 1), (400, 1), (404, 1), (503, 3), (500, 3)])
def test_status_codes_retry_only_server_errors(recorder, status: int, requests: int) -> None:
    url, handler = recorder
    handler.status = status
    endpoint = Endpoint(url=url, attempts=3, backoff=0.01)
    with pytest.raises(EndpointError, match=f"HTTP {status}") as caught:
        push_files([EXAMPLE], endpoint)
    assert url in str(caught.value)
    assert isinstance(caught.value, AuthError) == (status == 403)
    assert len(handler.requests) == requests


def test_user_without_password_and_no_terminal_is_exit_2(recorder, monkeypatch) -> None:
    url, handler = recorder
    monkeypatch.delenv("KG_ENDPOINT_PASSWORD", raising=False)
    result = CliRunner().invoke(app, ["push", str(EXAMPLE), "--endpoint", url, "--user", "kg"])
    assert result.exit_code == 2
    assert "KG_ENDPOINT_PASSWORD" in result.stderr
    assert handler.requests == []


SPLIT_DOC = "https://w3id.org/kg-news/id/doc/split00000000000"
SPLIT_ENTITIES = "https://w3id.org/kg-news/id/graph/entities"


def _split_file(tmp_path: Path, marker: str = "one") -> Path:
    """A document graph in two runs, another graph between them, blank nodes in both runs."""
    doc, other = f"<{SPLIT_DOC}>", f"<{SPLIT_ENTITIES}>"
    lines = [f'<http://kg.test/a> <http://kg.test/p> "{marker} {i}" {doc} .' for i in range(12)]
    lines.append(f"<http://kg.test/a> <http://kg.test/knows> _:x {doc} .")
    lines += [f'<http://kg.test/e{i}> <http://kg.test/label> "e{i}" {other} .' for i in range(5)]
    lines += [f'<http://kg.test/b> <http://kg.test/p> "{marker} {i}" {doc} .' for i in range(12)]
    lines.append(f'_:x <http://kg.test/name> "x" {doc} .')
    path = tmp_path / "split.nq"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_a_graph_in_several_runs_of_one_file_keeps_all_its_triples(
    oxigraph: OxigraphServer, tmp_path: Path
) -> None:
    path = _split_file(tmp_path)
    for batch_size in (5, 500, 5):  # a run of one graph may span several batches, or one
        summary = push_files([path], _endpoint(oxigraph), batch_size=batch_size)
        assert (summary.documents, summary.graphs, summary.triples) == (1, 2, 31)
        assert oxigraph.count(SPLIT_DOC) == 26 and oxigraph.count(SPLIT_ENTITIES) == 5
    # the blank node is one node: both its triples were sent in one request
    rows = oxigraph.select(
        f"SELECT ?name WHERE {{ GRAPH <{SPLIT_DOC}> {{ <http://kg.test/a> ?k ?x . ?x ?n ?name }} }}"
    )
    assert rows == [{"name": "x"}]
    # pushed again with other values: the document graph is replaced, across both runs
    push_files([_split_file(tmp_path, "two")], _endpoint(oxigraph))
    values = oxigraph.select(
        f"SELECT ?o WHERE {{ GRAPH <{SPLIT_DOC}> {{ ?s <http://kg.test/p> ?o }} }}"
    )
    assert len(values) == 24 and all(row["o"].startswith("two ") for row in values)
    assert oxigraph.count() == 31
    assert oxigraph.count() == _expected_count(tmp_path, path)


@pytest.mark.parametrize(
    "tail",
    [
        "<http://kg.test/s> <http://kg.test/p> broken .",
        '<http://kg.test/a}DROP{> <http://kg.test/p> "x" .',
        "<http://kg.test/s> <http://kg.test/p> <<( <http://kg.test/s> <http://kg.test/p> "
        "<http://kg.test/o> )>> .",
    ],
)
def test_a_file_malformed_at_its_end_sends_nothing(recorder, tmp_path: Path, tail: str) -> None:
    url, handler = recorder
    handler.status = 200
    bad = tmp_path / "bad.nt"
    good = "".join(f'<http://kg.test/s{i}> <http://kg.test/p> "v{i}" .\n' for i in range(2000))
    bad.write_text(good + tail + "\n", "utf-8")
    summary = push_files([bad], Endpoint(url=url), batch_size=10)
    assert len(summary.failed) == 1 and str(bad) in summary.failed[0]
    assert handler.requests == []  # not one request: the whole file is checked first
    assert summary.triples == 0


def test_push_reads_the_file_as_it_sends(monkeypatch, tmp_path: Path) -> None:
    """Memory is bounded by a batch, not by the file: whenever a request is made, the sending
    pass has read at most one quad more than the requests so far hold."""
    import kg.stores.updates

    path = write_many_graphs(tmp_path / "many.nq", NASTY_GRAPH)
    passes = count_parsed_quads(monkeypatch)
    sent = 0
    for request in kg.stores.updates.file_updates(path, batch_size=20):
        assert len(passes) == 2 and passes[0] == [1000]  # the check read it all first
        sent += request.triples
        assert passes[1][0] <= sent + 1
    assert sent == 1000
