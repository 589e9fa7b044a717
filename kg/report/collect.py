"""Reading the graph into the report's dataclasses (kg/report/model.py).

Everything is found through links, never through named graphs, so a Turtle file (the union)
gives the same report as the TriG file it came from: mentions through `nif:referenceContext`
and the context's `nif:sourceUrl`, claims through `prov:wasDerivedFrom`, quotations through
`schema:isPartOf`. Every list is sorted, so the same graph always gives the same report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.report.model import (
    ENTITY_CLASSES,
    GROUP_TYPES,
    ITSRDF,
    KG,
    NIF,
    OTHER_CLASS,
    PREDICATE_LABELS,
    SCHEMA,
    Claim,
    Document,
    Edge,
    Entity,
    Group,
    Mention,
    Quotation,
    Report,
    Span,
    Validation,
    Value,
    clip,
    humanise,
    local_name,
)

# The few terms the report reads (the same IRIs as kg.vocab; defined here so that this
# package depends on nothing else in kg).
from kg.report.validation import validation_in


class _Index:
    """The triples of a graph by predicate, in one pass (a Dataset's union is slow to ask
    one pattern at a time)."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self.objects: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
        self._reverse: dict[URIRef, dict[Node, list[Node]]] = {}
        for subject, predicate, obj in triples:
            self.objects[predicate][subject].add(obj)

    def values(self, subject: Node, predicate: URIRef) -> list[Node]:
        return sorted(self.objects.get(predicate, {}).get(subject, []), key=_sort_key)

    def one(self, subject: Node, predicate: URIRef) -> Node | None:
        values = self.values(subject, predicate)
        return values[0] if values else None

    def subjects(self, predicate: URIRef, obj: Node | None = None) -> list[Node]:
        table = self.objects.get(predicate, {})
        if obj is None:
            return sorted(table, key=_sort_key)
        if predicate not in self._reverse:
            reverse: dict[Node, list[Node]] = defaultdict(list)
            for subject, objects in table.items():
                for value in objects:
                    reverse[value].append(subject)
            self._reverse[predicate] = reverse
        return sorted(self._reverse[predicate].get(obj, []), key=_sort_key)


def _sort_key(node: Node) -> tuple[int, str]:
    return (0 if isinstance(node, URIRef) else 1 if isinstance(node, Literal) else 2, str(node))


def _int(node: Node | None) -> int | None:
    try:
        return int(str(node)) if node is not None else None
    except ValueError:
        return None


def read_report(
    graph: Graph | Iterable[tuple[Node, Node, Node]], validation: Validation | None = None
) -> Report:
    """Read kg's graph (a Dataset or a Graph: the union is used; or its triples) into a
    `Report`.

    `validation` is shown when given; otherwise a SHACL validation report found in the graph
    itself (the Turtle of `kg validate --format turtle` given as one of the inputs) is."""
    triples = graph.triples((None, None, None)) if isinstance(graph, Graph) else graph
    index = _Index(triples)
    entities = _entities(index)
    entity_iris = {entity.iri for entity in entities}
    claims_by_doc, claims_by_subject = _claims(index, entity_iris)
    documents = [
        _document(index, doc, claims_by_doc.get(str(doc), []), entity_iris)
        for doc in index.subjects(RDF.type, SCHEMA.NewsArticle)
    ]
    mentions: dict[str, int] = defaultdict(int)
    docs_of: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for mention in document.mentions:
            for entity in mention.entities:
                mentions[entity] += 1
                docs_of[entity].add(document.iri)
    for entity in entities:
        entity.mentions = mentions.get(entity.iri, 0)
        entity.documents = sorted(docs_of.get(entity.iri, ()))
    facts_by_entity: dict[str, list[Claim]] = defaultdict(list)
    edges: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for subject, claims in claims_by_subject.items():
        if subject not in entity_iris:
            # an event, post or quotation: its claims about entities are theirs too
            for claim in claims:
                if claim.value.entity:
                    facts_by_entity[claim.value.iri].append(claim)
            continue
        for claim in claims:
            facts_by_entity[subject].append(claim)
            if claim.value.entity and claim.value.iri != subject:
                facts_by_entity[claim.value.iri].append(claim)
                labels, claim_iris = edges.setdefault((subject, claim.value.iri), (set(), set()))
                labels.add(claim.predicate_label)
                claim_iris.add(claim.iri)
    return Report(
        documents=documents,
        entities=entities,
        edges=[
            Edge(source, target, sorted(labels), len(claim_iris))
            for (source, target), (labels, claim_iris) in sorted(edges.items())
        ],
        facts_by_entity={key: _sorted_claims(value) for key, value in facts_by_entity.items()},
        labels={
            group.iri: group.label
            for document in documents
            for group in (*document.posts, *document.events)
        }
        | {
            quotation.iri: f"\u201c{clip(quotation.text, 60)}\u201d"
            for document in documents
            for quotation in document.quotations
        },
        validation=validation if validation is not None else validation_in(index),
        agents=sorted(
            str(label)
            for a in index.subjects(RDF.type, PROV.SoftwareAgent)
            for label in index.values(a, RDFS.label)
        ),
    )


