"""The relationship network: projection from the graph, analysis, layout, interchange formats, pictures."""

from kg.exports import lazy

NETWORK_FORMATS = ("graphml", "gexf", "json")  # Cytoscape/yEd, Gephi, d3

_API = {"Network": "kg.network.model", "load_network": "kg.network.projection", "project": "kg.network.projection"}
__all__ = ["NETWORK_FORMATS", *_API]
__getattr__ = lazy(__name__, _API)
