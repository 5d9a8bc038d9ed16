"""Posts held: a person's title links holder, role and country or organisation."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def _held(draft) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {h.holder: h.post for h in draft.posts}


def test_a_title_the_register_lacks_drafts_a_post_of_its_country() -> None:
    draft = draft_of("Türkiyənin milli müdafiə naziri Yaşar Gülər Bakıya səfər edib.")
    post = draft.entities[_held(draft)["yasar-guler"]]
    assert (post.type, post.role, draft.entities[post.country].label) == ("Post", "milli müdafiə naziri", "Türkiyə")
    assert post.new and post in draft.new_entities
    (held,) = draft.posts
    assert held.evidence == "Türkiyənin milli müdafiə naziri Yaşar Gülər"
    assert draft.text[held.span[0] : held.span[1]] == held.evidence  # offsets of the evidence


def test_a_registered_post_is_linked_by_role_and_country() -> None:
    draft = draft_of("Azərbaycanın müdafiə naziri general-polkovnik Zakir Həsənov Gəncəyə səfər edib.")
    assert _held(draft) == {"zakir-hasanov": "azerbaijan-minister-of-defence"}


def test_a_deputy_does_not_hold_the_ministers_post() -> None:
    draft = draft_of("Azərbaycanın müdafiə nazirinin müavini general-leytenant Əli Rüstəmov Gəncəyə səfər edib.")
    post = _held(draft)["eli-rustemov"]
    assert post != "azerbaijan-minister-of-defence"
    assert draft.entities[post].role == "müdafiə nazirinin müavini"


def test_a_title_without_country_is_the_home_countrys_post() -> None:
    """The register has the UK's and Azerbaijan's "müdafiə naziri": in Azerbaijani press, it is Azerbaijan's."""
    draft = draft_of("Müdafiə naziri Zakir Həsənov Gəncəyə səfər edib.")
    assert _held(draft) == {"zakir-hasanov": "azerbaijan-minister-of-defence"}


def test_a_title_without_country_the_register_lacks_is_drafted_for_the_home_country() -> None:
    draft = draft_of("Xarici işlər nazirinin müavini Fuad İsmayılov Tbilisiyə səfər edib.")
    post = draft.entities[_held(draft)["fuad-ismayilov"]]
    assert (post.country, post.role) == ("azerbaijan", "Xarici işlər nazirinin müavini")


def test_a_title_after_a_foreign_country_is_not_the_home_countrys() -> None:
    draft = draft_of(
        "Nazir Türkiyə tərəfdən isə milli müdafiə nazirinin müavini Kenan Yazıcıoğlu ilə görüşüb.", "2026-10-14"
    )
    assert all(draft.entities[p].country != "azerbaijan" for p in _held(draft).values())


def test_a_later_title_of_a_person_with_a_post_is_not_a_second_post() -> None:
    draft = draft_of(
        "Qazaxıstan Prezidenti Nurlan Sabitov Bakıya gəlib. Dövlət başçısı Nurlan Sabitov Şuşaya səfər edib."
    )
    assert [h.holder for h in draft.posts] == ["nurlan-sabitov"]


def test_a_list_of_titled_people_shares_its_country() -> None:
    draft = draft_of(
        "Nazir Azərbaycan Prezidenti İlham Əliyev, müdafiə naziri general-polkovnik Zakir Həsənov "
        "və müdafiə sənayesi naziri Vüqar Mustafayev ilə görüşüb."
    )
    assert _held(draft)["zakir-hasanov"] == "azerbaijan-minister-of-defence"


def test_an_embassy_written_in_lower_case_is_an_organisation_of_its_country() -> None:
    draft = draft_of(
        "Kanada silah embarqosunu aradan qaldırıb.\n"
        '"Report" xəbər verir ki, bu barədə Kanadanın Azərbaycandakı səfirliyinin yaydığı məlumatda bildirilir.'
    )
    assert draft.source is not None
    embassy = draft.entities[draft.source[0]]
    assert (embassy.type, embassy.label) == ("Organization", "Kanadanın Azərbaycandakı səfirliyi")
    assert draft.entities[embassy.country].label == "Kanada"


def test_an_appointment_names_the_post_of_the_organisation() -> None:
    draft = draft_of(
        "Prezident İlham Əliyevin Sərəncamı ilə general-mayor Vüsal Kərimov "
        "Dövlət Sərhəd Xidmətinin rəisinin müavini təyin edilib."
    )
    (event,) = draft.events
    post = draft.entities[event.post]
    assert draft.entities[post.organization].label == "Dövlət Sərhəd Xidməti"
    assert post.role == "rəisinin müavini"


