"""Where each actor goes and how each kind of actor looks, for every picture.

The layout is computed in Python, once, with a fixed seed: the interactive page
and the static pictures place nodes alike, the same graph always gives the same
picture, and a page of a few thousand nodes opens at once (there is no physics
simulation to settle in the browser).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

from kg.network.model import Network

SEED = 7
# Known kinds get colours people can tell apart (Tableau 10); a kind that the
# ontology adds later gets the next free colour and shape.
_COLOURS = {"person": "#4e79a7", "organization": "#f28e2b", "country": "#59a14f", "place": "#b07aa1"}
_SPARE_COLOURS = ("#e15759", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac")
_SHAPES = {"person": "circle", "organization": "square", "country": "diamond", "place": "triangle"}
_SPARE_SHAPES = ("hexagon", "star", "pentagon")
MARKERS = {"circle": "o", "square": "s", "diamond": "D", "triangle": "^", "hexagon": "h", "star": "*", "pentagon": "p"}


@dataclass(frozen=True)
class KindStyle:
    kind: str
    label: str
    colour: str
    shape: str


def kind_styles(network: Network) -> dict[str, KindStyle]:
    """A colour and a shape for each kind of actor in the network."""
    styles: dict[str, KindStyle] = {}
    spare = 0
    for kind, label in sorted(network.kinds.items()):
        colour, shape = _COLOURS.get(kind), _SHAPES.get(kind)
        if colour is None or shape is None:
            colour = _SPARE_COLOURS[spare % len(_SPARE_COLOURS)]
            shape = _SPARE_SHAPES[spare % len(_SPARE_SHAPES)]
            spare += 1
        styles[kind] = KindStyle(kind, label, colour, shape)
    return styles


def positions(network: Network) -> dict[str, tuple[float, float]]:
    """A position in [0, 1] × [0, 1] for each actor, the same on every run.

    Each connected component is laid out on its own (Kamada–Kawai for small
    ones, a force-directed spring layout for large ones), and the components
    are packed side by side, largest first, so that isolated actors do not
    drift to the edges.
    """
    simple = network.simple()
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    placed: dict[str, tuple[float, float]] = {}
    boxes: list[tuple[list[str], dict[str, tuple[float, float]], float]] = []
    for members in components:
        part = simple.subgraph(members)
        size = math.sqrt(len(members))  # side of the component's square, in layout units
        if len(members) == 1:
            local = {members[0]: (0.0, 0.0)}
        elif len(members) <= 200:
            local = {k: tuple(v) for k, v in nx.kamada_kawai_layout(part, weight=None).items()}
        else:
            local = grid_spring_layout(part)
        boxes.append((members, _fit(local), size))  # type: ignore[arg-type]
    if not boxes:
        return {}
    # shelf packing: components left to right, rows of about the width of the largest
    row_width = max(size for _, _, size in boxes) * 1.6
    x = y = row_height = 0.0
    for members, local, size in boxes:
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node in members:
            lx, ly = local[node]
            placed[node] = (x + lx * size, y + ly * size)
        x += size + 0.6
        row_height = max(row_height, size + 0.6)
    return _fit(placed)


def grid_spring_layout(graph: nx.Graph, iterations: int = 150) -> dict[str, tuple[float, float]]:
    """Fruchterman and Reingold's force-directed layout in its grid variant:
    nodes repel only neighbours closer than 2k (found with a k-d tree), so each
    step costs O(nodes + edges) instead of O(nodes²). networkx's own spring
    layouts take 10-40 s on a graph of 2,000-5,000 actors; this takes about a
    second. The start is drawn from a seeded generator, so the result is the
    same on every run."""
    nodes = sorted(graph)
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    rng = np.random.default_rng(SEED)
    pos = rng.random((n, 2))
    edges = np.array([(index[u], index[v]) for u, v in graph.edges], dtype=int).reshape(-1, 2)
    k = 1.0 / math.sqrt(n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        shift = np.zeros((n, 2))
        pairs = cKDTree(pos).query_pairs(2 * k, output_type="ndarray")
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            distance = np.maximum(np.linalg.norm(delta, axis=1), 0.01 * k)
            push = (k * k / distance**2)[:, None] * delta
            np.add.at(shift, pairs[:, 0], push)
            np.add.at(shift, pairs[:, 1], -push)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            pull = (np.linalg.norm(delta, axis=1) / k)[:, None] * delta
            np.add.at(shift, edges[:, 0], -pull)
            np.add.at(shift, edges[:, 1], pull)
        length = np.maximum(np.linalg.norm(shift, axis=1), 1e-9)
        pos += shift / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for node, i in index.items()}


def _fit(points: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Points scaled into [0, 1]² keeping their aspect ratio, rounded for stable output."""
    if not points:
        return {}
    xs = [p[0] for p in points.values()]
    ys = [p[1] for p in points.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {
        node: (round((px - min(xs)) / span, 4), round((py - min(ys)) / span, 4))
        for node, (px, py) in sorted(points.items())
    }
