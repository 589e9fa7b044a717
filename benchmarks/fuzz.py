"""Property-based fuzzing of kg's text path: news-like documents from a small grammar
(invented people and organisations, ownership, bans, posts, quotations, relative clauses
without antecedents), then mutated (quotes, brackets, dashes, astral characters and
combining marks, very long tokens, no spaces, repeated paragraphs, empty lines, control
characters). Each document goes through `benchmarks.robustness.check_text` (extraction with
the bundled pipeline and validation on, written, read back) in a worker process killed after
the time limit.

tests/test_fuzz.py runs the same strategies with few examples; this runs many and counts,
writing a Markdown table for BENCHMARKS.md (and each failing input, as JSON lines, to
--failures):

    python benchmarks/fuzz.py 500 --seed 19 --out fuzz.md --failures fuzz-failures.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# ---- the grammar: names invented for kg's tests, a few real organisations -------------------

GIVEN = ["Mira", "Oskar", "Lena", "Tomas", "Priya", "Idris", "Nadia", "Felix", "Wen", "Ana"]
SURNAMES = ["Tallow", "Venn", "Quist", "Arkwright", "Dunmore", "Okoro", "Halvorsen", "Brisk"]
ORG_NAMES = ["Larkspur", "Northgate", "Velora", "Quibble", "Orlo", "Brightwell", "Corvane"]
ORG_SUFFIXES = ["", "", " Holdings", " Media", " Labs", " Inc.", " Group", " Bank", " Corp."]
REAL_ORGS = ["TikTok", "Amazon", "ByteDance", "the U.S. Army"]
PLACES = ["Denver", "Ohio", "China", "the United States", "Lisbon", "Nairobi", "Seattle"]
TITLES = ["CEO", "chief executive", "Senator", "spokeswoman", "Secretary of State", "Mr", "Dr."]
QUOTES = ["We will not comment", "This is a mistake", "the app is safe", "We welcome a dialogue"]
WHEN = ["", " on Friday", " last week", " on July 10", " in 2020"]

TEMPLATES = [
    "{O} banned {O}{D}.",
    "{O} owns {O}, which is based in {L}.",
    "{O} said it had banned {O} from company phones{D}.",
    '"{Q}," said {P}, the {T} of {O}.',
    "{T} {P} said {O} would ban {O}.",
    "{P}, {T} of {O}, resigned{D}.",
    "{O} is owned by {O}.",
    "{O}-owned {O} is based in {L}.",
    "{O} is the parent company of {O}.",
    "{O} retracted its ban on {O}{D}.",
    "{O} ordered employees to delete {O}, which {P} owns.",
    "The {L} government is considering a ban on {O}.",
    "{P} ({T}) said {O}'s app, {O}, was safe.",
    "{O} \u2014 which owns {O} \u2014 said{D} that {P} would leave.",
    "{P} told reporters: \u201c{Q}.\u201d",
    "{P} is a member of {O}.",
    "{O}, {O} and {O} were banned in {L}.",
    "Which owns {O}.",  # relative clauses without an antecedent
    "Which is owned by {O}.",
    "{P} said that is owned by {O}.",
    "That was banned by {O}.",
    'Who said "{Q}"?',
    "which {P} said.",
]

# ---- mutations --------------------------------------------------------------------------

QUOTE_PAIRS = [('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u00ab", "\u00bb"), ('"', "")]
BRACKET_PAIRS = [("(", ")"), ("[", "]"), ("{", "}"), ("(", ""), ("", ")")]
DASHES = ["\u2014", "\u2013", "--", " - ", "-", "\u2015"]
UNICODE = [
    "\U00010000",  # astral letter (LINEAR B SYLLABLE B008 A)
    "\U0001f600",  # astral emoji
    "\U0001d400",  # astral mathematical letter
    "\u0301",  # combining acute accent (also at the start of a word)
    "\u0308\u0323",  # two combining marks
    "e\u0301",
    "\u200d",  # zero-width joiner
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark
    "\u200f",  # right-to-left mark
    "\u00a0",  # no-break space
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\u4e2d\u6587",
    "\u0628\u0627",
    "\u0915\u093f",
    "\ufffd",
]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\r", "\t", "\x85"]
BREAKS = ["\n", "\n\n\n", "\n \n", "\n\t\n", "\n\n\n\n\n"]
MUTATIONS = (
    "quote",
    "bracket",
    "dash",
    "unicode",
    "after_name",
    "long_token",
    "no_spaces",
    "repeat",
    "empty_lines",
    "control",
    "arbitrary",
)


@st.composite
def sentences(draw) -> str:
    def person() -> str:
        return f"{draw(st.sampled_from(GIVEN))} {draw(st.sampled_from(SURNAMES))}"

    def organisation() -> str:
        if draw(st.integers(0, 3)) == 0:
            return draw(st.sampled_from(REAL_ORGS))
        return draw(st.sampled_from(ORG_NAMES)) + draw(st.sampled_from(ORG_SUFFIXES))

    fill = {
        "P": person,
        "O": organisation,
        "L": lambda: draw(st.sampled_from(PLACES)),
        "T": lambda: draw(st.sampled_from(TITLES)),
        "Q": lambda: draw(st.sampled_from(QUOTES)),
        "D": lambda: draw(st.sampled_from(WHEN)),
    }
    template = draw(st.sampled_from(TEMPLATES))
    parts = template.split("{")
    out = parts[0]
    for part in parts[1:]:
        slot, rest = part[0], part[2:]
        out += fill[slot]() + rest
    return out[0].upper() + out[1:]


@st.composite
def articles(draw, max_paragraphs: int = 4, max_sentences: int = 4) -> str:
    """A news-like text: paragraphs of grammar sentences, separated by blank lines."""
    paragraphs = draw(
        st.lists(
            st.lists(sentences(), min_size=1, max_size=max_sentences).map(" ".join),
            min_size=1,
            max_size=max_paragraphs,
        )
    )
    return "\n\n".join(paragraphs) + "\n"


def _at(draw, text: str) -> int:
    return draw(st.integers(0, len(text)))


def _mutate(draw, text: str, kind: str, max_repeat: int, max_long: int) -> str:
    if kind in {"quote", "bracket"}:
        opening, closing = draw(st.sampled_from(QUOTE_PAIRS if kind == "quote" else BRACKET_PAIRS))
        start = _at(draw, text)
        end = draw(st.integers(start, len(text)))
        return text[:start] + opening + text[start:end] + closing + text[end:]
    if kind == "after_name":  # "TikTok" + an astral character, and the like
        names = [n for n in REAL_ORGS + ORG_NAMES + SURNAMES if n in text]
        if not names:
            return text
        name = draw(st.sampled_from(names))
        return text.replace(name, name + draw(st.sampled_from(UNICODE)), 1)
    if kind == "no_spaces":
        return text.replace(" ", "")
    if kind == "repeat":
        paragraphs = text.split("\n\n")
        index = draw(st.integers(0, len(paragraphs) - 1))
        paragraphs[index:index] = [paragraphs[index]] * draw(st.integers(1, max_repeat))
        return "\n\n".join(paragraphs)
    if kind == "long_token":
        letters = draw(st.sampled_from(["A", "ab", "Zq", "x-", "9", "\U00010000"]))
        insert = letters * draw(st.integers(100, max_long))
    elif kind == "dash":
        insert = draw(st.sampled_from(DASHES))
    elif kind == "unicode":
        insert = draw(st.sampled_from(UNICODE))
    elif kind == "empty_lines":
        insert = draw(st.sampled_from(BREAKS))
    elif kind == "control":
        insert = draw(st.sampled_from(CONTROL))
    else:  # arbitrary characters (any code point but surrogates)
        insert = draw(st.text(min_size=1, max_size=8))
    at = _at(draw, text)
    return text[:at] + insert + text[at:]


@st.composite
def mutated_articles(
    draw, max_mutations: int = 4, max_repeat: int = 12, max_long: int = 3000, **sizes
) -> str:
    """An article from the grammar with 1 to `max_mutations` mutations applied in turn."""
    text = draw(articles(**sizes))
    for kind in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=max_mutations)):
        text = _mutate(draw, text, kind, max_repeat, max_long)
    return text


RDF_FORMATS = st.sampled_from(["trig", "nquads", "turtle", "nt"])


# ---- the benchmark ----------------------------------------------------------------------


def run(examples: int, seed: int, timeout: float, grace: float, failures_path: Path | None) -> dict:
    from benchmarks.robustness import GuardedWorker

    counts = dict.fromkeys(
        ("examples", "rejected", "exceptions", "slow", "hangs", "with violations", "violations")
        + ("with file violations", "offset mismatches"),
        0,
    )
    failures = failures_path.open("w", encoding="utf-8") if failures_path else None
    worker = GuardedWorker(timeout, grace)

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(text=st.one_of(articles(), mutated_articles()), rdf_format=RDF_FORMATS)
    def one(text: str, rdf_format: str) -> None:
        outcome = worker.check(text, rdf_format, f"fuzz-{counts['examples']}")
        counts["examples"] += 1
        counts["rejected"] += bool(outcome.rejected)
        counts["exceptions"] += bool(outcome.exception)
        counts["slow"] += bool(outcome.slow)
        counts["hangs"] += outcome.timeout
        counts["with violations"] += bool(outcome.violations)
        counts["violations"] += len(outcome.violations)
        counts["with file violations"] += bool(outcome.file_violations)
        counts["offset mismatches"] += len(outcome.offset_mismatches)
        if not outcome.ok or outcome.slow:
            problems = outcome.problems() + ([f"slow: {outcome.slow} s"] if outcome.slow else [])
            print(f"FAIL {outcome.source}: {problems[:2]}", file=sys.stderr, flush=True)
            if failures:
                row = {"text": text, "format": rdf_format, "problems": problems}
                failures.write(json.dumps(row, ensure_ascii=False) + "\n")
                failures.flush()

    started = time.perf_counter()
    try:
        one()
    finally:
        worker.stop()
        if failures:
            failures.close()
    counts["seconds"] = round(time.perf_counter() - started)
    return counts


def table(counts: dict, seed: int, timeout: float, grace: float) -> str:
    head = ["examples", "rejected", "exceptions", "slow", "hangs", "with violations", "violations"]
    head += ["with file violations", "offset mismatches", "seconds"]
    lines = [
        f"Fuzz run: seed {seed}; slow: more than {timeout:g} s, hang: more than "
        f"{timeout + grace:g} s (killed) (`python benchmarks/fuzz.py`).",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---:|" * len(head),
        "| " + " | ".join(str(counts[h]) for h in head) + " |",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples", type=int, nargs="?", default=300)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per example")
    parser.add_argument("--grace", type=float, default=100.0, help="more seconds before a kill")
    parser.add_argument("--out", type=Path, help="the Markdown table")
    parser.add_argument("--failures", type=Path, help="failing inputs, one JSON line each")
    args = parser.parse_args()
    counts = run(args.examples, args.seed, args.timeout, args.grace, args.failures)
    text = table(counts, args.seed, args.timeout, args.grace)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
