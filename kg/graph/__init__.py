"""Facts to RDF in the ontology's terms, the IRIs of nodes and graphs, and deterministic serialisation."""

from kg.exports import lazy

# format name → (rdflib plugin, conventional extension, media type)
FORMATS: dict[str, tuple[str, str, str]] = {
    "ttl": ("turtle", ".ttl", "text/turtle"),
    "nt": ("nt", ".nt", "application/n-triples"),
    "jsonld": ("json-ld", ".jsonld", "application/ld+json"),
    "xml": ("xml", ".rdf", "application/rdf+xml"),
}

_API = {
    "add_article": "kg.graph.mapping", "add_register": "kg.graph.mapping", "to_graph": "kg.graph.mapping",
    "export": "kg.graph.serialization", "read_graph": "kg.graph.serialization", "serialize": "kg.graph.serialization",
}  # fmt: skip
__all__ = ["FORMATS", *_API]
__getattr__ = lazy(__name__, _API)
