"""Issue 19, the extraction side: no input stalls a run or destroys the output a user keeps,
and every message is one line in the user's terms. Texts written for the tests."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF, RDFS
from typer.testing import CliRunner

from kg.cli.main import app
from kg.vocab import KG, NIF, SCHEMA

SHARED = Path(__file__).resolve().parents[2] / "shared"
STORY = (
    "Keld Freight opens a depot\n\n"
    "Keld Freight, a logistics company based in Aarhus, opened a depot on Monday.\n\n"
    "Sara Holm, the chief executive of Keld Freight, said the depot would hire 40 people.\n"
)
SLOW_WORD = "Slowbrook"  # a document holding it is made to stall in the tests below


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _stall_on_slow_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the mention steps loop forever on a document holding SLOW_WORD (as a parse
    that never reaches its root once did)."""
    import kg.extraction

    real = kg.extraction.find_mentions

    def find_mentions(parsed):
        if any(SLOW_WORD in piece.text for piece, _doc in parsed):
            while True:
                time.sleep(0.01)
        return real(parsed)

    monkeypatch.setattr(kg.extraction, "find_mentions", find_mentions)


def _three_documents(folder: Path, word: str) -> None:
    """a.txt and c.txt extract as usual; b.txt holds `word`."""
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_text(f"{word} Mills said it would close.\n")
    (folder / "c.txt").write_text("Ilse Varga, the mayor of Tolna, said no.\n")


# -- a time budget per document -------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_a_stalled_document_is_stopped_and_the_run_goes_on(runner, tmp_path, monkeypatch, workers):
    _stall_on_slow_word(monkeypatch)
    _three_documents(tmp_path / "in", SLOW_WORD)
    out = tmp_path / "out.nq"
    args = ["extract", str(tmp_path / "in"), "-o", str(out), "--doc-timeout", "8"]
    started = time.monotonic()
    result = runner.invoke(app, [*args, "--workers", str(workers)])
    assert time.monotonic() - started < 60
    assert result.exit_code == 2, result.stderr
    [line] = [line for line in result.stderr.splitlines() if "error:" in line]
    assert "b.txt" in line and "budget" in line and "--doc-timeout" in line
    assert "2 documents" in result.stderr
    dataset = Dataset(default_union=True).parse(out, format="nquads")
    sources = {str(s) for s in dataset.objects(None, NIF.isString)}
    assert sources == {STORY, "Ilse Varga, the mayor of Tolna, said no.\n"}


DEADLY_WORD = "Killwater"  # a document holding it kills the process extracting it


