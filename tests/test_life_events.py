"""Births, deaths and foundings (kg/facts/relations/life_events.py, kg/entities/
life_brackets.py, kg.ingest.dates.written_date) on sentences written for these tests. The
real bundled pipeline, one extraction run with validation on."""

from __future__ import annotations

import pytest
from extracted import extract_texts, fact_pairs
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import XSD

from kg.ingest.dates import written_date
from kg.stores.query import run_query
from kg.vocab import KG, SCHEMA

E = "https://w3id.org/kg-news/id/entity/"
TEXTS = {
    "born-bracket": "Sigrun Aasen (born 9 November 1958 in Molde, Norway) is a Norwegian potter.",
    "life-bracket": "Karel Dvorsky (3 April 1899 – 21 August 1971) was a Czech violinist.",
    "place-both": "Ilse Brenner (1887 in Graz – 14 May 1960 in Linz) was an Austrian poet.",
    "semicolon": "Ayaan Okafor (Yoruba: Ayaan Okafor; born 1971) is a Nigerian architect.",
    "verbs": "Matteo Rinaldi was born in Parma on 11 June 1948. He died in Turin in 2016.",
    "opening": "Born in Vienna, Anna Weber trained as a nurse.",
    "death-noun": "Mira Solberg ran the mill. After Solberg's death in 1931, the mill closed.",
    "tenure": "The lodge's masters have included Aldo Ferri (1950 – 1961) and Bo Lind (1961 – 1968).",
    "uncertain": "Hugo Vantal (c. 1520 – 1580) was a Flemish engraver.",
    "near": "Dana Kowal (born 1950 near Lublin) is a Polish engineer.",
    "founded-passive": "The Kestrel Dairy Company was founded in 1911 by two farmers.",
    "founded-bracket": "Torvik Shipping (founded 1874) runs ferries.",
    "established-opening": "Established in 1956, the Arlen Botanical Society is a charity in Leeds.",
    "founded-by-person": "Lena Ortiz founded Brightwave Labs in March 2015.",
    "two-people": "Jonas Ek and Per Holm met in Oslo. He was born in Bergen in 1940.",
    "unnamed": "Tarek Bashir Haddad (2 May 1910 – 8 June 1985) was a Lebanese jurist.",
    "list-entry": "Oskar Lindahl (1911 – 1990), Swedish cartographer",
    "short-year": "Edvard Tollefsen (1832 – 97) was a Norwegian shipowner.",
    "killed": "Teodor Halvik was assassinated in Bergen on 9 March 1907.",
    "killed-active": "The flood killed two farmers near Voss in 1911.",
    "raised": "Mei Lin Zhao was born and raised in Harbin, a city in China.",
    "birth-name": "Tor Viken (born Torstein Vikenes on 3 May 1966 in Trondheim) is a Norwegian singer.",
    "hyphen-born": "The Chilean-born chemist Rosa Quispe joined the board.",
    "lowercase-born": "The foreign-born workers Ana Weber and Per Dahl left.",
    "mascot": "The Kestrel Gazette mascot, created by Omar Haddad in 1961, appears on every page.",
    "entry-goes-on": "Marta Kiss (born 1950), Hungarian Ambassador Lajos Varga and others arrived.",
    "hyphen-month": "Inga Solvang (March 3, 1901-June 9, 1980) was a Norwegian weaver.",
    "junior": "Edgar Holm Jr. (born 14 May 1961) is a Swedish banker.",
    "opening-established": (
        "Established in 1987, the Vessa Marine Trust (VMT) is a charity based in Bodø."
    ),
    "copula-formed": "The Larkspur is a Danish folk trio formed in 2004 in Aarhus.",
    "launched-intransitive": "The Brekke Sports Channel officially launched on 3 May 2011.",
    "launched-product": "Marlow Foods launched a new soup in 2015.",
    "suicide": "The poet Arvo Lind committed suicide in Tampere in 1932.",
    "crime": "The Halvik brothers committed a robbery in Bergen in 1907.",
    "never-and-died": "Sigrid Haug never married, and died in Trondheim in 1966.",
    "not-or": "Per Moen was not born in Oslo or raised in Bergen.",
    "died-wider": "Lena Strand died in Tromso, Norway, in 1961.",
    "native-opening": "A native of Kolding, Denmark, Jens Aagaard studied law in Aarhus.",
    "native-apposition": "Rita Kovacs, a native of Szeged, joined the orchestra in 1990.",
    "native-speaker": "Rita Kovacs is a native speaker of Hungarian and lives in Graz.",
    "he-after-teachers": (
        "Anton Rieger was an Austrian chemist. He trained under Karl Ebner and Fritz Halm in "
        "Graz. He died in Vienna in 1931."
    ),
    "he-two-subjects": (
        "Anton Wessel met Karl Ebner. Ebner wrote to Fritz Halm. Later, he died in Graz in 1931."
    ),
    "inception": "Corvel Dental School has trained 900 dentists since its inception in 1962.",
    "creation-of": "After the creation of the Nordmark Hockey League in 1971, the clubs grew.",
    "creation-jobs": "The Halden Steel merger led to the creation of 500 jobs in 2010.",
    "two-brackets": (
        "Lidia Sorokina ( ) (1 June 1915 – 3 July 1999) was a Soviet-Latvian sculptor of the "
        "postwar period."
    ),
    "since-clause": "Pavel Orlov was a Soviet diplomat. The visit never took place since Orlov died in 1979.",
}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("life")
    found, labels, dataset = extract_texts(folder, TEXTS)
    dataset.serialize(str(folder / "out.trig"), format="trig")
    return {name: (graph, labels) for name, graph in found.items()} | {"_trig": folder / "out.trig"}


