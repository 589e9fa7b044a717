"""When and where a person was born and died, and when an organisation was founded:
schema:birthDate, schema:deathDate, schema:birthPlace, schema:deathPlace and
schema:foundingDate, each a claim with its sentence like every other fact.

- Brackets right after a name, as biographies and obituaries open: "Ana Soto (born 4 May
  1950 in Bergen)", "Ola Berg (12 March 1901 – 3 June 1987)", "(1862 in London – 9 February
  1935)", "(Norwegian: ...; born 1966)", "Velta Foods (founded 1980)".
- The verbs: "was born in Bergen on 4 May 1950", "Born in Halden, Ana Soto ...", "Ana
  Soto, born in 1950, ...", "was born and raised in Molde", "died in Oslo in 1987", "was
  killed (assassinated, executed, murdered) on 4 May 1990"; "Pinecrest was founded in 1998", "a
  label formed in 1962", "Omar Haddad founded Pinecrest in 1998". "He" or "she" stands for
  the one person nearby who is the subject of a clause somewhere in the document, as for
  posts (kg/facts/relations/pronoun_posts.py).

A date is kept as precisely as the text states it (xsd:date, xsd:gYearMonth, xsd:gYear)
and only when it is certain: not "c. 1500", "fl. 1620", "1859 or 1860" or "the 1950s"
(kg.ingest.dates.written_date). Two bracketed years are a life only when 20 to 110 years
apart or written with a day or a month: "Ana Soto (1998-2003)" in a list of office holders
is a tenure. A place is the first place named with the date ("born in Munich, Germany":
Munich); "near Bergen" names none.
"""

from __future__ import annotations

from rdflib import Literal
from spacy.tokens import Span, Token

from kg.entities.life_brackets import (
    DEATH_WORDS,
    a_life,
    bracket_after,
    dash_parts,
    death_date,
    segments,
)
from kg.entities.speakers import KILLED_FORMS
from kg.facts.assertion import FACTIVE_MARKS, asserted
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import noun_holders, relative_antecedent
from kg.facts.relations.base import ORG, PERSON, PLACE, organisation_heads
from kg.facts.relations.posts import SUBJECT_DEPS
from kg.facts.relations.pronoun_posts import PronounPostRules
from kg.ingest.dates import MONTHS, written_date
from kg.lexicon import demonyms, pairs
from kg.lexicon import words as listed_words  # `words` names spans below
from kg.nlp.syntax import (
    OBJECT,
    PASSIVE_SUBJECT,
    dep,
    kids,
    possessors,
    prep_objects,
    subjects,
)
from kg.vocab import SCHEMA

BIRTH = (SCHEMA.birthDate, SCHEMA.birthPlace)
DEATH = (SCHEMA.deathDate, SCHEMA.deathPlace)
LIFE_VERBS = frozenset({"born", "died", "committed"}) | KILLED_FORMS  # committed suicide
LIFE_WORDS = LIFE_VERBS | {"death"}
FOUNDING_VERBS = frozenset({"found", "co-found", "establish", "form", "incorporate", "create"})
FOUNDING_VERBS |= {"launch"}  # "the channel launched in 2001", "Ana Roe launched Orlo in 1990"
FOUNDING_FORMS = frozenset({"founded", "co-founded", "established", "formed", "incorporated"})
FOUNDING_FORMS |= {"launched"}
_INTRANSITIVE_FOUNDING = frozenset({"formed", "launched"})  # "the band formed in 1962"
FOUNDING_NOUNS = frozenset({"inception", "creation", "founding", "formation", "establishment"})
_BRACKET_OPENERS = {"born": BIRTH, "b.": BIRTH, "died": DEATH, "d.": DEATH}
_FOUNDED_OPENERS = frozenset({"founded", "established", "est.", "formed", "incorporated"})
KIN_WORDS = frozenset(pairs("kinship_nouns.tsv"))  # relatives: kg/facts/relations/family.py
_MAX_DESCRIBING = 5  # "the singer", "the former mayor", "Mexican singer and actress"
_TIME_DEPS = {"npadvmod", "nmod:tmod", "obl:tmod", "obl:npmod"}


