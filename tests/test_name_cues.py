"""Classes from a name's own words and from what is done to it (kg/entities/name_cues.py), trigger
words found by their form when the lemmatiser errs, and conditions that assert nothing.
Sentences and names written for these tests."""

from pinned import pinned_doc, run_rules
from test_events_quotes_pinned import events

from kg.entities.backstops import cued_names, propagate
from kg.entities.life_brackets import places_in_life_brackets
from kg.entities.mention import mentions_from_doc
from kg.entities.name_cues import chain_around, chain_class, class_from_words
from kg.entities.person_nouns import people_by_biography
from kg.entities.place_cues import places_by_kind_noun
from kg.entities.repair import repair_mentions
from kg.extraction import ExtractOptions, process_documents
from kg.facts.context import demonym_country, display_name
from kg.ingest.read import Document
from kg.lexicon import inflections
from kg.nlp.pipeline import Piece
from kg.vocab import SCHEMA


def test_class_from_the_words_of_a_name():
    assert class_from_words(["Pellworth", "Bank"]) == "ORG"
    assert class_from_words(["Lindqvist", "Logistics", "Inc."]) == "ORG"
    assert class_from_words(["ZapCart"]) == "ORG"
    assert class_from_words(["Sofia", "Brandt"]) == "PERSON"
    assert class_from_words(["Sofia", "K.", "Brandt"]) == "PERSON"


def test_no_class_where_the_words_are_ambiguous():
    assert class_from_words(["Logistics"]) is None  # an organisation word alone
    assert class_from_words(["Media", "Group"]) is None  # only organisation words
    assert class_from_words(["Virginia", "Beach"]) is None  # a given name that is a place
    assert class_from_words(["Grant", "Thornton"]) is None  # "grant" is mostly a word
    assert class_from_words(["McAllister"]) is None  # a surname prefix, not CamelCase
    assert class_from_words(["DeLuca"]) is None
    assert class_from_words(["Sofia", "Brandt", "Logistics"]) == "ORG"
    assert class_from_words(["Brandt", "Sofia"]) is None  # does not start with a given name


def test_a_first_name_before_a_noun_for_a_kind_of_place_names_a_place():
    """ "Marion County", "Wesley Township": a first name opens many places' names; and a
    name holding such a noun is no person's ("Marion County Court")."""
    assert class_from_words(["Marion", "County"]) == "LOC"
    assert class_from_words(["Wesley", "Township"]) == "LOC"
    assert class_from_words(["Marion", "County", "Court"]) != "PERSON"
    assert class_from_words(["Marion", "Brandt"]) == "PERSON"


def test_an_organisation_word_before_of_makes_the_chain_an_organisation():
    """A chain opening with a first name is no person's name when an organisation word and
    "of" follow: "Anton Weber University of Graz"; "Gulf of Mexico" has no such word."""
    rows = [
        "Mira mira PROPN NNP nsubj 1",
        "studied study VERB VBD ROOT 1",
        "at at ADP IN case 5",
        "Anton anton PROPN NNP compound 5",
        "Weber weber PROPN NNP compound 5",
        "University university PROPN NNP obl 1",
        "of of ADP IN case 7",
        "Graz graz PROPN NNP nmod 5",
        "near near ADP IN case 11",
        "the the DET DT det 11",
        "Gulf gulf PROPN NNP compound 11",
        "of of ADP IN case 12",
        "Mexico mexico PROPN NNP nmod 1",
        ". . PUNCT . punct 1",
    ]
    doc = pinned_doc(rows, [])
    chain = chain_around(doc[3])
    assert chain.text == "Anton Weber University of Graz"
    assert chain_class(chain) == "ORG"
    assert chain_class(doc[10:13]) != "ORG"


def test_a_regions_or_a_peoples_demonym_names_no_country():
    """ "Latin American", "Native American": no United States; "South Korean" is a country's."""
    rows = [
        "the the DET DT det 2",
        "Latin latin ADJ JJ amod 2",
        "American american ADJ JJ amod 3",
        "school school NOUN NN ROOT 3",
        "and and CCONJ CC cc 7",
        "Native native ADJ JJ amod 7",
        "American american ADJ JJ amod 7",
        "South south ADJ JJ amod 8",
        "Korean korean ADJ JJ amod 9",
        "American american ADJ JJ amod 10",
        "firms firm NOUN NNS conj 3",
    ]
    doc = pinned_doc(rows, [])
    assert demonym_country(doc[2]) is None
    assert demonym_country(doc[6]) is None
    assert demonym_country(doc[8]) == "South Korea"
    assert demonym_country(doc[9]) == "United States"


def _parsed(rows, ents):
    doc = pinned_doc(rows, ents)
    piece = Piece(0, 0, doc.text)
    return [(piece, doc)], mentions_from_doc(piece, doc, 0)


# "Senator Sofia Brandt praised Pellworth Bank and Acme News TV host Ada Quist ."
PRAISE = [
    "Senator senator PROPN NNP compound 2",
    "Sofia sofia PROPN NNP compound 2",
    "Brandt brandt PROPN NNP nsubj 3",
    "praised praise VERB VBD ROOT 3",
    "Pellworth pellworth PROPN NNP compound 5",
    "Bank bank PROPN NNP obj 3",
    "and and CCONJ CC cc 13",
    "Acme acme PROPN NNP compound 8",
    "News news PROPN NNP compound 9",
    "TV tv NOUN NN compound 10",
    "host host NOUN NN compound 12",
    "Ada ada PROPN NNP compound 12",
    "Quist quist PROPN NNP conj 5",
    ". . PUNCT . punct 3",
]


def test_mentions_grow_to_the_whole_name_and_take_its_class():
    # the parser found only "Sofia" (as a person), "Pellworth" (as a place), "Acme News"
    parsed, mentions = _parsed(PRAISE, [(1, 2, "PERSON"), (4, 5, "LOC"), (7, 9, "ORG")])
    repaired = {(m.anchor, m.label) for m in repair_mentions(parsed, mentions)}
    assert repaired == {("Sofia Brandt", "PERSON"), ("Pellworth Bank", "ORG"), ("Acme News", "ORG")}