def facts(graphs, name: str, predicate: URIRef) -> set[tuple[str, str]]:
    return fact_pairs(*graphs[name], predicate)


def test_a_birth_in_brackets_gives_the_day_and_the_place_with_its_country(graphs) -> None:
    """ "(born 9 November 1958 in Molde, Norway)": born in Molde and so in Norway; the graph
    has no containment of places, so a query for people born in Norway needs both."""
    assert facts(graphs, "born-bracket", SCHEMA.birthDate) == {("Sigrun Aasen", "1958-11-09")}
    found = facts(graphs, "born-bracket", SCHEMA.birthPlace)
    assert found == {("Sigrun Aasen", "Molde"), ("Sigrun Aasen", "Norway")}


def test_two_dates_in_brackets_are_a_birth_and_a_death(graphs) -> None:
    assert facts(graphs, "life-bracket", SCHEMA.birthDate) == {("Karel Dvorsky", "1899-04-03")}
    assert facts(graphs, "life-bracket", SCHEMA.deathDate) == {("Karel Dvorsky", "1971-08-21")}
    assert facts(graphs, "place-both", SCHEMA.birthPlace) == {("Ilse Brenner", "Graz")}
    assert facts(graphs, "place-both", SCHEMA.deathPlace) == {("Ilse Brenner", "Linz")}
    assert facts(graphs, "place-both", SCHEMA.birthDate) == {("Ilse Brenner", "1887")}


def test_a_date_keeps_the_precision_the_text_gives(graphs) -> None:
    graph, _labels = graphs["place-both"]
    (born,) = graph.objects(None, SCHEMA.birthDate)
    (died,) = graph.objects(None, SCHEMA.deathDate)
    assert (born.datatype, died.datatype) == (XSD.gYear, XSD.date)


def test_a_birth_after_a_semicolon_in_brackets(graphs) -> None:
    assert facts(graphs, "semicolon", SCHEMA.birthDate) == {("Ayaan Okafor", "1971")}


