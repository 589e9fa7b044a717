"""Acceptance of relations, events and quotations on the five seed articles (read from
../shared at run time). Entity names are looked up by label or alternative label."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.vocab import KG, SCHEMA


def named(dataset, name: str):
    found = {s for s in dataset.subjects(RDFS.label, Literal(name))}
    found |= {s for s in dataset.subjects(SKOS.altLabel, Literal(name))}
    assert found, f"no entity named {name!r}"
    return found


def supporting_documents(dataset, subject, predicate, obj) -> set:
    return {
        dataset.value(claim, PROV.wasDerivedFrom)
        for claim in dataset.subjects(RDF.subject, subject)
        if dataset.value(claim, RDF.predicate) == predicate
        and dataset.value(claim, RDF.object) == obj
    }


def test_bytedance_owns_tiktok_in_four_articles(seed_result):
    dataset = seed_result.dataset
    (bytedance,) = named(dataset, "ByteDance")
    (tiktok,) = named(dataset, "TikTok")
    assert (tiktok, SCHEMA.parentOrganization, bytedance) in dataset
    assert len(supporting_documents(dataset, tiktok, SCHEMA.parentOrganization, bytedance)) >= 4


def test_bytedance_owns_douyin(seed_result):
    dataset = seed_result.dataset
    (bytedance,) = named(dataset, "ByteDance")
    (douyin,) = named(dataset, "Douyin")
    assert (douyin, SCHEMA.parentOrganization, bytedance) in dataset


def posts(dataset, person_name: str) -> set[tuple[str, str | None]]:
    (person,) = named(dataset, person_name)
    result = set()
    for post in dataset.subjects(KG.holder, person):
        org = dataset.value(post, KG.organization)
        org_label = str(dataset.value(org, RDFS.label)) if org is not None else None
        result.add((str(dataset.value(post, SCHEMA.roleName)), org_label))
    return result


def test_posts(seed_result):
    dataset = seed_result.dataset
    assert ("Secretary of State", None) in posts(dataset, "Mike Pompeo")
    assert ("CEO", "TikTok") in posts(dataset, "Kevin Mayer")
    assert ("host", "Fox News") in posts(dataset, "Laura Ingraham")
    assert ("President", None) in posts(dataset, "Donald Trump")
    hawley = posts(dataset, "Josh Hawley")
    assert ("Senator", None) in hawley
    (person,) = named(dataset, "Josh Hawley")
    (missouri,) = named(dataset, "Missouri")
    post = next(
        p
        for p in dataset.subjects(KG.holder, person)
        if dataset.value(p, SCHEMA.roleName) == Literal("Senator")
    )
    assert dataset.value(post, KG.jurisdiction) == missouri
    (republicans,) = named(dataset, "Republican Party")
    assert (person, SCHEMA.memberOf, republicans) in dataset


def prohibitions(dataset):
    rows = []
    for event in dataset.subjects(RDF.type, KG.Prohibition):
        rows.append(
            {
                "issuer": {
                    str(dataset.value(i, RDFS.label)) for i in dataset.objects(event, KG.issuer)
                },
                "target": {
                    str(dataset.value(t, RDFS.label)) for t in dataset.objects(event, KG.target)
                },
                "status": {s.split("#")[-1] for s in dataset.objects(event, KG.status)},
                "affected": {str(a) for a in dataset.objects(event, KG.affected)},
                "scope": {str(a) for a in dataset.objects(event, KG.scope)},
                "proposer": {
                    str(dataset.value(p, RDFS.label)) for p in dataset.objects(event, KG.proposer)
                },
            }
        )
    return rows


def find(rows, issuer: str, status: str):
    matches = [
        r
        for r in rows
        if issuer in r["issuer"] and status in r["status"] and "TikTok" in r["target"]
    ]
    assert matches, f"no {status} ban by {issuer} on TikTok in {rows}"
    return matches[0]


def test_ban_events(seed_result):
    rows = prohibitions(seed_result.dataset)
    amazon = find(rows, "Amazon", "Retracted")
    assert any("employees" in a for a in amazon["affected"])
    assert any("mobile device" in s for s in amazon["scope"])
    government = [
        r
        for r in rows
        if "UnderConsideration" in r["status"]
        and "TikTok" in r["target"]
        and "United States" in r["issuer"]  # the federal government, the administration
    ]
    assert government and any("Mike Pompeo" in r["proposer"] for r in government)
    find(rows, "U.S. Army", "Enacted")
    find(rows, "Mike Pompeo", "Enacted")
    proposed = [r for r in rows if "Proposed" in r["status"] and "Josh Hawley" in r["proposer"]]
    assert proposed, rows


def test_amazon_retraction_is_linked(seed_result):
    dataset = seed_result.dataset
    (amazon,) = named(dataset, "Amazon")
    retractions = list(dataset.subjects(KG.retractedBy, amazon))
    assert retractions
    retracted = {dataset.value(r, KG.retracts) for r in retractions}
    assert all((e, RDF.type, KG.Prohibition) in dataset for e in retracted)


def test_quotations(seed_result):
    dataset = seed_result.dataset
    by_speaker: dict[str, list[str]] = {}
    for quote in dataset.subjects(RDF.type, SCHEMA.Quotation):
        speaker = dataset.value(quote, SCHEMA.spokenByCharacter)
        by_speaker.setdefault(str(dataset.value(speaker, RDFS.label)), []).append(
            str(dataset.value(quote, SCHEMA.text))
        )
    assert any("sent in error" in q for q in by_speaker.get("Amazon", []))
    for speaker in ("TikTok", "Mike Pompeo", "Josh Hawley"):
        assert by_speaker.get(speaker), f"no quotation by {speaker}: {by_speaker}"
    assert any("follow suit" in q for q in by_speaker["Josh Hawley"])