class LifeEventRules(PronounPostRules):
    """Births, deaths and foundings (see the module docstring)."""

    def _life_brackets(self, view: ParsedPiece) -> None:
        """Brackets after each name of a person or an organisation."""
        names = self._names(view)
        for entity_class in (PERSON, ORG):
            for entity, mention in self._mentions_by_piece(entity_class).get(view.index, ()):
                inside = bracket_after(view.doc, mention.token_end, names)
                if inside is None:
                    continue
                for segment in segments(inside):
                    if entity_class == PERSON:
                        self._life_segment(view, entity, segment)
                    else:
                        self._founded_segment(view, entity, segment)

    def _names(self, view: ParsedPiece) -> set[int]:
        """The token indices of people's names in the piece."""
        return {
            i
            for _entity, mention in self._mentions_by_piece(PERSON).get(view.index, ())
            for i in range(mention.token_start, mention.token_end)
        }

    def _life_segment(self, view: ParsedPiece, person, segment: Span) -> None:
        opener = _BRACKET_OPENERS.get(segment[0].lower_)
        if opener is not None:
            died = next((w.i for w in segment[1:] if w.lower_ in DEATH_WORDS), segment.end)
            self._stated(
                view, person, segment.doc[segment.start + 1 : died], opener, "life-brackets"
            )
            if died < segment.end:  # "born in April 9, 1822, near X, died on ... in Galati"
                self._stated(
                    view, person, segment.doc[died + 1 : segment.end], DEATH, "life-brackets"
                )
            return
        parts = dash_parts(segment)
        if parts is None:
            return
        born, died = parts
        if a_life(born, died):
            self._stated(view, person, born, BIRTH, "life-brackets")
            self._stated(view, person, died, DEATH, "life-brackets", death_date(born, died))

    def _founded_segment(self, view: ParsedPiece, org, segment: Span) -> None:
        if segment[0].lower_ in _FOUNDED_OPENERS and len(segment) > 1:
            date = written_date(segment[1:].text)
            if date is not None:
                self._fact(
                    view, segment[0], org, SCHEMA.foundingDate, date, 0.8, "founded-brackets"
                )

    def _stated(self, view, person, words: Span, predicates, method: str, date=None) -> None:
        """The date (unless given) and the first place `words` state, as the person's birth
        or death."""
        if len(words) == 0:
            return
        date_predicate, place_predicate = predicates
        date = date or written_date(words.text)
        if date is not None:
            self._fact(view, words[0], person, date_predicate, date, 0.85, method)
        place_word = self._first_place(view, words)
        if place_word is not None:
            self._at_place(view, words[0], person, place_predicate, place_word, method)

    def _at_place(self, view, token, person, predicate, place_word: Token, method) -> None:
        """The place at `place_word` and the wider places written after it ("Dalanhot, Inner
        Mongolia", "Molde, Norway"): born or dead in each."""
        places = [self.ctx.entity_at(view, place_word)]
        places += self._wider_places(view, [place_word])
        for place in places:
            self._fact(view, token, person, predicate, place, 0.8, method)

    def _first_place(self, view: ParsedPiece, words: Span) -> Token | None:
        """The first word of the first entity `words` name (after "in" where they have one;
        past a person's birth name), if it is a place not written "near" ("born 1819 near
        Chisinau" names no birthplace)."""
        after_in = next((w.i for w in words if w.lower_ in {"in", "at"}), None)
        if after_in is not None:  # "born Nikolaos Vikenes on 3 May 1966 in Trondheim"
            words = view.doc[after_in + 1 : words.end]
        for word in words:
            entity = self.ctx.entity_at(view, word)
            if entity is not None and entity.entity_class != PERSON:  # past a birth name
                near = word.i > 0 and view.doc[word.i - 1].lower_ in {"near", "outside"}
                return word if entity.entity_class == PLACE and not near else None
        return None

    def _born_or_died(self, view: ParsedPiece, token: Token) -> None:
        """'was born in Bergen on 4 May 1950', 'Born in Halden, Ana Soto ...', 'died in
        1987', 'committed suicide in 1979'."""
        if token.lower_ not in LIFE_VERBS or not asserted(token):
            return
        if token.lower_ == "born" and token.i > 0 and view.doc[token.i - 1].text == "-":
            self._hyphen_born(view, token)
            return
        if token.lower_ in KILLED_FORMS and not kids(token, PASSIVE_SUBJECT):
            return  # "Ana Soto was killed in 1990", not "the storm killed two people"
        if token.lower_ == "committed" and not any(
            o.lemma_.lower() == "suicide" for o in kids(token, OBJECT)
        ):
            return  # "committed suicide in 1979", not "committed a crime"
        person = self._life_subject(view, token)
        if person is None:
            return
        predicates = BIRTH if token.lower_ == "born" else DEATH
        # "died of cancer in 1997": the date may hang on the cause; "born and raised in
        # Bergen": the place on the second verb
        also = prep_objects(token, {"of", "from"}) if predicates == DEATH else []
        also += [c for c in token.conjuncts if c.lemma_.lower() == "raise"]
        method = "born-verb" if predicates == BIRTH else "died-verb"
        self._when_and_where(view, token, person, predicates, also, method)

    def _name_after_describing(self, view: ParsedPiece, at: int) -> Token | None:
        """The first token of a person's name at `at`, past a determiner and a few words
        that describe the person ("the banker Tom Grey", "the former mayor Jorge Ruiz",
        "the Reverend Jon Moe")."""
        doc = view.doc
        i, end = at, min(len(doc), at + 1 + _MAX_DESCRIBING)
        while i < end:
            entity = self.ctx.entity_at(view, doc[i])
            if entity is not None:
                return doc[i] if entity.entity_class == PERSON else None
            if [t.lower_ for t in doc[i : i + 4]] == ["by", "the", "name", "of"]:
                i, end = i + 4, min(len(doc), end + 4)  # "a lady by the name of Ada Roe"
                continue
            describing = doc[i].pos_ in {"DET", "NOUN", "ADJ"} or doc[i].lower_ in {"and", "/"}
            describing = describing or doc[i].lower_ in demonyms()  # "a Colombian lady", PROPN
            title = doc[i].lower_.rstrip(".") in listed_words("person_titles.txt")
            describing = describing or title
            if not describing or doc[i].lower_ in KIN_WORDS:  # "singer and actress Ana Roe"
                return None
            i += 1
        return None

    def _hyphen_born(self, view: ParsedPiece, born: Token) -> None:
        """'Indian-born engineer Sundar Rao', 'the Bergen-born singer Ola Dahl': the place
        or the demonym's country before "-born" is the birthplace of the name after it."""
        doc = view.doc
        if born.i < 2 or doc[born.i - 1].text != "-":
            return
        before = doc[born.i - 2]
        place = self.ctx.entity_at(view, before) or self.ctx.country_of_adjective(before)
        named = self._name_after_describing(view, born.i + 1)
        person = self.ctx.entity_at(view, named) if named is not None else None
        if place is not None and place.entity_class == PLACE and person is not None:
            self._fact(view, born, person, SCHEMA.birthPlace, place, 0.75, "hyphen-born")

    def _death_noun(self, view: ParsedPiece, token: Token) -> None:
        """'after Hallam's death in 1903', 'On his death in 1922', 'the death of Ana Soto
        in Oslo in 1990'."""
        if token.lower_ != "death" or token.pos_ != "NOUN" or not asserted(token):
            return
        whose = next(iter(possessors(token) + prep_objects(token, {"of"})), None)
        person = self._person(view, whose) if whose is not None else None
        if person is not None:
            self._when_and_where(view, token, person, DEATH, [], "death-noun")

    def _native_of(self, view: ParsedPiece, token: Token) -> None:
        """'A native of Elmira, New York, Pardee attended ...', 'Ana Soto, a native of
        Molde,', 'Ana Soto is a native of Molde': a native of a place was born there."""
        if token.lower_ != "native" or token.pos_ != "NOUN" or not asserted(token):
            return
        place_word = next(iter(prep_objects(token, {"of"})), None)
        place = self.ctx.entity_of(view, place_word) if place_word is not None else None
        if place is None or place.entity_class != PLACE:
            return
        people = [p for h in noun_holders(token) if (p := self._person(view, h)) is not None]
        if not people and token.i - token.sent.start <= 1:  # "A native of Molde, Ana Soto"
            people = [p for p in [self._person_after_opening(view, token)] if p is not None]
        for person in people[:1]:
            self._at_place(view, token, person, SCHEMA.birthPlace, place_word, "native-of")

    def _when_and_where(self, view, token, person, predicates, also: list, method) -> None:
        """The dates and the places the word's own phrases state (and those of `also`)."""
        date_predicate, place_predicate = predicates
        for date in [date for word in [token, *also] for date in _dates_of(word)]:
            self._fact(view, token, person, date_predicate, date, 0.8, method)
        # "died on 3 March 1998 in Ashby": the parse may hang the place on the date
        also += [d for word in [token, *also] for d in _date_phrases(word)]
        for place_word in [w for word in [token, *also] for w in prep_objects(word, {"in", "at"})]:
            place = self.ctx.entity_of(view, place_word)
            if place is not None and place.entity_class == PLACE:
                self._at_place(view, token, person, place_predicate, place_word, method)

    def _life_subject(self, view: ParsedPiece, verb: Token):
        """The person born or dead: the verb's subject (or its first conjunct's), the name
        it follows ("Ana Soto, born in 1950,"), or the main clause's subject after an
        opening "Born in Halden,"."""
        found = kids(verb, SUBJECT_DEPS) or [t for t in [_described(verb)] if t is not None]
        if not found and dep(verb) == "conj":  # "X never came back, and died in 1891"
            found = subjects(verb)[:1]
        opening = verb.sent.start  # "Born in Vienna, ...", "Although born in Vienna, ..."
        if view.doc[opening].lower_ in FACTIVE_MARKS and verb.i > opening:
            opening += 1
        if not found and verb.i == opening:
            return self._person_after_opening(view, verb)
        # "The poet Arvo Lind committed suicide": the parse gives "poet" and the name as two
        # subjects
        people = (self._person(view, relative_antecedent(subject)) for subject in found)
        return next((person for person in people if person is not None), None)

    def _person_after_opening(self, view: ParsedPiece, verb: Token):
        """The first person named after the comma that closes an opening "Born in Vienna,"
        where the parser made the name no subject ("Born in Vienna, Anna Weber trained
        as a nurse", parsed with the name as a vocative); none named before the comma."""
        for word in view.doc[verb.i + 1 : verb.sent.end]:
            entity = self.ctx.entity_at(view, word)
            if entity is not None and entity.entity_class == PERSON:
                before = [w for w in view.doc[verb.i : word.i] if w.lower_ != "the"]
                after_comma = before[-1].text == "," or (
                    len(before) > 1 and before[-2].text == "," and before[-1].pos_ == "NOUN"
                )  # "Born in Falsund, Sweden, the soprano Ingrid Västberg"
                return entity if after_comma else None
        return None

    def _founding_date(self, view: ParsedPiece, token: Token) -> None:
        """'Pinecrest was founded in 1998', 'Pinecrest, founded in 1998,', 'Omar Haddad
        founded Pinecrest in 1998', 'The band formed in 1962', 'The channel launched on
        May 2, 2001'."""
        founding = token.lemma_.lower() in FOUNDING_VERBS or token.lower_ in FOUNDING_FORMS
        if not founding or token.tag_ not in {"VBN", "VBD"}:  # "Established": lemma as is
            return
        if not asserted(token):
            return
        founded = next(iter(kids(token, PASSIVE_SUBJECT) + kids(token, OBJECT)), None)
        founded = founded or _described(token)
        if founded is None and token.lower_ in _INTRANSITIVE_FOUNDING:
            founded = next(iter(kids(token, {"nsubj"})), None)
        if founded is not None and founded.pos_ == "NOUN" and kids(founded, {"cop"}):
            founded = next(iter(subjects(founded)), founded)  # "X is a trio formed in"
        founded = relative_antecedent(founded) if founded is not None else None
        if founded is None:
            return
        named = self.ctx.entity_at(view, founded) is not None
        if not named and not _names_an_organisation(founded):
            return
        org = self.ctx.entity_of(view, founded)
        if org is None or org.entity_class != ORG:
            return
        for date in _dates_of(token):
            self._fact(view, token, org, SCHEMA.foundingDate, date, 0.8, "founded-verb")

    def _founding_noun(self, view: ParsedPiece, token: Token) -> None:
        """'since its inception in 1987', 'the creation of the Vestland League in 1963', 'the
        founding of Acme in 1990': the organisation's founding date."""
        if token.lower_ not in FOUNDING_NOUNS or token.pos_ != "NOUN" or not asserted(token):
            return
        whose = next(iter(possessors(token) + prep_objects(token, {"of"})), None)
        org = self.ctx.entity_of(view, whose) if whose is not None else None
        if org is not None and org.entity_class == ORG:
            for date in _dates_of(token):
                self._fact(view, token, org, SCHEMA.foundingDate, date, 0.8, "founding-noun")


