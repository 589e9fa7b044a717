"""kg's facts scored on Re-DocRED-format files: text no one in this project wrote.

Re-DocRED (Tan et al., 2022) annotates Wikipedia lead paragraphs with entities (each a list
of mentions with a type: PER, ORG, LOC, TIME, NUM, MISC) and relations between them, named
by Wikidata properties. kg's relations map to those properties as
kg/evaluation/wikidata_properties.py lists (the same list is in README.md).

A kg fact matches a gold relation of a mapped property when its subject names the head and
its object the tail: a name matches when one of the entity's forms in the document (its
mentions' anchors, or the name in its IRI, for a country the text only implies as in
"the Chinese company", or the adjective naming it anywhere in the document, "American",
or a party's word, "Republican") equals one of the gold entity's mention names, ignoring
case, a leading "the" and punctuation; a date matches a time entity that states it at the
same precision or a coarser one ("1922" for 26 January 1922). Precision is over every kg
fact of a mapped predicate; recall over the gold relations of the mapped properties whose
argument types kg claims (in brackets), so a country of a river is not counted against kg. Unmatched
facts are kept for reading: the gold misses many true facts (an organisation's country).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.errors import InputError, Msg
from kg.evaluation.wikidata_properties import CLAIMED_TYPES, PROPERTIES
from kg.ingest.dates import written_date
from kg.lexicon import demonyms, pairs
from kg.vocab import ITSRDF, KG, NIF

_PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class GoldDocument:
    title: str
    text: str
    names: list[set[str]]  # per gold entity: its normalised mention names
    types: list[str]  # per gold entity: the type of its first mention
    relations: set[tuple[int, str, int]]  # (head entity, property, tail entity)


@dataclass(frozen=True)
class PredictedFact:
    subject: str
    predicate: str
    object: str
    subject_forms: frozenset[str]
    object_forms: frozenset[str]
    evidence: str = ""


@dataclass
class Score:
    documents: int = 0
    facts: int = 0  # kg facts of mapped predicates
    matched_facts: int = 0
    gold: int = 0  # gold relations of mapped properties with types kg claims
    found_gold: int = 0
    by_predicate: dict[str, list[int]] = field(default_factory=dict)  # [facts, matched]
    by_property: dict[str, list[int]] = field(default_factory=dict)  # [gold, found]
    unmatched: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_facts / self.facts if self.facts else 0.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 0.0


def normalise(name: str) -> str:
    """A name for matching: lower case, no punctuation, no leading "the", single spaces."""
    words = _PUNCTUATION.sub(" ", name.lower()).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def read_gold(path: Path | str) -> list[GoldDocument]:
    """The documents of a Re-DocRED-format JSON file (a list of objects with `sents`,
    `vertexSet` and `labels`); the text is each sentence's tokens joined as English is
    written (`detokenize`), as the corpus keeps no original spacing."""
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
        return [_gold_document(record) for record in records]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(Msg.GOLD_UNREADABLE.format(path=path, reason=error)) from error


def _gold_document(record: dict) -> GoldDocument:
    text = " ".join(detokenize(sentence) for sentence in record["sents"])
    names = [
        {normalise(m["name"]) for m in entity} | _date_keys(entity)
        for entity in record["vertexSet"]
    ]
    types = [entity[0]["type"] for entity in record["vertexSet"]]
    relations = {(label["h"], label["r"], label["t"]) for label in record.get("labels", [])}
    return GoldDocument(record.get("title", ""), text, names, types, relations)


def _date_keys(entity: list[dict]) -> set[str]:
    """A time entity's dates, as keys that match kg's literals ("date:1918-02-04",
    "date:1955"): the corpus writes "February 23 , 1968", kg xsd:date 1968-02-23."""
    if entity[0].get("type") != "TIME":
        return set()
    dates = (written_date(detokenize(m["name"].split())) for m in entity)
    return {_date_key(date) for date in dates if date is not None}


def _date_key(date: Literal) -> str:
    return f"date:{date}"


_GLUED_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'", "’"})
_GLUED_AFTER = frozenset({"(", "[", "{"})
_CLITICS = frozenset({"'s", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m"})


def detokenize(tokens: list[str]) -> str:
    """A sentence's tokens joined as English is written: no space before a comma, a full
    stop, a closing bracket or "'s", none after an opening bracket or around a hyphen
    ("Brandt - Lomholt" is "Brandt-Lomholt"), double quotes around what they quote. Re-DocRED
    keeps only tokens; joined with spaces everywhere ("Peru 's finest", "( born 1953 )")
    they are text no writer produces and kg's parser was not trained on."""
    text, quoted = "", False
    for index, token in enumerate(tokens):
        before = tokens[index - 1] if index else None
        glued = (
            before is None
            or token in _GLUED_BEFORE
            or token.lower() in _CLITICS
            or before in _GLUED_AFTER
            or token == "-"
            or before == "-"
            or (token == '"' and quoted)
            or (before == '"' and quoted)
        )
        if before in _GLUED_AFTER and token in _GLUED_BEFORE:
            glued = False  # "( ;": written "(;", the tokenizer keeps it one token
        if token == '"':
            quoted = not quoted
        text += token if glued else " " + token
    return text


