"""Where an organisation is, read from its own name: "Kessel University", "Dunmore City
Council", "the Tonga Stock Exchange" (a place, then the organisation's words), "Corwin
University Chicago", "University College Harwick" (after them), "the Bank of England",
"the Supreme Court of Canada" (after "of").

Only a place the document names on its own (a place entity: "Kessel University ... moved to
Kessel") or a country: a word inside a name is no evidence that it names a place. A place
other than a country only for bodies that sit where they are named (`SEATED_WORDS`: public
bodies, institutions, clubs, newspapers) or after "of" ("the Federal Reserve Bank of New
York"), not for a company's brand. The name must hold one of kg's
organisation words ("University", "Council", "Exchange",
kg/facts/relations/base.py's organisation_heads and the legal suffixes): "Boston Red Sox"
says nothing kg can check, "the Warsaw Pact" names no organisation's seat. A country gives
`kg:countryOfOrigin`, any other place `schema:location`.

Names after people are not places: a one-word place that is also a first name gives
nothing ("Lincoln Financial", "Jackson Hospital"), nor a surname before an institution's
word ("Madison University" is in Ohio). A dynasty or a noble house ("House of
Orléans") is no organisation with a seat.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.claims import Fact
from kg.facts.context import ParsedPiece
from kg.facts.relations.base import ORG, PLACE, FactRecorder, country_names, organisation_heads
from kg.facts.relations.organisations import INSTITUTION_WORDS, known_place
from kg.lexicon import pairs, words
from kg.vocab import KG, SCHEMA

_METHOD = "place-in-name"
# bodies that sit in the place they are named after: public bodies, institutions, clubs and
# newspapers; a company's name is a brand, often a place it is not in ("Kingsbridge
# Associates", "Ashford", "Blue Ridge Records"), so a company gives only a country
SEATED_WORDS = INSTITUTION_WORDS | frozenset(
    {"council", "court", "senate", "assembly", "parliament", "government", "ministry"}
    | {"department", "agency", "authority", "police", "board", "commission", "committee"}
    | {"administration"}
    | {"district", "exchange", "airport", "orchestra", "philharmonic", "symphony", "club"}
    | {"society", "chamber", "post", "times", "herald", "tribune", "gazette", "chronicle"}
    | {"volunteers", "regiment", "brigade", "diocese", "archdiocese", "cathedral"}
    | {"institution", "centre", "center"}
)
_NOT_SEATED = frozenset({"house", "dynasty", "family", "clan", "kingdom", "empire"})


def _organisation_word(word: str) -> bool:
    lowered = word.lower().rstrip(".")
    return lowered in organisation_heads() or lowered in words("org_suffixes.txt")


def _names_a_country(words_: Span) -> bool:
    """Some run of one to three of the words is a country's name ("United States")."""
    lowered = [token.lower_ for token in words_]
    return any(
        " ".join(lowered[i : i + n]) in country_names()
        for n in (1, 2, 3)
        for i in range(len(lowered) - n + 1)
    )


def _place_parts(name: Span) -> Iterator[tuple[Span, Span]]:
    """(place words, the organisation's words) splits of a name: a place first ("Kessel
    University"), last ("University College Harwick") or after "of" ("Bank of England")."""
    for k in range(len(name) - 1, 0, -1):
        yield name[:k], name[k:]
        if _organisation_word(name[k - 1].text):  # not "... of Equatorial Guinea": "Guinea"
            yield name[k:], name[:k]
    for k, token in enumerate(name[1:-1], start=1):
        if token.lower_ == "of":
            rest = name[k + 2 :] if name[k + 1].lower_ == "the" else name[k + 1 :]
            if len(rest):
                yield rest, name[:k]


