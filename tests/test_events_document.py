"""Bans across the sentences of one document, with the bundled pipeline: a ban whose issuer
the sentence does not state joins the document's ban of the same target by a named issuer,
only when that is unambiguous and in the same phase. Sentences written for these tests."""

from rdflib import RDF

from kg.extraction import ExtractOptions, process_documents
from kg.facts.context import display_name
from kg.ingest.read import Document
from kg.vocab import KG


def _bans(nlp, text):
    [result] = process_documents(nlp, [Document(text, "test")], ExtractOptions(validate=False))
    graph = result.graph
    names = {entity.iri: display_name(entity) for entity in result.entities}
    found = []
    for event in graph.subjects(predicate=KG.target):
        if (event, None, KG.Prohibition) not in graph:
            continue
        issuers = {names[i] for i in graph.objects(event, KG.issuer)}
        targets = {names[t] for t in graph.objects(event, KG.target)}
        statuses = {str(s).split("#")[-1] for s in graph.objects(event, KG.status)}
        found.append((issuers, targets, statuses))
    return found


def test_an_unstated_issuer_joins_the_only_issuer_of_that_ban(nlp):
    text = (
        "Pellworth Bank told its tellers to uninstall ZapCart from branch computers. "
        "ZapCart is no longer permitted on any branch computer, the memo said."
    )
    bans = _bans(nlp, text)
    assert len(bans) == 1, bans
    assert bans[0][0] == {"Pellworth Bank"} and bans[0][1] == {"ZapCart"}


def test_a_proposal_does_not_join_an_enacted_ban(nlp):
    text = (
        "Pellworth Bank told its tellers to uninstall ZapCart from branch computers. "
        "Regulators said ZapCart should be banned nationwide."
    )
    bans = _bans(nlp, text)
    assert ({"Pellworth Bank"}, {"ZapCart"}, {"Enacted"}) in bans, bans
    assert (set(), {"ZapCart"}, {"Proposed"}) in bans, bans


def test_each_claim_about_a_ban_cites_the_sentence_it_was_read_in(nlp):
    first = "Pellworth Bank told its tellers to uninstall ZapCart from branch computers."
    second = "On Tuesday, Pellworth Bank said the order had been sent in error."
    [result] = process_documents(
        nlp, [Document(f"{first} {second}", "test")], ExtractOptions(validate=False)
    )
    graph = result.graph
    cited = {}  # predicate of the claim -> the sentences its claims cite
    for claim in graph.subjects(predicate=KG.evidenceText):
        predicate = str(graph.value(claim, RDF.predicate)).split("#")[-1]
        cited.setdefault(predicate, set()).add(str(graph.value(claim, KG.evidenceText)))
    assert cited["status"] == {second}, cited  # the retraction is stated in the second
    assert cited["target"] == {first} and cited["issuer"] == {first}, cited


def test_an_order_and_its_retraction_in_one_headline_is_retracted(nlp):
    """The second clause after a dash has no subject of its own: the orderer retracts."""
    bans = _bans(nlp, "Pellworth Bank orders employees to delete ZapCart - then retracts it\n")
    assert bans == [({"Pellworth Bank"}, {"ZapCart"}, {"Retracted"})]


def test_a_clause_after_a_dash_with_its_own_subject_retracts_nothing(nlp):
    text = "Pellworth Bank orders employees to delete ZapCart - its rival Corvel Media retracts nothing\n"
    bans = _bans(nlp, text)
    assert bans and all(statuses == {"Enacted"} for _, _, statuses in bans), bans
