"""kg's name mentions on GUM dev, against GUM dev's gold names, beside the pipeline's own.

    python benchmarks/ner_mentions.py [MODEL] [--shared ../shared]

Mention level: a prediction counts when its character span and its label (PERSON, ORG,
LOC) are exactly a gold name's. Gold names are GUM dev's person, organisation and place
names as the NER's training converter writes them (kg/training/gum_entities.py, the labels
of training/REPORT.md). Each GUM dev document is parsed as kg parses news (with its
sentence guard), one piece per chunk of up to 10 sentences (the chunks of the NER's
evaluation), so "one sense per discourse" (`propagate`) sees the whole document.

Rows:
- `doc.ents`: the pipeline's own entities (PERSON/ORG/LOC; GPE and FAC count as LOC);
- `mentions`: kg's mentions from them (kg.entities.mentions.mentions_from_doc: determiners,
  possessives and titles cut, non-names dropped), before any back-stop rule;
- `kg`: after all of build_document's back-stop rules (kg/extract.py), in its order;
- `kg without X`: the same with one back-stop left out.

Caveat: kg/lexicon/known_entities.tsv (`known_names`) was built from GUM train and dev
documents of the commercially usable genres, so on those dev documents it looks up names
from the gold itself. The `subsets` of the result split the counts into those documents and
the others (essay, fiction, letter, podcast, whow), where the table holds no dev names.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # kg.training is not in kg's wheel

from spacy.vocab import Vocab  # noqa: E402

import kg.entities.mentions as mention_steps  # noqa: E402
from kg.entities.mention import mentions_from_doc  # noqa: E402
from kg.entities.mentions import MENTION_STEPS  # noqa: E402
from kg.nlp.pipeline import Piece, load_pipeline, parse  # noqa: E402
from kg.training.conllu import read_conllu  # noqa: E402
from kg.training.corpora import (  # noqa: E402
    NON_COMMERCIAL_GUM_GENRES,
    chunk_by_document,
    gum_files,
    gum_genre,
    sentences_to_doc,
)
from kg.training.gum_entities import ner_spans  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
LABELS = ("PERSON", "ORG", "LOC")
_LABEL = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
_LABEL["FAC"] = "LOC"


# the mention steps after the NER's own mentions, in their declared order
# (kg.entities.mentions.MENTION_STEPS)
BACKSTOPS: dict[str, Callable] = {step.run.__name__: step for step in MENTION_STEPS}

Key = tuple[int, int, int, str]  # piece, start, end (chars in the piece), label


def gum_dev_documents(shared: Path) -> list[tuple[str, list[tuple[str, set[Key]]]]]:
    """[(document name, [(chunk text, gold names)])] for GUM dev."""
    documents = []
    vocab = Vocab()
    for path in gum_files(shared / "corpora" / "gum", "dev", commercial_only=False):
        chunks = []
        for chunk in chunk_by_document(read_conllu(path)):
            doc = sentences_to_doc(vocab, chunk, [ner_spans(s.words) for s in chunk])
            gold = {(0, e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
            chunks.append((doc.text, gold))
        documents.append((path.stem, chunks))
    return documents


def _mention_keys(mentions, pieces: list[Piece]) -> set[Key]:
    keys = set()
    for m in mentions:
        label = _LABEL.get(m.label)
        if label:
            offset = pieces[m.piece].offset
            keys.add((m.piece, m.start - offset, m.end - offset, label))
    return keys


def _score(counts: Counter) -> dict:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f": f}


def measure(model: str | None = None, shared: Path = DEFAULT_SHARED) -> dict:
    """{row: {"all": score, "by_label": {label: score}, "subsets": {subset: score}}} with
    rows "doc.ents", "mentions", "kg" and "kg without <back-stop>" for each back-stop; a
    score holds tp, fp, fn, p, r, f."""
    nlp = load_pipeline(model)
    rows = ["doc.ents", "mentions", "kg", *(f"kg without {name}" for name in BACKSTOPS)]
    totals = {row: Counter() for row in rows}
    by_label = {row: {label: Counter() for label in LABELS} for row in rows}
    subsets = {row: {"known-table genres": Counter(), "other genres": Counter()} for row in rows}
    for name, chunks in gum_dev_documents(shared):
        subset = (
            "other genres" if gum_genre(name) in NON_COMMERCIAL_GUM_GENRES else "known-table genres"
        )
        pieces, gold, offset = [], set(), 0
        for index, (text, names) in enumerate(chunks):
            pieces.append(Piece(0, offset, text))
            gold |= {(index, s, e, label) for _, s, e, label in names}
            offset += len(text) + 2
        parsed = list(parse(nlp, pieces))
        base = [
            m for i, (piece, doc) in enumerate(parsed) for m in mentions_from_doc(piece, doc, i)
        ]
        predicted = {
            "doc.ents": {
                (i, e.start_char, e.end_char, _LABEL[e.label_])
                for i, (_, doc) in enumerate(parsed)
                for e in doc.ents
                if e.label_ in _LABEL
            },
            "mentions": _mention_keys(base, pieces),
            "kg": _mention_keys(_run(parsed, base, None), pieces),
        }
        for skipped in BACKSTOPS:
            predicted[f"kg without {skipped}"] = _mention_keys(_run(parsed, base, skipped), pieces)
        for row, keys in predicted.items():
            for counter in (totals[row], subsets[row][subset]):
                _count(counter, keys, gold)
            for label in LABELS:
                _count(
                    by_label[row][label],
                    {k for k in keys if k[3] == label},
                    {k for k in gold if k[3] == label},
                )
    return {
        row: {
            "all": _score(totals[row]),
            "by_label": {label: _score(by_label[row][label]) for label in LABELS},
            "subsets": {name: _score(c) for name, c in subsets[row].items()},
        }
        for row in rows
    }


def _run(parsed, mentions, skipped: str | None):
    for name, rule in BACKSTOPS.items():
        if name != skipped:
            mentions = rule(parsed, mentions)
    return mentions


def _count(counter: Counter, predicted: set[Key], gold: set[Key]) -> None:
    counter["tp"] += len(predicted & gold)
    counter["fp"] += len(predicted - gold)
    counter["fn"] += len(gold - predicted)


def gold_without(gold_path: Path, model: str | None, skipped: str | None) -> dict:
    """kg's gold-set scores (kg.evaluation.evaluate) with one mention step left out (None:
    all on): {family: (tp, fp, fn)}. Swaps kg.entities.mentions.MENTION_STEPS in this
    process."""
    from kg.evaluation.evaluate import evaluate

    saved = mention_steps.MENTION_STEPS
    if skipped:
        kept = tuple(step for step in saved if step.run.__name__ != skipped)
        mention_steps.MENTION_STEPS = kept
    try:
        report = evaluate(gold_path, model)
    finally:
        mention_steps.MENTION_STEPS = saved
    return {
        family: (score.tp, score.fp, score.fn)
        for family, score in report.scores.items()
        if family in {"facts", "events", "quotes"}
    }


def render(results: dict) -> str:
    lines = [
        "| mentions | tp | fp | fn | P | R | F1 | PERSON F1 | ORG F1 | LOC F1 | F1, other genres |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row, score in results.items():
        a = score["all"]
        labels = " | ".join(f"{score['by_label'][label]['f']:.3f}" for label in LABELS)
        other = score["subsets"]["other genres"]["f"]
        lines.append(
            f"| {row} | {a['tp']} | {a['fp']} | {a['fn']} | {a['p']:.3f} | {a['r']:.3f} "
            f"| {a['f']:.3f} | {labels} | {other:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", nargs="?", default=None)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument(
        "--gold", type=Path, nargs="*", help="also kg's gold sets with each back-stop off"
    )
    args = parser.parse_args(argv)
    print(render(measure(args.model, args.shared)))
    for gold in args.gold or []:
        for skipped in (None, *BACKSTOPS):
            scores = gold_without(gold, args.model, skipped)
            cells = ", ".join(f"{f} {tp}/{fp}/{fn}" for f, (tp, fp, fn) in scores.items())
            print(f"{gold.name} without {skipped or 'nothing'}: {cells} (tp/fp/fn)")


if __name__ == "__main__":
    main()
