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


def test_after_ve_a_name_with_a_long_title_and_a_comma_inside_a_list_is_listed() -> None:
    """From a dev text (round 11), now caught: "A və Türkmənistan Hərbi Dəniz Qüvvələrinin "Hazar" ... gəmisinin
    komandanı 3-cü dərəcəli kapitan B iştirak ediblər" left B out."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        'Mərasimdə Qazaxıstan Hərbi Dəniz Qüvvələrinin "Sarıarqa" patrul gəmisinin komandanı 2-ci dərəcəli '
        'kapitan Nurbek Əlimjanov və Türkmənistan Hərbi Dəniz Qüvvələrinin "Hazar" sərhəd gözətçi gəmisinin '
        "komandanı 3-cü dərəcəli kapitan Annaməmməd Berdiyev iştirak ediblər.",
        "2016-08-23",
    )
    (ceremony,) = [e for e in draft.events if e.type == "Ceremony"]
    assert {e for r, e in ceremony.roles if r == "agent"} == {"nurbek-elimjanov", "annamemmed-berdiyev"}
