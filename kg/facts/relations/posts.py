"""People's posts and parties.

- posts: person `schema:jobTitle` "title", person `schema:worksFor` org, and a `kg:Post` node
  pairing holder, title, organisation and jurisdiction. "Secretary of State Mike Pompeo"
  (title-before-name), "Jane Roe, CEO of Acme" (apposition), "Acme named Jane Roe CEO"
  (appointment), "Jane Roe is the CEO of Acme" (copula).
- party: person `schema:memberOf` party. "Josh Doe, a Republican" (party-apposition).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from rdflib import Literal, URIRef
from spacy.tokens import Token

from kg.entities.mention import HONORIFICS
from kg.entities.resolve import LocalEntity
from kg.facts.assertion import asserted
from kg.facts.claims import Event, Fact
from kg.facts.context import ParsedPiece
from kg.facts.relations.base import ORG, PERSON, PLACE, FactRecorder
from kg.facts.relations.joining import joined_organisations
from kg.facts.relations.parties import is_party, party_before, party_word
from kg.facts.relations.tenure import (
    copula_tenure,
    joining_gerunds,
    modifier_tenure,
    noun_tenure,
    tenure_dates,
    verb_tenure,
)
from kg.lexicon import pairs, words
from kg.nlp.syntax import (
    apposed_name,
    dep,
    is_apposition,
    kids,
    objects,
    possessors,
    prep_objects,
    subjects,
)
from kg.vocab import KG, SCHEMA, event_iri

APPOINT_VERBS = {"name", "appoint", "hire", "tap", "pick", "choose", "select", "promote"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})

# Forms of address and words of kinship or religion that stand before names ("Mr Pompeo",
# "Father Brown", "Sister Anne") but name no post, and are no job as nouns ("her father").
NOT_POSTS = HONORIFICS | {"father", "mother", "sister", "brother", "saint", "st.", "dear"}


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


def _after_non(doc, i: int) -> bool:
    """A name starting at `i` after "non-": "the first non-Congress mayor" held
    no post of Congress."""
    if i >= 1 and doc[i - 1].lower_ in {"non", "non-"}:
        return True
    return i >= 2 and doc[i - 1].text in {"-", "–"} and doc[i - 2].lower_ == "non"


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


_PAST_COPULAS = {"was", "were"}


def _predicate_noun(token: Token) -> bool:
    """A noun, or a title the tagger took for an adjective ("is the chief executive")."""
    if token.pos_ == "NOUN":
        return True
    # with a determiner or a title word before it, not "Ana Soto is executive"
    return (
        token.pos_ == "ADJ"
        and token.lower_ in words("titles.txt")
        and bool(kids(token, {"det", "amod"}))
    )


# titles of rulers, whom no organisation before the title employs ("Valdric King Osric",
# "Vessland Emperor Karl")
_SOVEREIGNS = frozenset(
    {"king", "queen", "emperor", "empress", "tsar", "czar", "sultan", "pharaoh", "monarch"}
)


class PostRules(FactRecorder):
    """Title, apposition, copula, appointment and party rules (see the module docstring)."""

    def _person_heads(self, view: ParsedPiece) -> Iterator[tuple[LocalEntity, Token]]:
        seen = set()
        for entity, mention in self._mentions_by_piece(PERSON).get(view.index, ()):
            if mention.token_start in seen:
                continue
            seen.add(mention.token_start)
            span = view.doc[mention.token_start : mention.token_end]
            yield entity, span.root

    def _post(
        self, view, token, person, title: str, org=None, place=None, method="", tenure=None
    ) -> None:
        """A kg:Post; one held now also gives the holder's jobTitle and worksFor facts
        (memberOf for a party's post), a former or incoming one (`tenure`,
        kg/facts/relations/tenure.py) does not."""
        if person is None or person.iri is None or not title:
            return
        evidence = self.ctx.evidence(view, token, 0.8, f"rule:{method}")
        title = _canonical_title(title)
        if title.split()[-1].lower() in _SOVEREIGNS:
            org = None  # "Valdric King Osric": a dynasty, not an employer
        current = tenure is None
        if current:
            self.facts.append(Fact(person.iri, SCHEMA.jobTitle, Literal(title), evidence))
        roles: dict[URIRef, list] = {KG.holder: [person.iri], SCHEMA.roleName: [Literal(title)]}
        label = title
        if org is not None and org.iri is not None:
            if current:  # a party's leader or chief is its member, not its employee
                works = SCHEMA.memberOf if is_party(org) else SCHEMA.worksFor
                self.facts.append(Fact(person.iri, works, org.iri, evidence))
            roles[KG.organization] = [org.iri]
            label = f"{title}, {org.key}"
        if place is not None and place.iri is not None:
            roles[KG.jurisdiction] = [place.iri]
        if not current:
            roles[KG.tenure] = [tenure]
            for key, value in tenure_dates(token, token.head).items():
                roles[key] = [value]
        iri = event_iri(
            self.base,
            "post",
            str(person.iri),
            title.lower(),
            str(org.iri if org else ""),
            *([] if current else [str(tenure)]),
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
        before = [view.doc[k] for k in range(max(i - 1, 0), i + 1) if k >= 0]  # "the former"
        titles = titles - NOT_POSTS  # "Mr" is a form of address, not a post
        first_title = next((k for k, t in enumerate(run) if t.lower_ in titles), None)
        if first_title is None:
            return
        while first_title > 0 and run[first_title - 1].lower_ in words("rank_prefixes.txt"):
            first_title -= 1  # "Petty Officer", "Staff Sergeant"
        title_tokens = [t for t in run[first_title:] if self.ctx.entity_at(view, t) is None]
        while title_tokens and title_tokens[-1].lower_ == "of":
            title_tokens.pop()
        if any(t.lower_ == "of" for t in title_tokens) and not any(
            t.lower_ in words("portfolios.txt") for t in title_tokens
        ):
            return  # "president of" + an organisation is not a title phrase on its own
        modifiers = [self.ctx.entity_at(view, t) for t in run[:first_title]]
        if not run[:first_title] and i >= 1 and view.doc[i].lower_ in {"'s", "’s"}:
            modifiers = [self.ctx.entity_at(view, view.doc[i - 1])]  # "Acme's CEO Ada Stone"
        if not run[:first_title] and i >= 0 and view.doc[i].lower_ in {"its", "their"}:
            modifiers = [self.ctx.entity_of(view, view.doc[i])]  # "its CEO Ada Stone"
        org = next((e for e in modifiers if e is not None and e.entity_class == ORG), None)
        place = next((e for e in modifiers if e is not None and e.entity_class == PLACE), None)
        title_tokens = [t for t in title_tokens if modifier_tenure([t]) is None]
        title = " ".join(t.text for t in title_tokens)
        tenure = modifier_tenure(run[:first_title]) or modifier_tenure(before if run else [])
        self._post(view, run[first_title], person, title, org, place, "title-before-name", tenure)

    def _appositions(self, view: ParsedPiece, person: LocalEntity, head: Token) -> None:
        """'Jane Roe, CEO of Acme', 'Josh Doe, a Republican'; also 'a new CEO, Jane Roe'."""
        name = self._name_span(view, head, person)  # "Josh Dale, a Republican": the parse
        nouns = [c for t in name for c in t.children if _apposed_to(c, t)]  # may hang it on "Dale"
        # a second subject of the name's verb ("Marwick Group, the parent company ...")
        nouns += [c for c in head.head.children if c.i != head.i and _apposed_to(c, head)]
        if is_apposition(head) and _set_off(view.doc, head.head, person, view.index):
            nouns.append(head.head)
        if name.end < len(view.doc) and view.doc[name.end].text == ",":
            nouns += [c for t in name for c in t.children if dep(c) == "amod" and c.i > name.end]
        # "X, brother of Y and a professor at Z": conjuncts after an apposed noun are nouns too
        last = max((n.i for n in nouns), default=len(view.doc))
        nouns += [c for t in name for c in t.children if dep(c) == "conj" and c.i > last]
        nouns += [c for n in nouns for c in n.conjuncts if c.pos_ == "NOUN"]
        for noun in nouns:
            if self.ctx.entity_at(view, noun) is not None:
                continue
            party = _party(noun)
            if party:
                org = self.ctx.implied(ORG, party)
                self._fact(view, noun, person, SCHEMA.memberOf, org, 0.8, "party-apposition")
                continue
            self._title_noun(view, person, noun, "apposition")

    def _title_noun(self, view, person, noun: Token, method: str, tenure=None) -> None:
        titles = words("titles.txt") - NOT_POSTS  # "Moen's father, Arne Moen": no post
        # "became chief executive", "a diplomat and former chief executive" (ADJ)
        # ("Jane Roe, Vessa Bank's chief executive," parsed with "executive" an adjective
        # listed after the name; "serves as chairwoman" with "chairwoman" an oblique)
        # "Jane Roe, chief executive of Vessa Bank," with "executive" an adjective on the
        # name, and "who is chief executive of" with it heading the relative clause
        complement = {"appos", "xcomp", "attr", "oprd", "conj", "list", "obl", "amod", "acl:relcl"}
        if noun.pos_ not in {"NOUN", "PROPN"} and not (
            noun.pos_ == "ADJ" and (dep(noun) in complement or kids(noun, {"cop"}))
        ):
            return  # an adjective with a copula: "Jane Roe is the chief executive of Acme"
        if noun.lower_ not in titles and noun.lemma_.lower() not in titles:
            return
        title = " ".join(t.text for t in _title_words(noun, titles))
        org = None
        for candidate in [
            *possessors(noun),
            *prep_objects(noun, {"of", "at"}),
            *kids(noun, {"compound", "nmod"}),
            # "professor of economics at Halden University": "at" hangs on the field
            *(at for field in prep_objects(noun, {"of"}) for at in prep_objects(field, {"at"})),
        ]:
            entity = self.ctx.entity_of(view, candidate)
            if entity is None or entity.entity_class != ORG:
                continue
            if not _after_non(view.doc, self._name_span(view, candidate, entity).start):
                org = entity
                break
        self._post(view, noun, person, title, org, None, method, tenure or noun_tenure(noun))

    def _copula(self, view: ParsedPiece, person: LocalEntity, head: Token) -> None:
        """'Jane Roe is the chief executive of Acme' (UD: the noun heads the clause); 'Jane
        Roe, who was mayor of Leeds until 2019', 'Jane Roe was chairman of Acme' (former
        posts)."""
        for clause in kids(head, {"acl:relcl", "relcl"}):
            if kids(clause, {"cop"}) and any(s.lower_ == "who" for s in subjects(clause)):
                self._title_noun(view, person, clause, "copula", copula_tenure(clause))
        if kids(head, {"cop"}) and asserted(head):  # "The president of Acme is Jane Roe"
            for noun in subjects(head):
                self._title_noun(view, person, noun, "copula-inverted")
        if dep(head) not in {"nsubj"}:
            return
        noun = head.head
        nouns = kids(noun, {"attr"}) if noun.lemma_ == "be" else []
        past = noun.lemma_ == "be" and noun.lower_ in _PAST_COPULAS
        if _predicate_noun(noun) and kids(noun, {"cop"}):
            nouns = [noun]
            past = any(c.lower_ in _PAST_COPULAS for c in kids(noun, {"cop"}))
        # "is a diplomat and former CEO of Acme": each noun describes the subject, and
        # so does an apposition ("was a sociologist, the first president of Fisk College")
        nouns += [c for n in nouns for c in n.conjuncts if c.pos_ in {"NOUN", "ADJ"}]
        nouns += [a for n in nouns for a in kids(n, {"appos"}) if _predicate_noun(a)]
        for noun in (noun for noun in nouns if asserted(noun)):  # not "was not its CEO"
            if party := party_before(noun):  # "Jane Roe was a Republican member of ..."
                org = self.ctx.implied(ORG, party)
                self._fact(view, noun, person, SCHEMA.memberOf, org, 0.75, "party-copula")
            # "Ana Soto was chairman of Acme": a post held before, as after "who was"
            self._title_noun(view, person, noun, "copula", KG.Former if past else None)

    def _served_as(self, view: ParsedPiece, person: LocalEntity, head: Token) -> None:
        """'retired as chairman of Acme', 'will become CEO of Acme', 'was named CEO of
        Acme', 'joined Acme', 'Jane Roe, who joined Acme in 2019,' (kg/facts/relations/
        tenure.py says which tenure)."""
        subjects_ = [head] if dep(head) in SUBJECT_DEPS else []
        name = self._name_span(view, head, person)
        after = view.doc[name.end : name.end + 2]
        if len(after) == 2 and after[0].text == "," and after[1].lower_ == "who":
            subjects_.append(after[1])  # the relative's verb, wherever the parse hangs it
        for subject in subjects_:
            if dep(subject) in SUBJECT_DEPS:
                self._served_as_verb(view, person, subject.head, dep(subject))
                for gerund in joining_gerunds(subject.head):  # "... before joining Acme"
                    self._served_as_verb(view, person, gerund, dep(subject))

    def _served_as_verb(self, view, person: LocalEntity, verb: Token, subject_dep: str) -> None:
        if not asserted(verb):  # "If Mira Olsen joins Acme, ...", "did not join"
            return
        tenure = verb_tenure(verb)
        appointed = verb.lemma_.lower() in APPOINT_VERBS and subject_dep != "nsubj"
        if tenure is False and not appointed:
            return
        tenure = None if tenure is False else tenure
        nouns = [*prep_objects(verb, {"as"}), *kids(verb, {"xcomp", "attr", "oprd"})]
        # "serves as chairwoman" parsed with "as" a modifier of the title
        nouns += [c for c in kids(verb, {"obl"}) if any(g.lower_ == "as" for g in c.children)]
        for noun in nouns:
            self._title_noun(view, person, noun, "served-as", tenure)
        if verb.lemma_.lower() == "join" and tenure is None:
            joined = joined_organisations(
                verb, lambda t: self._org(view, t), lambda t, e: self._name_span(view, t, e)
            )
            for predicate, org in joined:
                self._fact(view, verb, person, predicate, org, 0.7, "joined")

    def _appointment(self, view: ParsedPiece, token: Token) -> None:
        """'Acme named Jane Roe CEO', 'Acme named a new CEO, Jane Roe', 'Acme appointed
        Jane Roe as its chief executive'."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in APPOINT_VERBS:
            return
        orgs = [e for s in subjects(token) if (e := self._org(view, s)) is not None]
        if not orgs:
            return
        for obj in objects(token):
            person = self.ctx.entity_of(view, obj)
            if person is not None and person.entity_class == PERSON:
                # "named Jane Roe CEO": the title is another complement; "named a new CEO,
                # Jane Roe": the object is the title itself, the name hangs from it
                title_is_object = self.ctx.entity_at(view, obj) is None
                for complement in kids(token, {"xcomp", "oprd", "obj", "dobj"}):
                    if complement.i != obj.i or title_is_object:
                        self._titled(view, person, complement, orgs[0])
                for title in prep_objects(token, {"as"}):  # "appointed Jane Roe as CEO"
                    self._titled(view, person, title, orgs[0])
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
    """'a Republican', 'a Republican and frequent critic', 'a Democratic senator'; not 'a
    critic of the Republican Party' or 'a Labour donor' (no party's people)."""
    for word in [noun, *noun.conjuncts]:
        if party := party_word(word) or party_before(word):
            return party
        for modifier in word.children:  # "a Republican and frequent critic" parsed with
            if kids(modifier, {"conj"}) and (party := party_word(modifier)):  # Republican
                return party  # a modifier of "critic" coordinated with "frequent"
    return None


def _canonical_title(title: str) -> str:
    mapping = pairs("titles_canonical.tsv")
    cleaned = title.strip().strip(",")
    return mapping.get(cleaned.lower(), cleaned)
