"""Classes a mention takes from its own words or what a copula calls it, whatever the NER
said (read by `kg.entities.repair.repair_mentions`): an organisation's word after place
names ("British Columbia Lottery Corporation"), a place after an organisation's words and
"of" ("the National Library of the Netherlands", the NER's place only "Netherlands"), a
town, a province or a natural feature ("Coron is one of the municipalities of Palawan",
"Coron Island").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.entities.mention import Mention
from kg.entities.name_cues import organisation_words
from kg.lexicon import country_names, demonyms, known_place_names, words
from kg.nlp.syntax import copula_subject, prep_objects
from kg.vocab import CLASS_BY_LABEL


def organisation_before_of(doc, tagged: Span, taken: dict, mention: Mention) -> Span | None:
    """The whole name when a place is written after an organisation's words and "of"
    ("the National Library of the Netherlands", "the Maritime Museum of Bergen"): capitalised
    words no other mention holds, the last an organisation word."""
    k = tagged.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in organisation_words():
        return None
    start = k - 1
    while start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
        start -= 1
    if not doc[start].text[:1].isupper() or doc[start].lower_ == "the":
        return None
    if any(taken.get((mention.piece, i), mention) != mention for i in range(start, tagged.end)):
        return None
    return doc[start : tagged.end]


# nouns that say a copula's subject is a place ("Coron is a town in Palawan", "Coron is one
# of the municipalities of Palawan"); the last words of natural features' names
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "municipality", "island", "river", "lake", "mountain"}
    | {"county", "province", "region", "hamlet", "suburb", "neighbourhood", "neighborhood"}
    | {"peninsula", "archipelago", "commune", "comune", "parish", "borough", "capital"}
)
NATURE_WORDS = frozenset(
    {"glacier", "river", "lake", "creek", "mountain", "mountains", "valley", "sea", "ocean"}
    | {"bay", "island", "islands", "peak", "range", "stream", "falls", "canyon", "forest"}
)


def place_by_its_words(parsed: list, mention: Mention) -> Mention:
    """An "organisation" or "person" a copula or an apposition calls a town, an island or a
    province ("Coron is one of the municipalities of Palawan"), or whose name ends in a
    natural feature's word with no organisation word ("Coron Island"), is a place."""
    if mention.label not in {"ORG", "PERSON", "PER"}:
        return mention
    name = parsed[mention.piece][1][mention.token_start : mention.token_end]
    if any(token.lower_ in organisation_words() for token in name):
        return mention
    natural = len(name) > 1 and name[-1].lower_ in NATURE_WORDS
    if natural or _called_a_place(name.root):
        return replace(mention, label="LOC", entity_class=CLASS_BY_LABEL["LOC"])
    return mention


def _called_a_place(root) -> bool:
    """A copula or an apposition calls the name a town, an island, ...: "Coron is a town",
    "Marrowby, a small town in Vessland"."""
    appositions = [child for child in root.children if child.dep_ == "appos"]
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in PLACE_NOUNS for t in appositions):
        return True
    if not copula_subject(root):
        return False
    noun = root.head
    if noun.lower_ == "one":  # "one of the municipalities of Palawan"
        noun = next((t for t in prep_objects(noun, {"of"})), noun)
    nouns = (noun, *noun.conjuncts)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in PLACE_NOUNS for t in nouns)


def ends_with_organisation_word(name: Span) -> bool:
    """A "place" of two words or more whose last is an organisation's ("British Columbia
    Lottery Corporation", "Halden Maritime Museum"), or a parliament's chamber ("the Vessa
    County House of Assembly"): an organisation. Not a person-tagged name ("Gerald
    Ainsley Steel"), where the word may be a surname."""
    if _house_of_a_legislature(name):
        return True  # "the Vessa County House of Assembly"
    if any(token.lower_ == "of" for token in name):
        return False  # "the Kansas City Otters of the National Arena League": two names
    if len(name) > 1 and _broadcast_channel(name):
        return True  # "Brekke Sports Channel"; not "English Channel", a sea
    if _organisation_word_before_place(name):
        return True  # "Vessby College Dublin", "Tarvik College London"
    return len(name) > 1 and name[-1].lower_.rstrip(".") in organisation_words()


def _organisation_word_before_place(name: Span) -> bool:
    """An organisation word inside the name, then only a place's name kg knows."""
    for k in range(1, len(name) - 1):
        if name[k].lower_ in organisation_words():
            place = name[k + 1 :].text.lower()
            one_word = " " not in place and place in words("place_words.txt")
            return one_word or place in known_place_names() or place in country_names()
    return False


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern"})


def _broadcast_channel(name: Span) -> bool:
    """A name ending in "Channel" after a word that names no place and is no adjective: a
    broadcaster."""
    if name[-1].lower_ != "channel":
        return False
    before = name[-2].lower_
    if name[-2].pos_ == "ADJ" or before in demonyms() or before in _COMPASS:
        return False  # "English Channel", "North Channel"
    return before not in words("place_words.txt")  # "Bristol Channel"


# the chambers of parliaments: "House of Assembly", "House of Commons" ("White House" and
# "Bleak House" are buildings and books)
_CHAMBERS = frozenset(
    {"assembly", "commons", "representatives", "lords", "delegates", "keys", "councillors"}
)


def _house_of_a_legislature(name: Span) -> bool:
    return any(
        token.lower_ == "house"
        and token.i + 2 < name.end
        and token.nbor(1).lower_ == "of"
        and token.nbor(2).lower_ in _CHAMBERS
        for token in name
    )
