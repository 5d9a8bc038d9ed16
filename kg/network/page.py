"""The interactive network page: one HTML file that works offline.

Everything the page needs is inside it: the data as JSON in a
``<script type="application/json">`` element, its style, and its own script
(``kg/web/network.js``, no library, nothing loaded from anywhere). Every label
comes from the data and reaches the page only through ``textContent`` and
``setAttribute``, never as HTML; the JSON is escaped so that no label can close
its ``<script>`` element. A Content-Security-Policy forbids the page from
loading or connecting to anything.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from kg.network.layout import kind_styles, positions
from kg.network.model import EventInfo, Network

WEB = Path(__file__).resolve().parent / "web"


def page_data(network: Network, title: str) -> dict[str, Any]:
    """What the page's script draws: nodes with positions, links, events, sources."""
    index = {iri: i for i, iri in enumerate(sorted(network.actor_info))}
    event_order = sorted(network.events, key=lambda k: (network.events[k].earliest or network.events[k].latest, k))
    event_index = {iri: i for i, iri in enumerate(event_order)}
    source_order = sorted(network.sources)
    source_index = {iri: i for i, iri in enumerate(source_order)}
    simple = network.simple()
    links = []
    for u, v, data in sorted(simple.edges(data=True), key=lambda e: (index[min(e[0], e[1])], index[max(e[0], e[1])])):
        a, b = sorted((index[u], index[v]))
        links.append({"s": a, "t": b, "events": sorted(event_index[e] for e in data["events"])})
    sources = [
        {"iri": s.iri, "title": s.title, "published": s.published, "url": s.url, "publisher": s.publisher}
        for s in (network.sources[k] for k in source_order)
    ]
    styles = kind_styles(network).values()
    kinds = [{"kind": s.kind, "label": s.label, "colour": s.colour, "shape": s.shape} for s in styles]
    return {
        "title": title,
        "subtitle": f"Source: {network.source_line()}",
        "kinds": kinds,
        "nodes": _nodes(network, simple, event_index),
        "links": links,
        "events": [_event(network.events[iri], index, source_index) for iri in event_order],
        "sources": sources,
    }


def _nodes(network: Network, simple: nx.Graph, event_index: dict[str, int]) -> list[dict[str, Any]]:
    where = positions(network)
    nodes = []
    for iri in sorted(network.actor_info):
        info = network.actor_info[iri]
        x, y = where.get(iri, (0.5, 0.5))
        nodes.append(
            {
                "id": iri,
                "label": info.label,
                "label_az": info.label_az,
                "kind": info.kind,
                "type_label": info.type_label,
                "x": x,
                "y": y,
                "degree": simple.degree(iri),
                "events": sorted(event_index[e] for e in network.bipartite.neighbors(iri) if e in event_index),
            }
        )
    return nodes


def _event(event: EventInfo, index: dict[str, int], source_index: dict[str, int]) -> dict[str, Any]:
    return {
        "iri": event.iri,
        "type_label": event.type_label,
        "type_label_az": event.type_label_az,
        "label": event.label,
        "label_az": event.label_az,
        "when": event.when,
        "precision": event.precision,
        "date_text": event.date_text,
        "about": list(event.about),
        "evidence": [{"exact": q.exact, "start": q.start, "end": q.end} for q in event.evidence],
        "source": source_index.get(event.source, -1),
        "roles": [[index[a], role] for a, role in event.participants if a in index],
    }


def script_json(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` can end it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def render_page(network: Network, title: str = "Relationship network") -> bytes:
    """The page as bytes (UTF-8); the same network always gives the same bytes."""
    parts = {
        "TITLE": html.escape(title),
        "STYLE": (WEB / "network.css").read_text(encoding="utf-8"),
        "SCRIPT": (WEB / "network.js").read_text(encoding="utf-8"),
        "DATA": script_json(page_data(network, title)),
    }
    template = (WEB / "network.html").read_text(encoding="utf-8")
    # one pass over the template: text put in is never scanned for placeholders again
    return re.sub(r"__KG_([A-Z]+)__", lambda m: parts[m.group(1)], template).encode("utf-8")
