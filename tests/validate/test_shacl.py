"""Every shape, broken on purpose: the violation and its message, and `kg validate` exits 1."""

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg import resources
from kg.cli import main
from kg.graph.iris import article_iri, entity_iri, event_iri
from kg.graph.serialization import export
from kg.namespaces import KGO, OA, PROV, SCHEMA, SEM, SH, new_graph
from kg.validate.shacl import validate

SLUG = "report-2025-12-04-coaker-baku"
ARTICLE = article_iri(SLUG)
MEETING = event_iri(SLUG, "meeting-ilham-aliyev")
EMBARGO = event_iri(SLUG, "arms-embargo-lifted")
VISIT = event_iri(SLUG, "visit")
ATTACHE = event_iri(SLUG, "defence-attache-appointment")
SIGNING = event_iri(SLUG, "defence-cooperation-programme-signed")
EVIDENCE = URIRef(f"{EMBARGO}/evidence/1")
PROGRAMME = entity_iri("uk-azerbaijan-defence-cooperation-programme-2025")
HOLDING = URIRef(f"{ARTICLE}/holds/zakir-hasanov/azerbaijan-minister-of-defence")


def drop(subject: URIRef, predicate: URIRef, lang: str | None = None) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        for value in list(graph.objects(subject, predicate)):
            if lang is None or getattr(value, "language", None) == lang:
                graph.remove((subject, predicate, value))

    return mutate


def put(subject: URIRef, predicate: URIRef, value) -> Callable[[Graph], None]:
    return lambda graph: graph.set((subject, predicate, value))


def both(*mutations: Callable[[Graph], None]) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        for mutation in mutations:
            mutation(graph)

    return mutate


def undated(graph: Graph) -> None:
    for predicate in (KGO.date, SEM.hasEarliestBeginTimeStamp, SEM.hasLatestEndTimeStamp):
        graph.remove((EMBARGO, predicate, None))


def selector(kind: URIRef) -> URIRef:
    return URIRef(f"{EVIDENCE}/{'position' if kind == OA.TextPositionSelector else 'quote'}")


