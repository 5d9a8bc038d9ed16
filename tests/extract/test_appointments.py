"""appointments.py: who appoints whom to which post."""

from __future__ import annotations

from tests.extract.fixtures import draft_of

DECREES = "Azərbaycan Prezidenti İlham Əliyev yeni səfirlərin təyin edilməsi haqqında sərəncamlar imzalayıb.\n"


def test_one_appointee_with_two_posts_concurrently_is_appointed_twice() -> None:
    draft = draft_of(
        DECREES + "Digər sərəncamla Vüsal Əhmədbəyli Azərbaycan Respublikasının Qazaxıstan Respublikasında "
        "fövqəladə və səlahiyyətli səfiri, eyni zamanda Qırğızıstan Respublikasında fövqəladə və səlahiyyətli "
        "səfiri təyin edilib.",
        "2017-11-10",
    )
    appointments = [e for e in draft.events if e.type == "Appointment"]
    assert [e.roles for e in appointments] == [[("agent", "ilham-aliyev"), ("affected", "vusal-ehmedbeyli")]] * 2
    assert len({e.post for e in appointments}) == 2


def test_the_country_of_the_post_does_not_appoint_after_a_decree() -> None:
    draft = draft_of(
        DECREES + "Ülviyyə Mirzəyeva Azərbaycan Respublikasının Macarıstanda fövqəladə və səlahiyyətli səfiri "
        "vəzifəsinə təyin edilib.",
        "2017-11-10",
    )
    (appointment,) = [e for e in draft.events if e.type == "Appointment"]
    assert appointment.roles == [("agent", "ilham-aliyev"), ("affected", "ulviyye-mirzeyeva")]


def test_without_a_decree_the_country_named_with_the_post_appoints() -> None:
    draft = draft_of("Yanvarın 15-də Elnarə Quliyeva Azərbaycanın Gürcüstandakı səfiri vəzifəsinə təyin olunub.")
    (appointment,) = [e for e in draft.events if e.type == "Appointment"]
    assert appointment.roles == [("agent", "azerbaijan"), ("affected", "elnare-quliyeva")]