# "The Tamsvik and Orne Court of Appeal cited the Bergen Lottery Corporation and the
# National Library of the Faroes ."
INSTITUTIONS = [
    "The the DET DT det 5",
    "Tamsvik tamsvik PROPN NNP compound 5",
    "and and CCONJ CC cc 3",
    "Orne orne PROPN NNP conj 1",
    "Court court PROPN NNP compound 5",
    "of of ADP IN case 6",
    "Appeal appeal PROPN NNP nsubj 7",
    "cited cite VERB VBD ROOT 7",
    "the the DET DT det 11",
    "Bergen bergen PROPN NNP compound 11",
    "Lottery lottery PROPN NNP compound 11",
    "Corporation corporation PROPN NNP obj 7",
    "and and CCONJ CC cc 14",
    "the the DET DT det 14",
    "National national PROPN NNP compound 15",
    "Library library PROPN NNP conj 11",
    "of of ADP IN case 18",
    "the the DET DT det 18",
    "Faroes faroes PROPN NNPS nmod 15",
    ". . PUNCT . punct 7",
]


def test_an_institutions_words_make_a_place_tagged_name_an_organisation():
    """The NER took all three for places: "Court" before "of" with "and" between the
    place names, a last word for organisations ("Corporation"), and a place written after
    an organisation word and "of the" (the NER's place only "Faroes")."""
    ents = [(1, 7, "LOC"), (9, 12, "LOC"), (18, 19, "LOC")]
    parsed, mentions = _parsed(INSTITUTIONS, ents)
    repaired = {(m.anchor, m.label) for m in repair_mentions(parsed, mentions)}
    assert repaired == {
        ("Tamsvik and Orne Court of Appeal", "ORG"),
        ("Bergen Lottery Corporation", "ORG"),
        ("National Library of the Faroes", "ORG"),
    }


def test_a_name_called_a_town_or_ending_in_a_natural_features_word_is_a_place():
    """The NER took "Vessby" (called one of the municipalities), "Orne Island" and "Orne
    Lake Club" for organisations: the first two are places, the club has its own word."""
    rows = [
        "Vessby vessby PROPN NNP nsubj 2",
        "is be AUX VBZ cop 2",
        "one one NUM CD ROOT 2",
        "of of ADP IN case 5",
        "the the DET DT det 5",
        "municipalities municipality NOUN NNS nmod 2",
        "near near ADP IN case 8",
        "Orne orne PROPN NNP compound 8",
        "Island island PROPN NNP nmod 5",
        "and and CCONJ CC cc 13",
        "the the DET DT det 13",
        "Orne orne PROPN NNP compound 13",
        "Lake lake PROPN NNP compound 13",
        "Club club PROPN NNP conj 8",
        ". . PUNCT . punct 2",
    ]
    parsed, mentions = _parsed(rows, [(0, 1, "ORG"), (7, 9, "ORG"), (11, 14, "ORG")])
    repaired = {(m.anchor, m.label) for m in repair_mentions(parsed, mentions)}
    assert repaired == {("Vessby", "LOC"), ("Orne Island", "LOC"), ("Orne Lake Club", "ORG")}


def test_no_organisation_from_a_legal_suffix_alone_or_a_games_event():
    """ "Vessa Lotteries, Inc." (the NER's name without the suffix): "Inc." alone is no
    name; "the Summer Olympic Games" is an event, "Rockstar Games" a company's name."""
    rows = [
        "Vessa vessa PROPN NNP compound 1",
        "Lotteries lotteries PROPN NNPS nsubj 4",
        ", , PUNCT , punct 3",
        "Inc. inc. PROPN NNP appos 1",
        "hosted host VERB VBD ROOT 4",
        "the the DET DT det 8",
        "Summer summer PROPN NNP compound 8",
        "Olympic olympic PROPN NNP compound 8",
        "Games games PROPN NNPS obj 4",
        ". . PUNCT . punct 4",
    ]
    parsed, mentions = _parsed(rows, [(0, 2, "ORG")])
    assert [m.anchor for m in cued_names(parsed, mentions)] == []
    assert chain_class(parsed[0][1][6:9]) is None


def test_an_organisation_word_and_of_grow_by_the_capitalised_words_before_them():
    """The NER's "Association of Japan" of "the Vessa Recording Industry Association of
    Japan" grows to the whole name, though "Recording" is tagged a verb."""
    rows = [
        "Sales sale NOUN NNS nsubj:pass 2",
        "were be AUX VBD aux:pass 2",
        "certified certify VERB VBN ROOT 2",
        "by by ADP IN case 8",
        "the the DET DT det 8",
        "Vessa vessa PROPN NNP compound 8",
        "Recording record VERB NNP compound 8",
        "Industry industry PROPN NNP compound 8",
        "Association association PROPN NNP obl 2",
        "of of ADP IN case 10",
        "Japan japan PROPN NNP nmod 8",
        ". . PUNCT . punct 2",
    ]
    parsed, mentions = _parsed(rows, [(8, 11, "ORG")])
    repaired = [(m.anchor, m.label) for m in repair_mentions(parsed, mentions)]
    assert repaired == [("Vessa Recording Industry Association of Japan", "ORG")]


def test_a_name_chain_goes_on_through_of_the_after_an_organisation_word():
    parsed, _mentions = _parsed(INSTITUTIONS, [])
    doc = parsed[0][1]
    assert chain_around(doc[14]).text == "National Library of the Faroes"


# "Fans of the Tulsa Comets and the Ridgefield Owls met in Palm Springs ." ("Owls" tagged
# singular, as the bundled tagger often does)
TEAMS = [
    "Fans fan NOUN NNS nsubj 9",
    "of of ADP IN case 4",
    "the the DET DT det 4",
    "Tulsa tulsa PROPN NNP compound 4",
    "Comets comets PROPN NNPS nmod 0",
    "and and CCONJ CC cc 8",
    "the the DET DT det 8",
    "Ridgefield ridgefield PROPN NNP compound 8",
    "Owls owls PROPN NNP conj 4",
    "met meet VERB VBD ROOT 9",
    "in in ADP IN case 12",
    "Palm palm PROPN NNP compound 12",
    "Springs springs PROPN NNPS obl 9",
    ". . PUNCT . punct 9",
]


def test_a_place_and_a_plural_name_a_team_unless_the_plural_ends_place_names():
    # the NER took all three for places: "Tulsa Comets" whole (Tulsa is a listed place),
    # "Ridgefield" alone (its own place mention, grown over "Owls"), "Palm Springs" whole
    parsed, mentions = _parsed(TEAMS, [(3, 5, "LOC"), (7, 8, "LOC"), (11, 13, "LOC")])
    repaired = {(m.anchor, m.label) for m in repair_mentions(parsed, mentions)}
    assert repaired == {
        ("Tulsa Comets", "ORG"),
        ("Ridgefield Owls", "ORG"),
        ("Palm Springs", "LOC"),
    }


