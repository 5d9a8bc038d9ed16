"""holders.py: who holds a post, as the corpus's reviewed fact files say."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from kg import resources
from kg.extract.holders import corpus_holdings, holder_on
from tests.extract.fixtures import draft_of

DECREE = "Azərbaycan Respublikası Prezidentinin Sərəncamı ilə Rauf Əliquliyev müdafiə nazirinin müavini təyin edilib."


def test_the_bundled_corpus_knows_who_holds_the_presidency() -> None:
    holdings = corpus_holdings(resources.CORPUS_DIR)
    assert holder_on(holdings, "president-of-azerbaijan", date(2019, 7, 9)) == "ilham-aliyev"
    assert holder_on(holdings, "no-such-post", date(2019, 7, 9)) is None


def test_the_holding_told_nearest_in_time_counts() -> None:
    holdings = {"p": ((date(2010, 1, 1), "old"), (date(2020, 1, 1), "new"))}
    assert holder_on(holdings, "p", date(2012, 5, 1)) == "old"
    assert holder_on(holdings, "p", date(2019, 5, 1)) == "new"


def test_an_unnamed_president_signs_as_the_corpus_holder() -> None:
    (appointment,) = [e for e in draft_of(DECREE, "2019-07-09").events if e.type == "Appointment"]
    assert appointment.roles[0] == ("agent", "ilham-aliyev")


def test_drafted_holdings_are_not_known(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(resources.CORPUS_DIR, corpus, ignore=shutil.ignore_patterns(".kg-cache"))
    facts = next(corpus.glob("*/facts.yaml"))
    text = facts.read_text(encoding="utf-8")
    facts.write_text(
        text.replace("post: president-of-azerbaijan\n", "post: president-of-azerbaijan\n    review: draft\n"),
        encoding="utf-8",
    )
    assert "president-of-azerbaijan" not in corpus_holdings(corpus)
    (appointment,) = [
        e for e in draft_of(DECREE, "2019-07-09", corpus / "entities.yaml").events if e.type == "Appointment"
    ]
    assert ("agent", "ilham-aliyev") not in appointment.roles


def test_a_fact_file_that_does_not_parse_is_left_to_kg_build(tmp_path: Path) -> None:
    article = tmp_path / "a"
    article.mkdir()
    (article / "article.yaml").write_text("published: 2020-01-01\n", encoding="utf-8")
    (article / "facts.yaml").write_text("posts: [unclosed\n", encoding="utf-8")
    assert corpus_holdings(tmp_path) == {}
