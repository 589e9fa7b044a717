"""Boilerplate, metadata lines and headlines, on texts written for the tests."""

from kg.ingest.clean import BOILERPLATE, CONTENT, HEADLINE, METADATA, clean, paragraphs
from kg.ingest.dates import parse_dateline, resolve_month_day, resolve_weekday

ARTICLE = """Menu

Harbour authority halts ferry service after storm damage

3 March 2021, 08:15

By Ines Alvarez Coastal Herald

The Port of Brinley suspended all ferry crossings on Tuesday, citing damage to two piers.
Repairs could take weeks, the harbour master told reporters.

ADVERTISEMENT

"We will not reopen until the piers are safe," said Tomas Keane, who runs the port.

Distributed by Northwind Syndicate, LLC.

Related News

Mayor Quinn wins second term
Celebrity chef opens bistro in Lisbon
"""


def kinds(text):
    cleaned = clean(text)
    return cleaned, {text[s.start : s.end].split("\n")[0]: s.kind for s in cleaned.segments}


def test_segments_classified_and_offsets_exact():
    cleaned, by_line = kinds(ARTICLE)
    assert by_line["Menu"] == BOILERPLATE
    assert by_line["Harbour authority halts ferry service after storm damage"] == HEADLINE
    assert by_line["3 March 2021, 08:15"] == METADATA
    assert by_line["By Ines Alvarez Coastal Herald"] == METADATA
    assert by_line["ADVERTISEMENT"] == BOILERPLATE
    assert by_line["Distributed by Northwind Syndicate, LLC."] == METADATA
    assert by_line["Related News"] == BOILERPLATE
    assert by_line["Mayor Quinn wins second term"] == BOILERPLATE
    assert by_line["Celebrity chef opens bistro in Lisbon"] == BOILERPLATE
    body = [s for s in cleaned.segments if s.kind == CONTENT]
    assert ARTICLE[body[0].start : body[0].end].startswith("The Port of Brinley")
    # a single newline between two sentences splits paragraphs
    assert ARTICLE[body[1].start : body[1].end] == (
        "Repairs could take weeks, the harbour master told reporters."
    )


def test_metadata_read_from_text():
    cleaned, _ = kinds(ARTICLE)
    assert cleaned.metadata == {
        "headline": "Harbour authority halts ferry service after storm damage",
        "datePublished": "2021-03-03T08:15:00",
        "author": "Ines Alvarez",
        "publisher": "Coastal Herald",
        "distributor": "Northwind Syndicate, LLC",
    }


def test_nothing_invented_when_not_stated():
    text = "The council met on a Monday and approved the budget for the new library.\n"
    cleaned = clean(text)
    assert cleaned.metadata == {}
    assert [s.kind for s in cleaned.segments] == [CONTENT]


def test_trailing_list_of_headlines_without_marker_is_boilerplate():
    story = "A long first paragraph of the story " * 4 + "ends here.\n\n"
    others = "\n\n".join(f"Unrelated story number {n} about something" for n in range(7))
    cleaned = clean(story + others + "\n")
    assert cleaned.segments[0].kind in (CONTENT, HEADLINE)
    assert all(s.kind == BOILERPLATE for s in cleaned.segments[1:])


def test_hard_wrapped_lines_stay_one_paragraph():
    text = (
        "The committee said on Thursday that the proposal to close the old bridge\n"
        "would be reviewed by engineers before any final decision was taken.\n"
    )
    assert len(paragraphs(text)) == 1


def test_separator_splits_a_credit_from_the_story():
    text = (
        "Officials confirmed the closure would last a week and then reopen. ___ "
        "Distributed by Example Wire.\n"
    )
    cleaned = clean(text)
    assert [s.kind for s in cleaned.segments] == [CONTENT, METADATA]
    assert cleaned.metadata["distributor"] == "Example Wire"


def test_datelines():
    assert parse_dateline("10 July 2020, 21:54") == "2020-07-10T21:54:00"
    assert parse_dateline("July 10, 2020") == "2020-07-10"
    assert parse_dateline("Friday, July 10, 2020 at 3:05 pm") == "2020-07-10T15:05:00"
    assert parse_dateline("2020-07-10") == "2020-07-10"
    assert parse_dateline("31 February 2020") is None
    assert parse_dateline("The meeting is on 10 July 2020") is None


def test_relative_dates_resolved_against_publication():
    # 2020-07-10 was a Friday
    assert resolve_weekday("Friday", "2020-07-10T21:54:00") == "2020-07-10"
    assert resolve_weekday("Monday", "2020-07-10") == "2020-07-06"
    assert resolve_weekday("Monday", None) is None
    assert resolve_month_day("by July 10 to keep access", "2020-07-09") == "2020-07-10"