class PlaceInNameRules(FactRecorder):
    """An organisation's place from its name (see the module docstring)."""

    def _place_in_name(self, view: ParsedPiece) -> None:
        for entity, mention in self._mentions_by_piece(ORG).get(view.index, ()):
            name = view.doc[mention.token_start : mention.token_end]
            if name[0].lower_ == "the":
                name = name[1:]
            if len(name) < 2 or name[-1].lower_ in _NOT_SEATED:
                continue
            if not any(_organisation_word(token.text) for token in name):
                continue  # no split of it can hold the organisation's words
            for place_words, own_words in _place_parts(name):
                place = self._named_place(place_words, own_words)
                if place is None:
                    continue
                country = place.key in country_names()
                if country and _names_a_country(own_words):
                    break  # "Canada Trade Agency Japan": one country's body in another
                relation = KG.countryOfOrigin if country else SCHEMA.location
                self._fact(view, name.root, entity, relation, place, 0.6, _METHOD)
                wider = self._wider_places(view, self._in_sentence(view, name.root, place))
                self._in_wider_places(view, name.root, entity, wider, 0.6, _METHOD)
                break

    def _in_sentence(self, view: ParsedPiece, token, place: LocalEntity) -> list:
        """The place's first mention in the token's sentence, outside the name: "A native
        of Halden, Norway, she attended Halden University" (Halden is in Norway)."""
        sentence = token.sent
        for mention in place.mentions:
            start = mention.token_start
            inside = mention.piece == view.index and sentence.start <= start < sentence.end
            if inside and same_entity(self.ctx.entity_at(view, view.doc[start]), place):
                return [view.doc[start]]
        return []

    def _named_place(self, place_words: Span, own_words: Span) -> LocalEntity | None:
        """The place `place_words` name, if the document names it on its own or it is a
        country, and `own_words` make an organisation of it."""
        if not place_words[0].text[:1].isupper() or not place_words[-1].text[:1].isalpha():
            return None
        if not any(_organisation_word(t.text) for t in own_words):
            return None
        if any(t.lower_ in _NOT_SEATED for t in own_words):
            return None
        text = place_words.text
        after_of = own_words.end < place_words.start and own_words.doc[own_words.end].lower_ == "of"
        alias = pairs("place_aliases.tsv").get(text.lower())
        if after_of and alias and alias.lower() in country_names():
            return self.ctx.implied(PLACE, text)  # "Bank of America": no person's name
        if len(place_words) == 1 and _named_after_a_person(place_words, own_words):
            return None  # "America Movil" is Mexican
        key = (alias or text).lower()
        if key in country_names():
            return self.ctx.implied(PLACE, text)
        if not after_of and not any(t.lower_ in SEATED_WORDS for t in own_words):
            return None  # "Kingsbridge Associates", "Blue Ridge Records": a company's name
        if len(place_words) == 1 and not known_place(text.lower()):
            return None  # "State Department": a word the NER once took for a place
        found = self.ctx._by_key.get((key, str(PLACE)))
        return found if found is not None and found.mentions else None


def _named_after_a_person(place_words: Span, own_words: Span) -> bool:
    """A first name ("Lincoln", "Jackson"), or a surname right before an institution's
    word ("Madison University" is in Ohio; "Bergen Maritime Academy" is not
    taken for a person's), names a person as often as a place."""
    lowered = place_words.text.lower()
    if lowered in words("given_names.txt"):
        return True
    before = place_words.end == own_words.start and own_words[0].lower_ in INSTITUTION_WORDS
    return before and lowered in words("surnames.txt")


def without_contradicted_names(facts: list[Fact]) -> list[Fact]:
    """Drop a place read from a name where the text states another place of the same kind
    for that organisation: "Ashford Preparatory School ... located in Larkmoor" was named
    after a place it is not in."""
    stated: dict[tuple, set] = {}
    for fact in facts:
        if fact.evidence.method != f"rule:{_METHOD}":
            stated.setdefault((fact.subject, fact.predicate), set()).add(fact.object)
    return [
        fact
        for fact in facts
        if fact.evidence.method != f"rule:{_METHOD}"
        or fact.object in stated.get((fact.subject, fact.predicate), {fact.object})
    ]
