"""Convert the corpora to `.spacy` files and train the pipeline with training/config.cfg.

    python -m kg.training.build ../shared/corpora training/output

Writes OUT/corpus/{train,dev,ewt-dev,gum-dev}.spacy and trains into OUT/model-best and
OUT/model-last (spaCy's checkpoints). The seed is fixed in the config, so a rerun on the
same corpora reproduces the pipeline.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from spacy.tokens import DocBin
from spacy.vocab import Vocab

from kg.training.corpora import ewt_docs, gum_docs, gum_files, read_iob2, uner_docs

CONFIG = Path(__file__).resolve().parents[2] / "training" / "config.cfg"


def convert(corpora: Path, out_dir: Path) -> dict[str, int]:
    """Write the training and evaluation DocBins; returns the number of docs in each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    ewt = corpora / "ud-english-ewt"
    gum = corpora / "gum"
    uner = corpora / "uner-english-ewt"
    uner_dev = read_iob2(uner / "en_ewt-ud-dev.iob2")
    parts = {
        "train": itertools.chain(
            ewt_docs(vocab, ewt / "en_ewt-ud-train.conllu", None),
            gum_docs(vocab, gum_files(gum, "train", commercial_only=True)),
            uner_docs(vocab, uner / "en_ewt-ud-test.iob2"),
        ),
        "ewt-dev": ewt_docs(vocab, ewt / "en_ewt-ud-dev.conllu", uner_dev),
        "gum-dev": gum_docs(vocab, gum_files(gum, "dev", commercial_only=False)),
    }
    counts = {}
    dev = DocBin(store_user_data=False)
    for name, docs in parts.items():
        docbin = DocBin(store_user_data=False)
        for doc in docs:
            docbin.add(doc)
            if name != "train":
                dev.add(doc)
        docbin.to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(docbin)
    dev.to_disk(out_dir / "dev.spacy")
    counts["dev"] = len(dev)
    return counts


def train(corpus_dir: Path, output: Path, config: Path = CONFIG) -> None:
    from spacy.cli.train import train as spacy_train

    spacy_train(
        config,
        output,
        overrides={
            "paths.train": str(corpus_dir / "train.spacy"),
            "paths.dev": str(corpus_dir / "dev.spacy"),
        },
    )


def main(argv: list[str]) -> None:
    corpora, output = Path(argv[0]), Path(argv[1])
    counts = convert(corpora, output / "corpus")
    print("converted:", counts, flush=True)
    train(output / "corpus", output)


if __name__ == "__main__":
    main(sys.argv[1:])
