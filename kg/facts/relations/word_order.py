"""Nationality (and an organisation's country) read from word order where the parse
cannot be trusted.

A demonym, the nouns for what someone is, then the name: "the Danish army officer Jonas
Berg", "Chilean painters Ana Rojas and Luis Vera", "former Afghan Foreign Minister Omar
Wali", "the German Chancellor, Ana Holloway, said" (one name between commas); "the
Portuguese band Mar Alto" (an organisation noun, then its name). And the
opening of a biography: a name, its dates in brackets, "was a", a demonym
and a noun: "Li Wen (1928 - 2006) was a Chinese historian". The parser of kg's small
pipeline often hangs such a descriptor on the wrong word (the title as a modifier of the
first name, "historian" as a compound of "best known"), so the rules in triggered.py,
which read the tree, miss them; these read the words in order and accept only the shapes
above:

- nothing but adjectives, common nouns, "and", commas, hyphens and title words between the
  demonym and the name, the last of them a noun for a person or a title ("the French Open
  champion Lia Moss" has a capitalised word that is no title: no fact);
- no field between ("a Chinese language teacher"), no possessive ("the Russian
  president's spokesman"), no other name, and no "-born" after the demonym (a birthplace);
- in the biography shape the name opens the sentence, and the noun phrase after "was a"
  is the demonym's: "Ada Stone was a British-born American engineer" gives the United
  States only.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from kg.entities.person_nouns import after_brackets, person_noun_token
from kg.facts.context import ParsedPiece, demonym_country
from kg.facts.relations.base import ORG, PERSON, FactRecorder, organisation_heads
from kg.facts.relations.nationality_words import FIELD_NOUNS
from kg.lexicon import words
from kg.vocab import KG, SCHEMA

_BETWEEN_POS = {"ADJ", "NOUN", "PROPN", "CCONJ", "PUNCT", "SYM"}
_BETWEEN_PUNCT = {",", "-", "–"}
_MAX_BETWEEN = 6
_COPULA_FORMS = {"is", "was"}
_ARTICLES = {"a", "an"}
_ADVERBS = {"also", "currently", "now", "still"}  # "was also a Danish painter"


@cache
def _title_words() -> frozenset[str]:
    return words("titles.txt") | words("person_titles.txt") | words("portfolios.txt")


def _title_word(token: Token) -> bool:
    """A word of a title ("Prime", "Minister") or of a portfolio ("Foreign Minister")."""
    return token.lower_ in _title_words()


# nouns for people that stand before names but are no occupation ("the Russian leader Ivan
# Petrov", "Soviet leader Leonid Brezhnev"; "a market leader" describes companies too)
_LEADER_WORDS = frozenset({"leader", "leaders"})


def _describes_a_person(token: Token) -> bool:
    return person_noun_token(token) or _title_word(token) or token.lower_ in _LEADER_WORDS


def _between(token: Token) -> bool:
    """A word that can stand between a demonym and a name: a lower-case adjective, noun or
    gerund, a title word, "and", a comma or a hyphen; no field ("Chinese language
    teacher")."""
    if token.tag_ == "VBG" and token.text.islower():
        return True  # "recording artist", "managing director"
    if token.pos_ not in _BETWEEN_POS or token.lower_ in FIELD_NOUNS:
        return False
    if token.pos_ in {"PUNCT", "SYM"}:
        return token.text in _BETWEEN_PUNCT
    if token.pos_ == "CCONJ":
        return token.lower_ == "and"
    return not token.text[:1].isupper() or _title_word(token)


def _organisation_word(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in organisation_heads()


def _born(token: Token) -> bool:
    """'American-born': a birthplace, not a nationality."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text in {"-", "–"}
        and doc[token.i + 2].lower_ == "born"
    )


class WordOrderRules(FactRecorder):
    """Nationality from a demonym before a person's name or after "X (...) was a"; an
    organisation's country from a demonym before an organisation noun and its name."""

    def _demonym_before_name(self, view: ParsedPiece, token: Token) -> None:
        """'the Danish army officer Jonas Berg', 'Chilean painters Ana Rojas and Luis
        Vera': the demonym, the nouns for what they are, then the names; 'the Danish
        shipping company Varde Line': an organisation's country."""
        if self.ctx.entity_at(view, token) is not None or _born(token):
            return
        found = self._name_after_descriptor(view, token)
        if found is None or demonym_country(token) is None:
            return
        first, descriptor = found
        apposed = descriptor[-1].text == ","  # "the German Chancellor, Ana Holloway, said"
        if apposed and len(descriptor) < 2:
            return  # "a German, Ana Holloway": no noun for what she is
        named, last = self.ctx.entity_at(view, first), descriptor[-2 if apposed else -1]
        if named.entity_class == PERSON and _describes_a_person(last):
            if any(_names_a_thing(word) for word in descriptor):
                return
            if not apposed:
                self._nationalities(view, token, self._listed_people(view, first))
            elif self._apposition_ends(view, first, named):
                self._nationalities(view, token, [named])
        elif named.entity_class == ORG and not apposed and _organisation_word(last):
            # not after a comma: "run by the Cuban government, CIMED has grown"
            country = self.ctx.country_of_adjective(token)
            self._fact(view, token, named, KG.countryOfOrigin, country, 0.7, "demonym-name")

    def _nationalities(self, view: ParsedPiece, demonym: Token, people: list) -> None:
        country = self.ctx.country_of_adjective(demonym)  # an entity only when used
        for person in people:
            self._fact(view, demonym, person, SCHEMA.nationality, country, 0.7, "demonym-name")

    def _name_after_descriptor(
        self, view: ParsedPiece, demonym: Token
    ) -> tuple[Token, list[Token]] | None:
        """The first word of the name the descriptor after `demonym` ends at, and the
        descriptor's words."""
        doc, descriptor = view.doc, []
        for token in doc[demonym.i + 1 : demonym.i + 2 + _MAX_BETWEEN]:
            if self.ctx.entity_at(view, token) is not None:
                return (token, descriptor) if descriptor else None
            if not _between(token):
                return None
            descriptor.append(token)
        return None

    def _apposition_ends(self, view: ParsedPiece, first: Token, person) -> bool:
        """The name after a title and a comma ends at a comma or the sentence's end: an
        apposition ("the German Chancellor, Ana Holloway, said"), not the first of a list
        ("met the German Chancellor, Ana Holloway and Ivan Petrov")."""
        end = self._name_span(view, first, person).end
        return end >= len(view.doc) or view.doc[end].text in {",", ".", ";"}

    def _listed_people(self, view: ParsedPiece, first: Token) -> list:
        """The person named at `first` and those listed right after it ("Ana Rojas, Luis
        Vera and Eva Sol")."""
        doc, people = view.doc, []
        token = first
        while True:
            person = self.ctx.entity_at(view, token)
            if person is None or person.entity_class != PERSON:
                return people
            people.append(person)
            end = self._name_span(view, token, person).end
            if end + 1 >= len(doc) or doc[end].text not in {",", "and"}:
                return people
            token = doc[end + 1]

    def _biography_opening(self, view: ParsedPiece, person, head: Token) -> None:
        """'Li Wen (1928 - 2006) was a Chinese historian': a name that opens its sentence,
        its brackets, "is/was a", then a demonym in the noun phrase of what the person is;
        or a comma and that phrase without its article, as lists and captions write it
        ("Li Wen (1928 - 2006), Chinese historian")."""
        if person.entity_class != PERSON:
            return
        name = self._name_span(view, head, person)
        if name.start != name.sent.start:
            return
        after = _after_brackets(name)
        if after is not None and after.text == "," and after.i + 1 < len(view.doc):
            following = view.doc[after.i + 1]  # "Li Wen (1928 - 2006), was a Chinese ..."
            after = following if following.lower_ in _COPULA_FORMS else after
        if after is None or after.lower_ not in _COPULA_FORMS | {","}:
            return
        demonym = _demonym_of_phrase(after)
        country = self.ctx.country_of_adjective(demonym) if demonym is not None else None
        if country is not None:
            self._fact(view, demonym, person, SCHEMA.nationality, country, 0.7, "biography")


def _after_brackets(name: Span) -> Token | None:
    """The word after a name and its bracketed dates or other names, if any."""
    i = after_brackets(name.doc, name.end)
    return name.doc[i] if i is not None and i < len(name.doc) else None


def _demonym_of_phrase(copula: Token) -> Token | None:
    """The demonym of 'a (retired) Chinese (ice hockey) defenceman' after the copula: the
    last demonym before the phrase's first noun for a person, not one before "-born";
    None when a noun of the phrase is a field or an organisation ("a Chinese language
    teacher", "a Japanese game publishing company") or is no person ("an American film")."""
    doc, i = copula.doc, copula.i + 1
    while i < len(doc) and doc[i].lower_ in _ADVERBS:
        i += 1
    if copula.text == ",":  # "Jens Moe (1801 – 1870), Norwegian organ builder"
        if i >= len(doc) or demonym_country(doc[i]) is None:
            return None
        i -= 1
    elif i >= len(doc) or doc[i].lower_ not in _ARTICLES:
        return None
    phrase = _noun_phrase(doc[i + 1 : i + 1 + 2 * _MAX_BETWEEN])
    if copula.text == "," and phrase and _name_follows(phrase[-1]):
        return None  # "Marta Kiss (born 1950), Hungarian Ambassador Lajos Varga and ..."
    heads = [t for k, t in enumerate(phrase) if _noun(t) and _ends_a_conjunct(phrase, k)]
    if not heads or any(_names_a_thing(t) for t in phrase):
        return None
    # "a Scottish furniture and stained-glass designer": a noun before "and" may modify the
    # last one; the last must be a person's
    if not _agent_noun(heads[-1]):
        return None
    if not all(_agent_noun(head) or _before_and(head) for head in heads[:-1]):
        return None
    before = [t for t in phrase if t.i < heads[0].i]
    demonyms = [t for t in before if demonym_country(t) is not None and not _born(t)]
    return demonyms[-1] if demonyms else None


def _name_follows(token: Token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "PROPN"


def _noun_phrase(words: Span) -> list[Token]:
    """The words of a noun phrase and its conjuncts ("a German-Jewish journalist,
    satirist, and writer"), up to the first word that belongs to none of them."""
    phrase: list[Token] = []
    for token in words:
        if not _continues(phrase, token):
            break
        phrase.append(token)
    while phrase and not _noun(phrase[-1]):
        phrase.pop()
    return phrase


def _noun(token: Token) -> bool:
    """A noun, or a noun for a person the tagger took for another word ("a Swiss Alpine
    skier": "skier" as a comparative; "a football forward": an adverb; "a Croatian Chess
    Grandmaster": a name)."""
    return token.pos_ == "NOUN" or (
        token.pos_ in {"ADJ", "ADV", "PROPN"} and token.lower_ in words("person_nouns.txt")
    )


def _before_and(token: Token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "and"


def _continues(phrase: list[Token], token: Token) -> bool:
    """Whether `token` goes on the noun phrase so far: a noun, a modifier (a participle
    only before the first noun: "a retired officer", not "an actor, known for"), or "and"
    and commas between conjuncts."""
    previous = phrase[-1] if phrase else None
    if token.lower_ == "and" or token.text == ",":
        return previous is not None and (_noun(previous) or previous.text == ",")
    if token.tag_ == "VBN":  # "a retired officer", "a furniture and stained-glass designer"
        conjunct = previous is not None and previous.lower_ in {"and", ","}
        return conjunct or not any(_noun(t) for t in phrase)
    return _noun(token) or _modifier(token)


def _names_a_thing(token: Token) -> bool:
    """A field or an organisation the demonym may describe instead of the person: "a
    Chinese language teacher", "a Mexican restaurant owner", "a Swedish bank clerk"."""
    return token.lower_ in FIELD_NOUNS or (
        token.pos_ == "NOUN" and token.lemma_.lower() in organisation_heads()
    )


def _modifier(token: Token) -> bool:
    """A word of a noun phrase before its noun: 'retired', 'well-known', 'ice hockey'."""
    if token.pos_ == "PUNCT":
        return token.text in {"-", "–"}
    return token.pos_ in {"ADJ", "NOUN", "PROPN", "ADV", "NUM"} or token.tag_ == "VBN"


_AGENT_ENDINGS = ("er", "or", "man", "woman", "ist", "ian", "ess")
# ranks and offices that are nouns for people ("a retired Bolivian general")
_RANK_NOUNS = frozenset(
    {"general", "admiral", "colonel", "lieutenant", "sergeant", "corporal", "marshal"}
    | {"ambassador", "senator", "king", "queen", "prince", "princess", "emperor", "empress"}
    | {"duke", "duchess", "monarch", "bishop", "archbishop", "cardinal", "priest", "nun"}
)


def _agent_noun(noun: Token) -> bool:
    """A noun for a person: kg's list ('historian', 'actress'), or made like one
    ('defenceman', 'footballer', 'sculptor'); not an organisation's ('publisher')."""
    lemma = noun.lemma_.lower()
    if lemma in organisation_heads():
        return False
    listed = noun.lower_ in words("person_nouns.txt")  # "skier" tagged as a comparative
    ranked = lemma in _RANK_NOUNS
    return listed or ranked or person_noun_token(noun) or lemma.endswith(_AGENT_ENDINGS)


def _ends_a_conjunct(phrase: list[Token], k: int) -> bool:
    """The word at `k` ends the phrase or one of its conjuncts ("a journalist, satirist and
    writer"); any other noun modifies a later one ("a football forward")."""
    return k + 1 == len(phrase) or phrase[k + 1].lower_ in {"and", ","}
