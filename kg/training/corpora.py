"""Turn the open corpora into spaCy training Docs.

- UD English EWT: words, XPOS (`tag_`), UPOS (`pos_`), morphology, lemmas, dependency trees,
  sentence boundaries. Its dev sentences also carry UNER's NER labels when given.
- GUM: the same UD layers plus named-entity spans (see `gum_entities`). Genres whose texts
  are licensed non-commercially are left out of the training set (not of evaluation).
- UNER: NER labels (PER, ORG, LOC) over EWT sentences; tokens only, no parse.

Docs group up to `SENTENCES_PER_DOC` consecutive sentences of one source document, so the
parser learns sentence boundaries from running text. A layer a corpus lacks is left unset,
which spaCy treats as missing (no loss) rather than as negative.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.training.conllu import Sentence, read_conllu
from kg.training.gum_entities import _DATE_WORDS, _YEAR, ner_spans

SENTENCES_PER_DOC = 10
NON_COMMERCIAL_GUM_GENRES = ("essay", "fiction", "letter", "podcast", "whow")
UNER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def gum_genre(doc_name: str) -> str:
    """'GUM_news_iodine' -> 'news'."""
    parts = doc_name.split("_")
    return parts[1] if len(parts) > 2 else ""


def gum_files(gum_dir: Path, split: str, commercial_only: bool) -> list[Path]:
    names = (gum_dir / f"{split}.txt").read_text(encoding="utf-8").split()
    if commercial_only:
        names = [name for name in names if gum_genre(name) not in NON_COMMERCIAL_GUM_GENRES]
    return [gum_dir / "dep" / f"{name}.conllu" for name in names]


def read_iob2(path: Path) -> dict[str, list[tuple[str, str]]]:
    """sent_id -> [(token, IOB2 tag)] from a UNER file."""
    sentences: dict[str, list[tuple[str, str]]] = {}
    sent_id = ""
    tokens: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            line = raw.rstrip("\n")
            if line.startswith("# sent_id ="):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if tokens:
                    sentences[sent_id] = tokens
                tokens = []
            else:
                cols = line.split("\t")
                tokens.append((cols[1], cols[2]))
    if tokens:
        sentences[sent_id] = tokens
    return sentences


def iob2_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """[(start, end, label)] from IOB2 tags, labels mapped to kg's."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and start >= 0 and tag[2:] == label
        if not inside:
            if start >= 0 and label in UNER_LABELS:
                spans.append((start, index, UNER_LABELS[label]))
            start, label = (index, tag[2:]) if tag[:2] in {"B-", "I-"} else (-1, "")
    return spans


def chunk_by_document(sentences: Iterable[Sentence]) -> Iterator[list[Sentence]]:
    chunk: list[Sentence] = []
    for sentence in sentences:
        if chunk and (sentence.doc_id != chunk[0].doc_id or len(chunk) >= SENTENCES_PER_DOC):
            yield chunk
            chunk = []
        chunk.append(sentence)
    if chunk:
        yield chunk


def sentences_to_doc(
    vocab: Vocab,
    sentences: list[Sentence],
    entities: list[list[tuple[int, int, str]] | None] | None,
) -> Doc:
    """One Doc from parsed sentences; `entities` per sentence, or None for 'not annotated'
    (for the whole Doc, or for one sentence: its words' NER is left missing). A span with an
    empty label marks its words' NER as missing."""
    words, spaces, tags, pos, morphs, lemmas, heads, deps = ([] for _ in range(8))
    doc_spans: list[tuple[int, int, str]] = []
    missing: list[tuple[int, int]] = []
    for number, sentence in enumerate(sentences):
        offset = len(words)
        for index, word in enumerate(sentence.words):
            words.append(word.form)
            spaces.append(word.space_after)
            tags.append(word.xpos if word.xpos != "_" else "")
            pos.append(word.upos)
            morphs.append("" if word.feats == "_" else word.feats)
            lemmas.append(word.lemma)
            heads.append(offset + (word.head - 1 if word.head else index))
            deps.append("ROOT" if word.head == 0 else word.deprel)
        if entities is not None and entities[number] is None:
            missing.append((offset, len(words)))
        elif entities is not None:
            for s, e, label in entities[number]:
                if label:
                    doc_spans.append((offset + s, offset + e, label))
                else:
                    missing.append((offset + s, offset + e))
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
    )
    if entities is not None:
        doc.set_ents(
            [Span(doc, start, end, label=label) for start, end, label in doc_spans],
            missing=[Span(doc, start, end) for start, end in missing],
            default="outside",
        )
    return doc


