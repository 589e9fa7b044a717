"""A short form of a person's name joins the full name it ends ("Pompeo" -> "Michael R.
Pompeo", "Ruiz Carmona" -> "Alberto Ruiz Carmona").

With several full names ending in it, the surname goes to the nearest one named before its
first mention, except a full name the document gives only as someone's parent ("the son of
Ivar Lund and Ada Berg"): a biography names the parents once, then goes on about its
subject by surname ("Tor Lund (1901-1960) was a farmer. He was the son of Ivar Lund ...
Lund studied in Bergen" is Tor Lund). A parent named on their own elsewhere in the
document stays a candidate.
"""

from __future__ import annotations

import re

from kg.entities.mention import Mention
from kg.entities.name_cues import NAME_PARTICLES, is_given_name

# the words that introduce a parent right before the name
_AS_A_PARENT = re.compile(
    r"(?:\b(?:son|daughter|child|children|sons|daughters) of|\bborn to|"
    r"\b(?:his|her|their) (?:father|mother|parents)),?(?: the late)?\s*$",
    re.IGNORECASE,
)
_LOOK_BEHIND = 40  # characters


def join_surnames(
    groups: dict[str, list[Mention]],
    pages: dict[str, str],
    full_names: dict[str, list[Mention]],
    text: str,
) -> None:
    """Move each short form's group into the full name it stands for (`full_names`: the
    person groups of more than one word), in place."""
    for key in [k for k in groups if len(k.split()) == 1 or _two_surnames(k)]:
        size = len(key.split())
        candidates = [
            full
            for full in full_names
            if len(full.split()) > size and full.split()[-size:] == key.split()
        ]
        if len(candidates) > 1 and text:
            candidates = [c for c in candidates if not _only_a_parent(full_names[c], text)] or (
                candidates
            )
        if not candidates:
            continue
        first_seen = min(m.start for m in groups[key])
        target = max(
            candidates,
            key=lambda c: (
                max((m.start for m in full_names[c] if m.start < first_seen), default=-1),
                -min(m.start for m in full_names[c]),
            ),
        )
        groups[target].extend(groups.pop(key))
        pages.pop(key, None)


def _only_a_parent(group: list[Mention], text: str) -> bool:
    """Every full mention of the name follows words that introduce a parent."""
    full = [m for m in group if len(m.anchor.split()) > 1]
    return bool(full) and all(
        _AS_A_PARENT.search(text[max(0, m.start - _LOOK_BEHIND) : m.start]) for m in full
    )


def _two_surnames(key: str) -> bool:
    """Two words, the first no listed first name or a surname's particle: a double surname
    ("Ruiz Carmona" of "Alberto Ruiz Carmona", "Van Os" of "Lieke van Os"), not a
    shorter full name ("Maria Duarte")."""
    words_ = key.split()
    surname = words_[:1] and (words_[0] in NAME_PARTICLES or not is_given_name(words_[0]))
    return len(words_) == 2 and bool(surname)