def test_born_and_died_as_verbs_with_a_pronoun_for_the_one_person(graphs) -> None:
    assert facts(graphs, "verbs", SCHEMA.birthPlace) == {("Matteo Rinaldi", "Parma")}
    assert facts(graphs, "verbs", SCHEMA.birthDate) == {("Matteo Rinaldi", "1948-06-11")}
    assert facts(graphs, "verbs", SCHEMA.deathPlace) == {("Matteo Rinaldi", "Turin")}
    assert facts(graphs, "verbs", SCHEMA.deathDate) == {("Matteo Rinaldi", "2016")}


def test_an_opening_participle_describes_the_main_subject(graphs) -> None:
    assert facts(graphs, "opening", SCHEMA.birthPlace) == {("Anna Weber", "Vienna")}
    founded = facts(graphs, "established-opening", SCHEMA.foundingDate)
    assert founded == {("Arlen Botanical Society", "1956")}


def test_killed_assassinated_executed_murdered_give_the_death(graphs) -> None:
    assert facts(graphs, "killed", SCHEMA.deathDate) == {("Teodor Halvik", "1907-03-09")}
    assert facts(graphs, "killed", SCHEMA.deathPlace) == {("Teodor Halvik", "Bergen")}
    assert facts(graphs, "killed-active", SCHEMA.deathDate) == set()


def test_born_and_raised_and_a_birth_name_in_brackets(graphs) -> None:
    assert facts(graphs, "raised", SCHEMA.birthPlace) == {("Mei Lin Zhao", "Harbin")}
    assert facts(graphs, "birth-name", SCHEMA.birthPlace) == {("Tor Viken", "Trondheim")}
    assert facts(graphs, "birth-name", SCHEMA.birthDate) == {("Tor Viken", "1966-05-03")}


def test_a_place_or_demonym_before_born_is_the_birthplace(graphs) -> None:
    assert facts(graphs, "hyphen-born", SCHEMA.birthPlace) == {("Rosa Quispe", "Chile")}
    assert facts(graphs, "lowercase-born", SCHEMA.birthPlace) == set()


def test_a_possessive_death_noun(graphs) -> None:
    assert facts(graphs, "death-noun", SCHEMA.deathDate) == {("Mira Solberg", "1931")}


def test_a_short_span_of_years_is_a_tenure_not_a_life(graphs) -> None:
    for predicate in (SCHEMA.birthDate, SCHEMA.deathDate):
        assert facts(graphs, "tenure", predicate) == set()


def test_uncertain_dates_and_places_near_a_town_are_not_claimed(graphs) -> None:
    assert facts(graphs, "uncertain", SCHEMA.birthDate) == set()
    assert facts(graphs, "uncertain", SCHEMA.deathDate) == {("Hugo Vantal", "1580")}
    assert facts(graphs, "near", SCHEMA.birthPlace) == set()
    assert facts(graphs, "near", SCHEMA.birthDate) == {("Dana Kowal", "1950")}


def test_founding_dates(graphs) -> None:
    assert facts(graphs, "founded-passive", SCHEMA.foundingDate) == {
        ("Kestrel Dairy Company", "1911")
    }
    assert facts(graphs, "founded-bracket", SCHEMA.foundingDate) == {("Torvik Shipping", "1874")}
    found = facts(graphs, "founded-by-person", SCHEMA.foundingDate)
    assert found == {("Brightwave Labs", "2015-03")}


def test_a_thing_created_is_no_organisation_founded(graphs) -> None:
    assert facts(graphs, "mascot", SCHEMA.foundingDate) == set()


def test_he_with_two_people_nearby_is_no_one(graphs) -> None:
    assert facts(graphs, "two-people", SCHEMA.birthPlace) == set()
    assert facts(graphs, "two-people", SCHEMA.birthDate) == set()


def test_a_name_before_a_life_in_brackets_is_a_person(graphs) -> None:
    assert facts(graphs, "unnamed", SCHEMA.birthDate) == {("Tarek Bashir Haddad", "1910-05-02")}


