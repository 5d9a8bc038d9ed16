"""kg draw on hostile labels and URLs, opened in real headless Chromium with every request
blocked: no script runs, no request leaves, the labels are shown as the text they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import Browser
from click.testing import CliRunner

from kg.cli import main

from . import one_error

SCRIPT = "</script><script>window.__pwned = 1; alert('script')</script>"
IMAGE = "<img src=x onerror=\"window.__pwned = 2; alert('img')\">"
SVG = '<svg onload="window.__pwned = 3"></svg>'
RTL = "Vernon \u202eCoaker\u202c \u05d0\u05d1"  # a right-to-left override and Hebrew letters
ZERO_WIDTH = "Zakir\u200b\u200dHasanov\ufeff"
JAVASCRIPT = "javascript:window.__pwned=4;alert('url')"
LABELS = {
    "armenia": (SCRIPT, IMAGE),
    "vernon-coaker": (RTL, SVG),
    "zakir-hasanov": (ZERO_WIDTH, "javascript:alert(5)"),
}


def yaml_text(value: str) -> str:
    return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


def hostile_corpus(corpus: Path) -> Path:
    register = corpus / "entities.yaml"
    text = register.read_text(encoding="utf-8")
    for entity, (en, az) in LABELS.items():
        start = text.index(f"\n{entity}:\n")
        line = text.index("  label:", start)
        end = text.index("\n", line)
        text = text[:line] + f"  label: {{en: {yaml_text(en)}, az: {yaml_text(az)}}}" + text[end:]
    register.write_text(text, encoding="utf-8")
    return corpus


def with_javascript_urls(graph: Path) -> None:
    """URLs that fact files refuse (``javascript:``), put into the graph file as another tool might."""
    article = "<https://w3id.org/kg-news/id/article/report-2025-12-04-coaker-baku>"
    extra = f'{article} schema:url "{JAVASCRIPT}"^^xsd:anyURI .\nkgr:baku schema:url "{JAVASCRIPT}"^^xsd:anyURI .\n'
    graph.write_text(graph.read_text(encoding="utf-8") + extra, encoding="utf-8")


def test_kg_draw_of_hostile_labels_runs_nothing_and_sends_nothing(
    chromium: object, corpus: Path, tmp_path: Path
) -> None:
    graph = tmp_path / "graph.ttl"
    built = CliRunner().invoke(main, ["build", str(hostile_corpus(corpus)), "-o", str(graph), "--no-cache", "-q"])
    assert built.exit_code == 0, built.output
    with_javascript_urls(graph)
    page_file = tmp_path / "network.html"
    drawn = CliRunner().invoke(main, ["draw", "--data", str(graph), "-o", str(page_file)])
    assert drawn.exit_code == 0, drawn.output
    opened = Browser(chromium, page_file)
    page = opened.page
    shown = page.locator(".node-label").all_text_contents()
    for en, _ in LABELS.values():
        assert en in shown  # the label, character for character, as text
    for entity, (en, az) in LABELS.items():
        node = f'[data-id="https://w3id.org/kg-news/id/{entity}"]'
        page.click(node)
        assert en in page.locator("#details h2").inner_text()
        page.hover(node)
        assert az in page.locator("#tooltip").inner_text()
    page.click('[data-id="https://w3id.org/kg-news/id/armenia"]')
    hrefs = page.evaluate("() => [...document.querySelectorAll('[href]')].map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if not h.startswith(("http://", "https://", "#"))], hrefs
    for link in page.locator("#details a").all():
        link.click(modifiers=[])  # a javascript: link, had one been made, would run now
    assert page.locator("img, iframe, object, embed, script[src]").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert opened.dialogs == [] and opened.errors == [] and opened.requests == []


@pytest.mark.parametrize("where", ["article", "entity"])
def test_a_javascript_url_in_a_fact_file_is_one_line(where: str, corpus: Path, tmp_path: Path) -> None:
    if where == "article":
        path = corpus / "report-2025-12-04-coaker-baku" / "article.yaml"
        path.write_text(path.read_text(encoding="utf-8") + f"url: {yaml_text(JAVASCRIPT)}\n", encoding="utf-8")
        expected = f"{path}:6: url: {JAVASCRIPT!r} is not a web address"
    else:
        path = corpus / "entities.yaml"
        text = path.read_text(encoding="utf-8").replace("\nbaku:\n", f"\nbaku:\n  url: {yaml_text(JAVASCRIPT)}\n", 1)
        path.write_text(text, encoding="utf-8")
        expected = f"{path}:"
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--no-cache", "-q"])
    one_error(result, expected, "is not a web address; write one that begins https://")
    assert not out.exists()
