"""Benchmark for "Speed and scale": kg's throughput and memory against its targets.

    python benchmarks/run.py --sizes 100,1000,10000 --out BENCHMARKS.md [--model PATH]
    python benchmarks/run.py --quick          # N=100 only, for development

For each N a corpus is built (benchmarks/corpus.py, fixed seed), then every measurement runs in
a fresh process (benchmarks/steps.py) so that each has its own peak RSS: nlp.pipe alone over the
pieces kg parses, kg extract to N-Quads and Turtle with one process and to N-Quads with two
workers (outputs asserted byte-identical, SOURCE_DATE_EPOCH set), per-document validation,
load into the embedded store, push to an Oxigraph server started here on a free loopback port,
and each stored query through kg.stores.query against pyoxigraph directly. The report
(benchmarks/report.py) gives a table per N and the targets with PASS/FAIL.

The pipeline: --model, else KG_MODEL, else kg's bundled pipeline. The pipeline folder and kg's
code (kg/, shapes/, queries/, ontology/) are copied to the work directory first and every step
runs those copies, so a checkpoint rewritten or a file edited during a long run cannot mix
versions (and make the 1- vs 2-worker comparison fail for the wrong reason).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import DEFAULT_SEED, write_corpus, write_long_text  # noqa: E402
from benchmarks.report import render_report  # noqa: E402

STEPS_SCRIPT = Path(__file__).with_name("steps.py")
SOURCE_DATE_EPOCH = "1594425600"  # 2020-07-11: the run's timestamps, for byte-identical output
SERVER_WAIT_SECONDS = 60.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="kg speed and scale benchmark")
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--quick", action="store_true", help="N=100 only (development)")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw results")
    parser.add_argument("--model", default=None, help="pipeline (default: KG_MODEL, then bundled)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--validate-limit", type=int, default=1000, help="documents validated")
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs of nlp.pipe and extract at full sizes"
    )
    parser.add_argument("--query-repeats", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=6 * 3600, help="seconds per step")
    parser.add_argument("--query-timeout", type=float, default=1800, help="seconds per query")
    parser.add_argument("--mem-limit-gb", type=float, default=None, help="address space per step")
    parser.add_argument("--workdir", type=Path, default=None, help="kept when given")
    parser.add_argument("--profile", action="store_true", help="cProfile pipe and extract (1 proc)")
    parser.add_argument("--startup", action="store_true", help="also time kg's start-up")
    parser.add_argument(
        "--long-mb",
        default="",
        help="also extract one long text of each of these sizes in MB (e.g. 0.3,1,3), "
        "validation on",
    )
    parser.add_argument("--only-extras", action="store_true", help="skip the N-document runs")
    parser.add_argument(
        "--full-up-to",
        type=int,
        default=1000,
        help="larger sizes skip nlp.pipe and the 1-process runs (hours on 2 cores): they run "
        "extract --workers 2, validate, load, push and the queries",
    )
    args = parser.parse_args(argv)
    args.sizes = [100] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    args.long_mb = [float(s) for s in args.long_mb.split(",") if s.strip()]
    if args.only_extras:
        args.sizes = []
    if (not args.sizes and not args.only_extras) or min(args.sizes, default=1) < 1:
        parser.error("--sizes needs positive integers")
    return args


def _memory_limit(gigabytes: float | None) -> int | None:
    if gigabytes == 0:
        return None
    if gigabytes is None:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        return int(total * 0.8)
    return int(gigabytes * 2**30)


class Steps:
    """Runs benchmarks/steps.py in fresh processes; a failed step is recorded, not raised."""

    def __init__(
        self, src: Path, workdir: Path, env: dict[str, str], timeout: float, memory: int | None
    ):
        self.script = src / "benchmarks" / STEPS_SCRIPT.name
        self.workdir, self.env, self.timeout, self.memory = workdir, env, timeout, memory
        self.count = 0

    def _limit(self) -> None:
        if self.memory:
            resource.setrlimit(resource.RLIMIT_AS, (self.memory, self.memory))

    def run(
        self, step: str, params: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]:
        timeout = timeout or self.timeout
        try:
            return self._run(step, params, timeout)
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {timeout:.0f} s"}

    def _run(self, step: str, params: dict[str, Any], timeout: float) -> dict[str, Any]:
        self.count += 1
        result_path = self.workdir / f"result-{self.count:03d}-{step}.json"
        command = [sys.executable, str(self.script), step, json.dumps(params), str(result_path)]
        label = f"{step} {json.dumps({k: v for k, v in params.items() if k != 'model'})}"
        print(f"[bench] {label}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            env=self.env,
            cwd=self.script.parents[1],
            preexec_fn=self._limit,
            start_new_session=True,  # its own process group: the workers go with it
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _out, stderr = process.communicate(timeout=timeout)
        except BaseException:  # timeout or Ctrl-C: stop the step and its workers
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            if process.stderr:
                process.stderr.close()
            raise
        wall = time.perf_counter() - started
        if process.returncode != 0 or not result_path.exists():
            tail = stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            return {"error": f"exit {process.returncode}: " + " | ".join(tail)}
        result = json.loads(result_path.read_text("utf-8"))
        result["wall_seconds"] = wall
        print(f"[bench]   {result['seconds']:.2f} s", file=sys.stderr, flush=True)
        return result


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 and a free port, in its own directory; always stopped."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.process: subprocess.Popen | None = None
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> OxigraphServer:
        import socket

        binary = shutil.which("oxigraph")
        if binary is None:
            raise SystemExit("the `oxigraph` server is not installed (pip install oxigraph)")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        bind = f"127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [binary, "serve", "--location", str(self.location), "--bind", bind],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + SERVER_WAIT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"oxigraph serve exited with {self.process.returncode}")
            if self._answers():
                return self
            time.sleep(0.1)
        self.stop()
        raise SystemExit(f"oxigraph serve did not answer at {self.base} in {SERVER_WAIT_SECONDS} s")

    def _answers(self) -> bool:
        data = urllib.parse.urlencode({"query": "ASK {}"}).encode("ascii")
        try:
            with urllib.request.urlopen(f"{self.base}/query", data=data, timeout=2.0):
                return True
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def peak_rss_mb(self) -> float | None:
        """VmHWM of the server process (its peak resident set)."""
        if self.process is None:
            return None
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return None
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
        return None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.process = None

    def __exit__(self, *exc: object) -> None:
        self.stop()


def bench_size(n: int, args: argparse.Namespace, steps: Steps, workdir: Path) -> dict[str, Any]:
    """Every measurement for a corpus of `n` documents."""
    here = workdir / f"n{n}"
    here.mkdir(parents=True, exist_ok=True)
    corpus = str(write_corpus(here / "corpus.jsonl", n, args.seed))
    model = args.model
    r: dict[str, Any] = {"n": n, "corpus_bytes": Path(corpus).stat().st_size}
    runs = {  # format, workers, validation (kg's default is on)
        "nq1": ("nquads", 1, False),
        "nq1v": ("nquads", 1, True),
        "ttl1": ("turtle", 1, False),
        "nq2": ("nquads", 2, False),
    }
    full = n <= args.full_up_to
    if not full:
        runs = {"nq2": runs["nq2"]}
    timed: dict[str, list[dict[str, Any]]] = {}
    r["repeats"] = args.repeats if full else 1
    for _round in range(r["repeats"]):  # taken alternately: the fastest of each counts
        if full:
            timed.setdefault("pipe", []).append(
                steps.run("pipe", {"corpus": corpus, "model": model})
            )
        for key, (fmt, workers, validate) in runs.items():
            out = str(here / f"out-{key}.{'nq' if fmt == 'nquads' else 'ttl'}")
            params = {"corpus": corpus, "model": model, "format": fmt, "workers": workers}
            params["validate"] = validate
            result = steps.run("extract", {**params, "out": out})
            timed.setdefault(key, []).append({**result, "path": out})
    for key, results in timed.items():
        r[key] = min(results, key=lambda result: result.get("seconds", float("inf")))
    if args.profile and n == min(args.sizes):  # extra runs: cProfile slows what it measures
        out = str(here / "out-profiled.nq")
        params = {"corpus": corpus, "model": model, "format": "nquads", "workers": 1, "out": out}
        steps.run("pipe", {"corpus": corpus, "model": model, "profile": str(here / "pipe.prof")})
        steps.run("extract", {**params, "profile": str(here / "extract.prof")})
    nq1 = Path(r["nq1"]["path"]) if "nq1" in r else None
    nq2 = Path(r["nq2"]["path"])
    both = nq1 is not None and nq1.exists() and nq2.exists()  # None: not compared
    r["identical"] = nq1.read_bytes() == nq2.read_bytes() if both else None
    output = nq1 if nq1 is not None else nq2
    if not output.exists():
        return r
    nquads = str(output)
    r["validate"] = steps.run("validate", {"nquads": nquads, "limit": args.validate_limit})
    store = str(here / "store")
    r["load"] = steps.run("load", {"nquads": nquads, "store": store})
    with OxigraphServer(here / "server") as server:
        r["push"] = steps.run("push", {"nquads": nquads, "server": server.base})
        r["push"]["server_rss_mb"] = server.peak_rss_mb()
    if "error" not in r["load"]:
        r["queries"] = run_queries(steps, store, args)
    return r


def bench_extras(args: argparse.Namespace, steps: Steps, workdir: Path) -> dict[str, Any]:
    """Start-up times, and one long document per size (time per word and peak RSS)."""
    extras: dict[str, Any] = {}
    if args.startup:
        extras["startup"] = steps.run("startup", {"repeats": 7})
    for megabytes in args.long_mb:
        path = write_long_text(workdir / f"long-{megabytes}MB.txt", megabytes, args.seed)
        out = str(workdir / f"long-{megabytes}MB.nq")
        params = {"corpus": str(path), "model": args.model, "out": out}
        extras.setdefault("long", []).append({"mb": megabytes, **steps.run("long", params)})
    return extras


def run_queries(steps: Steps, store: str, args: argparse.Namespace) -> dict[str, Any]:
    """Each stored query in its own process and time limit: a slow one loses only itself."""
    names = sorted(path.stem for path in (steps.script.parents[1] / "queries").glob("*.rq"))
    merged: dict[str, Any] = {"seconds": 0.0, "queries": {}, "rss_mb": 0.0}
    for name in names:
        params = {"store": store, "repeats": args.query_repeats, "names": [name]}
        result = steps.run("queries", params, timeout=args.query_timeout)
        if "error" in result:
            merged["queries"][name] = {"error": result["error"]}
            continue
        merged["queries"].update(result["queries"])
        merged["seconds"] += result["seconds"]
        merged["rss_mb"] = max(merged["rss_mb"], result["rss_mb"])
    return merged


def machine_info(model: str | None) -> dict[str, Any]:
    import platform

    import pyoxigraph
    import pyshacl
    import rdflib
    import spacy

    from kg import __version__
    from kg.nlp.pipeline import resolve_model_name

    server = subprocess.run(["oxigraph", "--version"], capture_output=True, text=True, timeout=30)
    return {
        "nproc": os.cpu_count(),
        "affinity": len(os.sched_getaffinity(0)),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "rdflib": rdflib.__version__,
        "pyshacl": pyshacl.__version__,
        "pyoxigraph": pyoxigraph.__version__,
        "oxigraph_server": server.stdout.strip(),
        "kg": __version__,
        "model": resolve_model_name(model),
        "loadavg_start": os.getloadavg(),
    }


def snapshot_model(model: str, workdir: Path) -> str:
    """A pipeline folder is copied first, so every step uses the same weights even if the
    folder is rewritten during the run (a training saving checkpoints there)."""
    if not Path(model).is_dir():
        return model  # an installed package
    copy = workdir / "pipeline"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(model, copy)
    return str(copy)


SNAPSHOT_FOLDERS = ("kg", "shapes", "queries", "ontology")


def snapshot_code(workdir: Path) -> Path:
    """kg's code and data folders, and steps.py, copied first: every step then runs the same
    code even if the work tree is edited during a long run."""
    src = workdir / "src"
    shutil.rmtree(src, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "pipeline", "training")
    for name in SNAPSHOT_FOLDERS:
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    (src / "benchmarks").mkdir()
    shutil.copy2(STEPS_SCRIPT, src / "benchmarks" / STEPS_SCRIPT.name)
    return src


def git_state() -> str:
    """The commit, and whether kg's files differ from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", *SNAPSHOT_FOLDERS],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return f"{head or 'unknown'}{' with uncommitted changes' if dirty else ''}"


