"""Measure a trained pipeline and write training/REPORT.md.

    python -m kg.training.report PIPELINE_DIR CORPUS_DIR training/REPORT.md

- NER on GUM dev names: per-label precision/recall/F1 and the micro F1 over PERSON, ORG and
  LOC (the target); DATE reported apart. The same on UNER English EWT test (held out from
  training by `convert` since session 10; UNER has no DATE), when the corpus has
  uner-test.spacy.
- Parser on UD EWT dev: UAS/LAS; tagger: UPOS and XPOS accuracy; lemma accuracy.
- Speed: words per second of the full pipeline in one process (nlp.pipe over the EWT dev
  texts, best of three runs), loaded as kg loads it (kg.nlp.pipeline.load_pipeline: numpy's BLAS,
  one thread), and size on disk.

All of it measures the pipeline as shipped: without the sentence guard kg puts before the
parser when it reads news (kg/nlp/sentence_guard.py).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

from kg.nlp.pipeline import load_pipeline

TARGET_LABELS = ("PERSON", "ORG", "LOC")


def examples(nlp, path: Path) -> list[Example]:
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    predicted = nlp.pipe([doc.text for doc in docs], batch_size=64)
    return [Example(pred, gold) for pred, gold in zip(predicted, docs, strict=True)]


def ner_scores(nlp, gum_dev: Path) -> dict:
    scored = examples(nlp, gum_dev)
    per_type = Scorer.score_spans(scored, "ents")["ents_per_type"]
    tp = fp = fn = 0
    for example in scored:
        gold = _spans(example.reference)
        pred = _spans(example.predicted)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    micro = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"per_type": per_type, "micro": (precision, recall, micro)}


def _spans(doc) -> set[tuple[int, int, str]]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in TARGET_LABELS}


def parse_scores(nlp, ewt_dev: Path) -> dict:
    scorer = Scorer(nlp)
    return scorer.score(examples(nlp, ewt_dev))


def words_per_second(nlp, ewt_dev: Path) -> float:
    texts = [doc.text for doc in DocBin().from_disk(ewt_dev).get_docs(nlp.vocab)]
    words = sum(len(text.split()) for text in texts)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        best = min(best, time.perf_counter() - start)
    return words / best


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1_000_000


def ner_table(ner: dict, labels: tuple[str, ...] = (*TARGET_LABELS, "DATE")) -> str:
    p, r, f = ner["micro"]
    lines = [
        "| label | precision | recall | F1 |",
        "|---|---|---|---|",
    ]
    for label in labels:
        row = ner["per_type"].get(label)
        if row:
            lines.append(f"| {label} | {row['p']:.3f} | {row['r']:.3f} | {row['f']:.3f} |")
    lines.append(f"| **micro PERSON+ORG+LOC** | {p:.3f} | {r:.3f} | **{f:.3f}** |")
    return "\n".join(lines)


def render(pipeline: Path, ner: dict, parse: dict, speed: float) -> tuple[str, dict]:
    return ner_table(ner), {
        "uas": parse["dep_uas"],
        "las": parse["dep_las"],
        "upos": parse["pos_acc"],
        "xpos": parse["tag_acc"],
        "lemma": parse["lemma_acc"],
        "sents_f": parse["sents_f"],
        "speed": speed,
        "size": size_mb(pipeline),
    }


def main(argv: list[str]) -> None:
    pipeline, corpus, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    nlp = load_pipeline(str(pipeline), sentence_guard=False)
    ner = ner_scores(nlp, corpus / "gum-dev.spacy")
    parse = parse_scores(nlp, corpus / "ewt-dev.spacy")
    speed = words_per_second(nlp, corpus / "ewt-dev.spacy")
    table, figures = render(pipeline, ner, parse, speed)
    uner_test = []
    if (corpus / "uner-test.spacy").exists():
        uner_test = [
            "",
            "NER on UNER English EWT test (2,077 sentences; pipelines up to 0.3.1 trained on it):",
            "",
            ner_table(ner_scores(nlp, corpus / "uner-test.spacy"), TARGET_LABELS),
        ]
    template = out.read_text(encoding="utf-8") if out.exists() else ""
    measured = "\n".join(
        [
            "<!-- measured: begin (written by python -m kg.training.report) -->",
            f"Pipeline: `{nlp.meta['lang']}_{nlp.meta['name']}` {nlp.meta['version']}, "
            f"components {', '.join(nlp.pipe_names)}.",
            "",
            "NER on GUM dev (all 30 documents, names only):",
            "",
            table,
            *uner_test,
            "",
            "| measure (UD EWT dev) | value | target |",
            "|---|---|---|",
            f"| UAS | {figures['uas']:.3f} | >= 0.85 |",
            f"| LAS | {figures['las']:.3f} | |",
            f"| UPOS accuracy | {figures['upos']:.3f} | >= 0.93 |",
            f"| XPOS accuracy | {figures['xpos']:.3f} | |",
            f"| lemma accuracy | {figures['lemma']:.3f} | |",
            f"| sentence F1 | {figures['sents_f']:.3f} | |",
            f"| words/s, full pipeline, one process | {figures['speed']:,.0f} | >= 5,000 |",
            f"| size on disk | {figures['size']:.1f} MB | <= 40 MB, 45 with word vectors |",
            "<!-- measured: end -->",
        ]
    )
    if "<!-- measured: begin" in template:
        head = template.split("<!-- measured: begin")[0]
        tail = template.split("<!-- measured: end -->", 1)[1]
        out.write_text(head + measured + tail, encoding="utf-8")
    else:
        out.write_text(template + "\n" + measured + "\n", encoding="utf-8")
    print(measured)


if __name__ == "__main__":
    main(sys.argv[1:])
