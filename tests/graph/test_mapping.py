from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDFS, XSD

from kg.graph.iris import article_iri, entity_iri, event_iri
from kg.namespaces import KGO, OA, SCHEMA, SEM, WD

SLUG = "report-2025-12-04-coaker-baku"


def event(name: str) -> URIRef:
    return event_iri(SLUG, name)


def test_no_blank_nodes(seed_build) -> None:
    assert not any(isinstance(term, BNode) for triple in seed_build.graph for term in triple)


def test_meetings_have_agent_counterpart_and_only_a_latest_bound(seed_build) -> None:
    graph = seed_build.graph
    meeting = event("meeting-zakir-hasanov")
    assert (meeting, KGO.agent, entity_iri("vernon-coaker")) in graph
    assert (meeting, KGO.counterpart, entity_iri("zakir-hasanov")) in graph
    assert (meeting, SCHEMA.location, entity_iri("baku")) in graph
    assert (meeting, SEM.subEventOf, event("visit")) in graph
    # the article does not give the day: no date, only "not after publication"
    assert graph.value(meeting, KGO.date) is None
    assert graph.value(meeting, SEM.hasEarliestBeginTimeStamp) is None
    assert graph.value(meeting, SEM.hasLatestEndTimeStamp) == Literal("2025-12-04", datatype=XSD.date)
    assert graph.value(meeting, KGO.datePrecision) == KGO.bounded
    assert graph.value(meeting, KGO.dateResolvedAgainst) == article_iri(SLUG)


def test_months_are_months_and_march_is_march_2025(seed_build) -> None:
    graph = seed_build.graph
    attache = event("defence-attache-appointment")
    assert graph.value(attache, KGO.date) == Literal("2025-03", datatype=XSD.gYearMonth)
    assert graph.value(attache, KGO.datePrecision) == KGO.month
    assert graph.value(attache, KGO.dateText) == Literal("mart ayında", lang="az")
    assert graph.value(attache, KGO.dateResolvedAgainst) == article_iri(SLUG)
    signing = event("defence-cooperation-programme-signed")
    assert graph.value(signing, KGO.date) == Literal("2025-10", datatype=XSD.gYearMonth)
    # "2025-ci ilin oktyabrında" names its year: not resolved against publication
    assert graph.value(signing, KGO.dateResolvedAgainst) is None


def test_evidence_is_a_web_annotation_pointing_into_the_text(seed_build) -> None:
    graph = seed_build.graph
    text = str(graph.value(article_iri(SLUG), SCHEMA.text))
    annotations = list(graph.objects(event("arms-embargo-lifted"), KGO.evidence))
    assert len(annotations) == 1
    target = graph.value(annotations[0], OA.hasTarget)
    assert graph.value(target, OA.hasSource) == article_iri(SLUG)
    selectors = list(graph.objects(target, OA.hasSelector))
    exact = next(str(graph.value(s, OA.exact)) for s in selectors if graph.value(s, OA.exact))
    start = next(int(graph.value(s, OA.start)) for s in selectors if graph.value(s, OA.start) is not None)
    end = next(int(graph.value(s, OA.end)) for s in selectors if graph.value(s, OA.end) is not None)
    assert text[start:end] == exact
    assert "silah embarqosunu aradan qaldırıb" in exact


def test_entities_have_both_labels_and_only_confirmed_wikidata_links(seed_build) -> None:
    graph = seed_build.graph
    assert (entity_iri("vernon-coaker"), RDFS.label, Literal("Vernon Koaker", lang="az")) in graph
    assert (entity_iri("vernon-coaker"), RDFS.label, Literal("Vernon Coaker", lang="en")) in graph
    links = {(s, o) for s, o in graph.subject_objects(OWL.sameAs)}
    assert links == {
        (entity_iri("baku"), WD.Q9248),
        (entity_iri("azerbaijan"), WD.Q227),
        (entity_iri("united-kingdom"), WD.Q145),
        (entity_iri("armenia"), WD.Q399),
        (entity_iri("czech-republic"), WD.Q213),
        (entity_iri("london"), WD.Q84),
    }


def test_events_carry_their_cameo_concept(seed_build) -> None:
    from rdflib.namespace import DCTERMS

    graph = seed_build.graph
    assert graph.value(event("arms-embargo-lifted"), DCTERMS.type) == KGO["cameo-085"]
    assert graph.value(event("defence-cooperation-programme-signed"), DCTERMS.type) == KGO["cameo-057"]
    assert graph.value(event("visit"), DCTERMS.type) == KGO["cameo-042"]


def test_article_metadata(seed_build) -> None:
    graph = seed_build.graph
    article = article_iri(SLUG)
    assert graph.value(article, SCHEMA.datePublished) == Literal("2025-12-04T21:14:00+04:00", datatype=XSD.dateTime)
    assert graph.value(article, SCHEMA.publisher) == entity_iri("report")
    assert graph.value(article, SCHEMA.inLanguage) == Literal("az")
    source = graph.value(article, SCHEMA.isBasedOn)
    assert graph.value(source, SCHEMA.author) == entity_iri("british-embassy-baku")
