"""Exercises told by who takes part in them (kg/extract/exercises.py)."""

from __future__ import annotations

from tests.extract.fixtures import INVENTED_DIR, draft_of


def _exercises(text: str, published: str) -> list[list[tuple[str, str]]]:
    draft = draft_of(text, published, INVENTED_DIR / "entities.yaml")  # the invented texts' register
    return [sorted(event.roles) for event in draft.events if event.type == "Ceremony"]


def test_the_countries_whose_troops_take_part_are_the_exercise_and_its_organiser_organises_it() -> None:
    """From a dev text (round 17): "təlimdə Azərbaycan, Türkiyə, ... Ştatlarından 400-dək hərbçi iştirak edir" was no
    event; the exercise is an occasion of the five countries, organised by the ministry "whose organised" it is."""
    exercises = _exercises(
        "Sentyabrın 12-də Gəncə təlim poliqonunda çoxmillətli komanda-qərargah təliminin açılış mərasimi olub.\n"
        "Azərbaycan Respublikası Müdafiə Nazirliyinin təşkil etdiyi təlimdə Azərbaycan, Türkiyə, Gürcüstan, Rumıniya "
        "və Amerika Birləşmiş Ştatlarından 400-dək hərbçi iştirak edir.",
        "2005-09-13",
    )
    assert exercises == [
        [
            ("agent", "azerbaijan"),
            ("agent", "georgia"),
            ("agent", "romania"),
            ("agent", "turkey"),
            ("agent", "united-states"),
            ("organizer", "azerbaijan-ministry-of-defence"),
        ]
    ]


def test_the_forces_whose_ships_are_drawn_in_are_the_exercise() -> None:
    """From a dev text (round 15): "təlimə Azərbaycan Hərbi Dəniz Qüvvələrinin dörd, Qazaxıstan Hərbi Dəniz
    Qüvvələrinin isə iki gəmisi cəlb olunmuşdur": the two navies' exercise, not their countries'."""
    exercises = _exercises(
        "İyunun 19-dan 22-dək davam edən təlimə Azərbaycan Hərbi Dəniz Qüvvələrinin dörd, Qazaxıstan Hərbi Dəniz "
        "Qüvvələrinin isə iki gəmisi cəlb olunmuşdur.",
        "2007-06-22",
    )
    assert len(exercises) == 1 and {e for _, e in exercises[0]} >= {"azerbaijan-naval-forces"}
    assert all(role == "agent" for role, _ in exercises[0]) and len(exercises[0]) == 2


def test_a_country_that_only_qualifies_the_base_takes_no_part_and_two_countries_unnamed_give_nothing() -> None:
    """ "Azərbaycan Ordusunun bölmələri ötən ay Gürcüstanın Vaziani hərbi bazasında keçirilmiş çoxmillətli təlimdə
    iştirak ediblər": the army's exercise, not Georgia's; "təlimə iki ölkənin hərbçiləri cəlb olunub" names no one."""
    assert _exercises(
        "Azərbaycan Ordusunun bölmələri ötən ay Gürcüstanın Vaziani hərbi bazasında keçirilmiş çoxmillətli təlimdə "
        "iştirak ediblər.",
        "2005-09-13",
    ) == [[("agent", "azerbaijan-army")]]
    assert _exercises("Təlimə iki ölkənin 300-ə yaxın hərbi qulluqçusu cəlb olunub.", "2010-06-21") == []
