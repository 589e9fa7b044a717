"""BENCHMARKS.md from the results of benchmarks/run.py: a table per N, targets with PASS/FAIL."""

from __future__ import annotations

from typing import Any

from benchmarks.report_extras import extras_sections, extras_targets, validation_rows

Result = dict[str, Any]

TARGETS = (
    ("extract --no-validate words/s ÷ nlp.pipe words/s (N-Quads, 1 process)", ">=", 0.9),
    ("2 workers ÷ 1 process throughput (N-Quads)", ">=", 1.6),
    ("peak RSS of extract --workers 2 (largest process) at the largest N ÷ at N=1,000", "<=", 1.5),
    ("push triples/s (Oxigraph server)", ">=", 20_000),
    ("kg.stores.query time ÷ pyoxigraph time, worst stored query", "<=", 1.2),
)


def _ok(step: Result | None) -> bool:
    return bool(step) and "error" not in step


def _rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("nan")


def _num(value: float | None, digits: int = 0) -> str:
    if value is None or value != value:  # None or NaN
        return "n/a"
    return f"{value:,.{digits}f}"


def extract_ratio(r: Result) -> float | None:
    if not (_ok(r.get("pipe")) and _ok(r.get("nq1"))):
        return None
    return r["pipe"]["seconds"] / r["nq1"]["seconds"]  # same words: the rate ratio


def workers_ratio(r: Result) -> float | None:
    if not (_ok(r.get("nq1")) and _ok(r.get("nq2"))):
        return None
    return r["nq1"]["seconds"] / r["nq2"]["seconds"]


def query_ratios(r: Result) -> dict[str, float]:
    if not _ok(r.get("queries")):
        return {}
    return {
        name: q["kg_seconds"] / q["direct_seconds"]
        for name, q in r["queries"]["queries"].items()
        if "error" not in q
    }


def rss_ratio(results: list[Result]) -> tuple[float | None, str]:
    by_n = {r["n"]: r for r in results if _ok(r.get("nq2"))}
    largest = max(by_n, default=None)
    if 1000 not in by_n or largest is None or largest <= 1000:
        return None, "needs N=1,000 and a larger N"
    ratio = peak_rss(by_n[largest]["nq2"]) / peak_rss(by_n[1000]["nq2"])
    return ratio, f"N={largest:,}"


def peak_rss(step: Result) -> float:
    """The largest process of a run: the main process or one worker."""
    return max(step["rss_mb"], step.get("children_rss_mb") or 0)


def _verdict(value: float | None, op: str, threshold: float) -> str:
    if value is None:
        return "not measured"
    passed = value >= threshold if op == ">=" else value <= threshold
    return "PASS" if passed else "FAIL"


def targets_table(results: list[Result], extras: dict[str, Any] | None = None) -> list[str]:
    lines = ["| target | N | measured | threshold | verdict |", "|---|---:|---:|---:|---|"]
    for r in results:
        n = f"{r['n']:,}"
        push = r.get("push")
        push_rate = _rate(push["triples"], push["seconds"]) if _ok(push) else None
        ratios = query_ratios(r)
        worst = max(ratios.values()) if ratios else None
        worst_name = max(ratios, key=ratios.get) if ratios else ""
        values = [
            (TARGETS[0], extract_ratio(r), 2, ""),
            (TARGETS[1], workers_ratio(r), 2, ""),
            (TARGETS[3], push_rate, 0, ""),
            (TARGETS[4], worst, 2, f" ({worst_name})" if worst_name else ""),
        ]
        for (name, op, threshold), value, digits, note in values:
            verdict = _verdict(value, op, threshold)
            lines.append(
                f"| {name} | {n} | {_num(value, digits)}{note} | {op} {threshold:,} | {verdict} |"
            )
        lines += validation_rows(r)
    name, op, threshold = TARGETS[2]
    ratio, where = rss_ratio(results)
    lines.append(
        f"| {name} | {where} | {_num(ratio, 2)} | {op} {threshold} | "
        f"{_verdict(ratio, op, threshold)} |"
    )
    return lines + extras_targets(extras or {})


