"""Names listed together, read from the words between them rather than from the parse:
"founded by Ana Soto and Omar Haddad", "a member of the Royal Society and the Halden
Society of Arts", "owned by Beta, Corvel and Nordhavn Group".

The parser often joins two names with "and" into one compound ("Ana Soto and Omar Haddad"
hangs "Soto" on "Haddad"), so a rule that found one name of a list by its role misses the
others. A list here is a run of names of one class separated only by commas, "and" or "or"
(and "the"), whose last separator holds "and" or "or": "Beta, Corvel said" and "Munich,
Germany" are no lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.context import DocumentContext, ParsedPiece

_SEPARATORS = frozenset({",", "and", "or"})
_JOINING = frozenset({"and", "or"})


def listed_tokens(ctx: DocumentContext, view: ParsedPiece, token: Token) -> list[Token]:
    """The first tokens of the other names listed with the name at `token` (none when it
    stands in no list)."""
    entity = ctx.entity_at(view, token)
    if entity is None:
        return []
    name = ctx.name_span(view, token, entity)
    before = _names_before(ctx, view, name, entity)
    after = _names_after(ctx, view, name, entity)
    joins = [separators for _, separators in [*reversed(before), *after]]
    if not joins:
        return []
    last = after[-1][0] if after else name
    if not joins[-1] & _JOINING and not _goes_on_with_and(ctx, view, last):
        return []  # "Beta, Corvel said"; but "A, B and C" where C is of another class
    return [span[0] for span, _ in [*before, *after]]


def names_after_noun(ctx: DocumentContext, view: ParsedPiece, noun: Token) -> list[Token]:
    """The names a plural noun introduces: "teams such as Vessa United, Orlo Rovers and
    Dunmore City", "lower league sides Vessa United and Orlo Rovers" (the first token of
    each name)."""
    doc = view.doc
    if noun.tag_ != "NNS" or ctx.entity_at(view, noun) is not None:
        return []
    i = noun.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "such" and doc[i + 1].lower_ == "as":
        i += 2
    elif i < len(doc) and doc[i].lower_ in {"including", "like"}:
        i += 1
    if i < len(doc) and doc[i].text == ":":
        i += 1
    first = doc[i] if i < len(doc) else None
    if first is None or ctx.entity_at(view, first) is None:
        return []
    return [first, *listed_tokens(ctx, view, first)]


def _goes_on_with_and(ctx: DocumentContext, view: ParsedPiece, name: Span) -> bool:
    """ "and" or "or" and another name after `name`, past names of any class between commas
    ("Preston, Clifton, Milton and Hugh", where the NER took two first names for
    places), or ", and" and a capitalised name the NER missed ("a member of the Orlo
    Society, the Vessa Guild, and the Dunmore Painters")."""
    doc, end = view.doc, name.end
    for _ in range(_LONGEST_LIST):
        separators, i = _separators_from(doc, end)
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        other = ctx.entity_at(view, doc[i]) if separators and i < len(doc) else None
        if other is None:
            return _closing_name(doc, i, separators)
        if separators & _JOINING:
            return True
        end = ctx.name_span(view, doc[i], other).end
    return False


_LONGEST_LIST = 12  # names


def _closing_name(doc, i: int, separators: set[str]) -> bool:
    """ ", and" then a proper noun written with a capital: the list's last name, which the
    NER missed ("... , and the Dunmore Painters"); a comma alone is no list's end ("Beta,
    Corvel said")."""
    return (
        "," in separators
        and bool(separators & _JOINING)
        and (i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper())
    )


def _separators_from(doc, i: int) -> tuple[set[str], int]:
    """The commas, "and" and "or" from `i` on, and the index after them."""
    separators = set()
    while i < len(doc) and doc[i].lower_ in _SEPARATORS:
        separators.add(doc[i].lower_)
        i += 1
    return separators, i


def _names_after(ctx, view, name: Span, entity: LocalEntity) -> list[tuple[Span, set[str]]]:
    """The names after `name` in its list, each with the separators before it."""
    doc, found, end = view.doc, [], name.end
    while True:
        separators, i = _separators_from(doc, end)
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        nxt = ctx.entity_at(view, doc[i]) if separators and i < len(doc) else None
        if (
            nxt is not None
            and nxt.entity_class != entity.entity_class
            and not separators & _JOINING
        ):
            end = ctx.name_span(view, doc[i], nxt).end  # "Preston, Clifton, Milton and Hugh":
            continue  # first names the NER took for places, skipped
        if not _same_class_other(nxt, entity):
            return found
        span = ctx.name_span(view, doc[i], nxt)
        found.append((span, separators))
        end = span.end


def _names_before(ctx, view, name: Span, entity: LocalEntity) -> list[tuple[Span, set[str]]]:
    """The names before `name` in its list, nearest first, each with the separators after
    it (those before the name that follows it)."""
    doc, found, start = view.doc, [], name.start
    while True:
        i = start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        separators = set()
        while i >= 0 and doc[i].lower_ in _SEPARATORS:
            separators.add(doc[i].lower_)
            i -= 1
        previous = ctx.entity_at(view, doc[i]) if separators and i >= 0 else None
        if not _same_class_other(previous, entity):
            return found
        span = ctx.name_span(view, doc[i], previous)
        found.append((span, separators))
        start = span.start


def _same_class_other(other, entity: LocalEntity) -> bool:
    return (
        other is not None
        and other.entity_class == entity.entity_class
        and not same_entity(other, entity)
    )
