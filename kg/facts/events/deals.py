"""Acquisitions and mergers as events: who buys whom or merges with whom, for how much,
when, and where the deal stands.

Triggers: the verbs "acquire", "buy", "purchase" and "take over" ("Acme agreed to buy
Brightwave", "Brightwave was acquired by Acme for $2 billion in 2019"), "sell ... to" (the
buyer after "to": "Orlo sold Brightwave to Acme") and the nouns
"acquisition", "purchase", "takeover", "buyout" ("Acme's acquisition of Brightwave",
"regulators blocked the takeover of Brightwave by Acme"). Both sides must be organisations.

Status (kg:dealStatus), from the clause the trigger stands in:
- blocked: a verb of blocking above it ("regulators blocked the acquisition", "a court
  stopped Acme from buying Brightwave");
- abandoned: a verb of abandoning above it ("Acme dropped its bid to buy", "called off");
- announced: a verb of intent or a future ("agreed to buy", "plans to acquire", "will buy",
  "announced the acquisition");
- completed: a realised purchase ("Acme bought Brightwave", "completed its acquisition").
Within a document the strongest statement wins (completed, abandoned, blocked, announced);
across documents each claim keeps its own, and queries/acquisitions.rq shows the latest
standing. One event per acquirer and acquired across all articles.

Mergers (kg:Merger, two kg:party organisations, the same statuses): the verb "merge" ("Acme
merged with Brightwave", "Acme and Brightwave agreed to merge") and the noun "merger" ("the
merger of Acme and Brightwave", "Acme's merger with Brightwave", "a merger between ...").
One event per pair of parties, whichever is named first.

The date (schema:startDate) is a date the text ties to the trigger ("bought Brightwave in
March 2019", "completed the merger on 4 May 2021"): an xsd:date when the day is stated
(a month and day take the article's year), else xsd:gYearMonth or xsd:gYear.
"""

from __future__ import annotations

from rdflib import Literal
from spacy.tokens import Token

from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.assertion import INTENT_VERBS, asserted, is_future
from kg.facts.claims import Event
from kg.facts.context import DocumentContext, ParsedPiece, display_name
from kg.facts.relations.arguments import relative_antecedent, verb_role
from kg.ingest.dates import stated_date
from kg.nlp.syntax import (
    CLAUSAL_MODIFIER,
    dep,
    kids,
    possessors,
    prep_objects,
    subjects,
    with_conjuncts,
)
from kg.nlp.tokens import token_strings
from kg.vocab import KG, SCHEMA, event_iri

ORG = SCHEMA.Organization
DEAL_VERBS = {"acquire", "buy", "purchase"}
SALE_VERBS = {"sell"}  # "S sold X to Y", "X was sold to Y": Y acquires X
DEAL_NOUNS = {"acquisition", "purchase", "takeover", "buyout"}
MERGER_VERBS = {"merge"}
MERGER_NOUNS = {"merger"}
BLOCKING_VERBS = {"block", "stop", "prevent", "veto", "reject", "prohibit", "bar"}
ABANDONING_VERBS = {"abandon", "drop", "scrap", "cancel", "terminate", "withdraw", "end"}
COMPLETING_VERBS = {"complete", "close", "finalise", "finalize", "finish"}
STATUS_RANK = {KG.Announced: 1, KG.Blocked: 2, KG.Abandoned: 3, KG.Completed: 4}