def _die_on_deadly_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the process extracting a document with DEADLY_WORD die at once, as one killed
    for its memory or crashed in native code does (forked workers inherit the patch)."""
    import kg.extraction

    real = kg.extraction.find_mentions

    def find_mentions(parsed):
        if any(DEADLY_WORD in piece.text for piece, _doc in parsed):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(parsed)

    monkeypatch.setattr(kg.extraction, "find_mentions", find_mentions)


def test_a_dead_worker_costs_its_document_not_the_run(runner, tmp_path, monkeypatch):
    _die_on_deadly_word(monkeypatch)
    _three_documents(tmp_path / "in", DEADLY_WORD)
    out = tmp_path / "out.nq"
    started = time.monotonic()
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-w", "2"])
    assert time.monotonic() - started < 120
    assert result.exit_code == 2, result.stderr
    [line] = [line for line in result.stderr.splitlines() if "error:" in line]
    assert "b.txt" in line and "worker process" in line and "died" in line
    dataset = Dataset(default_union=True).parse(out, format="nquads")
    sources = {str(s) for s in dataset.objects(None, NIF.isString)}
    assert sources == {STORY, "Ilse Varga, the mayor of Tolna, said no.\n"}


def test_after_a_dead_worker_the_batches_in_flight_come_back_in_order(tmp_path, monkeypatch):
    """One document per batch, so that several batches are in flight when a worker dies:
    each other document still gets its graph, in input order."""
    import kg.extraction
    from kg.errors import InputError
    from kg.extraction import ExtractOptions, extract_stream

    _die_on_deadly_word(monkeypatch)
    monkeypatch.setattr(kg.extraction, "BATCH_DOCUMENTS", 1)
    texts = [f"Ilse Varga, the mayor of Tolna {n}, said no.\n" for n in range(6)]
    texts[2] = f"{DEADLY_WORD} Mills said it would close.\n"
    for number, text in enumerate(texts):
        (tmp_path / f"{number}.txt").write_text(text, encoding="utf-8")
    paths = [str(tmp_path / f"{number}.txt") for number in range(6)]
    results = list(extract_stream(paths, ExtractOptions(workers=2)))
    failed = [isinstance(result, InputError) for result in results]
    assert failed == [False, False, True, False, False, False]
    assert str(results[2]).startswith(paths[2]) and "died" in str(results[2])
    done = [result for result in results if not isinstance(result, InputError)]
    assert [result.source for result in done] == paths[:2] + paths[3:]
    assert all(result.entities for result in done)


def test_the_budget_grows_with_the_text():
    from kg.budget import document_budget

    assert document_budget(60, 1_000) == 60
    assert document_budget(60, 1_000_000) == 600


def test_the_relative_clause_that_looped_forever_finishes():
    """Re-DocRED dev document 329 made kg loop forever (a token compared with `is`)."""
    from kg.extraction import ExtractOptions, process_documents
    from kg.ingest.read import Document
    from kg.nlp.pipeline import load_pipeline

    path = SHARED / "corpora" / "redocred" / "dev.json"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    record = json.loads(path.read_text(encoding="utf-8"))[329]
    text = " ".join(" ".join(sentence) for sentence in record["sents"])
    options = ExtractOptions(doc_timeout=0)  # no budget: this must end on its own
    previous = signal.signal(signal.SIGALRM, lambda *_: pytest.fail("still running"))
    signal.alarm(120)
    try:
        [result] = process_documents(load_pipeline(None), [Document(text, "329")], options)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert result.violations == []


# -- the output a user keeps ------------------------------------------------------------


def test_a_typo_in_the_input_leaves_the_existing_output_alone(runner, tmp_path):
    out = tmp_path / "graph.ttl"
    out.write_text("# a graph the user keeps\n")
    result = runner.invoke(app, ["extract", str(tmp_path / "artcles"), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_text() == "# a graph the user keeps\n"
    assert "artcles: no such file" in result.stderr
    assert "left as it was" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # no temporary file left


def test_only_bad_inputs_write_nothing(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    out = tmp_path / "new.ttl"
    result = runner.invoke(app, ["extract", str(empty), "-o", str(out)])
    assert result.exit_code == 2
    assert not out.exists()
    result = runner.invoke(app, ["extract", str(empty)])  # to stdout: nothing either
    assert result.exit_code == 2 and result.stdout == ""


def test_output_files_get_the_umask_mode(runner, story, tmp_path):
    out = tmp_path / "out.ttl"
    old = os.umask(0o022)
    try:
        result = runner.invoke(app, ["extract", str(story), "-o", str(out)])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_an_unknown_output_extension_is_an_error(runner, story, tmp_path):
    result = runner.invoke(app, ["extract", str(story), "-o", str(tmp_path / "x.xyz")])
    assert result.exit_code == 2
    assert "'.xyz'" in result.stderr and ".ttl" in result.stderr and ".jsonld" in result.stderr
    assert not (tmp_path / "x.xyz").exists()


def test_a_directory_as_output_is_named_before_any_work(runner, story, tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    result = runner.invoke(app, ["extract", str(story), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"kg: error: {target}: is a directory; give a file name for the output"
    ]


def test_a_full_disk_is_one_line(runner, story, tmp_path, monkeypatch):
    import kg.write

    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.write.os, "replace", no_space)
    out = tmp_path / "out.ttl"
    result = runner.invoke(app, ["extract", str(story), "-o", str(out)])
    assert result.exit_code == 2
    assert f"kg: error: {out}: cannot write output (No space left on device)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and list(tmp_path.glob(".out.ttl.*")) == []


def test_sigterm_leaves_no_temporary_file(tmp_path):
    _stall = tmp_path / "stall.py"
    _stall.write_text(
        "import sys, time\n"
        "import kg.extraction\n"
        "kg.extraction.find_mentions = lambda parsed: time.sleep(600)\n"
        "from kg.cli.main import app\n"
        "sys.exit(app())\n"
    )
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    out = tmp_path / "out.ttl"
    process = subprocess.Popen(
        [sys.executable, str(_stall), "extract", str(story), "-o", str(out)],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.ttl.*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(tmp_path.glob(".out.ttl.*")), "the run never started writing"
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert process.returncode != 0
    assert list(tmp_path.glob(".out.ttl.*")) == [] and not out.exists()


def test_no_local_path_goes_into_the_graph(runner, story, tmp_path):
    out = tmp_path / "out.nt"
    result = runner.invoke(app, ["extract", str(story), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    data = out.read_text()
    assert "file://" not in data and str(tmp_path) not in data
    given = tmp_path / "given.nt"
    url = "https://news.example.org/keld"
    result = runner.invoke(app, ["extract", str(story), "-o", str(given), "--url", url])
    assert (None, SCHEMA.url, None) in Graph().parse(given) and url in given.read_text()


def test_turtle_declares_each_prefix_once_and_spaces_subjects(runner, story, tmp_path):
    out = tmp_path / "out.trig"
    story.with_name("other.txt").write_text("Ilse Varga, the mayor of Tolna, said no.\n")
    result = runner.invoke(
        app, ["extract", str(story), str(story.with_name("other.txt")), "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    lines = out.read_text().splitlines()
    prefixes = [line for line in lines if line.startswith("@prefix")]
    assert len(prefixes) == len(set(prefixes)) and "@prefix rdf: " in prefixes[0]
    assert lines[: len(prefixes)] == prefixes  # all at the top
    assert not any("22-rdf-syntax-ns#" in line for line in lines[len(prefixes) :])
    ends = [i for i, line in enumerate(lines) if line.endswith(" .")]
    assert len(ends) > 20
    assert all(lines[i + 1] == "" for i in ends[len(prefixes) :] if i + 1 < len(lines))
    assert len(Dataset().parse(out, format="trig")) > 0


def test_json_ld_has_a_context_with_readable_keys(runner, story, tmp_path):
    out = tmp_path / "out.jsonld"
    result = runner.invoke(app, ["extract", str(story), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_text())
    assert data["@context"]["schema"] == "http://schema.org/"
    assert '"schema:headline"' in out.read_text()
    assert '"http://schema.org/headline"' not in out.read_text()


def test_the_same_article_twice_is_one_document(runner, story, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(STORY)
    out = tmp_path / "out.ttl"
    result = runner.invoke(app, ["extract", str(story), str(copy), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "1 document," in result.stderr
    assert f"kg: note: {copy}: the same text as {story}; written once" in result.stderr
    graph = Graph().parse(out)
    assert len(list(graph.objects(None, SCHEMA.headline))) == 1
    validated = runner.invoke(app, ["validate", str(out)])
    assert validated.exit_code == 0, validated.stdout


# -- reading inputs ----------------------------------------------------------------------


def test_bad_jsonl_says_what_is_wrong(runner, tmp_path):
    feed = tmp_path / "bad.jsonl"
    feed.write_text(
        json.dumps({"text": "Ilse Varga, the mayor of Tolna, said no."}) + "\n"
        "{text: 'unquoted'}\n"
        '{"text": "an unclosed string}\n'
        "plain words\n"
    )
    out = tmp_path / "out.ttl"
    result = runner.invoke(app, ["extract", str(feed), "-o", str(out)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert errors[0].startswith(f"kg: error: {feed}:2: a field name must be in double quotes")
    assert errors[1].startswith(f"kg: error: {feed}:3: a string is not closed")
    assert errors[2].startswith(f"kg: error: {feed}:4: not a JSON object")
    assert all("column" in line for line in errors)
    assert "Expecting" not in result.stderr
    assert out.exists()  # the good article is kept


def test_an_unreadable_folder_is_named(runner, story, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "o.ttl")])
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 2
    assert f"{locked}: cannot read" in result.stderr


def test_an_unreadable_folder_is_named_when_listing_fails(tmp_path, monkeypatch):
    """The same through os.walk's error hook (the test above cannot run as root)."""
    from kg.ingest import read

    real_walk = os.walk

    def walk(top, onerror=None):
        onerror(PermissionError(13, "Permission denied", str(Path(top) / "locked")))
        yield from real_walk(top)

    monkeypatch.setattr(read.os, "walk", walk)
    (tmp_path / "a.txt").write_text(STORY)
    found = list(read.expand_inputs([str(tmp_path)]))
    assert str(found[0]) == f"{tmp_path / 'locked'}: cannot read (Permission denied)"
    assert found[1:] == [tmp_path / "a.txt"]


