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
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kg.errors import KgError
from kg.network.model import EventInfo, Network
from kg.network.picture import RC, figure_bytes

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


@dataclass(frozen=True)
class Rows:
    """The timeline's rows: one per event, or one per event type when there are many events."""

    labels: list[str]
    of: dict[int, int]  # id(span) → its row, counted from the top
    by_type: bool


def rows_for(spans: list[Span], types: list[str]) -> Rows:
    if len(spans) > ROW_PER_EVENT_LIMIT:
        counts = {t: sum(1 for s in spans if s.event.type_label == t) for t in types}
        labels = [f"{t} ({counts[t]})" for t in types]
        return Rows(labels, {id(s): types.index(s.event.type_label) for s in spans}, True)
    return Rows([_short(s.event.label) for s in spans], {id(s): i for i, s in enumerate(spans)}, False)


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
    rows = rows_for(spans, types)
    count = len(rows.labels)
    with matplotlib.rc_context(RC):
        legend_rows = math.ceil((len(types) + 3) / 4)
        top_in, bottom_in = 0.85, 0.75 + 0.22 * legend_rows
        height = max(4.5, top_in + bottom_in + 0.42 * count)
        figure = Figure(figsize=(14, height), dpi=150)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.36, bottom_in / height, 0.62, 1 - (top_in + bottom_in) / height))
        for item in spans:
            y = count - 1 - rows.of[id(item)]
            c = colour[item.event.type_label]
            if item.shape in ("before", "after"):
                _draw_bound(axes, item, y, c, reach, rows.by_type)
            else:
                _draw_span(axes, item, y, c, 0.35 if rows.by_type else 0.85, low)
        _axis(axes, rows, low, high)
        _legend_and_titles(figure, network, title, colour, f"{len(spans)} events", rows.by_type)
    return figure


def _draw_span(axes: Axes, item: Span, y: int, c: str, alpha: float, low: dt.date) -> None:
    """A day as a dot, a month or year as a bar, two bounds as a hatched bar, no date as words."""
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
    else:
        axes.text(low, y, "  date unknown", fontsize=8, color="#444444", va="center")


def _draw_bound(axes: Axes, item: Span, y: int, c: str, reach: dt.timedelta, by_type: bool) -> None:
    """Only a bound: an open arrow from it, pointing back (not after) or forward (not before)."""
    before = item.shape == "before"
    at = item.end if before else item.start
    assert at is not None
    axes.annotate(
        "",
        xy=(at - reach if before else at + reach, y),
        xytext=(at, y),
        arrowprops={"arrowstyle": "->", "color": c, "linestyle": "--", "lw": 1.5},
    )
    axes.plot([at], [y], marker="|", markersize=16, markeredgewidth=2.5, color=c)
    if not by_type:
        words = "not after" if before else "not before"
        axes.text(
            at, y + 0.32, f"{words} {at.isoformat()}", fontsize=8, color="#444444",
            ha="right" if before else "left", va="bottom",
        )  # fmt: skip


def _axis(axes: Axes, rows: Rows, low: dt.date, high: dt.date) -> None:
    count = len(rows.labels)
    axes.set_yticks(range(count))
    axes.set_yticklabels(list(reversed(rows.labels)), fontsize=9, parse_math=False)
    axes.set_ylim(-0.7, count - 0.3)
    axes.set_xlim(low, high)  # type: ignore[arg-type]
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes.grid(axis="x", color="#dddddd", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)


def _legend_and_titles(
    figure: Figure, network: Network, title: str, colour: dict[str, str], counted: str, by_type: bool
) -> None:
    handles: list[Patch | Line2D] = [Patch(color=colour[t], label=t) for t in colour]
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
        f"Source: {network.source_line()} · {counted}" + (", one row per event type" if by_type else ""),
        ha="center",
        fontsize=10,
        color="#444444",
        parse_math=False,
    )


def _short(label: str, limit: int = 64) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def draw_timeline(network: Network, fmt: str, title: str = "Timeline of events") -> bytes:
    """The events on a time axis, as PNG or SVG."""
    return figure_bytes(timeline_figure(network, title), fmt)