class DealFinder:
    """The acquisitions of one document (see the module docstring)."""

    def __init__(self, context: DocumentContext, base: str) -> None:
        self.ctx = context
        self.base = base
        self.deals: dict[str, Event] = {}

    def run(self) -> list[Event]:
        wanted = DEAL_VERBS | SALE_VERBS | DEAL_NOUNS | MERGER_VERBS | MERGER_NOUNS | {"take"}
        for view in self.ctx.pieces:
            lemmas = token_strings(view.doc).lemma
            for token in (view.doc[i] for i, lemma in enumerate(lemmas) if lemma.lower() in wanted):
                lemma = token.lemma_.lower()
                if lemma in DEAL_VERBS | {"take"} and token.pos_ == "VERB":
                    self._verb_deal(view, token)
                elif lemma in SALE_VERBS and token.pos_ == "VERB":
                    self._verb_sale(view, token)
                elif lemma in DEAL_NOUNS and token.pos_ == "NOUN":
                    self._noun_deal(view, token)
                elif lemma in MERGER_VERBS and token.pos_ == "VERB":
                    self._verb_merger(view, token)
                elif lemma in MERGER_NOUNS and token.pos_ == "NOUN":
                    self._noun_merger(view, token)
        return list(self.deals.values())

    def _verb_deal(self, view: ParsedPiece, verb: Token) -> None:
        if verb.lemma_.lower() == "take" and not any(c.lower_ == "over" for c in verb.children):
            return
        buyers = self._orgs(view, verb_role(verb, "agent"))
        if not buyers and dep(verb) == "acl":  # "its plan to acquire X", "a bid to buy X"
            buyers = self._orgs(view, possessors(verb.head))
        bought = self._orgs(view, verb_role(verb, "patient"))
        self._record(view, verb, buyers, bought, clause_status(verb))

    def _verb_sale(self, view: ParsedPiece, verb: Token) -> None:
        """'Harlow Group sold Vexa Foods to Montclair Holdings': the buyer is the object of
        "to", the seller is not recorded."""
        buyers = self._orgs(view, verb_role(verb, "to"))
        sold = self._orgs(view, verb_role(verb, "patient"))
        if buyers and not sold:  # "sold X to Y" with X parsed as an indirect object
            sold = self._orgs(view, kids(verb, {"iobj"}))
        self._record(view, verb, buyers, sold, clause_status(verb))

    def _noun_deal(self, view: ParsedPiece, noun: Token) -> None:
        bought = self._orgs(view, prep_objects(noun, {"of", "for"}))
        buyers = self._orgs(view, [*possessors(noun), *prep_objects(noun, {"by"})])
        if not buyers and dep(noun) in {"obj", "dobj"}:
            buyers = self._orgs(view, [relative_antecedent(t) for t in subjects(noun.head)])
        self._record(view, noun, buyers, bought, noun_status(noun))

    def _orgs(self, view: ParsedPiece, tokens: list[Token]) -> list[LocalEntity]:
        found = []
        for token in tokens:
            entity = self.ctx.entity_of(view, token)
            if entity is not None and entity.entity_class == ORG and entity.iri is not None:
                found.append(entity)
        return found

    def _verb_merger(self, view: ParsedPiece, verb: Token) -> None:
        """'Acme merged with Brightwave', 'Acme and Brightwave merged', 'Acme agreed to merge
        with Brightwave'."""
        agents = subjects(verb)
        if not agents and dep(verb) == "xcomp":  # "agreed to merge": the subject above
            agents = subjects(verb.head)
        named = []
        for agent in agents:
            if agent.lower_ in {"which", "that", "who"}:
                named.append(relative_antecedent(agent))
                continue
            # "X and Y merged": every name in the subject (parsers often make X a compound
            # of Y), not in a clause of its own
            clauses = {w.i for c in kids(agent, CLAUSAL_MODIFIER) for w in c.subtree}
            named += [w for w in agent.subtree if w.i < verb.i and w.i not in clauses]
        parties = named + with_conjuncts(prep_objects(verb, {"with"}))
        self._record_merger(view, verb, self._named_orgs(view, parties), clause_status(verb))

    def _noun_merger(self, view: ParsedPiece, noun: Token) -> None:
        """'the merger of Acme and Brightwave', "Acme's merger with Brightwave", 'a merger
        between Acme and Brightwave'."""
        named = [*possessors(noun), *prep_objects(noun, {"of", "with", "between"})]
        if dep(noun) in {"obj", "dobj"}:  # "X completed its merger with Y", however parsed
            named += prep_objects(noun.head, {"with"})
            if not possessors(noun):
                named += [relative_antecedent(t) for t in subjects(noun.head)]
        parties = self._named_orgs(view, with_conjuncts(named))
        self._record_merger(view, noun, parties, noun_status(noun))

    def _named_orgs(self, view: ParsedPiece, tokens: list[Token]) -> list[LocalEntity]:
        """The organisations the tokens name, or "its" stands for; not one a noun such as
        "the company" may describe (two parties leave no room for a guess)."""
        named = [
            t
            for t in tokens
            if t.pos_ == "PRON"
            or self.ctx.entity_at(view, t) is not None
            or self.ctx._attached_name(view, t) is not None
        ]
        return self._orgs(view, named)

    def _record_merger(self, view, trigger: Token, parties, status) -> None:
        """Exactly two parties, or none: a third name is a misread, not a party."""
        unique = {str(party.iri): party for party in parties}
        if status is None or len(unique) != 2 or not asserted(trigger):
            return
        first, second = unique.values()
        if same_entity(first, second):
            return
        evidence = self.ctx.evidence(view, trigger, 0.8, "rule:merger")
        iri = event_iri(self.base, "merger", *sorted(unique))
        label = f"merger of {display_name(first)} and {display_name(second)}"
        deal = self._deal(iri, KG.Merger, label, view, trigger, evidence)
        for party in (first, second):
            deal.put_role(KG.party, party.iri, evidence)
        self._standing(deal, view, trigger, status, evidence)

    def _record(self, view, trigger: Token, buyers, bought, status) -> None:
        if status is None or not buyers or not bought or not asserted(trigger):
            return
        buyer, target = buyers[0], bought[0]
        if same_entity(buyer, target):
            return
        evidence = self.ctx.evidence(view, trigger, 0.8, "rule:acquisition")
        iri = event_iri(self.base, "acquisition", str(buyer.iri), str(target.iri))
        label = f"{display_name(buyer)} acquisition of {display_name(target)}"
        deal = self._deal(iri, KG.Acquisition, label, view, trigger, evidence)
        deal.put_role(KG.acquirer, buyer.iri, evidence)
        deal.put_role(KG.acquired, target.iri, evidence)
        self._standing(deal, view, trigger, status, evidence)

    def _deal(self, iri, event_type, label: str, view, trigger: Token, evidence) -> Event:
        """The document's event for this deal, made on its first mention."""
        deal = self.deals.get(str(iri))
        if deal is None:
            start = self.ctx.char(view, trigger)
            deal = Event(iri, event_type, label, evidence, (start, start + len(trigger.text)))
            self.deals[str(iri)] = deal
        return deal

    def _standing(self, deal: Event, view, trigger: Token, status, evidence) -> None:
        """The status (the strongest statement wins), the price and the date."""
        current = deal.roles.get(KG.dealStatus, [])
        if not current or STATUS_RANK[status] > STATUS_RANK[current[0]]:
            deal.roles[KG.dealStatus] = [status]
            deal.role_evidence[(KG.dealStatus, status)] = evidence
        details = deal_details(trigger) if deal.event_type == KG.Acquisition else {}
        date = deal_date(trigger, self.ctx.metadata.get("datePublished"))
        if date is not None:
            details[SCHEMA.startDate] = date
        for predicate, value in details.items():
            if predicate not in deal.roles:
                deal.put_role(predicate, value, evidence)