# "Reporters met the Salem Wolves and Austin Roberts ."
TEAM_AND_PERSON = [
    "Reporters reporter NOUN NNS nsubj 1",
    "met meet VERB VBD ROOT 1",
    "the the DET DT det 4",
    "Salem salem PROPN NNP compound 4",
    "Wolves wolves PROPN NNPS obj 1",
    "and and CCONJ CC cc 7",
    "Austin austin PROPN NNP compound 7",
    "Roberts roberts PROPN NNP conj 4",
    ". . PUNCT . punct 1",
]


def test_a_team_the_ner_took_for_a_person_is_an_organisation_unlike_a_persons_name():
    # both tagged PERSON: a place and a plural; "Austin" is a first name and a place,
    # "Roberts" a surname
    parsed, mentions = _parsed(TEAM_AND_PERSON, [(3, 5, "PERSON"), (6, 8, "PERSON")])
    repaired = {(m.anchor, m.label) for m in repair_mentions(parsed, mentions)}
    assert repaired == {("Salem Wolves", "ORG"), ("Austin Roberts", "PERSON")}


def test_names_no_mention_covers_become_mentions_when_their_words_say_what_they_are():
    parsed, mentions = _parsed(PRAISE, [(7, 9, "ORG")])
    added = {(m.anchor, m.label) for m in cued_names(parsed, mentions)}
    assert added == {("Sofia Brandt", "PERSON"), ("Pellworth Bank", "ORG"), ("Ada Quist", "PERSON")}


# "His brother , Tarjei Vold , met the sister ship Aurora and Mr Lund 's sons ."
SOMEONES_RELATIVE = [
    "His his PRON PRP$ nmod:poss 1",
    "brother brother NOUN NN nsubj 6",
    ", , PUNCT , punct 3",
    "Tarjei tarjei PROPN NNP appos 1",
    "Vold vold PROPN NNP flat 3",
    ", , PUNCT , punct 3",
    "met meet VERB VBD ROOT 6",
    "the the DET DT det 10",
    "sister sister NOUN NN compound 10",
    "ship ship NOUN NN compound 10",
    "Aurora aurora PROPN NNP obj 6",
    "and and CCONJ CC cc 16",
    "Mr mr PROPN NNP compound 13",
    "Lund lund PROPN NNP nmod:poss 16",
    "'s 's PART POS case 13",
    "sons son NOUN NNS conj 10",
    ". . PUNCT . punct 6",
]


def test_a_name_right_after_someones_relative_is_a_person():
    """Not after a relative's noun that is nobody's ("the sister ship Aurora")."""
    parsed, mentions = _parsed(SOMEONES_RELATIVE, [])
    added = {(m.anchor, m.label) for m in cued_names(parsed, mentions)}
    assert ("Tarjei Vold", "PERSON") in added
    assert not any(anchor == "Aurora" and label == "PERSON" for anchor, label in added)


# "Staff must uninstall Trellio and stop using Kobble ; Marek met Trellio ."
USE = [
    "Staff staff NOUN NN nsubj 2",
    "must must AUX MD aux 2",
    "uninstall uninstall VERB VB ROOT 2",
    "Trellio trellio PROPN NNP obj 2",
    "and and CCONJ CC cc 5",
    "stop stop VERB VB conj 2",
    "using use VERB VBG xcomp 5",
    "Kobble kobble PROPN NNP obj 6",
    "; ; PUNCT : punct 2",
    "Marek marek PROPN NNP nsubj 10",
    "met meet VERB VBD parataxis 2",
    "Dorrit dorrit PROPN NNP obj 10",
    ". . PUNCT . punct 2",
]


def test_what_is_uninstalled_or_used_is_an_app_not_a_person():
    parsed, mentions = _parsed(USE, [(3, 4, "PERSON"), (9, 10, "PERSON"), (11, 12, "PERSON")])
    labels = {m.anchor: m.label for m in repair_mentions(parsed, mentions)}
    assert labels == {"Trellio": "ORG", "Marek": "PERSON", "Dorrit": "PERSON"}
    parsed, _ = _parsed(USE, [])
    added = {(m.anchor, m.label) for m in cued_names(parsed, [])}
    assert added == {("Trellio", "ORG"), ("Kobble", "ORG")}  # nothing says what Dorrit is


def test_a_first_word_describing_the_name_after_an_organisation_noun_is_not_a_name():
    from kg.entities.backstops import cued_organisations

    # "Industry group Vexa Guild backs a ban on Plinko ." with "Industry" a proper noun
    rows = [
        "Industry industry PROPN NNP compound 1",
        "group group NOUN NN compound 3",
        "Vexa vexa PROPN NNP compound 3",
        "Guild guild PROPN NNP nsubj 4",
        "backs back VERB VBZ ROOT 4",
        "a a DET DT det 6",
        "ban ban NOUN NN obj 4",
        "on on ADP IN case 8",
        "Plinko plinko PROPN NNP nmod 6",
        ". . PUNCT . punct 4",
    ]
    parsed, _ = _parsed(rows, [])
    added = cued_names(parsed, [])
    added += cued_organisations(parsed, added)
    anchors = {m.anchor for m in added}
    assert "Industry" not in anchors and "Plinko" in anchors, anchors


def test_inflections_of_trigger_words():
    assert {"bans", "banned", "banning"} <= inflections("ban")
    assert {"barred", "barring"} <= inflections("bar")
    assert "looked" in inflections("look") and "lookked" not in inflections("look")
    assert {"studies", "studied"} <= inflections("study")
    assert {"purged", "purging"} <= inflections("purge")
    assert "planes" not in inflections("plan")


def test_a_trigger_the_lemmatiser_got_wrong_is_found_by_its_form():
    # "Norland barred Brightwave." with the lemma "barre", as the bundled lemmatiser gives
    rows = [
        "Norland norland PROPN NNP nsubj 1",
        "barred barre VERB VBD ROOT 1",
        "Brightwave brightwave PROPN NNP obj 1",
        ". . PUNCT . punct 1",
    ]
    statements, names = run_rules(pinned_doc(rows, [(0, 1, "ORG"), (2, 3, "ORG")]))
    assert events(statements, names) == [("Norland", "Brightwave", "Enacted")]


