"""Family relations (kg/facts/relations/family.py, kg/lexicon/kinship_nouns.tsv) on sentences
written for these tests. The real bundled pipeline, one extraction run with validation on."""

from __future__ import annotations

import pytest
from extracted import extract_texts
from rdflib import URIRef

from kg.vocab import SCHEMA

TEXTS = {
    "possessive": "Irene Vasquez's daughter, Lucia Vasquez, runs the bakery.",
    "apposition": "Martin Kohl, the husband of the architect Renate Kohl, designed the garden.",
    "copula": "Oren Shapiro is the brother of the novelist Dalia Shapiro.",
    "pronoun": "The tenor Paolo Fermi and his daughter Gina Fermi sang at the festival.",
    "married": "Tove Ekberg married Arvid Lundqvist in 1990.",
    "married-to": "Rami Aziz is married to the lawyer Noor Aziz.",
    "listed": "Greta Sand's sons, Odd Sand and Jens Sand, run the farm.",
    "negated": "Hanna Berglund did not marry Jon Ekdahl.",
    "possessive-after": "Ana Sorensen married Per Dahlberg's sister in 1990.",
    "ex": "Lise Dammen's ex-husband, Per Vikstrom, testified on Monday.",
    "in-law": "Ola Sandvik, brother-in-law of Kai Ruud, resigned.",
    "two-before": "Pia Holmberg met Eva Lindahl and her son, Tor Lindahl, in Bergen.",
    "she-born": (
        "Marit Solheim is a Norwegian singer. She was born in Molde, the daughter of Arne "
        "Solheim and Anne Solheim."
    ),
    "he-copula": "Viktor Hansen is a Danish painter. He is the brother of Lars Hansen.",
    "plural": "Rune Aas and Siri Aas were the children of the sculptor Bjorn Aas.",
    "in-a-name": "She wrote songs for the Halvorsen Sisters, Ada Quist and Lena Roe.",
    "born-to": "Ingrid Halse was born in Molde, Norway, to Per Halse and Eva Halse.",
    "born-to-a-family": "Ola Vikane was born to a family of farmers in Voss.",
    "comma-his": (
        "The first line-up was led by singer Ruben Moland, his brother Joe Moland and Carl Dale."
    ),
    "colon": "The bakery belongs to the Kowalski brothers: Jan Kowalski and Adam Kowalski.",
    "ordinal": "The prize went to Selma Varga, the third daughter of Imre Varga, in 1988.",
    "bracket": "Guests included Bruno Ferraz (the father of Dr Lia Ferraz) and two doctors.",
    "who-was": "She is the niece of Hugo Brandt, who was the son of Konrad Brandt.",
    "passive-title": "Admiral Kessler was succeeded by his younger son, Matthias, in 1901.",
    "kin-cue": "At the wedding, Dora Lenz and her husband Aurel Wenzeslaus danced all night.",
    "marriage": "Elke Sommer's marriage to the director Vilmos Adorjan lasted ten years.",
    "his-marriage": "The chemist Nils Ostby wrote a memoir about his marriage to Astrid Lunde.",
    "born-to-same-name": "Kessel was born in Linz to the Reverend Anton Kessel and Maria Kessel.",
    "daughter-he": "He lived in Graz with Petra Auer, daughter of the baker Franz Auer.",
    "of-and-his-wife": (
        "Ingrid Holmsen was a Norwegian painter. She was the daughter of Anders Holmsen "
        "(1801 – 1870) and his wife Kari Lie (1803 – 1881)."
    ),
    "had-with": "Lea Sand had two sons with Tom Berg: Jon Berg and Eirik Berg.",
    "with-whom": (
        "Tom Berg married the painter Lea Sand, with whom he had two daughters, Mia Berg and "
        "Ida Berg."
    ),
    "list-through-places": (
        "The fund was set up for the four Ostrow brothers: Karl Ostrow, Lincoln, Sydney and Benno."
    ),
    "had-none": "Lea Sand had no children with Tom Berg.",
    "unknown-and-his": "The roles went to Rip Calder and his wife Ines by chance, said Mia Holt.",
    "she-married": "Greta Moberg was a Swedish potter. In 1950 she married the engraver Hugo Falk.",
    "he-married-two-nearby": "Otto Brun and Lars Vik sailed to Oslo. Later he married Eva Dahl.",
    "copula-relative": "Ola Krog was a painter. His elder sister was the poet Ingrid Krog.",
    "born-to-apposition": (
        "Kai Moen is a cook. Moen was born in Tromsø to Leif Moen, a Norwegian pilot and "
        "Gunn Aas, who is a nurse."
    ),
    "by-the-name-of": "Rui Lobo was a sailor. He married a Brazilian woman by the name of Ines Prado.",
    "copula-relative-no-name": "Ola Krog was a painter. His sister was arrested in 1950.",
    "participle-opening": (
        "Mira Tallo is an actress. Raised in Genoa, the daughter of the singers Paolo Tallo "
        "and Anna Ferri, she moved to Milan."
    ),
    "participle-other-gender": (
        "Luca Moretti is an actor. Raised in Genoa, the daughter of Anna Ferri, he moved to Milan."
    ),
}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> tuple[dict, dict]:
    found, labels, _dataset = extract_texts(tmp_path_factory.mktemp("family"), TEXTS)
    return found, labels


