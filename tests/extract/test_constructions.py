"""Constructions that set a name's case: lists, 'arasında', delegations."""

from __future__ import annotations

from tests.extract.fixtures import draft_of


def test_countries_between_which_something_happens_are_not_its_subject() -> None:
    draft = draft_of(
        "Prezident İlham Əliyev Gürcüstanın müdafiə naziri İrakli Çikovanini qəbul edib. "
        "Dövlətimizin başçısı Azərbaycan ilə Gürcüstan arasında strateji tərəfdaşlığın inkişaf etdiyini qeyd edib. "
        "Nazir Azərbaycan və Gürcüstan arasında hərbi əməkdaşlığın əhəmiyyətini vurğulayıb."
    )
    statements = [e.roles for e in draft.events if e.type == "Statement"]
    assert statements == [[("agent", "ilham-aliyev")], [("agent", "irakli-cikovani")]]


def test_a_list_shares_the_case_of_its_last_member() -> None:
    draft = draft_of("Müdafiə naziri Zakir Həsənov Gürcüstan və Qazaxıstana səfər edib.")
    (visit,) = [e for e in draft.events if e.type == "Visit"]
    assert visit.roles[0] == ("agent", "zakir-hasanov")


def test_a_country_of_a_side_is_its_persons_country_not_a_participant() -> None:
    draft = draft_of(
        "İclasa Azərbaycan tərəfdən müdafiə nazirinin müavini general-leytenant Vaqif Abbasov, Türkiyə tərəfdən isə "
        "milli müdafiə nazirinin müavini Kenan Yazıcıoğlu həmsədrlik ediblər.",
        "2026-10-14",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert {e for _, e in meeting.roles} == {"vaqif-abbasov", "kenan-yazicioglu"}
    held = {h.holder: draft.entities[h.post] for h in draft.posts}
    assert held["kenan-yazicioglu"].country == "turkiye" and held["vaqif-abbasov"].country == "azerbaijan"
    assert "tərəfdən" not in held["kenan-yazicioglu"].role


def test_who_leads_a_ship_is_the_one_who_came() -> None:
    draft = draft_of(
        'Kontr-admiral Asqar Nurmaqambetovun rəhbərlik etdiyi "Balqaş" patrul gəmisi iyulun 14-də Bakı limanına '
        "işgüzar səfərə gəlib.",
        "2026-07-15",
    )
    (visit,) = [e for e in draft.events if e.type == "Visit"]
    assert visit.roles[0] == ("agent", "asqar-nurmaqambetov")
    assert draft.entities[visit.place or ""].label == "Bakı limanı"  # a facility's head in lower case


def test_a_signing_between_two_names_leaves_out_a_name_before_them() -> None:
    draft = draft_of(
        "Nazir Elmir Hacıyev Jan-Lui Marten ilə görüşüb. J.Martenlə görüşün sonunda Azərbaycan Respublikasının "
        'Müdafiə Sənayesi Nazirliyi ilə "Aurelis Défense" şirkəti arasında əməkdaşlığa dair anlaşma memorandumu '
        "imzalanıb.",
        "2026-06-17",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert signing.roles[0] == ("agent", "azerbaijan-ministry-of-defence-industry")
    assert [r for r, _ in signing.roles] == ["agent", "counterpart"]


def test_a_name_inside_a_participles_clause_does_not_give_the_list_its_case() -> None:
    draft = draft_of(
        "Sənədi Azərbaycanın müdafiə naziri Rafael Şirinov və ölkəmizdə rəsmi səfərdə olan Macarıstanın müdafiə "
        "naziri Laslo Varqa imzalayıblar.",
        "2025-05-21",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert {e for _, e in signing.roles} == {"rafael-sirinov", "laslo-varqa"}


def test_a_countrys_delegation_is_the_delegation_told_before_not_the_country() -> None:
    draft = draft_of(
        "General-leytenant Nədim Əşrəfin başçılıq etdiyi hərbi nümayəndə heyəti aprelin 15-də Milli Müdafiə "
        "Universitetinə səfər edib.\nQeyd edək ki, Pakistan nümayəndə heyəti aprelin 14-dən Azərbaycanda rəsmi "
        "səfərdədir.",
        "2025-04-16",
    )
    visits = [e for e in draft.events if e.type == "Visit"]
    assert [v.roles[0] for v in visits] == [("agent", "nedim-esref"), ("agent", "nedim-esref")]
    assert draft.entities[visits[0].place or ""].label == "Milli Müdafiə Universiteti"  # an institution visited
    assert visits[1].place == "azerbaijan"  # told on another day: another event


def test_a_name_before_a_place_noun_is_a_city_in_that_nouns_case() -> None:
    draft = draft_of(
        "Türkiyənin Konya şəhərində iyulun 6-da təlimin açılış mərasimi keçirilib.\n"
        "Mərasimdə general-mayor Rauf Əlixanlı iştirak edib.",
        "2020-07-06",
    )
    (ceremony,) = [e for e in draft.events if e.type == "Ceremony"]
    assert ceremony.place == "konya"
