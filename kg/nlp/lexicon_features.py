"""Word-list features for the NER's encoder: is this capitalised word a given name, a surname,
a place name?

Most of the bundled NER's errors are unfamiliar one-word names: a first name it has never
seen, a town taken for a person ("Nafplio", "Busuanga"). Three lexeme flags let its
encoder read three word lists that hold such names (public domain and CC BY data, see
kg/training/gazetteers.py): GIVEN_NAME (kg/lexicon/given_names.txt), SURNAME
(surnames.txt) and PLACE_NAME (place_words.txt). A flag is set only on a word that starts
with a capital letter. The NER's `MultiHashEmbed` embeds them beside NORM, PREFIX, SUFFIX and
SHAPE (training/config-ner.cfg); the lists are features, not rules: the model learns how
much each one is worth in context.

spaCy computes lexeme flags with the vocabulary's `lex_attr_getters`, which are code, not
data: the pipeline's config names the callback `kg.lexicon_features.v1` (`[nlp]
after_creation`), registered here and through the `spacy_callbacks` entry point, so that
`spacy.load` installs the getters wherever kg is installed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.attrs import FLAG20, FLAG21, FLAG22
from spacy.language import Language
from spacy.util import registry
from spacy.vocab import Vocab

from kg.lexicon import words

GIVEN_NAME = FLAG20
SURNAME = FLAG21
PLACE_NAME = FLAG22
FLAG_LISTS = {GIVEN_NAME: "given_names.txt", SURNAME: "surnames.txt", PLACE_NAME: "place_words.txt"}


@cache
def _listed(flag: int) -> frozenset[str]:
    return words(FLAG_LISTS[flag])


def _getter(flag: int) -> Callable[[str], bool]:
    def in_list(text: str) -> bool:
        return text[:1].isupper() and text.lower() in _listed(flag)

    return in_list


def install(vocab: Vocab) -> None:
    """Set the flag getters on `vocab`, and the flags of the lexemes it already holds."""
    for flag in FLAG_LISTS:
        getter = _getter(flag)
        vocab.lex_attr_getters[flag] = getter
        for lexeme in vocab:
            lexeme.set_flag(flag, getter(lexeme.orth_))


@registry.callbacks("kg.lexicon_features.v1")
def make_installer() -> Callable[[Language], Language]:
    def after_creation(nlp: Language) -> Language:
        install(nlp.vocab)
        return nlp

    return after_creation
