"""`kg report` without a browser: the Python API, the highlighting, the layout, the command.
Texts and graphs written for the tests (tests/data/example.trig and small graphs built here);
the browser tests are in test_report_browser.py."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from typer.testing import CliRunner

from kg.cli.main import app
from kg.rdf.rdfio import read_rdf
from kg.report import read_report, render_report
from kg.report.layout import layout
from kg.report.markup import Tag, nest
from kg.vocab import ITSRDF, KG, NIF, PROV, SCHEMA

EXAMPLE = Path(__file__).resolve().parent / "data" / "example.trig"
DOC = URIRef("https://example.org/id/doc/00000000000000ff")
NNI = XSD.nonNegativeInteger


def example_dataset() -> Dataset:
    return read_rdf(EXAMPLE)


class _Marks(HTMLParser):
    """The <mark data-b data-e> elements of a page and the text inside each."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[list] = []
        self.open: list[list | None] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "mark" and "data-b" in attrs:
            item = [int(attrs["data-b"]), int(attrs["data-e"]), ""]
            self.marks.append(item)
            self.open.append(item)
        elif tag == "mark":
            self.open.append(None)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for item in self.open:
            if item is not None:
                item[2] += data


def marks_of(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    return parser


def small_graph(text: str, mentions: list[tuple[int, int, str]]) -> Dataset:
    """A kg-shaped graph of one document: its text, one sentence, mentions of entities
    named by `mentions` (start, end, label), and one claim about the first two."""
    dataset = Dataset(default_union=True)
    g = dataset.graph(DOC)
    context = URIRef(f"{DOC}#char=0,{len(text)}")
    g.add((DOC, RDF.type, SCHEMA.NewsArticle))
    g.add((DOC, SCHEMA.headline, Literal(text.split("\n", 1)[0])))
    g.add((context, RDF.type, NIF.Context))
    g.add((context, NIF.isString, Literal(text)))
    g.add((context, NIF.sourceUrl, DOC))
    sentence = URIRef(f"{DOC}#char=0,{len(text)}")
    g.add((sentence, RDF.type, NIF.Sentence))
    g.add((sentence, NIF.beginIndex, Literal(0, datatype=NNI)))
    g.add((sentence, NIF.endIndex, Literal(len(text), datatype=NNI)))
    g.add((sentence, NIF.referenceContext, context))
    entities = []
    for start, end, label in mentions:
        entity = URIRef(f"https://example.org/id/entity/organization/{start}")
        entities.append(entity)
        g.add((entity, RDF.type, SCHEMA.Organization))
        g.add((entity, RDFS.label, Literal(label)))
        phrase = URIRef(f"{DOC}#char={start},{end}")
        g.add((phrase, RDF.type, NIF.Phrase))
        g.add((phrase, NIF.beginIndex, Literal(start, datatype=NNI)))
        g.add((phrase, NIF.endIndex, Literal(end, datatype=NNI)))
        g.add((phrase, NIF.referenceContext, context))
        g.add((phrase, ITSRDF.taIdentRef, entity))
        g.add((phrase, ITSRDF.taClassRef, SCHEMA.Organization))
    if len(entities) >= 2:
        claim = URIRef(f"{DOC}#claim-1")
        g.add((claim, RDF.type, RDF.Statement))
        g.add((claim, RDF.subject, entities[0]))
        g.add((claim, RDF.predicate, SCHEMA.parentOrganization))
        g.add((claim, RDF.object, entities[1]))
        g.add((claim, PROV.wasDerivedFrom, DOC))
        g.add((claim, KG.evidence, sentence))
        g.add((claim, KG.evidenceText, Literal(text)))
        g.add((claim, KG.confidence, Literal("0.90", datatype=XSD.decimal)))
        g.add((claim, KG.method, Literal("rule:<owned-by>")))
    return dataset


def test_the_example_graph_report_shows_everything_it_holds():
    page = render_report(example_dataset())
    report = read_report(example_dataset())
    assert [e.label for e in report.entities] == ["Acme Corp", "Mary Jones", "Zenith Holdings"]
    document = report.documents[0]
    assert document.headline == "Acme news" and document.authors == ["Jane Writer"]
    assert len(document.facts) == 1 and document.facts[0].method == "rule:owned-by"
    assert [g.kind for g in document.events] == ["ban"]
    assert document.events[0].status == ["proposed"]
    assert len(document.quotations) == 1
    marks = marks_of(page)
    assert sorted((b, e, t) for b, e, t in marks.marks) == [
        (0, 9, "Acme Corp"),
        (20, 35, "Zenith Holdings"),
        (42, 52, "Mary Jones"),
    ]
    assert marks.scripts == 1
    assert page.count('class="node ') == 3
    assert 'data-target="d0-s0-76"' in page and 'id="d0-s0-76"' in page
    assert "Acme Corp ban on the app" in page
    for word in ("Jane Writer", "Example Wire", "2020-07-10T21:54:00", "file:///data/acme.txt"):
        assert word in page


def test_render_report_is_deterministic_and_format_independent(tmp_path):
    first = render_report(example_dataset())
    assert render_report(example_dataset()) == first
    turtle = tmp_path / "union.ttl"
    union = Graph()
    for triple in example_dataset().triples((None, None, None)):
        union.add(triple)
    union.serialize(turtle, format="turtle")
    assert render_report(Graph().parse(turtle)) == first


def test_the_page_fetches_nothing():
    page = render_report(example_dataset())
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page


def test_offsets_are_code_points_and_overlaps_nest():
    # a character outside the BMP (two UTF-16 units) before the mentions
    text = "\U0001f600 Zenith Holdings <owns> Acme Corp & more"
    start = text.index("Zenith")
    acme = text.index("Acme")
    dataset = small_graph(
        text,
        [
            (start, start + len("Zenith Holdings"), "Zenith Holdings"),
            (acme, acme + len("Acme Corp"), "Acme Corp"),
            (start, start + len("Zenith"), "Zenith"),  # nested in the first
        ],
    )
    page = render_report(dataset)
    marks = sorted(marks_of(page).marks)
    assert marks == [
        [start, start + 6, "Zenith"],
        [start, start + 15, "Zenith Holdings"],
        [acme, acme + 9, "Acme Corp"],
    ]
    assert "&lt;owns&gt;" in page and "&amp; more" in page
    assert "rule:&lt;owned-by&gt;" in page


def test_nest_splits_crossing_spans_and_keeps_one_start_each():
    text = "abcdefghij"
    tags = [
        Tag(0, 6, 0, "<a>", "</a>", "<a c>"),
        Tag(4, 9, 1, "<b>", "</b>", "<b c>"),
    ]
    assert nest(text, tags) == "<a>abcd<b>ef</b></a><b c>ghi</b>j"
    assert nest("<&>", []) == "&lt;&amp;&gt;"


def test_hostile_text_is_escaped():
    text = "Acme <script>alert(1)</script> \"x\" 'y' </textarea> owns Zenith"
    dataset = small_graph(text, [(0, 4, "Acme"), (text.index("Zenith"), len(text), "Zen<b>")])
    page = render_report(dataset)
    assert "<script>alert" not in page and "</textarea>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/textarea&gt;" in page and "&quot;x&quot;" in page and "&#x27;y&#x27;" in page
    assert "Zen&lt;b&gt;" in page and "Zen<b>" not in page
    assert marks_of(page).scripts == 1


def test_layout_is_deterministic_and_inside_the_picture():
    nodes = [f"n{i}" for i in range(30)]
    edges = [(f"n{i}", f"n{i + 1}") for i in range(0, 12)] + [("n20", "n21"), ("n3", "n9")]
    first = layout(nodes, edges)
    assert layout(list(reversed(nodes)), edges) == first
    assert set(first.positions) == set(nodes)
    for x, y in first.positions.values():
        assert 0 <= x <= first.width and 0 <= y <= first.height


def test_the_picture_is_capped_for_large_graphs():
    text = " ".join(f"Org{i:03d}" for i in range(60))
    mentions = [(i * 7, i * 7 + 6, f"Org{i:03d}") for i in range(60)]
    page = render_report(small_graph(text, mentions), max_nodes=25)
    assert page.count('class="node ') == 25
    assert "The picture shows 25 of the 60 entities" in page
    assert page.count('<tr class="entity"') == 60


def test_validation_result_is_shown():
    from kg.report import Validation
    from kg.report.model import ValidationResult

    page = render_report(example_dataset())
    assert "was not" in page and "validated" in page
    bad = Validation(False, [ValidationResult("Violation", "urn:x", "urn:p", "<bad> value")])
    page = render_report(example_dataset(), bad)
    assert "does not conform" in page and "&lt;bad&gt; value" in page


def test_a_shacl_report_given_as_input_is_shown(tmp_path):
    runner = CliRunner()
    shacl = tmp_path / "validation.ttl"
    result = runner.invoke(app, ["validate", str(EXAMPLE), "--format", "turtle"])
    assert result.exit_code == 0, result.stderr
    shacl.write_text(result.stdout, encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(EXAMPLE), str(shacl), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "conforms to the shapes" in out.read_text(encoding="utf-8")


def test_report_command(tmp_path):
    runner = CliRunner()
    out = tmp_path / "sub" / "report.html"
    result = runner.invoke(app, ["report", str(EXAMPLE), "-o", str(out), "--title", "<T>"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    page = out.read_text(encoding="utf-8")
    assert page == render_report(example_dataset(), title="<T>")
    result = runner.invoke(app, ["report", str(EXAMPLE), "--title", "<T>"])
    assert result.exit_code == 0 and result.stdout == page


def test_report_command_validates_on_request(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(EXAMPLE), "--validate", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "conforms to the shapes" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("content", [None, "<not> turtle at all ."])
def test_report_command_bad_input_exits_2_naming_the_file(tmp_path, content):
    path = tmp_path / "broken.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(path), "-o", str(out)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and lines[0].startswith("kg: error: ")
    assert not out.exists()


def test_extract_report_option(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Harbour board names new chief\n\n"
        "Maria Santos, the chief executive of Northwind Shipping, said the ferries would run.\n",
        encoding="utf-8",
    )
    graph = tmp_path / "out.trig"
    report = tmp_path / "report.html"
    runner = CliRunner()
    result = runner.invoke(
        app, ["extract", str(story), "-o", str(graph), "--report", str(report), "-q"]
    )
    assert result.exit_code == 0, result.stderr
    page = report.read_text(encoding="utf-8")
    assert "Harbour board names new chief" in page and "conforms to the shapes" in page
    dataset = read_rdf(graph)
    mentions = {p for p in dataset.subjects(ITSRDF.taIdentRef, None)}
    assert len(marks_of(page).marks) == len(mentions) > 0
    result = runner.invoke(app, ["extract", str(story), "--report", str(report)])
    assert result.exit_code == 2 and "--report needs -o" in result.stderr


@pytest.mark.parametrize("suffix", [".trig", ".ttl", ".nt", ".nq", ".jsonld"])
def test_every_output_format_gives_the_same_page(tmp_path, suffix):
    from kg.rdf.rdfio import format_for, serialise
    from kg.report import report_from_files

    path = tmp_path / f"example{suffix}"
    path.write_bytes(serialise(example_dataset(), format_for(path)))
    assert report_from_files([path]) == render_report(example_dataset())


def test_report_pages_command(tmp_path):
    runner = CliRunner()
    folder = tmp_path / "pages"
    result = runner.invoke(app, ["report", str(EXAMPLE), "--pages", "-o", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["d0.html", "index.html"]
    index = (folder / "index.html").read_text(encoding="utf-8")
    document = (folder / "d0.html").read_text(encoding="utf-8")
    assert 'href="d0.html"' in index and 'class="node ' in index and not marks_of(index).marks
    assert 'href="index.html#e0"' in document and len(marks_of(document).marks) == 3
    result = runner.invoke(app, ["report", str(EXAMPLE), "--pages"])
    assert result.exit_code == 2 and "--pages needs -o" in result.stderr


def test_notebook_view_isolates_the_page():
    from kg.report import notebook_view

    page = render_report(example_dataset())
    frame = notebook_view(page)._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in frame
    assert "<script" not in frame and "&lt;script&gt;" in frame


def test_other_event_types_are_shown_as_events():
    """An event type kg may add (an acquisition) is shown by its type's name."""
    text = "Acme Corp bought Zenith Holdings."
    dataset = small_graph(text, [(0, 9, "Acme Corp"), (17, 32, "Zenith Holdings")])
    event = URIRef("https://example.org/id/event/acquisition/1")
    g = dataset.graph(DOC)
    g.add((event, RDF.type, KG.Acquisition))
    g.add((event, RDFS.label, Literal("Acme Corp buys Zenith Holdings")))
    claim = URIRef(f"{DOC}#claim-2")
    for p, o in (
        (RDF.type, RDF.Statement),
        (RDF.subject, event),
        (RDF.predicate, KG.acquirer),
        (RDF.object, URIRef("https://example.org/id/entity/organization/0")),
        (PROV.wasDerivedFrom, DOC),
        (KG.evidence, URIRef(f"{DOC}#char=0,{len(text)}")),
        (KG.confidence, Literal("0.80", datatype=XSD.decimal)),
        (KG.method, Literal("rule:acquisition")),
    ):
        g.add((claim, p, o))
    document = read_report(dataset).documents[0]
    assert [(e.kind, e.label) for e in document.events] == [
        ("acquisition", "Acme Corp buys Zenith Holdings")
    ]
    page = render_report(dataset)
    assert "acquisition: Acme Corp buys Zenith Holdings" in page and "rule:acquisition" in page
