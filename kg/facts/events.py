"""Prohibition events (bans, orders to delete an app) and their retractions.

Triggers and status cues are data (kg/lexicon/event_words.tsv). For each trigger:

- target (required): what is banned, an organisation or product entity: the object of "ban"
  or "delete", "a ban on X", the subject of "X is no longer permitted"; "it"/"the app"
  resolve through kg.facts.context.
- issuer: who bans: the subject of "ban", or of the verb that orders the removal ("Amazon
  told staff to delete X"; "Amazon sent an email ordering staff to delete X"). Government
  phrases become organisation entities ("the federal government").
- affected, scope, reason: as stated (literals): the ordered people ("employees"), "on/from
  ..." phrases, "citing/over/because of/due to ..." phrases.
- status: a consider cue above the trigger ("weighing a ban", "looking at blocking") ->
  under consideration; a propose cue or a modal (should, could, would, will) -> proposed;
  otherwise an asserted ban or order -> enacted. A retraction in the same document
  ("retracted", "took back", "sent in error") links to the issuer's order and makes it
  retracted.
- proposer: for proposed or considered bans, the speaker whose words report it.
- date: a DATE entity in the trigger's clause, normalised (weekdays against the
  publication date).

The same ban reported by several articles gets one IRI: it is a function of the issuer and
the target, so their claims accumulate on one event.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal
from spacy.tokens import Token

from kg.entities.resolve import LocalEntity
from kg.facts.claims import Event
from kg.facts.context import DocumentContext, ParsedPiece, display_name
from kg.facts.relations import asserted
from kg.ingest.dates import find_date, resolve_month_day, resolve_weekday
from kg.lexicon import WordKinds, rows, words
from kg.nlp.syntax import (
    agents,
    ancestors_inclusive,
    dep,
    hyphen_inside_word,
    is_negated,
    is_passive,
    is_past,
    kids,
    modal,
    objects,
    passive_subjects,
    possessors,
    prep_objects,
    subjects,
)
from kg.rdf.graph import date_literal
from kg.vocab import KG, SCHEMA, STATUS_ENACTED, STATUS_PROPOSED, STATUS_RETRACTED, event_iri
from kg.vocab import STATUS_UNDER_CONSIDERATION as STATUS_CONSIDERED

_ROLES: dict[str, set[str]] = {}
for _lemma, _role in rows("event_words.tsv"):
    _ROLES.setdefault(_lemma, set()).add(_role)

SPEECH = words("speech_verbs.txt")
COMMUNICATION_NOUNS = {"email", "e-mail", "memo", "notice", "message", "letter", "directive"}
REASON_PREPOSITIONS = {"over", "because", "due", "amid", "for"}
PLANS = {"propose", "consider"}
_CLAUSE_POS = {"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PART"}
_MODIFIERS = {"amod", "compound"}


def _starts_clause(token: Token) -> bool:
    """A verb, pronoun or conjunction, but not a participle modifying a noun ("the
    messaging app", with "messaging" tagged a verb, however it is attached), nor a word only
    one of the two taggers calls a verb ("app" as UPOS VERB with the fine-grained tag NN)."""
    if token.pos_ not in _CLAUSE_POS:
        return False
    if token.pos_ in {"VERB", "AUX"}:
        disputed = bool(token.tag_) and not token.tag_.startswith(("VB", "MD"))
        after_determiner = token.i > 0 and token.doc[token.i - 1].pos_ == "DET"
        return not (disputed or after_determiner or dep(token) in _MODIFIERS)
    return True


USE_VERBS = {"use", "download", "install", "access", "open"}
PROPOSING_MODALS = {"should", "could", "would", "might", "will", "'ll", "may"}


_TRIGGERS = WordKinds(_ROLES)


def roles(token: Token) -> set[str]:
    """The trigger roles of a word, by lemma or, where the lemmatiser erred, by form."""
    return _TRIGGERS.of(token.lemma_, token.lower_)


@dataclass
class Trigger:
    view: ParsedPiece
    token: Token  # the ban / delete / permit word
    head: Token  # the clause that carries status: the order verb or the trigger itself
    issuer: LocalEntity | None
    target: LocalEntity
    affected: str | None = None
    scope: str | None = None


class EventFinder:
    def __init__(self, context: DocumentContext, base: str) -> None:
        self.ctx = context
        self.base = base
        self.events: dict[str, Event] = {}
        self.issuers: dict[str, LocalEntity | None] = {}
        self.last_prohibition: Event | None = None

    def run(self) -> list[Event]:
        retractions = []
        for view in self.ctx.pieces:
            for token in view.doc:
                kinds = roles(token)
                if kinds & {"retract", "error"} or _phrasal_retract(token):
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
                and _phase(self.events[other_iri].status) == _phase(event.status)
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
            if _rank(event.status) > _rank(kept.status):
                kept.set_status(event.status, event.status_evidence or event.evidence)

    # -- triggers ---------------------------------------------------------------------
    def _trigger(self, view: ParsedPiece, token: Token, kinds: set[str]) -> Trigger | None:
        if "prohibit" in kinds and token.pos_ == "VERB" and asserted(token):
            if _ordering_verb(token) is not None:  # "told soldiers to purge it"
                return self._ordered_removal(view, token)
            return self._ban_verb(view, token)
        if "ban-noun" in kinds and token.pos_ == "NOUN" and asserted(token):
            return self._ban_noun(view, token)
        if kinds & {"remove", "remove-noun"} and asserted(token):
            return self._ordered_removal(view, token)
        if "permit" in kinds and token.pos_ in {"VERB", "ADJ"} and is_negated(token):
            return self._no_longer_permitted(view, token)
        if "follow-suit" in kinds and token.head.lemma_ == "follow" and self.last_prohibition:
            return self._follow_suit(view, token.head)
        return None

    def _ban_verb(self, view: ParsedPiece, token: Token) -> Trigger | None:
        if is_passive(token):
            targets, issuers = passive_subjects(token), agents(token)
        else:
            targets, issuers = objects(token), subjects(token)
        affected = None
        gerunds = [g for g in prep_objects(token, {"from"}) if g.tag_ == "VBG" or g.pos_ == "VERB"]
        if gerunds and targets:
            affected = _phrase(targets[0])
            targets = objects(gerunds[0])
        target = self._first_entity(view, targets, {SCHEMA.Organization})
        if target is None and not is_passive(token) and not gerunds:
            target = self._target_after(view, token)
        if target is None:
            return None
        if not issuers and dep(token) in {"acl", "xcomp"} and roles(token.head) & PLANS:
            # "Acme plans to ban X" misparsed with "plans" a noun and "Acme" its compound
            issuers = subjects(token.head) + kids(token.head, {"compound"})
        if not issuers:  # "Acme is considering banning X", whatever hangs "banning" where
            cue = next((a for a in list(token.ancestors)[:3] if roles(a) & PLANS), None)
            issuers = subjects(cue) if cue is not None else []
        issuer = self._first_entity(view, issuers, None)
        if issuer is None:  # "a bill proposed by Senator X would bar ...": X is the issuer
            proposals = [c for s in issuers for c in s.children if "propose" in roles(c)]
            issuer = self._first_entity(view, [a for p in proposals for a in agents(p)], None)
        return Trigger(view, token, token, issuer, target, affected)

    def _ban_noun(self, view: ParsedPiece, token: Token) -> Trigger | None:
        targets = prep_objects(token, {"on", "of", "against"})
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if not targets and following is not None and following.lower_ in {"on", "against"}:
            targets = [following.head]  # "a ban on X" with "on X" hung on the verb
        target = self._first_entity(view, targets, {SCHEMA.Organization})
        if target is None and following is not None and following.lower_ in {"on", "against"}:
            target = self._target_after(view, following)
        if target is None:
            return None
        issuer = self._first_entity(view, possessors(token) + kids(token, {"compound"}), None)
        head = token.head if dep(token) in {"obj", "dobj", "nsubj", "nsubj:pass"} else token
        # "X calls for a ban on Y", "X is pushing for a ban": the cue verb carries the ban
        cue = token.head.head if dep(token) == "pobj" else token.head
        if dep(token) in {"obl", "nmod", "pobj"} and roles(cue) & {"propose", "consider"}:
            head = cue
        if issuer is None and head is not token:
            # "Fair Screen calls for ...", also with "calls" misread as a noun
            issuer = self._first_entity(view, subjects(head) or kids(head, {"compound"}), None)
        return Trigger(view, token, head, issuer, target)

    def _ordered_removal(self, view: ParsedPiece, token: Token) -> Trigger | None:
        if token.pos_ == "NOUN":
            targets = prep_objects(token, {"of"})
            order = token.head if "order" in roles(token.head) else None
        else:
            targets = objects(token)
            order = _ordering_verb(token)
        if order is None:
            return None
        target = self._first_entity(view, targets, {SCHEMA.Organization})
        if target is None and token.pos_ == "VERB":
            target = self._target_after(view, token)
        if target is None:
            return None
        people = [o for o in objects(order) if o is not token] or kids(order, {"iobj", "dative"})
        people = [_antecedent_of_them(p) for p in people if token not in p.subtree]
        people = [p for p in people if p is not None]
        affected = _people(people[0]) if people else None
        return Trigger(view, token, order, self._orderer(view, order), target, affected)

    def _target_after(self, view: ParsedPiece, token: Token, reach: int = 6) -> LocalEntity | None:
        """The organisation or app named right after a trigger, whatever the parse made of
        the phrase: 'banned the messaging app X', 'delete X from ...'. Stops at a clause,
        a pronoun or a preposition ('banned staff from using X' is the gerund rule's)."""
        for following in view.doc[token.i + 1 : token.i + 1 + reach]:
            entity = self.ctx.entity_at(view, following)
            if entity is not None:
                return entity if entity.entity_class == SCHEMA.Organization else None
            if (
                following.is_punct and not hyphen_inside_word(view.doc, following.i)
            ) or _starts_clause(following):
                return None
            if following.pos_ == "ADP" and following.lower_ not in {"on", "of", "against"}:
                return None
        return None

    def _orderer(self, view: ParsedPiece, order: Token) -> LocalEntity | None:
        """Who gave the order: its subject, else the subject of the clause the order hangs
        from ("Amazon sent an email asking staff to ..."), never above a reported clause."""
        surface = self._name_before_coordination(view, order)
        if surface is not None:
            return surface
        current = order
        carried = False  # passed through "email", "memo", ...: its sender gave the order
        for step in range(5):
            verb = current.pos_ in {"VERB", "AUX"}
            if verb and (step == 0 or current.lemma_.lower() not in SPEECH):
                senders = agents(current) if is_passive(current) else subjects(current)
                issuer = self._first_entity(view, senders, None)
                if issuer is not None:
                    return issuer
            carried = carried or current.lemma_.lower() in COMMUNICATION_NOUNS
            if verb and step > 0 and current.lemma_.lower() in SPEECH:
                # "Amazon says (its) email asking staff to ..." : a company speaking of an
                # email it sent; a person reporting on someone else's email is not the issuer
                speaker = self._first_entity(view, subjects(current), {SCHEMA.Organization})
                return speaker if carried else None
            if dep(current) in {"ccomp", "parataxis", "root"} or current.head is current:
                reporter = current.head
                if carried and reporter.lemma_.lower() in SPEECH and reporter is not current:
                    return self._first_entity(view, subjects(reporter), {SCHEMA.Organization})
                return None
            current = current.head
        return None

    def _name_before_coordination(self, view: ParsedPiece, verb: Token) -> LocalEntity | None:
        """'the Army labeled TikTok a threat and told soldiers to ...': when the coordinated
        verb has no subject of its own, the name right before the first verb of the chain
        (parsers often attach it elsewhere)."""
        if kids(verb, {"nsubj", "nsubj:pass", "nsubjpass"}) or dep(verb) != "conj":
            return None
        conjunction = next((c for c in verb.children if dep(c) == "cc"), None)
        if conjunction is None:
            return None
        # the verb just before "and", as written: "the Army labeled ... and told ..."
        previous = next(
            (
                view.doc[i]
                for i in range(conjunction.i - 1, verb.sent.start - 1, -1)
                if view.doc[i].pos_ == "VERB"
            ),
            None,
        )
        if previous is None:
            return None
        for candidate in [*kids(previous, {"nsubj"}), view.doc[max(previous.i - 1, 0)]]:
            entity = self.ctx.entity_of(view, candidate)
            if entity is not None and entity.entity_class in {SCHEMA.Organization, SCHEMA.Person}:
                return entity
        return None

    def _no_longer_permitted(self, view: ParsedPiece, token: Token) -> Trigger | None:
        """'X is no longer permitted (on ...)'; 'staff are no longer allowed to use X'."""
        subject = passive_subjects(token) or kids(token, {"nsubj"})
        uses = [c for c in kids(token, {"xcomp", "advcl"}) if c.lemma_.lower() in USE_VERBS]
        affected, where = None, token
        if uses:  # the subject is who may not use it: "Acme staff" are not the target
            target = self._first_entity(view, objects(uses[0]), {SCHEMA.Organization})
            affected = _phrase(subject[0]) if subject else None
            where = uses[0]
        else:
            target = self._first_entity(view, subject, {SCHEMA.Organization})
        if target is None:
            return None
        issuer = self._reporter(view, token)
        scope = prep_objects(where, {"on", "in", "from"})
        return Trigger(
            view, token, token, issuer, target, affected, _phrase(scope[0]) if scope else None
        )

    def _follow_suit(self, view: ParsedPiece, follow: Token) -> Trigger | None:
        previous = self.last_prohibition
        target_iri = previous.roles.get(KG.target, [None])[0]
        target = next((e for e in self.ctx.entities if e.iri == target_iri), None)
        if target is None:
            return None
        issuer = self._first_entity(view, subjects(follow), None)
        return Trigger(view, follow, follow, issuer, target)

    # -- building the event -----------------------------------------------------------
    def _add(self, trigger: Trigger) -> None:
        view, token, head = trigger.view, trigger.token, trigger.head
        issuer, target = trigger.issuer, trigger.target
        status = self._status(token, head)
        if issuer is not None:
            iri = event_iri(self.base, "prohibition", str(issuer.iri), str(target.iri))
        else:  # with no issuer stated, nothing says two reports are the same ban
            where = f"{self.ctx.text_hash}:{self.ctx.char(view, token)}"
            iri = event_iri(self.base, "prohibition", "", str(target.iri), where)
        evidence = self.ctx.evidence(view, token, 0.75 if issuer else 0.6, "rule:prohibition")
        start = self.ctx.char(view, token)
        event = self.events.get(str(iri))
        if event is None:
            label = f"{_name(issuer) if issuer else 'Unstated issuer'} ban on {_name(target)}"
            event = Event(
                iri, KG.Prohibition, label, evidence, (start, start + len(token.text)), status, {}
            )
            self.events[str(iri)] = event
            self.issuers[str(iri)] = issuer
        elif _rank(status) > _rank(event.status):
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

    def _status(self, token: Token, head: Token):
        """Cue words above the trigger first, then the modal and tense of its clause."""
        for ancestor in ancestors_inclusive(token)[1:5]:
            kinds = roles(ancestor)
            if "consider" in kinds:
                return STATUS_CONSIDERED
            if "propose" in kinds:
                return STATUS_PROPOSED
            if ancestor.lower_ in SPEECH or ancestor.lemma_ in SPEECH:
                break
        verb_modal = modal(head)
        if verb_modal in PROPOSING_MODALS:
            return STATUS_PROPOSED
        if verb_modal == "must" or is_past(head) or head.tag_ in {"VBZ", "VBP"}:
            return STATUS_ENACTED
        if head.pos_ == "NOUN":
            return STATUS_PROPOSED
        return STATUS_ENACTED

    def _reporter(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        """The speaker of the speech verb that reports this clause, or the quote's speaker."""
        for ancestor in list(token.ancestors):
            if ancestor.lemma_.lower() in SPEECH:
                entity = self._first_entity(view, subjects(ancestor), None)
                if entity is not None:
                    return entity
        root = token.sent.root
        if root.lemma_.lower() in SPEECH:
            return self._first_entity(view, subjects(root), None)
        following = view.doc[token.sent.end] if token.sent.end < len(view.doc) else None
        if following is not None and following.sent.root.lemma_.lower() in SPEECH:
            # '"... should follow suit," Hawley tweeted.' split after the closing quote
            said = following.sent
            if len(said) <= 12:
                return self._first_entity(view, subjects(said.root), None)
        for other in token.sent:
            if other.lemma_.lower() in SPEECH and other.i > token.i:
                return self._first_entity(view, subjects(other), None)
        return None

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
                and not any(self.ctx.entity_of(view, t) is target for t in p.subtree)
            ]
            if places:
                return _phrase(places[0])
        return None

    def _reason(self, head: Token, token: Token) -> str | None:
        for candidate in (token, head):
            for child in candidate.children:
                if child.lemma_.lower() == "cite":
                    found = objects(child)
                    if found:
                        return _phrase(found[0])
            found = [t for t in prep_objects(candidate, REASON_PREPOSITIONS) if t.pos_ == "NOUN"]
            if found:
                return _phrase(found[0])
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

    def _first_entity(self, view: ParsedPiece, tokens: list[Token], classes) -> LocalEntity | None:
        """The first entity the phrases denote; 'apps, including X' / 'especially X' -> X."""
        for token in tokens:
            entity = self.ctx.entity_of(view, token)
            if entity is None:
                named = [
                    c
                    for c in token.children
                    if any(g.lower_ in {"including", "especially"} for g in c.children)
                    or c.lower_ in {"including", "especially"}
                ]
                for child in named:
                    inner = [child, *child.children]
                    entity = next((e for t in inner if (e := self.ctx.entity_at(view, t))), None)
                    if entity is not None:
                        break
            if entity is not None and (classes is None or entity.entity_class in classes):
                return entity
        return None

    # -- retractions ------------------------------------------------------------------
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
            by = self._first_entity(view, subjects(token), None)
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
            label = f"{_name(by)} retracts: {event.label}"
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


def _antecedent_of_them(token: Token) -> Token | None:
    """'asking them to delete': 'them' is the nearest plural noun before it, if any."""
    if token.pos_ != "PRON":
        return token
    if token.lower_ not in {"them", "they"}:
        return None
    for i in range(token.i - 1, token.sent.start - 1, -1):
        candidate = token.doc[i]
        if candidate.tag_ == "NNS" and candidate.pos_ == "NOUN":
            return candidate
    return None


def _ordering_verb(token: Token) -> Token | None:
    """The verb that orders the removal: 'told staff to delete' (xcomp, ccomp or advcl of
    the order verb, or acl of its object, as parsers differ)."""
    head = token.head
    if dep(token) in {"xcomp", "ccomp", "advcl"} and "order" in roles(head):
        return head
    determined = any(dep(c) in {"det", "nmod:poss", "poss"} for c in head.children)
    if dep(token) == "acl" and head.pos_ == "NOUN" and "order" in roles(head) and determined:
        return head  # "its instruction to remove the app", not a misparsed "Acme orders"
    ordered_people = dep(token) == "acl" and dep(head) in {"obj", "dobj", "iobj", "dative"}
    if ordered_people and "order" in roles(head.head):
        return head.head
    return None


def _phrasal_retract(token: Token) -> bool:
    """'took back', 'walked back'."""
    return token.lemma_.lower() in {"take", "walk"} and any(
        child.lower_ == "back" and dep(child) in {"compound:prt", "prt", "advmod"}
        for child in token.children
    )


def _people(token: Token) -> str:
    """The ordered people as a noun phrase: "employees", not "to its employees" when the
    people were found through a pronoun's antecedent ("sent to its employees telling them"),
    nor "employees asking them to ..." (a participle clause is the message's, not theirs;
    a relative clause stays: "staff who travel")."""
    phrase = _phrase(token, skip={"acl"})
    leading = [
        child.text
        for child in sorted(token.children, key=lambda child: child.i)
        if child.i < token.i and (dep(child) == "case" or child.lower_ in _POSSESSIVE_PRONOUNS)
    ]
    for word in leading:  # "to its employees" -> "employees": "its" means nothing alone
        if phrase.startswith(word + " "):
            phrase = phrase[len(word) + 1 :]
    return phrase


_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}
_NOT_IN_PHRASE = {"advcl", "parataxis", "ccomp", "conj", "cc", "punct", "appos"}


def _phrase(token: Token, limit: int = 14, skip: frozenset[str] | set[str] = frozenset()) -> str:
    """The noun phrase a token heads, as written: its subtree without clauses hung from it
    by coordination or parataxis (nor those of `skip`), cut at the first gap, at most `limit`
    words."""
    skipped: set[int] = set()
    for child in token.children:
        if dep(child) in _NOT_IN_PHRASE or dep(child) in skip:
            skipped.update(t.i for t in child.subtree)
    kept = [t for t in token.subtree if t.i not in skipped]
    run = [kept[0]]
    for t in kept[1:]:
        if t.i != run[-1].i + 1 or len(run) >= limit:
            break
        run.append(t)
    while run and run[-1].is_punct:
        run.pop()
    return "".join(t.text_with_ws for t in run).strip()


def _phase(status) -> str:
    """Proposed and under consideration are one phase (not yet decided); enacted another."""
    return "open" if status in {STATUS_PROPOSED, STATUS_CONSIDERED} else str(status)


def _rank(status) -> int:
    order = [None, STATUS_PROPOSED, STATUS_CONSIDERED, STATUS_ENACTED, STATUS_RETRACTED]
    return order.index(status)


def _name(entity: LocalEntity) -> str:
    return display_name(entity)
