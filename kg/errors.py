"""Every error kg raises, and every error text, in one place (as spaCy's errors.py).

The library raises these; only the CLI prints them, one line each, and turns them into exit
codes: 0 ok, 1 SHACL violations, 2 bad input or usage, 3 endpoint or store failure.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_BAD_INPUT = 2
EXIT_ENDPOINT = 3


class Msg:
    """Error texts. Format with keyword arguments; each names the file or endpoint."""

    EMPTY_FILE = "{path}: empty input, nothing to extract"
    BINARY_FILE = "{path}: binary file, not text (found NUL bytes)"
    UNDECODABLE = "{path}: not valid UTF-8 text ({reason})"
    TOO_LARGE = "{path}: {size} bytes is over the {limit}-byte limit (raise it with --max-bytes)"
    LINE_TOO_LARGE = "{path}: the line is over the {limit}-byte limit (raise it with --max-bytes)"
    UNREADABLE = "{path}: cannot read ({reason})"
    NO_SUCH_INPUT = "{path}: no such file, directory or glob match"
    DOCUMENT_TIMEOUT = (
        "{path}: extraction took longer than its {seconds:.0f} s budget and was stopped; "
        "the other documents go on (raise it with --doc-timeout)"
    )
    WORKER_DIED = (
        "{path}: the worker process extracting it died (killed, out of memory or crashed); "
        "the other documents go on"
    )
    BAD_JSONL_LINE = "{path}:{line}: {reason}"
    UNSUPPORTED_INPUT = "{path}: unsupported file type (use .txt, .html or .jsonl)"
    NO_INPUTS = "no input documents found in {paths}"
    MODEL_NOT_FOUND = (
        "spaCy pipeline {name!r} is not installed and is not a pipeline folder; install it "
        "(for example `pip install {name}` from a wheel you have) or pass --model with a path"
    )
    MODEL_NO_NER = "spaCy pipeline {name!r} has no 'ner' component: kg needs named entities"
    UNKNOWN_FORMAT = "{value!r} is not an output format; use one of {choices}"
    MALFORMED_RDF = "{path}: cannot parse as {format}: {reason}"
    UNSUPPORTED_RDF = "{path}: holds {feature} (RDF 1.2), which kg cannot load or push"
    SHAPES_UNREADABLE = "{path}: cannot read SHACL shapes: {reason}"
    WRITE_FAILED = "{path}: cannot write output ({reason})"
    OUTPUT_IS_DIRECTORY = "{path}: is a directory; give a file name for the output"
    UNKNOWN_OUTPUT_SUFFIX = (
        "{path}: unknown output extension {suffix!r}; use one of {choices} (or --format)"
    )
    NOTHING_EXTRACTED = "{path}: no document could be extracted; the file was left as it was"
    DUPLICATE_DOCUMENT = "{path}: the same text as {first}; written once"
    INTERRUPTED = "interrupted ({signal}); nothing was written"
    ENDPOINT_UNREACHABLE = "{endpoint}: cannot connect after {attempts} attempts ({reason})"
    ENDPOINT_AUTH = "{endpoint}: authentication failed (HTTP {status}); check --user and {env}"
    ENDPOINT_REJECTED = "{endpoint}: request rejected (HTTP {status}): {reason}"
    ENDPOINT_SERVER = "{endpoint}: server error (HTTP {status}) after {attempts} attempts: {reason}"
    STORE_FAILED = "{store}: store error ({reason})"
    QUERY_NOT_FOUND = "{name}: no stored query of that name and no such .rq file"
    QUERY_FAILED = "{source}: query failed ({reason})"
    BAD_PARAM = "{param!r}: expected VAR=VALUE"
    NO_DATA_SOURCE = "give exactly one of --data, --store or --endpoint"
    UNSAFE_TERM = "cannot write an RDF term safely into a SPARQL update: {reason}"
    NO_PASSWORD = "--user {user} needs a password: set {env} or run interactively to be asked"
    BAD_PARAM_NAME = "{param!r}: {name!r} is not a SPARQL variable name"
    BAD_PARAM_VALUE = "{param!r}: cannot read {value!r} as an IRI or literal ({reason})"
    NOT_A_SELECT = "{source}: only SELECT queries can be printed as rows"
    NO_TRIPLES = "{path}: no RDF triples to validate"
    NO_SHAPES = "{path}: no SHACL shapes found (expected one or more *.ttl files)"
    SHAPES_FAILED = "{path}: SHACL shapes cannot be applied: {reason}"
    UNKNOWN_REPORT_FORMAT = "{value!r} is not a report format; use one of {choices}"
    GOLD_UNREADABLE = "{path}: cannot read gold file ({reason})"
    GOLD_INVALID = "{path}:{line}: not a gold item ({reason})"
    REMOTE_CONTEXT = (
        "{path}: the JSON-LD @context is a remote document, and kg never fetches one; "
        "put the context in the file"
    )
    BAD_ENDPOINT_URL = (
        "{value!r} is not an endpoint URL: expected http:// or https://, a host and a path, "
        "such as http://localhost:7878/query"
    )
    NOT_AN_ENDPOINT = (
        "{endpoint}: not a SPARQL endpoint: it answered a query with {reason}, not SPARQL results"
    )
    NOT_A_QUERY_ENDPOINT = (
        "{endpoint}: does not answer SPARQL queries (HTTP {status}: {reason}); give the query "
        "URL as --endpoint and the update URL as --update-endpoint"
    )
    NOT_STORED = (
        "{endpoint}: the updates were accepted but graph <{graph}> is empty at {query}; "
        "is --update-endpoint a SPARQL update endpoint of the same store?"
    )


class KgError(Exception):
    """Base class: `str(error)` is the one line the CLI prints."""

    exit_code = EXIT_BAD_INPUT


class InputError(KgError):
    """A bad input file or argument: the run goes on with the other inputs."""


class DuplicateInput(InputError):
    """An input whose text an earlier input of the run already had: noted, not an error."""

    exit_code = EXIT_OK


class ModelError(KgError):
    """The spaCy pipeline cannot be loaded or lacks what kg needs."""


class RDFError(KgError):
    """RDF that cannot be parsed, or shapes that cannot be read."""


class EndpointError(KgError):
    """A SPARQL endpoint or store failed or refused the request."""

    exit_code = EXIT_ENDPOINT


class NotAnEndpointError(EndpointError):
    """The URL answers, but not as a SPARQL endpoint: a wrong --endpoint, exit 2."""

    exit_code = EXIT_BAD_INPUT


class RejectedError(EndpointError):
    """A 4xx other than 401/403 (never retried); `status` and `reason` are the server's."""

    def __init__(self, message: str, status: int | None, reason: str) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


class AuthError(EndpointError):
    """401/403 from an endpoint: never retried."""


class ReportMsg:
    """Error texts of `kg report` and `kg extract --report` (kept at the end of the file)."""

    NEEDS_OUTPUT = "--report needs -o/--output: the report is made from the graph written there"
    PAGES_NEED_OUTPUT = "--pages needs -o/--output: the folder to write the pages in"
