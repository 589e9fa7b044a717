"""The parts of BENCHMARKS.md for issue 21 (validation's cost, start-up, long documents)."""

from __future__ import annotations

from typing import Any

Result = dict[str, Any]

VALIDATION_TARGETS = (
    ("extract with validation (the default) ÷ extract --no-validate, words/s", ">=", 0.9),
    ("extract with validation words/s ÷ nlp.pipe words/s (N-Quads, 1 process)", ">=", 0.9),
)
STARTUP_LIMIT_MS = 300
LONG_TIME_PER_WORD_RATIO = 1.5
LONG_RSS_LIMIT_MB = 1024


def _ok(step: Result | None) -> bool:
    return bool(step) and "error" not in step


def _verdict(value: float | None, op: str, threshold: float) -> str:
    if value is None:
        return "not measured"
    return "PASS" if (value >= threshold if op == ">=" else value <= threshold) else "FAIL"


def validation_ratios(r: Result) -> list[float | None]:
    """(no-validate seconds ÷ validate seconds, pipe seconds ÷ validate seconds): the same
    words, so the ratios of words/s."""
    validated = r.get("nq1v")
    if not _ok(validated):
        return [None, None]
    plain = r["nq1"]["seconds"] / validated["seconds"] if _ok(r.get("nq1")) else None
    pipe = r["pipe"]["seconds"] / validated["seconds"] if _ok(r.get("pipe")) else None
    return [plain, pipe]


def validation_rows(r: Result) -> list[str]:
    lines = []
    for (name, op, threshold), value in zip(VALIDATION_TARGETS, validation_ratios(r), strict=True):
        shown = "n/a" if value is None else f"{value:.2f}"
        verdict = _verdict(value, op, threshold)
        lines.append(f"| {name} | {r['n']:,} | {shown} | {op} {threshold} | {verdict} |")
    return lines


def _long_per_word(runs: list[Result]) -> float | None:
    rates = [run["seconds"] / run["words"] for run in runs if _ok(run)]
    if len(rates) < 2 or len(rates) != len(runs):
        return None
    return max(rates) / min(rates)


def extras_targets(extras: dict[str, Any]) -> list[str]:
    lines = []
    startup = extras.get("startup")
    if _ok(startup):
        helped = startup["commands"]["kg --help"] * 1000
        verdict = _verdict(helped, "<=", STARTUP_LIMIT_MS)
        base = startup["commands"]["python -c pass"] * 1000
        lines.append(
            f"| kg --help wall ms (python -c pass: {base:.0f} ms) | - | {helped:.0f} "
            f"({helped / base:.1f}× pass) | <= {STARTUP_LIMIT_MS} | {verdict} |"
        )
    runs = extras.get("long") or []
    if runs:
        ratio = _long_per_word(runs)
        shown = "n/a" if ratio is None else f"{ratio:.2f}"
        sizes = ", ".join(f"{run['mb']:g}" for run in runs)
        lines.append(
            f"| long document: seconds per word, slowest ÷ fastest size | {sizes} MB | {shown} "
            f"| <= {LONG_TIME_PER_WORD_RATIO} | "
            f"{_verdict(ratio, '<=', LONG_TIME_PER_WORD_RATIO)} |"
        )
        largest = max(runs, key=lambda run: run["mb"])
        rss = largest.get("rss_mb") if _ok(largest) else None
        lines.append(
            f"| long document: peak RSS MB | {largest['mb']:g} MB | "
            f"{'n/a' if rss is None else f'{rss:,.0f}'} | < {LONG_RSS_LIMIT_MB} | "
            f"{_verdict(rss, '<=', LONG_RSS_LIMIT_MB - 1)} |"
        )
    return lines


def extras_sections(extras: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    startup = extras.get("startup")
    if startup:
        lines += ["### Start-up", ""]
        if not _ok(startup):
            lines += [f"ERROR: {startup['error']}", ""]
        else:
            base = startup["commands"]["python -c pass"]
            lines += ["| command | wall ms (best of 7) | ÷ python -c pass |", "|---|---:|---:|"]
            for label, seconds in startup["commands"].items():
                lines.append(f"| `{label}` | {seconds * 1000:.0f} | {seconds / base:.1f} |")
            lines.append("")
    runs = extras.get("long") or []
    if runs:
        lines += [
            "### One long document (validation on, one process)",
            "",
            "| size | words | seconds | ms per 1,000 words | triples | peak RSS MB |",
            "|---:|---:|---:|---:|---:|---:|",
        ]
        for run in runs:
            if not _ok(run):
                lines.append(f"| {run['mb']:g} MB | - | ERROR: {run.get('error')} | - | - | - |")
                continue
            per = run["seconds"] / run["words"] * 1e6
            lines.append(
                f"| {run['mb']:g} MB | {run['words']:,} | {run['seconds']:.1f} | {per:.0f} | "
                f"{run['triples']:,} | {run['rss_mb']:,.0f} |"
            )
        lines.append("")
    return lines