# (case id, mutation, focus node, shape, words of the message)
CASES = [
    (
        "meeting with one participant",
        drop(MEETING, KGO.counterpart),
        MEETING,
        "MeetingShape",
        "at least two participants",
    ),
    (
        "agreement with one party",
        drop(SIGNING, KGO.counterpart),
        SIGNING,
        "AgreementSigningShape",
        "at least two parties",
    ),
    ("event without date or bound", undated, EMBARGO, "EventDatedShape", "no date and no date bound"),
    ("event without evidence", drop(EMBARGO, KGO.evidence), EMBARGO, "EventEvidence", "has no evidence"),
    (
        "date after publication",
        put(EMBARGO, KGO.date, Literal("2026-01", datatype=XSD.gYearMonth)),
        EMBARGO,
        "EventPublishedShape",
        "after its article was published",
    ),
    (
        "earliest bound after publication",
        put(MEETING, SEM.hasEarliestBeginTimeStamp, Literal("2025-12-05", datatype=XSD.date)),
        MEETING,
        "EventPublishedShape",
        "dated 2025-12-05, after its article was published",
    ),
    (
        "ill-formed month",
        put(EMBARGO, KGO.date, Literal("2025-13", datatype=XSD.gYearMonth)),
        EMBARGO,
        "EventDate",
        "not a well-formed",
    ),
    (
        "ill-formed day",
        put(EMBARGO, KGO.date, Literal("2025-02-30", datatype=XSD.date)),
        EMBARGO,
        "EventDate",
        "not a well-formed",
    ),
    (
        "date of the wrong datatype",
        put(EMBARGO, KGO.date, Literal("October 2025")),
        EMBARGO,
        "EventDate",
        "not a well-formed",
    ),
    (
        "bound of the wrong datatype",
        put(MEETING, SEM.hasLatestEndTimeStamp, Literal("2025-12")),
        MEETING,
        "EventLatest",
        "one well-formed xsd:date",
    ),
    (
        "earliest of the wrong datatype",
        put(EMBARGO, SEM.hasEarliestBeginTimeStamp, Literal("2025-10-01")),
        EMBARGO,
        "EventEarliest",
        "one well-formed xsd:date",
    ),
    ("unknown precision", put(EMBARGO, KGO.datePrecision, KGO.week), EMBARGO, "EventPrecision", "how precise"),
    ("event without its article", drop(EMBARGO, PROV.wasDerivedFrom), EMBARGO, "EventArticle", "which article"),
    ("event without English label", drop(EMBARGO, RDFS.label, "en"), EMBARGO, "EventLabelEn", "no English label"),
    (
        "event without Azerbaijani label",
        drop(EMBARGO, RDFS.label, "az"),
        EMBARGO,
        "EventLabelAz",
        "no Azerbaijani label",
    ),
    ("visit without agent", drop(VISIT, KGO.agent), VISIT, "AgentShape", "has no agent"),
    ("visit without place", drop(VISIT, SCHEMA.location), VISIT, "VisitShape", "where it went"),
    ("embargo for nobody", drop(EMBARGO, KGO.affected), EMBARGO, "EmbargoDecisionShape", "whom the embargo applies to"),
    ("appointment without post", drop(ATTACHE, KGO.post), ATTACHE, "AppointmentShape", "name the post"),
    (
        "person without English label",
        drop(entity_iri("zakir-hasanov"), RDFS.label, "en"),
        entity_iri("zakir-hasanov"),
        "EntityLabelShape",
        "no English label",
    ),
    (
        "organisation without Azerbaijani label",
        drop(entity_iri("bmatt"), RDFS.label, "az"),
        entity_iri("bmatt"),
        "EntityLabelShape",
        "no Azerbaijani label",
    ),
    (
        "article without publication date",
        drop(ARTICLE, SCHEMA.datePublished),
        ARTICLE,
        "ArticleShape",
        "one publication date",
    ),
    (
        "publication date without time",
        put(ARTICLE, SCHEMA.datePublished, Literal("2025-12-04", datatype=XSD.date)),
        ARTICLE,
        "ArticleShape",
        "one publication date",
    ),
    ("article without text", drop(ARTICLE, SCHEMA.text), ARTICLE, "ArticleShape", "full text"),
    ("article without headline", drop(ARTICLE, SCHEMA.headline), ARTICLE, "ArticleShape", "no headline"),
    ("article without publisher", drop(ARTICLE, SCHEMA.publisher), ARTICLE, "ArticleShape", "publisher"),
    ("article without language", drop(ARTICLE, SCHEMA.inLanguage), ARTICLE, "ArticleShape", "language"),
    ("evidence without body", drop(EVIDENCE, OA.hasBody), EVIDENCE, "EvidenceShape", "which fact it supports"),
    (
        "evidence without source",
        drop(URIRef(f"{EVIDENCE}/target"), OA.hasSource),
        EVIDENCE,
        "EvidenceShape",
        "does not point into an article",
    ),
    ("evidence without quote", drop(selector(OA.TextQuoteSelector), OA.exact), EVIDENCE, "EvidenceShape", "no quote"),
    (
        "evidence without start",
        drop(selector(OA.TextPositionSelector), OA.start),
        EVIDENCE,
        "EvidenceShape",
        "one start offset",
    ),
    (
        "evidence without end",
        drop(selector(OA.TextPositionSelector), OA.end),
        EVIDENCE,
        "EvidenceShape",
        "one end offset",
    ),
    (
        "offsets that miss the quote",
        put(selector(OA.TextPositionSelector), OA.start, Literal(2210, datatype=XSD.nonNegativeInteger)),
        EVIDENCE,
        "EvidenceShape",
        "do not point at its quote",
    ),
    (
        "quote that is not in the text",
        put(selector(OA.TextQuoteSelector), OA.exact, Literal("Oktyabrda Böyük Britaniya embarqonu saxlayıb.")),
        EVIDENCE,
        "EvidenceShape",
        "do not point at its quote",
    ),
    ("holding without holder", drop(HOLDING, KGO.holder), HOLDING, "PostHoldingShape", "one holder"),
    (
        "holding of a non-post",
        put(HOLDING, KGO.post, entity_iri("azerbaijan")),
        HOLDING,
        "PostHoldingShape",
        "one post",
    ),
    ("holding without date", drop(HOLDING, KGO.asOf), HOLDING, "PostHoldingShape", "the date it is stated for"),
    ("holding without evidence", drop(HOLDING, KGO.evidence), HOLDING, "PostHoldingShape", "has no evidence"),
    (
        "signing of something that is not an agreement",
        put(SIGNING, KGO.signed, entity_iri("london")),
        SIGNING,
        "AgreementSigned",
        "must be an agreement of the register",
    ),
    (
        "agreement without Azerbaijani label",
        drop(PROGRAMME, RDFS.label, "az"),
        PROGRAMME,
        "EntityLabelShape",
        "no Azerbaijani label",
    ),
    (
        "event with two English labels",
        lambda graph: graph.add((SIGNING, RDFS.label, Literal("agreement signing: UK, Azerbaijan", lang="en"))),
        SIGNING,
        "EventLabelOne",
        "more than one label in a language",
    ),
]


