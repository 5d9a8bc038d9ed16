"""The embedded store (Oxigraph), SPARQL queries with W3C result formats, tables and statistics."""

from kg.store.embedded import open_store
from kg.store.query import Query, Result, read_query, run

__all__ = ["Query", "Result", "open_store", "read_query", "run"]