def test_a_condition_asserts_nothing():
    # "If Norland banned Brightwave , prices would rise ."
    rows = [
        "If if SCONJ IN mark 2",
        "Norland norland PROPN NNP nsubj 2",
        "banned ban VERB VBD advcl 7",
        "Brightwave brightwave PROPN NNP obj 2",
        ", , PUNCT , punct 2",
        "prices price NOUN NNS nsubj 7",
        "would would AUX MD aux 7",
        "rise rise VERB VB ROOT 7",
        ". . PUNCT . punct 7",
    ]
    statements, _ = run_rules(pinned_doc(rows, [(1, 2, "ORG"), (3, 4, "ORG")]))
    assert statements.events == []


def test_a_bill_proposed_by_a_senator_has_the_senator_as_issuer():
    # "A bill proposed by Sofia Brandt would ban Trellio ."
    rows = [
        "A a DET DT det 1",
        "bill bill NOUN NN nsubj 7",
        "proposed propose VERB VBN acl 1",
        "by by ADP IN case 4",
        "Sofia sofia PROPN NNP obl:agent 2",
        "Brandt brandt PROPN NNP flat 4",
        "would would AUX MD aux 7",
        "ban ban VERB VB ROOT 7",
        "Trellio trellio PROPN NNP obj 7",
        ". . PUNCT . punct 7",
    ]
    statements, names = run_rules(pinned_doc(rows, [(4, 6, "PERSON"), (8, 9, "ORG")]))
    assert events(statements, names) == [("Sofia Brandt", "Trellio", "Proposed")]


def test_unknown_names_get_their_class_with_the_bundled_pipeline(nlp):
    text = (
        "Harriet Okafor, the chief economist at Dunmore Securities, said on Monday that "
        "Pellworth Bank would cut 200 jobs. Staff were told to delete ZapCart from their phones."
    )
    [result] = process_documents(nlp, [Document(text, "test")], ExtractOptions(validate=False))
    classes = {display_name(entity): entity.entity_class for entity in result.entities}
    assert classes.get("Harriet Okafor") == SCHEMA.Person
    assert classes.get("Dunmore Securities") == SCHEMA.Organization
    assert classes.get("Pellworth Bank") == SCHEMA.Organization
    assert classes.get("ZapCart") == SCHEMA.Organization


def _extract(nlp, text):
    [result] = process_documents(nlp, [Document(text, "test")], ExtractOptions(validate=False))
    return result


def _names_and_classes(result):
    return {display_name(entity): entity.entity_class.split("/")[-1] for entity in result.entities}


def test_one_word_names_described_as_organisations(nlp):
    # the bundled NER takes such invented one-word names for people
    text = (
        "Tollbridge, owned by Harwick Capital, opened an office in Leeds. "
        "Harwick Capital also owns the logistics startup Mervale. "
        "Orrin-owned Castlebay Foods will hire 50 people."
    )
    classes = _names_and_classes(_extract(nlp, text))
    for name in ("Tollbridge", "Harwick Capital", "Mervale", "Orrin", "Castlebay Foods"):
        assert classes.get(name) == "Organization", (name, classes)


def test_no_longer_allowed_to_use_and_a_generic_noun_reporting_the_error(nlp):
    from kg.vocab import KG

    text = (
        "Pellworth Bank told its tellers on Monday to uninstall ZapCart from branch computers. "
        "A day later, the bank said the message had been sent by mistake. "
        "Dunmore Securities staff are no longer allowed to use ZipLedger on trading desks."
    )
    graph = _extract(nlp, text).graph
    statuses = {
        str(graph.value(event, KG.target)).split("/")[-1]: str(graph.value(event, KG.status))
        for event in graph.subjects(predicate=KG.target)
    }
    assert statuses["zapcart"].endswith("Retracted"), statuses
    assert statuses["zipledger"].endswith("Enacted"), statuses


def test_parts_of_a_hyphenated_word_are_not_names(nlp):
    # an organisation noun after "Wi-Fi" once made "Wi" and "Fi" two organisations
    text = (
        "Dunmore Rail switched off the Wi-Fi network on its trains. "
        "Annick Foods runs the Tele-Med service for its staff. "
        "Orrin-owned Castlebay Foods opened a Lusk-based office."
    )
    classes = _names_and_classes(_extract(nlp, text))
    for fragment in ("Wi", "Fi", "Tele", "Med"):
        assert fragment not in classes, classes
    assert classes.get("Orrin") == "Organization", classes
    assert classes.get("Lusk") == "Place", classes


def test_places_from_based(nlp):
    text = "Kerrow-based Annick Foods hired 30 bakers. Lusk Media, a firm based in Orlov, did not."
    classes = _names_and_classes(_extract(nlp, text))
    assert classes.get("Kerrow") == "Place", classes
    assert classes.get("Orlov") == "Place", classes


def test_ban_targets_right_after_the_trigger_whatever_the_parse(nlp):
    from kg.vocab import KG

    text = (
        "Annick Foods barred the chat app Wimble on all store tablets. "
        "Lusk Media is considering banning the app Zoomtrail on office laptops. "
        "Brannock Bank banned employees from using Wimble."
    )
    result = _extract(nlp, text)
    names = {entity.iri: display_name(entity) for entity in result.entities}
    graph = result.graph
    bans = {
        (names[graph.value(event, KG.issuer)], names[graph.value(event, KG.target)])
        for event in graph.subjects(predicate=KG.target)
        if graph.value(event, KG.issuer) is not None
    }
    assert ("Annick Foods", "Wimble") in bans, bans
    assert ("Lusk Media", "Zoomtrail") in bans, bans
    assert ("Brannock Bank", "Wimble") in bans, bans
    assert all(target != "Brannock Bank" for _, target in bans)


def test_what_owns_lists_and_names_given_to_organisation_nouns(nlp):
    from kg.vocab import SCHEMA as S

    text = (
        "Chilworth Group owns Mervale, which makes maps for hikers, as well as a smaller "
        "rival called Tessaly. Brannock Bank, the parent company of Oskery, cut fees."
    )
    result = _extract(nlp, text)
    names = {entity.iri: display_name(entity) for entity in result.entities}
    owned = {(names[s], names[o]) for s, o in result.graph.subject_objects(S.parentOrganization)}
    assert owned == {
        ("Mervale", "Chilworth Group"),
        ("Tessaly", "Chilworth Group"),
        ("Oskery", "Brannock Bank"),
    }


