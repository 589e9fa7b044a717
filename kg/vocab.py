"""The terms kg emits: namespaces, classes, properties and IRI minting.

This module is the code side of the data model in ../shared/docs/design.md; ontology/kg.ttl
documents every `KG` term and the standard vocabularies reused here. Changing a term here
is a breaking change for shapes/, queries/ and users' stores.

IRI scheme (`base` is the `--base` option, default `DEFAULT_BASE`):

| thing              | IRI                                                     |
|--------------------|---------------------------------------------------------|
| document           | {base}doc/{first 16 hex of SHA-256 of the text}         |
| document text      | {doc}#char=0,{length}       (nif:Context)               |
| mention / sentence | {doc}#char={start},{end}    (RFC 5147, as NIF uses)     |
| entity             | {base}entity/{class}/{slug of the canonical key}        |
| claim              | {doc}#claim-{hash of subject, predicate, object, span}  |
| event              | {base}event/{type}/{hash of its identity key}           |
| quotation          | {doc}#quote-{start},{end}                               |
| run                | {base}run/{hash of the inputs, kg and pipeline version} |
| named graphs       | document graph = document IRI; {base}graph/entities;    |
|                    | {base}graph/provenance                                  |
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD  # noqa: F401 - re-exported

DEFAULT_BASE = "https://w3id.org/kg-news/id/"

KG = Namespace("https://w3id.org/kg-news/ontology#")
SCHEMA = Namespace("http://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

PREFIXES = {
    "rdf": RDF,
    "kg": KG,
    "schema": SCHEMA,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "prov": PROV,
    "skos": SKOS,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "dcterms": DCTERMS,
}

# Entity classes by NER label. PERSON/ORG/places are schema.org; kg never invents a class
# where schema.org has one.
CLASS_BY_LABEL = {
    "PERSON": SCHEMA.Person,
    "PER": SCHEMA.Person,
    "ORG": SCHEMA.Organization,
    "NORP": None,  # nationalities are adjectives about an entity, not entities themselves
    "GPE": SCHEMA.Place,
    "LOC": SCHEMA.Place,
    "FAC": SCHEMA.Place,
}
CLASS_SLUG = {
    SCHEMA.Person: "person",
    SCHEMA.Organization: "organization",
    SCHEMA.Place: "place",
}

# Event status individuals (skos:Concept in ontology/kg.ttl).
STATUS_PROPOSED = KG.Proposed
STATUS_UNDER_CONSIDERATION = KG.UnderConsideration
STATUS_ENACTED = KG.Enacted
STATUS_RETRACTED = KG.Retracted
STATUSES = (STATUS_PROPOSED, STATUS_UNDER_CONSIDERATION, STATUS_ENACTED, STATUS_RETRACTED)


def normalise_base(base: str) -> str:
    return base if base.endswith(("/", "#")) else base + "/"


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the text as UTF-8: the document's identity."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_hash(*parts: str, length: int = 16) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


# letters Unicode does not decompose into a base letter and a mark: without them "Tromsø"
# would be "troms", the county of Troms
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l"}
    | {"Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i"}
)


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated: 'Société Générale' -> 'societe-generale',
    'Tromsø' -> 'tromso'."""
    folded = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    folded = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or short_hash(text, length=12)


def document_iri(base: str, text_hash: str) -> URIRef:
    return URIRef(f"{normalise_base(base)}doc/{text_hash[:16]}")


def fragment_iri(document: URIRef, start: int, end: int) -> URIRef:
    """RFC 5147 character range of a document: mentions, sentences, the whole text."""
    return URIRef(f"{document}#char={start},{end}")


def entity_iri(base: str, entity_class: URIRef, key: str) -> URIRef:
    return URIRef(f"{normalise_base(base)}entity/{CLASS_SLUG[entity_class]}/{slug(key)}")


def event_iri(base: str, event_type: str, *key_parts: str) -> URIRef:
    return URIRef(f"{normalise_base(base)}event/{event_type}/{short_hash(*key_parts)}")


def claim_iri(document: URIRef, *key_parts: str) -> URIRef:
    return URIRef(f"{document}#claim-{short_hash(*key_parts)}")


def quotation_iri(document: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{document}#quote-{start},{end}")


def entities_graph(base: str) -> URIRef:
    return URIRef(f"{normalise_base(base)}graph/entities")


def provenance_graph(base: str) -> URIRef:
    return URIRef(f"{normalise_base(base)}graph/provenance")


def run_iri(base: str, *key_parts: str) -> URIRef:
    return URIRef(f"{normalise_base(base)}run/{short_hash(*key_parts)}")


def agent_iri(base: str, kg_version: str, pipeline: str) -> URIRef:
    return URIRef(f"{normalise_base(base)}agent/kg-{slug(kg_version)}-{slug(pipeline)}")
