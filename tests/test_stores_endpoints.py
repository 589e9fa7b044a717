"""Endpoint URLs and what answers at them: a web page is not an endpoint (nothing is pushed),
userinfo gives credentials and is never shown, a value that is not a URL is one clear line;
concurrent pushes leave the union."""

from __future__ import annotations

import base64
import threading
from pathlib import Path

import pytest
from fixtures_servers import HtmlServer, OxigraphServer, free_port
from typer.testing import CliRunner

from kg.cli.main import app
from kg.stores.endpoint import Endpoint
from kg.stores.push import push_files
from kg.stores.store import count_triples, load_files
from kg.stores.urls import redact

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example.trig"
EXTRA = DATA / "store_extra.trig"
NOT_SPARQL = "not a SPARQL endpoint: it answered a query with text/html, not SPARQL results"


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def test_push_to_a_web_page_that_answers_200_pushes_nothing(html_server: HtmlServer) -> None:
    url = f"{html_server.url}/sparql"
    result = CliRunner().invoke(app, ["push", str(EXAMPLE), "--endpoint", url])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"kg: error: {url}: {NOT_SPARQL}\n"
    assert len(html_server.requests) == 1  # the ASK query, and no update after it
    assert "ASK" in html_server.requests[0]["body"]
    assert "INSERT" not in html_server.requests[0]["body"]


def test_an_update_url_that_stores_nothing_is_reported(
    html_server: HtmlServer, oxigraph: OxigraphServer
) -> None:
    update = f"{html_server.url}/update"
    args = ["push", str(EXAMPLE), "--endpoint", oxigraph.query_url, "--update-endpoint", update]
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"kg: error: {update}: the updates were accepted but graph <")
    assert result.stderr.endswith(
        f"> is empty at {oxigraph.query_url}; is --update-endpoint a SPARQL update endpoint of the same store?\n"
    )
    assert len(result.stderr.splitlines()) == 1
    assert oxigraph.count() == 0


def test_an_update_url_given_as_the_query_url_is_named(oxigraph: OxigraphServer) -> None:
    result = CliRunner().invoke(app, ["push", str(EXAMPLE), "--endpoint", oxigraph.update_url])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(
        f"kg: error: {oxigraph.update_url}: does not answer SPARQL queries (HTTP 400: "
    )
    assert result.stderr.endswith(
        "); give the query URL as --endpoint and the update URL as --update-endpoint\n"
    )
    assert len(result.stderr.splitlines()) == 1 and oxigraph.count() == 0


def test_query_against_a_web_page_is_one_line(html_server: HtmlServer) -> None:
    url = f"{html_server.url}/sparql"
    result = CliRunner().invoke(app, ["query", "entities", "--endpoint", url])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"kg: error: {url}: {NOT_SPARQL}\n"


def test_a_password_in_the_url_is_sent_as_credentials_and_never_shown(
    html_server: HtmlServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_ENDPOINT_PASSWORD", raising=False)
    html_server.handler.status = 401
    port = html_server.url.rpartition(":")[2]
    url = f"http://kg:s3cret-pw@127.0.0.1:{port}/sparql"
    shown = f"http://kg:***@127.0.0.1:{port}/sparql"
    for command in (["push", str(EXAMPLE)], ["query", "entities"]):
        result = CliRunner().invoke(app, [*command, "--endpoint", url])
        assert (result.exit_code, result.stdout) == (3, "")
        assert result.stderr == (
            f"kg: error: {shown}: authentication failed (HTTP 401); "
            "check --user and KG_ENDPOINT_PASSWORD\n"
        )
    # the request went to 127.0.0.1 (no host-name lookup of "kg:s3cret-pw@127.0.0.1")
    assert [request["Authorization"] for request in html_server.requests] == [
        _basic("kg", "s3cret-pw")
    ] * 2
    # KG_ENDPOINT_PASSWORD and --user say otherwise
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "from-env")
    CliRunner().invoke(app, ["push", str(EXAMPLE), "--endpoint", url])
    CliRunner().invoke(app, ["push", str(EXAMPLE), "--endpoint", url, "--user", "other"])
    assert [request["Authorization"] for request in html_server.requests[2:]] == [
        _basic("kg", "from-env"),
        _basic("other", "from-env"),
    ]


