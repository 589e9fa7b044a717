"""Ban triggers and what the parse says of them: target, issuer, affected people, scope."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.entities.resolve import LocalEntity
from kg.facts.assertion import asserted
from kg.facts.context import ParsedPiece
from kg.facts.events.cues import (
    COMMUNICATION_NOUNS,
    PLANS,
    SPEECH,
    USE_VERBS,
    antecedent_of_them,
    noun_phrase,
    ordering_verb,
    people_phrase,
    roles,
    starts_clause,
)
from kg.facts.events.deals import DEAL_NOUNS, MERGER_NOUNS
from kg.nlp.syntax import (
    agents,
    dep,
    hyphen_inside_word,
    is_negated,
    is_passive,
    kids,
    objects,
    passive_subjects,
    possessors,
    prep_objects,
    subjects,
)
from kg.vocab import KG, SCHEMA

# What a ban verb can stop that is no ban on an organisation: a deal (kg/facts/events/deals.py)
DEALS_BLOCKED = DEAL_NOUNS | MERGER_NOUNS | {"deal", "bid", "offer", "sale"}


@dataclass
class Trigger:
    view: ParsedPiece
    token: Token  # the ban / delete / permit word
    head: Token  # the clause that carries status: the order verb or the trigger itself
    issuer: LocalEntity | None
    target: LocalEntity
    affected: str | None = None
    scope: str | None = None


class TriggerReader:
    """Reads a trigger's target, issuer and affected people from the parse (the first half of
    EventFinder: kg/facts/events/finder.py builds the events)."""

    def _trigger(self, view: ParsedPiece, token: Token, kinds: set[str]) -> Trigger | None:
        if "prohibit" in kinds and token.pos_ == "VERB" and asserted(token):
            if ordering_verb(token) is not None:  # "told soldiers to purge it"
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
        if any(t.lemma_.lower() in DEALS_BLOCKED for t in targets):
            return None  # "regulators blocked the merger of X": a deal stopped (deals.py)
        affected = None
        gerunds = [g for g in prep_objects(token, {"from"}) if g.tag_ == "VBG" or g.pos_ == "VERB"]
        if gerunds and targets:
            affected = noun_phrase(targets[0])
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
        if issuer is None and head.i != token.i:
            # "Fair Screen calls for ...", also with "calls" misread as a noun
            issuer = self._first_entity(view, subjects(head) or kids(head, {"compound"}), None)
        return Trigger(view, token, head, issuer, target)

    def _ordered_removal(self, view: ParsedPiece, token: Token) -> Trigger | None:
        if token.pos_ == "NOUN":
            targets = prep_objects(token, {"of"})
            order = token.head if "order" in roles(token.head) else None
        else:
            targets = objects(token)
            order = ordering_verb(token)
        if order is None:
            return None
        target = self._first_entity(view, targets, {SCHEMA.Organization})
        if target is None and token.pos_ == "VERB":
            target = self._target_after(view, token)
        if target is None:
            return None
        people = [o for o in objects(order) if o.i != token.i] or kids(order, {"iobj", "dative"})
        people = [antecedent_of_them(p) for p in people if token not in p.subtree]
        people = [p for p in people if p is not None]
        affected = people_phrase(people[0]) if people else None
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
            ) or starts_clause(following):
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
            if dep(current) in {"ccomp", "parataxis", "root"} or current.head.i == current.i:
                reporter = current.head
                if carried and reporter.lemma_.lower() in SPEECH and reporter.i != current.i:
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
            affected = noun_phrase(subject[0]) if subject else None
            where = uses[0]
        else:
            target = self._first_entity(view, subject, {SCHEMA.Organization})
        if target is None:
            return None
        issuer = self._reporter(view, token)
        scope = prep_objects(where, {"on", "in", "from"})
        return Trigger(
            view, token, token, issuer, target, affected, noun_phrase(scope[0]) if scope else None
        )

    def _follow_suit(self, view: ParsedPiece, follow: Token) -> Trigger | None:
        previous = self.last_prohibition
        target_iri = previous.roles.get(KG.target, [None])[0]
        target = next((e for e in self.ctx.entities if e.iri == target_iri), None)
        if target is None:
            return None
        issuer = self._first_entity(view, subjects(follow), None)
        return Trigger(view, follow, follow, issuer, target)

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
