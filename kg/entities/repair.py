"""Mention steps that correct the NER's own mentions (their span, class or title).

- `repair_mentions`: a mention grows to the whole name its words form and takes the class
  those words give ("Maria" -> "Maria Duarte", "Corvid" -> "Corvid Analytics" as ORG; a
  place and a plural, "Chicago Herons", as a team);
- `titled_people`: capitalised names after a title are people, and keep the title;
- `without_tenure_words`: "Former Halden Steel" is "Halden Steel";
- `without_chair_names`: "the Walter J. Hallbeck Professor of Japanese Politics" names a
  chair, not a person;
- `with_regnal_numbers`: "Aldric V", not "Aldric".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Span

from kg.entities.by_words import (
    ends_with_organisation_word,
    organisation_before_of,
    place_by_its_words,
)
from kg.entities.grown_names import (
    group_after_the,
    keeps_place_label,
    may_grow,
    one_label_per_cued_word,
    without_leading_titles,
)
from kg.entities.known import known_classes
from kg.entities.mention import Mention, department_words, held_tokens, span_mention
from kg.entities.name_cues import (
    chain_around,
    chain_class,
    ends_like_a_persons_name,
    is_given_name,
    opens_with_organisation_word,
    organisation_word_before_of,
    organisation_words,
    surnames_of,
    used_thing_label,
)
from kg.entities.organisation_cues import (
    person_tag_on_team,
    tag_after_group_noun,
    team_name,
)
from kg.entities.person_nouns import described_as_person
from kg.entities.place_cues import place_among_places
from kg.entities.split_names import grown_through_and
from kg.lexicon import country_names, rows, words
from kg.nlp.tokens import token_strings
from kg.vocab import CLASS_BY_LABEL


def repair_mentions(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """NER mentions grown to their whole chain and relabelled by the chain's words; a
    one-word "person" or "place" that is deleted or used ("delete Quibble") is an app."""
    taken = {(m.piece, i): m for m in mentions for i in range(m.token_start, m.token_end)}
    repaired = []
    surnames = surnames_of(mentions)
    full_names = {m.anchor for m in mentions if m.label in {"PERSON", "PER"} and " " in m.anchor}
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        tagged = doc[mention.token_start : mention.token_end]
        if (
            mention.label in {"PERSON", "PER", "LOC", "GPE"}
            and (opens_with_organisation_word(tagged) or organisation_word_before_of(tagged))
            or (mention.label in {"LOC", "GPE"} and ends_with_organisation_word(tagged))
        ):
            grown = grown_through_and(parsed, mention, taken)
            repaired.append(replace(grown, label="ORG", entity_class=CLASS_BY_LABEL["ORG"]))
            continue
        body = organisation_before_of(doc, tagged, taken, mention)
        if mention.label in {"LOC", "GPE"} and body is not None:
            # "the National Library of the Netherlands", the NER's place only "Netherlands"
            repaired.append(span_mention(piece, mention.piece, body, "ORG"))
            continue
        if mention.label == "ORG" and mention.anchor.lower() in country_names():
            # "Lund University, Sweden": a country is a place, whatever list it stands in
            repaired.append(replace(mention, label="LOC", entity_class=CLASS_BY_LABEL["LOC"]))
            continue
        chain = chain_around(doc[mention.token_start])
        if chain is None and mention.token_end - mention.token_start == 1:
            # a one-word name the chain rules do not take ("Brightwave, owned by ..." opening
            # a sentence, tagged as a common noun): only what is done to it can relabel it
            label = mention.label
            if label in {"PERSON", "PER", "LOC", "GPE"} and not _known_or_place(mention):
                label = used_thing_label(doc[mention.token_start], label, surnames)
            repaired.append(replace(mention, label=label, entity_class=CLASS_BY_LABEL[label]))
            continue
        if _team_of_league(doc, chain, mention):  # "the Salem Wolves of the Western
            repaired.append(span_mention(piece, mention.piece, chain, "ORG"))  # Hockey League"
            continue
        if (
            chain is None
            or chain.start > mention.token_start
            or chain.end < mention.token_end
            or any(
                taken.get((mention.piece, i), mention) != mention
                for i in range(chain.start, chain.end)
            )
        ):
            repaired.append(mention)
            continue
        if not may_grow(mention, chain):
            repaired.append(mention)
            continue
        label = chain_class(chain) or mention.label
        whole = len(chain) == mention.token_end - mention.token_start
        if mention.label == "ORG" and whole and not ends_like_a_persons_name(chain):
            label = "ORG"  # "Patrick Brewers", "Royal Nordic Government": a first name
        elif whole and group_after_the(mention, chain, ends_like_a_persons_name(chain)):
            label = "ORG"  # "the Patrick Brewers", tagged a person
        if label in {"PERSON", "PER"} and (
            place_among_places(taken, mention, chain) or keeps_place_label(mention, chain, label)
        ):
            label = mention.label  # "Halifax, Nova Scotia": a given name opens a place's name
        # a known name keeps its tag, unless the chain outgrew it ("Harlan" of "Harlan
        # Communications" is no longer the name the tag was for)
        longer = len(chain) > mention.token_end - mention.token_start
        if (known_classes().get(mention.anchor) and not longer) or (
            len(chain) == 1 and _known_or_place(mention)
        ):
            label = mention.label
        elif len(chain) == 1 and label in {"PERSON", "PER", "LOC", "GPE"}:
            label = used_thing_label(chain[0], label, surnames)
        team = (label in {"LOC", "GPE"} and team_name(chain, tagged)) or (
            label in {"PERSON", "PER"} and person_tag_on_team(chain)
        )
        if (team and not _a_persons_surname(chain, full_names)) or (
            label in {"PERSON", "PER", "LOC", "GPE"} and tag_after_group_noun(chain)
        ):
            label = "ORG"  # "Los Angeles" of "Los Angeles Pelicans", "Denver Broncos"
        if label in {"PERSON", "PER"}:
            chain = without_leading_titles(chain, mention.token_start)  # not "Speaker Hallam"
        grown = span_mention(piece, mention.piece, chain, label)
        repaired.append(replace(grown, title=mention.title))
    repaired = one_label_per_cued_word(mentions, repaired)
    return [place_by_its_words(parsed, _titled_place_is_person(parsed, m)) for m in repaired]


def _a_persons_surname(chain: Span, full_names: set[str]) -> bool:
    """'Cuenca Aranas' after 'Alberto Cuenca Aranas': a person's surname, not a team."""
    tail = " " + chain.text
    return any(name.endswith(tail) for name in full_names)


