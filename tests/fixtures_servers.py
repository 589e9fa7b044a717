"""Real SPARQL servers for the store tests: Oxigraph started here, Virtuoso started by CI.

Oxigraph: `oxigraph serve` from the `oxigraph` PyPI package on a free loopback port in a temp
directory, once per session (`oxigraph_server`); `oxigraph` gives each test an empty store.

Virtuoso: started by .ci/virtuoso.sh. Conventions (same env vars as the script):
KG_VIRTUOSO_PORT (8890) on 127.0.0.1, KG_VIRTUOSO_PASSWORD (kg-virtuoso-dba) for user dba at
/sparql-auth (digest). Not running: skipped locally, a failure in CI (CI=true).
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = [
    "HtmlServer",
    "OxigraphServer",
    "VirtuosoServer",
    "free_port",
    "html_server",
    "oxigraph",
    "oxigraph_server",
    "start_oxigraph",
    "virtuoso",
    "virtuoso_server",
]

KG_GRAPH_PREFIXES = ("https://w3id.org/kg-news/", "file:", "http://kg.test/")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _post(url: str, field: str, text: str, timeout: float = 30.0, auth=None) -> bytes:
    data = urllib.parse.urlencode({field: text}).encode("ascii")
    request = urllib.request.Request(url, data=data)
    request.add_header("Accept", "application/sparql-results+json")
    opener = urllib.request.build_opener(*(auth or []))
    with opener.open(request, timeout=timeout) as response:
        return response.read()


class _SparqlServer:
    query_url: str
    update_url: str

    def select(self, query: str) -> list[dict[str, str]]:
        """Rows of a SELECT, values as plain strings (a check independent of kg's code)."""
        body = json.loads(_post(self.query_url, "query", query))
        return [
            {name: value["value"] for name, value in row.items()}
            for row in body["results"]["bindings"]
        ]

    def update(self, text: str) -> None:
        _post(self.update_url, "update", text)

    def count(self, graph: str | None = None) -> int:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        if not graph:
            prefixes = " || ".join(f'STRSTARTS(STR(?g), "{p}")' for p in KG_GRAPH_PREFIXES)
            where += f" FILTER ({prefixes})"
        return int(self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"])

    def graphs(self) -> list[str]:
        prefixes = " || ".join(f'STRSTARTS(STR(?g), "{p}")' for p in KG_GRAPH_PREFIXES)
        rows = self.select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER ({prefixes}) }}"
        )
        return sorted(row["g"] for row in rows)

    def drop_kg_graphs(self) -> None:
        for graph in self.graphs():
            self.update(f"DROP SILENT GRAPH <{graph}>")


@dataclass
class OxigraphServer(_SparqlServer):
    location: Path
    port: int
    process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:  # type: ignore[override]
        return f"{self.base}/query"

    @property
    def update_url(self) -> str:  # type: ignore[override]
        return f"{self.base}/update"

    def answers(self) -> bool:
        try:
            _post(self.query_url, "query", "ASK {}", 2.0)
            return True
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def start(self, wait: float = 30.0) -> None:
        binary = shutil.which("oxigraph")
        if binary is None:
            pytest.fail("the `oxigraph` server is not installed (pip install oxigraph)")
        self.process = subprocess.Popen(
            [binary, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = (
                    self.process.stderr.read().decode("utf-8", "replace")
                    if self.process.stderr
                    else ""
                )
                pytest.fail(f"oxigraph serve exited with {self.process.returncode}: {error[-500:]}")
            if self.answers():
                return
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"oxigraph serve did not answer at {self.base} within {wait} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()
        self.process = None

    def clear(self) -> None:
        self.update("CLEAR ALL")


def start_oxigraph(location: Path, port: int | None = None) -> OxigraphServer:
    """Start an Oxigraph server (the caller stops it); used for restart tests too."""
    server = OxigraphServer(location=location, port=port or free_port())
    server.start()
    return server


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def oxigraph(oxigraph_server: OxigraphServer) -> OxigraphServer:
    """The session's Oxigraph server, emptied for this test."""
    oxigraph_server.clear()
    return oxigraph_server


@dataclass
class VirtuosoServer(_SparqlServer):
    port: int
    password: str
    user: str = "dba"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:  # type: ignore[override]
        return f"{self.base}/sparql"

    @property
    def update_url(self) -> str:  # type: ignore[override]
        return f"{self.base}/sparql"

    @property
    def auth_url(self) -> str:
        """Digest-protected endpoint (user dba)."""
        return f"{self.base}/sparql-auth"

    def answers(self) -> bool:
        try:
            _post(self.query_url, "query", "ASK {}", 5.0)
            return True
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False


@pytest.fixture(scope="session")
def virtuoso_server() -> VirtuosoServer:
    server = VirtuosoServer(
        port=int(os.environ.get("KG_VIRTUOSO_PORT", "8890")),
        password=os.environ.get("KG_VIRTUOSO_PASSWORD", "kg-virtuoso-dba"),
    )
    if not server.answers():
        message = f"Virtuoso is not answering at {server.query_url} (start it with .ci/virtuoso.sh)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return server


@pytest.fixture
def virtuoso(virtuoso_server: VirtuosoServer) -> Iterator[VirtuosoServer]:
    """Virtuoso with no kg test graphs before and after the test (its own graphs untouched)."""
    virtuoso_server.drop_kg_graphs()
    yield virtuoso_server
    virtuoso_server.drop_kg_graphs()


class _HtmlHandler(http.server.BaseHTTPRequestHandler):
    """Answers every GET and POST with `status` (200) and an HTML page, and records each
    request: method, path and the User-Agent, Authorization and Content-Type headers, body."""

    status = 200
    requests: list[dict[str, str]]

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode("utf-8", "replace")
        headers = {name: self.headers.get(name, "") for name in _RECORDED_HEADERS}
        self.requests.append({"method": self.command, "path": self.path, "body": body, **headers})
        page = b"<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>"
        self.send_response(self.status)
        if self.status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    do_GET = do_POST = _answer  # noqa: N815 - http.server's names

    def log_message(self, *args: object) -> None:
        pass


_RECORDED_HEADERS = ("User-Agent", "Authorization", "Content-Type")


@dataclass
class HtmlServer:
    """A local web server that is not a SPARQL endpoint; `requests` says if it was contacted,
    `handler.status` is the status it answers with."""

    url: str
    handler: type[_HtmlHandler]

    @property
    def requests(self) -> list[dict[str, str]]:
        return self.handler.requests


@pytest.fixture
def html_server() -> Iterator[HtmlServer]:
    handler = type("Handler", (_HtmlHandler,), {"requests": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield HtmlServer(f"http://127.0.0.1:{server.server_address[1]}", handler)
    finally:
        server.shutdown()
        server.server_close()
