"""Acquisitions and mergers as events (kg/facts/events/deals.py) on sentences written for
these tests: acquirer, acquired, parties, price, date and status; one event per pair across
documents; no ownership fact from a deal that is only announced; a blocked deal is no ban.
The real bundled pipeline, one extraction run."""

from __future__ import annotations

import pytest
from extracted import extract_texts
from rdflib import RDF, URIRef
from rdflib.namespace import XSD

from kg.vocab import KG, SCHEMA

TEXTS = {
    "announced": "Harlow Analytics agreed to buy Brixton Pharma for $3 billion.",
    "completed": "Harlow Analytics completed its acquisition of Brixton Pharma on Monday.",
    "blocked": "Regulators blocked Montclair Holdings' takeover of Serra Foods.",
    "abandoned": "Ardent Group dropped its plan to acquire Kapoor Freight.",
    "negated": "Vellum Studios did not buy Tillman Robotics.",
    "passive": "Tillman Robotics was acquired by Altmark Bank.",
    "dated": "Orlo Freight bought Hartwell Foods for $40 million in 2017.",
    "sold": "Orlo Freight sold Pellow Foods to Ashdown Credit in 2018.",
    "to-sell": "Corran Media agreed to sell Kestrel Robotics to Fenwick Bank.",
    "merged": "Corran Media merged with Elstow Telecom in March 2020.",
    "to-merge": "Elstow Telecom and Corran Media agreed to merge, the two companies said.",
    "merger-blocked": "Regulators blocked the merger of Fenwick Bank and Ashdown Credit.",
    "merger-negated": "Fenwick Bank did not merge with Pellow Savings.",
    "merger-noun": "Hadley Insurance completed its merger with Ostby Bank on 2 June 2021.",
    "merger-relative": (
        "Pipelo, which Zarnik Media acquired, the Swedish company that has since merged with"
        " Flicka Labs, grew fast."
    ),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("deals")
    graphs, labels, dataset = extract_texts(folder, TEXTS)
    dataset.serialize(str(folder / "out.trig"), format="trig")
    return graphs, labels, folder / "out.trig"


def deals(run, name: str) -> list[dict]:
    graphs, labels, _ = run
    graph = graphs[name]
    found = []
    for deal in graph.subjects(RDF.type, KG.Acquisition):
        found.append(
            {
                "iri": deal,
                "acquirer": labels.get(graph.value(deal, KG.acquirer)),
                "acquired": labels.get(graph.value(deal, KG.acquired)),
                "status": graph.value(deal, KG.dealStatus),
                "price": str(graph.value(deal, KG.price) or ""),
            }
        )
    return found


def test_status_price_and_parties(run) -> None:
    (announced,) = deals(run, "announced")
    assert (announced["acquirer"], announced["acquired"]) == ("Harlow Analytics", "Brixton Pharma")
    assert announced["status"] == KG.Announced and announced["price"] == "$3 billion"
    (completed,) = deals(run, "completed")
    assert completed["status"] == KG.Completed
    assert completed["iri"] == announced["iri"]  # one event across the two articles
    (blocked,) = deals(run, "blocked")
    assert blocked["status"] == KG.Blocked and blocked["acquired"] == "Serra Foods"
    (abandoned,) = deals(run, "abandoned")
    assert abandoned["status"] == KG.Abandoned and abandoned["acquirer"] == "Ardent Group"
    (passive,) = deals(run, "passive")
    assert (passive["acquirer"], passive["status"]) == ("Altmark Bank", KG.Completed)
    assert deals(run, "negated") == []
    (sold,) = deals(run, "sold")  # the buyer after "to"; the seller is not recorded
    assert (sold["acquirer"], sold["acquired"], sold["status"]) == (
        "Ashdown Credit",
        "Pellow Foods",
        KG.Completed,
    )
    (to_sell,) = deals(run, "to-sell")
    assert (to_sell["acquirer"], to_sell["status"]) == ("Fenwick Bank", KG.Announced)


def test_ownership_only_from_a_done_deal(run) -> None:
    graphs, labels, _ = run
    owner = SCHEMA.parentOrganization
    assert not list(graphs["announced"].subject_objects(owner))
    assert [(labels[s], labels[o]) for s, o in graphs["passive"].subject_objects(owner)] == [
        ("Tillman Robotics", "Altmark Bank")
    ]
    assert isinstance(deals(run, "passive")[0]["iri"], URIRef)


def test_the_stored_query_shows_each_deal_once_where_it_stands(run) -> None:
    from kg.stores.query import run_query
    from kg.stores.store import load_files

    from_files = run_query("acquisitions", data=[run[2]])
    load_files([run[2]], run[2].parent / "store")
    assert run_query("acquisitions", store=run[2].parent / "store") == from_files
    rows = from_files.as_dicts()
    harlow = [r for r in rows if r["acquirerLabel"] == "Harlow Analytics"]
    assert len(harlow) == 1  # announced in one article, completed in another
    assert harlow[0]["status"] == str(KG.Completed) and harlow[0]["price"] == "$3 billion"
    assert harlow[0]["sources"] == "1"  # one document states the completion
    assert len(rows) == 7  # the seven texts that state an acquisition


def mergers(run, name: str) -> list[dict]:
    graphs, labels, _ = run
    graph = graphs[name]
    return [
        {
            "iri": deal,
            "parties": {labels.get(p) for p in graph.objects(deal, KG.party)},
            "status": graph.value(deal, KG.dealStatus),
            "date": graph.value(deal, SCHEMA.startDate),
        }
        for deal in graph.subjects(RDF.type, KG.Merger)
    ]


def test_a_deal_date_as_stated(run) -> None:
    graphs, _labels, _ = run
    (dated,) = deals(run, "dated")
    assert dated["price"] == "$40 million"  # not "$40 million in 2017"
    date = graphs["dated"].value(dated["iri"], SCHEMA.startDate)
    assert (str(date), date.datatype) == ("2017", XSD.gYear)


def test_mergers_with_their_parties_status_and_date(run) -> None:
    (merged,) = mergers(run, "merged")
    assert merged["parties"] == {"Corran Media", "Elstow Telecom"}
    assert merged["status"] == KG.Completed
    assert (str(merged["date"]), merged["date"].datatype) == ("2020-03", XSD.gYearMonth)
    (agreed,) = mergers(run, "to-merge")
    assert agreed["status"] == KG.Announced and agreed["parties"] == merged["parties"]
    assert agreed["iri"] == merged["iri"]  # one event, whichever party is named first
    (blocked,) = mergers(run, "merger-blocked")
    assert blocked["status"] == KG.Blocked
    assert blocked["parties"] == {"Fenwick Bank", "Ashdown Credit"}
    assert mergers(run, "merger-negated") == []
    # the relative clause's antecedent merged, not the buyer named in another clause
    assert [m["parties"] for m in mergers(run, "merger-relative")] == [{"Pipelo", "Flicka Labs"}]
    (noun,) = mergers(run, "merger-noun")
    assert noun["parties"] == {"Hadley Insurance", "Ostby Bank"}
    assert noun["status"] == KG.Completed
    assert (str(noun["date"]), noun["date"].datatype) == ("2021-06-02", XSD.date)


def test_a_blocked_deal_is_no_ban(run) -> None:
    graphs, _labels, _ = run
    assert not list(graphs["merger-blocked"].subjects(RDF.type, KG.Prohibition))


def test_the_mergers_query_shows_each_merger_once(run) -> None:
    from kg.stores.query import run_query

    rows = run_query("mergers", data=[run[2]]).as_dicts()
    corran = [r for r in rows if "Corran Media" in (r["firstLabel"], r["secondLabel"])]
    assert len(corran) == 1
    assert (corran[0]["firstLabel"], corran[0]["secondLabel"]) == ("Corran Media", "Elstow Telecom")
    assert corran[0]["status"] == str(KG.Completed) and corran[0]["date"] == "2020-03"


def test_a_date_as_precise_as_stated() -> None:
    from kg.ingest.dates import stated_date

    day, month, year = (
        stated_date("on 4 May 2021", None),
        stated_date("in March 2019", None),
        stated_date("in 2017", None),
    )
    assert (str(day), day.datatype) == ("2021-05-04", XSD.date)
    assert (str(month), month.datatype) == ("2019-03", XSD.gYearMonth)
    assert (str(year), year.datatype) == ("2017", XSD.gYear)
    assert str(stated_date("May 4", "2020-07-10")) == "2020-05-04"
    assert stated_date("last week", None) is None
