"""kg's facts on Re-DocRED dev (external text): precision against gold, recall over the gold
relations of kg's kinds, facts per document, and kg's unmatched facts for reading.

    python benchmarks/redocred.py [--limit N] [--unmatched unmatched.jsonl] [--out table.md]

Reads ../shared/corpora/redocred/dev.json (never copied into the project). The mapping of
kg's relations to Wikidata properties is in kg/evaluation/redocred.py and README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluation.redocred import evaluate_redocred, render_score  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "corpora" / "redocred" / "dev.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--unmatched", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    score = evaluate_redocred(args.gold, args.limit, args.model)
    table = render_score(score)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    if args.unmatched:
        lines = (json.dumps(row, ensure_ascii=False) + "\n" for row in score.unmatched)
        args.unmatched.write_text("".join(lines), encoding="utf-8")
    sys.stdout.write(table)


if __name__ == "__main__":
    main()
