"""Bans across the sentences of one document, with the bundled pipeline: a ban whose issuer
the sentence does not state joins the document's ban of the same target by a named issuer,
only when that is unambiguous and in the same phase. Sentences written for these tests."""

from kg.context import display_name
from kg.extract import ExtractOptions, process_documents
from kg.read import Document
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
