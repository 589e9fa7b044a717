"""Words the nationality rules read (kg/facts/relations/triggered.py, finder.py,
word_order.py): nouns for citizenship, royal titles, state offices, the countries English
writes as adjectives, and the fields a demonym may name instead of a person's country."""

from __future__ import annotations

CITIZENSHIP_NOUNS = {"citizenship", "nationality", "passport"}
ROYAL_TITLES = frozenset(
    {"king", "queen", "prince", "princess", "emperor", "empress", "tsar", "tsarina", "czar"}
    | {"czarina", "tsarevich", "kaiser", "shah", "sultan", "infante", "infanta", "archduke"}
)
# offices a country gives its own citizens ("Australia's Minister for Trade", "the
# President of Poland"); not "coach", "manager" or "adviser", which foreigners hold
STATE_OFFICES = frozenset(
    {"president", "minister", "premier", "chancellor", "ambassador", "envoy", "consul"}
    | {"secretary"}  # with its country: "the United States Secretary of Homeland Security"
    | {"senator", "congressman", "congresswoman", "legislator", "lawmaker", "diplomat"}
)
# countries whose short names English uses as adjectives ("a U.S. businessman", "a UK
# charity"); any other country's name before a noun may say what the noun is about ("a
# China expert", "a Syria envoy")
ADJECTIVAL_COUNTRIES = frozenset({"US", "U.S.", "UK", "U.K."})
CITIZEN_NOUNS = frozenset({"citizen", "national"})  # "a citizen of Portugal"

# fields a demonym names before a person's noun: "a Chinese language teacher" teaches
# Chinese, wherever she is from ("an American rock singer" is American)
FIELD_NOUNS = frozenset(
    {"language", "languages", "literature", "history", "cuisine", "food", "studies"}
    | {"politics", "affairs", "culture", "philosophy", "law", "poetry", "mythology", "folklore"}
    | {"wine", "cooking", "grammar", "linguistics", "archaeology", "antiques"}
    | {"restaurant"}
)