def facts_of(graph: Graph) -> list[PredictedFact]:
    """kg's facts of the mapped predicates in one document's graph, with the forms of both
    entities (their mentions' anchors and labels)."""
    forms: dict[URIRef, set[str]] = {}
    for mention, entity in graph.subject_objects(ITSRDF.taIdentRef):
        anchor = graph.value(mention, NIF.anchorOf)
        if anchor is not None:
            forms.setdefault(entity, set()).add(normalise(str(anchor)))
    evidence = {
        (s, p, o): str(graph.value(claim, KG.evidenceText) or "")
        for claim in graph.subjects(RDF.type, RDF.Statement)
        for s, p, o in [(graph.value(claim, RDF.subject), graph.value(claim, RDF.predicate),
                         graph.value(claim, RDF.object))]
    }  # fmt: skip
    evidence.update(_former_posts(graph))
    document = " ".join(str(text) for text in graph.objects(None, NIF.isString))
    former = [(s, o) for s, p, o in evidence if p == KG.Post]
    facts = []
    for predicate in PROPERTIES:
        for subject, obj in former if predicate == KG.Post else graph.subject_objects(predicate):
            if isinstance(obj, Literal):  # a date: its key, as for the gold's time entities
                facts.append(_dated_fact(subject, predicate, obj, forms, evidence))
                continue
            facts.append(
                PredictedFact(
                    str(subject),
                    str(predicate),
                    str(obj),
                    frozenset(forms.get(subject, set()) | {_iri_name(subject)}),
                    frozenset(
                        forms.get(obj, set())
                        | {_iri_name(obj)}
                        | _adjectives_in(
                            _iri_name(obj),
                            f"{document} {evidence.get((subject, predicate, obj), '')}",
                        )
                    ),
                    evidence.get((subject, predicate, obj), ""),
                )
            )
    return facts


def _dated_fact(subject, predicate, date: Literal, forms, evidence) -> PredictedFact:
    return PredictedFact(
        str(subject),
        str(predicate),
        str(date),
        frozenset(forms.get(subject, set()) | {_iri_name(subject)}),
        frozenset(_date_key(coarser) for coarser in _coarser_dates(str(date))),
        evidence.get((subject, predicate, date), ""),
    )


def _coarser_dates(date: str) -> list[str]:
    """The date and the same date at each coarser precision ("1922-01-26", "1922-01",
    "1922"): a gold time entity named by the year alone ("died in 1922") is the same date
    as kg's full one ("(22 August 1861 – 26 January 1922)")."""
    parts = date.split("-")
    return ["-".join(parts[:k]) for k in range(len(parts), 0, -1)]


def _former_posts(graph: Graph) -> dict[tuple, str]:
    """(holder, kg:Post, organisation) -> evidence sentence, for each post held before
    ("former CEO of Acme"): an employer then, which P108 states without a time. (A post
    held now gives a worksFor fact, counted as such.)"""
    found = {}
    for post in graph.subjects(RDF.type, KG.Post):
        holder, org = graph.value(post, KG.holder), graph.value(post, KG.organization)
        if graph.value(post, KG.tenure) == KG.Former and holder and org:
            mention = graph.value(post, KG.mention)
            sentence = graph.value(mention, NIF.sentence) if mention else None
            found[(holder, KG.Post, org)] = str(graph.value(sentence, NIF.anchorOf) or "")
    return found


def _adjectives_in(name: str, text: str) -> set[str]:
    """The words of the document that name the entity as an adjective: "American" for the
    United States, "Republican" for the Republican Party (kg/lexicon/parties.tsv). A
    country or a party the text only implies is written that way, and Re-DocRED often
    makes the adjective an entity of its own ("Canadian", typed LOC, beside "Canada")."""
    said = f" {normalise(text)} "
    named = {
        demonym: normalise(pairs("place_aliases.tsv").get(country.lower(), country))
        for demonym, country in demonyms().items()
    }
    named.update((word, normalise(party)) for word, party in pairs("parties.tsv").items())
    return {word for word, entity in named.items() if entity == name and f" {word} " in said}


