"""Dates as written in news text, normalised to ISO 8601.

`parse_dateline` reads a line that is only a date (optionally with a time): "10 July 2020,
21:54", "July 10, 2020", "Friday, July 10, 2020", "2020-07-10". `resolve_weekday` turns
"Friday" into a date given the publication date (the most recent such day on or before it).
"""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Literal
from rdflib.namespace import XSD

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
_TIME = r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
_DATE_FORMS = [
    re.compile(
        _WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r"\s*,?\s+(?P<year>\d{4})" + _TIME, re.I
    ),
    # "May 4, 1950", and "May 4 , 1950" as tokenised text writes it
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})\s*,?\s+(?P<year>\d{4})" + _TIME, re.I),
    re.compile(
        r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?"
    ),
]
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})\b(?!,?\s*\d{4})", re.I)


def _build(match: re.Match[str]) -> str | None:
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower().rstrip(".")]
    try:
        date = dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None
    if match.groupdict().get("hour") is None:
        return date.isoformat()
    hour = int(match["hour"])
    ampm = (match.groupdict().get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or int(match["minute"]) > 59:
        return None
    return dt.datetime(date.year, date.month, date.day, hour, int(match["minute"])).isoformat()


def parse_dateline(line: str) -> str | None:
    """ISO date or date-time when the whole line is a date, else None."""
    line = line.strip().rstrip(".")
    for form in _DATE_FORMS:
        match = form.fullmatch(line)
        if match:
            return _build(match)
    return None


def find_date(text: str) -> str | None:
    """The first absolute date written anywhere in `text`, as ISO."""
    for form in _DATE_FORMS:
        match = form.search(text)
        if match:
            return _build(match)
    return None


def resolve_month_day(text: str, published: str | None) -> str | None:
    """'July 10' with a known publication year."""
    match = _MONTH_DAY.search(text)
    if not match or not published:
        return None
    try:
        month = MONTHS[match["month"].lower().rstrip(".")]
        return dt.date(int(published[:4]), month, int(match["day"])).isoformat()
    except ValueError:
        return None


def resolve_weekday(weekday: str, published: str | None) -> str | None:
    """The most recent `weekday` on or before the publication date, as ISO."""
    if not published or weekday.lower() not in WEEKDAYS:
        return None
    published_date = dt.date.fromisoformat(published[:10])
    back = (published_date.weekday() - WEEKDAYS.index(weekday.lower())) % 7
    return (published_date - dt.timedelta(days=back)).isoformat()


def date_literal(value: str) -> Literal | None:
    """xsd:date or xsd:dateTime for an ISO string; None when it is neither."""
    try:
        if len(value) <= 10:
            return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return Literal(parsed.isoformat(), datatype=XSD.dateTime)
    except ValueError:
        return None


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def stated_date(text: str, published: str | None) -> Literal | None:
    """A date as precise as the text states it: xsd:date for a day ("4 May 2021", or "May
    4" with the article's year), xsd:gYearMonth for a month ("March 2019"), xsd:gYear for a
    year ("in 2017"); None when it names none."""
    iso = find_date(text) or resolve_month_day(text, published)
    if iso is not None:
        return date_literal(iso[:10])
    year = _YEAR.search(text)
    if year is None:
        return None
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in MONTHS), None)
    if month is not None:
        return Literal(f"{year.group(1)}-{month:02d}", datatype=XSD.gYearMonth)
    return Literal(year.group(1), datatype=XSD.gYear)


_UNSURE = re.compile(
    r"\b(?:c|ca|circa|fl|r|about|around|before|after|or|bc|bce|ad)\b\.?|\?|\d0s\b", re.I
)
_ANY_YEAR = re.compile(r"(?<![\d,])(?<!\d\.)(1\d{3}|20\d{2})(?![\d.,]?\d)")


def single_year(text: str) -> int | None:
    """The year a short text states when it states exactly one (certain or not: "c. 1520")."""
    years = _ANY_YEAR.findall(text)
    return int(years[0]) if len(years) == 1 else None


def written_date(text: str) -> Literal | None:
    """The one date a short text states, as precisely as it states it: xsd:date ("4 May
    1950", "May 4, 1950"), xsd:gYearMonth ("March 1950"), xsd:gYear ("1950"). None when it
    states none, more than one year, or an uncertain one ("c. 1500", "fl. 1620", "1859 or
    1860", "the 1950s"). Unlike `stated_date`, any year from 1000 on: a life or a founding
    is often older than the news."""
    if _UNSURE.search(text):
        return None
    year = single_year(text)
    if year is None:
        return None
    day = next((match for form in _DATE_FORMS if (match := form.search(text))), None)
    if day is not None:
        iso = _build(day)  # None for a day no calendar has ("31 February 1900")
        return date_literal(iso[:10]) if iso is not None else None
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in MONTHS), None)
    if month is not None:
        return Literal(f"{year}-{month:02d}", datatype=XSD.gYearMonth)
    return Literal(str(year), datatype=XSD.gYear)