def test_a_place_with_a_title_in_apposition_is_a_person():
    rows = [
        "according accord VERB VBG case 2",
        "to to ADP IN fixed 0",
        "Tamsin tamsin PROPN NNP compound 3",
        "Orrell orrell PROPN NNP ROOT 3",
        ", , PUNCT , punct 5",
        "president president NOUN NN appos 3",
        "of of ADP IN case 8",
        "the the DET DT det 8",
        "Velde velde PROPN NNP compound 9",
        "Institute institute PROPN NNP nmod 5",
        ". . PUNCT . punct 3",
    ]
    capital = rows[:5] + ["capital capital NOUN NN appos 3"] + rows[6:]
    for rows_, expected in ((rows, "PERSON"), (capital, "LOC")):
        doc = pinned_doc(rows_, [(2, 4, "LOC")])
        piece = Piece(0, 0, doc.text)
        repaired = repair_mentions([(piece, doc)], mentions_from_doc(piece, doc))
        assert [(m.anchor, m.label) for m in repaired] == [("Tamsin Orrell", expected)]


def test_an_unknown_capitalised_word_mistagged_by_the_tagger_still_starts_a_name():
    from kg.entities.name_cues import chain_around

    rows = [
        "Tresk tresk ADP IN compound 1",
        "Media media NOUN NN nsubj 2",
        "grew grow VERB VBD ROOT 2",
        ". . PUNCT . punct 2",
    ]
    doc = pinned_doc(rows, [])
    assert chain_around(doc[1]).text == "Tresk Media"
    # a real function word at the start of a sentence is not part of a name
    rows[0] = "With with ADP IN case 1"
    assert chain_around(pinned_doc(rows, [])[1]).text == "Media"


def test_a_sentence_opener_tagged_as_a_noun_starts_an_organisations_name():
    """ "Ramsby High School is ...": the tagger took "Ramsby" for a common noun and "High"
    for an adjective; the capitalised words after it end in an organisation word."""
    from kg.entities.name_cues import chain_around

    rows = [
        "Ramsby ramsby NOUN NN compound 2",
        "High high ADJ JJ amod 2",
        "School school PROPN NNP nsubj 5",
        "is be AUX VBZ cop 5",
        "a a DET DT det 5",
        "school school NOUN NN ROOT 5",
        ". . PUNCT . punct 5",
    ]
    assert chain_around(pinned_doc(rows, [])[2]).text == "Ramsby High School"
    rows[2] = "Street street PROPN NNP nsubj 5"  # no organisation word: "Ramsby" stays out
    assert chain_around(pinned_doc(rows, [])[2]).text == "High Street"


def test_a_name_after_a_use_verb_and_a_noun_is_a_used_thing():
    from kg.entities.used_things import used_thing

    rows = [
        "Orlo orlo PROPN NNP nsubj 1",
        "blocked block VERB VBD ROOT 1",
        "the the DET DT det 3",
        "game game NOUN NN obj 1",
        "Dravik dravik PROPN NNP appos 3",
        ". . PUNCT . punct 1",
    ]
    assert used_thing(pinned_doc(rows, [])[4])
    rows[1] = "praised praise VERB VBD ROOT 1"
    assert not used_thing(pinned_doc(rows, [])[4])


# "Ana Berg sat in the Vessby House of Assembly and went to the United States Supreme Court ."
CHAMBER_AND_COURT = [
    "Ana ana PROPN NNP compound 1",
    "Berg berg PROPN NNP nsubj 2",
    "sat sit VERB VBD ROOT 2",
    "in in ADP IN case 8",
    "the the DET DT det 8",
    "Vessby vessby PROPN NNP compound 6",
    "House house PROPN NNP compound 8",
    "of of ADP IN case 8",
    "Assembly assembly PROPN NNP obl 2",
    "and and CCONJ CC cc 10",
    "went go VERB VBD conj 2",
    "to to ADP IN case 16",
    "the the DET DT det 16",
    "United united PROPN NNP compound 14",
    "States states PROPN NNPS compound 16",
    "Supreme supreme PROPN NNP compound 16",
    "Court court PROPN NNP obl 10",
    ". . PUNCT . punct 2",
]


def test_a_chamber_of_a_parliament_and_a_body_after_its_place_are_organisations():
    """The NER's place "Vessby House of Assembly" is a parliament's chamber; its place
    "United States" and organisation "Supreme Court" are one body's name. A place before
    a name of its own stays a place ("Vessa" in "Norway Vessa Bank" would be a name)."""
    from kg.entities.place_bodies import places_before_bodies

    ents = [(0, 2, "PERSON"), (5, 9, "LOC"), (13, 15, "LOC"), (15, 17, "ORG")]
    parsed, mentions = _parsed(CHAMBER_AND_COURT, ents)
    repaired = repair_mentions(parsed, mentions)
    assert ("Vessby House of Assembly", "ORG") in {(m.anchor, m.label) for m in repaired}
    merged = {(m.anchor, m.label) for m in places_before_bodies(parsed, repaired)}
    assert ("United States Supreme Court", "ORG") in merged
    assert ("United States", "LOC") not in merged
    rows = [*CHAMBER_AND_COURT[:15], "Vessa vessa PROPN NNP compound 16", *CHAMBER_AND_COURT[16:]]
    parsed, mentions = _parsed(rows, [(13, 15, "LOC"), (15, 17, "ORG")])
    kept = {(m.anchor, m.label) for m in places_before_bodies(parsed, mentions)}
    assert kept == {("United States", "LOC"), ("Vessa Court", "ORG")}


# "Orvell Tyrrow ( 1882 - 1945 ) was an American portrait artist ." with the NER's ORG on it
BIOGRAPHY = [
    "Orvell orvell PROPN NNP compound 1",
    "Tyrrow tyrrow PROPN NNP nsubj 11",
    "( ( PUNCT -LRB- punct 3",
    "1882 1882 NUM CD appos 1",
    "- - PUNCT HYPH case 5",
    "1945 1945 NUM CD nmod 3",
    ") ) PUNCT -RRB- punct 3",
    "was be AUX VBD cop 11",
    "an a DET DT det 11",
    "American american ADJ JJ amod 11",
    "portrait portrait NOUN NN compound 11",
    "artist artist NOUN NN ROOT 11",
    ". . PUNCT . punct 11",
]


def test_an_organisation_tagged_name_that_opens_a_biography_is_a_person():
    from kg.entities.person_nouns import people_by_biography

    parsed, mentions = _parsed(BIOGRAPHY, [(0, 2, "ORG")])
    assert [(m.anchor, m.label) for m in people_by_biography(parsed, mentions)] == [
        ("Orvell Tyrrow", "PERSON")
    ]
    # a company's opening stays an organisation's
    company = [row.replace("portrait portrait", "software software") for row in BIOGRAPHY]
    company = [row.replace("artist artist", "company company") for row in company]
    parsed, mentions = _parsed(company, [(0, 2, "ORG")])
    assert [m.label for m in people_by_biography(parsed, mentions)] == ["ORG"]


