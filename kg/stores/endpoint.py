"""Talking to a SPARQL 1.1 endpoint through SPARQLWrapper: timeouts, retries, typed errors.

Every request has a timeout. Connection errors, timeouts and HTTP 5xx are retried with
exponential backoff (`attempts` in all, waiting `backoff`, 2*`backoff`, ... seconds between);
401/403 raise `AuthError` and other 4xx `EndpointError` at once, never retried. Updates kg sends
are idempotent (DROP + INSERT DATA, INSERT DATA of a set), so a retried request cannot duplicate.

Updates are sent as the body of a POST (`application/sparql-update`, "update via POST
directly" in the SPARQL 1.1 Protocol; Oxigraph and Virtuoso 7.2 accept it), and SPARQLWrapper's
query-type regexes are skipped for them: both cost seconds per 100,000 triples of INSERT DATA.

The password is an argument only: the CLI takes it from KG_ENDPOINT_PASSWORD, the URL's userinfo
(`http://user:pw@host/sparql`) or a prompt; it is never part of a message. A URL's userinfo is
taken out of the URL (requests go to the host, with those credentials unless others are given),
and every message names the URL with the password as `***`. `check_endpoint` asks `ASK {}`
before a push sends anything: a URL that answers without SPARQL results is not an endpoint.

Digest auth sends the credentials at most once per request (urllib's own handler would try up
to six times with a wrong password), and basic auth is pre-emptive.
"""

from __future__ import annotations

import ast
import contextlib
import http.client
import json
import os
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from SPARQLWrapper import DIGEST, INSERT, JSON, POST, POSTDIRECTLY, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.errors import (
    AuthError,
    EndpointError,
    InputError,
    Msg,
    NotAnEndpointError,
    RejectedError,
)
from kg.stores.urls import redact, split_url

PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
AUTH_METHODS = ("basic", "digest")
_CONNECTION_ERRORS = (
    urllib.error.URLError,
    ConnectionError,
    TimeoutError,
    socket.timeout,
    http.client.HTTPException,
)
_STATUS_BY_EXCEPTION = {
    "QueryBadFormed": 400,
    "Unauthorized": 401,
    "EndPointNotFound": 404,
    "URITooLong": 414,
    "EndPointInternalError": 500,
}


_SPARQL_RESULTS = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/javascript": "json",
    "application/javascript": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
}


@dataclass(frozen=True)
class Endpoint:
    """Where and how to send requests. `update_url` defaults to `url`.

    The URLs are checked (InputError if one is not an http(s) URL with a host) and lose their
    userinfo, which gives `user` and `password` when those are None. `shown_url` and
    `shown_update_url` are the URLs as given, password redacted: what messages name."""

    url: str
    update_url: str | None = None
    user: str | None = None
    password: str | None = None
    auth: str = "basic"
    timeout: float = 60.0
    attempts: int = 4
    backoff: float = 0.5
    shown_url: str = field(init=False, repr=False, compare=False)
    shown_update_url: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        given = {"url": self.url, "update_url": self.update_url or self.url}
        url, user, password = split_url(self.url)
        update_url, update_user, update_password = split_url(given["update_url"])
        if user is None:
            user, password = update_user, update_password
        if self.user is None and user is not None:
            object.__setattr__(self, "user", user)
        if self.password is None and password is not None and self.user == user:
            object.__setattr__(self, "password", password)
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "update_url", update_url)
        object.__setattr__(self, "shown_url", redact(given["url"]))
        object.__setattr__(self, "shown_update_url", redact(given["update_url"]))

    def __repr__(self) -> str:  # never show the password
        return f"Endpoint(url={self.url!r}, update_url={self.update_url!r}, user={self.user!r})"


def endpoint_from_options(
    url: str,
    update_url: str | None = None,
    user: str | None = None,
    ask_password: Callable[[str], str] | None = None,
    environ: Mapping[str, str] = os.environ,
    **options: Any,
) -> Endpoint:
    """The Endpoint of the command-line options. The user is `user`, else the URL's; the
    password is KG_ENDPOINT_PASSWORD, else the URL's, else `ask_password(user)` (InputError
    if there is no way to ask)."""
    url_user, url_password = _url_credentials(url, update_url)
    user = user or url_user
    password = environ.get(PASSWORD_ENV)
    if user and password is None:
        password = url_password if user == url_user else None
        if password is None:
            if ask_password is None:
                raise InputError(Msg.NO_PASSWORD.format(user=user, env=PASSWORD_ENV))
            password = ask_password(user)
    return Endpoint(url=url, update_url=update_url, user=user, password=password, **options)


