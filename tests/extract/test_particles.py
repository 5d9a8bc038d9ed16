"""The small words inside foreign names: Arabic articles and European particles."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def test_a_particle_inside_a_name_is_part_of_it_and_its_initial_form_is_the_same_person() -> None:
    """From a dev text (round 21): "Piter van Dam" was read as "Piter" and "Dam", and "P.van Dam", whose
    words he said and whom the deputy minister met, as no one."""
    draft = draft_of(
        "Daha sonra NATO-nun rəis müavini, Niderland Silahlı Qüvvələrinin polkovniki Piter van Dam çıxış edib.\n"
        '"Birgə hazırlıq əsas şərtdir", - deyə P.van Dam vurğulayıb.\n'
        "Həmin gün general-mayor Elşən Cəfərli NATO nümayəndə heyətinin rəhbəri P.van Dam ilə görüşüb.",
        "2000-04-12",
    )
    people = {k: v.label for k, v in draft.entities.items() if v.type == "Person" and v.new}
    assert people == {"piter-van-dam": "Piter van Dam", "elsen-ceferli": "Elşən Cəfərli"}
    assert [e.roles for e in draft.events] == [
        [("agent", "piter-van-dam")],
        [("agent", "elsen-ceferli"), ("counterpart", "piter-van-dam")],
    ]


def test_two_particles_in_a_row_are_in_the_name_but_one_at_its_end_is_not() -> None:
    draft = draft_of("Avropa Komissiyasının prezidenti Ursula fon der Lyayen Bakıya gəlib.", "2024-04-12")
    assert "ursula-fon-der-lyayen" in draft.entities
    draft = draft_of("Nazir Elşən Cəfərli van Bakıya gəlib.", "2024-04-12")  # after a surname, no particle
    assert [v.label for v in draft.entities.values() if v.type == "Person" and v.new] == ["Elşən Cəfərli"]
