"""The benchmark corpus builder (benchmarks/corpus.py): reproducible, distinct documents, built
from ../shared at run time. A missing ../shared is a failure, never a skip."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.corpus import (
    DEFAULT_SHARED,
    SharedMissing,
    build_documents,
    gum_text,
    read_sources,
    write_corpus,
)


@pytest.fixture(scope="module")
def shared() -> Path:
    seeds = DEFAULT_SHARED / "corpora" / "seeds"
    gum = DEFAULT_SHARED / "corpora" / "gum" / "dep"
    if not sorted(seeds.glob("*.txt")) or not sorted(gum.glob("GUM_news_*.conllu")):
        pytest.fail(
            f"benchmark sources not found under {DEFAULT_SHARED} (corpora/seeds/*.txt and "
            "corpora/gum/dep/GUM_news_*.conllu): CI must have ../shared beside the checkout"
        )
    return DEFAULT_SHARED


def test_same_seed_gives_same_bytes(shared: Path, tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a.jsonl", 60, seed=7, shared=shared).read_bytes()
    second = write_corpus(tmp_path / "b.jsonl", 60, seed=7, shared=shared).read_bytes()
    other = write_corpus(tmp_path / "c.jsonl", 60, seed=8, shared=shared).read_bytes()
    assert hashlib.sha256(first).digest() == hashlib.sha256(second).digest()
    assert first != other


def test_n_documents_with_distinct_texts(shared: Path, tmp_path: Path) -> None:
    path = write_corpus(tmp_path / "corpus.jsonl", 250, shared=shared)
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len(records) == 250
    assert len({record["text"] for record in records}) == 250
    assert all(record["text"].strip() for record in records)


def test_reads_every_source_from_shared_at_run_time(shared: Path) -> None:
    sources = read_sources(shared)
    seeds = sorted((shared / "corpora" / "seeds").glob("*.txt"))
    gum = sorted((shared / "corpora" / "gum" / "dep").glob("GUM_news_*.conllu"))
    assert [s.name for s in sources] == [p.name for p in seeds] + [p.stem for p in gum]
    # the seed texts come from the files (nothing copied into the repository)
    assert sources[0].text == seeds[0].read_text("utf-8")
    records = build_documents(40, shared=shared)
    picked = {name for r in records for name in r["url"].split("from=")[1].split("+")}
    assert picked & {p.name for p in seeds} and picked & {p.stem for p in gum}


def test_missing_shared_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SharedMissing, match="benchmark sources not found"):
        build_documents(3, shared=tmp_path / "no-shared")


def test_gum_text_rebuilds_paragraphs_from_conllu() -> None:
    conllu = "\n".join(
        [
            "# newdoc id = GUM_news_x",
            "# newpar",
            "# newpar_block = head (1 s)",
            "# text = A headline",
            "1\tA\ta\tDET\t_\t_\t2\tdet\t_\t_",
            "",
            "# newpar",
            "# text = First sentence.",
            "# text = Second sentence.",
        ]
    )
    assert gum_text(conllu) == "A headline\n\nFirst sentence. Second sentence.\n"