def family(graphs, name: str) -> set[tuple[str, str, str]]:
    found, labels = graphs
    graph = found[name]
    predicates = {SCHEMA.spouse: "spouse", SCHEMA.parent: "parent", SCHEMA.children: "children"}
    predicates[SCHEMA.sibling] = "sibling"
    return {
        (labels.get(s, str(s)), short, labels.get(o, str(o)))
        for predicate, short in predicates.items()
        for s, o in graph.subject_objects(predicate)
        if isinstance(o, URIRef)
    }


def test_a_possessive_relative_gives_parent_and_child(graphs) -> None:
    assert family(graphs, "possessive") == {
        ("Irene Vasquez", "children", "Lucia Vasquez"),
        ("Lucia Vasquez", "parent", "Irene Vasquez"),
    }


def test_an_apposition_and_a_copula_describe_the_name(graphs) -> None:
    assert family(graphs, "apposition") == {
        ("Martin Kohl", "spouse", "Renate Kohl"),
        ("Renate Kohl", "spouse", "Martin Kohl"),
    }
    assert family(graphs, "copula") == {
        ("Oren Shapiro", "sibling", "Dalia Shapiro"),
        ("Dalia Shapiro", "sibling", "Oren Shapiro"),
    }


def test_his_stands_for_the_one_person_named_before(graphs) -> None:
    assert family(graphs, "pronoun") == {
        ("Paolo Fermi", "children", "Gina Fermi"),
        ("Gina Fermi", "parent", "Paolo Fermi"),
    }
    assert family(graphs, "two-before") == set()


def test_he_or_she_opening_the_sentence_is_the_relative(graphs) -> None:
    assert family(graphs, "she-born") == {
        ("Arne Solheim", "children", "Marit Solheim"),
        ("Marit Solheim", "parent", "Arne Solheim"),
        ("Anne Solheim", "children", "Marit Solheim"),
        ("Marit Solheim", "parent", "Anne Solheim"),
    }
    assert family(graphs, "he-copula") == {
        ("Viktor Hansen", "sibling", "Lars Hansen"),
        ("Lars Hansen", "sibling", "Viktor Hansen"),
    }


def test_names_listed_before_a_plural_relative(graphs) -> None:
    assert {(a, b) for a, kind, b in family(graphs, "plural") if kind == "parent"} == {
        ("Rune Aas", "Bjorn Aas"),
        ("Siri Aas", "Bjorn Aas"),
    }


def test_relatives_listed_after_a_colon_are_each_others_siblings(graphs) -> None:
    assert family(graphs, "colon") == {
        ("Jan Kowalski", "sibling", "Adam Kowalski"),
        ("Adam Kowalski", "sibling", "Jan Kowalski"),
    }


def test_born_to_names_the_parents(graphs) -> None:
    assert family(graphs, "born-to") == {
        ("Ingrid Halse", "parent", "Per Halse"),
        ("Per Halse", "children", "Ingrid Halse"),
        ("Ingrid Halse", "parent", "Eva Halse"),
        ("Eva Halse", "children", "Ingrid Halse"),
    }
    assert family(graphs, "born-to-a-family") == set()


