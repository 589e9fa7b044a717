"""Acquisitions as events: who buys whom, for how much, and where the deal stands.

Triggers: the verbs "acquire", "buy", "purchase" and "take over" ("Acme agreed to buy
Brightwave", "Brightwave was acquired by Acme for $2 billion in 2019") and the nouns
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
"""

from __future__ import annotations

from rdflib import Literal
from spacy.tokens import Token

from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.assertion import INTENT_VERBS, asserted, is_future
from kg.facts.claims import Event
from kg.facts.context import DocumentContext, ParsedPiece, display_name
from kg.facts.relations.arguments import relative_antecedent, verb_role
from kg.nlp.syntax import dep, possessors, prep_objects, subjects
from kg.nlp.tokens import token_strings
from kg.vocab import KG, SCHEMA, event_iri

ORG = SCHEMA.Organization
DEAL_VERBS = {"acquire", "buy", "purchase"}
DEAL_NOUNS = {"acquisition", "purchase", "takeover", "buyout"}
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
        wanted = DEAL_VERBS | DEAL_NOUNS | {"take"}
        for view in self.ctx.pieces:
            lemmas = token_strings(view.doc).lemma
            for token in (view.doc[i] for i, lemma in enumerate(lemmas) if lemma.lower() in wanted):
                if token.lemma_.lower() in DEAL_VERBS | {"take"} and token.pos_ == "VERB":
                    self._verb_deal(view, token)
                elif token.lemma_.lower() in DEAL_NOUNS and token.pos_ == "NOUN":
                    self._noun_deal(view, token)
        return list(self.deals.values())

    def _verb_deal(self, view: ParsedPiece, verb: Token) -> None:
        if verb.lemma_.lower() == "take" and not any(c.lower_ == "over" for c in verb.children):
            return
        buyers = self._orgs(view, verb_role(verb, "agent"))
        if not buyers and dep(verb) == "acl":  # "its plan to acquire X", "a bid to buy X"
            buyers = self._orgs(view, possessors(verb.head))
        bought = self._orgs(view, verb_role(verb, "patient"))
        self._record(view, verb, buyers, bought, clause_status(verb))

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

    def _record(self, view, trigger: Token, buyers, bought, status) -> None:
        if status is None or not buyers or not bought or not asserted(trigger):
            return
        buyer, target = buyers[0], bought[0]
        if same_entity(buyer, target):
            return
        evidence = self.ctx.evidence(view, trigger, 0.8, "rule:acquisition")
        iri = event_iri(self.base, "acquisition", str(buyer.iri), str(target.iri))
        deal = self.deals.get(str(iri))
        if deal is None:
            start = self.ctx.char(view, trigger)
            label = f"{display_name(buyer)} acquisition of {display_name(target)}"
            deal = Event(iri, KG.Acquisition, label, evidence, (start, start + len(trigger.text)))
            deal.put_role(KG.acquirer, buyer.iri, evidence)
            deal.put_role(KG.acquired, target.iri, evidence)
            self.deals[str(iri)] = deal
        current = deal.roles.get(KG.dealStatus, [])
        if not current or STATUS_RANK[status] > STATUS_RANK[current[0]]:
            deal.roles[KG.dealStatus] = [status]
            deal.role_evidence[(KG.dealStatus, status)] = evidence
        for predicate, value in deal_details(trigger).items():
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
            words = [w for w in amount.subtree if not (dep(w) == "case" and w.i < amount.i)]
            if any(w.like_num or w.is_currency for w in words):
                text = trigger.doc[words[0].i : words[-1].i + 1].text
                details.setdefault(KG.price, Literal(text))
    return details
