"""Word-level checks the family rules (kg/facts/relations/family.py) read around a
relative's noun or a name: brackets after a name, "his" with someone else to stand for,
"ex-husband" and "brother-in-law", two entities whose names may be one person's."""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.mention import NAME_SUFFIXES

NOT_KIN_BEFORE = frozenset({"ex", "step", "grand", "great", "god", "foster"})


def past_with(doc, i: int) -> int:
    """After "with" and a name up to a colon or comma at `i` ("with Per Lund: ..."), or `i`."""
    if i >= len(doc) or doc[i].lower_ != "with":
        return i
    return next((j for j in range(i + 1, min(len(doc), i + 8)) if doc[j].text in {",", ":"}), i)


def pronoun_between(doc, start: int, end: int) -> bool:
    """A personal pronoun between `start` and `end`: someone else "his" may stand for ("He
    came with Ana Roe and his brother")."""
    return any(w.lower_ in {"he", "she", "him", "his", "her"} for w in doc[start:end])


def names_may_be_one(first, second) -> bool:
    """Whether every word of one entity's names is a word of the other's, unless a
    generation's suffix tells them apart ("Donald Trump" and "Donald Trump Jr.")."""
    words = [{w for form in e.forms() for w in form.split()} for e in (first, second)]
    if any(w.lower() in NAME_SUFFIXES for w in words[0] ^ words[1]):
        return False
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


def before_brackets(doc, i: int) -> int:
    """`i`, or the index before the bracketed group that ends at `i` ("Sofia Andersen
    (born 1972) is")."""
    if i < 0 or doc[i].text != ")":
        return i
    depth = 0
    for j in range(i, max(-1, i - 40), -1):
        depth += (doc[j].text == ")") - doc[j].text.startswith("(")
        if depth == 0:
            return j - 1
    return i


def not_blood_or_marriage(doc, noun: Token) -> bool:
    """'ex-husband', 'brother-in-law', 'step-son', 'grand-daughter': no such relative."""
    around = [t.lower_ for t in doc[max(0, noun.i - 2) : noun.i + 4]]
    text = "".join(around)
    if "-in-law" in text or "inlaw" in text:
        return True
    before = doc[noun.i - 2].lower_ if noun.i >= 2 and doc[noun.i - 1].text == "-" else ""
    return before in NOT_KIN_BEFORE