def _team_of_league(doc, chain: Span | None, mention: Mention) -> bool:
    """A mention that runs from a team's name over "of" into its league's: the team alone
    is the name (the league's is a name of its own)."""
    return (
        chain is not None
        and chain.start == mention.token_start
        and chain.end < mention.token_end
        and doc[chain.end].lower_ == "of"
        and team_name(chain, chain[:0])
    )


@cache
def _tenure_words_no_name() -> frozenset[str]:
    """Tenure words that never start a name (kg/lexicon/tenure_words.tsv)."""
    return frozenset(row[0] for row in rows("tenure_words.tsv") if row[2:3] != ("name",))


def without_tenure_words(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Names that start with a capitalised tenure word lose it (see below)."""
    return [_without_tenure_word(parsed, mention) for mention in mentions]


def _without_tenure_word(parsed: list, mention: Mention) -> Mention:
    """A name grown over a capitalised "Former" opening a sentence ("Former Halden Steel CEO
    Marco Bianchi") starts after it: the word says when a post was held."""
    if mention.token_end - mention.token_start < 2:
        return mention
    piece, doc = parsed[mention.piece]
    if token_strings(doc).lower[mention.token_start] not in _tenure_words_no_name():
        return mention
    rest = doc[mention.token_start + 1 : mention.token_end]
    return replace(span_mention(piece, mention.piece, rest, mention.label), title=mention.title)


_CHAIRS = {"Professor", "Professorship", "Chair", "Fellow", "Lecturer", "Scholar"}


def without_chair_names(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A name run straight into a capitalised chair and "of"/"in" names the chair, not a
    person or an organisation in the text ("Ada Stone is the Walter J. Hallbeck Professor
    of Japanese Politics"); a holder's post is set off by a comma ("Ada Stone, Professor of
    Law")."""
    return [m for m in mentions if not _names_a_chair(parsed[m.piece][1], m.token_end)]


def _names_a_chair(doc, end: int) -> bool:
    return (
        end + 1 < len(doc)
        and doc[end].text in _CHAIRS
        and doc[end + 1].lower_ in {"of", "in", "for"}
    )


def _known_or_place(mention: Mention) -> bool:
    """A name known to kg, or a one-word place the NER tagged as one and GeoNames lists: "a
    Glasgow company" is a company from Glasgow, not a company called Glasgow."""
    if known_classes().get(mention.anchor):
        return True
    return mention.label in {"LOC", "GPE"} and mention.anchor.lower() in words("place_words.txt")


def _titled_place_is_person(parsed: list, mention: Mention) -> Mention:
    """A "place" followed by a title in apposition is a person: "according to Ada Stone,
    president of the Orlo Institute" (a place holds no post); so is a place of two words
    or more said to be someone by occupation ("Einar Voldstad is a Norwegian civil
    servant": person_nouns.described_as_person), and so is an "organisation" that opens
    with a first name."""
    doc = parsed[mention.piece][1]
    name = doc[mention.token_start : mention.token_end]
    if mention.label == "ORG" and is_given_name(name[0].text) and described_as_person(name):
        # "Gerald Ainsley Steel (1924 – 2003) was an English actor": a first name, and
        # said to be someone by occupation, outweighs an organisation word at the end
        return replace(mention, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
    if mention.label not in {"LOC", "GPE"}:
        return mention
    if described_as_person(name):
        return replace(mention, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
    after = [t.lower_ for t in doc[mention.token_end : mention.token_end + 4]]
    if after[:1] != [","]:
        return mention
    rest = after[2:] if after[1:2] and after[1] in {"the", "a", "an", "its"} else after[1:]
    if len(rest) >= 2 and rest[0] in words("titles.txt") and rest[1] == "of":
        return replace(mention, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
    return mention


_INITIAL_TOKEN = {"jr.", "sr."}
PERSON_NOUNS_BEFORE_NAMES = frozenset({"founder", "cofounder", "co-founder"})


@cache
def _person_titles() -> frozenset[str]:
    return words("titles.txt") | PERSON_NOUNS_BEFORE_NAMES


def titled_people(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Capitalised names right after a title are people: "Secretary of State Mike Pompeo",
    "Sen. Josh Hawley", "TV host Laura Ingraham", "Mr Pompeo". Returns the kept mentions,
    then the added people: NER mentions of another class inside such a name are dropped for
    the person. "Founder" is no post (kg/lexicon/titles.txt) but the name after it is a
    person's too ("Acme co-founder Ada Stone")."""
    titles = _person_titles()
    added: list[Mention] = []
    places = {(m.piece, m.token_start) for m in mentions if m.label in {"LOC", "GPE"}}
    for piece_index, (piece, doc) in enumerate(parsed):
        lower = token_strings(doc).lower
        i = 0
        while i < len(doc) - 1:
            if lower[i] not in titles or not _title_context(doc[i]):
                i += 1
                continue
            saint = lower[i] in _SAINTS and (piece_index, i) in places  # "in Saint Quentin":
            if saint and i > 0 and doc[i - 1].pos_ == "ADP":  # a place the NER found whole
                i += 1
                continue
            start = i + 1
            # "Secretary of State": the title runs on through "of" + capitalised words
            portfolios = words("portfolios.txt")
            while (
                start + 1 < len(doc)
                and doc[start].lower_ == "of"
                and doc[start + 1].lower_ in portfolios
            ):
                start += 2
            end = start
            while end < len(doc) and end - start < 4 and _titled_name_word(doc[end], titles):
                end += 1
            if (
                end > start
                and not (end < len(doc) and doc[end].lower_ in words("organisation_nouns.txt"))
                and lower[end - 1] not in organisation_words()  # "Executive Committee"
                and not all(lower[k] in department_words() for k in range(start, end))
            ):  # "Senior Vice President Sales" names a department, not a person
                mention = span_mention(piece, piece_index, doc[start:end], "PERSON")
                added.append(replace(mention, title=doc[i:start].text))
            i = max(end, i + 1)
    spans = {(m.piece, m.token_start, m.token_end): m for m in added}
    kept = [
        m
        for m in mentions
        if not any(
            m.piece == p
            and m.token_start < e
            and s < m.token_end
            and (m.label != "PERSON" or m.token_start < s)  # "State Ada Roe" of a title
            for p, s, e in spans
        )
    ]
    # a person the parser found already keeps its title ("Mr" of "Mr Pompeo")
    kept = [
        replace(m, title=spans[key].title)
        if (key := (m.piece, m.token_start, m.token_end)) in spans and not m.title
        else m
        for m in kept
    ]
    taken = {(m.piece, i) for m in kept for i in range(m.token_start, m.token_end)}
    fresh = [
        m
        for m in added
        if not any((m.piece, i) in taken for i in range(m.token_start, m.token_end))
    ]
    return kept + fresh


_SAINTS = frozenset({"saint", "st.", "st"})


def _title_context(token) -> bool:
    """A title word used as a title: capitalised ("President", "Sen.") or a lower-case job
    noun right before a capitalised word ("host Laura Ingraham")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lower_ == "of" and token.i + 2 < len(doc):
        following = doc[token.i + 2]  # "Secretary of State ..."
        if following.lower_ not in words("portfolios.txt"):
            return False
    return following is not None and following.text[:1].isupper()


def _titled_name_word(token, titles) -> bool:
    text = token.text
    if token.lower_ in titles or token.lower_ in _INITIAL_TOKEN:
        return token.lower_ in _INITIAL_TOKEN
    if len(text) == 2 and text[0].isupper() and text[1] == ".":
        return True  # a middle initial
    return (
        text[:1].isupper()
        and text.replace("-", "").replace("'", "").isalpha()
        and (token.pos_ in {"PROPN", "NOUN", "X", "ADJ"})
    )


_REGNAL_NUMBER = re.compile(r"^(?:I{2,3}|IV|V|VI{1,3}|IX|X{1,3}(?:I{1,3}|IV|V|VI{1,3}|IX)?)$")


def is_regnal_number(doc, i: int) -> bool:
    """doc[i] is a regnal number: "II", "VII", "XIV"; "I" only before "of", where it cannot
    be the pronoun ("Constantine I of Greece")."""
    number = doc[i].text
    before_of = i + 1 < len(doc) and doc[i + 1].lower_ == "of"
    return bool(_REGNAL_NUMBER.match(number)) or (number == "I" and before_of)


def with_regnal_numbers(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A person's name takes the regnal number after it ("Aldric V of Navarre", "Constantine I
    of Greece"): without it, the name is another person's."""
    taken = held_tokens(mentions)
    return [_with_regnal_number(parsed, mention, taken) for mention in mentions]


def _with_regnal_number(parsed: list, mention: Mention, taken: set) -> Mention:
    piece, doc = parsed[mention.piece]
    end = mention.token_end
    if mention.label != "PERSON" or end >= len(doc) or (mention.piece, end) in taken:
        return mention
    if not is_regnal_number(doc, end):
        return mention
    grown = doc[mention.token_start : end + 1]
    return replace(span_mention(piece, mention.piece, grown, mention.label), title=mention.title)
