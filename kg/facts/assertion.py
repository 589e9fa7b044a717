"""Whether a clause asserts what it says: not negated, not denied, not a condition.

"Huawei has denied that it enables spying" and "If Acme bought Brightwave, ..." assert
nothing; every relation and event rule asks `asserted(token)` before it claims anything.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.symbols import ADJ as ADJ_POS
from spacy.symbols import AUX as AUX_POS
from spacy.symbols import VERB as VERB_POS
from spacy.tokens import Doc, Token

from kg.nlp.syntax import NEGATION_WORDS, dep, lower_of, modal, per_doc
from kg.nlp.tokens import token_strings

DENIAL_VERBS = {"deny", "reject", "refute", "dismiss", "dispute"}


CONDITIONAL_MARKS = {"if", "unless", "whether"}
PRESUPPOSED = {"acl:relcl", "relcl", "appos"}  # not acl: "denied reports that it banned X"


def asserted(token: Token) -> bool:
    """False when the token's clause, or one above it, is negated, a denial or a condition
    ("If Acme bought Brightwave, ..." asserts no purchase)."""
    return token.i not in per_doc(token.doc, "kg.facts.relations.unasserted", _unasserted)


def _unasserted(doc: Doc) -> frozenset[int]:
    """Indices of the tokens at or under a negated clause, a denial or a condition (read
    from doc.to_array: rules ask for every token, and Token attributes are slow)."""
    rows = doc.to_array([HEAD, LOWER, DEP, LEMMA, POS]).tolist()
    strings = doc.vocab.strings
    # doc.to_array gives each head as an offset from the token, in a uint64
    heads = [i + (row[0] if row[0] < 2**63 else row[0] - 2**64) for i, row in enumerate(rows)]
    labels = [lower_of(strings, row[2]) for row in rows]
    negated = _negated(heads, labels, token_strings(doc).lower)
    # a noun with a copula heads its clause ("Ana Soto was not the CEO of Acme")
    predicates = {heads[j] for j, label in enumerate(labels) if label == "cop"}
    conditioned, own = set(), []
    for i, (_head, lower, _label, lemma, pos) in enumerate(rows):
        if lower_of(strings, lower) in CONDITIONAL_MARKS and labels[i] == "mark":
            conditioned.add(heads[i])
        clause = pos in _CLAUSE_POS or i in predicates
        own.append(lower_of(strings, lemma) in DENIAL_VERBS or (clause and i in negated))
    lowers = token_strings(doc).lower
    separate = _separate_conjuncts(heads, labels, lowers) | _stated_reasons(heads, labels, lowers)
    blocked: dict[int, bool] = {}
    for i in range(len(doc)):
        path = []
        while i not in blocked and heads[i] != i:
            path.append(i)
            i = heads[i]
        if i not in blocked:  # the root
            blocked[i] = own[i] or i in conditioned
        above = blocked[i]
        for below in reversed(path):
            # a relative clause or an apposition is not in the scope of the clause
            # above it: "X, who owns Y, did not comment" still says that X owns Y
            presupposed = labels[below] in PRESUPPOSED or below in separate
            above = (not presupposed and above) or own[below] or below in conditioned
            blocked[below] = above
    return frozenset(i for i, is_blocked in blocked.items() if is_blocked)


_CLAUSE_POS = {VERB_POS, AUX_POS, ADJ_POS}


FUTURE_MODALS = {"will", "'ll", "shall"}
INTENT_VERBS = {
    "agree", "plan", "offer", "seek", "propose", "bid", "aim", "intend", "want", "try", "hope",
    "expect", "consider", "negotiate", "move", "look", "prepare", "announce",
}  # fmt: skip


def is_future(verb: Token) -> bool:
    """'will become', 'is to become', 'is set to become'."""
    if modal(verb) in FUTURE_MODALS:
        return True
    head = verb.head
    marked = any(c.lower_ == "to" for c in verb.children)
    return marked and head.i != verb.i and head.lemma_.lower() in {"be", "set", "expect", "due"}


def intended(verb: Token) -> Token | None:
    """The verb of intent a clause hangs from ("agreed to buy", "plans to acquire", "offered
    to buy"), or None."""
    head = verb.head
    if head.i != verb.i and dep(verb) == "xcomp" and head.lemma_.lower() in INTENT_VERBS:
        return head
    return None


def realised(verb: Token) -> bool:
    """The clause says it happened or holds, not that it will or is meant to ("will buy",
    "agreed to buy"): ownership comes only from a realised purchase."""
    return not is_future(verb) and intended(verb) is None


def _separate_conjuncts(heads: list[int], labels: list[str], lowers: list[str]) -> set[int]:
    """Conjuncts that say something of their own, outside a negation of the first: after
    ", and" or "but" ("X never went back to the game, and died in 1891", "did not win but
    finished second"); not "did not buy or sell", which the negation covers whole."""
    joined: dict[int, list[int]] = {}
    for j, (head, label) in enumerate(zip(heads, labels, strict=True)):
        if label in {"cc", "punct"} and head != j:
            joined.setdefault(head, []).append(j)
    separate = set()
    for j, label in enumerate(labels):
        if label != "conj":
            continue
        words = {lowers[k]: k for k in joined.get(j, ())}
        comma_and = "and" in words and "," in words and words[","] < words["and"]
        if comma_and or "but" in words:
            separate.add(j)
    return separate


# marks of adverbial clauses that state their own facts: "The visit never took place since
# Orlov died in 1979" still says that he died ("if", "unless" and "whether" make conditions)
FACTIVE_MARKS = frozenset(
    {"since", "because", "after", "before", "when", "while", "although", "though", "until"}
)


def _stated_reasons(heads: list[int], labels: list[str], lowers: list[str]) -> set[int]:
    """Adverbial clauses whose mark states them (FACTIVE_MARKS): outside a negation of the
    clause they hang from."""
    marked = {
        heads[j] for j, label in enumerate(labels) if label == "mark" and lowers[j] in FACTIVE_MARKS
    }
    return {j for j in marked if labels[j] == "advcl"}


def _negated(heads: list[int], labels: list[str], lowers: list[str]) -> set[int]:
    """Indices of the tokens `kg.nlp.syntax.is_negated` holds for, from the parse's arrays
    (a child is a token whose head it is): a `neg` child, an `advmod` negation word, or
    "longer" with its own child "no" ("no longer")."""
    heads_of_no = {heads[j] for j, lower in enumerate(lowers) if lower == "no" and heads[j] != j}
    negated = set()
    for child, (head, label, lower) in enumerate(zip(heads, labels, lowers, strict=True)):
        if head == child:
            continue
        if (
            label == "neg"
            or (label == "advmod" and lower in NEGATION_WORDS)
            or (lower == "longer" and child in heads_of_no)
        ):
            negated.add(head)
    return negated