def _row(label: str, step: Result | None, rate: str, extra: str = "") -> str:
    if not step:
        return f"| {label} | - | not run | - | - |"
    if "error" in step:
        return f"| {label} | - | ERROR: {step['error']} | - | - |"
    children = step.get("children_rss_mb") or 0
    return (
        f"| {label} | {step['seconds']:.2f} | {rate}{extra} | {step['rss_mb']:,.0f} | "
        f"{children:,.0f} |"
    )


def size_section(r: Result) -> list[str]:
    pipe = r.get("pipe") or {}
    words = pipe.get("words")
    n = r["n"]
    lines = [f"### N = {n:,}", ""]
    if _ok(pipe):
        lines.append(
            f"{n:,} documents ({r['corpus_bytes'] / 1e6:.1f} MB JSONL); kg parses "
            f"{pipe['pieces']:,} paragraph pieces, {words:,} words ({pipe['tokens']:,} tokens); "
            f"pipeline load {pipe['load_seconds']:.1f} s (not timed)."
        )
        lines.append("")
    lines += [
        "| step | seconds | throughput | peak RSS MB | children peak RSS MB |",
        "|---|---:|---|---:|---:|",
    ]

    def words_rate(step: Result | None) -> str:
        if not _ok(step):
            return ""
        docs = _rate(n, step["seconds"])
        if not words:  # nlp.pipe not run at this size: no word count
            return f"{_num(docs, 1)} docs/s"
        return f"{_num(_rate(words, step['seconds']))} words/s, {_num(docs, 1)} docs/s"

    lines.append(_row("nlp.pipe alone (kg's pieces, batch 64)", pipe, words_rate(pipe)))
    for key, label in (
        ("nq1", "kg extract → N-Quads, 1 process, --no-validate"),
        ("nq1v", "kg extract → N-Quads, 1 process, validation on (the default)"),
        ("ttl1", "kg extract → Turtle, 1 process"),
        ("nq2", "kg extract → N-Quads, --workers 2"),
    ):
        step = r.get(key)
        extra = f", {step['triples']:,} triples" if _ok(step) else ""
        lines.append(_row(label, step, words_rate(step), extra))
    validate = r.get("validate")
    if _ok(validate):
        rate = f"{_rate(validate['documents'], validate['seconds']):,.1f} docs/s"
        extra = f" ({validate['documents']:,} documents, {validate['results']} results)"
        lines.append(_row("validate (kg.rdf.validate per document graph)", validate, rate, extra))
    else:
        lines.append(_row("validate (kg.rdf.validate per document graph)", validate, ""))
    for key, label in (("load", "load into embedded store"), ("push", "push to Oxigraph server")):
        step = r.get(key)
        rate = f"{_num(_rate(step['triples'], step['seconds']))} triples/s" if _ok(step) else ""
        extra = ""
        if key == "push" and _ok(step) and step.get("server_rss_mb"):
            extra = f" (server peak RSS {step['server_rss_mb']:,.0f} MB)"
        lines.append(_row(label, step, rate, extra))
    lines.append(_row("stored queries, all (via kg.stores.query)", r.get("queries"), ""))
    identical = {True: "yes", False: "**NO**"}.get(r.get("identical"), "not compared")
    lines += ["", f"1-worker and 2-worker N-Quads byte-identical: {identical}.", ""]
    if _ok(r.get("queries")):
        lines += [
            "| query | rows | kg.stores.query ms | pyoxigraph ms | ratio |",
            "|---|---:|---:|---:|---:|",
        ]
        for name, q in r["queries"]["queries"].items():
            if "error" in q:
                lines.append(f"| {name} | - | ERROR: {q['error']} | - | - |")
                continue
            ratio = q["kg_seconds"] / q["direct_seconds"]
            lines.append(
                f"| {name} | {q['rows']:,} | {q['kg_seconds'] * 1000:.1f} | "
                f"{q['direct_seconds'] * 1000:.1f} | {ratio:.2f} |"
            )
        lines.append("")
    return lines


