"""How a name the NER found grows to its whole chain, and which class the grown name keeps
(helpers of `kg.entities.repair.repair_mentions`).

- `without_leading_titles`: a person's name grown to its capitalised chain does not take in
  the titles before it ("Speaker Hallam", "Emperor Vorn"): kg's mentions, like the NER's
  training names, leave titles out (kg/lexicon/person_titles.txt);
- `group_after_the`: "the Patrick Brewers", a person to the NER, is a team;
- `keeps_place_label`: a place the NER found whole whose last word is a kind of place that
  is also a surname ("Elm Park", "Ravens Hall") stays a place, though a given name opens it;
- `one_label_per_cued_word`: a one-word name relabelled by what is said of it keeps that
  label at its other mentions;
- `may_grow`: which words a mention may grow by.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.entities.mention import Mention
from kg.entities.name_cues import club_marked, opens_with_organisation_word, organisation_words
from kg.lexicon import written_lower_mostly
from kg.nlp.person_titles import is_person_title
from kg.vocab import CLASS_BY_LABEL

# words for a kind of place that are also common surnames (left out of facility_words.txt)
_SURNAME_PLACE_ENDS = frozenset({"park", "hall", "street", "tower", "castle", "gates"})


def group_after_the(mention: Mention, chain: Span, ends_like_a_name: bool) -> bool:
    """A "person" the NER found whole after "the" whose last word is a plural no person is
    called by ("the Patrick Brewers"): a team or a group."""
    doc = chain.doc
    after_the = chain.start > 0 and doc[chain.start - 1].lower_ == "the"
    return mention.label in {"PERSON", "PER"} and after_the and not ends_like_a_name


def without_leading_titles(chain: Span, mention_start: int) -> Span:
    """The chain without the person titles that open it before the NER's mention."""
    start = chain.start
    while start < mention_start and is_person_title(chain.doc[start].text):
        start += 1
    return chain.doc[start : chain.end]


def keeps_place_label(mention: Mention, chain: Span, label: str) -> bool:
    """True when the words' "person" should not overrule the NER's place: the NER tagged
    the whole chain a place and its last word is a kind of place ("Forest Park")."""
    whole = (chain.start, chain.end) == (mention.token_start, mention.token_end)
    return (
        whole
        and mention.label in {"LOC", "GPE"}
        and label in {"PERSON", "PER"}
        and chain[-1].lower_ in _SURNAME_PLACE_ENDS
    )


def one_label_per_cued_word(tagged: list[Mention], repaired: list[Mention]) -> list[Mention]:
    """A one-word name relabelled by what is said of it ("Vantek is a weapons
    manufacturer": ORG) keeps that label where else in the document the NER gave it the
    same wrong one ("Vantek's share holders", PERSON): the cue is stronger evidence than
    the NER's guesses at a word it does not know."""
    relabelled = {
        (old.anchor, old.label): new.label
        for old, new in zip(tagged, repaired, strict=True)
        if old.label != new.label
        and " " not in old.anchor
        and (old.token_start, old.token_end) == (new.token_start, new.token_end)
    }
    if not relabelled:
        return repaired
    return [
        replace(m, label=label, entity_class=CLASS_BY_LABEL[label])
        if (label := relabelled.get((old.anchor, old.label))) and m.label == old.label
        else m
        for old, m in zip(tagged, repaired, strict=True)
    ]


def may_grow(mention: Mention, chain: Span) -> bool:
    """A mention grows only by proper nouns ("Maria" -> "Maria Duarte"), up to an
    organisation word ("Marlow" -> "Marlow Media"), by the capitalised words before an
    organisation word and "of" ("Piano Makers Association of Japan") or, after "the", by the
    capitalised words before an organisation the NER found that ends in a common word
    ("the Vessby Hills Regional High School District", the NER's "School District"; not
    "the Finnish Tarvik"); not by a descriptor ("Fox News TV")."""
    added = [t for t in chain if not mention.token_start <= t.i < mention.token_end]
    if not added:
        return True
    if mention.title and added[0].i < mention.token_start:
        return False  # "State" of "Secretary of State Ada Stone" was cut off as a title
    if added[-1].i == chain.end - 1 and added[-1].lower_ in organisation_words():
        return True
    if club_marked(chain):
        return True  # "SK Brann", the NER's person "Brann"
    tagged = chain.doc[mention.token_start : mention.token_end]
    if tagged[-1].pos_ == "ADJ" and added[0].i >= mention.token_end:
        return True  # "Guild of Danish" of "the Guild of Danish Weavers": no name ends so
    before = all(t.i < mention.token_start for t in added)
    if opens_with_organisation_word(tagged) and before:
        return True  # "Association of Japan" of "the Piano Makers Association of Japan"
    the = chain.start > 0 and chain.doc[chain.start - 1].lower_ == "the"
    last = tagged[-1]
    common = last.lower_ in organisation_words() or written_lower_mostly(last.text)
    if before and the and mention.label == "ORG" and common:
        return True  # "School District" of "the Vessby Hills Regional High School District"
    # a proper noun by either tagger ("Mei" of "Mei Lin Zhao": ADV, but NNP), not an
    # adjective ("Irish" before "Labour Party")
    return all(_proper_noun(t) and not t.text.isupper() for t in added)


def _proper_noun(token) -> bool:
    return token.pos_ == "PROPN" or (token.tag_ in {"NNP", "NNPS"} and token.pos_ != "ADJ")