def _iri_name(iri: URIRef) -> str:
    """The name in an entity IRI's last step ('.../place/united-states' -> 'united states')."""
    return normalise(str(iri).rstrip("/").rsplit("/", 1)[-1].replace("-", " "))


def _entities_named(document: GoldDocument, forms: frozenset[str]) -> set[int]:
    return {index for index, names in enumerate(document.names) if names & forms}


def gold_matches(document: GoldDocument, fact: PredictedFact) -> set[tuple[int, str, int]]:
    """The gold relations a kg fact states."""
    subjects = _entities_named(document, fact.subject_forms)
    objects = _entities_named(document, fact.object_forms)
    found = set()
    for prop, reverse in PROPERTIES[URIRef(fact.predicate)]:
        for subject in subjects:
            for obj in objects:
                relation = (obj, prop, subject) if reverse else (subject, prop, obj)
                if relation in document.relations:
                    found.add(relation)
    return found


def claimed_gold(document: GoldDocument) -> set[tuple[int, str, int]]:
    """The gold relations of mapped properties whose argument types kg claims."""
    return {
        (head, prop, tail)
        for head, prop, tail in document.relations
        if prop in CLAIMED_TYPES
        and document.types[head] in CLAIMED_TYPES[prop][0]
        and document.types[tail] in CLAIMED_TYPES[prop][1]
    }


def score_document(score: Score, document: GoldDocument, facts: Iterable[PredictedFact]) -> None:
    """Add one document's facts to the score."""
    score.documents += 1
    claimed = claimed_gold(document)
    score.gold += len(claimed)
    found: set[tuple[int, str, int]] = set()
    for fact in facts:
        matches = gold_matches(document, fact)
        found |= matches & claimed
        name = fact.predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        counts = score.by_predicate.setdefault(name, [0, 0])
        counts[0] += 1
        score.facts += 1
        if matches:
            counts[1] += 1
            score.matched_facts += 1
        else:
            row = {
                key: sorted(v) if isinstance(v, frozenset) else v for key, v in asdict(fact).items()
            }
            score.unmatched.append({"document": document.title, **row})
    score.found_gold += len(found)
    for relations, column in ((claimed, 0), (found, 1)):
        for _head, prop, _tail in relations:
            score.by_property.setdefault(prop, [0, 0])[column] += 1


def extracted_graphs(
    documents: list[GoldDocument], model: str | None = None, batch: int = 16
) -> Iterator[Graph]:
    """Each document's graph as kg extracts it (validation off: this measures facts)."""
    from kg.extraction import ExtractOptions, process_documents
    from kg.ingest.read import Document
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)
    options = ExtractOptions(model=model, validate=False)
    for start in range(0, len(documents), batch):
        chunk = documents[start : start + batch]
        inputs = [Document(d.text, f"{d.title or start + i}") for i, d in enumerate(chunk)]
        for result in process_documents(nlp, inputs, options):
            yield result.graph if not isinstance(result, InputError) else Graph()


def evaluate_redocred(
    path: Path | str, limit: int | None = None, model: str | None = None
) -> Score:
    """Extract every document of a Re-DocRED-format file (the first `limit`) and score it."""
    documents = read_gold(path)[:limit]
    score = Score()
    for document, graph in zip(documents, extracted_graphs(documents, model), strict=True):
        score_document(score, document, facts_of(graph))
    return score


def render_score(score: Score) -> str:
    """The score as a small Markdown table."""
    lines = [
        f"documents {score.documents}, kg facts of mapped kinds {score.facts} "
        f"({score.facts / max(score.documents, 1):.2f} per document)",
        "",
        "| measure | value |",
        "|---|---|",
        f"| precision against gold | {score.precision:.3f} ({score.matched_facts}/{score.facts}) |",
        f"| recall over gold of kg's kinds | {score.recall:.3f} "
        f"({score.found_gold}/{score.gold}) |",
    ]
    for name, (facts, matched) in sorted(score.by_predicate.items()):
        lines.append(f"| {name}: matched / facts | {matched}/{facts} |")
    for prop, (gold, found) in sorted(score.by_property.items(), key=lambda item: item[0]):
        lines.append(f"| {prop}: found / gold | {found}/{gold} |")
    return "\n".join(lines) + "\n"