def _url_credentials(url: str, update_url: str | None) -> tuple[str | None, str | None]:
    for value in (url, update_url):
        if value:
            _, user, password = split_url(value)
            if user is not None:
                return user, password
    return None, None


class _DigestOnce(urllib.request.HTTPDigestAuthHandler):
    """Answer a digest challenge once; if the server refuses those credentials, give up."""

    def http_error_401(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        if req.get_header(self.auth_header) or req.unredirected_hdrs.get(self.auth_header):
            return None
        return super().http_error_401(req, fp, code, msg, headers)


class _Wrapper(SPARQLWrapper):
    """SPARQLWrapper with our digest handler. SPARQLWrapper installs a process-wide urllib
    opener for digest auth; we install ours on every request so no state leaks between them."""

    def set_update(self, text: str) -> None:
        """setQuery for an update, sent as the body of a POST: no query-type regexes over the
        whole text and no URL-encoding of it (see the module docstring)."""
        self.queryString = text
        self.queryType = INSERT  # only decides "update", not what is sent
        self.setRequestMethod(POSTDIRECTLY)

    def _createRequest(self) -> urllib.request.Request:  # noqa: N802 - SPARQLWrapper's name
        auth, self.http_auth = self.http_auth, "BASIC"
        try:
            request = super()._createRequest()
        finally:
            self.http_auth = auth
        if auth == DIGEST and self.user and self.passwd:
            request.remove_header("Authorization")
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, request.full_url, self.user, self.passwd)
            opener = urllib.request.build_opener(_DigestOnce(passwords))
        else:
            opener = urllib.request.build_opener()
        urllib.request.install_opener(opener)
        return request


def _wrapper(endpoint: Endpoint) -> _Wrapper:
    wrapper = _Wrapper(endpoint.url, updateEndpoint=endpoint.update_url or endpoint.url)
    wrapper.setMethod(POST)
    wrapper.timeout = endpoint.timeout  # setTimeout() truncates to int (0.5 would mean none)
    if endpoint.user:
        wrapper.setCredentials(endpoint.user, endpoint.password or "")
        wrapper.setHTTPAuth(endpoint.auth.upper())
    return wrapper


def _status_and_reason(error: Exception) -> tuple[int | None, str]:
    if isinstance(error, urllib.error.HTTPError):
        try:
            body = error.read().decode("utf-8", "replace")
        except Exception:  # noqa: BLE001 - the body is only for the message
            body = ""
        return error.code, body or str(error.reason)
    if isinstance(error, SPARQLWrapperException):
        # the message ends with the server's response: "...\n\nResponse:\nb'...'"
        body = str(error).rpartition("Response:")[2].strip() or type(error).__name__
        if body.startswith(("b'", 'b"')):
            with contextlib.suppress(ValueError, SyntaxError):
                body = ast.literal_eval(body).decode("utf-8", "replace")
        return _STATUS_BY_EXCEPTION.get(type(error).__name__), body
    return None, str(getattr(error, "reason", None) or error) or type(error).__name__