def clause_status(verb: Token):
    """The status a deal verb's clause gives it (see the module docstring): what the two
    words above it say ("dropped its plan to buy": abandoned, not announced)."""
    above = {t.lemma_.lower() for t in [*verb.ancestors][:2]}
    if above & BLOCKING_VERBS:
        return KG.Blocked
    if above & ABANDONING_VERBS:
        return KG.Abandoned
    if above & (INTENT_VERBS | {"deal", "talk"}) or is_future(verb):
        return KG.Announced
    return KG.Completed if verb.tag_ in {"VBD", "VBN"} else None


def noun_status(noun: Token):
    """The status a deal noun's verb gives it; None when its verb says nothing of it."""
    lemma = noun.head.lemma_.lower() if noun.head.i != noun.i else ""
    if lemma in BLOCKING_VERBS:
        return KG.Blocked
    if lemma in ABANDONING_VERBS:
        return KG.Abandoned
    if lemma in COMPLETING_VERBS:
        return KG.Completed
    if lemma in INTENT_VERBS | {"approve"}:
        return KG.Announced
    return None


def deal_details(trigger: Token) -> dict:
    """The price stated with the trigger ("for $2 billion", "for 40 million euros")."""
    details = {}
    places = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]
    for token in places:
        for amount in prep_objects(token, {"for"}):
            # not a phrase after it ("for $2 billion in 2018": the year is a date)
            after = {
                w.i
                for c in amount.children
                if c.i > amount.i and kids(c, {"case"})
                for w in c.subtree
            }
            words = [
                w
                for w in amount.subtree
                if not (dep(w) == "case" and w.i < amount.i) and w.i not in after
            ]
            if any(w.like_num or w.is_currency for w in words):
                text = trigger.doc[words[0].i : words[-1].i + 1].text
                details.setdefault(KG.price, Literal(text))
    return details


def deal_date(trigger: Token, published: str | None) -> Literal | None:
    """A date the text ties to the trigger (or, for a noun, to its verb): "in March 2019",
    "on 4 May 2021", "last July 10" (the article's year)."""
    places = {trigger.i, trigger.head.i} if trigger.pos_ == "NOUN" else {trigger.i}
    for ent in trigger.sent.ents:
        head = ent.root.head  # "for $2 billion in 2018": the year may hang on the price
        on_price = (head.like_num or head.is_currency) and head.head.i in places
        if ent.label_ != "DATE" or (head.i not in places and not on_price):
            continue
        literal = stated_date(ent.text, published)
        if literal is not None:
            return literal
    return None
