"""What a noun says about a name being a person's: nouns for occupations and kinds of
people ("historian", "saxophonist"; kg/lexicon/person_nouns.txt and nouns made like them),
and a name said to be someone by such a noun ("Nadia Ferchi is a Moroccan writer")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from kg.entities.life_brackets import closing_bracket, states_a_life
from kg.entities.mention import Mention
from kg.lexicon import pairs, words
from kg.nlp.syntax import copula_subject, dep
from kg.vocab import CLASS_BY_LABEL

# occupations an organisation is also called ("a producer", "a key player", "an investor")
_ORGANISATION_ROLES = frozenset(
    {"producer", "player", "national", "resident", "guard", "forward", "premier", "dealer"}
    | {"trader", "merchant", "patron", "executive", "investor", "designer", "model"}
)


@cache
def _occupations() -> frozenset[str]:
    return words("person_nouns.txt") - _ORGANISATION_ROLES


# "-ist" nouns that are no person ("a playlist", "the gist")
_NOT_PEOPLE_IN_IST = frozenset(
    {"list", "playlist", "checklist", "wishlist", "shortlist", "waitlist", "blacklist"}
    | {"whitelist", "setlist", "tracklist", "gist", "mist", "fist", "wrist", "twist", "tryst"}
)


def is_person_noun(lemma: str) -> bool:
    """A noun for a person's occupation or kind (kg/lexicon/person_nouns.txt), or one made
    like them: "malacologist", "mathematician", "cartographer", "saxophonist"."""
    if lemma in words("person_nouns.txt"):
        return True
    if lemma.endswith(("ologist", "ician", "ographer")) and len(lemma) > 7:
        return True
    return lemma.endswith("ist") and len(lemma) >= 6 and lemma not in _NOT_PEOPLE_IN_IST


def _noun_words(token: Token) -> tuple[str, ...]:
    """The lemma and, for a singular noun, the word as written: the lemmatiser errs on some
    ("skier" -> "sky")."""
    return (token.lemma_.lower(), token.lower_) if token.tag_ == "NN" else (token.lemma_.lower(),)


def person_noun_token(token: Token) -> bool:
    """`is_person_noun` of the token's lemma, or of a singular noun as written."""
    return any(is_person_noun(word) for word in _noun_words(token))


def described_as_person(chain: Span) -> bool:
    """A name of two words or more said to be someone by occupation is a person's: the
    subject of a copula on such a noun ("Nadia Ferchi (born 1953) is a Moroccan writer") or a
    name with one in apposition ("Tarik Osei, a painter, said"). The nouns are those of
    kg/lexicon/person_nouns.txt that do not also describe organisations."""
    if len(chain) < 2:
        return False
    root = chain.root
    nouns = [child for token in chain for child in token.children if dep(child) == "appos"]
    if copula_subject(root):
        nouns += [root.head, *root.head.conjuncts]  # "a diplomat and former CEO"
    return any(
        noun.pos_ == "NOUN" and any(_occupation(word) for word in _noun_words(noun))
        for noun in nouns
    )


def _occupation(lemma: str) -> bool:
    return lemma not in _ORGANISATION_ROLES and (lemma in _occupations() or is_person_noun(lemma))


_BIOGRAPHY_COPULAS = frozenset({"is", "was"})
_BEFORE_NOUN = frozenset({"ADJ", "NOUN", "PROPN", "PUNCT", "NUM", "CCONJ", "ADV"})


def opens_a_biography(chain: Span) -> bool:
    """A name of two words or more (or one before "(born" or a life's dates) that opens its
    sentence, its brackets ("(born 1948)"), "is/was a" and a noun for an occupation within a
    few words: "Nadia Ferchi (born 1953) is a Moroccan writer", read in word order where the
    parse breaks at the brackets."""
    doc = chain.doc
    one_word = len(chain) < 2 and not (_born_after(chain) or states_a_life(doc, chain.end))
    if chain.start != chain.sent.start or one_word:
        return False
    i = after_brackets(doc, _past_surname_and_post_nominal(doc, chain.end))
    if i is not None and i < len(doc) and doc[i].text == ",":
        i += 1  # "Hela Bey (1932 - 2010), was a ..."
    if i is None or i + 2 >= len(doc) or doc[i].lower_ not in _BIOGRAPHY_COPULAS:
        return False
    if doc[i + 1].lower_ not in {"a", "an"}:
        return False
    for token in doc[i + 2 : i + 8]:
        # a noun, or one the tagger took for a name ("a Croatian Chess Grandmaster")
        if token.pos_ in {"NOUN", "PROPN"} and any(_occupation(w) for w in _noun_words(token)):
            return True
        if token.pos_ not in _BEFORE_NOUN or token.text in {".", ";", ":"}:
            return False
    return False


def with_surname_parts(chain: Span) -> Span:
    """The chain with the parts of a hyphenated surname after it ("Ivo Marek" of "Ivo
    Marek-Lis"), which the tokenizer splits off."""
    doc, end = chain.doc, chain.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[chain.start : end]


def _past_surname_and_post_nominal(doc, end: int) -> int:
    """Past a hyphenated surname's second part ("Ivo Marek-Lis (1861 - 1927)") and a
    post-nominal in capitals after a comma ("Ivo Marek, OSB (1908 - 1974) was")."""
    end = with_surname_parts(doc[end - 1 : end]).end
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text.startswith("("):
        letters = doc[end + 1].text.replace(".", "")
        if letters.isalpha() and letters.isupper() and len(letters) <= 5:
            end += 2
    return end


