"""Regenerate (or check) the command outputs shown in README.md.

A generated block in README.md is a console block between two markers; the first marker holds
the command, run from the project root with bash:

    <!-- output: kg query bans --data seeds.trig --format csv -->
    ```console
    $ kg query bans --data seeds.trig --format csv
    ...real output...
    ```
    <!-- /output -->

Blocks run in order (the first one makes seeds.trig, removed at the end), with
SOURCE_DATE_EPOCH set so that the output is reproducible; lines are cut at 200 characters.
Timings ("in 2.1 s") vary between runs and are compared as "in N s".

    python scripts/readme_outputs.py            # rewrite README.md
    python scripts/readme_outputs.py --check    # exit 1 when README.md is out of date
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SOURCE_DATE_EPOCH = "1594425600"
WIDTH = 200
BLOCK = re.compile(
    r"<!-- output: (?P<command>.+?) -->\n```console\n.*?```\n<!-- /output -->", re.DOTALL
)
TIMING = re.compile(r"in \d+(\.\d+)? s\b")
MADE_FILES = ("seeds.trig",)


def run(command: str) -> str:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "COLUMNS": "100"}
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f"{command} 2>&1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 141):  # 141: `head` closed the pipe early
        raise SystemExit(f"readme_outputs: `{command}` failed:\n{done.stdout}{done.stderr}")
    lines = [line[:WIDTH] for line in done.stdout.splitlines()]
    return "\n".join(lines)


def rendered(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        command = match["command"]
        output = run(command)
        return (
            f"<!-- output: {command} -->\n```console\n$ {command}\n{output}\n```\n<!-- /output -->"
        )

    try:
        return BLOCK.sub(block, text)
    finally:
        for name in MADE_FILES:
            (ROOT / name).unlink(missing_ok=True)


def comparable(text: str) -> str:
    return TIMING.sub("in N s", text)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = rendered(current)
    if "--check" in argv:
        if comparable(fresh) != comparable(current):
            print("README.md is out of date: run python scripts/readme_outputs.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
