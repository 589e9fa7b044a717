"""kg's relations as Wikidata properties, for scoring on Re-DocRED (kg/evaluation/
redocred.py), with the argument types kg claims in brackets:

- schema:worksFor (person -> org), and a former post (kg:Post, kg:tenure kg:Former): P108
  employer (PER -> ORG);
- schema:parentOrganization (owned -> owner): P749 parent organization, P127 owned by, and
  P355 subsidiary reversed (ORG -> ORG);
- schema:memberOf (person or org -> org): P463 member of, P102 party, P54 sports team
  (PER or ORG -> ORG);
- schema:location (org -> place): P159 headquarters, P131 located in, P276 location,
  and P17 country where the place is one ("a software company in Oslo, Norway": Wikidata's
  P17 is the sovereign state the item is in) (ORG -> LOC);
- kg:countryOfOrigin (org -> country): P17 country, P495 country of origin, and P131
  (Re-DocRED gives an organisation's country as P131 as well as P17 in most documents: a
  country is an administrative territorial entity too; the same holds for schema:location
  to a country, which counts as P131 and P17) (ORG -> LOC);
- schema:founder (org -> person): P112 founded by (ORG -> PER);
- schema:nationality (person -> country): P27 country of citizenship (PER -> LOC);
- schema:birthDate, schema:deathDate (person -> date): P569 date of birth, P570 date of
  death (PER -> TIME); schema:birthPlace, schema:deathPlace (person -> place): P19 place
  of birth, P20 place of death (PER -> LOC); schema:foundingDate (org -> date): P571
  inception (ORG -> TIME); schema:spouse, schema:children, schema:parent, schema:sibling
  (person -> person): P26 spouse, P40 child, P22 father and P25 mother, P3373 sibling
  (PER -> PER). A date matches a time entity one of whose names states the same
  date at the same precision ("4 May 1950" is xsd:date 1950-05-04, "1950" xsd:gYear) or
  at a coarser one (from session 24: a time entity "1950" for xsd:date 1950-05-04).
"""

from __future__ import annotations

from rdflib import URIRef

from kg.vocab import KG, SCHEMA

# kg predicate -> [(Wikidata property, reversed: gold head is kg's object)]
PROPERTIES: dict[URIRef, list[tuple[str, bool]]] = {
    SCHEMA.worksFor: [("P108", False)],
    SCHEMA.parentOrganization: [("P749", False), ("P127", False), ("P355", True)],
    SCHEMA.memberOf: [("P463", False), ("P102", False), ("P54", False)],
    SCHEMA.location: [("P159", False), ("P131", False), ("P276", False), ("P17", False)],
    KG.countryOfOrigin: [("P17", False), ("P495", False), ("P131", False)],
    SCHEMA.founder: [("P112", False)],
    SCHEMA.nationality: [("P27", False)],
    KG.Post: [("P108", False)],  # a former post's holder -> its organisation
    SCHEMA.birthDate: [("P569", False)],
    SCHEMA.deathDate: [("P570", False)],
    SCHEMA.birthPlace: [("P19", False)],
    SCHEMA.deathPlace: [("P20", False)],
    SCHEMA.foundingDate: [("P571", False)],
    SCHEMA.spouse: [("P26", False)],
    SCHEMA.children: [("P40", False)],
    SCHEMA.parent: [("P22", False), ("P25", False)],
    SCHEMA.sibling: [("P3373", False)],
}
# Wikidata property -> (head types, tail types) kg claims
CLAIMED_TYPES: dict[str, tuple[set[str], set[str]]] = {
    "P108": ({"PER"}, {"ORG"}),
    "P749": ({"ORG"}, {"ORG"}),
    "P127": ({"ORG"}, {"ORG"}),
    "P355": ({"ORG"}, {"ORG"}),
    "P463": ({"PER", "ORG"}, {"ORG"}),
    "P102": ({"PER"}, {"ORG"}),
    "P54": ({"PER"}, {"ORG"}),
    "P159": ({"ORG"}, {"LOC"}),
    "P131": ({"ORG"}, {"LOC"}),
    "P276": ({"ORG"}, {"LOC"}),
    "P17": ({"ORG"}, {"LOC"}),
    "P495": ({"ORG"}, {"LOC"}),
    "P112": ({"ORG"}, {"PER"}),
    "P27": ({"PER"}, {"LOC"}),
    "P569": ({"PER"}, {"TIME"}),
    "P570": ({"PER"}, {"TIME"}),
    "P19": ({"PER"}, {"LOC"}),
    "P20": ({"PER"}, {"LOC"}),
    "P571": ({"ORG"}, {"TIME"}),
    "P26": ({"PER"}, {"PER"}),
    "P40": ({"PER"}, {"PER"}),
    "P22": ({"PER"}, {"PER"}),
    "P25": ({"PER"}, {"PER"}),
    "P3373": ({"PER"}, {"PER"}),
}
