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
