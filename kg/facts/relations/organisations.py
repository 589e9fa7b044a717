"""Relations between organisations and places that the trigger table
(kg/lexicon/relation_triggers.tsv, kg/facts/relations/triggered.py) cannot read: "X owns",
"X acquired", "X is owned by", "based in" and "headquartered in" are rows of that table.

- ownership read from the surface where parsers misread it ("Chinese internet giant
  ByteDance owns TikTok, ..., as well as Douyin": owns), "Y-owned X" (x-owned), "X's parent
  company Y" (parent-company), "Y's X" for two organisations (possessive).
- base: "Seattle-based Acme" (x-based), the place written into the word.
- origin: org `kg:countryOfOrigin` country. "Chinese-owned Acme", "Chinese company Acme".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.entities.name_cues import is_given_name, opens_with_organisation_word
from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.context import ParsedPiece, ambiguous_demonym, demonym_country
from kg.facts.relations.arguments import noun_holders
from kg.facts.relations.base import (
    ORG,
    PERSON,
    PLACE,
    FactRecorder,
    country_names,
    organisation_heads,
)
from kg.lexicon import known_place_names, words
from kg.nlp.syntax import (
    POSSESSIVE,
    dep,
    possessors,
    prep_objects,
)
from kg.vocab import KG, SCHEMA

COMPANY_NOUNS = {"company", "firm", "group", "owner", "organization", "organisation"}
# the last word of names of institutions that stay where they were founded
INSTITUTION_WORDS = frozenset(
    {"school", "university", "college", "hospital", "museum", "library", "academy"}
    | {"institute", "seminary", "conservatory", "conservatoire", "polytechnic", "gallery"}
    | {"opera", "theatre", "theater", "observatory", "zoo", "institution"}
    | {"hotel", "studio", "studios", "prison", "cathedral", "monastery", "abbey"}
    # the same in the languages names keep: "Colegio de San Telmo in Valdeloro"
    | {"colegio", "universidad", "universidade", "università", "université", "universität"}
    | {"instituto", "institut", "escuela", "lycée", "liceo", "gymnasium", "hochschule", "oper"}
)  # not "church": "the Catholic Church in Bhutan" is a church's presence there


# openings of the saints institutions are named after ("College of St. Scholastica")
_SAINTLY = frozenset({"saint", "st", "st.", "san", "santa", "são", "holy", "our"})


def _place_named_after_of(name, institution: Token) -> str | None:
    """The place an institution's name gives after "of": "University of Ohio",
    "National Museum of Ireland", "University of St Andrews" is not taken (a saint's
    name or a place? most are saints); a known place only: not "Museum of Fine Arts"."""
    after = institution.i + 1
    if after + 1 >= name.end or name.doc[after].lower_ != "of":
        return None
    rest = name.doc[after + 1 : name.end]
    if rest[0].lower_ == "the":
        rest = rest[1:]
    if not rest or rest[0].lower_ in _SAINTLY or any(not t.text[:1].isupper() for t in rest):
        return None
    text = rest.text
    return text if known_place(text.lower()) else None


@cache
def _known_places() -> frozenset[str]:
    """Countries, regions and towns kg knows by name (lower case)."""
    return known_place_names() | country_names()


def known_place(text: str) -> bool:
    """A place kg knows by name (lower case): listed, or a one-word GeoNames name."""
    return text in _known_places() or (" " not in text and text in words("place_words.txt"))


class OrganisationRules(FactRecorder):
    """Ownership, base and origin rules (see the module docstring)."""

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
        if lemma == "parent" and dep(token) in {"amod", "compound"}:
            company = token.head  # "Acme's parent company", "the parent company of Acme"
            for owned_token in possessors(company) + prep_objects(company, {"of"}):
                self._owned_by(view, token, owned_token, company, 0.8, "parent-company")
        elif dep(token) in POSSESSIVE and token.head.pos_ == "PROPN":
            owner, owned = self._org(view, token), self.ctx.entity_at(view, token.head)
            if owner is not None and owner.key.lower() in country_names():
                return  # "Kenya's National Assembly": a country the NER took for a company
            self._country_possessive(view, token, owned)
            if owned is not None and owned.entity_class == ORG and not same_entity(owned, owner):
                self._fact(view, token, owned, SCHEMA.parentOrganization, owner, 0.6, "possessive")

    def _country_possessive(self, view: ParsedPiece, token: Token, owned) -> None:
        """A country's organisation is of that country: "Moldova's Frontier Intelligence
        Office", "China's Huawei"; a country's person is its citizen: "France's Léa Morel"
        (the possessive on the name itself: "Iran's enemy Avi Levin" hangs on "enemy"; the
        name opens with a first name: "Chile's Bahía Loreno" is a city the NER took for a
        person)."""
        country = self.ctx.entity_at(view, token)
        if owned is None or country is None or country.entity_class != PLACE:
            return
        if country.key.lower() not in country_names():
            return
        if owned.entity_class == ORG:
            self._fact(view, token, owned, KG.countryOfOrigin, country, 0.7, "country-possessive")
        elif owned.entity_class == PERSON and _opens_with_a_given_name(view.doc, token):
            self._fact(view, token, owned, SCHEMA.nationality, country, 0.7, "country-possessive")

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

    def _hyphenated(self, view: ParsedPiece, token: Token) -> None:
        """'ByteDance-owned TikTok', 'Chinese-owned TikTok', 'Seattle-based Amazon'."""
        lemma = token.lower_
        if lemma not in {"owned", "based", "-owned", "-based"}:
            return
        modifier = _hyphen_prefix(token)
        if modifier is None:
            return
        described = token.head if token.head.i != token.i else None
        entity = self.ctx.entity_of(view, modifier)
        target = self._org(view, described) if described is not None else None
        if target is None and described is not None and described.pos_ == "NOUN":
            holder = self._described(view, described)  # "Acme is a Seattle-based company"
            target = holder if holder is not None and holder.entity_class == ORG else None
        if target is None or same_entity(target, entity):  # the parse hung "owned" on its own owner
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

    def _described(self, view: ParsedPiece, noun: Token) -> LocalEntity | None:
        """What a company noun describes: its holder ("Vantek is the only Turkish company
        to ..."), one entity only, else the name attached to it ("Chinese firm Huawei")."""
        holders = noun_holders(noun)
        if not holders:
            return self.ctx._attached_name(view, noun)
        found = (self.ctx.entity_of(view, token) for token in holders)
        described = {entity.iri: entity for entity in found if entity is not None}
        return next(iter(described.values())) if len(described) == 1 else None

    def _institution_in_place(self, view: ParsedPiece, token: Token) -> None:
        """An institution named with the place it is in: "Brantley High School in East
        Moline", "the Museum of Fine Arts in Boston". Only names headed by an institution
        word: "Acme in China" may be Acme's business there, not where Acme is."""
        org = self.ctx.entity_at(view, token)
        if org is None or org.entity_class != ORG or token.lower_ not in INSTITUTION_WORDS:
            return
        name = self._name_span(view, token, org)
        opens = token.i == name.start and opens_with_organisation_word(name)  # "Colegio de X"
        hung = token.head.i != token.i and same_entity(self.ctx.entity_at(view, token.head), org)
        if hung and not opens:
            return  # not the word the name hangs on ("Acme School Museum": "School")
        if place_name := _place_named_after_of(name, token):
            place = self.ctx.implied(PLACE, place_name)  # "the University of Ohio"
            self._fact(view, token, org, SCHEMA.location, place, 0.7, "institution-of-place")
        for place_token in self._place_after_in(view, token, org):
            place = self.ctx.entity_at(view, place_token)
            if place is not None and place.entity_class == PLACE:
                self._fact(view, token, org, SCHEMA.location, place, 0.7, "institution-in")
                wider = self._wider_places(view, [place_token])  # "in Montreal, Quebec"
                self._in_wider_places(view, token, org, wider, 0.7, "institution-in")

    def _place_after_in(self, view: ParsedPiece, token: Token, org) -> list[Token]:
        """The objects of "in" on the name's head word, or the word right after "in" or a
        comma right after the name, whatever the parse hangs it on ("hang in the National
        Gallery in Oslo": "in Oslo" on the verb; "Kenwick High School, Alaska")."""
        found = prep_objects(token, {"in"})
        end = self._name_span(view, token, org).end
        doc = view.doc
        if (
            end + 1 < len(doc)
            and doc[end].lower_ in {"in", ","}
            and doc[end + 1].text[:1].isupper()
        ):
            found.append(doc[end + 1])  # "at Kenwick High School, Alaska": its place too
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "in":
            found.append(doc[end + 2])  # "Westlake City College, in Los Angeles"
        return found

    def _opens_name_of(self, view: ParsedPiece, token: Token, org) -> bool:
        """The demonym stands right before the organisation's name, capitalised: it may open
        a name the NER cut ("Korean Central News Agency", tagged without "Korean")."""
        after = token.i + 1
        if after >= len(view.doc) or not view.doc[after].text[:1].isupper():
            return False
        return same_entity(self.ctx.entity_at(view, view.doc[after]), org)

    def _origin_adjective(self, view: ParsedPiece, token: Token) -> None:
        """'the Chinese company ByteDance', 'Chinese firm Huawei'."""
        if dep(token) != "amod" or token.pos_ not in {"ADJ", "PROPN"}:
            return
        if demonym_country(token) is None:
            return
        noun = token.head
        org = self.ctx.entity_at(view, noun)
        if org is None and noun.lemma_.lower() in COMPANY_NOUNS | {"giant", "maker", "platform"}:
            org = self._described(view, noun)
        if org is None or org.entity_class != ORG:
            return
        own_name = same_entity(self.ctx.entity_at(view, token), org)
        if own_name and _name_head(org.key) not in organisation_heads():
            return  # "Russian Empire", "Canadian Thanksgiving": a name, not an organisation's
        if (own_name or self._opens_name_of(view, token, org)) and (
            _names_a_field(token) or ambiguous_demonym(token)
        ):
            return  # "Institute of Japanese Studies"; "Korean People's Army" (which Korea?)
        if own_name and _names_a_place(token):
            return  # "Indian Woods High School" is named after a place, not India
        if not own_name and _inside_longer_name(view, token, noun, self.ctx.entity_at):
            return
        country = self.ctx.country_of_adjective(token)
        self._fact(view, token, org, KG.countryOfOrigin, country, 0.75, "nationality-adjective")


_FIELD_WORDS = {"Studies"}


_PLACE_PLURALS = {"hills", "springs", "lakes", "heights", "falls", "woods", "oaks", "wells"}


def _names_a_place(token: Token) -> bool:
    """A demonym before a plural of landscape names a place ("Indian Woods", "French
    Springs")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.text[:1].isupper() and after.lower_ in _PLACE_PLURALS


def _names_a_field(token: Token) -> bool:
    """A demonym before "Studies" in a name names a field ("Hallbeck Institute of Japanese
    Studies"), not the organisation's country. ("Association of Australian Potters" and
    "Academy for Chinese Calligraphy" do say where they are from.)"""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.text in _FIELD_WORDS


def _inside_longer_name(view: ParsedPiece, token: Token, noun: Token, entity_at) -> bool:
    """A demonym between capitalised words the NER left out of the organisation's name is
    part of a longer name ("the First American Quilting Congress", tagged "Congress"): it gives
    no country. "the American punk band Velvet Static" has no such word."""
    doc = view.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if (
        before is not None
        and not before.is_sent_start
        and before.text[:1].isupper()
        and before.pos_ in {"PROPN", "ADJ", "NOUN", "NUM"}
        and entity_at(view, before) is None
    ):
        return True
    between = doc[token.i + 1 : noun.i]
    return any(t.text[:1].isupper() and entity_at(view, t) is None for t in between)


@cache
def _name_head(name: str) -> str:
    """The word a name is about: before its first "of"/"for" ("Academy for Chinese
    Calligraphy", "Association of Australian Potters"), else its last word."""
    words_ = name.lower().split()
    for k, word in enumerate(words_):
        if word in {"of", "for"} and k:
            return words_[k - 1]
    return words_[-1] if words_ else ""


def _hyphen_prefix(token: Token) -> Token | None:
    """The word before '-owned'/'-based' when written with a hyphen."""
    if token.text.startswith("-") and token.i > 0:
        return token.doc[token.i - 1]
    if token.i >= 2 and token.doc[token.i - 1].text in {"-", "–"}:
        return token.doc[token.i - 2]
    return None


def _opens_with_a_given_name(doc, possessor: Token) -> bool:
    """The word after "Country's" is a listed first name."""
    after = possessor.i + 2
    return after < len(doc) and dep(doc[after - 1]) == "case" and is_given_name(doc[after].text)
