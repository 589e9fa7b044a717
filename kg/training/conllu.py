"""Read CoNLL-U files into plain sentence records.

Multi-word tokens ("don't" = "do" + "n't") are kept as their syntactic words, which is
what spaCy's tokenizer produces for English; the range line only supplies `SpaceAfter`.
Empty nodes (ids with a dot) carry no surface text and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based index of the head word in the sentence, 0 for the root
    deprel: str
    misc: dict[str, str]
    space_after: bool = True


@dataclass
class Sentence:
    sent_id: str
    doc_id: str
    words: list[Word] = field(default_factory=list)
    new_par: bool = False


def _parse_misc(misc: str) -> dict[str, str]:
    if misc == "_":
        return {}
    pairs = {}
    for item in misc.split("|"):
        key, _, value = item.partition("=")
        pairs[key] = value
    return pairs


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of one CoNLL-U file, with the document id they belong to."""
    doc_id = path.stem
    sentence: Sentence | None = None
    no_space_until = 0
    new_par = False
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc id ="):
                doc_id = line.split("=", 1)[1].strip()
            elif line.startswith("# newpar"):
                new_par = True
            elif line.startswith("# sent_id ="):
                sentence = Sentence(line.split("=", 1)[1].strip(), doc_id, new_par=new_par)
                new_par = False
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if sentence is not None and sentence.words:
                    yield sentence
                sentence = None
                no_space_until = 0
            else:
                if sentence is None:
                    sentence = Sentence(f"{doc_id}-{id(line)}", doc_id)
                no_space_until = _add_word(sentence, line.split("\t"), no_space_until)
    if sentence is not None and sentence.words:
        yield sentence


def _add_word(sentence: Sentence, cols: list[str], no_space_until: int) -> int:
    """Add one CoNLL-U row to the sentence; returns the end of a pending multi-word range."""
    token_id = cols[0]
    if "." in token_id:
        return no_space_until
    misc = _parse_misc(cols[9])
    if "-" in token_id:
        start, end = (int(part) for part in token_id.split("-"))
        return end if misc.get("SpaceAfter") == "No" else -end
    index = int(token_id)
    word = Word(
        form=cols[1],
        lemma=cols[2],
        upos=cols[3],
        xpos=cols[4],
        feats=cols[5],
        head=int(cols[6]) if cols[6].isdigit() else 0,
        deprel=cols[7],
        misc=misc,
    )
    inside_range = abs(no_space_until) >= index
    if inside_range:
        # inside a multi-word token: no space between its parts; after the last part the
        # range line's SpaceAfter decides.
        word.space_after = index == abs(no_space_until) and no_space_until < 0
    else:
        word.space_after = misc.get("SpaceAfter") != "No"
    sentence.words.append(word)
    return no_space_until