@pytest.mark.parametrize("depth", [1_000, 50_000])
def test_deeply_nested_html_still_gives_its_text(runner, tmp_path, depth):
    page = tmp_path / "deep.html"
    paragraph = "<p>Keld Freight, a logistics company based in Aarhus, opened a depot.</p>"
    page.write_text(f"<html><body>{'<div>' * depth}{paragraph}{'</div>' * depth}</body></html>")
    out = tmp_path / "deep.ttl"
    result = runner.invoke(app, ["extract", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    texts = [str(t) for t in Graph().parse(out).objects(None, NIF.isString)]
    assert texts == ["Keld Freight, a logistics company based in Aarhus, opened a depot.\n"]


def test_the_summary_and_messages_are_separate_lines(runner, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text("")
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "o.nq")])
    lines = result.stderr.splitlines()
    assert all(line.startswith("kg: ") for line in lines), lines
    assert lines[-1].startswith("kg: 1 document,")


# -- the whole run's output conforms, and the exit code says so ----------------------------


def _two_reports(tmp_path: Path, first: str, second: str) -> tuple[Path, Path]:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(first + "\n")
    two.write_text(second + "\n")
    return one, two


def test_one_event_named_two_ways_has_one_label(runner, tmp_path):
    one, two = _two_reports(
        tmp_path,
        "Governor Ada J. Marsh banned the messaging app ZapCart on state phones, her office said.",
        "Governor Ada Marsh banned the messaging app ZapCart on state phones, officials said.",
    )
    out = tmp_path / "out.trig"
    result = runner.invoke(app, ["extract", str(one), str(two), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    dataset = Dataset(default_union=True).parse(out, format="trig")
    [event] = set(dataset.subjects(RDF.type, KG.Prohibition))
    assert [str(label) for label in dataset.objects(event, RDFS.label)] == [
        "Ada J. Marsh ban on ZapCart"  # the first report's wording
    ]
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


def test_a_conflict_between_documents_is_a_violation_of_the_run(runner, tmp_path):
    one, two = _two_reports(
        tmp_path,
        "Governor Ada Marsh banned the messaging app ZapCart on March 3, 2021, her office said.",
        "Governor Ada Marsh banned the messaging app ZapCart on March 5, 2021, officials said.",
    )
    out = tmp_path / "out.trig"
    result = runner.invoke(app, ["extract", str(one), str(two), "-o", str(out)])
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if "violation" in line]
    assert line.startswith("kg: violation: run: ") and "startDate" in line
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 1  # the same verdict


def test_a_lone_surrogate_in_a_jsonl_field_is_one_line(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"text": "Orlo Bank owns Velora \\ud800 now."}\n'
        '{"text": "Ilse Varga, the mayor of Tolna, said no.", "headline": "Tolna \\udc00"}\n'
        '{"text": "Keld Freight opened a depot in Aarhus."}\n'
    )
    out = tmp_path / "out.nq"
    result = runner.invoke(app, ["extract", str(feed), "-o", str(out)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert errors == [
        f'kg: error: {feed}:1: "text" has an unpaired surrogate \\ud800',
        f'kg: error: {feed}:2: "headline" has an unpaired surrogate \\udc00',
    ]
    assert "Keld Freight" in out.read_text()
