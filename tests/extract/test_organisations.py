"""Organisations named in lower case or in quotes, and the home country as 'ölkəmiz'."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def test_a_quoted_company_is_an_organisation_of_the_country_before_it() -> None:
    draft = draft_of('Müdafiə Sənayesi Nazirliyi İtaliyanın "Vetra Difesa" şirkəti ilə memorandum imzalayıb.')
    (company,) = [e for e in draft.entities.values() if e.new and e.label == "Vetra Difesa"]
    assert company.country == "italiya"
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert ("counterpart", company.id) in signing.roles
    assert ("counterpart", "italiya") not in signing.roles  # the country only qualifies the company


def test_our_country_is_the_home_country_in_its_case() -> None:
    draft = draft_of("Gürcüstanın müdafiə naziri İrakli Çikovani rəsmi səfərlə ölkəmizə gəlib.")
    assert [(e.type, e.place) for e in draft.events] == [("Visit", "azerbaijan")]


def test_a_quoted_name_before_a_facility_noun_is_a_facility() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        'Oktyabrın 25-də "Qırmızı Körpü" sərhəd-buraxılış məntəqəsində polkovnik Elxan Bağırlı ilə polkovnik '
        "Zaza Meskhi arasında görüş keçirilib.",
        "2017-10-25",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert draft.entities[meeting.place or ""].label == "Qırmızı Körpü"
    assert draft.entities[meeting.place or ""].type == "Facility"


def test_a_plural_academies_is_an_organisation_and_keeps_a_list_of_participants_whole() -> None:
    draft = draft_of(
        "Mərasimdə müdafiə naziri Zakir Həsənov, Türkiyə Silahlı Qüvvələrinin Harp Akademiyaları komandanı "
        "general-leytenant Hüseyin Altıntaş və Gürcüstan Milli Müdafiə Akademiyasının rektoru İrakli Qoqava "
        "iştirak ediblər.",
        "2015-06-26",
    )
    assert any(e.label == "Harp Akademiyaları" and e.type == "Organization" for e in draft.entities.values())
    (ceremony,) = [e for e in draft.events if e.type == "Ceremony"]
    assert {e for _, e in ceremony.roles} == {"zakir-hasanov", "huseyin-altintas", "irakli-qoqava"}


def test_a_ministers_post_is_in_the_ministry_the_register_has_and_drafts_none() -> None:
    draft = draft_of(
        "Azərbaycan Respublikası müdafiə nazirinin birinci müavini - Baş Qərargah rəisi general-polkovnik "
        "Teymur Ağalarov Belarusun müdafiə nazirinin müavini Oleq Voinov ilə görüşüb.",
        "2018-04-17",
    )
    organizations = {held.holder: draft.entities[held.post].organization for held in draft.posts}
    assert organizations["oleq-voinov"] is None  # the register has no Belarusian ministry: none is drafted
    assert "azerbaijan-ministry-of-defence" in {
        draft.entities[h.post].organization for h in draft.posts if h.holder == "teymur-agalarov"
    }


def test_a_body_of_the_republic_is_named_with_the_country_s_name_but_a_ministry_keeps_its_own() -> None:
    """GUIDE.md: the full name with the country's name ("Azərbaycan Hərbi Hava Qüvvələri")."""
    draft = draft_of(
        "Polkovnik Elşən Mahmudov Azərbaycan Respublikası Hərbi Hava Qüvvələrinin komandanı təyin edilib. "
        "Azərbaycan Respublikası Xarici İşlər Nazirliyinin nümayəndəsi Rəşad Əliyev bildirib ki, bu vacibdir.",
        "2026-06-25",
    )
    labels = {e.label for e in draft.new_entities if e.type == "Organization"}
    assert {"Azərbaycan Hərbi Hava Qüvvələri", "Azərbaycan Respublikası Xarici İşlər Nazirliyi"} <= labels


