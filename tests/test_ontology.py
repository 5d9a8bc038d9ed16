from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import resources
from kg.graph.serialization import export
from kg.namespaces import KGO
from kg.ontology import ontology_graph, vocabulary


def kg_terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(t for t in graph.subjects(RDF.type, kind) if isinstance(t, URIRef) and t.startswith(str(KGO)))


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_every_term_has_labels_in_both_languages_and_a_definition(kind: URIRef) -> None:
    graph = ontology_graph()
    terms = kg_terms(graph, kind)
    assert terms
    for term in terms:
        languages = {label.language for label in graph.objects(term, RDFS.label)}
        assert {"en", "az"} <= languages, term
        assert graph.value(term, SKOS.definition) is not None, term


def test_the_event_classes_the_domain_needs() -> None:
    events = vocabulary().event_types
    for name in ("Visit", "Meeting", "Ceremony", "MemorialVisit", "Appointment", "EmbargoDecision",
                 "AgreementSigning", "Intention", "Statement"):  # fmt: skip
        assert name in events
    assert "Post" in vocabulary().entity_types


def test_event_classes_map_to_cameo_concepts() -> None:
    graph = ontology_graph()
    concepts = vocabulary().event_type_concept
    notation = {cls.fragment: str(graph.value(concept, SKOS.notation)) for cls, concept in concepts.items()}
    assert notation["Visit"] == "042"
    assert notation["AgreementSigning"] == "057"
    assert notation["EmbargoLifting"] == "085"
    assert notation["Statement"] == "010"
    assert "EmbargoDecision" not in notation  # a decision may impose or lift: no one code


def test_standard_vocabularies_are_reused() -> None:
    graph = ontology_graph()
    parents = {str(o) for o in graph.objects(None, RDFS.subClassOf)} | {
        str(o) for o in graph.objects(None, RDFS.subPropertyOf)
    }
    for iri in ("https://schema.org/Event", "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor",
                "http://www.w3.org/ns/org#Post", "http://www.w3.org/ns/oa#Annotation",
                "http://www.w3.org/ns/prov#Entity", "http://purl.org/dc/terms/date"):  # fmt: skip
        assert iri in parents


def test_owlready2_loads_the_ontology(tmp_path: Path) -> None:
    owlready2 = pytest.importorskip("owlready2")
    path = tmp_path / "kg.owl"
    export(ontology_graph(), path, "xml")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    names = {c.name for c in onto.classes()}
    assert {"Meeting", "EmbargoLifting", "Post", "PostHolding", "Article"} <= names
    assert world["https://w3id.org/kg-news/ontology#Meeting"].is_a  # its superclasses survive


def test_ontology_and_shapes_parse_as_they_are() -> None:
    for path in (resources.ONTOLOGY, resources.SHAPES):
        assert len(Graph().parse(path, format="turtle")) > 100