def test_a_two_digit_death_year_is_in_the_birth_years_century(graphs) -> None:
    assert facts(graphs, "short-year", SCHEMA.deathDate) == {("Edvard Tollefsen", "1897")}


def test_a_list_line_of_a_name_and_its_dates(graphs) -> None:
    assert facts(graphs, "list-entry", SCHEMA.birthDate) == {("Oskar Lindahl", "1911")}
    assert facts(graphs, "list-entry", SCHEMA.deathDate) == {("Oskar Lindahl", "1990")}
    # the entry's description ends the line: what the person is
    assert facts(graphs, "list-entry", SCHEMA.nationality) == {("Oskar Lindahl", "Sweden")}
    assert facts(graphs, "entry-goes-on", SCHEMA.birthDate) == {("Marta Kiss", "1950")}
    # the phrase after the comma goes on to another name: not what Marta Kiss is
    assert ("Marta Kiss", "Hungary") not in facts(graphs, "entry-goes-on", SCHEMA.nationality)


def test_a_biography_reads_past_two_bracketed_groups(graphs) -> None:
    # an empty "( )" (a pronunciation taken out) and then the dates: "was a ... sculptor"
    assert facts(graphs, "two-brackets", SCHEMA.nationality) == {("Lidia Sorokina", "Latvia")}
    assert facts(graphs, "two-brackets", SCHEMA.deathDate) == {("Lidia Sorokina", "1999-07-03")}


def test_each_date_is_a_claim_with_its_sentence(graphs) -> None:
    graph, _labels = graphs["life-bracket"]
    claims = [c for c in graph.subjects(RDF.predicate, SCHEMA.deathDate)]
    assert len(claims) == 1
    assert graph.value(claims[0], RDF.object) == Literal("1971-08-21", datatype=XSD.date)
    assert str(graph.value(claims[0], KG.evidenceText)) == TEXTS["life-bracket"]
    assert float(graph.value(claims[0], KG.confidence)) > 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 November 1958", Literal("1958-11-09", datatype=XSD.date)),
        ("November 9, 1958", Literal("1958-11-09", datatype=XSD.date)),
        ("November 1958", Literal("1958-11", datatype=XSD.gYearMonth)),
        ("November 9 , 1958", Literal("1958-11-09", datatype=XSD.date)),  # as tokenised
        ("in 1402 in Pisa", Literal("1402", datatype=XSD.gYear)),
        ("c. 1520", None),
        ("fl. 1600", None),
        ("1850 or 1851", None),
        ("the 1950s", None),
        ("30 February 1950", None),
        ("12,000 people", None),
    ],
)
def test_written_date(text: str, expected: Literal | None) -> None:
    assert written_date(text) == expected


def test_the_people_query_lists_each_persons_dates_places_and_nationality(graphs) -> None:
    rows = run_query("people", data=[graphs["_trig"]]).as_dicts()
    karel = [
        (row["property"].rsplit("/", 1)[-1], row["value"], row["valueLabel"], row["sources"])
        for row in rows
        if row["personLabel"] == "Karel Dvorsky"
    ]
    assert karel == [
        ("birthDate", "1899-04-03", None, "1"),
        ("deathDate", "1971-08-21", None, "1"),
        ("nationality", E + "place/czechia", "Czech Republic", "1"),  # one entity with "Czechia"
    ]


def test_a_hyphen_between_a_year_and_a_month_divides_a_life(graphs) -> None:
    assert facts(graphs, "hyphen-month", SCHEMA.birthDate) == {("Inga Solvang", "1901-03-03")}
    assert facts(graphs, "hyphen-month", SCHEMA.deathDate) == {("Inga Solvang", "1980-06-09")}


def test_committed_suicide_is_a_death_and_a_crime_is_none(graphs) -> None:
    assert facts(graphs, "suicide", SCHEMA.deathDate) == {("Arvo Lind", "1932")}
    assert facts(graphs, "suicide", SCHEMA.deathPlace) == {("Arvo Lind", "Tampere")}
    assert facts(graphs, "crime", SCHEMA.deathDate) == set()


