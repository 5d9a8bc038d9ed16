"""hosts.py: receptions told in the passive ("X Y tərəfindən qəbul olunub")."""

from __future__ import annotations

from tests.extract.fixtures import draft_of, roles

DELEGATION = (
    "NATO Parlament Assambleyasının komitəsinin sədri Rikard Lindberqin rəhbərlik etdiyi nümayəndə heyəti "
    "Bakıya səfər edib.\n"
)


def test_the_one_before_terefinden_is_the_host_and_the_delegation_its_guest() -> None:
    draft = draft_of(
        DELEGATION + "Noyabrın 19-da nümayəndə heyəti xarici işlər naziri Ramiz Babazadə tərəfindən qəbul olunub.",
        "2019-11-19",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.roles == [("agent", "ramiz-babazade"), ("counterpart", "rikard-lindberq")]
    assert meeting.date is not None and meeting.date.spec == "2019-11-19"


def test_a_named_guest_before_the_host_is_the_counterpart() -> None:
    draft = draft_of(
        "Komitənin sədri Rikard Lindberq dünən nazir Ramiz Babazadə tərəfindən qəbul edilib.", "2019-11-19"
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.roles == [("agent", "ramiz-babazade"), ("counterpart", "rikard-lindberq")]


def test_the_guests_as_an_object_before_the_host_who_received_them_too() -> None:
    draft = draft_of(
        DELEGATION + "Həmin gün qonaqları müdafiə nazirinin müavini general-leytenant Kərəm Şıxəliyev də qəbul edib.",
        "2019-11-19",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.roles == [("agent", "kerem-sixeliyev"), ("counterpart", "rikard-lindberq")]


def test_the_head_of_the_delegation_received_is_the_one_who_leads_it() -> None:
    draft = draft_of(
        "Müdafiə nazirinin müavini general-leytenant Kamil Rzazadənin rəhbərlik etdiyi nümayəndə heyəti "
        "Türkiyəyə işgüzar səfərə yola düşüb.\n"
        "Noyabrın 12-də Azərbaycan nümayəndə heyətinin rəhbəri korgeneral Levent Toprak tərəfindən qəbul olunub.",
        "2019-11-19",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.roles == [("agent", "levent-toprak"), ("counterpart", "kamil-rzazade")]


def test_the_heads_of_the_listed_countries_delegations_are_the_ones_received() -> None:
    """From a dev text (round 22): "Gürcüstan ... və Moldova nümayəndə heyətlərinin rəhbərləri X tərəfindən qəbul
    ediliblər" was a reception of Georgia; the heads are the people who led those sides, named before."""
    draft = draft_of(
        "Bu gün Bakıda GUÖAM-ın milli koordinatorlarının növbəti görüşü keçirilib.\n"
        "Görüşdə Azərbaycan nümayəndə heyətinə xarici işlər nazirinin müavini Fikrət Səfərbəyli, Gürcüstan "
        "nümayəndə heyətinə xarici işlər nazirinin birinci müavini Nuqzar Bakradze, Moldova nümayəndə heyətinə isə "
        "xarici işlər nazirinin müavini İon Rusnak rəhbərlik ediblər.\n"
        "Həmin gün Gürcüstan və Moldova nümayəndə heyətlərinin rəhbərləri Azərbaycan Respublikasının Prezidenti "
        "Heydər Əliyev tərəfindən qəbul ediliblər.",
        "1999-07-15",
    )
    assert roles(draft, "Meeting")[1] == [
        ("agent", "heyder-eliyev"),
        ("counterpart", "nuqzar-bakradze"),
        ("counterpart", "ion-rusnak"),
    ]
