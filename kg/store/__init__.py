"""The embedded store (Oxigraph), SPARQL queries with W3C result formats, tables and statistics."""

from kg.exports import lazy

TABLE_FORMATS = ("table", "csv", "tsv", "json", "xml")  # what a SELECT or ASK can be printed as
GRAPH_FORMATS = ("ttl", "nt", "jsonld", "xml")  # what a CONSTRUCT or DESCRIBE can be printed as

_API = {
    "open_store": "kg.store.embedded",
    "Query": "kg.store.query", "Result": "kg.store.query", "read_query": "kg.store.query", "run": "kg.store.query",
}  # fmt: skip
__all__ = ["GRAPH_FORMATS", "TABLE_FORMATS", *_API]
__getattr__ = lazy(__name__, _API)
