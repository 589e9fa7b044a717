"""Score kg's relations, events and quotations against a hand-written gold set.

    from kg.evaluation.evaluate import evaluate, render_report
    report = evaluate("benchmarks/gold/dev.jsonl", model="/path/to/pipeline")
    render_report(report, "text")        # or "json"; report.to_dict() for the data

The gold file is JSON Lines, one item per line:

    {"id": "rel-own-01", "text": "...",
     "facts": [["Brightwave", "parentOrganization", "Zenith Holdings"]],
     "events": [{"type": "prohibition", "issuer": "Arvenia", "target": "FlickStream",
                 "status": "enacted"}],
     "quotes": [{"speaker": "Dana Reyes", "text": "We take privacy seriously"}],
     "note": "what it tests"}

Every item lists everything a perfect extractor would produce from its text (all three
families), so an item with empty lists is a negative. `issuer` may be omitted or null when
the text does not name one; it is then not compared.

All texts are extracted in one run (one temporary .jsonl, one `extract` call) and each item's
predictions are read back from its document's named graph (the document IRI derives from the
text's hash): facts are the plain triples with one of `PREDICATES`; events are the
kg:Prohibition nodes, one record per kg:target, the issuer being any kg:issuer or kg:proposer,
and the status kg:Retracted whenever a kg:Retraction in the same graph kg:retracts the event
(otherwise its kg:status); quotations are the schema:Quotation nodes with schema:text and
schema:spokenByCharacter. Entities are named by their rdfs:label and skos:altLabel in the
entities graph. Matching and scoring rules: `kg.evaluation.scoring`.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError, Msg
from kg.evaluation.scoring import (
    EventRecord,
    FactRecord,
    Name,
    QuoteRecord,
    Score,
    event_matches,
    fact_matches,
    quote_matches,
    score_family,
)
from kg.extraction import ExtractOptions, extract
from kg.facts.claims import INFERRED_METHODS
from kg.vocab import (
    DEFAULT_BASE,
    KG,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    content_hash,
    document_iri,
    entities_graph,
    provenance_graph,
)

PREDICATES: dict[str, URIRef] = {
    "parentOrganization": SCHEMA.parentOrganization,
    "jobTitle": SCHEMA.jobTitle,
    "worksFor": SCHEMA.worksFor,
    "memberOf": SCHEMA.memberOf,
    "location": SCHEMA.location,
    "countryOfOrigin": KG.countryOfOrigin,
    "founder": SCHEMA.founder,
    "nationality": SCHEMA.nationality,
    "birthDate": SCHEMA.birthDate,
    "deathDate": SCHEMA.deathDate,
    "birthPlace": SCHEMA.birthPlace,
    "deathPlace": SCHEMA.deathPlace,
    "foundingDate": SCHEMA.foundingDate,
    "spouse": SCHEMA.spouse,
    "parent": SCHEMA.parent,
    "children": SCHEMA.children,
    "sibling": SCHEMA.sibling,
}
# posts no longer (or not yet) held: read from kg:Post nodes with that kg:tenure, as
# (holder, schema:roleName) and (holder, kg:organization)
TENURE_PREDICATES: dict[str, tuple[URIRef, URIRef]] = {
    "formerJobTitle": (KG.Former, SCHEMA.roleName),
    "formerWorksFor": (KG.Former, KG.organization),
    "incomingJobTitle": (KG.Incoming, SCHEMA.roleName),
    "incomingWorksFor": (KG.Incoming, KG.organization),
}
FACT_KINDS = (*PREDICATES, *TENURE_PREDICATES)
STATUSES: dict[str, URIRef] = {
    "proposed": KG.Proposed,
    "under_consideration": KG.UnderConsideration,
    "enacted": KG.Enacted,
    "retracted": KG.Retracted,
}
EVENT_TYPES = ("prohibition",)
FAMILIES = ("facts", "events", "quotes")
REPORT_FORMATS = ("text", "json")


@dataclass
class GoldItem:
    id: str
    text: str
    facts: list[FactRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    note: str = ""


@dataclass
class Prediction:
    facts: list[FactRecord] = field(default_factory=list)
    inferred: list[FactRecord] = field(default_factory=list)  # not scored: see read_predictions
    events: list[EventRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)


@dataclass
class EvaluationReport:
    gold_path: str
    model: str
    items: int
    scores: dict[str, Score]  # "facts", "facts/jobTitle", ..., "events/enacted", "quotes"
    inferred: list[tuple[str, FactRecord]] = field(default_factory=list)  # (item id, fact)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold_path,
            "model": self.model,
            "items": self.items,
            "scores": {name: score.to_dict() for name, score in self.scores.items()},
            "inferred": [{"id": item, **fact.to_dict()} for item, fact in self.inferred],
        }


# ---- gold ----


def load_gold(path: str | Path) -> list[GoldItem]:
    """Parse and check a gold file; `InputError` naming the file (and line) if it is bad."""
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(Msg.GOLD_UNREADABLE.format(path=path, reason=reason)) from error
    items: list[GoldItem] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = gold_item(json.loads(line))
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            reason = str(error) if not isinstance(error, KeyError) else f"missing {error}"
            raise InputError(
                Msg.GOLD_INVALID.format(path=path, line=number, reason=reason)
            ) from None
        if item.id in seen:
            reason = f"duplicate id {item.id!r}"
            raise InputError(Msg.GOLD_INVALID.format(path=path, line=number, reason=reason))
        seen.add(item.id)
        items.append(item)
    if not items:
        raise InputError(Msg.GOLD_UNREADABLE.format(path=path, reason="no gold items"))
    return items


def gold_item(record: Any) -> GoldItem:
    """One parsed JSON line to a `GoldItem`; ValueError/TypeError/KeyError if malformed."""
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    item_id, text = record["id"], record["text"]
    if not isinstance(item_id, str) or not item_id or not isinstance(text, str) or not text.strip():
        raise ValueError('"id" and "text" must be non-empty strings')
    item = GoldItem(item_id, text.replace("\r\n", "\n"), note=str(record.get("note", "")))
    for subject, predicate, obj in record.get("facts", []):
        if predicate not in FACT_KINDS:
            raise ValueError(f"unknown predicate {predicate!r}")
        title = predicate.endswith("JobTitle") or predicate == "jobTitle"
        item.facts.append(FactRecord(Name.of(subject), predicate, Name.of(obj, title=title)))
    for event in record.get("events", []):
        if event.get("type", "prohibition") not in EVENT_TYPES:
            raise ValueError(f"unknown event type {event.get('type')!r}")
        if event["status"] not in STATUSES:
            raise ValueError(f"unknown status {event['status']!r}")
        issuer = Name.of(event["issuer"]) if event.get("issuer") else None
        item.events.append(EventRecord(Name.of(event["target"]), event["status"], issuer))
    for quote in record.get("quotes", []):
        item.quotes.append(QuoteRecord(Name.of(quote["speaker"]), quote["text"]))
    return item


# ---- predictions ----


class NameIndex:
    """Names of the entities in a Dataset: rdfs:label + skos:altLabel (entities graph first)."""

    def __init__(self, dataset: Dataset, base: str) -> None:
        self.dataset = dataset
        self.entities = dataset.graph(entities_graph(base))

    def name(self, node: Node, title: bool = False) -> Name:
        if isinstance(node, Literal):
            return Name.of(str(node), title=title)
        label = self.entities.value(node, RDFS.label)
        if label is None:  # not an indexed entity: any graph's label, else the IRI's last step
            label = next((o for _, _, o, _ in self.dataset.quads((node, RDFS.label, None))), None)
        alternatives = [str(alt) for alt in self.entities.objects(node, SKOS.altLabel)]
        if label is None:
            label = str(node).rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
        return Name.of(str(label), *alternatives, title=title)


def read_predictions(dataset: Dataset, document: URIRef, names: NameIndex) -> Prediction:
    """What kg produced for one document, as records comparable with the gold. A fact whose
    every claim comes from kg's own knowledge (kg.facts.claims.INFERRED_METHODS: the country
    of a town) is kept apart as inferred: the gold lists what the texts state."""
    graph = dataset.graph(document)
    prediction = Prediction()
    inferred = _inferred_triples(graph)
    for short, predicate in PREDICATES.items():
        for subject, obj in sorted(graph.subject_objects(predicate)):
            title = short == "jobTitle"
            record = FactRecord(names.name(subject), short, names.name(obj, title=title))
            kept = (
                prediction.inferred if (subject, predicate, obj) in inferred else prediction.facts
            )
            kept.append(record)
    prediction.facts.extend(_tenure_facts(graph, names))
    status_names = {iri: short for short, iri in STATUSES.items()}
    retracted = {
        event
        for retraction in graph.subjects(RDF.type, KG.Retraction)
        for event in graph.objects(retraction, KG.retracts)
    }
    for event in sorted(graph.subjects(RDF.type, KG.Prohibition)):
        status = "retracted" if event in retracted else None
        status = status or status_names.get(graph.value(event, KG.status), "unknown")
        issuers = [*graph.objects(event, KG.issuer), *graph.objects(event, KG.proposer)]
        issuer = _merged([names.name(node) for node in issuers])
        for target in sorted(graph.objects(event, KG.target)):
            prediction.events.append(EventRecord(names.name(target), status, issuer))
    for quote in sorted(graph.subjects(RDF.type, SCHEMA.Quotation)):
        text = str(graph.value(quote, SCHEMA.text) or "")
        speakers = [names.name(node) for node in graph.objects(quote, SCHEMA.spokenByCharacter)]
        speaker = _merged(speakers) or Name("(no speaker)", frozenset())
        prediction.quotes.append(QuoteRecord(speaker, text))
    return prediction


def _inferred_triples(graph) -> set[tuple]:
    """The triples all of whose claims have a method of INFERRED_METHODS."""
    methods: dict[tuple, set[str]] = {}
    for claim in graph.subjects(RDF.type, RDF.Statement):
        triple = tuple(
            graph.value(claim, part) for part in (RDF.subject, RDF.predicate, RDF.object)
        )
        methods.setdefault(triple, set()).add(str(graph.value(claim, KG.method)))
    return {triple for triple, found in methods.items() if found <= INFERRED_METHODS}


def _tenure_facts(graph, names: NameIndex) -> list[FactRecord]:
    """Former and incoming posts as facts: (holder, formerJobTitle, title), ..."""
    records = []
    for short, (tenure, path) in TENURE_PREDICATES.items():
        for post in sorted(graph.subjects(KG.tenure, tenure)):
            for holder in sorted(graph.objects(post, KG.holder)):
                for value in sorted(graph.objects(post, path)):
                    title = path == SCHEMA.roleName
                    records.append(
                        FactRecord(names.name(holder), short, names.name(value, title=title))
                    )
    return records


def _merged(names: list[Name]) -> Name | None:
    if not names:
        return None
    label = " / ".join(sorted({name.label for name in names}))
    return Name(label, frozenset().union(*(name.keys for name in names)))


def pipeline_name(dataset: Dataset, base: str) -> str | None:
    """'en_kg_news 0.1.0' from the run's provenance graph."""
    graph = dataset.graph(provenance_graph(base))
    for agent in graph.subjects(KG.pipelineName, None):
        return f"{graph.value(agent, KG.pipelineName)} {graph.value(agent, KG.pipelineVersion)}"
    return None


