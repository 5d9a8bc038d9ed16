"""Review markers of drafted items in fact files, and drafted entities beside the register."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build.assemble import build
from kg.errors import KgError
from kg.facts.article import load_article
from kg.facts.register import load_register
from kg.namespaces import KGO


def _add(article: Path, lines: str) -> None:
    facts = article / "facts.yaml"
    text = facts.read_text(encoding="utf-8").replace(
        "  arms-embargo-lifted:\n    type: EmbargoLifting\n",
        "  arms-embargo-lifted:\n    type: EmbargoLifting\n" + lines,
    )
    facts.write_text(text, encoding="utf-8")


def test_hand_written_facts_have_no_marker(seed_build) -> None:  # type: ignore[no-untyped-def]
    assert not list(seed_build.graph.triples((None, KGO.reviewStatus, None)))


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        ("    review: draft\n", "events.arms-embargo-lifted.review: a drafted item that has not been reviewed"),
        ("    review: maybe\n", "review must be one of draft, reviewed"),
        ("    confidence: 1.5\n", "confidence must be a number from 0 to 1"),
        ("    confidence: high\n", "confidence must be a number from 0 to 1"),
    ],
)
def test_bad_or_unreviewed_markers_name_file_line_and_field(article: Path, lines: str, words: str) -> None:
    _add(article, lines)
    with pytest.raises(KgError, match=words) as caught:
        load_article(article, load_register(article.parent / "entities.yaml"))
    assert caught.value.line is not None and str(caught.value.where).endswith("facts.yaml")


def test_reviewed_items_build_and_say_so(article: Path) -> None:
    _add(article, "    review: reviewed\n    confidence: 0.8\n")
    result = build([article.parent])
    assert result.report.conforms
    event = next(s for s in result.graph.subjects(KGO.reviewStatus, KGO.reviewed))
    assert str(event).endswith("arms-embargo-lifted")
    assert str(result.graph.value(event, KGO.confidence)) == "0.80"


def test_included_drafts_are_marked(article: Path) -> None:
    _add(article, "    review: draft\n    confidence: 0.5\n")
    result = build([article.parent], include_drafts=True)
    assert result.report.conforms
    assert len(list(result.graph.subjects(KGO.reviewStatus, KGO.draft))) == 1


def test_drafted_entities_clash_with_the_register(corpus: Path) -> None:
    drafted = "baku:\n  type: City\n  label: {en: Baku, az: Bakı}\n"
    (corpus / "entities.draft.yaml").write_text(drafted, encoding="utf-8")
    build([corpus])  # without --include-drafts the drafted register is not read
    with pytest.raises(KgError, match="both in the register and drafted"):
        build([corpus], include_drafts=True)
