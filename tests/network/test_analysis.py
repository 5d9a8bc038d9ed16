"""Centrality, components, communities and paths on the seed graph."""

from __future__ import annotations

import json

import pytest

from kg.build.chunks import Build
from kg.errors import KgError
from kg.namespaces import KGR
from kg.network.analysis import analyze, connect
from kg.network.model import Network
from kg.network.projection import project

SLUG = "https://w3id.org/kg-news/id/article/report-2025-12-04-coaker-baku"


@pytest.fixture(scope="module")
def network(seed_build: Build) -> Network:
    return project(seed_build.graph)


def test_coaker_is_the_most_central_person_and_actor(network: Network) -> None:
    result = analyze(network)
    assert result.most_central("person").label == "Vernon Coaker"
    assert result.scores[0].label == "Vernon Coaker"
    coaker = result.scores[0]
    assert coaker.events == 8 and coaker.neighbours == 11
    assert coaker.degree_centrality == pytest.approx(11 / 15, abs=1e-6)
    # the other three people only meet Coaker (in Baku): they broker nothing
    others = {s.label: s for s in result.scores if s.kind == "person" and s.label != "Vernon Coaker"}
    assert {s.betweenness_centrality for s in others.values()} == {0.0}
    assert result.most_central("country").label == "United Kingdom"
    assert result.betweenness == "exact"


def test_components_and_communities(network: Network) -> None:
    result = analyze(network)
    # the embassy's statement involves nobody else: it stands alone
    assert [len(c) for c in result.components] == [15, 1]
    assert result.components[1] == ("British Embassy Baku",)
    members = {label for community in result.communities for label in community}
    assert members == {s.label for s in result.scores}
    assert 0.2 < result.modularity < 1
    # Coaker's meetings in Baku form one community; the UK–Azerbaijan decisions another
    together = next(c for c in result.communities if "Vernon Coaker" in c)
    assert {"Ilham Aliyev", "Zakir Hasanov", "Vugar Mustafayev"} <= set(together)
    assert analyze(network) == result  # same communities every run


def test_json_is_for_programs(network: Network) -> None:
    data = json.loads(analyze(network).to_json())
    assert data["actors"] == 16 and data["events"] == 13
    assert data["scores"][0]["iri"] == str(KGR["vernon-coaker"])


def test_table_is_for_people(network: Network) -> None:
    text = analyze(network).to_table()
    assert "Vernon Coaker" in text and "Connected components" in text and "Louvain" in text


def test_coaker_reaches_aliyev_through_their_meeting(network: Network) -> None:
    found = connect(network, "Vernon Coaker", "Ilham Aliyev")
    assert found.length == 1
    ((hop,),) = found.paths
    assert [link.event for link in hop.via] == [f"{SLUG}/meeting-ilham-aliyev"]
    assert hop.via[0].label == "meeting"


def test_armenia_is_reached_through_the_embargo_decision(network: Network) -> None:
    found = connect(network, "Vernon Koaker", "Ermənistan")
    assert found.length == 2
    assert len(found.paths) == 2
    for path in found.paths:
        last = path[-1]
        assert last.target_label == "Armenia"
        assert [link.event for link in last.via] == [f"{SLUG}/arms-embargo-lifted"]
        assert last.via[0].date == "2025-10"
    assert {path[0].target_label for path in found.paths} == {"Azerbaijan", "United Kingdom"}
    assert "embargo lifting (2025-10)" in found.to_table()
    assert "not after 2025-12-04" in found.to_table()
    first = connect(network, "Vernon Koaker", "Ermənistan", limit=1)
    assert first.total == 2 and len(first.paths) == 1
    assert "2 shortest path(s) of 2 step(s), the first 1 shown" in first.to_table()


def test_no_path_and_same_actor_are_clear_errors(network: Network) -> None:
    with pytest.raises(KgError, match="not connected"):
        connect(network, "British Embassy Baku", "Armenia")
    with pytest.raises(KgError, match="same actor"):
        connect(network, "Coaker", "Vernon Koaker")