# "Henrik Ostrand met Tarn Ostrand . Tarn Ostrand left ." with Tarn Ostrand (tokens 3-4) a person
RELATIVES = [
    "Henrik henrik PROPN NNP compound 1",
    "Ostrand ostrand PROPN NNP nsubj 2",
    "met meet VERB VBD ROOT 2",
    "Tarn tarn PROPN NNP compound 4",
    "Ostrand ostrand PROPN NNP obj 2",
    ". . PUNCT . punct 2",
    "Tarn tarn PROPN NNP compound 7",
    "Ostrand ostrand PROPN NNP nsubj 8",
    "left leave VERB VBD ROOT 8",
    ". . PUNCT . punct 8",
]


def test_a_name_ending_in_a_persons_surname_is_a_relative_not_the_same_name_again():
    from kg.entities.backstops import relatives_names

    parsed, mentions = _parsed(RELATIVES, [(3, 5, "PERSON")])
    added = {(m.anchor, m.label) for m in relatives_names(parsed, mentions)}
    # "Henrik Ostrand" is a relative's name; "Tarn Ostrand" again is the person's own name,
    # which propagate adds with the person's class (an NER slip would spread otherwise)
    assert added == {("Henrik Ostrand", "PERSON")}


# "Zorvik is a weapons maker . Zorvik 's shares rose ."
CUED_ONCE = [
    "Zorvik zorvik PROPN NNP nsubj 4",
    "is be AUX VBZ cop 4",
    "a a DET DT det 4",
    "weapons weapon NOUN NNS compound 4",
    "maker maker NOUN NN ROOT 4",
    ". . PUNCT . punct 4",
    "Zorvik zorvik PROPN NNP nmod:poss 9",
    "'s 's PART POS case 6",
    "shares share NOUN NNS nsubj 9",
    "rose rise VERB VBD ROOT 9",
    ". . PUNCT . punct 9",
]


def test_a_one_word_name_relabelled_by_what_is_said_of_it_is_relabelled_everywhere():
    """The NER took "Zorvik" for a person twice; "is a weapons maker" says otherwise once,
    and that holds for its other mention too."""
    parsed, mentions = _parsed(CUED_ONCE, [(0, 1, "PERSON"), (6, 7, "PERSON")])
    assert [m.label for m in repair_mentions(parsed, mentions)] == ["ORG", "ORG"]


# "They live in the Boston suburb of Ada Falls . Ada Falls is small ."
SUBURB = [
    "They they PRON PRP nsubj 1",
    "live live VERB VBP ROOT 1",
    "in in ADP IN case 6",
    "the the DET DT det 6",
    "Boston boston PROPN NNP compound 6",
    "suburb suburb NOUN NN obl 1",
    "of of ADP IN case 8",
    "Ada ada PROPN NNP nmod 5",
    "Falls falls PROPN NNP flat 7",
    ". . PUNCT . punct 1",
    "Ada ada PROPN NNP nsubj 13",
    "Falls falls PROPN NNP flat 10",
    "is be AUX VBZ cop 13",
    "small small ADJ JJ ROOT 13",
    ". . PUNCT . punct 13",
]


def test_a_name_once_after_a_places_noun_is_a_place_wherever_the_ner_took_it_for_a_person():
    parsed, mentions = _parsed(SUBURB, [(4, 5, "LOC"), (7, 9, "PERSON"), (10, 12, "PERSON")])
    labels = [(m.anchor, m.label) for m in places_by_kind_noun(parsed, mentions)]
    assert labels == [("Boston", "LOC"), ("Ada Falls", "LOC"), ("Ada Falls", "LOC")]


# "The game was published by Quorvana ."
PUBLISHED = [
    "The the DET DT det 1",
    "game game NOUN NN nsubj:pass 3",
    "was be AUX VBD aux:pass 3",
    "published publish VERB VBN ROOT 3",
    "by by ADP IN case 5",
    "Quorvana quorvana PROPN NNP obl:agent 3",
    ". . PUNCT . punct 3",
]


def test_the_agent_of_published_by_is_an_organisation():
    parsed, mentions = _parsed(PUBLISHED, [(5, 6, "PERSON")])
    assert [m.label for m in repair_mentions(parsed, mentions)] == ["ORG"]


# "Ilse van Dijk won . Van Dijk retired ."
PARTICLE_NAME = [
    "Ilse ilse ADJ JJ amod 2",
    "van van NOUN NN compound 2",
    "Dijk dijk PROPN NNP nsubj 3",
    "won win VERB VBD ROOT 3",
    ". . PUNCT . punct 3",
    "Van van PROPN NNP compound 6",
    "Dijk dijk PROPN NNP nsubj 7",
    "retired retire VERB VBD ROOT 7",
    ". . PUNCT . punct 7",
]


def test_a_surname_found_again_after_a_first_name_and_a_particle_is_the_whole_name():
    """The NER tagged only "Van Dijk": its surname "Dijk" found again in "Ilse van Dijk"
    is that whole name (the tagger took "Ilse" for an adjective), not "Dijk" alone."""
    parsed, mentions = _parsed(PARTICLE_NAME, [(5, 7, "PERSON")])
    added = {(m.anchor, m.label) for m in propagate(parsed, mentions)}
    assert added == {("Ilse van Dijk", "PERSON")}


# "Ivo Rastan ( 1921 - 1990 ) was a Croatian Grandmaster ." as kg's tagger reads it: the
# occupation capitalised and taken for a name
CAPITALISED_OCCUPATION = [
    "Ivo ivo PROPN NNP compound 1",
    "Rastan rastan PROPN NNP nsubj 11",
    "( ( PUNCT -LRB- punct 3",
    "1921 1921 NUM CD appos 1",
    "- - SYM SYM punct 5",
    "1990 1990 NUM CD nmod 3",
    ") ) PUNCT -RRB- punct 3",
    "was be AUX VBD cop 11",
    "a a DET DT det 11",
    "Croatian croatian ADJ JJ amod 11",
    "Chess chess PROPN NNP compound 11",
    "Grandmaster grandmaster PROPN NNP ROOT 11",
    ". . PUNCT . punct 11",
]