def _names_an_organisation(word: Token) -> bool:
    """A pronoun, or a noun for an organisation ("the company", "the band"): not "its
    mascot, drawn by Walt Disney in 1941", whose name holds a newspaper's."""
    return word.pos_ != "NOUN" or word.lemma_.lower() in organisation_heads()


def _described(participle: Token) -> Token | None:
    """What a participle describes: the noun it follows ("Ana Soto, born in 1950,"), or
    that noun's subject when a copula makes it one ("Movesa was a carmaker, incorporated in
    1952"), or the main clause's subject after an opening participle ("Born in Halden, Ana
    Soto ...", "Established in 2004, the school ...")."""
    if dep(participle) == "acl":
        noun = participle.head
        if kids(noun, {"cop"}) and (described := subjects(noun)):
            return described[0]
        if dep(noun) == "nsubj" and kids(noun.head, {"cop"}) and noun.head.pos_ == "PROPN":
            return noun.head  # "The oldest bank, founded in 1822, is Halden Savings Bank"
        return noun
    if dep(participle) == "advcl" and participle.i == participle.sent.start:
        return next(iter(kids(participle.head, SUBJECT_DEPS)), None)
    if participle.i == participle.sent.start and not kids(participle, SUBJECT_DEPS):
        # the parser made the opening participle the root: the next clause's subject
        return next((t for t in participle.sent if dep(t) in SUBJECT_DEPS), None)
    return None


_CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "relcl", "appos", "parataxis"})


def _date_phrases(verb: Token) -> list[Token]:
    """The heads of the verb's "on" phrases that are dates ("on June 14, 1941")."""
    return [p for p in prep_objects(verb, {"on"}) if p.ent_type_ == "DATE" or p.like_num]


def _dates_of(verb: Token) -> list[Literal]:
    """The dates the verb's own "in"/"on" phrases or bare time phrases state ("born on 2
    July 1962", "founded in 1998", "born 2 July 1962")."""
    found = []
    for phrase in prep_objects(verb, {"in", "on"}) + kids(verb, _TIME_DEPS):
        if not (phrase.ent_type_ == "DATE" or phrase.like_num or phrase.lower_ in MONTHS):
            continue
        clauses = {w.i for c in phrase.children if dep(c) in _CLAUSE_DEPS for w in c.subtree}
        words = [w for w in phrase.subtree if dep(w) not in {"case", "prep", "punct"}]
        words = [w for w in words if w.i not in clauses]  # "in 1997, which had been ..."
        text = verb.doc[words[0].i : words[-1].i + 1].text
        if (date := written_date(text)) is not None:
            found.append(date)
    return found
