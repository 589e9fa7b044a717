"""kg load: the embedded pyoxigraph store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
from streaming import count_parsed_quads, write_many_graphs
from typer.testing import CliRunner

from kg.cli.main import app
from kg.stores.store import count_triples, load_files

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example.trig"
EXTRA = DATA / "store_extra.trig"
DOC = "https://w3id.org/kg-news/id/doc/0123456789abcdef"
ENTITIES = "https://w3id.org/kg-news/id/graph/entities"


def _quads(path: Path) -> int:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TRIG)
    return len(store)


def test_load_twice_gives_the_same_count(tmp_path: Path) -> None:
    first = load_files([EXAMPLE], tmp_path / "store")
    assert (first.documents, first.graphs, first.failed) == (1, 3, ())
    assert first.triples == _quads(EXAMPLE)
    assert count_triples(tmp_path / "store") == _quads(EXAMPLE)
    load_files([EXAMPLE], tmp_path / "store")
    assert count_triples(tmp_path / "store") == _quads(EXAMPLE)


def test_reload_replaces_the_document_graph_and_merges_entities(tmp_path: Path) -> None:
    load_files([EXAMPLE, EXTRA], tmp_path / "store")
    total = count_triples(tmp_path / "store")
    with_entities = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    entities = len(
        list(with_entities.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(ENTITIES)))
    )
    del with_entities
    changed = tmp_path / "changed.trig"
    text = EXAMPLE.read_text("utf-8").replace('"Acme news"', '"Acme news, corrected"')
    # an entities graph holding only one entity: the others must stay (merged, never dropped)
    head, _, _ = text.partition("# ---- entity descriptions")
    changed.write_text(head, "utf-8")
    load_files([changed], tmp_path / "store")
    store = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    headlines = [
        q.object.value
        for q in store.quads_for_pattern(
            None,
            pyoxigraph.NamedNode("http://schema.org/headline"),
            None,
            pyoxigraph.NamedNode(DOC),
        )
    ]
    assert headlines == ["Acme news, corrected"]
    # nothing duplicated, and the entities and provenance graphs were not dropped
    assert len(store) == total
    assert (
        len(list(store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(ENTITIES))))
        == entities
    )


def test_turtle_goes_to_a_graph_named_by_the_file(tmp_path: Path) -> None:
    turtle = tmp_path / "plain.ttl"
    turtle.write_text('<http://kg.test/a> <http://kg.test/p> "one" .\n', "utf-8")
    load_files([turtle], tmp_path / "store")
    turtle.write_text('<http://kg.test/a> <http://kg.test/p> "two" .\n', "utf-8")
    summary = load_files([turtle], tmp_path / "store")
    store = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    quads = list(store)
    assert summary.documents == 1
    assert [(q.object.value, q.graph_name.value) for q in quads] == [
        ("two", turtle.resolve().as_uri())
    ]


def test_cli_load(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["load", str(EXAMPLE), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"loaded 1 documents, {_quads(EXAMPLE)} triples (3 graphs)")
    assert result.stderr == ""


def test_cli_load_bad_file_names_it_and_loads_the_rest(tmp_path: Path) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("<http://kg.test/g> { this is not trig", "utf-8")
    result = CliRunner().invoke(
        app, ["load", str(bad), str(EXAMPLE), "--store", str(tmp_path / "s")]
    )
    assert result.exit_code == 2
    assert str(bad) in result.stderr and "cannot parse" in result.stderr
    assert "loaded 1 documents" in result.stdout
    assert count_triples(tmp_path / "s") == _quads(EXAMPLE)


def test_cli_load_store_failure_is_exit_3(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x", "utf-8")
    result = CliRunner().invoke(app, ["load", str(EXAMPLE), "--store", str(not_a_dir)])
    assert result.exit_code == 3
    assert str(not_a_dir) in result.stderr and result.stdout == ""


def test_load_reads_the_file_graph_by_graph(monkeypatch, tmp_path: Path) -> None:
    """Memory is bounded by one graph, not by the file: each graph is written before the
    next is read (at most one quad read ahead)."""
    import kg.stores.updates

    path = write_many_graphs(tmp_path / "many.nq", DOC)
    passes = count_parsed_quads(monkeypatch)
    loaded = 0
    for block in kg.stores.updates.graph_blocks(path):
        assert passes[0] == [1000]  # the check read it all first
        loaded += len(block.quads)
        assert len(block.quads) == 50 and passes[1][0] <= loaded + 1
    assert loaded == 1000
    summary = load_files([path], tmp_path / "store")
    assert (summary.documents, summary.graphs, summary.triples) == (20, 20, 1000)


def test_load_a_graph_in_several_runs_keeps_all_its_triples(tmp_path: Path) -> None:
    from test_push import SPLIT_DOC, _split_file

    path = _split_file(tmp_path)
    for _ in range(2):
        summary = load_files([path], tmp_path / "store")
        assert (summary.documents, summary.graphs, summary.triples) == (1, 2, 31)
        assert count_triples(tmp_path / "store") == 31
    load_files([_split_file(tmp_path, "two")], tmp_path / "store")
    store = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    values = [
        q.object.value
        for q in store.quads_for_pattern(
            None, pyoxigraph.NamedNode("http://kg.test/p"), None, pyoxigraph.NamedNode(SPLIT_DOC)
        )
    ]
    assert len(values) == 24 and all(value.startswith("two ") for value in values)
    assert len(store) == 31


def test_load_a_file_malformed_at_its_end_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.nq"
    good = "".join(
        f'<http://kg.test/s{i}> <http://kg.test/p> "v{i}" <{DOC}> .\n' for i in range(500)
    )
    bad.write_text(good + '<http://kg.test/a}DROP{> <http://kg.test/p> "x" .\n', "utf-8")
    summary = load_files([bad], tmp_path / "store")
    assert summary.failed == (f"{bad}:501:1: cannot parse as nquads: Invalid IRI code point '}}'",)
    assert count_triples(tmp_path / "store") == 0


def test_load_json_ld_and_turtle_like_trig(tmp_path: Path) -> None:
    from kg.rdf.rdfio import read_rdf, serialise

    dataset = read_rdf(EXAMPLE)
    as_json = tmp_path / "example.jsonld"
    as_json.write_bytes(serialise(dataset, "json-ld"))
    load_files([as_json], tmp_path / "json")
    assert count_triples(tmp_path / "json") == _quads(EXAMPLE)
    as_turtle = tmp_path / "example.ttl"  # the union of the graphs, in the file's graph
    as_turtle.write_bytes(serialise(dataset, "turtle"))
    summary = load_files([as_turtle], tmp_path / "turtle")
    assert (summary.documents, summary.graphs) == (1, 1)
    assert count_triples(tmp_path / "turtle") == _quads(EXAMPLE)
