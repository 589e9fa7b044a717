"""Silver name labels for UD EWT train: the NER's own names, kept where the treebank agrees.

UD EWT train (12,544 sentences) has gold trees and tags but no name annotation, so the NER
learns from a third as many words as the parser. A trained NER (the teacher, such as the
bundled pipeline's: build's optional TEACHER, kg/training/build.py) labels those sentences,
and the new NER learns from the gold names plus these silver ones (self-training). Not in
the shipped recipe: training/REPORT.md, "Experiments not shipped". The teacher runs
without its parser, so its names are not cut at the parser's sentence boundaries.

The treebank checks the teacher: a name is kept only when its words are exactly a run of gold
proper nouns ("Victor Bout", "Bank of America"); a proper-noun run the teacher labelled
otherwise, or not at all, and a name over words that are not proper nouns, are left
unlabelled (missing, no loss), not taught as "not a name". Every other word is "O": the
treebank says it is not part of a proper name. Dates are left unlabelled too (they are not
proper nouns, so the treebank cannot check them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

SILVER_LABELS = ("PERSON", "ORG", "LOC")
NER_PIPES = ("tok2vec", "ner")
# function words that may stand inside a name between two proper nouns ("Bank of Tarsk",
# "Alexander the Great", "Johnson and Johnson"). A run is joined across any of them, so runs
# are long when in doubt ("Oslo on Monday" is one run): a name the teacher finds inside a
# longer run is left unlabelled, which costs silver names but never teaches a wrong one.
NAME_LINKS = frozenset({"ADP", "DET", "CCONJ", "PART"})


def proper_noun_runs(doc: Doc) -> set[tuple[int, int]]:
    """(start, end) token ranges of consecutive gold proper nouns, joined across one linking
    word between two proper nouns ("Bank of Tarsk")."""
    runs: set[tuple[int, int]] = set()
    start = 0
    while start < len(doc):
        if doc[start].pos_ != "PROPN":
            start += 1
            continue
        end = start + 1
        while end < len(doc):
            if doc[end].pos_ == "PROPN":
                end += 1
            elif _links(doc, end):
                end += 2
            else:
                break
        runs.add((start, end))
        start = end
    return runs


def _links(doc: Doc, index: int) -> bool:
    """Is doc[index] a function word (not a mark such as "&" or "'s") before a proper noun?"""
    return (
        doc[index].pos_ in NAME_LINKS
        and doc[index].text[:1].isalpha()
        and index + 1 < len(doc)
        and doc[index + 1].pos_ == "PROPN"
    )


def silver_tags(gold: Doc, predicted: Doc) -> list[str | None]:
    """IOB2 tags for `gold`'s words from the teacher's names in `predicted` (same words)."""
    runs = proper_noun_runs(gold)
    tags: list[str | None] = ["O"] * len(gold)
    confirmed = set()
    for ent in predicted.ents:
        span = (ent.start, ent.end)
        if ent.label_ in SILVER_LABELS and span in runs:
            tags[ent.start : ent.end] = [f"I-{ent.label_}"] * len(ent)
            tags[ent.start] = f"B-{ent.label_}"
            confirmed.add(span)
        else:
            tags[ent.start : ent.end] = [None] * len(ent)
    for start, end in runs - confirmed:
        tags[start:end] = [None] * (end - start)
    return tags


def silver_docs(teacher: Language, treebank: Iterable[Doc]) -> Iterator[Doc]:
    """The treebank's Docs that have gold tags but no names, with silver names."""
    for gold in treebank:
        if gold.has_annotation("ENT_IOB") or not gold.has_annotation("POS"):
            continue
        words = [token.text for token in gold]
        spaces = [bool(token.whitespace_) for token in gold]
        predicted = teacher(Doc(teacher.vocab, words=words, spaces=spaces))
        tags = silver_tags(gold, predicted)
        yield Doc(teacher.vocab, words=words, spaces=spaces, ents=tags)


def write_silver(teacher_path: Path, treebank: Path, gold_names: Path, output: Path) -> int:
    """Write `gold_names` plus silver-labelled `treebank` Docs to `output`; returns the
    number of silver Docs."""
    import spacy

    from kg.nlp.pipeline import fast_ops

    with fast_ops():
        teacher = spacy.load(teacher_path)
        docs = DocBin(store_user_data=False).from_disk(gold_names)
        treebank_docs = DocBin().from_disk(treebank).get_docs(teacher.vocab)
        # the NER alone: its names are not cut at a parser's sentence boundaries
        with teacher.select_pipes(enable=[n for n in NER_PIPES if n in teacher.pipe_names]):
            silver = list(silver_docs(teacher, treebank_docs))
    for doc in silver:
        docs.add(doc)
    docs.to_disk(output)
    return len(silver)
