"""What the words around a name say about it being an organisation.

"the payments startup Ferrofin", "an Acme spokesperson", "Beijing-based Acme", "Brightwave,
owned by ...", "a rival named Zeno", "the Chicago Herons" (a team): predicates on tokens, read
by the name cues, the repairs and the back-stops (kg/entities/backstops.py); they never make
mentions themselves.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from kg.entities.person_nouns import person_noun_token
from kg.lexicon import demonyms, words
from kg.nlp.syntax import copula_subject

_CUE_LINKS = {"compound", "appos", "flat", "flat:name", "nmod", "nsubj", "amod"}


def organisation_cue(token) -> bool:
    """The words around a name say it is an organisation: an organisation noun beside it
    ("the payments startup Ferrofin", "an Acme spokesperson"), "-based" before it, or it is
    owned ("Brightwave, owned by ...", "Kestrel-owned Pinegrove" makes Kestrel the owner)."""
    nouns = words("organisation_nouns.txt")
    head_cue = token.head.lemma_.lower() in nouns and token.dep_.lower() in _CUE_LINKS
    # "Tornes Fotball was a football club", "Vantor Games is a video game development and
    # publishing company" (a conjunct of the copula's noun)
    head_cue = head_cue or copula_calls_organisation(token)
    child_cue = any(
        child.lemma_.lower() in nouns and child.dep_.lower() in _CUE_LINKS
        for child in token.children
    )
    return (
        head_cue
        or child_cue
        or _beside_organisation_noun(token, nouns)
        or _after_based(token)
        or _owned_thing(token)
        or owner_before_owned(token)
        or _named_as_organisation(token)
        or _maker_of_a_product(token)
    )


# what companies do to products, said with "by" ("a video game published by Velmora Interactive")
_MAKING_VERBS = frozenset({"publish", "develop", "manufacture", "distribute", "market"})


def _maker_of_a_product(token) -> bool:
    """The agent of "published by", "developed by", "manufactured by": a company (the
    caller keeps a person's given name or known surname a person)."""
    head = token.head
    return token.dep_.lower() == "obl:agent" and head.lemma_.lower() in _MAKING_VERBS


# nouns for groups of people that name the name right after them ("the metal band
# Cinderfall", "a Dutch club HC Breda"), though not the one before ("the Liverpool band")
GROUP_NOUNS = frozenset(
    {"band", "club", "team", "orchestra", "choir", "ensemble", "party"}
    | {"duo", "trio", "quartet", "quintet", "sextet"}
)
_PRODUCT_OR_PERSON_NOUNS = frozenset(
    {"app", "website", "site", "platform", "service", "brand", "spokesperson", "spokesman"}
    | {"spokeswoman"}
)
_BODY_NOUNS = frozenset(
    {"school", "university", "college", "institute", "association", "society", "federation"}
    | {"charity", "foundation", "organisation", "organization", "union", "label", "council"}
    | {"committee", "ministry", "museum", "league", "academy", "newspaper", "magazine"}
)


@cache
def copula_organisation_nouns() -> frozenset[str]:
    """Nouns that say a copula's subject is an organisation: "Velvet Static was an
    American punk band" (kg/lexicon/organisation_nouns.txt, the group nouns, institutions;
    not "app", "website" or "brand": products)."""
    listed = words("organisation_nouns.txt") - _PRODUCT_OR_PERSON_NOUNS
    return listed | GROUP_NOUNS | _BODY_NOUNS


def copula_calls_organisation(token: Token) -> bool:
    """The token is a copula's subject whose noun, or a conjunct of it, is one for an
    organisation: "Sparta Krnov is a football club", "Norda Pictures was a film and
    television production company" ("party" not before "to": "a party to the suit")."""
    if not copula_subject(token):
        return False
    noun = token.head
    nouns = (noun, *noun.conjuncts)
    if any(person_noun_token(candidate) for candidate in nouns):
        return False  # "a Canadian director, and founder of a film company"
    for candidate in nouns:
        lemma = candidate.lemma_.lower()
        if candidate.pos_ == "NOUN" and lemma in copula_organisation_nouns():
            after = candidate.doc[candidate.i + 1 : candidate.i + 2]
            if not (lemma == "party" and after.text.lower() == "to"):
                return True
    return False


def organisation_noun_before(span) -> bool:
    """An organisation noun right before the whole name ("consumer group Fair Screen", "the
    band Cinderfall"), or a spokesperson of it ("a spokesperson for Brightwave"), whatever
    the parse."""
    doc = span.doc
    if _organisation_noun_at(doc, span.start - 1, words("organisation_nouns.txt")):
        return True
    if _organisation_noun_at(doc, span.start - 1, GROUP_NOUNS):
        return not name_goes_on(doc, span.end)
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    return (
        len(before) == 2
        and before[1] in {"for", "of", "at"}
        and before[0] in words("spokesperson_nouns.txt")
    )


def name_goes_on(doc, end: int) -> bool:
    """'Songs for Sailors', 'Earth, Wind & Fire': a small word and another capitalised word
    right after a name ending at `end`: the name is longer than the words kg would take."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in {"for", "of", "and", "&", "the", ","}
        and doc[end + 1].text[:1].isupper()
    )


def owner_before_owned(token) -> bool:
    """'Kestrel-owned Pinegrove Foods': the name right before "-owned" owns something."""
    if token.lower_ in demonyms():
        return False  # "Chinese-owned": a country owns it (kg.facts.relations)
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    return (len(after) == 2 and after[0].text in {"-", "–"} and after[1].lower_ == "owned") or (
        token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"-owned", "–owned"}
    )


def name_span(token):
    """The whole name a head word ends: 'Corvid Analytics' for 'Analytics'."""
    start = token.i
    while start > 0:
        previous = token.doc[start - 1]
        joined = previous.head.i == token.i or previous.head.i == start
        if not (joined and previous.text[:1].isupper() and previous.dep_ in {"compound", "flat"}):
            break
        start -= 1
    return token.doc[start : token.i + 1]


def owned_sentence_opener(token) -> bool:
    """'Tollbridge, owned by ...' opening a sentence, tagged as a common noun: being owned
    makes it a name even where any word would be capitalised."""
    return (
        token.is_sent_start
        and token.text[:1].isupper()
        and token.text.isalpha()
        and token.lower_ not in words("organisation_nouns.txt")
        and _owned_thing(token)
    )


def capitalised_name(token) -> bool:
    text = token.text
    if len(text) < 2 or not text[0].isupper():
        return False
    if token.is_sent_start and (token.pos_ != "PROPN" or describes_the_next_name(token)):
        return False  # "Shares rose": any word is capitalised there
    if text.lower() in words("titles.txt") or text.lower() in words("organisation_nouns.txt"):
        return False
    return token.pos_ in {"PROPN", "NOUN", "X"} and text.isalpha()


def describes_the_next_name(token) -> bool:
    """ "Consumer group Fair Screen ...": a sentence's first word before an organisation noun
    and a name describes that name (taggers often call it a proper noun there)."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    noun, name = doc[token.i + 1], doc[token.i + 2]
    return noun.lower_ in words("organisation_nouns.txt") and noun.is_lower and name.is_title


def _beside_organisation_noun(token, nouns) -> bool:
    """Right after or before the noun, whatever the parse: "giant ByteDance", "TikTok app"."""
    return _organisation_noun_at(token.doc, token.i - 1, nouns) or _organisation_noun_at(
        token.doc, token.i + 1, nouns
    )


def _organisation_noun_at(doc, index: int, nouns) -> bool:
    """doc[index] is one of `nouns` used as a common noun (not part of a name)."""
    if not 0 <= index < len(doc):
        return False
    return doc[index].lower_ in nouns and doc[index].pos_ != "PROPN"


def _owned_thing(token) -> bool:
    """'TikTok is owned by ...', 'Lumora was acquired by ...', 'Brightwave, owned by ...':
    a named thing that is owned."""
    head = token.head
    passive = token.dep_.lower() in {"nsubj:pass", "nsubjpass"} and _owned_by(head)
    active = token.dep_.lower() in {"obj", "dobj"} and head.lemma_.lower() in {"own", "acquire"}
    return (
        passive or active or any(c.dep_.lower() == "acl" and _owned_by(c) for c in token.children)
    )


def _named_as_organisation(token) -> bool:
    """'a Chinese version called Douyin', 'a rival named Zeno', 'the parent company of
    Zeno': a name given to an organisation-like noun, or what a parent company owns."""
    head = token.head
    if head.lemma_.lower() in {"call", "name"} and head.dep_.lower() in {"acl", "relcl"}:
        return head.head.lemma_.lower() in _naming_nouns()
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].lower_ in {"called", "named"}:
        return doc[token.i - 2].lemma_.lower() in _naming_nouns()  # the same, any parse
    return token.dep_.lower() in {"nmod", "pobj"} and any(
        child.lower_ == "parent" for child in head.children
    )


