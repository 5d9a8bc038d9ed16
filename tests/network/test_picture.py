"""Static pictures: valid PNG and SVG of sensible size, labels that do not overlap."""

from __future__ import annotations

import io
import itertools
import xml.etree.ElementTree as ET

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from network_fixtures import DOLLARS, HOSTILE_EN, hostile_copy, relabelled, synthetic
from PIL import Image

from kg.build.chunks import Build
from kg.errors import KgError
from kg.network.lookup import neighbourhood
from kg.network.model import Network
from kg.network.picture import draw_picture, figure_bytes, network_figure
from kg.network.projection import project


@pytest.fixture(scope="module")
def network(seed_build: Build) -> Network:
    return project(seed_build.graph)


@pytest.fixture(scope="module")
def figure(network: Network) -> Figure:
    return network_figure(network, "Relationship network")


def test_png_is_a_picture_of_sensible_size(figure: Figure) -> None:
    data = figure_bytes(figure, "png")
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert 1600 <= image.width <= 4000 and 1200 <= image.height <= 4000
    assert 50_000 < len(data) < 2_000_000
    # not blank: many distinct colours (nodes of four kinds, text, lines)
    assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 50


def test_svg_is_well_formed_with_every_label_as_text(figure: Figure, network: Network) -> None:
    data = figure_bytes(figure, "svg")
    root = ET.fromstring(data)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = "".join(root.itertext())
    for _, attributes in network.actors.nodes(data=True):
        assert attributes["label"] in texts
    assert "Source: Report News Agency, 2025-12-04" in texts
    assert 10_000 < len(data) < 2_000_000


def test_no_two_labels_overlap(figure: Figure) -> None:
    renderer = FigureCanvasAgg(figure).get_renderer()
    texts = [t for t in figure.axes[0].texts if t.get_gid() in ("node-label", "edge-label")]
    assert len([t for t in texts if t.get_gid() == "node-label"]) == 16
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    overlapping = [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2) if box_a.overlaps(box_b)]
    assert overlapping == []
    # and every label stays inside the picture
    width, height = figure.bbox.width, figure.bbox.height
    for text, box in boxes:
        assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height, text


def test_same_network_same_bytes(network: Network) -> None:
    assert draw_picture(network, "svg") == draw_picture(network, "svg")


def test_a_hostile_label_is_escaped_in_svg(seed_build: Build) -> None:
    network = neighbourhood(project(hostile_copy(seed_build.graph)), "Armenia", 1)
    data = draw_picture(network, "svg")
    root = ET.fromstring(data)  # still well-formed XML
    assert HOSTILE_EN in "".join(root.itertext())
    assert b"<img" not in data


def test_unknown_format(network: Network) -> None:
    with pytest.raises(KgError, match="choose one of png, svg"):
        draw_picture(network, "gif")


def test_labels_are_never_read_as_maths(seed_build: Build) -> None:
    network = neighbourhood(project(relabelled(seed_build.graph, DOLLARS)), "Armenia", 1)
    assert DOLLARS in "".join(ET.fromstring(draw_picture(network, "svg")).itertext())
    assert draw_picture(network, "png").startswith(b"\x89PNG")  # read as maths, it would not even parse


def test_a_large_network_labels_its_best_connected_actors() -> None:
    network = project(synthetic(120, 150))
    figure = network_figure(network, "Large")
    labels = [t for t in figure.axes[0].texts if t.get_gid() == "node-label"]
    assert len(labels) == 60 < network.actors.number_of_nodes()
    best = max(network.actors, key=lambda k: len(set(network.actors[k])))
    assert network.actor_info[best].label in {t.get_text() for t in labels}
    assert not [t for t in figure.axes[0].texts if t.get_gid() == "edge-label"]