def broken(seed_build, mutation: Callable[[Graph], None]) -> Graph:
    graph = new_graph()
    graph += seed_build.graph
    mutation(graph)
    return graph


def test_the_seed_graph_conforms(seed_build) -> None:
    assert seed_build.report.conforms, str(seed_build.report)
    assert seed_build.report.violations == ()


@pytest.mark.parametrize(("mutation", "focus", "shape", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_mistake_is_caught_with_a_plain_message(seed_build, mutation, focus, shape, words) -> None:
    report = validate(broken(seed_build, mutation))
    assert not report.conforms
    matching = [v for v in report.violations if v.focus == str(focus) and words in v.message]
    assert matching, "\n".join(str(v) for v in report.violations)
    assert any((v.shape or "").endswith(shape) or v.shape is None for v in matching)
    # the printed line names the entity by its label when it has one
    line = str(matching[0])
    assert str(focus) in line
    # the accelerator reports the same violations, word for word
    fast = validate(broken(seed_build, mutation), validator="turbo")
    assert fast.violations == report.violations


def test_every_shape_is_broken_by_some_case() -> None:
    shapes = Graph().parse(resources.SHAPES)
    named = {str(s).rsplit("#", 1)[-1] for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}
    named |= {str(s).rsplit("#", 1)[-1] for s in shapes.subjects(RDF.type, SH.PropertyShape) if isinstance(s, URIRef)}
    covered = {case[3] for case in CASES}
    for shape in shapes.subjects(RDF.type, SH.NodeShape):  # a shape of property shapes only
        parts = {str(p).rsplit("#", 1)[-1] for p in shapes.objects(shape, SH.property)}
        own = set(shapes.predicates(shape)) - {RDF.type, SH.targetClass, SH.property, RDFS.comment}
        if parts and not own and parts <= covered:
            covered.add(str(shape).rsplit("#", 1)[-1])
    assert named - covered == set()


@pytest.mark.parametrize(
    ("mutation", "words"),
    [(c[1], c[4]) for c in CASES[::6]],
    ids=[c[0] for c in CASES[::6]],
)
def test_kg_validate_exits_1_and_names_the_problem(seed_build, tmp_path: Path, mutation, words) -> None:
    path = tmp_path / "broken.ttl"
    export(broken(seed_build, mutation), path)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert words in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("validator", ["pyshacl", "turbo"])
def test_kg_validate_with_either_validator(seed_build, tmp_path: Path, validator: str) -> None:
    path = tmp_path / "broken.nt"
    export(broken(seed_build, CASES[4][1]), path)  # a date after publication
    result = CliRunner().invoke(main, ["validate", str(path), "--validator", validator])
    assert result.exit_code == 1, result.output
    assert "UK lifts its arms embargo on Azerbaijan and Armenia <" in result.output
    assert "after its article was published" in result.output


def test_kg_validate_exits_0_on_the_seed(seed_build, tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    export(seed_build.graph, path)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_kg_validate_exits_2_on_unusable_input(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("@prefix ex: <http://ex/> .\nex:a ex:b \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.output.startswith("kg: error: ") and str(path) in result.output
    missing = CliRunner().invoke(main, ["validate", str(tmp_path / "absent.ttl")])
    assert missing.exit_code == 2 and "file not found" in missing.output
