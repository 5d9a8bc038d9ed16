"""The embedded SPARQL store: pyoxigraph, loaded with a graph and the ontology.

Oxigraph is the store because it is fast (it parses and queries a million
triples in about a second where rdflib takes tens of seconds) and speaks the
W3C results formats natively.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyoxigraph
from rdflib import Graph

from kg import resources
from kg.errors import KgError

_FORMATS = {
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".trig": pyoxigraph.RdfFormat.TRIG,
    ".rdf": pyoxigraph.RdfFormat.RDF_XML,
    ".owl": pyoxigraph.RdfFormat.RDF_XML,
    ".xml": pyoxigraph.RdfFormat.RDF_XML,
    ".jsonld": pyoxigraph.RdfFormat.JSON_LD,
    ".json": pyoxigraph.RdfFormat.JSON_LD,
    ".n3": pyoxigraph.RdfFormat.N3,
}


def load_file(store: pyoxigraph.Store, path: Path) -> None:
    """Load an RDF file into the store's default graph, by its extension."""
    rdf_format = _FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise KgError(
            f"cannot tell the RDF format from the extension {path.suffix!r}; use one of {', '.join(_FORMATS)}",
            where=path,
        )
    if not path.is_file():
        raise KgError("file not found", where=path)
    try:
        store.bulk_load(path=path, format=rdf_format, to_graph=pyoxigraph.DefaultGraph())
    except SyntaxError as err:
        raise KgError(f"not valid {rdf_format.name}: {err}", where=path) from None
    except (OSError, ValueError) as err:
        raise KgError(f"cannot load it: {err}", where=path) from None


def load_graph(store: pyoxigraph.Store, graph: Graph) -> None:
    """Load an rdflib graph into the store's default graph."""
    data = graph.serialize(format="nt", encoding="utf-8")
    store.bulk_load(data, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())


def open_store(data: Graph | Sequence[Path] | None = None, with_ontology: bool = True) -> pyoxigraph.Store:
    """An in-memory store with ``data`` (files or a graph; by default the bundled
    corpus, built in memory) and, unless told otherwise, the ontology."""
    store = pyoxigraph.Store()
    if data is None:
        from kg.build.assemble import build

        data = build().graph
    if isinstance(data, Graph):
        load_graph(store, data)
    else:
        for path in data:
            load_file(store, Path(path))
    if with_ontology:
        load_file(store, resources.ONTOLOGY)
    return store