def test_the_sides_between_two_countries_ministries_are_the_ministries() -> None:
    """'Azərbaycan və Ukrayna müdafiə nazirlikləri arasında ... imzalanıb': the ministries sign (round 17)."""
    draft = draft_of(
        "Qeyd edək ki, Azərbaycan və Ukrayna müdafiə nazirlikləri arasında 2005-ci il üçün ikitərəfli əməkdaşlıq "
        "planı ötən ilin dekabrında Bakıda imzalanıb.",
        "2005-02-17",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    labels = [(role, draft.entities[e].label) for role, e in signing.roles]
    assert labels == [
        ("agent", "Azərbaycan Respublikası Müdafiə Nazirliyi"),
        ("counterpart", "Ukrayna Müdafiə Nazirliyi"),
    ]


def test_the_two_countries_ministries_are_ours_and_the_other_countrys_of_national_defence() -> None:
    """'iki ölkənin müdafiə nazirlikləri arasında imzalanmış plan': ours and Türkiyə's, whose ministry is of
    National Defence (round 18)."""
    draft = draft_of(
        "Azərbaycanın müdafiə naziri Elbrus Qəmbərli Türkiyə Quru Qoşunlarının komandanı orgeneral Ahmet Yücetürk ilə "
        "görüşüb. Görüşdə tərəflər iki ölkənin müdafiə nazirlikləri arasında bu ilin yanvarında Ankarada imzalanmış "
        "2004-cü il üçün hərbi əməkdaşlıq planının icrasını müzakirə ediblər.",
        "2004-09-22",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    labels = sorted(draft.entities[e].label for _, e in signing.roles)
    assert labels == ["Azərbaycan Respublikası Müdafiə Nazirliyi", "Türkiyə Milli Müdafiə Nazirliyi"]


def test_people_who_sign_between_the_two_countries_ministries_stay_the_sides() -> None:
    draft = draft_of(
        "Xarici işlər nazirinin müavini Kamran Aslanov Sloveniyanın xarici işlər nazirinin müavini Mateja Vrxovnik "
        "ilə görüşüb. Görüşün yekununda K.Aslanov və M.Vrxovnik iki ölkənin xarici işlər nazirlikləri arasında "
        "Anlaşma Memorandumu imzalayıblar.",
        "2010-05-20",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert {draft.entities[e].type for _, e in signing.roles} == {"Person"}


def test_the_two_countries_sign_what_was_signed_between_them_the_host_first() -> None:
    """'... bildirib ki, iki ölkə arasında martda Astanada imzalanmış memorandum': Qazaxıstan and Azərbaycan
    signed, not the one who speaks; in Astana, Qazaxıstan first (round 18)."""
    draft = draft_of(
        "Oktyabrın 26-da Azərbaycan Respublikasının xarici işlər naziri Elçin Nəsibzadə Qazaxıstan Respublikasının "
        "xarici işlər naziri Marat Tasbolatov ilə telefonla danışıb. E.Nəsibzadə bildirib ki, iki ölkə arasında "
        "martda Astanada imzalanmış təhlükəsizlik sahəsində əməkdaşlığa dair memorandum uğurla həyata keçirilir.",
        "2004-10-27",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert [(r, draft.entities[e].label) for r, e in signing.roles] == [
        ("agent", "Qazaxıstan"),
        ("counterpart", "Azərbaycan"),
    ]


def test_a_passive_signing_between_the_two_countries_ministries_is_theirs_after_a_person_named() -> None:
    """'N.Rzabəyli iyulda Ankaraya rəsmi səfər edib və səfər zamanı iki ölkənin xarici işlər nazirlikləri arasında
    ... proqramı imzalanıb' (round 19): the ministries signed, Türkiyə's first (in Ankara)."""
    draft = draft_of(
        "Azərbaycanın xarici işlər naziri Nazim Rzabəyli Türkiyənin xarici işlər naziri Ahmet Nuri Bayraktar ilə "
        "telefonla danışıb. Xatırladaq ki, N.Rzabəyli iyulda Ankaraya rəsmi səfər edib və səfər zamanı iki ölkənin "
        "xarici işlər nazirlikləri arasında 2002-2003-cü illər üçün əməkdaşlıq proqramı imzalanıb.",
        "2002-08-23",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert [(r, draft.entities[e].label) for r, e in signing.roles] == [
        ("agent", "Türkiyə Xarici İşlər Nazirliyi"),
        ("counterpart", "Azərbaycan Respublikası Xarici İşlər Nazirliyi"),
    ]