def test_a_biography_opening_with_a_capitalised_occupation_makes_a_person():
    """The NER's place "Ivo Rastan" opens "(dates) was a Croatian Chess Grandmaster": the
    tagger took the occupation for a name, which still says what he was."""
    parsed, mentions = _parsed(CAPITALISED_OCCUPATION, [(0, 2, "GPE")])
    assert [m.label for m in people_by_biography(parsed, mentions)] == ["PERSON"]


# "Tove Ruud died in Marion Heights , Idaho ." with the NER's place "Marion Heights"
PLACE_WITH_A_FIRST_NAME = [
    "Tove tove PROPN NNP compound 1",
    "Ruud ruud PROPN NNP nsubj 2",
    "died die VERB VBD ROOT 2",
    "in in ADP IN case 5",
    "Marion marion PROPN NNP compound 5",
    "Heights heights PROPN NNP obl 2",
    ", , PUNCT , punct 7",
    "Idaho idaho PROPN NNP nmod:unmarked 5",
    ". . PUNCT . punct 2",
]


def test_a_place_after_in_and_before_a_comma_and_a_place_keeps_its_class():
    """ "in Marion Heights, Idaho": a first name opens the NER's place, which stays a place
    between "in" and another place after a comma."""
    parsed, mentions = _parsed(
        PLACE_WITH_A_FIRST_NAME, [(0, 2, "PERSON"), (4, 6, "GPE"), (7, 8, "GPE")]
    )
    labels = {m.anchor: m.label for m in repair_mentions(parsed, mentions)}
    assert labels["Marion Heights"] in {"GPE", "LOC"}


# "Ola Berg ( 2 March 1930 , Lindau – 5 May 2001 , Molln ) was a chemist ." and
# "Ola Berg ( born 1962 , formerly Ola Kvist ) is a chemist ."
LIFE_WITH_PLACES = [
    "Ola ola PROPN NNP compound 1",
    "Berg berg PROPN NNP nsubj 18",
    "( ( PUNCT -LRB- punct 4",
    "2 2 NUM CD nummod 4",
    "March march PROPN NNP appos 1",
    "1930 1930 NUM CD nummod 4",
    ", , PUNCT , punct 7",
    "Lindau lindau PROPN NNP appos 4",
    "– – PUNCT : punct 10",
    "5 5 NUM CD nummod 10",
    "May may PROPN NNP appos 4",
    "2001 2001 NUM CD nummod 10",
    ", , PUNCT , punct 13",
    "Molln molln PROPN NNP appos 10",
    ") ) PUNCT -RRB- punct 4",
    "was be AUX VBD cop 18",
    "a a DET DT det 18",
    "German german ADJ JJ amod 18",
    "chemist chemist NOUN NN ROOT 18",
    ". . PUNCT . punct 18",
]
FORMER_NAME = [
    "Ola ola PROPN NNP compound 1",
    "Berg berg PROPN NNP nsubj 11",
    "( ( PUNCT -LRB- punct 3",
    "born bear VERB VBN acl 1",
    "1962 1962 NUM CD obl 3",
    ", , PUNCT , punct 7",
    "formerly formerly ADV RB advmod 7",
    "Ola ola PROPN NNP compound 8",
    "Kvist kvist PROPN NNP appos 3",
    ") ) PUNCT -RRB- punct 3",
    "is be AUX VBZ cop 11",
    "chemist chemist NOUN NN ROOT 11",
    ". . PUNCT . punct 11",
]


def test_a_name_after_a_date_and_a_comma_in_life_brackets_is_a_place():
    """The NER's person "Molln" after "5 May 2001," is where Ola Berg died; a name after
    "formerly" is a former name, and stays a person."""
    parsed, mentions = _parsed(
        LIFE_WITH_PLACES, [(0, 2, "PERSON"), (7, 8, "GPE"), (13, 14, "PERSON")]
    )
    labels = {m.anchor: m.label for m in places_in_life_brackets(parsed, mentions)}
    assert labels == {"Ola Berg": "PERSON", "Lindau": "GPE", "Molln": "LOC"}
    parsed, mentions = _parsed(FORMER_NAME, [(0, 2, "PERSON"), (7, 9, "PERSON")])
    labels = {m.anchor: m.label for m in places_in_life_brackets(parsed, mentions)}
    assert labels == {"Ola Berg": "PERSON", "Ola Kvist": "PERSON"}


# "Will Tarrow ( 1907 – 1993 ) was a journalist ." with "Will" tagged as a modal, as the
# bundled tagger tags it at a sentence's start
MODAL_FIRST_NAME = [
    "Will will AUX MD aux 7",
    "Tarrow tarrow PROPN NNP nsubj 7",
    "( ( PUNCT -LRB- punct 3",
    "1907 1907 NUM CD appos 1",
    "– – PUNCT : punct 5",
    "1993 1993 NUM CD nummod 3",
    ") ) PUNCT -RRB- punct 3",
    "was be AUX VBD cop 9",
    "a a DET DT det 9",
    "journalist journalist NOUN NN ROOT 9",
    ". . PUNCT . punct 9",
]


def test_a_first_name_tagged_as_a_verb_before_a_name_and_brackets_opens_the_chain():
    from kg.entities.name_cues import chain_around

    doc = pinned_doc(MODAL_FIRST_NAME, [])
    assert chain_around(doc[1]).text == "Will Tarrow"
    question = pinned_doc(
        [
            "Will will AUX MD aux 2",
            "Parliament parliament PROPN NNP nsubj 2",
            "act act VERB VB ROOT 2",
            "? ? PUNCT . punct 2",
        ],
        [],
    )
    assert chain_around(question[1]).text == "Parliament"  # a question, no brackets


def test_a_nickname_in_quotes_inside_a_name_makes_one_persons_mention():
    from kg.entities.quoted_nicknames import names_with_quoted_nicknames

    rows = [
        "Tomasz tomasz PROPN NNP nsubj 11",
        '" " PUNCT `` punct 2',
        "Tom tom PROPN NNP appos 0",
        "\" \" PUNCT '' punct 2",
        "Wolski wolski PROPN NNP flat 0",
        "( ( PUNCT -LRB- punct 6",
        "born bear VERB VBN acl 0",
        "1950 1950 NUM CD obl 6",
        ") ) PUNCT -RRB- punct 6",
        "is be AUX VBZ cop 11",
        "an an DET DT det 11",
        "engineer engineer NOUN NN ROOT 11",
        ". . PUNCT . punct 11",
    ]
    parsed, mentions = _parsed(rows, [(4, 5, "PERSON")])
    found = names_with_quoted_nicknames(parsed, mentions)
    # (the pinned text has spaces around the quotes)
    assert [(m.anchor, m.label) for m in found] == [('Tomasz " Tom " Wolski', "PERSON")]
    # not a title in quotes between a name and a day
    rows = [
        "The the DET DT det 2",
        "song song NOUN NN nsubj 7",
        '" " PUNCT `` punct 3',
        "Blue blue PROPN NNP appos 1",
        "\" \" PUNCT '' punct 3",
        "Monday monday PROPN NNP obl 7",
        "was be AUX VBD cop 7",
        "hit hit NOUN NN ROOT 7",
        ". . PUNCT . punct 7",
    ]
    parsed, mentions = _parsed(rows, [])
    assert names_with_quoted_nicknames(parsed, mentions) == []


