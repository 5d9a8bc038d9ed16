"""Sources: who the news cites, headlines, quotations, evidence that occurs once."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def test_a_press_service_that_tells_the_news_makes_no_statement() -> None:
    """'Prezidentin mətbuat xidmətindən AZƏRTAC-a bildirilib ki, ...' was the President's statement."""
    draft = draft_of(
        "Prezidentin mətbuat xidmətindən AZƏRTAC-a bildirilib ki, Sərəncamla Elnur Məmmədhəsənli Azərbaycan "
        "Respublikasının Yunanıstan Respublikasında fövqəladə və səlahiyyətli səfiri təyin edilib.",
        "2010-07-15",
    )
    assert [e.type for e in draft.events] == ["Appointment"]