# ---- scoring ----


def score_items(items: list[GoldItem], predictions: dict[str, Prediction]) -> dict[str, Score]:
    """Scores per family ("facts", "events", "quotes") and per predicate / status."""
    scores: dict[str, Score] = {}
    for family in FAMILIES:
        scores[family] = Score()
        keys = FACT_KINDS if family == "facts" else STATUSES if family == "events" else {}
        for key in keys:
            scores[f"{family}/{key}"] = Score()
    for item in items:
        predicted = predictions.get(item.id, Prediction())
        score_family(scores, "facts", item.id, item.facts, predicted.facts, fact_matches)
        score_family(scores, "events", item.id, item.events, predicted.events, event_matches)
        score_family(scores, "quotes", item.id, item.quotes, predicted.quotes, quote_matches)
    return scores


def evaluate(
    gold_path: str | Path, model: str | None = None, base: str = DEFAULT_BASE
) -> EvaluationReport:
    """Extract every gold text with kg (pipeline `model`) and score the result."""
    items = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="kg-evaluate-") as folder:
        texts = Path(folder) / "gold-texts.jsonl"
        unique = list(dict.fromkeys(item.text for item in items))
        lines = (json.dumps({"text": text}, ensure_ascii=False) for text in unique)
        texts.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = extract([str(texts)], ExtractOptions(model=model, base=base, validate=False))
    dataset = result.dataset
    names = NameIndex(dataset, base)
    predictions = {
        item.id: read_predictions(dataset, document_iri(base, content_hash(item.text)), names)
        for item in items
    }
    scores = score_items(items, predictions)
    used = pipeline_name(dataset, base) or model or "default"
    inferred = [(item.id, fact) for item in items for fact in predictions[item.id].inferred]
    return EvaluationReport(str(gold_path), used, len(items), scores, inferred)


