"""Name swapping: more NER training examples from the same sentences.

The NER learns from about 180,000 words of name annotation, so it sees most names only once
or twice and learns them by heart rather than from their context ("said", "in", "the ...
University"). Swapping a name for another of the same label (Dai and Adel, 2020, "mention
replacement") keeps the context and changes the words, so the model has to read the
context. A swapped sentence is added beside the original, never instead of it.

Replacements come from the names of the same label in the training data itself and, for
people and places, from kg's word lists (given names + surnames, one-word place names): a
one-word name is swapped for a one-word name, so "Stone said" stays a sentence. A name
repeated in one example gets the same replacement each time.

Used as `[corpora.train.augmenter] @augmenters = "kg.name_swap.v1"` in
training/config-ner.cfg.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry
from spacy.vocab import Vocab

from kg.lexicon import rows

SWAPPED_LABELS = ("PERSON", "ORG", "LOC")
# a name's words, each with whether a space follows it inside the name
Name = tuple[tuple[str, bool], ...]


def _name(words: list[str] | tuple[str, ...]) -> Name:
    return tuple((word, True) for word in words)


def training_names(path: Path) -> dict[str, list[Name]]:
    """The distinct names of each label in a DocBin, as word tuples, in first-seen order."""
    names: dict[str, dict[Name, None]] = defaultdict(dict)
    for doc in DocBin().from_disk(path).get_docs(Vocab()):
        for ent in doc.ents:
            if ent.label_ in SWAPPED_LABELS:
                names[ent.label_][_words(ent)] = None
    return {label: list(found) for label, found in names.items()}


def _listed(name: str) -> list[str]:
    """A word list's entries as written (case kept)."""
    return [row[0] for row in rows(name)]


def listed_names() -> dict[str, list[Name]]:
    """Names made from the word lists: 'Given Surname' people and one-word places. A word in
    both a person list and the place list is left out of both: 1,081 Census surnames are
    also place words (Berlin, Paris, Washington), and a swap must not teach that a place
    name is a person."""
    all_given, all_surnames = _listed("given_names.txt"), _listed("surnames.txt")
    all_places = _listed("place_words.txt")
    places, people = set(all_places), set(all_given) | set(all_surnames)
    given = [name for name in all_given if name not in places]
    surnames = [name for name in all_surnames if name not in places]
    # each surname once, after a given name drawn at random (the lists are alphabetical)
    firsts = random.Random(0).choices(given, k=len(surnames))
    return {
        "PERSON": [_name(pair) for pair in zip(firsts, surnames, strict=True)]
        + [_name([last]) for last in surnames],
        "LOC": [_name([place]) for place in all_places if place not in people],
    }


def _words(span) -> Name:
    """The words of `span`; the space after its last word belongs to the sentence."""
    words = [(token.text, bool(token.whitespace_)) for token in span]
    words[-1] = (words[-1][0], True)
    return tuple(words)


class NameSwapper:
    """Picks replacements; `pools[label][one_word]` holds the candidate names."""

    def __init__(self, *sources: dict[str, list[Name]]) -> None:
        self.pools: dict[str, dict[bool, list[Name]]] = {}
        for label in SWAPPED_LABELS:
            names = [name for source in sources for name in source.get(label, [])]
            self.pools[label] = {
                True: [name for name in names if len(name) == 1],
                False: [name for name in names if len(name) > 1],
            }

    def replacement(self, label: str, name: Name, rng: random.Random) -> Name:
        pool = self.pools.get(label, {}).get(len(name) == 1) or []
        return rng.choice(pool) if pool else name

    def swap(self, doc: Doc, rng: random.Random) -> tuple[list[str], list[bool], list[str | None]]:
        """The words, spaces and IOB2 tags of `doc` with every name swapped (None: a word
        whose tag is missing)."""
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str | None] = []
        chosen: dict[tuple[str, Name], Name] = {}
        position = 0
        for ent in doc.ents:
            _keep(doc[position : ent.start], words, spaces, tags)
            name = _words(ent)
            if ent.label_ in SWAPPED_LABELS:
                key = (ent.label_, name)
                if key not in chosen:
                    chosen[key] = self.replacement(ent.label_, name, rng)
                name = chosen[key]
            for index, (word, space) in enumerate(name):
                words.append(word)
                spaces.append(space)
                tags.append(("B-" if index == 0 else "I-") + ent.label_)
            spaces[-1] = bool(ent[-1].whitespace_)
            position = ent.end
        _keep(doc[position:], words, spaces, tags)
        return words, spaces, tags


def _keep(span, words: list[str], spaces: list[bool], tags: list[str | None]) -> None:
    """Copy the words outside names, with their tag: "O", or None where it is missing."""
    for token in span:
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
        tags.append("O" if token.ent_iob_ == "O" else None)


@registry.augmenters("kg.name_swap.v1")
def make_name_swap(
    train_path: str, level: float, seed: int
) -> Callable[[Language, Example], Iterator[Example]]:
    """Yield each example, then on average `level` copies of it with its names swapped
    (0.5: a copy for half of the examples; 2: two copies of each)."""
    swapper = NameSwapper(training_names(Path(train_path)), listed_names())
    rng = random.Random(seed)

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        reference = example.reference
        if not reference.ents:
            return
        copies = int(level) + (rng.random() < level - int(level))
        for _ in range(copies):
            words, spaces, tags = swapper.swap(reference, rng)
            swapped = Doc(nlp.vocab, words=words, spaces=spaces, ents=tags)
            yield Example(nlp.make_doc(swapped.text), swapped)

    return augment
