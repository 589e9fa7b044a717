"""Every document of two corpora through kg, each with a time limit: hangs, exceptions,
violations (benchmarks/robustness.py checks each document as the fuzz tests do).

- Re-DocRED dev (`corpora/redocred/dev.json`, 500 Wikipedia lead paragraphs): the text is the
  sentences' tokens re-joined with single spaces (the corpus keeps no spacing), one
  paragraph;
- GUM (`corpora/gum/dep/*.conllu`, every genre): text rebuilt as benchmarks/corpus.py does.

Both are read from ../shared at run time. Writes a Markdown summary (counts, then each failing
document with its messages) to --out and stdout, and one JSON line per document to --jsonl.

    python benchmarks/corpora_run.py --out corpora.md [--limit 60] [--corpus redocred]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import DEFAULT_SHARED, gum_text
from benchmarks.robustness import GuardedWorker, Outcome

CORPORA = ("redocred", "gum")


def redocred_text(document: dict) -> str:
    """A Re-DocRED document's text: tokens joined by spaces, sentences by a space."""
    return " ".join(" ".join(tokens) for tokens in document["sents"]) + "\n"


def read_corpus(name: str, shared: Path = DEFAULT_SHARED) -> Iterator[tuple[str, str]]:
    """(name, text) of each document, in the corpus's order."""
    if name == "redocred":
        path = shared / "corpora" / "redocred" / "dev.json"
        documents = json.loads(path.read_text("utf-8"))
        for index, document in enumerate(documents):
            yield f"redocred/dev.json#{index} ({document['title']})", redocred_text(document)
    elif name == "gum":
        for path in sorted((shared / "corpora" / "gum" / "dep").glob("*.conllu")):
            yield f"gum/{path.stem}", gum_text(path.read_text("utf-8"))
    else:
        raise ValueError(f"unknown corpus {name!r}")


def report(counts: dict[str, dict[str, int]], failures: list[Outcome], note: str) -> str:
    lines = [
        "| corpus | documents | slow | hangs | exceptions | with violations | violations "
        "| with file violations | offset mismatches | seconds |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for corpus, c in counts.items():
        lines.append(
            f"| {corpus} | {c['documents']} | {c['slow']} | {c['hangs']} | {c['exceptions']} "
            f"| {c['documents_with_violations']} | {c['violations']} "
            f"| {c['documents_with_file_violations']} | {c['offset_mismatches']} "
            f"| {c['seconds']} |"
        )
    if note:
        lines += ["", note]
    if failures:
        lines += ["", "Failing documents:", ""]
        for outcome in failures:
            lines.append(f"- `{outcome.source}`")
            lines += [f"  - {problem}" for problem in dict.fromkeys(outcome.problems())]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=CORPORA, action="append")
    parser.add_argument("--limit", type=int, default=0, help="documents per corpus (0: all)")
    parser.add_argument("--start", type=int, default=0, help="skip this many per corpus")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per document")
    parser.add_argument("--grace", type=float, default=0.0, help="more seconds before a kill")
    parser.add_argument("--format", default="nquads", choices=("trig", "nquads", "turtle", "nt"))
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--jsonl", type=Path, help="one line per document")
    parser.add_argument("--note", default="", help="a line for the report (e.g. local patches)")
    args = parser.parse_args()
    counts: dict[str, dict[str, int]] = {}
    failures: list[Outcome] = []
    log = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    with GuardedWorker(args.timeout, args.grace) as worker:
        for corpus in args.corpus or CORPORA:
            c = counts[corpus] = dict.fromkeys(
                ("documents", "slow", "hangs", "exceptions", "documents_with_violations")
                + ("violations",)
                + ("documents_with_file_violations", "offset_mismatches", "seconds"),
                0,
            )
            started = time.perf_counter()
            documents = list(read_corpus(corpus, args.shared))[args.start :]
            for name, text in documents[: args.limit or None]:
                clock = time.perf_counter()
                outcome = worker.check(text, args.format, name)
                c["documents"] += 1
                c["slow"] += bool(outcome.slow)
                c["hangs"] += outcome.timeout
                c["exceptions"] += bool(outcome.exception)
                c["documents_with_violations"] += bool(outcome.violations)
                c["violations"] += len(outcome.violations)
                c["documents_with_file_violations"] += bool(outcome.file_violations)
                c["offset_mismatches"] += len(outcome.offset_mismatches)
                if not outcome.ok:
                    failures.append(outcome)
                    print(f"FAIL {name}: {outcome.problems()[:3]}", file=sys.stderr, flush=True)
                if log:
                    row = {"source": name, "seconds": round(time.perf_counter() - clock, 2)}
                    row.update(problems=outcome.problems(), rejected=outcome.rejected)
                    log.write(json.dumps(row, ensure_ascii=False) + "\n")
                    log.flush()
            c["seconds"] = round(time.perf_counter() - started)
    if log:
        log.close()
    text = report(counts, failures, args.note)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