@cache
def _naming_nouns() -> frozenset[str]:
    """Nouns a name can be given to: "a version called X", "a rival named X"."""
    return words("named_organisation_nouns.txt") | words("organisation_nouns.txt")


def _owned_by(verb) -> bool:
    return verb.lemma_.lower() in {"own", "acquire"} and any(
        child.dep_.lower() in {"obl:agent", "agent", "obl"} for child in verb.children
    )


def _after_based(token) -> bool:
    """'Beijing-based ByteDance': ByteDance is what 'based' describes."""
    return any(
        child.lower_ in {"based", "-based"} and child.i < token.i for child in token.children
    )


def team_name(chain: Span, tagged: Span) -> bool:
    """A place's name followed by a plural proper noun names a sports team: "Chicago Herons",
    "Kansas City Otters", "Los Angeles Pelicans" (the NER tagged "Los Angeles" alone). The
    words before the plural are a place: the NER's own place mention, or a listed place
    (with "City": "Kansas City"; not "San" of "San Marcos"). Plurals that end other names
    ("United States", "Palm Springs", "Helsinki Olympics": kg/lexicon/place_plurals.txt) are
    no team."""
    if len(chain) < 2 or not _plural(chain[-1]):
        return False
    if chain[-1].lower_ in words("organisation_name_words.txt"):
        return False  # "Halden Associates", "Oslo Industries": a company's plural
    before = [token.lower_ for token in chain[:-1]]
    if before[-1] == "city" and len(before) > 1:
        before = before[:-1]
    if tagged.start == chain.start and tagged.end == chain.end - 1:
        return True
    return before[0] not in _PLACE_NAME_OPENERS and " ".join(before) in words("place_words.txt")


