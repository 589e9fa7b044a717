"""Entity resolution rules on mentions written for the tests (no parser needed)."""

from kg.entities.mention import Mention
from kg.entities.resolve import EntityIndex, resolve_document
from kg.vocab import SCHEMA, entity_iri

LABEL_CLASS = {"PERSON": SCHEMA.Person, "ORG": SCHEMA.Organization, "LOC": SCHEMA.Place}


def mentions(*items):
    """(anchor, label[, title]) in text order; offsets are made up but increasing."""
    result = []
    position = 0
    for item in items:
        anchor, label, *title = item
        result.append(
            Mention(
                start=position,
                end=position + len(anchor),
                anchor=anchor,
                label=label,
                entity_class=LABEL_CLASS[label],
                sentence=(position, position + len(anchor)),
                title=title[0] if title else "",
            )
        )
        position += len(anchor) + 10
    return result


def grouped(*items):
    return {
        (entity.key, entity.entity_class): sorted(m.anchor for m in entity.mentions)
        for entity in resolve_document(mentions(*items))
    }


def test_surname_honorific_initials_and_nickname_join_one_person():
    groups = grouped(
        ("Katherine J. Morrow", "PERSON"),
        ("Morrow", "PERSON"),
        ("Kate Morrow", "PERSON"),
        ("Morrow", "PERSON", "Ms"),
    )
    assert groups == {
        ("katherine morrow", SCHEMA.Person): [
            "Kate Morrow",
            "Katherine J. Morrow",
            "Morrow",
            "Morrow",
        ]
    }


def test_surname_goes_to_nearest_preceding_full_name():
    groups = grouped(
        ("Alan Reyes", "PERSON"),
        ("Maria Reyes", "PERSON"),
        ("Reyes", "PERSON"),
    )
    assert groups[("maria reyes", SCHEMA.Person)] == ["Maria Reyes", "Reyes"]
    assert groups[("alan reyes", SCHEMA.Person)] == ["Alan Reyes"]


def test_organisation_suffixes_and_country_forms_fold():
    groups = grouped(
        ("Brightwave Inc.", "ORG"),
        ("Brightwave", "ORG"),
        ("Brightwave Corp", "ORG"),
        ("U.S.", "LOC"),
        ("America", "LOC"),
        ("United States", "LOC"),
    )
    assert groups[("brightwave", SCHEMA.Organization)] == [
        "Brightwave",
        "Brightwave Corp",
        "Brightwave Inc.",
    ]
    assert groups[("united states", SCHEMA.Place)] == ["America", "U.S.", "United States"]


def test_class_is_a_weighted_vote():
    # the parser called the company a person once; the other mentions outvote it
    groups = grouped(("Brightwave", "PERSON"), ("Brightwave Inc.", "ORG"), ("Brightwave", "ORG"))
    assert list(groups) == [("brightwave", SCHEMA.Organization)]


def test_lone_surname_of_a_known_person_resolves_without_the_full_name():
    # "Trump" alone: kg/lexicon/known_entities.tsv (from GUM) links it to Donald Trump
    entities = resolve_document(mentions(("Trump", "PERSON")))
    assert [(e.key, e.identity) for e in entities] == [("donald trump", "Donald_Trump")]


def test_lone_word_that_is_also_a_first_name_is_not_linked_to_one_famous_bearer():
    # the table has "Martin" -> George R. R. Martin and "Lee" -> Stan Lee (from GUM): alone,
    # either word names too many people; a full name in the table still links
    entities = resolve_document(mentions(("Martin", "PERSON"), ("Lee", "PERSON")))
    assert [(e.key, e.identity) for e in entities] == [("martin", ""), ("lee", "")]
    entities = resolve_document(mentions(("Bertrand Russell", "PERSON")))
    assert [(e.key, e.identity) for e in entities] == [("bertrand russell", "Bertrand_Russell")]


def test_unknown_lone_name_stays_itself():
    entities = resolve_document(mentions(("Zorbanek", "PERSON")))
    assert [e.key for e in entities] == ["zorbanek"]