def render_report(
    results: list[Result], info: dict[str, Any], command: str, extras: dict[str, Any] | None = None
) -> str:
    load = " / ".join(f"{x:.2f}" for x in info["loadavg_start"])
    load_end = " / ".join(f"{x:.2f}" for x in info["loadavg_end"])
    lines = [
        "# Benchmarks",
        "",
        "Produced by `benchmarks/run.py` (issue “Speed and scale”); all numbers from one run.",
        "",
        "```",
        command,
        "```",
        "",
        "## Machine",
        "",
        f"- CPUs: {info['nproc']} (usable: {info['affinity']}); {info['platform']}",
        f"- load average at start {load}, at end {load_end} (1/5/15 min); "
        f"run took {info['minutes']} min",
        f"- Python {info['python']}, spaCy {info['spacy']}, rdflib {info['rdflib']}, "
        f"pySHACL {info['pyshacl']}, pyoxigraph {info['pyoxigraph']}, "
        f"{info['oxigraph_server']}, kg {info['kg']} (git {info.get('git', 'unknown')})",
        f"- pipeline: `{info['model']}` ({_pipeline(results)})",
        *_busy_warning(info),
        "",
        "## Targets",
        "",
        *targets_table(results, extras),
        "",
        "## Method",
        "",
        "- Corpus: `benchmarks/corpus.py` (fixed seed): each document is 1-3 texts from the "
        "five seed articles and GUM's 22 Wikinews documents, read from ../shared at run time, "
        'plus a line "Item K." so every text is distinct; JSONL.',
        "- Each row runs in a fresh process; peak RSS from `getrusage` (largest process: the "
        "main process, and the largest child, i.e. an extract worker). Pipeline load, corpus "
        "reading for nlp.pipe, and RDF parsing for validation are outside the timed region.",
        "- words/s counts the whitespace words of the paragraph pieces kg parses "
        "(`kg.ingest.clean.clean` + `kg.nlp.pipeline.pieces_for`), the same for nlp.pipe and "
        "extract; nlp.pipe "
        "runs one stream over all pieces with kg's batch size (64).",
        "- Extract: `kg.write.write_extraction`, SOURCE_DATE_EPOCH set; `--no-validate` except "
        "the row with validation on (kg's default). "
        "nlp.pipe and the four extractions run `--repeats` times, taken alternately, and "
        "the fastest run of each counts (the machine is noisy: about 5% from run to run).",
        "- Both sides build the pipeline as kg does (`kg.nlp.pipeline.load_pipeline`: "
        "numpy's BLAS, "
        "one thread per process).",
        "- Validate: `kg.rdf.validate.validate_graph` on each document graph of the N-Quads output "
        "plus its entities' type and label (as `kg extract` validates), capped by "
        "`--validate-limit` documents.",
        "- Load: `kg.stores.store.load_files`; push: `kg.stores.push.push_files` (batches of "
        "500) to "
        "`oxigraph serve` on 127.0.0.1; both on the 1-process N-Quads output.",
        "- Queries: `kg.stores.query.run_query(name, store=DIR)` vs "
        "`pyoxigraph.Store.read_only(DIR)"
        ".query(text, use_default_graph_as_union=True)` with every row materialised; both open "
        "the store per call; best of the repeats (`--query-repeats`), taken alternately.",
        "",
        "- Start-up (`--startup`): each command in a fresh interpreter (`sys.executable`), "
        "best of 7, commands taken in turn; the small file is `ontology/kg.ttl`.",
        "- Long documents (`--long-mb`): `benchmarks/corpus.py long_text`, the sources' "
        'paragraphs shuffled (fixed seed) and repeated, each numbered ("K. "); one .txt '
        "extracted to N-Quads with kg's defaults (validation on), peak RSS of the process.",
        "",
        "## Results",
        "",
        *extras_sections(extras or {}),
    ]
    for r in results:
        lines += size_section(r)
    return "\n".join(lines).rstrip() + "\n"


def _pipeline(results: list[Result]) -> str:
    for r in results:
        pipe = r.get("pipe")
        if _ok(pipe):
            return f"{pipe['pipeline']}; components: {', '.join(pipe['components'])}"
    return "identity not measured"


def _busy_warning(info: dict[str, Any]) -> list[str]:
    """Other work on the machine skews every timing (the 2-worker ratio most). The load at
    the end includes the run's own last steps, so only the load at the start counts."""
    busiest = info["loadavg_start"][0]
    if busiest < 0.5 * info["affinity"]:
        return []
    return [
        f"- **warning: the machine was busy (1-min load average {busiest:.2f} at the start, on "
        f"{info['affinity']} CPUs): these timings are not representative; rerun on an idle "
        "machine.**"
    ]