def test_a_counterpart_by_demonym_holds_the_same_post_of_that_country() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of("Azərbaycanın müdafiə naziri Zakir Həsənov qazaxıstanlı həmkarı Ruslan Jaksılıkov ilə görüşüb.")
    posts = {h.holder: draft.entities[h.post] for h in draft.posts}
    post = posts["ruslan-jaksilikov"]
    assert post.role == "müdafiə naziri" and draft.entities[post.country or ""].label == "Qazaxıstan"


def test_a_counterpart_named_only_by_demonym_is_the_person_of_that_country_named_before() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Qazaxıstanın müdafiə naziri Ruslan Jaksılıkov aprelin 2-də Bakıya səfər edib. "
        "Azərbaycanın müdafiə naziri Zakir Həsənov aprelin 3-də qazaxıstanlı həmkarı ilə görüşüb.",
        published="2026-04-25",
    )
    meetings = [e.roles for e in draft.events if e.type == "Meeting"]
    assert meetings == [[("agent", "zakir-hasanov"), ("counterpart", "ruslan-jaksilikov")]]


def test_the_head_of_a_delegation_holds_no_post_by_it() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of("Nazir İtaliya nümayəndə heyətinin rəhbəri Françeska Morelli ilə görüşüb.")
    assert draft.posts == []


def test_who_is_appointed_holds_the_post() -> None:
    draft = draft_of(
        "Prezident İlham Əliyevin Sərəncamı ilə general-mayor Tahir Qurbanlı Azərbaycan Hərbi Hava Qüvvələrinin "
        "komandanı vəzifəsinə təyin olunub.",
        "2026-04-08",
    )
    (appointment,) = draft.events
    assert ("tahir-qurbanli", appointment.post) in {(h.holder, h.post) for h in draft.posts}


def test_a_board_chairman_holds_a_post_a_delegations_head_does_not() -> None:
    draft = draft_of(
        'Nazir Almaniyanın "Kessler Wehrtechnik" şirkətinin idarə heyətinin sədri Klaus Brandt ilə görüşüb. '
        "Nazir Türkiyə nümayəndə heyətinin rəhbəri Selim Koçoğlu ilə görüşüb.",
        "2026-06-17",
    )
    assert set(_held(draft)) == {"klaus-brandt"}


def test_two_posts_joined_by_a_dash_are_both_held() -> None:
    draft = draft_of(
        "Müdafiə nazirinin birinci müavini – Azərbaycan Ordusunun Baş Qərargah rəisi general-polkovnik Elçin Rzayev "
        "Qazaxıstana səfər edib.",
        "2026-11-25",
    )
    roles = sorted(draft.entities[h.post].role for h in draft.posts if h.holder == "elcin-rzayev")
    assert len(roles) == 2 and any("birinci müavini" in r for r in roles)


def test_a_counterpart_before_a_dash_is_not_a_second_post() -> None:
    draft = draft_of(
        "General-polkovnik Elçin Rzayev qazaxıstanlı həmkarı – Qazaxıstan Silahlı Qüvvələrinin Baş Qərargah rəisi "
        "general-leytenant Marat Cumabekovla danışıqlar aparıb.",
        "2026-11-25",
    )
    assert len([h for h in draft.posts if h.holder == "marat-cumabekov"]) == 1


def test_a_later_bare_title_of_a_foreign_official_is_not_a_home_post() -> None:
    draft = draft_of(
        "Nazir Zakir Həsənov Qazaxıstanın Azərbaycandakı səfiri Serik Abdraxmanovu qəbul edib.\n"
        "Səfir S.Abdraxmanov Azərbaycanda işlədiyi illəri xatırlayıb.",
        "2025-03-05",
    )
    assert all(draft.entities[h.post].country != "azerbaijan" for h in draft.posts if h.holder != "zakir-hasanov")


def test_a_demonym_counterpart_of_an_untitled_person_holds_that_persons_post() -> None:
    draft = draft_of(
        "Özbəkistanın müdafiə naziri Rustam Normatov Bakıya gəlib.\n"
        "R.Normatov dünən azərbaycanlı həmkarı general-polkovnik Zakir Həsənovla görüşüb.",
        "2025-07-09",
    )
    assert _held(draft).get("zakir-hasanov") == "azerbaijan-minister-of-defence"


def test_and_inside_the_name_of_the_body_a_post_heads_keeps_its_organisation() -> None:
    draft = draft_of(
        "Litva Respublikası Seyminin Milli təhlükəsizlik və müdafiə komitəsinin sədri Arunas Vaytkus "
        "Bakıya səfər edib.",
        "2016-10-05",
    )
    (held,) = draft.posts
    post = draft.entities[held.post]
    assert held.holder == "arunas-vaytkus"
    assert draft.entities[post.organization or ""].label == "Litva Seymi"  # the country by its name (GUIDE.md)
    assert post.role == "Milli təhlükəsizlik və müdafiə komitəsinin sədri"
