"""Read inputs into `Document`s: files, directories (recursive), globs and `-` for stdin.

Formats: `.txt` (plain text), `.html`/`.htm` (main text and metadata by trafilatura), and
`.jsonl` (one article per line: `text` plus optional `url`, `headline`, `author`,
`publisher`, `datePublished`). A bad input raises `InputError` naming the file; `iter_documents`
yields those errors in place of documents so the caller can report them and go on.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, Msg
from kg.ingest.html_text import html_text
from kg.vocab import content_hash

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000
METADATA_FIELDS = ("url", "headline", "author", "publisher", "datePublished")


@dataclass
class Document:
    """One article: its exact text (offsets refer to it) and the metadata given with it."""

    text: str
    source: str  # file path, "path:line" for JSONL, or "<stdin>"
    metadata: dict[str, str] = field(default_factory=dict)  # given by the caller: wins
    location: str | None = None  # a URL the input states (an HTML page's canonical URL)

    @property
    def text_hash(self) -> str:
        return content_hash(self.text)


def expand_inputs(paths: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Files in the order given; directories recursively (sorted); globs; '-' for stdin."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _directory_inputs(path)
        elif path.exists():
            yield path
        elif glob.has_magic(raw):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True) if Path(m).is_file())
            if not matches:
                yield InputError(Msg.NO_SUCH_INPUT.format(path=raw))
            yield from matches
        else:
            yield InputError(Msg.NO_SUCH_INPUT.format(path=raw))


def _directory_inputs(folder: Path) -> Iterator[Path | InputError]:
    """The supported files under a folder, sorted; a sub-folder that cannot be read is
    named, not skipped in silence."""
    files: list[Path] = []
    errors: list[InputError] = []

    def unreadable(error: OSError) -> None:
        path = error.filename or folder
        errors.append(InputError(Msg.UNREADABLE.format(path=path, reason=error.strerror)))

    for root, folders, names in os.walk(folder, onerror=unreadable):
        folders.sort()
        files.extend(Path(root) / name for name in names)
    yield from errors
    yield from sorted(p for p in files if p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file())


def decode_text(data: bytes, source: str, max_bytes: int) -> str:
    """Bytes to text, refusing empty, binary, undecodable and oversized input."""
    if len(data) > max_bytes:
        raise InputError(Msg.TOO_LARGE.format(path=source, size=len(data), limit=max_bytes))
    if b"\x00" in data:
        raise InputError(Msg.BINARY_FILE.format(path=source))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reason = f"byte 0x{data[error.start]:02x} at offset {error.start}"
        raise InputError(Msg.UNDECODABLE.format(path=source, reason=reason)) from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(Msg.EMPTY_FILE.format(path=source))
    return text


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(Msg.TOO_LARGE.format(path=path, size=size, limit=max_bytes))
        return path.read_bytes()
    except OSError as error:
        raise InputError(Msg.UNREADABLE.format(path=path, reason=error.strerror)) from error


def documents_from_file(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputError(Msg.UNSUPPORTED_INPUT.format(path=path))
        return
    if suffix in JSONL_SUFFIXES:  # a feed: read line by line, the size limit is per article
        yield from documents_from_jsonl_file(path, max_bytes)
        return
    try:
        text = decode_text(read_bytes(path, max_bytes), str(path), max_bytes)
    except InputError as error:
        yield error
        return
    location = None  # never the user's local path: a URL only where the input states one
    if suffix in HTML_SUFFIXES:
        try:
            yield document_from_html(text, str(path), location)
        except InputError as error:
            yield error
    else:
        yield Document(text=text, source=str(path), location=location)


def documents_from_jsonl_file(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputError]:
    """A JSONL feed streamed line by line: any number of articles, each at most `max_bytes`
    (a line longer than the limit is refused on its own, without reading it whole)."""
    location = None  # never the user's local path (each record may state its url)
    found = False
    try:
        with path.open("rb") as lines:
            for number, raw in enumerate(_bounded_lines(lines, max_bytes), start=1):
                if raw is None:
                    where = f"{path}:{number}"
                    yield InputError(Msg.LINE_TOO_LARGE.format(path=where, limit=max_bytes))
                    continue
                if b"\x00" in raw:
                    yield InputError(Msg.BINARY_FILE.format(path=path))
                    return
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as error:
                    reason = f"byte 0x{raw[error.start]:02x} at offset {error.start}"
                    yield InputError(Msg.UNDECODABLE.format(path=f"{path}:{number}", reason=reason))
                    continue
                if line.strip():
                    found = True
                    yield _jsonl_record(line, number, str(path), location, max_bytes)
    except OSError as error:
        yield InputError(Msg.UNREADABLE.format(path=path, reason=error.strerror))
        return
    if not found:
        yield InputError(Msg.EMPTY_FILE.format(path=path))


def _bounded_lines(stream, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; None for a line longer than `max_bytes` (skipped unread)."""
    limit = max_bytes + 1024  # room for the JSON around the text
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield None
            continue
        yield line


