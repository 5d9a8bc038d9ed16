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


def test_the_appointee_follows_a_decree_named_by_the_country_of_its_signer() -> None:
    # "Azərbaycan Respublikası" heads the sentence but is the President's country, not the one appointed
    draft = draft_of(
        "Azərbaycan Respublikası Prezidentinin Sərəncamı ilə general-mayor Rauf Əliquliyev Azərbaycan "
        "Respublikasının müdafiə nazirinin müavini təyin edilib.",
        "2019-07-09",
    )
    (appointment,) = [e for e in draft.events if e.type == "Appointment"]
    assert ("affected", "rauf-eliquliyev") in appointment.roles


def test_decrees_signed_on_a_day_told_after_them_date_their_appointments() -> None:
    draft = draft_of(
        "Prezidentin Sərəncamı ilə Rauf Əliquliyev müdafiə nazirinin müavini təyin edilib.\n"
        "Dövlət başçısının digər Sərəncamı ilə kontr-admiral Nəriman Sultanlı Hərbi Dəniz Qüvvələrinin komandanı "
        "təyin olunub.\n"
        "AZƏRTAC xəbər verir ki, hər iki sərəncam iyulun 8-də imzalanıb.",
        "2019-07-09",
    )
    appointments = [e for e in draft.events if e.type == "Appointment"]
    assert len(appointments) == 2
    assert [str(e.date.spec) if e.date else None for e in appointments] == ["2019-07-08"] * 2
    assert all("hər iki sərəncam iyulun 8-də imzalanıb" in e.evidence[-1] for e in appointments)


def test_a_second_post_held_at_the_same_time_is_a_second_appointment() -> None:
    draft = draft_of(
        "Digər Sərəncamla Elnur Məmmədhəsənli Azərbaycan Respublikasının Yunanıstan Respublikasında fövqəladə və "
        "səlahiyyətli səfiri təyin edilib. Dövlət başçısının üçüncü Sərəncamı ilə E.Məmmədhəsənli eyni zamanda "
        "Azərbaycan Respublikasının Albaniya Respublikasında fövqəladə və səlahiyyətli səfiri təyin olunub.",
        "2010-07-15",
    )
    appointments = [e for e in draft.events if e.type == "Appointment"]
    assert len(appointments) == 2 and all(e.post for e in appointments)


def test_the_one_appointed_after_isə_is_appointed_too_and_by_the_same_decree_s_date() -> None:
    draft = draft_of(
        "2026-cı il 25 iyun tarixli Sərəncama əsasən, general-mayor Vaqif Həsənzadə Hərbi Hava Qüvvələrinin "
        "komandanı vəzifəsindən azad edilib.\nHəmin Sərəncamla general-mayor Ramin Tağıyev Azərbaycan Respublikası "
        "Hərbi Hava Qüvvələrinin komandanı, polkovnik Elşən Mahmudov isə Hərbi Hava Qüvvələri komandanının "
        "müavini təyin edilib.",
        "2026-06-25",
    )
    appointed = [(dict(e.roles)["affected"], e.date.spec if e.date else None) for e in draft.events]
    assert appointed == [("ramin-tagiyev", "2026-06-25"), ("elsen-mahmudov", "2026-06-25")]