def gum_docs(vocab: Vocab, files: Iterable[Path]) -> Iterator[Doc]:
    for path in files:
        for chunk in chunk_by_document(read_conllu(path)):
            yield sentences_to_doc(vocab, chunk, [ner_spans(s.words) for s in chunk])


def ewt_docs(
    vocab: Vocab,
    path: Path,
    uner: dict[str, list[tuple[str, str]]] | None,
    unmatched: list[tuple[str, str]] | None = None,
) -> Iterator[Doc]:
    """EWT Docs; NER from UNER, joined sentence by sentence on `sent_id`.

    A sentence whose sent_id UNER lacks, or whose UNER tokens differ from the treebank's
    words, has its NER left missing (no loss), not "O"; the other sentences of its chunk keep
    their labels. `unmatched`, if given, collects (sent_id, reason) for those sentences."""
    for chunk in chunk_by_document(read_conllu(path)):
        entities = join_uner(chunk, uner, unmatched) if uner is not None else None
        yield sentences_to_doc(vocab, chunk, entities)


def join_uner(
    chunk: list[Sentence],
    uner: dict[str, list[tuple[str, str]]],
    unmatched: list[tuple[str, str]] | None = None,
) -> list[list[tuple[int, int, str]] | None] | None:
    """UNER's spans per sentence of `chunk` (None for a sentence that does not match), or
    None when no sentence of the chunk matches."""
    entities: list[list[tuple[int, int, str]] | None] = []
    for sentence in chunk:
        labelled = uner.get(sentence.sent_id)
        reason = ""
        if labelled is None:
            reason = "no UNER sentence with this sent_id"
        elif [t for t, _ in labelled] != [w.form for w in sentence.words]:
            reason = "UNER's tokens differ from the treebank's words"
        if reason:
            entities.append(None)
            if unmatched is not None:
                unmatched.append((sentence.sent_id, reason))
        else:
            spans = iob2_spans([tag for _, tag in labelled])
            entities.append(spans + undated_words([t for t, _ in labelled], spans))
    return entities if any(spans is not None for spans in entities) else None


_DATE_WINDOW = 2


def undated_words(
    words: list[str], names: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """UNER labels names only, not dates; GUM's names come with dates (DATE). So that UNER's
    "O" does not teach the NER that dates are not dates, the words around a possible date (a
    capitalised month or weekday name, a year 1500-2099; two words either side) outside
    UNER's names are left missing: spans with an empty label."""
    in_name = {i for start, end, _ in names for i in range(start, end)}
    masked: set[int] = set()
    for index, word in enumerate(words):
        if index in in_name:
            continue
        if _YEAR.match(word) or (word[:1].isupper() and _DATE_WORDS.match(word)):
            window = range(max(index - _DATE_WINDOW, 0), min(index + _DATE_WINDOW + 1, len(words)))
            masked.update(i for i in window if i not in in_name)
    spans: list[tuple[int, int, str]] = []
    for index in sorted(masked):
        if spans and spans[-1][1] == index:
            spans[-1] = (spans[-1][0], index + 1, "")
        else:
            spans.append((index, index + 1, ""))
    return spans


def uner_docs(vocab: Vocab, path: Path) -> Iterator[Doc]:
    """NER-only Docs (no parse, no tags) from a UNER IOB2 file, one per sentence, spaced as
    the sentence's `# text` line where the tokens align with it."""
    texts = _iob2_texts(path)
    for sent_id, labelled in read_iob2(path).items():
        words = [token for token, _ in labelled]
        doc = Doc(vocab, words=words, spaces=token_spaces(words, texts.get(sent_id, "")))
        doc.ents = [
            Span(doc, start, end, label=label)
            for start, end, label in iob2_spans([tag for _, tag in labelled])
        ]
        yield doc


def _iob2_texts(path: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    sent_id = ""
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            if raw.startswith("# sent_id ="):
                sent_id = raw.split("=", 1)[1].strip()
            elif raw.startswith("# text ="):
                texts[sent_id] = raw.split("=", 1)[1].strip()
    return texts


def token_spaces(words: list[str], text: str) -> list[bool]:
    """Whether a space follows each word in `text`; a space after every word when the words
    do not spell the text."""
    spaces, position = [], 0
    for word in words:
        found = text.find(word, position)
        if found < 0 or text[position:found].strip():
            return [True] * len(words)
        position = found + len(word)
        spaces.append(position < len(text) and text[position].isspace())
    return spaces
