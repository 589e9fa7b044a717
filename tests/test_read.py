"""Inputs: files, directories, globs, stdin, JSONL and HTML; bad input named and skipped."""

import json

import pytest

from kg.errors import InputError
from kg.read import Document, decode_text, iter_documents


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
