"""A reproducible benchmark corpus: N news-style documents as JSONL, built at run time.

Sources (read from ../shared when the corpus is built, never copied into the repository):
the five seed articles (`corpora/seeds/*.txt`) and GUM's Wikinews documents
(`corpora/gum/dep/GUM_news_*.conllu`, text rebuilt from the `# text =` lines, a paragraph
break at each `# newpar`). Each document is 1-3 source texts picked with a fixed seed and
joined by blank lines, followed by a line "Item K." so that every document's text (and so its
content hash and IRI) is distinct. Same seed and N give the same bytes.

    python benchmarks/corpus.py 1000 corpus.jsonl [--seed 20200711]
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_SEED = 20200711
MAX_SOURCES = 3


class SharedMissing(FileNotFoundError):
    """The corpora under ../shared are not where they should be."""


@dataclass(frozen=True)
class Source:
    name: str
    text: str


def gum_text(conllu: str) -> str:
    """A GUM document's text: sentences of a paragraph joined by spaces, paragraphs by a blank
    line (each `# newpar` comment starts a paragraph)."""
    paragraphs: list[list[str]] = []
    for line in conllu.splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = ") :].strip())
    return "\n\n".join(" ".join(sentences) for sentences in paragraphs if sentences) + "\n"


def read_sources(shared: Path | None = None) -> list[Source]:
    """The seed articles and GUM news texts, in a fixed order (by file name)."""
    shared = Path(shared) if shared is not None else DEFAULT_SHARED
    seeds = sorted((shared / "corpora" / "seeds").glob("*.txt"))
    gum = sorted((shared / "corpora" / "gum" / "dep").glob("GUM_news_*.conllu"))
    if not seeds or not gum:
        raise SharedMissing(
            f"benchmark sources not found under {shared} (need corpora/seeds/*.txt and "
            "corpora/gum/dep/GUM_news_*.conllu): ../shared must sit beside the checkout"
        )
    sources = [Source(p.name, p.read_text("utf-8").replace("\r\n", "\n")) for p in seeds]
    sources += [Source(p.stem, gum_text(p.read_text("utf-8"))) for p in gum]
    return sources


def build_documents(
    n: int, seed: int = DEFAULT_SEED, shared: Path | None = None
) -> list[dict[str, str]]:
    """`n` JSONL records ({"text", "url"}), deterministic for a given seed."""
    if n < 1:
        raise ValueError("the corpus needs at least one document")
    sources = read_sources(shared)
    rng = random.Random(seed)
    records = []
    for item in range(1, n + 1):
        picked = rng.sample(sources, rng.randint(1, MAX_SOURCES))
        body = "\n\n".join(source.text.strip() for source in picked)
        url = f"https://bench.invalid/item/{item}?from=" + "+".join(s.name for s in picked)
        records.append({"text": f"{body}\n\nItem {item}.\n", "url": url})
    return records


def long_text(megabytes: float, seed: int = DEFAULT_SEED, shared: Path | None = None) -> str:
    """One long news text of about `megabytes` MB (UTF-8): the sources' paragraphs in a
    shuffled order (fixed seed), again and again, each numbered ("K. ") so that no two are
    the same. The same arguments give the same text."""
    paragraphs = [
        p.strip()
        for source in read_sources(shared)
        for p in source.text.split("\n\n")
        if len(p.split()) >= 8  # sentences, not headlines or bylines
    ]
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    number = 0
    while size < target:
        rng.shuffle(paragraphs)
        for paragraph in paragraphs:
            number += 1
            part = f"{number}. {paragraph}\n\n"
            parts.append(part)
            size += len(part.encode("utf-8"))
            if size >= target:
                break
    return "".join(parts)


def write_long_text(
    path: Path | str, megabytes: float, seed: int = DEFAULT_SEED, shared: Path | None = None
) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(long_text(megabytes, seed, shared), encoding="utf-8")
    return path


def write_corpus(
    path: Path | str, n: int, seed: int = DEFAULT_SEED, shared: Path | None = None
) -> Path:
    """Write the corpus to `path` as JSONL (one record per line, stable key order)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (
        json.dumps(r, ensure_ascii=False, sort_keys=True) for r in build_documents(n, seed, shared)
    )
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args()
    print(write_corpus(args.out, args.n, args.seed, args.shared))


if __name__ == "__main__":
    main()