def test_a_singular_relative_after_a_name_and_a_comma_is_one_person(graphs) -> None:
    # "his" is the name right before the comma; "Carl Dale", listed after, is no brother
    assert family(graphs, "comma-his") == {
        ("Ruben Moland", "sibling", "Joe Moland"),
        ("Joe Moland", "sibling", "Ruben Moland"),
    }


def test_married_gives_spouses_both_ways(graphs) -> None:
    assert family(graphs, "married") == {
        ("Tove Ekberg", "spouse", "Arvid Lundqvist"),
        ("Arvid Lundqvist", "spouse", "Tove Ekberg"),
    }
    assert family(graphs, "married-to") == {
        ("Rami Aziz", "spouse", "Noor Aziz"),
        ("Noor Aziz", "spouse", "Rami Aziz"),
    }


def test_listed_relatives(graphs) -> None:
    assert family(graphs, "listed") == {
        ("Greta Sand", "children", "Odd Sand"),
        ("Odd Sand", "parent", "Greta Sand"),
        ("Greta Sand", "children", "Jens Sand"),
        ("Jens Sand", "parent", "Greta Sand"),
        ("Odd Sand", "sibling", "Jens Sand"),  # a person's sons are each other's brothers
        ("Jens Sand", "sibling", "Odd Sand"),
    }


def test_no_family_from_negation_former_spouses_in_laws_or_a_name(graphs) -> None:
    for name in ("negated", "ex", "in-law", "in-a-name", "possessive-after"):
        assert family(graphs, name) == set(), name


def test_names_one_of_which_holds_the_other_may_be_one_person() -> None:
    from collections import Counter

    from kg.facts.relations.family_words import names_may_be_one

    class Named:  # the one thing the check reads of an entity: its mentions' forms
        def __init__(self, *forms: str) -> None:
            self._forms = Counter(forms)

        def forms(self) -> Counter:
            return self._forms

    # "Arjun" and "Arjun Raghavan" (whose surname-only mention was his father's)
    assert names_may_be_one(Named("Arjun"), Named("Arjun Raghavan", "Raghavan"))
    assert not names_may_be_one(Named("Marta Lind"), Named("Oskar Lind", "Lind"))
    assert not names_may_be_one(Named("Karl Brandt"), Named("Karl Brandt Jr."))


def test_an_ordinal_or_a_title_may_stand_before_the_relative(graphs) -> None:
    assert family(graphs, "ordinal") == {
        ("Imre Varga", "children", "Selma Varga"),
        ("Selma Varga", "parent", "Imre Varga"),
    }
    assert family(graphs, "bracket") == {
        ("Bruno Ferraz", "children", "Lia Ferraz"),
        ("Lia Ferraz", "parent", "Bruno Ferraz"),
    }


def test_who_was_describes_the_name_before_it(graphs) -> None:
    assert family(graphs, "who-was") == {
        ("Konrad Brandt", "children", "Hugo Brandt"),
        ("Hugo Brandt", "parent", "Konrad Brandt"),
    }


def test_a_subject_after_a_title_owns_his_relative(graphs) -> None:
    """The parse makes the title the subject and the name its part."""
    assert family(graphs, "passive-title") == {
        ("Kessler", "children", "Matthias"),
        ("Matthias", "parent", "Kessler"),
    }


def test_a_name_after_someones_relative_is_a_person(graphs) -> None:
    found, labels = graphs
    assert family(graphs, "kin-cue") == {
        ("Dora Lenz", "spouse", "Aurel Wenzeslaus"),
        ("Aurel Wenzeslaus", "spouse", "Dora Lenz"),
    }


def test_a_marriage_to_someone_gives_spouses(graphs) -> None:
    assert family(graphs, "marriage") == {
        ("Elke Sommer", "spouse", "Vilmos Adorjan"),
        ("Vilmos Adorjan", "spouse", "Elke Sommer"),
    }
    assert family(graphs, "his-marriage") == {
        ("Nils Ostby", "spouse", "Astrid Lunde"),
        ("Astrid Lunde", "spouse", "Nils Ostby"),
    }


