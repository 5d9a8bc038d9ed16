"""Datelines: the city the news was filed from is where a visit to its country took place."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def _visit_place(body: str) -> str | None:
    draft = draft_of(body, "2016-10-05")
    (visit,) = [e for e in draft.events if e.type == "Visit"]
    return visit.place


def test_a_visit_to_the_datelines_country_took_place_in_the_dateline_city() -> None:
    body = "Bakı, 5 oktyabr (AZƏRTAC).\nLitvanın müdafiə naziri Juozas Olekas Azərbaycana səfər edir."
    assert _visit_place(body) == "baku"


def test_a_dateline_read_as_several_sentences_is_still_a_dateline() -> None:
    body = "Bakı. 5 oktyabr. Trend:\nLitvanın müdafiə naziri Juozas Olekas Azərbaycanda rəsmi səfərdədir."
    assert _visit_place(body) == "baku"


def test_a_more_precise_place_or_another_country_is_kept() -> None:
    body = "Bakı, 5 oktyabr (AZƏRTAC).\nLitvanın müdafiə naziri Juozas Olekas Gəncəyə səfər edib."
    assert _visit_place(body) != "baku"
    body = "Bakı, 5 oktyabr (AZƏRTAC).\nAzərbaycanın müdafiə naziri Zakir Həsənov Litvaya səfər edib."
    assert _visit_place(body) != "baku"


def test_a_city_opening_the_first_sentence_is_no_dateline() -> None:
    body = "Bakıda Litvanın müdafiə naziri Juozas Olekas ilə görüş olub.\nJuozas Olekas Azərbaycana səfər edib."
    assert _visit_place(body) is None or _visit_place(body) == "azerbaijan"