def _entities(index: _Index) -> list[Entity]:
    found: dict[str, Entity] = {}
    for entity_type, slug in ENTITY_CLASSES.items():
        for iri in index.subjects(RDF.type, entity_type):
            if not isinstance(iri, URIRef) or str(iri) in found:
                continue
            labels = [str(label) for label in index.values(iri, RDFS.label)]
            label = labels[0] if labels else local_name(str(iri))
            others = {str(alt) for alt in index.values(iri, SKOS.altLabel)} | set(labels[1:])
            others.discard(label)
            found[str(iri)] = Entity(
                iri=str(iri),
                label=label,
                entity_class=slug,
                other_names=sorted(others),
                same_as=[str(s) for s in index.values(iri, OWL.sameAs)],
                mentions=0,
                documents=[],
            )
    # mentions of IRIs without a description of their own (a document graph read alone)
    for reference in index.subjects(ITSRDF.taIdentRef):
        for iri in index.values(reference, ITSRDF.taIdentRef):
            if str(iri) not in found:
                klass = index.one(reference, ITSRDF.taClassRef)
                found[str(iri)] = Entity(
                    iri=str(iri),
                    label=local_name(str(iri)).replace("-", " "),
                    entity_class=ENTITY_CLASSES.get(klass, OTHER_CLASS),
                    other_names=[],
                    same_as=[],
                    mentions=0,
                    documents=[],
                )
    return sorted(found.values(), key=lambda e: (e.label.casefold(), e.iri))


def _label(index: _Index, node: Node) -> str:
    label = index.one(node, RDFS.label)
    if label is not None:
        return str(label)
    if isinstance(node, URIRef):
        return humanise(str(node)) if str(node).startswith(str(KG)) else str(node)
    return str(node)


def _value(index: _Index, node: Node, entity_iris: set[str]) -> Value:
    if isinstance(node, URIRef):
        return Value(_label(index, node), str(node), str(node) in entity_iris)
    if isinstance(node, BNode):
        return Value(f"_:{node}")
    return Value(str(node))


def _claims(
    index: _Index, entity_iris: set[str]
) -> tuple[dict[str, list[Claim]], dict[str, list[Claim]]]:
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for iri in index.subjects(RDF.type, RDF.Statement):
        subject = index.one(iri, RDF.subject)
        predicate = index.one(iri, RDF.predicate)
        obj = index.one(iri, RDF.object)
        if subject is None or predicate is None or obj is None:
            continue
        documents = index.values(iri, PROV.wasDerivedFrom) or [URIRef("")]
        evidence = index.one(iri, KG.evidence)
        evidence_text = index.one(iri, KG.evidenceText)
        confidence = index.one(iri, KG.confidence)
        method = index.one(iri, KG.method)
        for document in documents:
            claim = Claim(
                iri=str(iri),
                subject=str(subject),
                predicate=str(predicate),
                predicate_label=PREDICATE_LABELS.get(predicate, humanise(str(predicate))),
                value=_value(index, obj, entity_iris),
                document=str(document),
                evidence=str(evidence) if evidence is not None else None,
                evidence_text=str(evidence_text) if evidence_text is not None else "",
                confidence=str(confidence) if confidence is not None else None,
                method=str(method) if method is not None else None,
            )
            by_doc[str(document)].append(claim)
            by_subject[str(subject)].append(claim)
    return by_doc, by_subject


def _sorted_claims(claims: Iterable[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.document, c.subject, c.predicate, c.value.text, c.iri))