def person_tag_on_team(chain: Span) -> bool:
    """A name the NER tagged as a person that is a team's ("Denver Broncos", "Utah Utes"):
    a place and a plural, unless the words are also a first name and a surname ("Austin
    Roberts", "Florence Adams"; "Denver" is a first name too, "Broncos" no surname)."""
    if not team_name(chain, chain[:0]):
        return False
    first, last = chain[0].lower_, chain[-1].lower_
    return not (first in words("given_names.txt") and last in words("surnames.txt"))


# what a sports team is also called, before its name ("Premier League side Dunmore City")
_TEAM_NOUNS = frozenset({"side"})


def tag_after_group_noun(chain: Span) -> bool:
    """A name the NER tagged as a person or a place right after "band", "club", "team" or
    "side" (or their plurals) is theirs: "the punk band Velvet Static", "league side
    Dunmore City"; not when a verb follows, since the name then did something to the
    group: "the band Ana Rojas formed"."""
    doc = chain.doc
    if chain.start == 0:
        return False
    before = doc[chain.start - 1]
    if before.lemma_.lower() not in GROUP_NOUNS | _TEAM_NOUNS or not before.text.islower():
        return False
    return chain.end >= len(doc) or doc[chain.end].pos_ not in {"VERB", "AUX"}


# words that open compound place names ("San Marcos", "Port Harrow", "Fort Myers")
_PLACE_NAME_OPENERS = frozenset(
    {"san", "santa", "santo", "são", "sao", "los", "las", "el", "la", "le", "les", "saint"}
    | {"st", "st.", "port", "fort", "mount", "lake", "cape", "point", "glen", "new"}
)


def _plural(token: Token) -> bool:
    """A capitalised plural ("Bears", "Broncos"; the tagger often calls them singular)."""
    text = token.text
    if token.tag_ != "NNPS" and (len(text) < 4 or text.endswith(("ss", "us", "is"))):
        return False
    return (
        text[:1].isupper() and text.endswith("s") and text.lower() not in words("place_plurals.txt")
    )
