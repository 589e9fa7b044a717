"""The seed articles' graph through every back end: files, the embedded store, a real
Oxigraph server and Virtuoso give the same rows for every stored query; the graph conforms."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_servers import OxigraphServer

from kg.rdf.rdfio import serialise, write_atomic
from kg.rdf.validate import read_union, validate_graph
from kg.stores.endpoint import Endpoint
from kg.stores.push import push_files
from kg.stores.query import run_query, stored_queries
from kg.stores.store import load_files


@pytest.fixture(scope="module")
def seed_trig(seed_result, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "seeds.trig"
    write_atomic(path, serialise(seed_result.dataset, "trig"))
    return path


def test_seed_output_conforms(seed_result, seed_trig):
    assert seed_result.summary.violations == 0
    assert seed_result.summary.errors == []
    report = validate_graph(read_union([seed_trig]))
    assert report.conforms, [v.message for v in report.violations][:5]


def test_same_rows_everywhere(seed_trig, oxigraph: OxigraphServer, tmp_path):
    load_files([seed_trig], tmp_path / "store")
    push_files([seed_trig], Endpoint(url=oxigraph.query_url, update_url=oxigraph.update_url))
    for name, _ in stored_queries():
        from_files = run_query(name, data=[seed_trig])
        from_store = run_query(name, store=tmp_path / "store")
        from_endpoint = run_query(name, endpoint=Endpoint(url=oxigraph.query_url))
        assert from_files == from_store == from_endpoint, name
    assert run_query("entities", data=[seed_trig]).rows
    assert run_query("sources", data=[seed_trig]).rows


def test_pushing_twice_keeps_the_count(seed_trig, oxigraph: OxigraphServer):
    endpoint = Endpoint(url=oxigraph.query_url, update_url=oxigraph.update_url)
    push_files([seed_trig], endpoint)
    first = oxigraph.count()
    push_files([seed_trig], endpoint)
    assert oxigraph.count() == first > 1000


def test_seed_output_on_virtuoso(seed_trig, virtuoso):
    endpoint = Endpoint(
        url=virtuoso.auth_url,
        update_url=virtuoso.auth_url,
        user=virtuoso.user,
        password=virtuoso.password,
        auth="digest",
        backoff=0.01,
    )
    push_files([seed_trig], endpoint, batch_size=200)
    for name, _ in stored_queries():
        from_files = run_query(name, data=[seed_trig])
        from_virtuoso = run_query(name, endpoint=Endpoint(url=virtuoso.query_url))
        assert from_virtuoso == from_files, name


def test_every_term_of_the_output_is_declared_or_reused(seed_trig):
    """Classes and predicates in the real output: kg terms are declared in ontology/, other
    terms are listed there with kg:reuses (or belong to RDF itself)."""
    from rdflib import Graph
    from rdflib.namespace import RDF

    from kg.resources import ontology_dir
    from kg.vocab import KG

    ontology = Graph()
    for path in ontology_dir().glob("*.ttl"):
        ontology.parse(path)
    declared = set(ontology.subjects(RDF.type, None))
    reused = set(ontology.objects(None, KG.reuses))
    union = read_union([seed_trig])
    terms = set(union.predicates()) | set(union.objects(None, RDF.type))
    for term in terms:
        if str(term).startswith(str(RDF)):
            continue
        if str(term).startswith(str(KG)):
            assert term in declared, f"{term} is not declared in ontology/"
        else:
            assert term in reused, f"{term} is not listed with kg:reuses in ontology/"
