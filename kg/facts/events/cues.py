"""The words and phrases of events: trigger roles (kg/lexicon/event_words.tsv), the status a
clause gives, the ordered people and the phrases kept as literals."""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import WordKinds, rows, words
from kg.nlp.syntax import (
    ancestors_inclusive,
    dep,
    is_past,
    modal,
)
from kg.vocab import STATUS_ENACTED, STATUS_PROPOSED, STATUS_RETRACTED
from kg.vocab import STATUS_UNDER_CONSIDERATION as STATUS_CONSIDERED

_ROLES: dict[str, set[str]] = {}
for _lemma, _role in rows("event_words.tsv"):
    _ROLES.setdefault(_lemma, set()).add(_role)


SPEECH = words("speech_verbs.txt")


COMMUNICATION_NOUNS = {"email", "e-mail", "memo", "notice", "message", "letter", "directive"}


REASON_PREPOSITIONS = {"over", "because", "due", "amid", "for"}


PLANS = {"propose", "consider"}


_CLAUSE_POS = {"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PART"}


_MODIFIERS = {"amod", "compound"}


def starts_clause(token: Token) -> bool:
    """A verb, pronoun or conjunction, but not a participle modifying a noun ("the
    messaging app", with "messaging" tagged a verb, however it is attached), nor a word only
    one of the two taggers calls a verb ("app" as UPOS VERB with the fine-grained tag NN)."""
    if token.pos_ not in _CLAUSE_POS:
        return False
    if token.pos_ in {"VERB", "AUX"}:
        disputed = bool(token.tag_) and not token.tag_.startswith(("VB", "MD"))
        after_determiner = token.i > 0 and token.doc[token.i - 1].pos_ == "DET"
        return not (disputed or after_determiner or dep(token) in _MODIFIERS)
    return True


USE_VERBS = {"use", "download", "install", "access", "open"}


PROPOSING_MODALS = {"should", "could", "would", "might", "will", "'ll", "may"}


_TRIGGERS = WordKinds(_ROLES)


def roles(token: Token) -> set[str]:
    """The trigger roles of a word, by lemma or, where the lemmatiser erred, by form."""
    return _TRIGGERS.of(token.lemma_, token.lower_)


def roles_of(lemma: str, lower: str) -> set[str]:
    """`roles` of a token from its lemma and lower-case form (kg.nlp.tokens)."""
    return _TRIGGERS.of(lemma, lower)


def status_of(token: Token, head: Token):
    """Cue words above the trigger first, then the modal and tense of its clause."""
    for ancestor in ancestors_inclusive(token)[1:5]:
        kinds = roles(ancestor)
        if "consider" in kinds:
            return STATUS_CONSIDERED
        if "propose" in kinds:
            return STATUS_PROPOSED
        if ancestor.lower_ in SPEECH or ancestor.lemma_ in SPEECH:
            break
    verb_modal = modal(head)
    if verb_modal in PROPOSING_MODALS:
        return STATUS_PROPOSED
    if verb_modal == "must" or is_past(head) or head.tag_ in {"VBZ", "VBP"}:
        return STATUS_ENACTED
    if head.pos_ == "NOUN":
        return STATUS_PROPOSED
    return STATUS_ENACTED


def antecedent_of_them(token: Token) -> Token | None:
    """'asking them to delete': 'them' is the nearest plural noun before it, if any."""
    if token.pos_ != "PRON":
        return token
    if token.lower_ not in {"them", "they"}:
        return None
    for i in range(token.i - 1, token.sent.start - 1, -1):
        candidate = token.doc[i]
        if candidate.tag_ == "NNS" and candidate.pos_ == "NOUN":
            return candidate
    return None


def ordering_verb(token: Token) -> Token | None:
    """The verb that orders the removal: 'told staff to delete' (xcomp, ccomp or advcl of
    the order verb, or acl of its object, as parsers differ)."""
    head = token.head
    if dep(token) in {"xcomp", "ccomp", "advcl"} and "order" in roles(head):
        return head
    determined = any(dep(c) in {"det", "nmod:poss", "poss"} for c in head.children)
    if dep(token) == "acl" and head.pos_ == "NOUN" and "order" in roles(head) and determined:
        return head  # "its instruction to remove the app", not a misparsed "Acme orders"
    ordered_people = dep(token) == "acl" and dep(head) in {"obj", "dobj", "iobj", "dative"}
    if ordered_people and "order" in roles(head.head):
        return head.head
    return None


PHRASAL_RETRACT_VERBS = {"take", "walk"}


def phrasal_retract(token: Token) -> bool:
    """'took back', 'walked back'."""
    return token.lemma_.lower() in PHRASAL_RETRACT_VERBS and any(
        child.lower_ == "back" and dep(child) in {"compound:prt", "prt", "advmod"}
        for child in token.children
    )


def people_phrase(token: Token) -> str:
    """The ordered people as a noun phrase: "employees", not "to its employees" when the
    people were found through a pronoun's antecedent ("sent to its employees telling them"),
    nor "employees asking them to ..." (a participle clause is the message's, not theirs;
    a relative clause stays: "staff who travel")."""
    phrase = noun_phrase(token, skip={"acl"})
    leading = [
        child.text
        for child in sorted(token.children, key=lambda child: child.i)
        if child.i < token.i and (dep(child) == "case" or child.lower_ in _POSSESSIVE_PRONOUNS)
    ]
    for word in leading:  # "to its employees" -> "employees": "its" means nothing alone
        if phrase.startswith(word + " "):
            phrase = phrase[len(word) + 1 :]
    return phrase


_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}


_NOT_IN_PHRASE = {"advcl", "parataxis", "ccomp", "conj", "cc", "punct", "appos"}


def noun_phrase(
    token: Token, limit: int = 14, skip: frozenset[str] | set[str] = frozenset()
) -> str:
    """The noun phrase a token heads, as written: its subtree without clauses hung from it
    by coordination or parataxis (nor those of `skip`), cut at the first gap, at most `limit`
    words."""
    skipped: set[int] = set()
    for child in token.children:
        if dep(child) in _NOT_IN_PHRASE or dep(child) in skip:
            skipped.update(t.i for t in child.subtree)
    kept = [t for t in token.subtree if t.i not in skipped]
    run = [kept[0]]
    for t in kept[1:]:
        if t.i != run[-1].i + 1 or len(run) >= limit:
            break
        run.append(t)
    while run and run[-1].is_punct:
        run.pop()
    return "".join(t.text_with_ws for t in run).strip()


def phase(status) -> str:
    """Proposed and under consideration are one phase (not yet decided); enacted another."""
    return "open" if status in {STATUS_PROPOSED, STATUS_CONSIDERED} else str(status)


def rank(status) -> int:
    order = [None, STATUS_PROPOSED, STATUS_CONSIDERED, STATUS_ENACTED, STATUS_RETRACTED]
    return order.index(status)