def documents_from_jsonl(
    text: str, source: str, location: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _jsonl_record(line, number, source, location, max_bytes)


def _jsonl_record(
    line: str, number: int, source: str, location: str | None, max_bytes: int
) -> Document | InputError:
    where = f"{source}:{number}"
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        reason = _json_problem(line, error)
        return InputError(Msg.BAD_JSONL_LINE.format(path=source, line=number, reason=reason))
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        reason = 'expected an object with a string "text" field'
        return InputError(Msg.BAD_JSONL_LINE.format(path=source, line=number, reason=reason))
    article = record["text"].replace("\r\n", "\n")
    if not article.strip():
        return InputError(Msg.EMPTY_FILE.format(path=where))
    metadata = {
        key: str(record[key]) for key in METADATA_FIELDS if record.get(key) not in (None, "")
    }
    for field_name, value in [("text", article), *metadata.items()]:
        lone = _LONE_SURROGATE.search(value)  # JSON allows "\ud800"; UTF-8 cannot hold it
        if lone:
            reason = f'"{field_name}" has an unpaired surrogate \\u{ord(lone.group()):04x}'
            return InputError(Msg.BAD_JSONL_LINE.format(path=source, line=number, reason=reason))
    size = len(article.encode("utf-8"))
    if size > max_bytes:
        return InputError(Msg.TOO_LARGE.format(path=where, size=size, limit=max_bytes))
    return Document(text=article, source=where, metadata=metadata, location=location)


def _json_problem(line: str, error: json.JSONDecodeError) -> str:
    """What is wrong with a JSONL line, in a reader's words, with where it goes wrong."""
    near = line[error.pos : error.pos + 20].strip() or "the end of the line"
    where = f"column {error.colno}, near {near!r}"
    if error.pos == 0 or not line.lstrip().startswith("{"):
        return f"not a JSON object (each line must be one {{...}} article); {where}"
    if "Unterminated string" in error.msg:
        return f"a string is not closed (a missing quote); {where}"
    if "Expecting property name" in error.msg:
        return f"a field name must be in double quotes; {where}"
    if "Expecting ',' delimiter" in error.msg or "Expecting ':' delimiter" in error.msg:
        return f"a comma or colon is missing between fields; {where}"
    if "Extra data" in error.msg:
        return f"more than one JSON value on the line; {where}"
    return f"not valid JSON ({error.msg.lower()}); {where}"


def document_from_html(html: str, source: str, location: str | None) -> Document:
    """Main text and metadata of an HTML page (trafilatura: maintained boilerplate removal)."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except (RecursionError, ValueError):  # a tree too deep for lxml's parser
        extracted = None
    data = {}
    if extracted is not None:
        data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = (data.get("text") or "").strip() or html_text(html)
    if not text:
        raise InputError(Msg.EMPTY_FILE.format(path=source))
    metadata = {}
    for ours, theirs in (
        ("headline", "title"),
        ("author", "author"),
        ("publisher", "sitename"),
        ("datePublished", "date"),
        ("url", "url"),
    ):
        if data.get(theirs):
            metadata[ours] = str(data[theirs])
    return Document(text=text + "\n", source=source, metadata=metadata, location=location)


def iter_documents(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin: bytes | None = None
) -> Iterator[Document | InputError]:
    """Every document of every input, with an `InputError` in place of each bad one."""
    for item in expand_inputs(paths):
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            try:
                yield Document(text=decode_text(data, "<stdin>", max_bytes), source="<stdin>")
            except InputError as error:
                yield error
        else:
            yield from documents_from_file(item, max_bytes)