def _short(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


@dataclass(frozen=True)
class _Answer:
    body: bytes
    media_type: str  # of the Content-Type header, lower case, without parameters


def _send(endpoint: Endpoint, to_update: bool, build: Any) -> _Answer:
    """Send the request `build(wrapper)` prepares to the update (or query) URL, with the retry
    policy; return the answer."""
    shown = endpoint.shown_update_url if to_update else endpoint.shown_url
    last_reason, last_status = "", None
    for attempt in range(1, endpoint.attempts + 1):
        wrapper = _wrapper(endpoint)
        build(wrapper)
        try:
            response = wrapper.query().response
            media_type = (response.headers.get("Content-Type") or "").split(";")[0]
            return _Answer(response.read(), media_type.strip().lower())
        except (urllib.error.HTTPError, SPARQLWrapperException) as error:
            status, reason = _status_and_reason(error)
            refused = _not_retried(shown, status, reason)
            if refused is not None:
                raise refused from None
            last_status, last_reason = status, reason
        except _CONNECTION_ERRORS as error:
            last_status, last_reason = None, _status_and_reason(error)[1]
        if attempt < endpoint.attempts:
            time.sleep(endpoint.backoff * 2 ** (attempt - 1))
    raise _gave_up(endpoint, shown, last_status, last_reason)


def _not_retried(shown: str, status: int | None, reason: str) -> EndpointError | None:
    """The error for 401/403 and other 4xx (or no status): not retried."""
    if status in (401, 403):
        return AuthError(Msg.ENDPOINT_AUTH.format(endpoint=shown, status=status, env=PASSWORD_ENV))
    if status is None or status < 500:
        message = Msg.ENDPOINT_REJECTED.format(endpoint=shown, status=status, reason=_short(reason))
        return RejectedError(message, status, _short(reason))
    return None


def _gave_up(endpoint: Endpoint, shown: str, status: int | None, reason: str) -> EndpointError:
    if status is not None:
        return EndpointError(
            Msg.ENDPOINT_SERVER.format(
                endpoint=shown, status=status, attempts=endpoint.attempts, reason=_short(reason)
            )
        )
    return EndpointError(
        Msg.ENDPOINT_UNREACHABLE.format(
            endpoint=shown, attempts=endpoint.attempts, reason=_short(reason)
        )
    )


def _ask(endpoint: Endpoint, text: str) -> bool | str:
    """Run an ASK query at the query URL: its answer, or why the answer is no SPARQL result."""

    def build(wrapper: SPARQLWrapper) -> None:
        wrapper.setQuery(text)
        wrapper.setReturnFormat(JSON)

    answer = _send(endpoint, False, build)
    kind = _SPARQL_RESULTS.get(answer.media_type)
    if kind is None:
        return answer.media_type or "no media type"
    text_body = answer.body.decode("utf-8", "replace")
    if kind == "xml":
        found = re.search(r"<boolean>\s*(true|false)\s*</boolean>", text_body)
        return found.group(1) == "true" if found else f"{answer.media_type} without a boolean"
    try:
        value = json.loads(text_body).get("boolean")
    except (ValueError, AttributeError):
        value = None
    return value if isinstance(value, bool) else f"{answer.media_type} without a boolean"


def ask(endpoint: Endpoint, text: str) -> bool:
    """The answer of an ASK query (no caller text in it) at the query URL; NotAnEndpointError
    (exit 2) if what comes back is not SPARQL results."""
    answer = _ask(endpoint, text)
    if isinstance(answer, str):
        raise NotAnEndpointError(
            Msg.NOT_AN_ENDPOINT.format(endpoint=endpoint.shown_url, reason=answer)
        )
    return answer


def check_endpoint(endpoint: Endpoint) -> None:
    """`ASK {}` at the query URL: NotAnEndpointError unless SPARQL results come back (an update
    URL given as the query URL refuses the query with a 4xx)."""
    try:
        ask(endpoint, "ASK {}")
    except RejectedError as error:
        raise NotAnEndpointError(
            Msg.NOT_A_QUERY_ENDPOINT.format(
                endpoint=endpoint.shown_url, status=error.status, reason=error.reason
            )
        ) from None


def update(endpoint: Endpoint, text: str) -> None:
    """Send one SPARQL Update request."""

    def build(wrapper: _Wrapper) -> None:
        wrapper.set_update(text)

    _send(endpoint, True, build)


def select(endpoint: Endpoint, text: str, union_default_graph: bool = True) -> dict[str, Any]:
    """Run a SELECT query; return the SPARQL JSON results document.

    `union-default-graph` asks an Oxigraph server to query the union of all graphs; Virtuoso
    does that anyway when the query has no FROM, and ignores the parameter."""

    def build(wrapper: SPARQLWrapper) -> None:
        wrapper.setQuery(text)
        wrapper.setReturnFormat(JSON)
        if union_default_graph:
            wrapper.addParameter("union-default-graph", "true")

    answer = _send(endpoint, False, build)
    if answer.media_type in ("text/html", "application/xhtml+xml"):  # a web page
        reason = answer.media_type
        raise NotAnEndpointError(
            Msg.NOT_AN_ENDPOINT.format(endpoint=endpoint.shown_url, reason=reason)
        )
    try:
        return json.loads(answer.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise EndpointError(
            Msg.QUERY_FAILED.format(
                source=endpoint.shown_url, reason=f"not SPARQL JSON results: {error}"
            )
        ) from None