def test_index_labels_prefer_full_names_and_iris_are_stable():
    index = EntityIndex("https://example.org/id/")
    first = resolve_document(mentions(("Pat Lindqvist", "PERSON"), ("Lindqvist", "PERSON")))
    second = resolve_document(
        mentions(("Patrick Lindqvist", "PERSON"), ("Lindqvist", "PERSON", "Mr"))
    )
    index.assign(first, "doc1")
    index.assign(second, "doc2")
    iri = entity_iri("https://example.org/id/", SCHEMA.Person, "patrick lindqvist")
    assert iri == first[0].iri == second[0].iri
    assert str(iri) == "https://example.org/id/entity/person/patrick-lindqvist"
    entry = index.entries[iri]
    assert entry.label() in {"Pat Lindqvist", "Patrick Lindqvist"}
    assert "Lindqvist" in entry.alt_labels()
    assert "Mr Lindqvist" in entry.alt_labels()
    assert entry.documents == {"doc1", "doc2"}


def test_keys_the_iri_cannot_tell_apart_are_one_entity():
    # the IRI's slug keeps ASCII letters and digits only: "Zorvane" and "Zorvane" followed by
    # U+10000 (a letter, so part of the token) are one IRI, hence one entity with one label
    entities = resolve_document(mentions(("Zorvane", "ORG"), ("Zorvane\U00010000", "ORG")))
    assert [(e.key, sorted(m.anchor for m in e.mentions)) for e in entities] == [
        ("zorvane", ["Zorvane", "Zorvane\U00010000"])
    ]
    iris = {entity_iri("https://example.org/id/", e.entity_class, e.key) for e in entities}
    assert len(iris) == 1


def test_a_name_of_initials_or_suffixes_only_makes_no_entity():
    # "I" (a regnal number, or the pronoun) and "Jr." have no name words: no key, no IRI
    groups = grouped(("Tobin Rask", "PERSON"), ("I", "PERSON"), ("Jr.", "PERSON"))
    assert groups == {("tobin rask", SCHEMA.Person): ["Tobin Rask"]}


def test_a_whole_name_keeps_its_class_against_short_forms() -> None:
    from kg.entities.mention import Mention
    from kg.entities.resolve import vote_class
    from kg.vocab import SCHEMA

    def mention(anchor: str, cls) -> Mention:
        return Mention(0, len(anchor), anchor, "X", cls, (0, 10))

    group = [
        mention("Maria Duarte", SCHEMA.Person),
        mention("Duarte", SCHEMA.Organization),
        mention("Duarte", SCHEMA.Organization),
    ]
    assert vote_class(group, "") == SCHEMA.Person
    # a full name that opens with a first name: more short forms do not flip it either
    # ("Jerry Steiner ... Steiner died in 2012", the NER's ORG four times)
    group.append(mention("Duarte", SCHEMA.Organization))
    group.append(mention("Duarte", SCHEMA.Organization))
    assert vote_class(group, "") == SCHEMA.Person
    # without a first name, three short forms outweigh the whole name
    group = [mention("Granite Static", SCHEMA.Person)]
    group += [mention("Static", SCHEMA.Organization) for _ in range(3)]
    assert vote_class(group, "") == SCHEMA.Organization


def test_a_name_introduced_whole_keeps_its_class_against_its_later_short_forms() -> None:
    """ "Reza Tavakoli (1940 - 2016) was ... Tavakoli made ...": no listed first name, but
    the whole name comes first, so its short forms are its surname however tagged; a short
    form written before the whole name still votes."""
    from kg.entities.mention import Mention
    from kg.entities.resolve import vote_class
    from kg.vocab import SCHEMA

    def mention(start: int, anchor: str, cls) -> Mention:
        return Mention(start, start + len(anchor), anchor, "X", cls, (0, 200))

    group = [mention(0, "Reza Tavakoli", SCHEMA.Person)]
    group += [mention(40 + 20 * k, "Tavakoli", SCHEMA.Organization) for k in range(4)]
    assert vote_class(group, "") == SCHEMA.Person
    earlier = [mention(0, "Tavakoli", SCHEMA.Organization)]
    earlier += [mention(10, "Reza Tavakoli", SCHEMA.Person)]
    earlier += [mention(40 + 20 * k, "Tavakoli", SCHEMA.Organization) for k in range(4)]
    assert vote_class(earlier, "") == SCHEMA.Organization


