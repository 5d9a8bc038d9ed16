"""The interactive page in real headless Chromium, with the network off.

Chromium is Debian's (``/usr/bin/chromium``), driven by Playwright; without it
these tests skip, except under KG_STRICT=1 (CI), where they fail.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from browser import Browser
from network_fixtures import HOSTILE_AZ, HOSTILE_EN, hostile_copy, synthetic

from kg.build.chunks import Build
from kg.network.model import Network
from kg.network.page import render_page, script_json
from kg.network.projection import project


@pytest.fixture(scope="module")
def network(seed_build: Build) -> Network:
    return project(seed_build.graph)


# --- without a browser ------------------------------------------------------------


def test_the_page_loads_nothing_from_anywhere(network: Network) -> None:
    page = render_page(network).decode("utf-8")
    assert not re.search(r"""<(script|link|img|iframe)[^>]*\s(src|href)=""", page)
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    assert render_page(network) == render_page(network)  # deterministic


def test_labels_cannot_close_the_data_script() -> None:
    text = script_json({"label": HOSTILE_AZ, "other": "a & b > c\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"label": HOSTILE_AZ, "other": "a & b > c\u2028"}


def test_the_title_is_escaped(network: Network) -> None:
    page = render_page(network, title="<b>bold</b> & more").decode("utf-8")
    assert "<title>&lt;b&gt;bold&lt;/b&gt; &amp; more</title>" in page


# --- in Chromium --------------------------------------------------------------------


def _open(chromium: object, network: Network, folder: Path, name: str = "network.html") -> Browser:
    path = folder / name
    path.write_bytes(render_page(network))
    return Browser(chromium, path)


def test_every_node_is_drawn_without_errors_or_requests(chromium: object, network: Network, tmp_path: Path) -> None:
    opened = _open(chromium, network, tmp_path)
    page = opened.page
    assert page.get_attribute("body", "data-drawn") == str(network.actors.number_of_nodes()) == "16"
    assert page.locator("[data-node]").count() == 16
    for iri in network.actors:
        box = page.locator(f'[data-id="{iri}"]').bounding_box()
        assert box is not None and box["width"] > 4 and box["height"] > 4, iri
    labels = page.locator(".node-label").all_text_contents()
    assert sorted(labels) == sorted(d["label"] for _, d in network.actors.nodes(data=True))
    assert page.locator("#legend").inner_text().split("\n")[:4] == ["country", "organisation", "person", "place"]
    assert page.locator(".link-label").filter(has_text="embargo lifting").count() >= 1
    shot = tmp_path / "seed.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    assert opened.errors == [] and opened.dialogs == [] and opened.requests == []


def test_click_shows_the_evidence_and_its_source(chromium: object, network: Network, tmp_path: Path) -> None:
    opened = _open(chromium, network, tmp_path)
    page = opened.page
    page.click('[data-id="https://w3id.org/kg-news/id/armenia"]')
    details = page.locator("#details")
    assert "Armenia" in details.locator("h2").inner_text()
    evidence = details.locator("blockquote").all_inner_texts()
    assert any("silah embarqosunu aradan qaldırıb" in quote for quote in evidence)
    assert "Source: Report News Agency, 2025-12-04" in details.inner_text()
    assert "embargo lifting — 2025-10" in details.inner_text()
    # each event says what happened, and what it is about: the programme signed, the post filled
    page.click('[data-id="https://w3id.org/kg-news/id/azerbaijan"]')
    assert "UK and Azerbaijan sign a defence cooperation programme in London" in details.inner_text()
    assert "signed: UK–Azerbaijan bilateral defence cooperation programme" in details.inner_text()
    assert "post: Resident Defence Attaché of the United Kingdom in Azerbaijan" in details.inner_text()
    # a line: Coaker and Aliyev, linked by their meeting
    page.locator(".link-hit").nth(0).wait_for(state="attached")
    page.evaluate(
        """() => { const hits = [...document.querySelectorAll('.link-hit')];
                    const data = JSON.parse(document.getElementById('kg-data').textContent);
                    const i = data.links.findIndex(l => data.nodes[l.s].label === 'Ilham Aliyev'
                                                      && data.nodes[l.t].label === 'Vernon Coaker');
                    window.__link = i; }"""
    )
    link = page.evaluate("window.__link")
    page.locator(f'.link-hit[data-link="{link}"]').dispatch_event("pointerdown")
    page.locator(f'.link-hit[data-link="{link}"]').dispatch_event("pointerup")
    assert details.locator("h2").inner_text() == "Ilham Aliyev — Vernon Coaker"
    assert "ikitərəfli görüşlər keçirib" in details.inner_text()
    page.hover('[data-id="https://w3id.org/kg-news/id/vernon-coaker"]')
    tooltip = page.locator("#tooltip").inner_text()
    assert "Vernon Coaker" in tooltip and "Vernon Koaker" in tooltip and "not after 2025-12-04" in tooltip
    page.fill("#find-name", "İlham Əliyev")
    page.press("#find-name", "Enter")
    assert details.locator("h2").inner_text() == "Ilham Aliyev"
    page.screenshot(path=str(tmp_path / "clicked.png"))
    assert opened.errors == [] and opened.requests == []


def test_a_hostile_label_is_shown_as_text_and_never_runs(chromium: object, seed_build: Build, tmp_path: Path) -> None:
    network = project(hostile_copy(seed_build.graph))
    opened = _open(chromium, network, tmp_path, "hostile.html")
    page = opened.page
    assert page.locator("img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert HOSTILE_EN in page.locator(".node-label").all_text_contents()
    page.click('[data-id="https://w3id.org/kg-news/id/armenia"]')
    page.hover('[data-id="https://w3id.org/kg-news/id/armenia"]')
    assert HOSTILE_AZ in page.locator("#tooltip").inner_text()
    assert HOSTILE_EN in page.locator("#details h2").inner_text()
    assert page.locator("img").count() == 0 and page.evaluate("window.__pwned") is None
    page.screenshot(path=str(tmp_path / "hostile.png"))
    assert opened.dialogs == [] and opened.errors == [] and opened.requests == []


def test_two_thousand_actors_open_at_once(chromium: object, tmp_path: Path) -> None:
    network = project(synthetic(2000, 2400))
    started = time.perf_counter()
    opened = _open(chromium, network, tmp_path, "large.html")
    written = time.perf_counter() - started
    page = opened.page
    assert page.get_attribute("body", "data-drawn") == str(network.actors.number_of_nodes())
    assert page.locator("[data-node]").count() == network.actors.number_of_nodes() > 1800
    # zooming in shows the labels that are hidden at first
    page.mouse.move(500, 400)
    for _ in range(12):
        page.mouse.wheel(0, -400)
    page.screenshot(path=str(tmp_path / "large.png"))
    print(f"\n2000-actor page: written and opened in {written:.2f} s, drawn in Chromium in {opened.seconds:.2f} s")
    assert opened.errors == [] and opened.requests == []