def test_a_negation_does_not_reach_a_conjunct_after_a_comma_and_and(graphs) -> None:
    """ "never married, and died in 1966" says she died; "was not born in Oslo or raised
    in Bergen" denies both."""
    assert facts(graphs, "never-and-died", SCHEMA.deathDate) == {("Sigrid Haug", "1966")}
    assert facts(graphs, "never-and-died", SCHEMA.deathPlace) == {("Sigrid Haug", "Trondheim")}
    assert facts(graphs, "not-or", SCHEMA.birthPlace) == set()


def test_a_death_in_a_town_is_one_in_the_places_written_after_it(graphs) -> None:
    found = facts(graphs, "died-wider", SCHEMA.deathPlace)
    assert found == {("Lena Strand", "Tromso"), ("Lena Strand", "Norway")}


def test_a_native_of_a_place_was_born_there(graphs) -> None:
    found = facts(graphs, "native-opening", SCHEMA.birthPlace)
    assert found == {("Jens Aagaard", "Kolding"), ("Jens Aagaard", "Denmark")}
    assert facts(graphs, "native-apposition", SCHEMA.birthPlace) == {("Rita Kovacs", "Szeged")}
    assert facts(graphs, "native-speaker", SCHEMA.birthPlace) == set()


def test_he_after_names_that_are_no_subjects_is_the_one_person_who_is(graphs) -> None:
    """A biography's "he" after the names of the person's teachers is the person the text
    is about, the one subject of the document; with two people who are subjects, no one."""
    assert facts(graphs, "he-after-teachers", SCHEMA.deathDate) == {("Anton Rieger", "1931")}
    assert facts(graphs, "he-two-subjects", SCHEMA.deathDate) == set()


def test_a_founding_noun_dates_its_organisation(graphs) -> None:
    """ "since its inception in 1962", "the creation of X in 1971"; not the creation of jobs."""
    found = facts(graphs, "inception", SCHEMA.foundingDate)
    assert found == {("Corvel Dental School", "1962")}
    found = facts(graphs, "creation-of", SCHEMA.foundingDate)
    assert found == {("Nordmark Hockey League", "1971")}
    assert facts(graphs, "creation-jobs", SCHEMA.foundingDate) == set()


def test_a_clause_after_since_is_outside_the_negation_it_hangs_from(graphs) -> None:
    """ "The visit never took place since Orlov died in 1979" still says that he died."""
    assert facts(graphs, "since-clause", SCHEMA.deathDate) == {("Pavel Orlov", "1979")}


def test_a_generations_suffix_before_the_brackets(graphs) -> None:
    """The NER leaves "Jr." out of the name; the brackets after it are still the life's."""
    # the name with or without its suffix, as the NER cuts it
    born = facts(graphs, "junior", SCHEMA.birthDate)
    assert born in ({("Edgar Holm", "1961-05-14")}, {("Edgar Holm Jr.", "1961-05-14")})


def test_founding_dates_from_an_opening_participle_a_copula_and_a_launch(graphs) -> None:
    """ "Established in 1987, X is ...", which the parser may make the root; "X is a trio
    formed in 2004", parsed with the trio the subject of "formed"; "X launched on 3 May
    2011" with no object (a launched product is no organisation's founding)."""
    found = facts(graphs, "opening-established", SCHEMA.foundingDate)
    assert found == {("Vessa Marine Trust", "1987")}
    assert facts(graphs, "copula-formed", SCHEMA.foundingDate) == {("Larkspur", "2004")}
    found = facts(graphs, "launched-intransitive", SCHEMA.foundingDate)
    assert found == {("Brekke Sports Channel", "2011-05-03")}
    assert facts(graphs, "launched-product", SCHEMA.foundingDate) == set()
