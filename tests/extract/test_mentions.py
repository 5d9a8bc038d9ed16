"""Mentions: names in oblique cases, titles, ranks and modifiers, initials."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def _new(draft, kind: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {e.label: e for e in draft.entities.values() if e.new and e.type == kind}


def test_an_accusative_name_before_qebul_edib_is_drafted_in_the_nominative() -> None:
    draft = draft_of("Müdafiə naziri Zakir Həsənov Türkiyənin milli müdafiə naziri Yaşar Güləri qəbul edib.")
    assert "Yaşar Gülər" in _new(draft, "Person")  # not "Yaşar Güləri": the object of "qəbul edib" is accusative
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.roles == [("agent", "zakir-hasanov"), ("counterpart", "yasar-guler")]


def test_a_country_only_as_a_modifier_is_drafted_once_in_the_nominative() -> None:
    draft = draft_of(
        "Türkiyənin milli müdafiə naziri Yaşar Gülər Bakıya səfər edib. Türkiyə ilə əməkdaşlıq genişlənir."
    )
    countries = _new(draft, "Country")
    assert list(countries) == ["Türkiyə"]  # Türkiyənin and Türkiyə: one entity, in the nominative
    assert "turkiye" in draft.used_entities()  # through the post the title names


def test_an_acronym_with_its_ending_is_an_organisation_and_a_modifier() -> None:
    draft = draft_of("NATO-nun Cənubi Qafqaz üzrə xüsusi nümayəndəsi Xavyer Montero Bakıya səfər edib.")
    (held,) = draft.posts
    post = draft.entities[held.post]
    assert held.holder == "xavyer-montero" and post.organization == "nato"
    assert draft.entities["nato"].type == "Organization"


def test_an_organisation_in_the_genitive_before_a_title_and_a_rank() -> None:
    draft = draft_of("Azərbaycan Quru Qoşunlarının komandanı general-leytenant Elvin Nəzərov Fergus Auld ilə görüşüb.")
    person = _new(draft, "Person")["Elvin Nəzərov"]
    assert person.rank == "general-leytenant"  # Elvin is a first name, not "Elv" + genitive
    (held,) = draft.posts
    post = draft.entities[held.post]
    assert draft.entities[post.organization].label == "Azərbaycan Quru Qoşunları"
    assert post.country == "azerbaijan" and post.role == "komandanı"


def test_a_numbered_rank_belongs_to_the_person_not_to_an_organisation() -> None:
    draft = draft_of(
        "Prezident İlham Əliyevin Sərəncamı ilə 1-ci dərəcəli kapitan Elnur Babayev "
        "Hərbi Dəniz Qüvvələrinin Qərargah rəisi vəzifəsinə təyin olunub."
    )
    people = _new(draft, "Person")
    assert people["Elnur Babayev"].rank == "1-ci dərəcəli kapitan"
    assert "Hərbi Dəniz Qüvvələri" in _new(draft, "Organization")


def test_initials_are_the_person_named_before() -> None:
    draft = draft_of(
        "Böyük Britaniyanın Azərbaycandakı səfiri Fergus Auld yanvarın 11-də "
        "general-leytenant Elvin Nəzərov ilə görüşüb. "
        "F.Auld bildirib ki, əməkdaşlıq davam edəcək. E.Nəzərov da bunu qeyd edib."
    )
    assert sorted(_new(draft, "Person")) == ["Elvin Nəzərov", "Fergus Auld"]  # F.Auld, E.Nəzərov: not new people
    agents = sorted(e.roles[0][1] for e in draft.events if e.type == "Statement")
    assert agents == ["elvin-nezerov", "fergus-auld"]


def test_a_capitalised_decree_is_not_a_place() -> None:
    draft = draft_of("Sərəncam dərc olunub. Digər Sərəncamla Vüsal Kərimov təyin olunub.")
    assert not _new(draft, "City")
