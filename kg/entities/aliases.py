"""Another name given for a name right after it: "the Harbin Tieshan Cranes, also known as
Harbin Cranes", "Tomás Ibarra y Velasco, or simply Tomás Ibarra". Both names stand
for one thing; kg/entities/resolve.py joins their groups as it joins a short form in
brackets.

Only the words between the two names are read, and only in one sentence: a comma or an
opening bracket, then "also known as", "known as", "commonly known as", "better known as",
"also called", "or simply", "nicknamed" or "née" (a birth name: "Ilse Brandt, née Kohl").
Not "formerly": a former name is often the
longer one ("Kauri Motors New Zealand Limited, formerly Tasman Motor Works New Zealand Limited"),
and the entity's label, its fullest form, would then be the name it no longer has.
"""

from __future__ import annotations

import re

_ALIAS_WORDS = re.compile(
    r"^\s*[,(]\s*(?:(?:also|commonly|more commonly|better|popularly|often)\s+)?"
    r"(?:known\s+as|called|nicknamed)\s*(?:the\s+)?$"
    r"|^\s*[,(]?\s*or\s+simply\s*(?:the\s+)?$"
    r"|^\s*[,(]?\s*(?:née|nee)\s*$",
    re.IGNORECASE,
)


def names_an_alias(between: str) -> bool:
    """Whether the text between two names says the second is another name for the first."""
    return len(between) <= 40 and _ALIAS_WORDS.match(between) is not None
