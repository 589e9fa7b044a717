"""One reader for every RDF read (validate, query --data, load, push, shapes): it never makes a
network request, refuses IRIs that are not IRIs, and names file, line and column on errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fixtures_servers import HtmlServer
from typer.testing import CliRunner

from kg.cli.main import app

EXAMPLE = Path(__file__).parent / "data" / "example.trig"
COMMANDS = ["validate", "query", "load", "push"]


def _invoke(command: str, path: Path, tmp_path: Path, endpoint: str) -> tuple[int, str, str]:
    args = {
        "validate": ["validate", str(path)],
        "query": ["query", "entities", "--data", str(path)],
        "load": ["load", str(path), "--store", str(tmp_path / "store")],
        "push": ["push", str(path), "--endpoint", endpoint],
    }[command]
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


def _check_refused(command: str, code: int, stdout: str, stderr: str, line: str) -> None:
    """Exit 2, the one error line on stderr; stdout empty but for load's and push's summary."""
    assert (code, stderr) == (2, f"kg: error: {line}\n")
    if command in ("load", "push"):
        assert re.fullmatch(r"(loaded|pushed) 0 documents, 0 triples \(0 graphs\) to .*\n", stdout)
    else:
        assert stdout == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_a_remote_jsonld_context_is_never_fetched(
    command: str, html_server: HtmlServer, tmp_path: Path
) -> None:
    path = tmp_path / "remote.jsonld"
    document = {
        "@context": f"{html_server.url}/context.jsonld",
        "@id": "https://w3id.org/kg-news/id/doc/0123456789abcdef",
        "headline": "x",
    }
    path.write_text(json.dumps(document), "utf-8")
    code, stdout, stderr = _invoke(command, path, tmp_path, f"{html_server.url}/sparql")
    assert html_server.requests == []  # nothing left the process
    line = (
        f"{path}: the JSON-LD @context is a remote document, and kg never fetches one; "
        "put the context in the file"
    )
    _check_refused(command, code, stdout, stderr, line)


@pytest.mark.parametrize(
    ("name", "text", "rdf_format"),
    [
        ("space.ttl", "<http://kg.test/a> <http://kg.test/p> <http://kg.test/b c> .\n", "turtle"),
        (
            "space.trig",
            "<http://kg.test/g> {\n<http://kg.test/a> <http://kg.test/p> <http://kg.test/b c> .\n}\n",
            "trig",
        ),
    ],
)
@pytest.mark.parametrize("command", COMMANDS)
def test_an_iri_with_a_space_is_refused_by_every_command_alike(
    command: str, name: str, text: str, rdf_format: str, html_server: HtmlServer, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    code, stdout, stderr = _invoke(command, path, tmp_path, f"{html_server.url}/sparql")
    line_number = 1 if rdf_format == "turtle" else 2
    line = f"{path}:{line_number}:39: cannot parse as {rdf_format}: Invalid IRI code point ' '"
    _check_refused(command, code, stdout, stderr, line)
    assert html_server.requests == []


@pytest.mark.parametrize(
    ("suffix", "bad_line", "column", "reason"),
    [
        (".ttl", '<http://kg.test/s> <http://kg.test/p> "open .', 39, "end of file"),
        (".nt", "<http://kg.test/s> <http://kg.test/p> broken .", 39, ""),
        (".trig", "<http://kg.test/s> <http://kg.test/p> ; .", 39, ""),
        (".nq", '<http://kg.test/s> <http://kg.test/p> "x" "g" .', 43, ""),
    ],
)
@pytest.mark.parametrize("command", ["validate", "query", "load"])
def test_a_parse_error_names_the_file_line_column_and_reason(
    command: str, suffix: str, bad_line: str, column: int, reason: str, tmp_path: Path
) -> None:
    good = "".join(f'<http://kg.test/s{i}> <http://kg.test/p> "v{i}" .\n' for i in range(1726))
    path = tmp_path / f"big{suffix}"
    path.write_text(good + bad_line + "\n", "utf-8")
    code, stdout, stderr = _invoke(command, path, tmp_path, "http://127.0.0.1:9/sparql")
    fmt = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads"}[suffix]
    match = re.fullmatch(
        rf"kg: error: {re.escape(str(path))}:1727:{column}: cannot parse as {fmt}: (.+)\n", stderr
    )
    assert match, stderr
    assert reason in match.group(1) and "<>" not in match.group(1)
    _check_refused(command, code, stdout, stderr, stderr[len("kg: error: ") : -1])


def test_a_json_parse_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonld"
    path.write_text('{"@id": "http://kg.test/a",\n "http://kg.test/p": [1, }\n', "utf-8")
    code, stdout, stderr = _invoke("validate", path, tmp_path, "")
    assert re.fullmatch(
        rf"kg: error: {re.escape(str(path))}:2:\d+: cannot parse as json-ld: .+\n", stderr
    )
    assert (code, stdout) == (2, "")


def test_a_shapes_parse_error_names_the_shapes_file_and_line(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "bad.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\nsh:x sh:y", "utf-8"
    )
    result = CliRunner().invoke(app, ["validate", str(EXAMPLE), "--shapes", str(shapes)])
    assert result.exit_code == 2 and result.stdout == ""
    assert re.fullmatch(
        rf"kg: error: {re.escape(str(shapes / 'bad.ttl'))}:3:\d+: cannot read SHACL shapes: .+\n",
        result.stderr,
    )
