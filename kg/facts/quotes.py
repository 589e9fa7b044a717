"""Direct quotations and who said them.

A quotation is text between double quote marks (straight or curly) of three words or more.
Its speaker is the subject of the nearest speech verb (kg/lexicon/speech_verbs.txt: said,
told, tweeted, added, ...) in the sentences the quote touches, or X in "according to X".
"An Amazon spokesperson" and "Amazon said in a statement" speak for Amazon; "he"/"she"
resolve to the last person named (kg.facts.context). No speaker, no quotation: kg does not guess.
"""

from __future__ import annotations

import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from kg.entities.resolve import LocalEntity
from kg.facts.claims import Quotation
from kg.facts.context import DocumentContext, ParsedPiece
from kg.lexicon import words
from kg.nlp.syntax import dep, per_doc, prep_objects, subjects
from kg.vocab import SCHEMA

MIN_WORDS = 3  # "sent in error" is a quotation; "security risks" is a scare quote
_QUOTE = re.compile(r"\"([^\"\n]+)\"|“([^”\n]+)”")


def find_quotations(context: DocumentContext) -> list[Quotation]:
    quotations = []
    for view in context.pieces:
        for match in _QUOTE.finditer(view.piece.text):  # the Doc's text (doc.text rejoins it)
            group = 1 if match.group(1) is not None else 2
            inner = match.group(group).strip(" ,.")
            if len(inner.split()) < MIN_WORDS:
                continue
            start = match.start(group) + (
                len(match.group(group)) - len(match.group(group).lstrip(" ,."))
            )
            quote = _attribute(context, view, match.start(), match.end(), inner, start)
            if quote is not None:
                quotations.append(quote)
    return quotations


def _token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's character offset and the index its sentence starts at."""
    sentence_of = [0] * len(doc)
    for sentence in doc.sents:
        sentence_of[sentence.start : sentence.end] = [sentence.start] * len(sentence)
    return doc.to_array(IDX).tolist(), sentence_of


def _attribute(context, view: ParsedPiece, q_start: int, q_end: int, inner: str, start: int):
    doc = view.doc
    offsets, sentence_of = per_doc(doc, "kg.facts.quotes.offsets", _token_offsets)
    inside = [doc[i] for i, at in enumerate(offsets) if q_start <= at < q_end]
    sentences = {sentence_of[t.i] for t in inside}
    after = next((i for i, at in enumerate(offsets) if at >= q_end), None)
    if after is not None:
        sentences.add(sentence_of[after])
    candidates = [
        doc[i]
        for i, at in enumerate(offsets)
        if (at < q_start or at >= q_end) and sentence_of[i] in sentences
    ]
    speech = words("speech_verbs.txt")
    verbs = [t for t in candidates if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in speech]
    governing = {a.i for t in inside for a in t.ancestors if a.idx < q_start or a.idx >= q_end}
    # the verb the quotation depends on comes first, then the nearest one
    verbs.sort(key=lambda t: (t.i not in governing, min(abs(t.idx - q_start), abs(t.idx - q_end))))
    for verb in verbs:
        # a misparse may give the verb two subjects: the nearest one speaks
        for subject in sorted(subjects(verb), key=lambda s: abs(s.i - verb.i)):
            speaker = _speaker(context, view, subject)
            if speaker is not None:
                return _quotation(context, view, verb, inner, start, speaker, "speech-verb")
    for token in candidates:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            for source in prep_objects(token, {"to"}) or [t for t in doc[token.i + 1].children]:
                speaker = _speaker(context, view, source)
                if speaker is not None:
                    return _quotation(context, view, token, inner, start, speaker, "according-to")
    return None


def _speaker(context: DocumentContext, view: ParsedPiece, token: Token) -> LocalEntity | None:
    entity = context.entity_of(view, token)
    if entity is None and token.lemma_.lower() in words("spokesperson_nouns.txt"):
        for child in token.children:
            if dep(child) in {"compound", "nmod:poss", "poss", "nmod", "amod"}:
                entity = context.entity_at(view, child) or context.entity_of(view, child)
                if entity is not None:
                    break
    if entity is None or entity.entity_class == SCHEMA.Place or entity.iri is None:
        return None
    return entity


def _quotation(context, view, verb: Token, inner: str, start: int, speaker, method: str):
    begin = view.piece.offset + start
    evidence = context.evidence(
        view, verb, 0.85 if method == "speech-verb" else 0.75, f"rule:{method}"
    )
    return Quotation(inner, begin, begin + len(inner), speaker.iri, evidence)
