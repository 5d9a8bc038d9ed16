"""The RDF → networkx projection, driven by the ontology, and finding actors by name."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.build.chunks import Build
from kg.errors import KgError
from kg.namespaces import KGO, KGR, new_graph
from kg.network.lookup import find_actor, neighbourhood
from kg.network.model import Network
from kg.network.projection import load_data, project

SLUG = "https://w3id.org/kg-news/id/article/report-2025-12-04-coaker-baku"


@pytest.fixture(scope="module")
def network(seed_build: Build) -> Network:
    return project(seed_build.graph)


def test_actors_are_nodes_with_kind_type_and_both_labels(network: Network) -> None:
    node = network.actors.nodes[str(KGR["vernon-coaker"])]
    assert node == {"label": "Vernon Coaker", "label_az": "Vernon Koaker", "type": "Person", "kind": "person"}
    assert network.actors.nodes[str(KGR.baku)]["kind"] == "place"
    assert network.actors.nodes[str(KGR.armenia)]["kind"] == "country"
    assert network.actors.nodes[str(KGR.bmatt)]["kind"] == "organization"
    # things that take part in no event (ministries, posts, the course, the publisher) are not actors here
    assert str(KGR["uk-ministry-of-defence"]) not in network.actors
    assert str(KGR["train-the-trainer"]) not in network.actors
    # what an event is about (kgo:about) goes with the event: the programme signed, the post filled
    signing = network.events[f"{SLUG}/defence-cooperation-programme-signed"]
    assert signing.about == ("signed: UK–Azerbaijan bilateral defence cooperation programme",)
    assert signing.label == "UK and Azerbaijan sign a defence cooperation programme in London"
    post = "post: Resident Defence Attaché of the United Kingdom in Azerbaijan"
    assert network.events[f"{SLUG}/defence-attache-appointment"].about == (post,)
    edge = network.actors.get_edge_data(str(KGR["united-kingdom"]), str(KGR.azerbaijan))[signing.iri]
    assert edge["about"] == signing.about[0]
    assert str(KGR.report) not in network.actors
    assert set(network.kinds) == {"person", "organization", "country", "place"}


def test_an_edge_per_event_and_pair_carries_the_event(network: Network) -> None:
    edges = network.actors.get_edge_data(str(KGR["vernon-coaker"]), str(KGR["ilham-aliyev"]))
    assert list(edges) == [f"{SLUG}/meeting-ilham-aliyev"]
    edge = edges[f"{SLUG}/meeting-ilham-aliyev"]
    assert edge["label"] == "meeting" and edge["label_az"] == "görüş"
    assert edge["event"] == f"{SLUG}/meeting-ilham-aliyev"
    assert edge["precision"] == "bounded" and edge["date"] == "" and edge["latest"] == "2025-12-04"
    assert edge["evidence"].startswith("Səfər zamanı Lord Koaker Azərbaycan Prezidenti İlham Əliyev")
    assert edge["article"] == SLUG
    assert edge["roles"] == "counterpart – agent"  # ilham-aliyev sorts before vernon-coaker

    embargo = network.actors.get_edge_data(str(KGR["united-kingdom"]), str(KGR.armenia))
    (only,) = embargo.values()
    assert only["label"] == "embargo lifting" and only["date"] == "2025-10" and only["precision"] == "month"
    # the UK and Azerbaijan share four events: four parallel edges
    both = network.actors.get_edge_data(str(KGR["united-kingdom"]), str(KGR.azerbaijan))
    labels = sorted(e["label"] for e in both.values())
    assert labels == ["agreement signing", "appointment", "embargo lifting", "intention"]


def test_every_attribute_is_a_string(network: Network) -> None:
    for _, _, data in network.actors.edges(data=True):
        assert all(isinstance(v, str) for v in data.values())
    for _, data in network.bipartite.nodes(data=True):
        assert all(isinstance(v, str) for v in data.values())


def test_the_bipartite_graph_links_actors_to_events_with_roles(network: Network, seed_build: Build) -> None:
    events = [n for n, d in network.bipartite.nodes(data=True) if d["part"] == "event"]
    assert len(events) == seed_build.summary()["events"] == 13
    embargo = f"{SLUG}/arms-embargo-lifted"
    roles = {network.name(a): d["role"] for _, a, d in network.bipartite.edges(embargo, data=True)}
    assert roles == {
        "United Kingdom": "agent",
        "Azerbaijan": "affected party",
        "Armenia": "affected party",
        "OSCE Minsk Group": "concerns",
    }
    visit = f"{SLUG}/visit"
    assert {network.name(a): d["role"] for _, a, d in network.bipartite.edges(visit, data=True)} == {
        "Vernon Coaker": "agent",
        "Azerbaijan": "counterpart",
        "Baku": "location",
    }


def test_a_new_event_class_and_role_need_no_code(seed_build: Build) -> None:
    """An event class and a participant property that only the data declares are projected too."""
    graph = new_graph()
    for triple in seed_build.graph:
        graph.add(triple)
    summit, host = KGO.Summit, KGO.host
    graph.add((summit, RDFS.subClassOf, KGO.Meeting))
    graph.add((summit, RDFS.label, Literal("summit", lang="en")))
    graph.add((host, RDFS.subPropertyOf, KGO.participant))
    graph.add((host, RDFS.label, Literal("host", lang="en")))
    event = URIRef(f"{SLUG}/made-up-summit")
    graph.add((event, RDF.type, summit))
    graph.add((event, host, KGR.azerbaijan))
    graph.add((event, KGO.agent, KGR.armenia))
    graph.add((event, KGO.date, Literal("2025-11", datatype=XSD.gYearMonth)))
    network = project(graph)
    edge = network.actors.get_edge_data(str(KGR.armenia), str(KGR.azerbaijan))[str(event)]
    assert edge["label"] == "summit" and edge["event_type"] == "Summit" and edge["roles"] == "agent – host"


def test_names_in_either_language_aliases_ids_and_iris(network: Network) -> None:
    coaker = str(KGR["vernon-coaker"])
    for name in (
        "Vernon Coaker",
        "Vernon Koaker",
        "vernon koaker",
        "Lord Coaker",
        "vernon-coaker",
        "kgr:vernon-coaker",
        coaker,
        "Coaker",
    ):
        assert find_actor(network, name) == coaker, name
    assert find_actor(network, "İlham Əliyev") == find_actor(network, "Ilham Aliyev") == str(KGR["ilham-aliyev"])
    assert find_actor(network, "Baku") == str(KGR.baku)  # exact beats "British Embassy Baku"


def test_an_ambiguous_name_lists_the_candidates(network: Network) -> None:
    with pytest.raises(KgError) as caught:
        find_actor(network, "British")
    message = str(caught.value)
    assert "ambiguous" in message
    assert "British Embassy Baku" in message and "British Military Advisory and Training Team" in message


def test_an_unknown_name_suggests_close_ones(network: Network) -> None:
    with pytest.raises(KgError, match=r"no actor is named 'Aliyv'; did you mean: Ilham Aliyev"):
        find_actor(network, "Aliyv")
    with pytest.raises(KgError, match=r"actors include: .*Armenia"):
        find_actor(network, "Qwertyuiop")


def test_neighbourhood_keeps_the_actors_within_depth(network: Network) -> None:
    one = neighbourhood(network, "Ilham Aliyev", 1)
    assert {network.name(n) for n in one.actors} == {"Ilham Aliyev", "Vernon Coaker", "Baku"}
    two = neighbourhood(network, "Ilham Aliyev", 2)
    assert "Armenia" not in {network.name(n) for n in two.actors}
    assert "Azerbaijan" in {network.name(n) for n in two.actors}
    with pytest.raises(KgError):
        neighbourhood(network, "Nobody At All", 1)


def test_load_data_reads_files(tmp_path, seed_build: Build) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(seed_build.graph.serialize(format="turtle", encoding="utf-8"))
    assert len(project(load_data([path])).actors) == 16
    with pytest.raises(KgError, match="file not found"):
        load_data([tmp_path / "missing.ttl"])
