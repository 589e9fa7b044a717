"""Build kg/lexicon/known_entities.tsv: names linked to Wikipedia identities in GUM.

GUM annotates many mentions with the Wikipedia page of what they refer to. Each named
person, organisation and place mention gives `surface form -> page`; a person's surname
alone also points to the page when only one person page in the corpus has that surname.
Forms that point to two different pages are dropped (ambiguous). kg uses the table to link
entities (`owl:sameAs` DBpedia) and to resolve a lone surname such as "Trump" in an
article that never gives the full name, the same way in every run.

    python -m kg.training.known_entities ../shared/corpora kg/lexicon/known_entities.tsv
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from kg.training.conllu import read_conllu
from kg.training.corpora import gum_files
from kg.training.gum_entities import LABELS, is_name, parse_entity_spans, trim

CLASSES = {"PERSON": "Person", "ORG": "Organization", "LOC": "Place"}


def collect(corpora: Path) -> dict[str, dict[tuple[str, str], int]]:
    forms: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    surnames: dict[str, set[str]] = defaultdict(set)
    gum = corpora / "gum"
    for path in gum_files(gum, "train", commercial_only=True) + gum_files(gum, "dev", True):
        for sentence in read_conllu(path):
            words = sentence.words
            for span in parse_entity_spans(words):
                label = LABELS.get(span.etype)
                if label not in CLASSES or not span.identity or span.discontinuous:
                    continue
                if not is_name(words, span):
                    continue
                start, end = trim(words, span.start, span.end, label)
                text = " ".join(word.form for word in words[start:end])
                if not text or not text[0].isupper():
                    continue
                forms[text][(span.identity, CLASSES[label])] += 1
                if label == "PERSON" and end - start == 1 and "_" in span.identity:
                    surnames[text].add(span.identity)
    for surname, pages in surnames.items():
        if len(pages) == 1:
            forms[surname][(next(iter(pages)), "Person")] += 0
    return forms


def page_title(page: str) -> str:
    """'Going%2Dto%2Dthe%2DSun_Road' -> 'Going-to-the-Sun Road'."""
    from urllib.parse import unquote

    return unquote(page.replace("%2D", "-")).replace("_", " ")


def plausible_alias(form: str, page: str, cls: str) -> bool:
    """Keep a form only if it is the page's title, a person's surname, or its initials
    ("U.S." for United States): context-free aliases that are safe in any article."""
    title = page_title(page)
    words = title.split()
    if form == title:
        return True
    if cls == "Person" and len(words) > 1 and form == words[-1]:
        return True
    initials = "".join(word[0] for word in words if word[0].isupper())
    return len(initials) > 1 and form.replace(".", "") == initials


def write_table(forms: dict[str, dict[tuple[str, str], int]], out: Path) -> int:
    rows = []
    for form, targets in sorted(forms.items()):
        pages = {page for page, _ in targets}
        if len(pages) != 1:
            continue
        (page, cls), _count = max(targets.items(), key=lambda item: item[1])
        if not plausible_alias(form, page, cls):
            continue
        rows.append(f"{form}\t{page}\t{cls}")
    header = (
        "# surface form<TAB>Wikipedia page<TAB>class; generated from GUM (CC BY 4.0) by\n"
        "# python -m kg.training.known_entities ../shared/corpora kg/lexicon/known_entities.tsv\n"
    )
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    count = write_table(collect(Path(sys.argv[1])), Path(sys.argv[2]))
    print(f"{count} forms")
