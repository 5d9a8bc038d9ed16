"""Static pictures of the network (PNG, SVG) for reports, drawn with matplotlib.

Nodes sit where ``kg.network.layout`` puts them, shaped and coloured by kind with a
legend; labels are moved apart by adjustText so that no two overlap; the title
names the source articles. The same network always gives the same bytes (the
SVG's ids are salted with a constant and no date is written).
"""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")  # no display: pictures are files

import networkx as nx
from adjustText import adjust_text
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from kg.errors import KgError
from kg.network.layout import MARKERS, kind_styles, positions
from kg.network.model import Network

PICTURE_FORMATS = ("png", "svg")
RC = {"svg.hashsalt": "kg", "svg.fonttype": "none", "font.family": "DejaVu Sans"}
DPI = 150
EDGE_LABEL_LIMIT = 60  # above this many links, edge labels would hide the picture
NODE_LABEL_LIMIT = 60  # above this many actors, only the best-connected are labelled (the page shows all)


def network_figure(network: Network, title: str) -> Figure:
    """The network drawn on a matplotlib figure (its texts are tagged ``node-label``/``edge-label``)."""
    simple = network.simple()
    if simple.number_of_nodes() == 0:
        raise KgError("the graph has no actors taking part in events: nothing to draw")
    where = {k: (x, -y) for k, (x, y) in positions(network).items()}
    n = simple.number_of_nodes()
    side = min(24.0, max(11.0, 1.3 * math.sqrt(n)))
    with matplotlib.rc_context(RC):
        figure = Figure(figsize=(side * 1.25, side), dpi=DPI)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.02, 0.02, 0.80, 0.88))
        axes.set_axis_off()
        node_size = max(30.0, 260.0 / math.sqrt(max(n / 20, 1)))
        _draw_links_and_actors(axes, network, simple, where, node_size)
        font = 9 if n <= NODE_LABEL_LIMIT else 7
        texts = _actor_labels(axes, network, simple, where, font)
        if simple.number_of_edges() <= EDGE_LABEL_LIMIT:
            texts += _link_labels(axes, network, simple, where, font)
        _keep_labels_apart(figure, axes, simple, where, texts, node_size)
        _legend_and_titles(figure, network, title, n)
    return figure


def _draw_links_and_actors(
    axes: Axes, network: Network, simple: nx.Graph, where: dict[str, tuple[float, float]], node_size: float
) -> None:
    segments = [(where[u], where[v]) for u, v in simple.edges]
    widths = [min(0.8 + 0.9 * d["weight"], 5.0) for _, _, d in simple.edges(data=True)]
    axes.add_collection(LineCollection(segments, colors="#9aa3ad", linewidths=widths, alpha=0.8, zorder=1))
    for kind, style in kind_styles(network).items():
        members = [k for k in sorted(simple.nodes) if network.actor_info[k].kind == kind]
        if not members:
            continue
        sizes = [node_size * (1 + 0.35 * math.sqrt(simple.degree(k))) for k in members]
        axes.scatter(
            [where[k][0] for k in members],
            [where[k][1] for k in members],
            s=sizes,
            c=style.colour,
            marker=MARKERS[style.shape],
            edgecolors="white",
            linewidths=1.2,
            zorder=3,
        )


def _actor_labels(
    axes: Axes, network: Network, simple: nx.Graph, where: dict[str, tuple[float, float]], font: int
) -> list[Text]:
    """The best-connected actors' labels (all of them in networks of up to NODE_LABEL_LIMIT actors)."""
    texts = []
    ranked = sorted(simple.nodes, key=lambda k: (-simple.degree(k), network.actor_info[k].label, k))
    for key in sorted(ranked[:NODE_LABEL_LIMIT]):
        x, y = where[key]
        text = axes.text(
            x,
            y - 0.03,
            network.actor_info[key].label,
            fontsize=font,
            ha="center",
            va="top",
            zorder=5,
            parse_math=False,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )
        text.set_gid("node-label")
        texts.append(text)
    return texts


def _link_labels(
    axes: Axes, network: Network, simple: nx.Graph, where: dict[str, tuple[float, float]], font: int
) -> list[Text]:
    """Each link labelled with the kinds of event the two actors share."""
    texts = []
    for u, v, data in sorted(simple.edges(data=True)):
        kinds = sorted({network.events[e].type_label for e in data["events"]})
        (x1, y1), (x2, y2) = where[u], where[v]
        text = axes.text(
            (x1 + x2) / 2,
            (y1 + y2) / 2,
            " · ".join(kinds),
            fontsize=font - 2,
            color="#555555",
            style="italic",
            ha="center",
            va="center",
            zorder=4,
            parse_math=False,
        )
        text.set_gid("edge-label")
        texts.append(text)
    return texts


