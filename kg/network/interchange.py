"""The network in the files other tools read: GraphML (yEd, Cytoscape, Gephi),
GEXF (Gephi) and node-link JSON (d3, Cytoscape.js).

The bytes are deterministic: nodes and edges are written in sorted order, and
GEXF's "last modified" date is the newest source article's publication date,
not the day the file was written.
"""

from __future__ import annotations

import io
import json
import re

import networkx as nx

from kg.errors import KgError
from kg.network import NETWORK_FORMATS
from kg.network.model import Network

EXTENSIONS = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json"}


def network_graph(network: Network, bipartite: bool = False) -> nx.Graph:
    """The graph to export, nodes and edges in sorted order."""
    source = network.bipartite if bipartite else network.actors
    graph: nx.Graph = nx.MultiGraph() if source.is_multigraph() else nx.Graph()
    graph.graph["name"] = "kg actor–event graph" if bipartite else "kg actor network"
    graph.graph["source"] = network.source_line()
    graph.add_nodes_from(sorted(source.nodes(data=True)))
    if source.is_multigraph():
        graph.add_edges_from(sorted((*sorted((u, v)), k, d) for u, v, k, d in source.edges(keys=True, data=True)))
    else:
        graph.add_edges_from(sorted((*sorted((u, v)), d) for u, v, d in source.edges(data=True)))
    return graph


def to_bytes(network: Network, fmt: str, bipartite: bool = False) -> bytes:
    """The network as GraphML, GEXF or node-link JSON."""
    if fmt not in NETWORK_FORMATS:
        raise KgError(f"unknown network format {fmt!r}; choose one of {', '.join(NETWORK_FORMATS)}")
    graph = network_graph(network, bipartite)
    if fmt == "json":
        data = nx.node_link_data(graph, edges="links")
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True, named_key_ids=True)
        return buffer.getvalue()
    nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True)
    newest = max((s.published[:10] for s in network.sources.values()), default="1970-01-01")
    return re.sub(rb'lastmodifieddate="[^"]*"', f'lastmodifieddate="{newest}"'.encode(), buffer.getvalue())