def _document(index: _Index, doc: Node, claims: list[Claim], entity_iris: set[str]) -> Document:
    contexts = [
        c for c in index.subjects(NIF.sourceUrl, doc) if NIF.Context in index.values(c, RDF.type)
    ]
    text = ""
    for context in contexts:
        string = index.one(context, NIF.isString)
        if string is not None:
            text = str(string)
            break
    mentions: list[Mention] = []
    sentences: list[tuple[int, int, str]] = []
    spans: list[Span] = []
    for context in contexts:
        for string in index.subjects(NIF.referenceContext, context):
            start = _int(index.one(string, NIF.beginIndex))
            end = _int(index.one(string, NIF.endIndex))
            if start is None or end is None or not 0 <= start <= end <= len(text):
                continue
            types = index.values(string, RDF.type)
            if NIF.Sentence in types:
                sentences.append((start, end, str(string)))
            references = index.values(string, ITSRDF.taIdentRef)
            if NIF.Phrase in types and references:
                klass = index.one(string, ITSRDF.taClassRef)
                anchor = index.one(string, NIF.anchorOf)
                mentions.append(
                    Mention(
                        iri=str(string),
                        start=start,
                        end=end,
                        anchor=str(anchor) if anchor is not None else text[start:end],
                        entities=[str(r) for r in references],
                        entity_class=ENTITY_CLASSES.get(klass, OTHER_CLASS),
                    )
                )
    strings = {iri: (start, end) for start, end, iri in sentences}
    strings.update({m.iri: (m.start, m.end) for m in mentions})
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_subject[claim.subject].append(claim)
    facts: list[Claim] = []
    groups: dict[str, list[Group]] = {"post": [], "event": []}
    quotations: list[Quotation] = []
    for subject in sorted(by_subject):
        subject_claims = _sorted_claims(by_subject[subject])
        node = URIRef(subject)
        types = index.values(node, RDF.type)
        if SCHEMA.Quotation in types:
            quotations.append(_quotation(index, node, subject_claims, text, contexts, entity_iris))
            continue
        kinds = [GROUP_TYPES[t] for t in types if t in GROUP_TYPES]
        if not kinds and (subject in entity_iris or not types):
            facts.extend(subject_claims)
            continue
        kind = kinds[0] if kinds else local_name(str(types[0])).lower()
        statuses = sorted({c.value.text for c in subject_claims if c.predicate == str(KG.status)})
        group = Group(subject, kind, _label(index, node), statuses, subject_claims)
        groups["post" if kind == "post" else "event"].append(group)
        for trigger in index.values(node, KG.mention):
            span = _span_of(index, trigger, text, contexts)
            if span is not None:
                spans.append(Span(span[0], span[1], "trigger", subject))
    quoted = {q.iri for q in quotations}
    for node in index.subjects(SCHEMA.isPartOf, doc):
        if str(node) not in quoted and SCHEMA.Quotation in index.values(node, RDF.type):
            quotations.append(_quotation(index, node, [], text, contexts, entity_iris))
    for quotation in quotations:
        if quotation.start is not None and quotation.end is not None:
            spans.append(Span(quotation.start, quotation.end, "quote", quotation.iri))
    headline = index.one(doc, SCHEMA.headline)
    date = index.one(doc, SCHEMA.datePublished)
    url = index.one(doc, SCHEMA.url)
    return Document(
        iri=str(doc),
        headline=str(headline) if headline is not None else None,
        authors=[str(a) for a in index.values(doc, SCHEMA.author)],
        publishers=[str(p) for p in index.values(doc, SCHEMA.publisher)],
        providers=[str(p) for p in index.values(doc, SCHEMA.provider)],
        date=str(date) if date is not None else None,
        url=str(url) if url is not None else None,
        text=text,
        mentions=sorted(mentions, key=lambda m: (m.start, -m.end, m.iri)),
        sentences=sorted(set(sentences)),
        spans=sorted(spans, key=lambda s: (s.start, -s.end, s.kind, s.owner)),
        facts=facts,
        posts=sorted(groups["post"], key=lambda g: (g.label, g.iri)),
        events=sorted(groups["event"], key=lambda g: (g.kind, g.label, g.iri)),
        quotations=sorted(quotations, key=lambda q: (q.start or 0, q.iri)),
    )


def _span_of(
    index: _Index, string: Node, text: str, contexts: list[Node]
) -> tuple[int, int] | None:
    """The offsets of a NIF string of this document (events are shared: each document's
    graph gives the event a mention of its own)."""
    if not any(c in contexts for c in index.values(string, NIF.referenceContext)):
        return None
    start = _int(index.one(string, NIF.beginIndex))
    end = _int(index.one(string, NIF.endIndex))
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return None
    return start, end


def _quotation(
    index: _Index,
    node: URIRef,
    claims: list[Claim],
    text: str,
    contexts: list[Node],
    entity_iris: set[str],
) -> Quotation:
    quoted = index.one(node, SCHEMA.text)
    speaker = index.one(node, SCHEMA.spokenByCharacter)
    span = None
    for mention in index.values(node, KG.mention):
        span = _span_of(index, mention, text, contexts)
        if span is not None:
            break
    return Quotation(
        iri=str(node),
        text=str(quoted) if quoted is not None else "",
        speaker=_value(index, speaker, entity_iris) if speaker is not None else None,
        start=span[0] if span else None,
        end=span[1] if span else None,
        claims=claims,
    )
