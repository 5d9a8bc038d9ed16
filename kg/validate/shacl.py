"""SHACL validation with pySHACL, reported in words a curator understands."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from kg.errors import KgError
from kg.graph.serialization import ntriples, read_graph, to_ntriples
from kg.namespaces import SH, new_graph
from kg.ontology import ontology_graph, shapes_graph
from kg.validate import VALIDATORS

logging.getLogger("rdflib.term").setLevel(logging.ERROR)  # ill-typed literals are SHACL's to report


@dataclass(frozen=True)
class Violation:
    """One thing wrong with the graph: on which node, along which path, and why."""

    focus: str
    label: str | None
    path: str | None
    value: str | None
    message: str
    shape: str | None
    severity: str

    def __str__(self) -> str:
        who = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        detail = f" [{self.path} = {self.value}]" if self.path and self.value else ""
        return f"{who}: {self.message}{detail}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    def __str__(self) -> str:
        if self.conforms:
            return "conforms: no SHACL violations"
        return "\n".join(str(v) for v in self.violations)


def _engine(validator: str) -> Callable[..., tuple[bool, Graph, str]]:
    if validator == "pyshacl":
        return shacl_validate  # type: ignore[no-any-return]
    if validator == "turbo":
        try:
            import pyshacl_turbo
        except ImportError:
            raise KgError(
                "pyshacl-turbo is not installed; pip install 'kg-news[fast]', or use --validator pyshacl"
            ) from None
        return pyshacl_turbo.validate  # type: ignore[no-any-return]
    raise KgError(f"unknown validator {validator!r}; choose one of {', '.join(VALIDATORS)}")


def validate(
    data: Graph | bytes,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
    validator: str = "pyshacl",
    labels: Graph | None = None,
) -> Report:
    """Validate ``data`` against kg's shapes, the ontology's class hierarchy mixed in.

    ``data`` is an rdflib graph, or N-Triples bytes that already hold the
    ontology (``ontology`` is then ignored): pyshacl-turbo parses those natively,
    with no rdflib graph to build. ``labels`` is where violation messages find
    the labels of the nodes they are about (by default ``data``).

    ``validator`` is ``pyshacl`` (the reference) or ``turbo`` (pyshacl-turbo, a
    Rust engine with pySHACL's API: the test suite checks that both report the
    same violations with the same messages on every broken graph it has).
    """
    engine = _engine(validator)
    options: dict[str, object] = {"shacl_graph": shapes if shapes is not None else shapes_graph()}
    if isinstance(data, bytes):
        if validator == "turbo":
            import pyshacl_turbo

            source: object = pyshacl_turbo.Input(data.decode("utf-8"), "nt", None, {})
        else:
            source = data.decode("utf-8")
            options["data_graph_format"] = "nt"
    else:
        source = data
        options["ont_graph"] = ontology if ontology is not None else ontology_graph()
    conforms, results, _ = engine(source, inference="none", advanced=True, allow_warnings=True, **options)
    assert isinstance(results, Graph)
    context = labels if labels is not None else data if isinstance(data, Graph) else new_graph()
    violations = sorted(
        (_violation(results, context, result) for result in results.subjects(RDF.type, SH.ValidationResult)),
        key=lambda v: (v.focus, v.path or "", v.message, v.value or ""),
    )
    return Report(bool(conforms), tuple(violations))


def validate_file(path: Path, validator: str = "pyshacl") -> Report:
    """Validate an RDF file. With pyshacl-turbo the file goes to the engine as
    N-Triples written by Oxigraph, with no rdflib graph of it built (a million
    triples take rdflib about 25 s to parse); only the labels are read for the messages."""
    if validator != "turbo":
        return validate(read_graph(path), validator=validator)
    data = to_ntriples(path) + ntriples(ontology_graph())
    label = b"<http://www.w3.org/2000/01/rdf-schema#label>"
    labels = new_graph()
    labels.parse(data=b"".join(line for line in data.splitlines(keepends=True) if label in line), format="nt")
    return validate(data, validator=validator, labels=labels)


def _violation(results: Graph, data: Graph, result: Node) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    messages = sorted(
        results.objects(result, SH.resultMessage), key=lambda m: (getattr(m, "language", "") != "en", str(m))
    )
    shape = results.value(result, SH.sourceShape)
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus=str(focus),
        label=_label(data, focus),
        path=_short(data, path) if isinstance(path, URIRef) else None,
        value=_show(data, value) if value is not None else None,
        message=str(messages[0]) if messages else "violates a shape",
        shape=str(shape) if isinstance(shape, URIRef) else None,
        severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
    )


def _label(data: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    labels = {getattr(label, "language", None): str(label) for label in data.objects(node, RDFS.label)}
    return labels.get("en") or next(iter(labels.values()), None)


def _short(data: Graph, node: URIRef) -> str:
    try:
        return data.namespace_manager.normalizeUri(node)
    except Exception:
        return str(node)


def _show(data: Graph, value: Node) -> str:
    if isinstance(value, Literal):
        text = str(value)
        text = text if len(text) <= 60 else text[:59] + "…"
        kind = (
            f"^^{_short(data, value.datatype)}" if value.datatype else (f"@{value.language}" if value.language else "")
        )
        return f'"{text}"{kind}'
    if isinstance(value, URIRef):
        return _short(data, value)
    return str(value)