def _keep_labels_apart(
    figure: Figure,
    axes: Axes,
    simple: nx.Graph,
    where: dict[str, tuple[float, float]],
    texts: list[Text],
    node_size: float,
) -> None:
    """Move labels off each other and off the markers (adjustText)."""
    xs = [p[0] for p in where.values()]
    ys = [p[1] for p in where.values()]
    axes.set_xlim(min(xs) - 0.12, max(xs) + 0.12)
    axes.set_ylim(min(ys) - 0.08, max(ys) + 0.08)
    # points for the labels to keep off: each node's centre and a ring at its marker's edge
    width_pt = figure.get_figwidth() * 72 * 0.80
    per_pt = (axes.get_xlim()[1] - axes.get_xlim()[0]) / width_pt
    height_pt = figure.get_figheight() * 72 * 0.88
    per_pt_y = (axes.get_ylim()[1] - axes.get_ylim()[0]) / height_pt
    avoid_x, avoid_y = list(xs), list(ys)
    for key in simple.nodes if simple.number_of_nodes() <= NODE_LABEL_LIMIT else ():
        x, y = where[key]
        r_pt = math.sqrt(node_size * (1 + 0.35 * math.sqrt(simple.degree(key)))) / 2 + 2
        for step in range(8):
            angle = step * math.pi / 4
            avoid_x.append(x + r_pt * per_pt * math.cos(angle))
            avoid_y.append(y + r_pt * per_pt_y * math.sin(angle))
    adjust_text(
        texts,
        x=avoid_x,
        y=avoid_y,
        ax=axes,
        expand=(1.1, 1.25),
        max_move=None,
        iter_lim=250,
        ensure_inside_axes=True,
        min_arrow_len=12,
        arrowprops={"arrowstyle": "-", "color": "#333333", "lw": 0.7, "linestyle": ":", "shrinkA": 0, "shrinkB": 4},
        only_move={"text": "xy", "static": "xy", "explode": "xy", "pull": "xy"},
    )


def _legend_and_titles(figure: Figure, network: Network, title: str, n: int) -> None:
    handles = [
        Line2D(
            [],
            [],
            linestyle="",
            marker=MARKERS[s.shape],
            markersize=9,
            markerfacecolor=s.colour,
            markeredgecolor="white",
            label=s.label,
        )
        for s in kind_styles(network).values()
    ]
    handles.append(Line2D([], [], color="#9aa3ad", linewidth=2.5, label="shared events"))
    legend = figure.legend(
        handles=handles,
        loc="lower right",
        bbox_to_anchor=(0.99, 0.03),
        frameon=True,
        fontsize=10,
        title="actors",
        title_fontsize=10,
    )
    for text in legend.get_texts():
        text.set_parse_math(False)
    figure.suptitle(title, fontsize=15, fontweight="bold", y=0.975, parse_math=False)
    shown = "" if n <= NODE_LABEL_LIMIT else f" (the {NODE_LABEL_LIMIT} best-connected labelled)"
    figure.text(
        0.5,
        0.925,
        f"Source: {network.source_line()} · {n} actors{shown}, {len(network.events)} events",
        ha="center",
        fontsize=10,
        color="#444444",
        parse_math=False,
    )


def figure_bytes(figure: Figure, fmt: str) -> bytes:
    """A figure as PNG or SVG bytes, without dates or random ids."""
    if fmt not in PICTURE_FORMATS:
        raise KgError(f"unknown picture format {fmt!r}; choose one of {', '.join(PICTURE_FORMATS)}")
    buffer = io.BytesIO()
    metadata = {"Date": None, "Creator": "kg"} if fmt == "svg" else {"Software": "kg"}
    with matplotlib.rc_context(RC):
        figure.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def draw_picture(network: Network, fmt: str, title: str = "Relationship network") -> bytes:
    """The network as a PNG or SVG picture."""
    if fmt not in PICTURE_FORMATS:
        raise KgError(f"unknown picture format {fmt!r}; choose one of {', '.join(PICTURE_FORMATS)}")
    return figure_bytes(network_figure(network, title), fmt)
