"""Writing drafts: the fact file and entities.draft.yaml."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from kg.errors import KgError
from kg.extract import extract
from kg.extract.draft import draft_new_entities, parse_published, publisher_id, render_entities
from kg.extract.evaluation import extraction_register
from kg.facts.register import load_register
from tests.extract.fixtures import INVENTED


def test_new_entities_are_drafted_in_the_register_format(tmp_path: Path) -> None:
    folder = INVENTED[0]
    text = (folder / "article.txt").read_text(encoding="utf-8")
    published = yaml.safe_load((folder / "article.yaml").read_text(encoding="utf-8"))["published"]
    draft = extract(text, date.fromisoformat(published[:10]), extraction_register(None), "report")
    assert draft.new_entities
    path = tmp_path / "entities.draft.yaml"
    path.write_text(render_entities(draft), encoding="utf-8")
    drafted = load_register(path)
    assert set(drafted.entities) == {e.id for e in draft.new_entities}
    again = render_entities(draft, path.read_text(encoding="utf-8"))
    assert again == path.read_text(encoding="utf-8")  # drafting the same text twice adds nobody twice


def test_draft_new_entities_adds_each_once(tmp_path: Path) -> None:
    folder = INVENTED[0]
    text = (folder / "article.txt").read_text(encoding="utf-8")
    draft = extract(text, date(2025, 10, 9), extraction_register(None), "report")
    path = tmp_path / "entities.draft.yaml"
    assert draft_new_entities(draft, path) == len(draft.new_entities)
    assert draft_new_entities(draft, path) == 0


def test_published_and_publisher() -> None:
    assert parse_published("2025-12-04T21:14:00+04:00") == date(2025, 12, 4)
    with pytest.raises(KgError, match="not a date"):
        parse_published("dünən")
    register = extraction_register(None)
    assert publisher_id("Report", register) == "report"
    assert publisher_id("nobody", register) is None
