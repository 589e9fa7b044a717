"""Endpoint URLs: checked, their userinfo taken out, and shown with the password as `***`."""

from __future__ import annotations

import re
import urllib.parse

from kg.errors import InputError, Msg

_NETLOC = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)$", re.DOTALL)


def redact(url: str) -> str:
    """The URL as messages name it: a password in its userinfo becomes `***`."""
    match = _NETLOC.match(url)
    if match is None:
        return url
    scheme, netloc, rest = match.groups()
    userinfo, at, host = netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    return f"{scheme}{userinfo.partition(':')[0]}:***@{host}{rest}"


def split_url(value: str) -> tuple[str, str | None, str | None]:
    """(URL without userinfo, user, password) of an http(s) endpoint URL; InputError naming
    the (redacted) value if it is not one."""
    try:
        parts = urllib.parse.urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(char.isspace() or ord(char) < 32 for char in value)
    ):
        raise InputError(Msg.BAD_ENDPOINT_URL.format(value=redact(value)))
    user = urllib.parse.unquote(parts.username) if parts.username is not None else None
    password = urllib.parse.unquote(parts.password) if parts.password is not None else None
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=host)), user, password
