"""Relations between entities, from the dependency parse and the entity mentions.

- ownership: owned `schema:parentOrganization` owner. "Y owns X" (owns), "X is owned by Y",
  "X, owned by Y", "X, which is owned by Y" (owned-by), "Y-owned X" (x-owned), "Y acquired X"
  (acquired), "X's parent company Y" (parent-company), "Y's X" for two organisations
  (possessive).
- posts: person `schema:jobTitle` "title", person `schema:worksFor` org, and a `kg:Post` node
  pairing holder, title, organisation and jurisdiction. "Secretary of State Mike Pompeo"
  (title-before-name), "Jane Roe, CEO of Acme" (apposition), "Acme named Jane Roe CEO"
  (appointment), "Jane Roe is the CEO of Acme" (copula).
- party: person `schema:memberOf` party. "Josh Doe, a Republican" (party-apposition).
- base: org `schema:location` place. "Seattle-based Acme", "Acme, based in Seattle".
- origin: org `kg:countryOfOrigin` country. "Chinese-owned Acme", "Chinese company Acme".

Nothing is asserted from a negated clause or from one under a denial ("Huawei has denied
that it enables spying"): see `asserted`. Confidence is per rule: patterns with an explicit
verb score higher than possessives and descriptor anaphora.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from rdflib import Literal, URIRef
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.symbols import ADJ as ADJ_POS
from spacy.symbols import AUX as AUX_POS
from spacy.symbols import VERB as VERB_POS
from spacy.tokens import Doc, Token

from kg.entities.mention import HONORIFICS
from kg.entities.resolve import LocalEntity
from kg.facts.claims import Event, Fact
from kg.facts.context import DocumentContext, ParsedPiece
from kg.lexicon import pairs, words
from kg.nlp.syntax import (
    POSSESSIVE,
    agents,
    apposed_name,
    dep,
    is_apposition,
    is_negated,
    is_passive,
    kids,
    lower_of,
    objects,
    passive_subjects,
    per_doc,
    possessors,
    prep_objects,
    subjects,
)
from kg.vocab import KG, SCHEMA, event_iri

ORG, PERSON, PLACE = SCHEMA.Organization, SCHEMA.Person, SCHEMA.Place
DENIAL_VERBS = {"deny", "reject", "refute", "dismiss", "dispute"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
ACQUIRE_VERBS = {"acquire", "buy", "purchase"}
APPOINT_VERBS = {"name", "appoint", "hire", "tap", "pick", "choose", "select", "promote"}
COMPANY_NOUNS = {"company", "firm", "group", "owner", "organization", "organisation"}


def asserted(token: Token) -> bool:
    """False when the token's clause, or one above it, is negated, a denial or a condition
    ("If Acme bought Brightwave, ..." asserts no purchase)."""
    return token.i not in per_doc(token.doc, "kg.facts.relations.unasserted", _unasserted)


def _unasserted(doc: Doc) -> frozenset[int]:
    """Indices of the tokens at or under a negated clause, a denial or a condition (read
    from doc.to_array: rules ask for every token, and Token attributes are slow)."""
    rows = doc.to_array([HEAD, LOWER, DEP, LEMMA, POS]).tolist()
    strings = doc.vocab.strings
    heads, conditioned, own = [], set(), []
    for i, (head, lower, label, lemma, pos) in enumerate(rows):
        head = i + (head if head < 2**63 else head - 2**64)  # a relative offset, as uint64
        heads.append(head)
        if lower_of(strings, lower) in CONDITIONAL_MARKS and lower_of(strings, label) == "mark":
            conditioned.add(head)
        own.append(
            lower_of(strings, lemma) in DENIAL_VERBS or (pos in _CLAUSE_POS and is_negated(doc[i]))
        )
    blocked: dict[int, bool] = {}
    for i in range(len(doc)):
        path = []
        while i not in blocked and heads[i] != i:
            path.append(i)
            i = heads[i]
        if i not in blocked:  # the root
            blocked[i] = own[i] or i in conditioned
        above = blocked[i]
        for below in reversed(path):
            above = above or own[below] or below in conditioned
            blocked[below] = above
    return frozenset(i for i, is_blocked in blocked.items() if is_blocked)


_CLAUSE_POS = {VERB_POS, AUX_POS, ADJ_POS}
_TRIGGER_WORDS = {"owns", "owned", "based", "-owned", "-based", "headquartered"}
_TRIGGER_LEMMAS = {"own", "parent"} | ACQUIRE_VERBS | APPOINT_VERBS
_TRIGGER_DEPS = POSSESSIVE | {"amod"}


def _trigger_tokens(doc: Doc) -> list[int]:
    """The tokens a per-token rule of RelationFinder can start from: its words, lemmas and
    dependency labels (the first test of each rule), read from doc.to_array."""
    strings = doc.vocab.strings
    return [
        i
        for i, (lower, lemma, label) in enumerate(doc.to_array([LOWER, LEMMA, DEP]).tolist())
        if lower_of(strings, lower) in _TRIGGER_WORDS
        or lower_of(strings, lemma) in _TRIGGER_LEMMAS
        or lower_of(strings, label) in _TRIGGER_DEPS
    ]


def _title_words(noun: Token, titles: frozenset[str]) -> list[Token]:
    """The title a noun heads: its modifiers from the first title word on, as written
    ("chief financial officer", "deputy chief executive"; not "new" in "new CEO")."""
    modifiers = sorted(
        (c for c in noun.children if dep(c) in {"compound", "amod"} and c.i < noun.i),
        key=lambda t: t.i,
    )
    first = next((k for k, t in enumerate(modifiers) if t.lower_ in titles), len(modifiers))
    words_ = modifiers[first:]
    contiguous = all(b.i == a.i + 1 for a, b in pairwise([*words_, noun]))
    return [*words_, noun] if contiguous else [noun]


def _apposed_to(noun: Token, name: Token) -> bool:
    apposed = apposed_name(noun)
    return apposed is not None and apposed.i == name.i


def _set_off(doc, noun: Token, person: LocalEntity, piece: int) -> bool:
    """ "a new CEO, Jane Roe": a name in apposition after its title noun follows a comma or a
    dash. Without one ("Secretary of State Helen Marsh" parsed with "Helen" an apposition of
    "Secretary") the title runs into the name, which the title-before-name rule reads."""
    starts = [m.token_start for m in person.mentions if m.piece == piece and m.token_start > noun.i]
    return bool(starts) and doc[min(starts) - 1].text in {",", "-", "–", "—", "("}


def _sentence_start(token: Token) -> int:
    """Where the token's sentence starts, joining sentences the parser split with no
    punctuation between them ("Acme CEO | Jane Roe said ...")."""
    start = token.sent.start
    while start > 0 and not token.doc[start - 1].is_punct:
        start = token.doc[start - 1].sent.start
    return start


class RelationFinder:
    def __init__(self, context: DocumentContext, base: str) -> None:
        self.ctx = context
        self.base = base
        self.facts: list[Fact] = []
        self.posts: list[Event] = []

    def run(self) -> tuple[list[Fact], list[Event]]:
        for view in self.ctx.pieces:
            for i in _trigger_tokens(view.doc):
                token = view.doc[i]
                if not asserted(token):
                    continue
                self._ownership(view, token)
                self._hyphenated(view, token)
                self._based_in(view, token)
                self._origin_adjective(view, token)
                self._appointment(view, token)
            for entity, head in self._person_heads(view):
                self._title_before(view, entity, head)
                self._appositions(view, entity, head)
                self._copula(view, entity, head)
        return _unique(self.facts), self.posts

    # -- helpers ----------------------------------------------------------------------
    def _fact(self, view, token, subject, predicate, obj, confidence, method) -> None:
        if subject is None or obj is None or subject is obj:
            return
        s = subject.iri
        o = obj.iri if isinstance(obj, LocalEntity) else obj
        if s is None or o is None or s == o:
            return
        evidence = self.ctx.evidence(view, token, confidence, f"rule:{method}")
        self.facts.append(Fact(s, predicate, o, evidence))

    def _org(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        entity = self.ctx.entity_of(view, token)
        return entity if entity is not None and entity.entity_class == ORG else None

    def _owned_by(self, view, token, owned_token, owner_token, confidence, method) -> None:
        owned, owner = self._org(view, owned_token), self._org(view, owner_token)
        self._fact(view, token, owned, SCHEMA.parentOrganization, owner, confidence, method)

    # -- ownership --------------------------------------------------------------------
    def _ownership(self, view: ParsedPiece, token: Token) -> None:
        lemma = token.lemma_.lower()
        if token.lower_ == "owns" and 0 < token.i < len(view.doc) - 1:
            # "ByteDance owns TikTok" read from the surface too: parsers often misread it
            # after a long subject ("Chinese internet giant ByteDance owns TikTok")
            owner = self.ctx.entity_at(view, view.doc[token.i - 1])
            owned_list = self._surface_owned(view, token)
            if owner is not None and owner.entity_class == ORG and owned_list:
                for owned in owned_list:
                    self._fact(view, token, owned, SCHEMA.parentOrganization, owner, 0.8, "owns")
                return
        if token.pos_ == "VERB" and lemma in {"own"} | ACQUIRE_VERBS:
            method = "owns" if lemma == "own" else "acquired"
            if lemma == "buy" and not any(self._org(view, o) for o in objects(token)):
                return
            if is_passive(token):
                owned = passive_subjects(token) or (
                    [token.head] if dep(token) in {"acl", "acl:relcl", "relcl", "amod"} else []
                )
                owned = [self._relative_antecedent(t) for t in owned]
                for owned_token in owned:
                    for owner_token in agents(token):
                        self._owned_by(view, token, owned_token, owner_token, 0.9, "owned-by")
            else:
                for owner_token in subjects(token):
                    for owned_token in objects(token):
                        self._owned_by(view, token, owned_token, owner_token, 0.85, method)
        elif lemma == "parent" and dep(token) in {"amod", "compound"}:
            company = token.head  # "Acme's parent company", "the parent company of Acme"
            for owned_token in possessors(company) + prep_objects(company, {"of"}):
                self._owned_by(view, token, owned_token, company, 0.8, "parent-company")
        elif dep(token) in POSSESSIVE and token.head.pos_ == "PROPN":
            owner, owned = self._org(view, token), self.ctx.entity_at(view, token.head)
            if owned is not None and owned.entity_class == ORG and owned is not owner:
                self._fact(view, token, owned, SCHEMA.parentOrganization, owner, 0.6, "possessive")

    def _surface_owned(self, view: ParsedPiece, owns: Token) -> list[LocalEntity]:
        """What 'X owns' lists, read from the surface: 'owns TikTok, which ..., as well as a
        Chinese version called Douyin'. Comma-separated parts after "owns" up to the end of
        the sentence; a relative clause ("which ...") is skipped; each part gives the first
        organisation it names, and a part that names none ends the list."""
        owned: list[LocalEntity] = []
        part: list[Token] = []
        end = owns.sent.end
        for token in [*view.doc[owns.i + 1 : end], None]:
            if token is not None and not (token.is_punct and token.text in {",", ";", "."}):
                part.append(token)
                continue
            if part and part[0].lower_ not in {"which", "who", "that", "whose"}:
                named = [self.ctx.entity_at(view, t) for t in part]
                found = next((e for e in named if e is not None), None)
                if found is None or found.entity_class != ORG:
                    break
                owned.append(found)
            part = []
            if token is None or token.text in {";", "."}:
                break
        return owned

    def _relative_antecedent(self, token: Token) -> Token:
        """'which'/'that' in a relative clause stands for the noun the clause modifies."""
        if token.lower_ in {"which", "that", "who"}:
            clause = token.head
            while dep(clause) not in {"acl:relcl", "relcl"} and clause.head is not clause:
                clause = clause.head
            return clause.head
        return token

    def _hyphenated(self, view: ParsedPiece, token: Token) -> None:
        """'ByteDance-owned TikTok', 'Chinese-owned TikTok', 'Seattle-based Amazon'."""
        lemma = token.lower_
        if lemma not in {"owned", "based", "-owned", "-based"}:
            return
        modifier = _hyphen_prefix(token)
        if modifier is None:
            return
        described = token.head if token.head is not token else None
        entity = self.ctx.entity_of(view, modifier)
        target = self._org(view, described) if described is not None else None
        if target is None or target is entity:  # the parse hung "owned" on its own owner
            target = self._next_org(view, token)
        if target is None:
            return
        if lemma.endswith("owned"):
            if entity is not None and entity.entity_class == ORG:
                self._fact(view, token, target, SCHEMA.parentOrganization, entity, 0.85, "x-owned")
                return
            country = self.ctx.country_of_adjective(modifier) or (
                entity if entity is not None and entity.entity_class == PLACE else None
            )
            self._fact(view, token, target, KG.countryOfOrigin, country, 0.8, "x-owned-origin")
        elif entity is not None and entity.entity_class == PLACE:
            self._fact(view, token, target, SCHEMA.location, entity, 0.85, "x-based")

    def _next_org(self, view: ParsedPiece, token: Token, reach: int = 4) -> LocalEntity | None:
        """The organisation named right after 'X-owned' ('Kestrel-owned grocer Pinegrove'),
        whatever the parse made of the phrase."""
        for following in view.doc[token.i + 1 : token.i + 1 + reach]:
            if following.is_punct:
                return None
            entity = self.ctx.entity_at(view, following)
            if entity is not None:
                return entity if entity.entity_class == ORG else None
        return None

    def _based_in(self, view: ParsedPiece, token: Token) -> None:
        if token.lower_ not in {"based", "headquartered"} or _hyphen_prefix(token) is not None:
            return
        places = [
            place
            for t in prep_objects(token, {"in"})
            if (place := self.ctx.entity_of(view, t)) is not None and place.entity_class == PLACE
        ]
        holders = passive_subjects(token) or (
            [token.head] if dep(token) in {"acl", "amod", "acl:relcl", "relcl"} else []
        )
        for holder in holders:
            org = self._org(view, self._relative_antecedent(holder))
            for place in places:
                self._fact(view, token, org, SCHEMA.location, place, 0.85, "based-in")

    def _origin_adjective(self, view: ParsedPiece, token: Token) -> None:
        """'the Chinese company ByteDance', 'Chinese firm Huawei'."""
        if dep(token) != "amod" or token.pos_ not in {"ADJ", "PROPN"}:
            return
        country = self.ctx.country_of_adjective(token)
        if country is None:
            return
        noun = token.head
        org = self.ctx.entity_at(view, noun)
        if org is None and noun.lemma_.lower() in COMPANY_NOUNS | {"giant", "maker", "platform"}:
            org = self.ctx._attached_name(view, noun)
        if org is not None and org.entity_class == ORG:
            self._fact(view, token, org, KG.countryOfOrigin, country, 0.75, "nationality-adjective")

    # -- posts ------------------------------------------------------------------------
    def _person_heads(self, view: ParsedPiece) -> Iterator[tuple[LocalEntity, Token]]:
        seen = set()
        for entity in self.ctx.entities:
            if entity.entity_class != PERSON:
                continue
            for mention in entity.mentions:
                if mention.piece != view.index or (mention.piece, mention.token_start) in seen:
                    continue
                seen.add((mention.piece, mention.token_start))
                span = view.doc[mention.token_start : mention.token_end]
                yield entity, span.root

    def _post(self, view, token, person, title: str, org=None, place=None, method="") -> None:
        if person is None or person.iri is None or not title:
            return
        evidence = self.ctx.evidence(view, token, 0.8, f"rule:{method}")
        title = _canonical_title(title)
        self.facts.append(Fact(person.iri, SCHEMA.jobTitle, Literal(title), evidence))
        roles: dict[URIRef, list] = {KG.holder: [person.iri], SCHEMA.roleName: [Literal(title)]}
        label = title
        if org is not None and org.iri is not None:
            self.facts.append(Fact(person.iri, SCHEMA.worksFor, org.iri, evidence))
            roles[KG.organization] = [org.iri]
            label = f"{title}, {org.key}"
        if place is not None and place.iri is not None:
            roles[KG.jurisdiction] = [place.iri]
        iri = event_iri(
            self.base, "post", str(person.iri), title.lower(), str(org.iri if org else "")
        )
        start = self.ctx.char(view, token)
        self.posts.append(
            Event(iri, KG.Post, label, evidence, (start, start + len(token.text)), None, roles)
        )

    def _title_before(self, view: ParsedPiece, person: LocalEntity, head: Token) -> None:
        """'Missouri Sen. Josh Hawley', 'Fox News TV host Laura Ingraham'."""
        mention_start = min(
            m.token_start
            for m in person.mentions
            if m.piece == view.index and m.token_end > head.i >= m.token_start
        )
        run: list[Token] = []
        i = mention_start - 1
        titles = words("titles.txt")
        while i >= _sentence_start(head):
            token = view.doc[i]
            # surface-based: parsers often hang "TV host" elsewhere than on the name
            keep = (
                token.lower_ in titles or token.is_title or token.is_upper or token.lower_ == "of"
            )
            if not keep or (token.is_punct and token.text != "."):
                break
            run.insert(0, token)
            i -= 1
        titles = titles - HONORIFICS  # "Mr" is a form of address, not a post
        first_title = next((k for k, t in enumerate(run) if t.lower_ in titles), None)
        if first_title is None:
            return
        title_tokens = [t for t in run[first_title:] if self.ctx.entity_at(view, t) is None]
        while title_tokens and title_tokens[-1].lower_ == "of":
            title_tokens.pop()
        if any(t.lower_ == "of" for t in title_tokens) and not any(
            t.lower_ in words("portfolios.txt") for t in title_tokens
        ):
            return  # "president of" + an organisation is not a title phrase on its own
        modifiers = [self.ctx.entity_at(view, t) for t in run[:first_title]]
        org = next((e for e in modifiers if e is not None and e.entity_class == ORG), None)
        place = next((e for e in modifiers if e is not None and e.entity_class == PLACE), None)
        title = " ".join(t.text for t in title_tokens)
        self._post(view, run[first_title], person, title, org, place, "title-before-name")

    def _appositions(self, view: ParsedPiece, person: LocalEntity, head: Token) -> None:
        """'Jane Roe, CEO of Acme', 'Josh Doe, a Republican'; also 'a new CEO, Jane Roe'."""
        nouns = [c for c in head.children if _apposed_to(c, head)]
        # a second subject of the name's verb ("Marwick Group, the parent company ...")
        nouns += [c for c in head.head.children if c.i != head.i and _apposed_to(c, head)]
        if is_apposition(head) and _set_off(view.doc, head.head, person, view.index):
            nouns.append(head.head)
        for noun in nouns:
            if self.ctx.entity_at(view, noun) is not None:
                continue
            party = _party(noun)
            if party:
                org = self.ctx.implied(ORG, party)
                self._fact(view, noun, person, SCHEMA.memberOf, org, 0.8, "party-apposition")
                continue
            self._title_noun(view, person, noun, "apposition")

    def _title_noun(self, view, person, noun: Token, method: str) -> None:
        titles = words("titles.txt")
        if noun.pos_ not in {"NOUN", "PROPN"} and not (noun.pos_ == "ADJ" and dep(noun) == "appos"):
            return
        if noun.lower_ not in titles and noun.lemma_.lower() not in titles:
            return
        title = " ".join(t.text for t in _title_words(noun, titles))
        org = None
        for candidate in [
            *possessors(noun),
            *prep_objects(noun, {"of", "at"}),
            *kids(noun, {"compound", "nmod"}),
        ]:
            entity = self.ctx.entity_of(view, candidate)
            if entity is not None and entity.entity_class == ORG:
                org = entity
                break
        self._post(view, noun, person, title, org, None, method)

    def _copula(self, view: ParsedPiece, person: LocalEntity, head: Token) -> None:
        """'Jane Roe is the chief executive of Acme' (UD: the noun heads the clause)."""
        if dep(head) not in {"nsubj"}:
            return
        noun = head.head
        if noun.pos_ == "NOUN" and kids(noun, {"cop"}):
            self._title_noun(view, person, noun, "copula")
        elif noun.lemma_ == "be":
            for attribute in kids(noun, {"attr"}):
                self._title_noun(view, person, attribute, "copula")

    def _appointment(self, view: ParsedPiece, token: Token) -> None:
        """'Acme named Jane Roe CEO', 'Acme named a new CEO, Jane Roe'."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in APPOINT_VERBS:
            return
        orgs = [e for s in subjects(token) if (e := self._org(view, s)) is not None]
        if not orgs:
            return
        for obj in objects(token):
            person = self.ctx.entity_of(view, obj)
            if person is not None and person.entity_class == PERSON:
                for complement in kids(token, {"xcomp", "oprd", "obj", "dobj"}):
                    if complement is not obj:
                        self._titled(view, person, complement, orgs[0])
                continue
            appointed = [self.ctx.entity_at(view, appos) for appos in kids(obj, {"appos"})]
            appointed = [e for e in appointed if e is not None and e.entity_class == PERSON]
            for named in appointed or self._person_after_comma(view, obj):
                self._titled(view, named, obj, orgs[0])

    def _person_after_comma(self, view: ParsedPiece, noun: Token) -> list[LocalEntity]:
        """'named a new CEO, top Vexa executive Ada Stone, ...' read from the surface: the
        first person in the comma-delimited phrase right after the title, whatever the parse."""
        doc = view.doc
        if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
            return []
        for token in doc[noun.i + 2 : noun.sent.end]:
            if token.text in {",", ";", ".", "!", "?"}:
                break
            entity = self.ctx.entity_at(view, token)
            if entity is not None and entity.entity_class == PERSON:
                return [entity]
        return []

    def _titled(self, view, person, noun: Token, org: LocalEntity) -> None:
        titles = words("titles.txt")
        if noun.lower_ in titles or noun.lemma_.lower() in titles:
            self._post(view, noun, person, noun.text, org, None, "appointment")


def _party(noun: Token) -> str | None:
    """'a Republican', 'a Republican and frequent critic', 'a Democratic senator'."""
    parties = pairs("parties.tsv")
    for token in [*noun.subtree, *noun.conjuncts]:
        party = parties.get(token.text.lower())
        if party and token.text[:1].isupper():
            return party
    return None


def _hyphen_prefix(token: Token) -> Token | None:
    """The word before '-owned'/'-based' when written with a hyphen."""
    if token.text.startswith("-") and token.i > 0:
        return token.doc[token.i - 1]
    if token.i >= 2 and token.doc[token.i - 1].text in {"-", "–"}:
        return token.doc[token.i - 2]
    return None


def _canonical_title(title: str) -> str:
    mapping = pairs("titles_canonical.tsv")
    cleaned = title.strip().strip(",")
    return mapping.get(cleaned.lower(), cleaned)


def _unique(facts: list[Fact]) -> list[Fact]:
    seen = set()
    result = []
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.object, fact.evidence.start)
        if key not in seen:
            seen.add(key)
            result.append(fact)
    return result
