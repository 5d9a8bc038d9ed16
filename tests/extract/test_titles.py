"""Titles and ranks before a name, and the country or organisation they name (kg/extract/titles.py)."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def test_a_title_after_a_sides_delegation_is_of_that_sides_country() -> None:
    """From a dev text (round 22): "Gürcüstan nümayəndə heyətinə xarici işlər nazirinin birinci müavini X, Moldova
    nümayəndə heyətinə isə ... Y rəhbərlik ediblər" drafted no post for X or Y, and no Georgia or Moldova."""
    draft = draft_of(
        "Bu gün Bakıda GUÖAM-ın milli koordinatorlarının növbəti görüşü keçirilib.\n"
        "Görüşdə Azərbaycan nümayəndə heyətinə xarici işlər nazirinin müavini Fikrət Səfərbəyli, Gürcüstan "
        "nümayəndə heyətinə xarici işlər nazirinin birinci müavini Nuqzar Bakradze, Moldova nümayəndə heyətinə isə "
        "xarici işlər nazirinin müavini İon Rusnak rəhbərlik ediblər.",
        "1999-07-15",
    )
    countries = {held.holder: draft.entities[held.post].country for held in draft.posts}
    assert countries == {"fikret-seferbeyli": "azerbaijan", "nuqzar-bakradze": "gurcustan", "ion-rusnak": "moldova"}
