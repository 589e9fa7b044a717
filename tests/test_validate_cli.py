"""`kg validate`: exit codes, stdout vs stderr, report formats and every input format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from typer.testing import CliRunner

from kg.cli.main import app
from kg.rdf.rdfio import read_rdf, serialise, write_atomic
from kg.vocab import KG

EXAMPLE = Path(__file__).parent / "data" / "example.trig"
DOC = URIRef("https://w3id.org/kg-news/id/doc/0123456789abcdef")
ENTITIES = URIRef("https://w3id.org/kg-news/id/graph/entities")
PROVENANCE = URIRef("https://w3id.org/kg-news/id/graph/provenance")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def graph_file(path: Path, graph: Graph) -> Path:
    write_atomic(path, graph.serialize(format="turtle", encoding="utf-8"))
    return path


@pytest.fixture
def invalid_ttl(tmp_path: Path) -> Path:
    """The example without the document's content hash."""
    union = Graph()
    for triple in read_rdf(EXAMPLE).triples((None, None, None)):
        union.add(triple)
    union.remove((DOC, KG.contentHash, None))
    return graph_file(tmp_path / "invalid.ttl", union)


def test_example_conforms(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Conforms: no SHACL violations.\n"
    assert result.stderr == ""


@pytest.mark.parametrize(
    "suffix, rdf_format",
    [
        (".ttl", "turtle"),
        (".trig", "trig"),
        (".nt", "nt"),
        (".nq", "nquads"),
        (".jsonld", "json-ld"),
    ],
)
def test_every_input_format(
    runner: CliRunner, tmp_path: Path, suffix: str, rdf_format: str
) -> None:
    path = tmp_path / f"example{suffix}"
    write_atomic(path, serialise(read_rdf(EXAMPLE), rdf_format))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Conforms")
    assert result.stderr == ""


def test_violations_exit_1_text(runner: CliRunner, invalid_ttl: Path) -> None:
    result = runner.invoke(app, ["validate", str(invalid_ttl)])
    assert result.exit_code == 1
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "Does not conform: 1 result on 1 node."
    assert lines[2] == f"<{DOC}>"
    assert lines[3].startswith("  - A schema:NewsArticle needs exactly one kg:contentHash")
    assert lines[4].strip() == "path: kg:contentHash  value: -  shape: kgsh:NewsArticle-contentHash"


def test_violations_json(runner: CliRunner, invalid_ttl: Path) -> None:
    result = runner.invoke(app, ["validate", str(invalid_ttl), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["conforms"] is False
    [violation] = report["violations"]
    assert violation["focus"] == str(DOC)
    assert violation["path"] == str(KG.contentHash)
    assert violation["severity"] == "Violation"
    assert violation["shape"] == "https://w3id.org/kg-news/shapes#NewsArticle-contentHash"
    assert "exactly one kg:contentHash" in violation["message"]


def test_violations_turtle(runner: CliRunner, invalid_ttl: Path) -> None:
    result = runner.invoke(app, ["validate", str(invalid_ttl), "-f", "turtle"])
    assert result.exit_code == 1
    results = Graph().parse(data=result.stdout, format="turtle")
    [report] = results.subjects(RDF.type, SH.ValidationReport)
    assert results.value(report, SH.conforms).toPython() is False
    [entry] = results.objects(report, SH.result)
    assert results.value(entry, SH.focusNode) == DOC
    assert results.value(entry, SH.resultPath) == KG.contentHash


def test_conforming_json_and_turtle(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"conforms": True, "violations": []}
    result = runner.invoke(app, ["validate", str(EXAMPLE), "--format", "turtle"])
    assert result.exit_code == 0
    results = Graph().parse(data=result.stdout, format="turtle")
    assert (None, SH.conforms, None) in results


def test_union_of_several_files(runner: CliRunner, tmp_path: Path) -> None:
    dataset = read_rdf(EXAMPLE)
    files = [
        graph_file(tmp_path / f"{name}.ttl", dataset.graph(iri))
        for name, iri in (("doc", DOC), ("entities", ENTITIES), ("provenance", PROVENANCE))
    ]
    result = runner.invoke(app, ["validate", *map(str, files)])
    assert result.exit_code == 0, result.output
    # the document alone: its mentions point to entities described elsewhere
    result = runner.invoke(app, ["validate", str(files[0])])
    assert result.exit_code == 1
    assert "kgsh:Mention-entity" in result.stdout


def test_malformed_rdf_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> this is not turtle .\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(EXAMPLE), str(bad)])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert re.fullmatch(
        rf"kg: error: {re.escape(str(bad))}:1:\d+: cannot parse as turtle: .+", lines[0]
    )


def test_missing_and_empty_files_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "missing.trig"
    result = runner.invoke(app, ["validate", str(missing)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"kg: error: {missing}: cannot read")
    empty = tmp_path / "empty.nt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["validate", str(empty)])
    assert result.exit_code == 2
    assert result.stderr == f"kg: error: {empty}: no RDF triples to validate\n"


def test_shapes_option(runner: CliRunner, tmp_path: Path, invalid_ttl: Path) -> None:
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "one.ttl").write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <http://schema.org/> .
<urn:x:shape> a sh:NodeShape ; sh:targetClass schema:NewsArticle ;
    sh:property [ sh:path schema:headline ; sh:minCount 2 ; sh:message "two headlines" ] .
""",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(invalid_ttl), "--shapes", str(shapes)])
    assert result.exit_code == 1
    assert "two headlines" in result.stdout
    assert "kg:contentHash" not in result.stdout


def test_bad_shapes_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(EXAMPLE), "--shapes", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "cannot read SHACL shapes" in result.stderr
    assert str(tmp_path / "none") in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["validate", str(EXAMPLE), "--shapes", str(empty)])
    assert result.exit_code == 2
    assert f"{empty}: no SHACL shapes found" in result.stderr
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(EXAMPLE), "--shapes", str(broken)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert re.fullmatch(
        rf"kg: error: {re.escape(str(broken / 'bad.ttl'))}:1:\d+: cannot read SHACL shapes: .+\n",
        result.stderr,
    )


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(EXAMPLE), "--format", "xml"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 2


def test_help_has_example(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert "kg validate out/news.trig" in result.stdout
