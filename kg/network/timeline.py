"""Events on a time axis, each drawn as precisely as its date is known.

* a date known to the day: a dot on that day;
* known to the month (or the year): a bar over the whole month (or year);
* only bounded ("not after the article's publication"): an open marker at the
  bound with a dashed arrow pointing into the time it may lie in, never a dot
  on a made-up day; bounded on both sides, an open (hatched) bar between them;
* no date at all: listed at the left edge as "date unknown".

Up to 60 events get a row each; more share one row per event type (drawn
translucent, so that crowded periods look darker), which keeps the picture
readable for a corpus.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kg.errors import KgError
from kg.network.picture import RC, figure_bytes
from kg.network.projection import EventInfo, Network

ROW_PER_EVENT_LIMIT = 60
_PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7")


@dataclass(frozen=True)
class Span:
    """Where an event goes on the axis: ``shape`` is day, span, before, after, between or unknown."""

    event: EventInfo
    shape: str
    start: dt.date | None
    end: dt.date | None  # exclusive for spans


def span(event: EventInfo) -> Span:
    """The event's place in time, as precise as the data says and no more."""

    def day(text: str) -> dt.date | None:
        return dt.date.fromisoformat(text[:10]) if text else None

    earliest, latest = day(event.earliest), day(event.latest)
    if event.precision == "day" and event.date:
        when = dt.date.fromisoformat(event.date[:10])
        return Span(event, "day", when, when + dt.timedelta(days=1))
    if event.precision in ("month", "year") and event.date:
        year = int(event.date[:4])
        if event.precision == "year":
            return Span(event, "span", dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
        month = int(event.date[5:7])
        start = dt.date(year, month, 1)
        return Span(event, "span", start, dt.date(year + month // 12, month % 12 + 1, 1))
    if earliest and latest:
        return Span(event, "between", earliest, latest + dt.timedelta(days=1))
    if latest:
        return Span(event, "before", None, latest)
    if earliest:
        return Span(event, "after", earliest, None)
    return Span(event, "unknown", None, None)


def timeline_figure(network: Network, title: str) -> Figure:
    if not network.events:
        raise KgError("the graph has no events: nothing to put on a timeline")
    spans = sorted(
        (span(e) for e in network.events.values()),
        key=lambda s: (s.start or s.end or dt.date.max, s.end or dt.date.max, s.event.label),
    )
    known = [d for s in spans for d in (s.start, s.end) if d is not None]
    low, high = (min(known), max(known)) if known else (dt.date(2000, 1, 1), dt.date(2001, 1, 1))
    pad = dt.timedelta(days=max(20, (high - low).days // 12))
    low, high = low - pad, high + pad
    reach = dt.timedelta(days=max(30, (high - low).days // 6))  # how far an open bound's arrow points
    types = sorted({s.event.type_label for s in spans})
    colour = {t: _PALETTE[i % len(_PALETTE)] for i, t in enumerate(types)}
    by_type = len(spans) > ROW_PER_EVENT_LIMIT
    if by_type:
        counts = {t: sum(1 for s in spans if s.event.type_label == t) for t in types}
        row_labels = [f"{t} ({counts[t]})" for t in types]
        row_of = {id(s): types.index(s.event.type_label) for s in spans}
    else:
        row_labels = [_short(s.event.label) for s in spans]
        row_of = {id(s): i for i, s in enumerate(spans)}
    alpha = 0.35 if by_type else 0.85
    rows = len(row_labels)
    with matplotlib.rc_context(RC):
        legend_rows = math.ceil((len(types) + 3) / 4)
        top_in, bottom_in = 0.85, 0.75 + 0.22 * legend_rows
        height = max(4.5, top_in + bottom_in + 0.42 * rows)
        figure = Figure(figsize=(14, height), dpi=150)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.36, bottom_in / height, 0.62, 1 - (top_in + bottom_in) / height))
        for item in spans:
            y = rows - 1 - row_of[id(item)]
            c = colour[item.event.type_label]
            if item.shape == "day":
                axes.plot([item.start], [y], marker="o", markersize=8, color=c, linestyle="")
            elif item.shape == "span":
                axes.barh(y, item.end - item.start, left=item.start, height=0.55, color=c, alpha=alpha)  # type: ignore[operator]
            elif item.shape == "between":
                axes.barh(
                    y,
                    item.end - item.start,
                    left=item.start,
                    height=0.55,
                    facecolor="none",  # type: ignore[operator]
                    edgecolor=c,
                    hatch="//",
                    linewidth=1.2,
                )
            elif item.shape == "before":
                axes.annotate(
                    "",
                    xy=(item.end - reach, y),
                    xytext=(item.end, y),  # type: ignore[operator]
                    arrowprops={"arrowstyle": "->", "color": c, "linestyle": "--", "lw": 1.5},
                )
                axes.plot([item.end], [y], marker="|", markersize=16, markeredgewidth=2.5, color=c)
                if not by_type:
                    axes.text(
                        item.end,
                        y + 0.32,
                        f"not after {item.end.isoformat()}",
                        fontsize=8,  # type: ignore[union-attr]
                        color="#444444",
                        ha="right",
                        va="bottom",
                    )
            elif item.shape == "after":
                axes.annotate(
                    "",
                    xy=(item.start + reach, y),
                    xytext=(item.start, y),  # type: ignore[operator]
                    arrowprops={"arrowstyle": "->", "color": c, "linestyle": "--", "lw": 1.5},
                )
                axes.plot([item.start], [y], marker="|", markersize=16, markeredgewidth=2.5, color=c)
                if not by_type:
                    axes.text(
                        item.start,
                        y + 0.32,
                        f"not before {item.start.isoformat()}",
                        fontsize=8,  # type: ignore[union-attr]
                        color="#444444",
                        ha="left",
                        va="bottom",
                    )
            else:
                axes.text(low, y, "  date unknown", fontsize=8, color="#444444", va="center")
        axes.set_yticks(range(rows))
        axes.set_yticklabels(list(reversed(row_labels)), fontsize=9, parse_math=False)
        axes.set_ylim(-0.7, rows - 0.3)
        axes.set_xlim(low, high)  # type: ignore[arg-type]
        locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        axes.grid(axis="x", color="#dddddd", linewidth=0.8)
        axes.set_axisbelow(True)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        handles: list[Patch | Line2D] = [Patch(color=colour[t], label=t) for t in types]
        handles += [
            Patch(facecolor="#999999", label="bar: known to the month/year"),
            Line2D([], [], marker="o", color="#999999", linestyle="", label="dot: known to the day"),
            Line2D(
                [],
                [],
                marker="|",
                markersize=12,
                markeredgewidth=2,
                color="#999999",
                linestyle="--",
                label="open arrow: only a bound",
            ),
        ]
        legend = figure.legend(
            handles=handles, loc="lower center", ncol=4, fontsize=8, frameon=False, bbox_to_anchor=(0.5, 0.02)
        )
        for text in legend.get_texts():
            text.set_parse_math(False)
        figure.suptitle(title, fontsize=14, fontweight="bold", y=0.985, parse_math=False)
        figure.text(
            0.5,
            1 - 0.45 / figure.get_figheight(),
            f"Source: {network.source_line()} · {len(spans)} events" + (", one row per event type" if by_type else ""),
            ha="center",
            fontsize=10,
            color="#444444",
            parse_math=False,
        )
    return figure


def _short(label: str, limit: int = 64) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def draw_timeline(network: Network, fmt: str, title: str = "Timeline of events") -> bytes:
    """The events on a time axis, as PNG or SVG."""
    return figure_bytes(timeline_figure(network, title), fmt)
