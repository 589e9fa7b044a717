"""Where a broadcaster or a record label is, read from a release: "aired on the Corvina network
in Portugal", "released by Kestrel Records in Canada and by Vessa Records in France",
"signed to Larkin Records in Ireland".

A show or a record comes out country by country, each time through that country's
broadcaster or label, so the country written right after the organisation's name (a noun
for a network, channel or label may stand between) is the organisation's. Only after a verb
of release and its "on", "by", "to", "through" or "via"; not "built by Marlow Motors in
Mexico" (a maker makes abroad); only a country, not a town ("released by Orlo Records
in London" may say where the launch was).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.joined import AIR_FORMS, AIR_VERBS
from kg.entities.resolve import same_entity
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import verb_role
from kg.facts.relations.base import ORG, PLACE, FactRecorder, country_names
from kg.nlp.syntax import dep, prep_objects
from kg.vocab import KG

RELEASE_VERBS = frozenset(
    {
        "air",
        "broadcast",
        "release",
        "reissue",
        "issue",
        "televise",
        "premiere",
        "distribute",
        "sign",
    }
)
# what else must be a work for "released"/"issued"/"distributed" ("the hostages were
# released in Syria by the Orlo Front" says nothing of the front's country)
_WORK_NOUNS = frozenset(
    {"album", "single", "record", "song", "ep", "film", "movie", "show", "series", "episode"}
    | {"season", "game", "book", "novel", "programme", "program", "video", "track", "it"}
)
# their forms too, where the lemmatiser errs ("aired" lemmatised as "aired")
RELEASE_FORMS = frozenset(
    {"aired", "airs", "broadcast", "broadcasts", "released", "releases", "reissued", "issued"}
    | {"televised", "premiered", "premieres", "distributed", "signed", "signs"}
)
_THROUGH = {"on", "by", "to", "through", "via"}
_MEDIA_NOUNS = frozenset({"network", "channel", "label", "station", "service"})


class ReleasedRules(FactRecorder):
    """A broadcaster's or label's country from a release (see the module docstring)."""

    def _released_in(self, view: ParsedPiece, token: Token) -> None:
        if token.pos_ != "VERB" or not release_verb(token) or not _a_works_release(token):
            return
        released_through = []
        for through in prep_objects(token, {"to"} if _signed(token) else _THROUGH):
            organisation = self.ctx.entity_of(view, through)  # "the Corvina network": Corvina
            if organisation is None or organisation.entity_class != ORG:
                continue
            released_through.append(organisation)
            named = [t.i for t in through.subtree if self._naming(view, t, organisation)]
            end = max(named, default=through.i) + 1
            while organisation is not None:  # "by A in the UK and B in the US"
                country, end = self._country_after(view, end)
                if country is None:
                    break
                method = "released-in"
                self._fact(view, token, organisation, KG.countryOfOrigin, country, 0.7, method)
                organisation, end = self._organisation_after_and(view, end)
        self._released_in_country(view, token, released_through)

    def _released_in_country(self, view: ParsedPiece, token: Token, released_through) -> None:
        """One organisation and one country on the verb itself, wherever they stand:
        "released in Ireland on 2 May 1999 by Larkin Records"."""
        countries = {
            place.iri: place
            for phrase in prep_objects(token, {"in"})
            if (place := self.ctx.entity_at(view, phrase)) is not None
            and place.entity_class == PLACE
            and place.key.lower() in country_names()
        }
        if len(countries) == 1 and len({o.iri for o in released_through}) == 1:
            country = next(iter(countries.values()))
            method = "released-in"
            self._fact(view, token, released_through[0], KG.countryOfOrigin, country, 0.7, method)

    def _naming(self, view: ParsedPiece, token: Token, entity) -> bool:
        return same_entity(self.ctx.entity_at(view, token), entity)

    def _organisation_after_and(self, view: ParsedPiece, end: int):
        """The organisation named right after "and" at `end`, and the end of its name."""
        doc = view.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "and":
            return None, end
        named = self.ctx.entity_at(view, doc[end + 1])
        if named is None or named.entity_class != ORG:
            return None, end
        return named, self._name_span(view, doc[end + 1], named).end

    def _country_after(self, view: ParsedPiece, end: int):
        """The country named by "in (the) X" at `end`, past a noun for a network or label,
        and the end of its name."""
        doc = view.doc
        if end < len(doc) and doc[end].lower_ in _MEDIA_NOUNS:
            end += 1
        if end + 1 >= len(doc) or doc[end].lower_ != "in":
            return None, end
        at = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
        place = self.ctx.entity_at(view, doc[at])
        if place is None or place.entity_class != PLACE or place.key.lower() not in country_names():
            return None, end
        return place, self._name_span(view, doc[at], place).end


def release_verb(token: Token) -> bool:
    return token.lemma_.lower() in RELEASE_VERBS or token.lower_ in RELEASE_FORMS


def _a_works_release(verb: Token) -> bool:
    """A verb of broadcasting, "signed to" (a label), or a release of a work: what the verb
    releases is an album, a film, a show ... or "it" ("Issued in 1972 by X, it sold well"),
    not people. A show airs or premieres whatever the parse gives it (no hostage "airs")."""
    lemma = verb.lemma_.lower()
    if lemma in AIR_VERBS | {"premiere"} or verb.lower_ in AIR_FORMS or _signed(verb):
        return True
    released = verb_role(verb, "patient")
    if not released and verb.i == verb.sent.start:  # an opening participle: the subject after
        released = [t for t in verb.sent if dep(t) in {"nsubj", "nsubj:pass"}][:1]
    # or a work named before the verb in its sentence, wherever the parse hangs the verb
    # ("Orlo is the band's third album, issued in 1999 by Y", hung on "band")
    released += [t for t in verb.doc[verb.sent.start : verb.i] if t.pos_ == "NOUN"]
    return any(t.lemma_.lower() in _WORK_NOUNS or t.lower_ in _WORK_NOUNS for t in released)


def _signed(verb: Token) -> bool:
    return verb.lemma_.lower() == "sign" or verb.lower_ in {"signed", "signs"}
