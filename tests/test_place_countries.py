"""An organisation's country from the town or region the text places it in
(kg/facts/relations/place_countries.py, kg/lexicon/place_countries.tsv), and the cases where
a doubt gives none. Sentences written for these tests; the real bundled pipeline, one
extraction run with validation on."""

from __future__ import annotations

import pytest
from extracted import extract_texts, fact_pairs
from rdflib import RDF, Literal

from kg.facts.relations.place_countries import place_countries
from kg.lexicon import country_names
from kg.vocab import KG, SCHEMA

TEXTS = {
    "town": "Nadia Berg teaches the cello at the Orvik Conservatory in Rotterdam.",
    "stated": "Vessa Foods, a Danish company based in Houston, hired 40 drivers.",
    "two-countries": "The Lorn Institute, based in Paris, Texas, trains nurses.",
    "unlisted-town": "Eli Dunn studied at the Tamsin Academy in Bracebridge, Ontario.",
    "unlisted-town-listed-region": "Ivy Rowe taught at the Corlis Academy in Holbrook, Vermont.",
    "written-elsewhere": (
        "The Corran Gallery in London shows prints. Its founder grew up in London, Ontario."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    graphs, labels, _ = extract_texts(tmp_path_factory.mktemp("countries"), TEXTS)
    return graphs, labels


def countries(extracted, name: str) -> set[tuple[str, str]]:
    graphs, labels = extracted
    return fact_pairs(graphs[name], labels, KG.countryOfOrigin)


def test_a_listed_town_gives_its_country_citing_the_sentence_that_placed_it(extracted):
    assert countries(extracted, "town") == {("Orvik Conservatory", "The Netherlands")}
    graph = extracted[0]["town"]
    claims = [c for c in graph.subjects(RDF.predicate, KG.countryOfOrigin)]
    assert len(claims) == 1
    assert graph.value(claims[0], KG.method) == Literal("rule:place-country")
    assert "Orvik Conservatory in Rotterdam" in str(graph.value(claims[0], KG.evidenceText))
    assert float(graph.value(claims[0], KG.confidence)) <= 0.6


def test_a_country_the_text_states_wins(extracted):
    assert countries(extracted, "stated") == {("Vessa Foods", "Denmark")}
    assert ("Vessa Foods", "Houston") in fact_pairs(
        extracted[0]["stated"], extracted[1], SCHEMA.location
    )


def test_a_town_not_listed_is_in_the_country_of_the_listed_region_after_it(extracted):
    found = countries(extracted, "unlisted-town-listed-region")
    assert found == {("Corlis Academy", "United States")}


def test_a_doubt_gives_no_country(extracted):
    """Places of two countries ("Paris, Texas"), a town not listed, and a town the
    document writes elsewhere before another country's region ("London, Ontario")."""
    assert countries(extracted, "two-countries") == set()
    assert countries(extracted, "unlisted-town") == set()
    assert countries(extracted, "written-elsewhere") == set()


def test_the_table_names_one_country_per_place_and_no_country_as_a_place():
    table = place_countries()
    assert table["chicago"] == "United States"
    assert table["montreal"] == "Canada"  # folded as kg's IRIs spell it
    assert "ontario" not in table  # a Canadian province and a Californian city
    assert "birmingham" not in table  # England's and Alabama's: no one country
    assert not set(table) & country_names()
