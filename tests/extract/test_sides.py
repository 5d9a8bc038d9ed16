"""sides.py: the people who led or represented each side are the meeting's parties."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def test_the_sides_people_replace_the_ministries_between_which_talks_were_held() -> None:
    draft = draft_of(
        "Martın 14-də Bakıda Azərbaycan və Latviya xarici işlər nazirlikləri arasında siyasi məsləhətləşmələr "
        "keçirilib.\n"
        "Məsləhətləşmələrdə Azərbaycan tərəfinə xarici işlər nazirinin müavini Elnur Qasımlı, Latviya tərəfinə "
        "isə bu ölkənin xarici işlər nazirinin müavini Andris Kalninş rəhbərlik ediblər.",
        "2019-03-14",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.roles == [("agent", "elnur-qasimli"), ("agent", "andris-kalnins")]
    assert meeting.date is not None and meeting.date.spec == "2019-03-14"
    assert not any(e.label == "Latviya" and e.type != "Country" for e in draft.new_entities)


def test_those_who_represented_the_sides_met_on_the_day_the_meeting_was_told() -> None:
    draft = draft_of(
        'Dekabrın 10-da "Samur" sərhəd-buraxılış məntəqəsində Azərbaycan və Rusiya sərhəd komissarlarının '
        "növbəti görüşü keçirilib.\n"
        "Görüşdə Azərbaycan tərəfini sərhəd komissarı polkovnik Rasim Hüseynov, Rusiya tərəfini isə sərhəd "
        "komissarı polkovnik Sergey Kuzmin təmsil ediblər.\n"
        "Tərəflər 2019-cu il ərzində sərhəddə baş vermiş hadisələri təhlil etmiş, birgə tədbirləri müzakirə etmişlər.",
        "2019-12-11",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert {e for _, e in meeting.roles} == {"rasim-huseynov", "sergey-kuzmin"}
    assert meeting.date is not None and meeting.date.spec == "2019-12-10"  # not "2019", the year discussed


def test_the_delegations_members_are_received_beside_their_head() -> None:
    draft = draft_of(
        "Prezident İlham Əliyev Belarusun müdafiə naziri Andrey Karpoviçin başçılıq etdiyi nümayəndə heyətini "
        "qəbul edib.\n"
        "Nümayəndə heyətinin tərkibində general-mayor Sergey Lisovski və səfir Pavel Borodiç var.",
        "2020-03-04",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.roles == [
        ("agent", "ilham-aliyev"),
        ("counterpart", "andrey-karpovic"),
        ("counterpart", "sergey-lisovski"),
        ("counterpart", "pavel-borodic"),
    ]
