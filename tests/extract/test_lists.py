"""The subjects listed before a verb (kg/extract/lists.py)."""

from __future__ import annotations


def test_names_listed_with_commas_alone_before_a_plural_verb_are_all_subjects() -> None:
    """'Konfransda A, B, C iştirak ediblər': a list, not an apposition (round 17)."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Konfransda Azərbaycanın xarici işlər naziri Arif Mirhüseynov, NATO Baş katibinin Qafqaz və Mərkəzi Asiya "
        "üzrə xüsusi nümayəndəsi Alan Redfern, Gürcüstanın xarici işlər nazirinin birinci müavini Nodar Kandelaki, "
        "həmçinin diplomatik korpusun nümayəndələri və ekspertlər iştirak ediblər.",
        "2005-11-25",
    )
    (ceremony,) = [e for e in draft.events if e.type == "Ceremony"]
    assert [e for _, e in ceremony.roles] == ["arif-mirhuseynov", "alan-redfern", "nodar-kandelaki"]


def test_a_comma_before_a_singular_verb_is_still_an_apposition() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of("Konfransda Azərbaycanın xarici işlər naziri Arif Mirhüseynov, Nodar Kandelaki iştirak edib.")
    assert [e.roles for e in draft.events] == [[("agent", "arif-mirhuseynov")]]