def command_line(args: argparse.Namespace) -> str:
    prefix = ""
    if "--model" not in sys.argv and os.environ.get("KG_MODEL"):
        prefix = f"KG_MODEL={shlex.quote(os.environ['KG_MODEL'])} "
    return prefix + "python benchmarks/run.py " + shlex.join(sys.argv[1:])


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    info = machine_info(args.model)
    if not Path(info["model"]).exists():
        import spacy

        if not spacy.util.is_package(info["model"]):
            raise SystemExit(f"pipeline not found: {info['model']} (use --model or KG_MODEL)")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    args.model = snapshot_model(info["model"], workdir)
    src = snapshot_code(workdir)
    info["git"] = git_state()
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "PYTHONPATH": str(src)}
    env["KG_MODEL"] = args.model
    steps = Steps(src, workdir, env, args.timeout, _memory_limit(args.mem_limit_gb))
    started = time.time()
    try:
        extras = bench_extras(args, steps, workdir)
        results = [bench_size(n, args, steps, workdir) for n in args.sizes]
    finally:
        if args.workdir is None and not args.profile:
            shutil.rmtree(workdir, ignore_errors=True)
        elif args.workdir is None:
            shutil.rmtree(workdir / "pipeline", ignore_errors=True)
            shutil.rmtree(workdir / "src", ignore_errors=True)
    info["loadavg_end"] = os.getloadavg()
    info["minutes"] = round((time.time() - started) / 60, 1)
    report = render_report(results, info, command_line(args), extras)
    args.out.write_text(report, encoding="utf-8")
    if args.json:
        everything = {"machine": info, "results": results, "extras": extras}
        args.json.write_text(json.dumps(everything, indent=1))
    if args.profile:
        print(f"[bench] profiles kept in {workdir}", file=sys.stderr)
    print(f"[bench] wrote {args.out}", file=sys.stderr)
    status = 0
    if any(r.get("identical") is False for r in results):
        print("[bench] FAIL: 1-worker and 2-worker outputs differ", file=sys.stderr)
        status = 1
    failed = [k for r in results for k, v in r.items() if isinstance(v, dict) and "error" in v]
    if failed:
        print(f"[bench] FAIL: steps failed: {', '.join(failed)}", file=sys.stderr)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
