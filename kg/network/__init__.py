"""The relationship network: projection from the graph, analysis, layout, interchange formats, pictures."""

from kg.network.projection import Network, load_network, project

__all__ = ["Network", "load_network", "project"]
