"""The vocabularies kg writes, bound to the same prefixes everywhere."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

KGO = Namespace("https://w3id.org/kg-news/ontology#")
KGR = Namespace("https://w3id.org/kg-news/id/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, Namespace] = {
    "kgo": KGO,
    "kgr": KGR,
    "schema": SCHEMA,
    "sem": SEM,
    "oa": OA,
    "wd": WD,
    "dcterms": DCTERMS,
    "org": ORG,
    "owl": OWL,
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "time": TIME,
    "xsd": XSD,
}


def new_graph(store: str = "Memory") -> Graph:
    """An empty graph with kg's prefixes bound (and rdflib's defaults not).

    ``store="SimpleMemory"`` is rdflib's store without named graphs: about twice
    as fast to fill, for the many small graphs of a corpus build.
    """
    graph = Graph(store=store, bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def sparql_prologue() -> str:
    """PREFIX lines for every kg prefix, for queries written without them."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
