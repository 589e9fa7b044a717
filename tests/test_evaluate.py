"""`kg evaluate`: matching and scoring on hand-made records, reading kg's RDF, the gold file.

No pipeline runs here: scoring the real model over the gold set belongs to the rules' tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from typer.testing import CliRunner

from kg.cli.main import app
from kg.errors import InputError
from kg.evaluation.evaluate import (
    FACT_KINDS,
    PREDICATES,
    STATUSES,
    EvaluationReport,
    GoldItem,
    NameIndex,
    Prediction,
    load_gold,
    read_predictions,
    render_report,
    score_items,
)
from kg.evaluation.scoring import (
    EventRecord,
    FactRecord,
    Name,
    QuoteRecord,
    Score,
    match_items,
    normalise_name,
    normalise_quote,
    normalise_title,
    quote_text_matches,
)
from kg.rdf.rdfio import read_rdf
from kg.vocab import DEFAULT_BASE, KG, RDF, SCHEMA

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold" / "dev.jsonl"
KINDS = ROOT / "benchmarks" / "gold" / "kinds.jsonl"
LIFE = ROOT / "benchmarks" / "gold" / "life.jsonl"
EXAMPLE = ROOT / "tests" / "data" / "example.trig"
EXAMPLE_DOC = URIRef("https://w3id.org/kg-news/id/doc/0123456789abcdef")


def fact(subject: str, predicate: str, obj: str, *alts: str) -> FactRecord:
    title = predicate == "jobTitle"
    return FactRecord(Name.of(subject, *alts), predicate, Name.of(obj, title=title))


def event(target: str, status: str, issuer: str | None = None) -> EventRecord:
    return EventRecord(Name.of(target), status, Name.of(issuer) if issuer else None)


def scored(gold, predicted) -> dict[str, Score]:
    item = GoldItem("x-01", "text", **gold)
    return score_items([item], {"x-01": Prediction(**predicted)})


def assert_prf(score: Score, tp: int, fp: int, fn: int, p: float, r: float, f1: float) -> None:
    assert (score.tp, score.fp, score.fn) == (tp, fp, fn)
    assert score.precision == pytest.approx(p)
    assert score.recall == pytest.approx(r)
    assert score.f1 == pytest.approx(f1)


# ---- normalisation ----


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Zenith Holdings, Inc.", "Zenith Holdings"),
        ("Acme Corp", "ACME"),
        ("Castellan Corp.", "castellan"),
        ("Pinegrove Foods Ltd", "Pinegrove  Foods"),
        ("Marlow Media LLC", "marlow media"),
        ("Halden\u2019s Bakery", "Halden's Bakery"),
    ],
)
def test_names_compare_without_case_legal_suffix_or_leading_the(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


def test_a_name_that_is_only_a_suffix_word_is_kept() -> None:
    assert normalise_name("Corp") == "corp"
    assert normalise_name("Zenith") != normalise_name("Zenith Holdings")


@pytest.mark.parametrize(
    ("a", "b"),
    [("Sen.", "Senator"), ("chief executive officer", "CEO"), ("the CEO", "ceo"), ("Host", "host")],
)
def test_titles_compare_with_abbreviations_expanded(a: str, b: str) -> None:
    assert normalise_title(a) == normalise_title(b)


def test_quote_text_matches_by_containment_after_normalising_marks_and_space() -> None:
    assert normalise_quote("\u201cWe  are\nready,\u201d") == "we are ready,"
    assert quote_text_matches("We are ready", "\u201cWe are ready,\u201d")
    assert quote_text_matches('"We are ready for the vote," she said', "we are ready")
    assert not quote_text_matches("We are ready", "We are not ready")
    assert not quote_text_matches("We are ready", "")


def test_an_entity_matches_by_label_or_any_alt_label() -> None:
    predicted = Name.of("Acme Corporation", "Acme Widgets", "ACW")
    assert Name.of("acw").matches(predicted)
    assert Name.of("Acme").matches(predicted)
    assert not Name.of("Acme Widgets Europe").matches(predicted)
    assert not Name.of("Acme").matches(None)


# ---- matching and scores ----


def test_matching_is_one_to_one_and_maximal() -> None:
    # gold 0 matches predicted 0 and 1, gold 1 only predicted 0: greedy would pair 0-0.
    def same(g: str, p: str) -> bool:
        return p in {"a": {"x", "y"}, "b": {"x"}}[g]

    assert match_items(["a", "b"], ["x", "y"], same) == [(0, 1), (1, 0)]
    assert match_items(["a"], ["x", "x"], same) == [(0, 0)]
    assert match_items([], ["x"], same) == []


def test_fact_scores_overall_and_per_predicate() -> None:
    gold = [
        fact("Brightwave", "parentOrganization", "Zenith Holdings"),
        fact("Tom Alvarez", "jobTitle", "Senator"),
        fact("Corvid Analytics", "location", "Seattle"),
        fact("Marta Olsen", "worksFor", "Bellmere Markets"),
    ]
    predicted = [
        fact("Brightwave Inc", "parentOrganization", "the Zenith Holdings"),  # tp
        fact("Sen. Alvarez", "jobTitle", "Sen.", "Tom Alvarez"),  # tp by alt label
        fact("Corvid Analytics", "location", "Portland"),  # fp + fn
        fact("Tom Alvarez", "memberOf", "Republican Party"),  # fp
        fact("Brightwave", "parentOrganization", "Zenith Holdings"),  # duplicate: fp
    ]
    scores = scored({"facts": gold}, {"facts": predicted})
    # tp 2, fp 3, fn 2: P = 2/5, R = 2/4, F1 = 2 * 0.4 * 0.5 / 0.9
    assert_prf(scores["facts"], 2, 3, 2, 0.4, 0.5, 4 / 9)
    assert_prf(scores["facts/parentOrganization"], 1, 1, 0, 0.5, 1.0, 2 / 3)
    assert_prf(scores["facts/jobTitle"], 1, 0, 0, 1.0, 1.0, 1.0)
    assert_prf(scores["facts/location"], 0, 1, 1, 0.0, 0.0, 0.0)
    assert_prf(scores["facts/worksFor"], 0, 0, 1, 0.0, 0.0, 0.0)
    assert_prf(scores["facts/memberOf"], 0, 1, 0, 0.0, 0.0, 0.0)
    assert_prf(scores["facts/countryOfOrigin"], 0, 0, 0, 1.0, 1.0, 1.0)
    misses = scores["facts"].false_negatives
    assert [(m.id, m.item["object"]) for m in misses] == [
        ("x-01", "Seattle"),
        ("x-01", "Bellmere Markets"),
    ]
    assert {m.item["predicate"] for m in scores["facts"].false_positives} == {
        "location",
        "memberOf",
        "parentOrganization",
    }


def test_event_scores_need_target_and_status_and_the_gold_issuer_if_given() -> None:
    gold = [
        event("FlickStream", "enacted", "Arvenia"),
        event("Quibble", "proposed"),
        event("Quibble", "retracted", "Ostrava Bank"),
    ]
    predicted = [
        event("FlickStream", "enacted", "Velmont"),  # wrong issuer: fp (+ fn)
        event("Quibble", "proposed", "Anyone"),  # issuer not compared: tp
        event("Quibble", "enacted", "Ostrava Bank"),  # wrong status: fp (+ fn)
    ]
    scores = scored({"events": gold}, {"events": predicted})
    # tp 1, fp 2, fn 2: P = 1/3, R = 1/3, F1 = 1/3
    assert_prf(scores["events"], 1, 2, 2, 1 / 3, 1 / 3, 1 / 3)
    assert_prf(scores["events/proposed"], 1, 0, 0, 1.0, 1.0, 1.0)
    assert_prf(scores["events/enacted"], 0, 2, 1, 0.0, 0.0, 0.0)
    assert_prf(scores["events/retracted"], 0, 0, 1, 0.0, 0.0, 0.0)


def test_quote_scores_need_speaker_and_overlapping_text() -> None:
    gold = [
        QuoteRecord(Name.of("Dana Reyes"), "It is a good day"),
        QuoteRecord(Name.of("Dana Reyes"), "We worked hard for this"),
        QuoteRecord(Name.of("Northwind Industries"), "The review is ongoing"),
    ]
    predicted = [
        QuoteRecord(Name.of("Dana Reyes", "Reyes"), "\u201cIt is a good day,\u201d"),  # tp
        QuoteRecord(
            Name.of("Reyes"), "We worked hard for this"
        ),  # "Reyes" alone is not "Dana Reyes": fp + fn
        QuoteRecord(Name.of("Northwind Industries Inc."), "The review is ongoing"),  # tp
    ]
    scores = scored({"quotes": gold}, {"quotes": predicted})
    # tp 2, fp 1, fn 1: P = R = F1 = 2/3
    assert_prf(scores["quotes"], 2, 1, 1, 2 / 3, 2 / 3, 2 / 3)


def test_nothing_expected_and_nothing_found_is_perfect_and_spurious_output_is_not() -> None:
    scores = scored({}, {})
    assert_prf(scores["quotes"], 0, 0, 0, 1.0, 1.0, 1.0)
    scores = scored({}, {"quotes": [QuoteRecord(Name.of("X"), "words")]})
    assert_prf(scores["quotes"], 0, 1, 0, 0.0, 0.0, 0.0)
    scores = scored({"quotes": [QuoteRecord(Name.of("X"), "words")]}, {})
    assert_prf(scores["quotes"], 0, 0, 1, 0.0, 0.0, 0.0)


# ---- reading kg's output ----


@pytest.fixture
def example() -> Dataset:
    return read_rdf(EXAMPLE)


def test_predictions_are_read_from_the_documents_graph(example: Dataset) -> None:
    prediction = read_predictions(example, EXAMPLE_DOC, NameIndex(example, DEFAULT_BASE))
    assert [f.to_dict() for f in prediction.facts] == [
        {"subject": "Acme Corp", "predicate": "parentOrganization", "object": "Zenith Holdings"}
    ]
    assert Name.of("Acme").matches(prediction.facts[0].subject)  # skos:altLabel
    (ban,) = prediction.events
    assert (ban.status, ban.target.label) == ("proposed", "Zenith Holdings")
    assert Name.of("Mary Jones").matches(ban.issuer)  # kg:proposer counts as issuer
    assert Name.of("Acme").matches(ban.issuer)
    (quote,) = prediction.quotes
    assert (quote.speaker.label, quote.text) == ("Acme Corp", "Mary Jones will ban the app today.")


def test_a_retracted_prohibition_counts_as_retracted(example: Dataset) -> None:
    graph = example.graph(EXAMPLE_DOC)
    ban = next(graph.subjects(RDF.type, KG.Prohibition))
    retraction = URIRef("https://w3id.org/kg-news/id/event/retraction/0001")
    graph.add((retraction, RDF.type, KG.Retraction))
    graph.add((retraction, KG.retracts, ban))
    prediction = read_predictions(example, EXAMPLE_DOC, NameIndex(example, DEFAULT_BASE))
    assert [e.status for e in prediction.events] == ["retracted"]


def test_a_fact_claimed_only_from_kgs_knowledge_is_kept_apart_as_inferred(
    example: Dataset,
) -> None:
    """A country kg knows a town to be in is no fact the text states: the gold lists what
    texts state, so it is neither a hit nor a false positive, only listed."""
    graph = example.graph(EXAMPLE_DOC)
    acme = next(graph.subjects(SCHEMA.parentOrganization, None))
    country = URIRef("https://w3id.org/kg-news/id/entity/place/norway")
    claim = URIRef(f"{EXAMPLE_DOC}#claim-99")
    graph.add((acme, KG.countryOfOrigin, country))
    for predicate, value in (
        (RDF.type, RDF.Statement),
        (RDF.subject, acme),
        (RDF.predicate, KG.countryOfOrigin),
        (RDF.object, country),
        (KG.method, Literal("rule:place-country")),
    ):
        graph.add((claim, predicate, value))
    prediction = read_predictions(example, EXAMPLE_DOC, NameIndex(example, DEFAULT_BASE))
    assert [f.predicate for f in prediction.facts] == ["parentOrganization"]
    assert [(f.predicate, f.object.label) for f in prediction.inferred] == [
        ("countryOfOrigin", "norway")
    ]
    graph.add((URIRef(f"{EXAMPLE_DOC}#claim-98"), KG.method, Literal("rule:owned-by")))
    for predicate, value in ((RDF.type, RDF.Statement), (RDF.subject, acme)):
        graph.add((URIRef(f"{EXAMPLE_DOC}#claim-98"), predicate, value))
    graph.add((URIRef(f"{EXAMPLE_DOC}#claim-98"), RDF.predicate, KG.countryOfOrigin))
    graph.add((URIRef(f"{EXAMPLE_DOC}#claim-98"), RDF.object, country))
    prediction = read_predictions(example, EXAMPLE_DOC, NameIndex(example, DEFAULT_BASE))
    assert "countryOfOrigin" in [f.predicate for f in prediction.facts]  # also stated: scored
    assert prediction.inferred == []


def test_report_renders_as_text_and_json() -> None:
    scores = scored(
        {"facts": [fact("A", "location", "B")]}, {"facts": [fact("A", "location", "C")]}
    )
    report = EvaluationReport("gold.jsonl", "en_test 1.0", 1, scores)
    text = render_report(report, "text")
    assert re.search(r"^facts\s+1\s+1\s+0\s+1\s+1\s", text, re.MULTILINE)
    assert "x-01" in text and "A location C" in text and "A location B" in text
    data = json.loads(render_report(report, "json"))
    assert data["scores"]["facts/location"]["fn"] == 1
    assert data["scores"]["facts"]["false_positives"][0]["item"]["object"] == "C"
    with pytest.raises(InputError):
        render_report(report, "xml")


# ---- the gold file ----


def gold_records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def family(record: dict) -> str:
    return record["id"].split("-", 1)[0]


def is_negative(record: dict) -> bool:
    return not (record["facts"] or record["events"] or record["quotes"])


def test_gold_file_is_well_formed() -> None:
    records = gold_records()
    assert len(records) >= 60
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts)), "two items with one text would share a document"
    for record in records:
        assert set(record) <= {"id", "text", "facts", "events", "quotes", "note"}, record["id"]
        assert family(record) in {"rel", "evt", "quo"}, record["id"]
        assert record["note"], record["id"]
        for subject, predicate, obj in record["facts"]:
            assert predicate in PREDICATES and subject and obj, record["id"]
        for ev in record["events"]:
            assert ev["type"] == "prohibition" and ev["target"], record["id"]
            assert ev["status"] in STATUSES, record["id"]
        for quote in record["quotes"]:
            assert quote["speaker"] and quote["text"], record["id"]
            assert normalise_quote(quote["text"]) in normalise_quote(record["text"]), record["id"]
    assert len(load_gold(GOLD)) == len(records)


def test_gold_covers_every_type_status_form_and_negatives() -> None:
    records = gold_records()
    predicates = {f[1] for r in records for f in r["facts"]}
    kinds = [json.loads(line) for line in KINDS.read_text(encoding="utf-8").splitlines() if line]
    lives = [json.loads(line) for line in LIFE.read_text(encoding="utf-8").splitlines() if line]
    # the kinds of issue 18 (founders, nationality, tenure) and births, deaths and foundings
    # have their own sets
    predicates |= {f[1] for r in kinds + lives for f in r["facts"]}
    assert predicates == set(FACT_KINDS)
    for own_set, path in ((kinds, KINDS), (lives, LIFE)):
        assert len(own_set) >= 40 and any(is_negative(r) for r in own_set)
        assert len(load_gold(path)) == len(own_set)
    statuses = {e["status"] for r in records for e in r["events"]}
    assert statuses == set(STATUSES)
    for name in ("rel", "evt", "quo"):
        assert any(family(r) == name and is_negative(r) for r in records), name
    quoting = [r["text"] for r in records if r["quotes"]]
    for cue in ("said", "told", "tweeted", "added", "according to", "spokesperson"):
        assert any(cue in text for text in quoting), cue
    assert any('"' in text for text in quoting), "straight quotes"
    assert any("\u201c" in text for text in quoting), "curly quotes"


def test_gold_loader_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y", "events": [{}]}\n')
    with pytest.raises(InputError, match=r"gold\.jsonl:2: "):
        load_gold(bad)
    bad.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    with pytest.raises(InputError, match="duplicate id 'a'"):
        load_gold(bad)


def test_cli_exits_2_on_an_unreadable_gold_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    result = CliRunner().invoke(app, ["evaluate", str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.output
    assert len(result.output.strip().splitlines()) == 1