def test_a_password_in_the_url_is_redacted_when_nothing_answers() -> None:
    port = free_port()
    url = f"http://kg:s3cret-pw@127.0.0.1:{port}/sparql"
    result = CliRunner().invoke(
        app,
        ["push", str(EXAMPLE), "--endpoint", url, "--timeout", "1"],
        env={"KG_ENDPOINT_PASSWORD": None},
    )
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr.startswith(
        f"kg: error: http://kg:***@127.0.0.1:{port}/sparql: cannot connect after 4 attempts ("
    )
    assert "s3cret" not in result.stderr and "Name or service" not in result.stderr


def test_push_and_query_with_userinfo_in_the_url_reach_the_server(
    oxigraph: OxigraphServer,
) -> None:
    def with_userinfo(url: str) -> str:
        return url.replace("http://", "http://kg:s3cret-pw@")

    update = with_userinfo(oxigraph.update_url)
    args = ["--endpoint", with_userinfo(oxigraph.query_url)]
    result = CliRunner().invoke(app, ["push", str(EXAMPLE), *args, "--update-endpoint", update])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith("pushed 1 documents, 101 triples (3 graphs) to http://kg:***@")
    assert "s3cret" not in result.stdout and oxigraph.count() == 101
    result = CliRunner().invoke(app, ["query", "ownership", *args, "-f", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[1].endswith(",Acme Corp,1")


def test_endpoint_takes_credentials_from_the_url() -> None:
    endpoint = Endpoint(url="https://a%40b:p%3Aw@example.org:8443/sparql?x=1")
    assert (endpoint.url, endpoint.update_url) == ("https://example.org:8443/sparql?x=1",) * 2
    assert (endpoint.user, endpoint.password) == ("a@b", "p:w")
    assert endpoint.shown_url == "https://a%40b:***@example.org:8443/sparql?x=1"
    assert "p:w" not in repr(endpoint) and "p%3Aw" not in repr(endpoint)
    given = Endpoint(url="http://u:p@h/q", user="me", password="mine")
    assert (given.user, given.password, given.url) == ("me", "mine", "http://h/q")
    assert redact("http://u:p@w@h/q") == "http://u:***@h/q"
    assert redact("not a url") == "not a url"


BAD_URLS = [
    "not a url",
    "localhost:7878/query",
    "ftp://example.org/sparql",
    "http://",
    "http://host:port/x",
    "http://u:pw@[::1/sparql",
]


@pytest.mark.parametrize("value", BAD_URLS)
@pytest.mark.parametrize(
    "option", ["push --endpoint", "push --update-endpoint", "query --endpoint"]
)
def test_a_value_that_is_not_an_endpoint_url_is_one_line(option: str, value: str) -> None:
    command, flag = option.split()
    args = ["push", str(EXAMPLE)] if command == "push" else ["query", "entities"]
    if flag == "--update-endpoint":
        args += ["--endpoint", "http://127.0.0.1:9/query"]
    result = CliRunner().invoke(app, [*args, flag, value])
    assert (result.exit_code, result.stdout) == (2, "")
    shown = redact(value)
    assert "pw" not in shown
    assert result.stderr == (
        f"kg: error: {shown!r} is not an endpoint URL: expected http:// or https://, a host and "
        "a path, such as http://localhost:7878/query\n"
    )


def test_concurrent_pushes_leave_the_union(oxigraph: OxigraphServer, tmp_path: Path) -> None:
    load_files([EXAMPLE, EXTRA], tmp_path / "reference")
    expected = count_triples(tmp_path / "reference")
    endpoint = Endpoint(url=oxigraph.query_url, update_url=oxigraph.update_url)
    errors: list[BaseException] = []

    def push(path: Path) -> None:
        try:
            for _ in range(3):
                push_files([path], endpoint, batch_size=7)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=push, args=(path,)) for path in (EXAMPLE, EXTRA, EXAMPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert oxigraph.count() == expected
