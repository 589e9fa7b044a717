"""`kg extract` through typer's CliRunner (exit code, stdout, stderr apart) and once as the
installed command. Texts written for the tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg.cli.main import app
from kg.vocab import NIF, SCHEMA

STORY = (
    "Harbour authority halts ferry service\n\n"
    "By Ines Alvarez\n\n"
    "The Port of Brinley suspended ferry crossings on Tuesday, the harbour master said.\n\n"
    "Maria Santos, the mayor of Brinley, said repairs at Northwind Shipping would take weeks.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_extract_turtle_with_exact_offsets(runner, story, tmp_path):
    out = tmp_path / "out.ttl"
    result = runner.invoke(app, ["extract", str(story), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "1 document, " in result.stderr and f"-> {out}" in result.stderr
    graph = Graph().parse(out)
    assert len(list(graph.subjects(RDF.type, SCHEMA.NewsArticle))) == 1
    context = next(graph.subjects(RDF.type, NIF.Context))
    text = str(graph.value(context, NIF.isString))
    assert text == STORY
    phrases = list(graph.subjects(RDF.type, NIF.Phrase))
    assert phrases
    for phrase in phrases:
        begin = int(graph.value(phrase, NIF.beginIndex))
        end = int(graph.value(phrase, NIF.endIndex))
        assert str(graph.value(phrase, NIF.anchorOf)) == text[begin:end]
        assert str(phrase).endswith(f"#char={begin},{end}")
    headline = next(graph.objects(None, SCHEMA.headline))
    assert str(headline) == "Harbour authority halts ferry service"
    assert str(next(graph.objects(None, SCHEMA.author))) == "Ines Alvarez"
    # the byline's author is metadata, not a person in the story
    anchors = {str(graph.value(p, NIF.anchorOf)) for p in phrases}
    assert "Ines Alvarez" not in anchors


def test_bad_inputs_named_others_processed_exit_2(runner, story, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out.nq"
    result = runner.invoke(app, ["extract", str(empty), str(story), str(binary), "-o", str(out)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 2
    assert str(empty) in errors[0] and "empty" in errors[0]
    assert str(binary) in errors[1] and "binary" in errors[1]
    dataset = Dataset(default_union=True)
    dataset.parse(out, format="nquads")
    assert len(list(dataset.subjects(RDF.type, SCHEMA.NewsArticle))) == 1


def test_failed_run_leaves_existing_output_untouched(runner, story, tmp_path):
    out = tmp_path / "out.ttl"
    out.write_text("previous output\n")
    result = runner.invoke(
        app, ["extract", str(story), "-o", str(out), "--model", "/no/such/model"]
    )
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "/no/such/model" in result.stderr and "not installed" in result.stderr
    assert out.read_text() == "previous output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl", "story.txt"]


def many_documents(tmp_path, count: int = 20):
    path = tmp_path / "feed.jsonl"
    names = ["Maria Santos", "Tomas Keane", "Ada Lowe", "Ravi Patel", "Lena Berg"]
    lines = []
    for n in range(count):
        text = (
            f"{names[n % 5]} joined Northwind Shipping in Oslo in {2000 + n}. "
            f"The company said its board approved the move on Monday, report {n}.\n"
        )
        lines.append(json.dumps({"text": text, "headline": f"Report {n}"}))
    path.write_text("\n".join(lines) + "\n")
    return path


def test_byte_identical_runs_and_workers(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1594425600")
    feed = many_documents(tmp_path)
    outputs = []
    for name, extra in (("a.nq", []), ("b.nq", []), ("c.nq", ["--workers", "2"])):
        out = tmp_path / name
        result = runner.invoke(app, ["extract", str(feed), "-o", str(out), "-q", *extra])
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""  # --quiet
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert b"2020-07-11T00:00:00+00:00" in outputs[0]  # run time from SOURCE_DATE_EPOCH
    ttl = []
    for name in ("a.ttl", "b.ttl"):
        runner.invoke(app, ["extract", str(feed), "-o", str(tmp_path / name), "-q"])
        ttl.append((tmp_path / name).read_bytes())
    assert ttl[0] == ttl[1]


def test_formats_and_named_graphs(runner, story, tmp_path):
    trig = tmp_path / "out.trig"
    assert runner.invoke(app, ["extract", str(story), "-o", str(trig)]).exit_code == 0
    dataset = Dataset(default_union=True)
    dataset.parse(trig, format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert any(n.endswith("/graph/entities") for n in names)
    assert any(n.endswith("/graph/provenance") for n in names)
    assert any("/doc/" in n for n in names)
    for suffix, fmt in ((".nt", "nt"), (".jsonld", "json-ld")):
        out = tmp_path / f"out{suffix}"
        assert runner.invoke(app, ["extract", str(story), "-o", str(out)]).exit_code == 0
        parsed = Dataset(default_union=True)
        parsed.parse(out, format=fmt)
        assert len(list(parsed.subjects(RDF.type, SCHEMA.NewsArticle))) == 1


def test_stdin_base_and_metadata_options(runner):
    result = runner.invoke(
        app,
        [
            "extract",
            "-",
            "-f",
            "turtle",
            "--base",
            "https://example.org/kb/",
            "--headline",
            "Given",
        ],
        input=STORY,
    )
    assert result.exit_code == 0, result.stderr
    graph = Graph().parse(data=result.stdout, format="turtle")
    article = next(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    assert str(article).startswith("https://example.org/kb/doc/")
    assert str(graph.value(article, SCHEMA.headline)) == "Given"


@pytest.mark.skipif(shutil.which("kg") is None, reason="kg is not installed as a command")
def test_installed_command(story, tmp_path):
    out = tmp_path / "out.ttl"
    completed = subprocess.run(
        ["kg", "extract", str(story), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == ""
    assert Graph().parse(out).value(predicate=RDF.type, object=SCHEMA.NewsArticle) is not None


def test_a_violation_exits_1_and_still_writes(runner, story, tmp_path, monkeypatch):
    """A shape the output cannot meet (added beside kg's own): the run reports the violation
    with the document's name, exits 1, and the output is still written."""
    import shutil as _shutil

    import kg.rdf.validate
    from kg.resources import shapes_dir

    strict = tmp_path / "shapes"
    _shutil.copytree(shapes_dir(), strict)
    (strict / "strict.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix schema: <http://schema.org/> .\n"
        "<urn:test:needs-genre> a sh:NodeShape ; sh:targetClass schema:NewsArticle ;\n"
        "  sh:property [ sh:path schema:genre ; sh:minCount 1 ;\n"
        '    sh:message "test shape: every article needs a genre" ] .\n'
    )
    monkeypatch.setattr(kg.rdf.validate, "shapes_dir", lambda: strict)
    out = tmp_path / "out.ttl"
    result = runner.invoke(app, ["extract", str(story), "-o", str(out)])
    assert result.exit_code == 1
    violations = [line for line in result.stderr.splitlines() if "violation:" in line]
    assert len(violations) == 1
    assert str(story) in violations[0] and "every article needs a genre" in violations[0]
    assert Graph().parse(out).value(predicate=RDF.type, object=SCHEMA.NewsArticle) is not None
    skipped = runner.invoke(app, ["extract", str(story), "-o", str(out), "--no-validate"])
    assert skipped.exit_code == 0 and "violation:" not in skipped.stderr
