"""Talking to a SPARQL 1.1 endpoint through SPARQLWrapper: timeouts, retries, typed errors.

Every request has a timeout. Connection errors, timeouts and HTTP 5xx are retried with
exponential backoff (`attempts` in all, waiting `backoff`, 2*`backoff`, ... seconds between);
401/403 raise `AuthError` and other 4xx `EndpointError` at once, never retried. Updates kg sends
are idempotent (DROP + INSERT DATA, INSERT DATA of a set), so a retried request cannot duplicate.

Updates are sent as the body of a POST (`application/sparql-update`, "update via POST
directly" in the SPARQL 1.1 Protocol; Oxigraph and Virtuoso 7.2 accept it), and SPARQLWrapper's
query-type regexes are skipped for them: both cost seconds per 100,000 triples of INSERT DATA.

The password is an argument only: the CLI takes it from KG_ENDPOINT_PASSWORD or a prompt; it is
never part of a message. Digest auth sends the credentials at most once per request (urllib's
own handler would try up to six times with a wrong password), and basic auth is pre-emptive.
"""

from __future__ import annotations

import ast
import contextlib
import http.client
import json
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from SPARQLWrapper import DIGEST, INSERT, JSON, POST, POSTDIRECTLY, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.errors import AuthError, EndpointError, Msg

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


@dataclass(frozen=True)
class Endpoint:
    """Where and how to send requests. `update_url` defaults to `url`."""

    url: str
    update_url: str | None = None
    user: str | None = None
    password: str | None = None
    auth: str = "basic"
    timeout: float = 60.0
    attempts: int = 4
    backoff: float = 0.5

    def __repr__(self) -> str:  # never show the password
        return f"Endpoint(url={self.url!r}, update_url={self.update_url!r}, user={self.user!r})"


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


def _send(endpoint: Endpoint, url: str, build: Any) -> bytes:
    """Send the request `build(wrapper)` prepares, with the retry policy; return the body."""
    last_reason, last_status = "", None
    for attempt in range(1, endpoint.attempts + 1):
        wrapper = _wrapper(endpoint)
        build(wrapper)
        try:
            return wrapper.query().response.read()
        except (urllib.error.HTTPError, SPARQLWrapperException) as error:
            status, reason = _status_and_reason(error)
            if status in (401, 403):
                raise AuthError(
                    Msg.ENDPOINT_AUTH.format(endpoint=url, status=status, env=PASSWORD_ENV)
                ) from None
            if status is None or status < 500:
                raise EndpointError(
                    Msg.ENDPOINT_REJECTED.format(endpoint=url, status=status, reason=_short(reason))
                ) from None
            last_status, last_reason = status, reason
        except _CONNECTION_ERRORS as error:
            last_status, last_reason = None, _status_and_reason(error)[1]
        if attempt < endpoint.attempts:
            time.sleep(endpoint.backoff * 2 ** (attempt - 1))
    if last_status is not None:
        raise EndpointError(
            Msg.ENDPOINT_SERVER.format(
                endpoint=url,
                status=last_status,
                attempts=endpoint.attempts,
                reason=_short(last_reason),
            )
        )
    raise EndpointError(
        Msg.ENDPOINT_UNREACHABLE.format(
            endpoint=url, attempts=endpoint.attempts, reason=_short(last_reason)
        )
    )


def update(endpoint: Endpoint, text: str) -> None:
    """Send one SPARQL Update request."""

    def build(wrapper: _Wrapper) -> None:
        wrapper.set_update(text)

    _send(endpoint, endpoint.update_url or endpoint.url, build)


def select(endpoint: Endpoint, text: str, union_default_graph: bool = True) -> dict[str, Any]:
    """Run a SELECT query; return the SPARQL JSON results document.

    `union-default-graph` asks an Oxigraph server to query the union of all graphs; Virtuoso
    does that anyway when the query has no FROM, and ignores the parameter."""

    def build(wrapper: SPARQLWrapper) -> None:
        wrapper.setQuery(text)
        wrapper.setReturnFormat(JSON)
        if union_default_graph:
            wrapper.addParameter("union-default-graph", "true")

    body = _send(endpoint, endpoint.url, build)
    try:
        return json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise EndpointError(
            Msg.QUERY_FAILED.format(source=endpoint.url, reason=f"not SPARQL JSON results: {error}")
        ) from None