def test_no_relative_where_the_person_is_uncertain(graphs) -> None:
    """A surname that names one of the parents too; "he" described as a daughter; "his"
    after a name kg did not take for a person."""
    assert family(graphs, "born-to-same-name") == set()
    assert not {f for f in family(graphs, "daughter-he") if "Petra Auer" not in f}
    assert family(graphs, "unknown-and-his") == set()


def test_the_son_of_a_and_his_wife_b(graphs) -> None:
    """Both are parents, and each other's spouses."""
    assert family(graphs, "of-and-his-wife") == {
        ("Ingrid Holmsen", "parent", "Anders Holmsen"),
        ("Anders Holmsen", "children", "Ingrid Holmsen"),
        ("Ingrid Holmsen", "parent", "Kari Lie"),
        ("Kari Lie", "children", "Ingrid Holmsen"),
        ("Anders Holmsen", "spouse", "Kari Lie"),
        ("Kari Lie", "spouse", "Anders Holmsen"),
    }


def test_who_had_children_with_whom(graphs) -> None:
    """ "X had two sons with Y: A and B", "X married Y, with whom he had two daughters, A
    and B": both are the parents (the daughters also each other's siblings)."""
    found = family(graphs, "had-with")
    parents = {(p, c) for p, kind, c in found if kind == "children"}
    assert parents == {(p, c) for p in ("Lea Sand", "Tom Berg") for c in ("Jon Berg", "Eirik Berg")}
    found = family(graphs, "with-whom")
    parents = {(p, c) for p, kind, c in found if kind == "children"}
    assert parents == {(p, c) for p in ("Lea Sand", "Tom Berg") for c in ("Mia Berg", "Ida Berg")}
    assert not {f for f in family(graphs, "had-none") if f[1] in {"children", "parent"}}


def test_a_list_goes_on_past_names_the_ner_took_for_places(graphs) -> None:
    """ "Karl Ostrow, Lincoln, Sydney and Benno": whatever class the NER gives the first
    names in the middle, the people listed on both sides of them are brothers."""
    found = family(graphs, "list-through-places")
    people = {name for pair in found for name in (pair[0], pair[2])}
    assert {"Karl Ostrow", "Benno"} <= people
    assert ("Karl Ostrow", "sibling", "Benno") in found


def test_he_or_she_marrying_is_the_one_person_nearby(graphs) -> None:
    """A pronoun subject stands for the one person named before it; with two subjects
    named before it, for neither."""
    assert family(graphs, "she-married") == {
        ("Greta Moberg", "spouse", "Hugo Falk"),
        ("Hugo Falk", "spouse", "Greta Moberg"),
    }
    assert family(graphs, "he-married-two-nearby") == set()


def test_a_relatives_noun_then_a_copula_and_a_name(graphs) -> None:
    """ "His elder sister was the poet X"; "His sister was arrested" names no one."""
    assert family(graphs, "copula-relative") == {
        ("Ola Krog", "sibling", "Ingrid Krog"),
        ("Ingrid Krog", "sibling", "Ola Krog"),
    }
    assert family(graphs, "copula-relative-no-name") == set()


def test_a_relative_in_an_opening_participles_phrase_is_the_subjects(graphs) -> None:
    """ "Raised in Genoa, the daughter of A and B, she ...": the subject after the phrase,
    a "she" for a daughter (not a "he")."""
    assert family(graphs, "participle-opening") == {
        ("Mira Tallo", "parent", "Paolo Tallo"),
        ("Paolo Tallo", "children", "Mira Tallo"),
        ("Mira Tallo", "parent", "Anna Ferri"),
        ("Anna Ferri", "children", "Mira Tallo"),
    }
    assert family(graphs, "participle-other-gender") == set()


def test_born_to_a_parent_with_an_apposition_and_another(graphs) -> None:
    assert {(a, b) for a, kind, b in family(graphs, "born-to-apposition") if kind == "parent"} == {
        ("Kai Moen", "Leif Moen"),
        ("Kai Moen", "Gunn Aas"),
    }


def test_married_a_woman_by_the_name_of(graphs) -> None:
    assert family(graphs, "by-the-name-of") == {
        ("Rui Lobo", "spouse", "Ines Prado"),
        ("Ines Prado", "spouse", "Rui Lobo"),
    }