def test_a_double_surname_joins_the_full_name_and_the_full_name_keeps_its_class() -> None:
    """ "Ruiz Llanos" (two words, the first no first name) is "Alberto Ruiz Llanos"; the
    whole name outvotes its double surname tagged otherwise twice; "Maria Duarte" is no
    double surname of "Ana Maria Duarte"."""
    groups = grouped(
        ("Alberto Ruiz Llanos", "PERSON"),
        ("Ruiz Llanos", "ORG"),
        ("Ruiz Llanos", "ORG"),
        ("Ana Maria Duarte", "PERSON"),
        ("Maria Duarte", "PERSON"),
    )
    assert groups[("alberto ruiz llanos", SCHEMA.Person)] == [
        "Alberto Ruiz Llanos",
        "Ruiz Llanos",
        "Ruiz Llanos",
    ]
    assert ("maria duarte", SCHEMA.Person) in groups


def test_a_one_word_name_keeps_its_regnal_number() -> None:
    """ "Philip V" and "Philip II" are two kings; "John Smith III" is John Smith (a
    generational suffix after a full name)."""
    from kg.entities.resolve import person_key

    assert person_key("Philip V") == "philip v"
    assert person_key("Philip II") == "philip ii"
    assert person_key("Sigismund III") == "sigismund iii"
    assert person_key("John Smith III") == person_key("John Smith") == "john smith"
    assert person_key("John F. Kennedy") == "john kennedy"


def test_a_name_written_with_its_legal_form_is_an_organisation_however_often_its_short_form_is_a_place():
    groups = grouped(
        ("Taito Corporation", "ORG"),
        ("Taito", "LOC"),
        ("Taito", "LOC"),
        ("Taito", "LOC"),
    )
    assert groups == {
        ("taito", SCHEMA.Organization): ["Taito", "Taito", "Taito", "Taito Corporation"]
    }
    # without the legal form the places win
    places = grouped(("Taito Works", "ORG"), ("Taito", "LOC"), ("Taito", "LOC"), ("Taito", "LOC"))
    assert ("taito", SCHEMA.Place) in places


def test_a_surname_with_its_particle_joins_the_full_name() -> None:
    """ "Van As" is "Naomi van As" (though "Van" is also a first name), and "De Vries" is
    "Anke de Vries"."""
    groups = grouped(
        ("Naomi van As", "PERSON"),
        ("Van As", "PERSON"),
        ("Anke de Vries", "PERSON"),
        ("De Vries", "PERSON"),
    )
    assert groups[("naomi van as", SCHEMA.Person)] == ["Naomi van As", "Van As"]
    assert groups[("anke de vries", SCHEMA.Person)] == ["Anke de Vries", "De Vries"]


def _resolved_in(text: str, *names: tuple[str, str]) -> dict:
    """Mentions found in `text` at their real offsets (each name's n-th occurrence in turn)."""
    found, position = [], 0
    for anchor, label in names:
        start = text.index(anchor, position)
        found.append(
            Mention(start, start + len(anchor), anchor, label, LABEL_CLASS[label], (0, len(text)))
        )
        position = start + len(anchor)
    return {
        entity.key: sorted(m.start for m in entity.mentions)
        for entity in resolve_document(found, text)
    }


def test_a_surname_goes_past_a_full_name_given_only_as_a_parent() -> None:
    """A biography names the parents once and goes on about its subject by surname; a parent
    named on their own elsewhere stays the nearest candidate."""
    text = "Eskil Varg was a sailor. He was the son of Matti Varg and Liisa Koski. Varg sailed."
    groups = _resolved_in(
        text, ("Eskil Varg", "PERSON"), ("Matti Varg", "PERSON"), ("Varg", "PERSON")
    )
    assert groups["eskil varg"] == [0, text.rindex("Varg")]
    assert groups["matti varg"] == [text.index("Matti")]
    text = "Eskil Varg met Matti Varg, a rival captain, at sea. Varg won the race."
    groups = _resolved_in(
        text, ("Eskil Varg", "PERSON"), ("Matti Varg", "PERSON"), ("Varg", "PERSON")
    )
    assert groups["matti varg"] == [text.index("Matti"), text.rindex("Varg")]


def test_iris_spell_letters_unicode_does_not_decompose() -> None:
    """ "Tromsø" is not "Troms" (a county), "Łódź" is "lodz"."""
    assert entity_iri("http://x/", SCHEMA.Place, "tromsø").endswith("/place/tromso")
    assert entity_iri("http://x/", SCHEMA.Place, "łódź").endswith("/place/lodz")
    assert entity_iri("http://x/", SCHEMA.Place, "troms") != entity_iri(
        "http://x/", SCHEMA.Place, "tromsø"
    )
