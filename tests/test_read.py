"""Inputs: files, directories, globs, stdin, JSONL and HTML; bad input named and skipped."""

import json

import pytest

from kg.errors import InputError
from kg.ingest.read import Document, decode_text, iter_documents


def collect(paths, **kwargs):
    items = list(iter_documents([str(p) for p in paths], **kwargs))
    return [i for i in items if isinstance(i, Document)], [
        i for i in items if isinstance(i, InputError)
    ]


def test_directory_recursive_and_glob(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Alpha story text.\n")
    (tmp_path / "a" / "skip.bin").write_bytes(b"\x00\x01")
    (tmp_path / "two.txt").write_text("Beta story text.\n")
    docs, errors = collect([tmp_path])
    assert [d.text for d in docs] == ["Alpha story text.\n", "Beta story text.\n"]
    assert errors == []  # unsupported suffixes are not picked up from directories
    docs, _ = collect([tmp_path / "*.txt"])
    assert [d.text for d in docs] == ["Beta story text.\n"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"  \n\n", "empty input"),
        (b"abc\x00def", "binary file"),
        (b"caf\xe9 au lait", "not valid UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_files_named_and_others_kept(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("A perfectly fine story.\n")
    docs, errors = collect([bad, good])
    assert [d.text for d in docs] == ["A perfectly fine story.\n"]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{bad}: ")
    assert message in str(errors[0])


def test_size_limit_and_missing_path(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    docs, errors = collect([big, tmp_path / "nope.txt"], max_bytes=1000)
    assert docs == []
    assert "2000 bytes is over the 1000-byte limit" in str(errors[0])
    assert "no such file" in str(errors[1])


def test_jsonl_metadata_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "First story.", "headline": "One", "datePublished": "2021-01-02"}),
        "{not json",
        json.dumps({"headline": "no text field"}),
        json.dumps({"text": "Second story.", "url": "https://example.org/2"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    docs, errors = collect([path])
    assert [d.text for d in docs] == ["First story.", "Second story."]
    assert docs[0].metadata == {"headline": "One", "datePublished": "2021-01-02"}
    assert docs[1].metadata == {"url": "https://example.org/2"}
    assert [str(e).split(": ")[0] for e in errors] == [f"{path}:2", f"{path}:3"]


def test_stdin_and_crlf():
    docs = list(iter_documents(["-"], stdin=b"Line one.\r\nLine two.\r\n"))
    assert docs[0].text == "Line one.\nLine two.\n"
    assert docs[0].source == "<stdin>"


def test_html_main_text_and_metadata(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Dam opens after repairs</title>"
        '<meta name="author" content="Ola Berg"></head><body>'
        "<nav>Home | World | Sport</nav><article><h1>Dam opens after repairs</h1>"
        + "".join(
            f"<p>The river authority reopened the dam on Monday after repair number {n} "
            "was finished by the engineering crews working through the night.</p>"
            for n in range(4)
        )
        + "</article><footer>Copyright notice and links</footer></body></html>"
    )
    docs, errors = collect([page])
    assert errors == []
    assert "reopened the dam on Monday" in docs[0].text
    assert "Home | World" not in docs[0].text
    assert docs[0].metadata["headline"] == "Dam opens after repairs"
    assert docs[0].metadata["author"] == "Ola Berg"


def test_decode_text_strips_bom():
    assert decode_text("\ufeffHello there.".encode(), "x", 100) == "Hello there."


def test_a_jsonl_feed_is_read_line_by_line_with_the_limit_per_article(tmp_path):
    from kg.ingest.read import documents_from_file

    feed = tmp_path / "feed.jsonl"
    articles = [{"text": f"Article {i} about the Harwick Capital deal. " * 20} for i in range(50)]
    long_one = {"text": "x" * 5_000}
    lines = (
        [json.dumps(a) for a in articles[:10]]
        + [json.dumps(long_one)]
        + [json.dumps(a) for a in articles[10:]]
    )
    feed.write_text("\n".join(lines) + "\n", "utf-8")
    # the feed (about 46 KB) is larger than the per-article limit: only the long line fails
    items = list(documents_from_file(feed, max_bytes=2_000))
    errors = [str(item) for item in items if isinstance(item, Exception)]
    documents = [item for item in items if not isinstance(item, Exception)]
    assert len(documents) == 50
    assert len(errors) == 1 and f"{feed}:11" in errors[0] and "2000-byte limit" in errors[0]
    assert documents[10].source == f"{feed}:12"


def test_a_jsonl_file_with_a_bad_byte_names_the_line_and_keeps_the_others(tmp_path):
    from kg.ingest.read import documents_from_file

    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"text": "One line."}\n{"text": "Bad \xff byte."}\n{"text": "Three."}\n')
    items = list(documents_from_file(feed))
    assert [type(item).__name__ for item in items] == ["Document", "InputError", "Document"]
    assert f"{feed}:2" in str(items[1])
