"""The graph read into plain dataclasses: what the HTML report shows, nothing rdflib-shaped.

Everything is found through links, never through named graphs, so a Turtle file (the union)
gives the same report as the TriG file it came from: mentions through `nif:referenceContext`
and the context's `nif:sourceUrl`, claims through `prov:wasDerivedFrom`, quotations through
`schema:isPartOf`. Every list is sorted, so the same graph always gives the same report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Namespace

# The few terms the report reads (the same IRIs as kg.vocab; defined here so that this
# package depends on nothing else in kg).


KG = Namespace("https://w3id.org/kg-news/ontology#")


SCHEMA = Namespace("http://schema.org/")


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")


ENTITY_CLASSES = {
    SCHEMA.Person: "person",
    SCHEMA.Organization: "organization",
    SCHEMA.Place: "place",
}


CLASS_NAMES = {"person": "Person", "organization": "Organization", "place": "Place"}


OTHER_CLASS = "other"


GROUP_TYPES = {KG.Post: "post", KG.Prohibition: "ban", KG.Retraction: "retraction"}


PREDICATE_LABELS = {
    SCHEMA.parentOrganization: "parent organization",
    SCHEMA.subOrganization: "sub-organization",
    SCHEMA.jobTitle: "job title",
    SCHEMA.worksFor: "works for",
    SCHEMA.memberOf: "member of",
    SCHEMA.location: "location",
    SCHEMA.roleName: "title",
    SCHEMA.spokenByCharacter: "speaker",
    SCHEMA.startDate: "date",
    KG.countryOfOrigin: "country of origin",
    KG.retractedBy: "retracted by",
}


@dataclass(frozen=True)
class Value:
    """An RDF term as the report shows it: an entity (by IRI), another IRI, or a literal."""

    text: str
    iri: str | None = None  # set for IRIs
    entity: bool = False  # an entity of the report (linkable)


@dataclass
class Mention:
    iri: str
    start: int
    end: int
    anchor: str
    entities: list[str]  # entity IRIs (normally one)
    entity_class: str  # person, organization, place or other


@dataclass
class Span:
    """A span of text that is not an entity mention: an event's trigger, a quotation."""

    start: int
    end: int
    kind: str  # "trigger" or "quote"
    owner: str  # the event, post or quotation IRI


@dataclass
class Claim:
    iri: str
    subject: str
    predicate: str
    predicate_label: str
    value: Value
    document: str
    evidence: str | None  # the sentence IRI
    evidence_text: str
    confidence: str | None  # as written in the graph ("0.90")
    method: str | None


@dataclass
class Group:
    """An event (ban, retraction, acquisition, ...) or a post, with its claims in one
    document."""

    iri: str
    kind: str  # ban, retraction, post, or the type's local name
    label: str
    status: list[str]
    claims: list[Claim]


@dataclass
class Quotation:
    iri: str
    text: str
    speaker: Value | None
    start: int | None
    end: int | None
    claims: list[Claim]


@dataclass
class Document:
    iri: str
    headline: str | None
    authors: list[str]
    publishers: list[str]
    providers: list[str]
    date: str | None
    url: str | None
    text: str
    mentions: list[Mention]
    sentences: list[tuple[int, int, str]]  # start, end, IRI
    spans: list[Span]
    facts: list[Claim]
    posts: list[Group]
    events: list[Group]
    quotations: list[Quotation]


@dataclass
class Entity:
    iri: str
    label: str
    entity_class: str
    other_names: list[str]
    same_as: list[str]
    mentions: int
    documents: list[str]  # document IRIs


@dataclass
class Edge:
    """A fact between two entities in the picture: every predicate between the pair."""

    source: str
    target: str
    labels: list[str]
    claims: int


@dataclass
class ValidationResult:
    severity: str
    focus: str
    path: str
    message: str


@dataclass
class Validation:
    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    note: str = ""


@dataclass
class Report:
    documents: list[Document]
    entities: list[Entity]
    edges: list[Edge]
    facts_by_entity: dict[str, list[Claim]]
    labels: dict[str, str]  # events, posts and quotations: what to call them
    validation: Validation | None
    agents: list[str]


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def humanise(iri: str) -> str:
    """`parentOrganization` -> `parent organization`."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local_name(iri))
    return words.lower()
