"""Events on a time axis, each as precise as its date and no more."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from matplotlib.patches import Rectangle
from network_fixtures import DOLLARS, synthetic
from PIL import Image
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg.build.chunks import Build
from kg.namespaces import new_graph
from kg.network.model import EventInfo, Network
from kg.network.picture import figure_bytes
from kg.network.projection import project
from kg.network.timeline import draw_timeline, span, timeline_figure

SLUG = "https://w3id.org/kg-news/id/article/report-2025-12-04-coaker-baku"


@pytest.fixture(scope="module")
def network(seed_build: Build) -> Network:
    return project(seed_build.graph)


def test_a_month_is_that_months_span(network: Network) -> None:
    embargo = span(network.events[f"{SLUG}/arms-embargo-lifted"])
    assert (embargo.shape, embargo.start, embargo.end) == ("span", dt.date(2025, 10, 1), dt.date(2025, 11, 1))
    appointment = span(network.events[f"{SLUG}/defence-attache-appointment"])
    assert (appointment.start, appointment.end) == (dt.date(2025, 3, 1), dt.date(2025, 4, 1))


def test_a_not_after_bound_is_open_never_a_day(network: Network) -> None:
    meeting = span(network.events[f"{SLUG}/meeting-ilham-aliyev"])
    assert (meeting.shape, meeting.start, meeting.end) == ("before", None, dt.date(2025, 12, 4))


def test_day_year_and_unknown(network: Network) -> None:
    event = network.events[f"{SLUG}/arms-embargo-lifted"]
    day = replace(event, date="2025-10-13", precision="day", earliest="2025-10-13", latest="2025-10-13")
    assert span(day).shape == "day" and span(day).start == dt.date(2025, 10, 13)
    year = replace(event, date="2025", precision="year", earliest="2025-01-01", latest="2025-12-31")
    assert (span(year).start, span(year).end) == (dt.date(2025, 1, 1), dt.date(2026, 1, 1))
    unknown: EventInfo = replace(event, date="", precision="", earliest="", latest="")
    assert span(unknown).shape == "unknown"
    between = replace(event, date="", precision="bounded", earliest="2025-11-01", latest="2025-11-20")
    assert span(between).shape == "between"


def test_the_drawn_bars_match_the_months(network: Network) -> None:
    figure = timeline_figure(network, "Timeline")
    axes = figure.axes[0]
    bars = [p for p in axes.patches if isinstance(p, Rectangle) and p.get_width() > 0]
    widths = sorted(round(p.get_width()) for p in bars)
    # four events known to the month: March (31 days), August (31), October twice (31)
    assert widths == [31, 31, 31, 31]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert len(labels) == 13
    notes = [t.get_text() for t in axes.texts]
    assert notes.count("not after 2025-12-04") == 9


def test_pictures_are_valid(network: Network) -> None:
    png = draw_timeline(network, "png")
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.width >= 1800 and 700 <= image.height <= 3000
    svg = draw_timeline(network, "svg")
    text = "".join(ET.fromstring(svg).itertext())
    assert "Timeline of events" in text and "Source: Report News Agency, 2025-12-04" in text
    assert svg == figure_bytes(timeline_figure(network, "Timeline of events"), "svg")


def test_event_labels_are_never_read_as_maths(seed_build: Build) -> None:
    graph = new_graph()
    for triple in seed_build.graph:
        graph.add(triple)
    event = URIRef(f"{SLUG}/arms-embargo-lifted")
    graph.remove((event, RDFS.label, None))
    graph.add((event, RDFS.label, Literal(DOLLARS, lang="en")))
    assert DOLLARS in "".join(ET.fromstring(draw_timeline(project(graph), "svg")).itertext())
    assert draw_timeline(project(graph), "png").startswith(b"\x89PNG")  # read as maths, it would not parse


def test_a_corpus_gets_one_row_per_event_type() -> None:
    network = project(synthetic(80, 100))
    axes = timeline_figure(network, "Timeline").axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["meeting (100)"]
    assert len([p for p in axes.patches if isinstance(p, Rectangle) and p.get_width() > 0]) == 100