def test_a_quoted_nickname_is_no_part_of_the_key():
    from kg.entities.resolve import person_key

    assert person_key('Tomasz "Tom" Wolski') == person_key("Tomasz Wolski") == "tomasz wolski"


def _tokens(words: list[str]) -> list[str]:
    """Pinned rows for a biography's opening, tagged simply (the rule reads words)."""
    tags = {"(": "PUNCT -LRB-", ")": "PUNCT -RRB-", ",": "PUNCT ,", "–": "PUNCT :"}
    tags |= {"was": "AUX VBD", "a": "DET DT", "-": "PUNCT HYPH", ".": "PUNCT ."}
    rows = []
    for word in words:
        pos = tags.get(word, "NUM CD" if word.isdigit() else "PROPN NNP")
        if word in {"monk", "architect"}:
            pos = "NOUN NN"
        rows.append(f"{word} {word.lower()} {pos} dep 0")
    return rows


def test_a_biography_opens_past_a_hyphenated_surname_and_a_post_nominal():
    from kg.entities.name_cues import chain_around
    from kg.entities.person_nouns import opens_a_biography, with_surname_parts

    words = ["Ivo", "Marek", "-", "Lis", "(", "1859", "–", "1920", ")", "was", "a", "architect"]
    doc = pinned_doc(_tokens(words), [])
    chain = chain_around(doc[0])
    assert chain.text == "Ivo Marek" and opens_a_biography(chain)
    assert with_surname_parts(chain).text == "Ivo Marek-Lis"
    words = ["Ivo", "Marek", ",", "OSB", "(", "1915", "–", "1981", ")", "was", "a", "monk"]
    doc = pinned_doc(_tokens(words), [])
    assert opens_a_biography(chain_around(doc[0]))
    words = ["Ivo", "Marek", ",", "Lisbon", "(", "1915", ")", "was", "a", "monk"]
    doc = pinned_doc(_tokens(words), [])
    assert not opens_a_biography(chain_around(doc[0]))  # a place, no post-nominal


def test_saint_opening_a_place_the_ner_found_whole_after_a_preposition_is_no_title():
    """ "in Saint Quentin" (the NER's place) stays a place; "Saint Quentin was a martyr"
    opens a sentence with a saint's title and a name."""
    from kg.entities.repair import titled_people

    rows = [
        "She she PRON PRP nsubj 1",
        "studied study VERB VBD ROOT 1",
        "in in ADP IN case 4",
        "Saint saint PROPN NNP compound 4",
        "Quentin quentin PROPN NNP obl 1",
        ". . PUNCT . punct 1",
    ]
    parsed, mentions = _parsed(rows, [(3, 5, "LOC")])
    assert [(m.anchor, m.label) for m in titled_people(parsed, mentions)] == [
        ("Saint Quentin", "LOC")
    ]
    rows = [
        "Saint saint PROPN NNP compound 1",
        "Quentin quentin PROPN NNP nsubj 4",
        "was be AUX VBD cop 4",
        "a a DET DT det 4",
        "martyr martyr NOUN NN ROOT 4",
        ". . PUNCT . punct 4",
    ]
    parsed, mentions = _parsed(rows, [(0, 2, "LOC")])
    assert [(m.anchor, m.label) for m in titled_people(parsed, mentions)] == [("Quentin", "PERSON")]


def _proper(words: list[str], root: int) -> list[str]:
    """Pinned rows: every word a proper noun hung on `root`, "and"/"of"/"the" as such."""
    rows = []
    for k, word in enumerate(words):
        pos = {"and": "CCONJ CC", "of": "ADP IN", "the": "DET DT", ".": "PUNCT ."}.get(
            word, "VERB VBD" if word == "met" else "PROPN NNP"
        )
        rows.append(f"{word} {word.lower()} {pos} dep {root if k != root else k}")
    return rows


def test_an_organisations_name_goes_on_through_and():
    """ "the Narvik Chamber of Trade and Industry", "the Game and Wildlife Service" are one
    name each (kg/entities/names_with_and.py); "Kestrel Audio and Morrow Labs" are two."""
    words = ["the", "Narvik", "Chamber", "of", "Trade", "and", "Industry", "met", "."]
    doc = pinned_doc(_proper(words, 7), [])
    assert chain_around(doc[1]).text == "Narvik Chamber of Trade and Industry"
    words = ["the", "Game", "and", "Wildlife", "Service", "met", "."]
    doc = pinned_doc(_proper(words, 5), [])
    assert chain_around(doc[1]).text == "Game and Wildlife Service"
    assert chain_around(doc[4]).text == "Game and Wildlife Service"  # the same from its end
    words = ["Kestrel", "Audio", "and", "Morrow", "Labs", "met", "."]
    doc = pinned_doc(_proper(words, 5), [])
    assert chain_around(doc[0]).text == "Kestrel Audio"


def test_two_mentions_inside_one_name_with_and_become_one():
    from kg.entities.split_names import names_split_at_and

    words = ["the", "Narvik", "Water", "and", "Sewer", "Board", "met", "."]
    parsed, mentions = _parsed(_proper(words, 6), [(1, 3, "LOC"), (4, 6, "ORG")])
    found = names_split_at_and(parsed, mentions)
    assert [(m.anchor, m.label) for m in found] == [("Narvik Water and Sewer Board", "ORG")]
    # a one-word place before "and" is a name of its own: "Molde and Bergen Police"
    words = ["the", "Molde", "and", "Bergen", "Police", "met", "."]
    parsed, mentions = _parsed(_proper(words, 5), [(1, 2, "LOC"), (3, 5, "ORG")])
    assert len(names_split_at_and(parsed, mentions)) == 2
