"""Facts to RDF in the ontology's terms, the IRIs of nodes and graphs, and deterministic serialisation."""

from kg.graph.mapping import add_article, add_register, to_graph
from kg.graph.serialize import export, read_graph, serialize

__all__ = ["add_article", "add_register", "export", "read_graph", "serialize", "to_graph"]
