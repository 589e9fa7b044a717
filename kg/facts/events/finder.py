"""Events from triggers: one event per issuer and target, its roles with evidence, its
status, and retractions that link to the order they retract."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal
from spacy.tokens import Token

from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.assertion import asserted
from kg.facts.claims import Event
from kg.facts.context import DocumentContext, ParsedPiece, display_name
from kg.facts.events.cues import (
    PHRASAL_RETRACT_VERBS,
    REASON_PREPOSITIONS,
    SPEECH,
    noun_phrase,
    phase,
    phrasal_retract,
    rank,
    roles,
    roles_of,
    status_of,
)
from kg.facts.events.triggers import Trigger, TriggerReader
from kg.ingest.dates import date_literal, find_date, resolve_month_day, resolve_weekday
from kg.lexicon import words
from kg.nlp.syntax import (
    dep,
    is_passive,
    objects,
    prep_objects,
    subjects,
)
from kg.nlp.tokens import token_strings
from kg.vocab import KG, SCHEMA, STATUS_PROPOSED, STATUS_RETRACTED, event_iri
from kg.vocab import STATUS_UNDER_CONSIDERATION as STATUS_CONSIDERED


def _cue_words(view: ParsedPiece) -> Iterator[tuple[Token, set[str]]]:
    """The piece's tokens that can trigger or retract an event, with their roles: those
    with a role, and "take"/"walk" ("took back"). The rest never do, so their Tokens are
    not made (the strings come from kg.nlp.tokens)."""
    strings = token_strings(view.doc)
    for i, (lemma, lower) in enumerate(zip(strings.lemma, strings.lower, strict=True)):
        kinds = roles_of(lemma, lower)
        if kinds or lemma.lower() in PHRASAL_RETRACT_VERBS:
            yield view.doc[i], kinds


class EventFinder(TriggerReader):
    """Prohibition and retraction events of one document (see kg/facts/events/__init__.py)."""

    def __init__(self, context: DocumentContext, base: str) -> None:
        self.ctx = context
        self.base = base
        self.events: dict[str, Event] = {}
        self.issuers: dict[str, LocalEntity | None] = {}
        self.last_prohibition: Event | None = None

    def run(self) -> list[Event]:
        retractions = []
        for view in self.ctx.pieces:
            for token, kinds in _cue_words(view):
                if kinds & {"retract", "error"} or phrasal_retract(token):
                    retractions.append((view, token))
                    continue
                trigger = self._trigger(view, token, kinds)
                if trigger is not None:
                    self._add(trigger)
        self._fold_unstated_issuers()
        for view, token in retractions:
            self._retraction(view, token)
        return list(self.events.values())

    def _fold_unstated_issuers(self) -> None:
        """A ban with no stated issuer is the document's ban of the same target by a named
        issuer when only one issuer bans that target here, or when its sentence names only
        one of them ("... no longer permitted on devices that access Amazon email")."""
        for iri, event in list(self.events.items()):
            if self.issuers.get(iri) is not None or event.event_type != KG.Prohibition:
                continue
            target = event.roles.get(KG.target, [None])[0]
            named = {  # same target, same status: a proposal is not the enacted ban
                other_iri: issuer
                for other_iri, issuer in self.issuers.items()
                if issuer is not None
                and target in self.events[other_iri].roles.get(KG.target, [])
                and phase(self.events[other_iri].status) == phase(event.status)
            }
            if len(named) > 1:
                named = {
                    other_iri: issuer
                    for other_iri, issuer in named.items()
                    if any(
                        event.evidence.start <= m.start < event.evidence.end
                        for m in issuer.mentions
                    )
                }
            if len(named) != 1:
                continue
            [into] = named
            del self.events[iri], self.issuers[iri]
            kept = self.events[into]
            for role, values in event.roles.items():
                for value in values:
                    kept.put_role(role, value, event.evidence_for(role, value))
            if rank(event.status) > rank(kept.status):
                kept.set_status(event.status, event.status_evidence or event.evidence)

    def _add(self, trigger: Trigger) -> None:
        view, token, head = trigger.view, trigger.token, trigger.head
        issuer, target = trigger.issuer, trigger.target
        status = status_of(token, head)
        if issuer is not None:
            iri = event_iri(self.base, "prohibition", str(issuer.iri), str(target.iri))
        else:  # with no issuer stated, nothing says two reports are the same ban
            where = f"{self.ctx.text_hash}:{self.ctx.char(view, token)}"
            iri = event_iri(self.base, "prohibition", "", str(target.iri), where)
        evidence = self.ctx.evidence(view, token, 0.75 if issuer else 0.6, "rule:prohibition")
        start = self.ctx.char(view, token)
        event = self.events.get(str(iri))
        if event is None:
            by = display_name(issuer) if issuer else "Unstated issuer"
            label = f"{by} ban on {display_name(target)}"
            event = Event(
                iri, KG.Prohibition, label, evidence, (start, start + len(token.text)), status, {}
            )
            self.events[str(iri)] = event
            self.issuers[str(iri)] = issuer
        elif rank(status) > rank(event.status):
            event.set_status(status, evidence)
        event.put_role(KG.target, target.iri, evidence)
        if issuer is not None:
            event.put_role(KG.issuer, issuer.iri, evidence)
        if trigger.affected:
            event.put_role(KG.affected, Literal(trigger.affected), evidence)
        scope = trigger.scope or self._scope_of(view, head, token, target)
        if scope:
            event.put_role(KG.scope, Literal(scope), evidence)
        reason = self._reason(head, token)
        if reason:
            event.put_role(KG.reason, Literal(reason), evidence)
        if status in {STATUS_PROPOSED, STATUS_CONSIDERED}:
            proposer = self._reporter(view, head)
            if proposer is not None and proposer.entity_class == SCHEMA.Person:
                event.put_role(KG.proposer, proposer.iri, evidence)
        date = self._date(view, head)
        if date is not None:
            event.put_role(SCHEMA.startDate, date, evidence)
        self.last_prohibition = event

    def _only_issuer_described(self, token: Token) -> LocalEntity | None:
        """'the company said the email had been sent in error': the one organisation that
        issued an order so far, when a generic noun ("the company") reports the error."""
        speakers = [s for a in token.ancestors if a.lemma_.lower() in SPEECH for s in subjects(a)]
        generic = [
            s
            for s in speakers
            if s.lemma_.lower() in words("organisation_nouns.txt")
            and any(c.lower_ == "the" for c in s.children)
        ]
        issuers = {
            str(issuer.iri): issuer
            for issuer in self.issuers.values()
            if issuer is not None and issuer.entity_class == SCHEMA.Organization
        }
        return next(iter(issuers.values())) if generic and len(issuers) == 1 else None

    def _scope_of(self, view: ParsedPiece, head: Token, token: Token, target) -> str | None:
        """'on government devices', 'from company laptops': not the phrase naming the target
        ("a ban on the app Quibble")."""
        for candidate in (token, head):
            places = prep_objects(candidate, {"on", "from"})
            places = [
                p
                for p in places
                if p.pos_ == "NOUN"
                and not any(same_entity(self.ctx.entity_of(view, t), target) for t in p.subtree)
            ]
            if places:
                return noun_phrase(places[0])
        return None

    def _reason(self, head: Token, token: Token) -> str | None:
        for candidate in (token, head):
            for child in candidate.children:
                if child.lemma_.lower() == "cite":
                    found = objects(child)
                    if found:
                        return noun_phrase(found[0])
            found = [t for t in prep_objects(candidate, REASON_PREPOSITIONS) if t.pos_ == "NOUN"]
            if found:
                return noun_phrase(found[0])
        return None

    def _date(self, view: ParsedPiece, head: Token):
        published = self.ctx.metadata.get("datePublished")
        for ent in head.sent.ents:
            if ent.label_ != "DATE" or head.i not in {ent.root.head.i, ent.root.head.head.i}:
                continue
            text = ent.text
            iso = find_date(text) or resolve_month_day(text, published)
            if iso is None and len(ent) == 1:
                iso = resolve_weekday(text, published)
            if iso:
                return date_literal(iso)
        return None

    @staticmethod
    def _retractors(token: Token) -> list[Token]:
        """Who retracts: the verb's subject, or in "Acme orders staff to delete X - then
        retracts it" (a second clause with no subject of its own, set off by a dash or a
        semicolon) the subject of the clause before it."""
        own = subjects(token)
        if own or dep(token) != "parataxis":
            return own
        return subjects(token.head)

    def _retraction(self, view: ParsedPiece, token: Token) -> None:
        kinds = roles(token)
        if "error" in kinds:
            carrier = token.head
            if carrier.lemma_.lower() not in {"send", "issue", "be"} and not is_passive(carrier):
                return
            by = self._reporter(view, carrier) or self._only_issuer_described(carrier)
        else:
            if not asserted(token):
                return
            by = self._first_entity(view, self._retractors(token), None)
        if by is None:
            return
        retracted = [
            event
            for iri, event in self.events.items()
            if self.issuers.get(iri) is not None and self.issuers[iri].iri == by.iri
        ]
        if not retracted:
            return
        for event in retracted:
            iri = event_iri(self.base, "retraction", str(event.iri))
            evidence = self.ctx.evidence(view, token, 0.8, "rule:retraction")
            event.set_status(STATUS_RETRACTED, evidence)
            start = self.ctx.char(view, token)
            label = f"{display_name(by)} retracts: {event.label}"
            roles_ = {KG.retracts: [event.iri], KG.retractedBy: [by.iri]}
            self.events.setdefault(
                str(iri),
                Event(
                    iri,
                    KG.Retraction,
                    label,
                    evidence,
                    (start, start + len(token.text)),
                    None,
                    roles_,
                ),
            )
