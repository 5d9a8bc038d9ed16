"""GraphML, GEXF and node-link JSON: read back by networkx, the same graph."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from kg.build.chunks import Build
from kg.errors import KgError
from kg.network.interchange import network_graph, to_bytes
from kg.network.model import Network
from kg.network.projection import project


@pytest.fixture(scope="module")
def network(seed_build: Build) -> Network:
    return project(seed_build.graph)


def _edges(graph: nx.Graph) -> dict[tuple[str, str, str], dict[str, object]]:
    if graph.is_multigraph():
        return {(*sorted((u, v)), str(k)): dict(d) for u, v, k, d in graph.edges(keys=True, data=True)}
    return {(*sorted((u, v)), ""): dict(d) for u, v, d in graph.edges(data=True)}


@pytest.mark.parametrize("bipartite", [False, True], ids=["actors", "bipartite"])
def test_graphml_reads_back_the_same(network: Network, bipartite: bool) -> None:
    original = network_graph(network, bipartite)
    data = io.BytesIO(to_bytes(network, "graphml", bipartite))
    back = nx.read_graphml(data, force_multigraph=original.is_multigraph())
    assert dict(back.nodes(data=True)) == dict(original.nodes(data=True))
    assert _edges(back) == _edges(original)
    assert back.number_of_edges() == (35 if not bipartite else original.number_of_edges())


@pytest.mark.parametrize("bipartite", [False, True], ids=["actors", "bipartite"])
def test_gexf_reads_back_the_same(network: Network, bipartite: bool) -> None:
    original = network_graph(network, bipartite)
    back = nx.read_gexf(io.BytesIO(to_bytes(network, "gexf", bipartite)))
    assert dict(back.nodes(data=True)) == dict(original.nodes(data=True))
    edges = _edges(back)
    if original.is_multigraph():
        # GEXF numbers its edges: the "id" it adds is bookkeeping, the key is the event
        for data in edges.values():
            data.pop("id")
    else:
        edges = {(u, v, ""): {k: x for k, x in d.items() if k != "id"} for (u, v, _), d in edges.items()}
    assert edges == _edges(original)


def test_node_link_json_for_d3(network: Network) -> None:
    data = json.loads(to_bytes(network, "json"))
    assert {"nodes", "links", "directed", "multigraph"} <= set(data)
    back = nx.node_link_graph(data, edges="links")
    assert _edges(back) == _edges(network_graph(network))
    coaker = next(n for n in data["nodes"] if n["label"] == "Vernon Coaker")
    assert coaker == {
        "id": coaker["id"],
        "label": "Vernon Coaker",
        "label_az": "Vernon Koaker",
        "type": "Person",
        "kind": "person",
    }


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_same_input_same_bytes(seed_build: Build, fmt: str) -> None:
    first = to_bytes(project(seed_build.graph), fmt)
    assert to_bytes(project(seed_build.graph), fmt) == first
    assert b"lastmodifieddate" not in first or b'lastmodifieddate="2025-12-04"' in first


def test_unknown_format(network: Network) -> None:
    with pytest.raises(KgError, match="choose one of graphml, gexf, json"):
        to_bytes(network, "dot")