def _born_after(chain: Span) -> bool:
    """A one-word name followed by "(born": a stage name ("Vantz (born Olivier Merland
    on 8 June 1983) is a Belgian street artist")."""
    doc, end = chain.doc, chain.end
    return end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].lower_ == "born"


def after_brackets(doc, i: int) -> int | None:
    """The index after the bracketed groups that start at `i` ("(born 1948)") and after
    another name given between commas (", known as R. T. Hallam,"), `i` itself when
    neither starts there, None when the brackets do not close within 40 tokens. A
    name's other form before them is read past too ("John Harrow or J. E. Harrow (1862 -",
    "Rodrigo Valverde da Cunha, or simply Rodrigo Valverde (born")."""
    i = _after_or_name(doc, i)
    if i < len(doc) and doc[i].text.startswith("("):
        close = closing_bracket(doc, i, 40)
        # and a second group right after ("Lidia Sorokina ( ) (1915 -")
        return after_brackets(doc, close + 1) if close is not None else None
    return _after_known_as(doc, i)


_KNOWN_AS = 8  # words of ", known as R. T. Hallam," at most


def _after_or_name(doc, i: int) -> int:
    """After "or NAME" or ", or simply NAME" at `i`, when brackets follow the name."""
    start = i + (i < len(doc) and doc[i].text == ",")
    if start >= len(doc) or doc[start].lower_ != "or":
        return i
    start += 1 + (start + 1 < len(doc) and doc[start + 1].lower_ == "simply")
    end = start
    while end < min(len(doc), start + _KNOWN_AS) and doc[end].text[:1].isupper():
        end += 1
    named = end > start and end < len(doc) and doc[end].text.startswith("(")
    return end if named else i


def _after_known_as(doc, i: int) -> int:
    """After ", known as NAME," (or "also known as", "better known as") at `i`."""
    words = [t.lower_ for t in doc[i : i + 4]]
    if words[:1] != [","]:
        return i
    start = i + 1 + (words[1:2] in (["also"], ["better"], ["commonly"]))
    if [t.lower_ for t in doc[start : start + 2]] != ["known", "as"]:
        return i
    for token in doc[start + 2 : min(len(doc), start + 2 + _KNOWN_AS)]:
        if token.text == ",":
            return token.i + 1
    return i


def after_an_occupation(chain: Span) -> bool:
    """A name of two words or more right after a noun for an occupation that the parse
    joins to it: "the physicist Pieter Vos", "Kenyan runner Eliud Mwangi" (not "the player
    Acme United": a player may be a club)."""
    if len(chain) < 2 or chain.start == 0:
        return False
    noun = chain.doc[chain.start - 1]
    if noun.pos_ not in {"NOUN", "ADJ"} or not noun.text.islower():
        return False
    # the tagger may call an occupation before a name an adjective ("drummer Anders Lie")
    written = _noun_words(noun) if noun.pos_ == "NOUN" else (noun.lower_,)
    if not any(_occupation(word) for word in written):
        return False
    return chain.root.head.i == noun.i or chain.start <= noun.head.i < chain.end


# words between a possessive and a noun for a relative: "his elder son", "her late husband"
_KIN_ORDER = frozenset({"elder", "eldest", "older", "oldest", "younger", "youngest", "late"})
_KIN_OWNERS = frozenset({"his", "her", "their", "'s", "’s"})


def after_a_relative_noun(chain: Span) -> bool:
    """A name of up to three words right after a noun for someone's relative, with a comma
    or none between: "her husband Olav Quist", "his elder son, Tobias", "Dahl's daughter
    Ines" (kg/lexicon/kinship_nouns.tsv). The noun is in lower case and someone's: "his",
    "her", "their" or a possessive before it (not "the sister ship Aurora")."""
    doc, at = chain.doc, chain.start - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1
    if at < 1 or len(chain) > 3:
        return False
    noun = doc[at]
    if not noun.text.islower() or noun.lower_ not in pairs("kinship_nouns.tsv"):
        return False
    before = at - 1
    while before > 0 and doc[before].lower_ in _KIN_ORDER:
        before -= 1
    return doc[before].lower_ in _KIN_OWNERS


def people_by_biography(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """An organisation- or place-tagged name that opens a biography is a person's:
    "Rufus Tolland Hallam (1879 - 1941), known as R. T. Hallam, was an American artist"."""
    revised = []
    for mention in mentions:
        if mention.label in _NOT_PERSON_LABELS:
            doc = parsed[mention.piece][1]
            if opens_a_biography(doc[mention.token_start : mention.token_end]):
                mention = replace(mention, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
        revised.append(mention)
    return revised


_NOT_PERSON_LABELS = frozenset({"ORG", "LOC", "GPE"})


def people_by_occupation(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """An organisation- or place-tagged name right after a noun for an occupation that the
    parse joins to it is a person's: "the geologist Tjark Vesser" (`after_an_occupation`)."""
    return [
        replace(m, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
        if m.label in _NOT_PERSON_LABELS
        and after_an_occupation(parsed[m.piece][1][m.token_start : m.token_end])
        else m
        for m in mentions
    ]


def people_before_parties(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A place- or organisation-tagged name right before a party in brackets is a
    politician's: "Janne Vik (Conservative Party)"."""
    by_start = {(m.piece, m.token_start): m for m in mentions}
    revised = []
    for m in mentions:
        doc = parsed[m.piece][1]
        party = by_start.get((m.piece, m.token_end + 1))
        bracketed = (
            party is not None
            and doc[m.token_end].text == "("
            and party.token_end < len(doc)
            and doc[party.token_end].text == ")"
            and party.anchor.split()[-1].lower() == "party"
        )
        if m.label in _NOT_PERSON_LABELS and bracketed:
            m = replace(m, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
        revised.append(m)
    return revised
