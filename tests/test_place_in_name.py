"""An organisation's place read from its own name (kg/facts/relations/place_in_name.py), on
sentences written for these tests: a place the document names on its own, before the
organisation's words, after them or after "of"; a country from its name; nothing from a
first name, a surname before an institution's word, a dynasty, a name without an
organisation word, or a place the text contradicts. The real bundled pipeline, one run."""

from __future__ import annotations

import pytest
from extracted import extract_texts
from rdflib import URIRef

from kg.vocab import ITSRDF, KG, NIF, SCHEMA

TEXTS = {
    "before": "Mira Sand lectured at Bergen Maritime Academy before she settled in Bergen.",
    "council": "The Tampere City Council voted on Monday. Tampere has a new tram line.",
    "after": "Ola Dahl studied at Pacific University Lima and later worked in Lima.",
    "of": "The Central Bank of Portugal raised rates, and Portugal's exports fell.",
    "country": "The Peru Mining Federation lobbied the ministry.",
    "not-mentioned": "Ola Dahl joined the Tromso Rowing Club in 2001.",
    "first-name": "Jackson Community Hospital hired nurses. Jackson is a city in Mississippi.",
    "surname": "He taught at Houston College of Music. Houston is a large city.",
    "dynasty": "The House of Savoy ruled Savoy for centuries.",
    "no-organisation-word": "The Denver Comets won again, the first win in Denver this year.",
    "company-brand": "Ola Dahl joined Halden Associates in 2004. Halden is a town in Norway.",
    "bank-of": "The Cooperative Bank of Tampere cut rates. Tampere has a new tram line.",
    "gulf": "Storms crossed the Gulf of Mexico and reached Texas.",
    "contradicted": (
        "Oxford Analytica Partners is based in Leeds. Oxford is two hours away by train."
    ),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    graphs, labels, _dataset = extract_texts(tmp_path_factory.mktemp("place-in-name"), TEXTS)
    return graphs, labels


def facts(run, name: str, predicate: URIRef) -> set[tuple[str, str]]:
    graphs, labels = run
    graph = graphs[name]
    return {
        (labels.get(s, str(s)), labels.get(o, str(o))) for s, o in graph.subject_objects(predicate)
    }


def test_a_place_the_document_names_before_or_after_the_organisations_words(run) -> None:
    assert ("Bergen Maritime Academy", "Bergen") in facts(run, "before", SCHEMA.location)
    assert ("Tampere City Council", "Tampere") in facts(run, "council", SCHEMA.location)
    assert ("Pacific University Lima", "Lima") in facts(run, "after", SCHEMA.location)


def test_a_country_in_the_name_is_its_country_of_origin(run) -> None:
    assert ("Central Bank of Portugal", "Portugal") in facts(run, "of", KG.countryOfOrigin)
    assert ("Peru Mining Federation", "Peru") in facts(run, "country", KG.countryOfOrigin)


def test_a_place_named_only_inside_the_name_gives_nothing(run) -> None:
    assert facts(run, "not-mentioned", SCHEMA.location) == set()


def test_a_bank_of_a_place_is_there(run) -> None:
    """After "of" any organisation is where it is named after; before its words only a body
    that sits there: a company's name is a brand ("Halden Associates")."""
    assert ("Cooperative Bank of Tampere", "Tampere") in facts(run, "bank-of", SCHEMA.location)


def test_names_after_people_and_dynasties_give_no_place(run) -> None:
    for name in ("first-name", "surname", "dynasty", "no-organisation-word", "company-brand"):
        assert facts(run, name, SCHEMA.location) == set(), name


def test_a_place_the_text_states_wins_over_the_name(run) -> None:
    assert facts(run, "contradicted", SCHEMA.location) == {("Oxford Analytica Partners", "Leeds")}


def mention_classes(run, name: str) -> dict[str, URIRef]:
    graph = run[0][name]
    return {
        str(graph.value(m, NIF.anchorOf)): graph.value(m, ITSRDF.taClassRef)
        for m in graph.subjects(ITSRDF.taIdentRef, None)
    }


def test_an_organisation_word_before_of_makes_an_organisation(run) -> None:
    """The NER tagged "Central Bank of Portugal" a place; "Gulf of Mexico" stays one."""
    assert mention_classes(run, "of")["Central Bank of Portugal"] == SCHEMA.Organization
    assert mention_classes(run, "gulf")["Gulf of Mexico"] == SCHEMA.Place


def test_a_company_named_after_a_place_is_no_team(run) -> None:
    """ "Halden Associates" (a place and a plural) is a company: one joining it is employed,
    not a member (kg/entities/organisation_cues.py's team_name)."""
    assert facts(run, "company-brand", SCHEMA.memberOf) == set()
    assert facts(run, "company-brand", SCHEMA.worksFor) == {("Ola Dahl", "Halden Associates")}