# ---- rendering ----


def render_report(report: EvaluationReport, fmt: str = "text") -> str:
    """The report as a text table with the misses listed, or as JSON."""
    if fmt == "json":
        return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt != "text":
        raise InputError(Msg.UNKNOWN_REPORT_FORMAT.format(value=fmt, choices=REPORT_FORMATS))
    header = f"{'type':<30}{'gold':>6}{'pred':>6}{'tp':>6}{'fp':>6}{'fn':>6}"
    header += f"{'P':>8}{'R':>8}{'F1':>8}"
    lines = [f"gold: {report.gold_path} ({report.items} items)  model: {report.model}", "", header]
    for name, s in report.scores.items():
        label = f"  {name.split('/', 1)[1]}" if "/" in name else name
        lines.append(
            f"{label:<30}{s.gold:>6}{s.predicted:>6}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
            f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
        )
    for title, attribute in (
        ("false negatives", "false_negatives"),
        ("false positives", "false_positives"),
    ):
        misses = [(f, m) for f in FAMILIES for m in getattr(report.scores[f], attribute)]
        lines += ["", f"{title} ({len(misses)}):"]
        lines += [f"  {family:<7}{miss.id:<22}{_describe(miss.item)}" for family, miss in misses]
    lines += ["", f"inferred, not scored (kg's knowledge of places) ({len(report.inferred)}):"]
    lines += [f"  {'facts':<7}{item:<22}{_describe(f.to_dict())}" for item, f in report.inferred]
    return "\n".join(lines) + "\n"


def _describe(item: dict[str, Any]) -> str:
    if "predicate" in item:
        return f"{item['subject']} {item['predicate']} {item['object']}"
    if "status" in item:
        issuer = item["issuer"] or "?"
        return f"{item['type']} by {issuer} on {item['target']} ({item['status']})"
    return f"{item['speaker']}: \u201c{item['text']}\u201d"
