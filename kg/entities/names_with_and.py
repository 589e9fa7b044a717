"""Organisation names that hold "and": "the Chamber of Trade and Industry", "the
Ministry of Fisheries and Coastal Affairs", "the Game and Wildlife Service", "the Music and
Drama Ensemble".

A chain of name words (kg/entities/name_cues.py) ends at "and", since "Acme Bank and Zeno
Media" name two organisations. It goes on through "and" in two shapes only, with at most
three capitalised words after it and no name word after those:

- an organisation word, "of" and a field, then "and" and more of it, none of them an
  organisation word ("Academy of Letters and Arts"; not "University of Oslo and
  Bergen University");
- one common word (or a place's name and one) before "and", and an organisation word
  closing the words after it ("Game and Wildlife Service", "Narvik Water and
  Sewer Board"; not "Kestrel Audio and Morrow Labs", two companies, nor "Oslo and
  Bergen Police", "Labour and Green Party", "Ana and Per Agency": a place, a party or a
  first name before "and" names something of its own, as does a word the NER took alone
  for a place or a person).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from kg.lexicon import country_names, demonyms, known_place_names, pairs, words

_MOST_AFTER = 3  # capitalised words after "and"
_PLACE_TAGS = frozenset({"LOC", "GPE"})


def through_and(doc: Doc, start: int, end: int, name_word_at: Callable[[int], bool]) -> int:
    """The end of the chain [start, end) carried on through "and" where the words say it is
    one organisation's name (see the module docstring), else `end`."""
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not name_word_at(end + 1):
        return end
    if named_alone(doc, end - 1):
        return end
    stop = end + 1
    while stop < len(doc) and name_word_at(stop):
        stop += 1
    if stop - end - 1 > _MOST_AFTER:
        return end
    own = [token.lower_ for token in doc[start:end]]
    after = [token.lower_ for token in doc[end + 1 : stop]]
    organisation = _organisation_words()
    if any(word in organisation for word in after):
        common = after[-1] in organisation and _common_words_before(own)
        # one field word, or a place's: "Game and ...", "Narvik Water and ..."; not
        # "Kestrel Audio and Morrow Labs", two companies
        return stop if common and (len(own) == 1 or _a_place_word(doc[start])) else end
    of = own.index("of") if "of" in own[1:] else 0
    return stop if of and own[of - 1] in organisation and of < len(own) - 1 else end


def named_alone(doc: Doc, i: int) -> bool:
    """The NER tagged the word alone as a place or a person ("Molde")."""
    token = doc[i]
    whole = token.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
    return whole and token.ent_type_ in _PLACE_TAGS | {"PERSON", "PER"}


def _a_place_word(token: Token) -> bool:
    """A place's name or adjective ("Narvik", "Moravian")."""
    lowered = token.lower_
    return lowered in _places() or lowered in _demonyms() or token.ent_type_ in _PLACE_TAGS


def _common_words_before(own: list[str]) -> bool:
    """The words before "and" name nothing of their own: no organisation word, and the last
    one no place, party or first name."""
    if not own or any(word in _organisation_words() for word in own):
        return False
    last = own[-1]
    return (
        last not in _places()
        and last not in pairs("parties.tsv")
        and last not in words("given_names.txt")
    )


def _organisation_words() -> frozenset[str]:
    return words("organisation_name_words.txt") | words("org_suffixes.txt")


@cache
def _places() -> frozenset[str]:
    return known_place_names() | country_names() | words("place_names.txt")


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(demonym.lower() for demonym in demonyms())
