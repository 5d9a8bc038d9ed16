"""Entity linking: the register's entities in any case or spelling; new ones drafted once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.lexicon import lexicon
from kg.extract.linking import Names, slug
from kg.facts.register import load_register
from tests.extract.fixtures import INVENTED_DIR, draft_of

REGISTER = INVENTED_DIR / "entities.yaml"  # knows Yaşar Gülər, Türkiyə, Naxçıvan ...


@pytest.mark.parametrize(
    ("body", "linked"),
    [
        ("Zakir Həsənov Yaşar Güləri qəbul edib.", "yasar-guler"),  # accusative
        ("Türkiyənin milli müdafiə naziri Bakıya səfər edib.", "turkey"),  # genitive
        ("Böyük Britaniyanın səfiri Bakıya səfər edib.", "united-kingdom"),  # genitive of a two-word name
        ("Yaşar Gülər Naxçıvana səfər edib.", "nakhchivan"),  # dative
        ("Bu barədə Gürcüstan Xarici İşlər Nazirliyindən məlumat verilib.", "georgia-ministry-of-foreign-affairs"),
    ],
)
def test_names_in_oblique_cases_link_to_the_register(body: str, linked: str) -> None:
    draft = draft_of(body, register_path=REGISTER)
    found = {m for m in draft.used_entities()} | {e.id for e in draft.entities.values() if not e.new}
    assert linked in found
    assert not [e for e in draft.new_entities if e.type != "Post"]  # linked, never duplicated


def test_the_ablative_source_is_linked() -> None:
    draft = draft_of(
        "Nazir Bakıya səfər edib.\nBu barədə Gürcüstan Xarici İşlər Nazirliyindən məlumat verilib.",
        register_path=REGISTER,
    )
    assert draft.source is not None and draft.source[0] == "georgia-ministry-of-foreign-affairs"


def test_another_spelling_of_a_registered_person_is_linked(tmp_path: Path) -> None:
    register = tmp_path / "entities.yaml"  # the register without its alias "Yaşar Güler"
    register.write_text(REGISTER.read_text(encoding="utf-8").replace("  aliases: {az: [Yaşar Güler]}\n", ""))
    assert "Yaşar Güler]" not in register.read_text(encoding="utf-8")
    draft = draft_of("Zakir Həsənov Yaşar Güler ilə görüşüb.", register_path=register)
    (meeting,) = draft.events
    assert ("counterpart", "yasar-guler") in meeting.roles  # Güler / Gülər: rapidfuzz ratio ≥ 90
    assert draft.new_entities == []


def test_a_feminine_surname_is_not_a_spelling_of_the_masculine() -> None:
    names = Names(load_register(REGISTER), lexicon())
    first = names.new_entity("Person", "Elnur Babayev", "", 0.5)
    assert names.new_entity("Person", "Elnur Babayeva", "", 0.5) != first
    assert names.new_entity("Person", "Elnur Babayev", "", 0.5) == first  # drafted once


def test_a_drafted_city_lies_in_its_country() -> None:
    draft = draft_of("Nazir Yaşar Gülər Gəncəyə səfər edib.")
    (visit,) = draft.events
    assert draft.entities[visit.place].label == "Gəncə" and draft.entities[visit.place].country == "azerbaijan"
    assert ("counterpart", "azerbaijan") in visit.roles


def test_slugs_are_ascii() -> None:
    assert slug("Yaşar Gülər") == "yasar-guler"
    assert slug("Türkiyə: milli müdafiə naziri") == "turkiye-milli-mudafie-naziri"


def test_lexicon_countries_the_register_has_are_not_drafted(tmp_path: Path) -> None:
    draft = draft_of("Azərbaycan Respublikasının Prezidenti İlham Əliyev Bakıda Gürcüstan Prezidenti ilə görüşüb.")
    assert [e.label for e in draft.new_entities if e.type == "Country"] == ["Gürcüstan"]


def test_a_possessive_before_a_case_ending_stays_in_the_base() -> None:
    from kg.extract.linking import choose_base

    assert choose_base("Briqadasında", set(), set()).base == "Briqadası"  # not "Briqadasın" + da
    assert choose_base("Akademiyasının", set(), set()).base == "Akademiyası"
    assert choose_base("Aydının", set(), set()).base == "Aydın"  # a name in -ın keeps its n


def test_two_initials_before_a_surname_are_the_person_named_before() -> None:
    """'A.N.Bayraktar' (Ahmet Nuri Bayraktar) was no one (round 19)."""
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Azərbaycanın xarici işlər naziri Nazim Rzabəyli avqustun 22-də Türkiyənin xarici işlər naziri Ahmet Nuri "
        "Bayraktar ilə telefonla danışıb. A.N.Bayraktar isə Türkiyənin münaqişənin həllini dəstəklədiyini vurğulayıb.",
        "2002-08-23",
    )
    assert [e.roles for e in draft.events if e.type == "Statement"] == [[("agent", "ahmet-nuri-bayraktar")]]


def test_a_ministry_named_without_republic_is_the_registered_one() -> None:
    """From a dev text (round 16): "Azərbaycan Müdafiə Nazirliyi ilə Gürcüstan Müdafiə Nazirliyi arasında" drafted
    a new "Azərbaycan Müdafiə Nazirliyi" beside the register's "Azərbaycan Respublikası Müdafiə Nazirliyi"."""
    draft = draft_of(
        "Azərbaycan Müdafiə Nazirliyi ilə Gürcüstan Müdafiə Nazirliyi arasında protokol imzalanıb.", "2006-10-20"
    )
    assert "azerbaijan-ministry-of-defence" in {e for _, e in draft.events[0].roles}
    assert not any(info.new and info.label == "Azərbaycan Müdafiə Nazirliyi" for info in draft.entities.values())
