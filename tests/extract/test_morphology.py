"""Base forms of names: case endings removed by vowel harmony (lexicon/endings.yaml)."""

from __future__ import annotations

import pytest

from kg.extract.morphology import analyses, base_name
from kg.extract.text import fold


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Bakıda", "Bakı"),
        ("Bakıya", "Bakı"),
        ("Bakıdakı", "Bakı"),
        ("Londonda", "London"),
        ("Koakerin", "Koaker"),
        ("Britaniyanın", "Britaniya"),
        ("Beridzeni", "Beridze"),
        ("Türkiyəyə", "Türkiyə"),
        ("İstanbulda", "İstanbul"),  # dotted İ kept in the base
        ("Iğdırda", "Iğdır"),  # dotless I: harmony reads ı as a back vowel
        ("Mərkəzində", "Mərkəzi"),  # possessive kept, case removed (n after the possessive)
        ("Xiyabanını", "Xiyabanı"),
        ("Qrupunun", "Qrupu"),
        ("Nazirliyinin", "Nazirliyi"),
        ("ATƏT-in", "ATƏT"),  # an ending after a hyphen
        ("Çexiya", "Çexiya"),  # -ya here is the name's own: harmony refuses a dative
        ("Astana", "Astana"),  # a bare final vowel is not removed without a known base
        ("Həsənov", "Həsənov"),
    ],
)
def test_base_name_without_a_lexicon(word: str, base: str) -> None:
    assert base_name(word) == base


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Azərbaycana", "Azərbaycan"),
        ("Ermənistana", "Ermənistan"),
        ("Azərbaycanın", "Azərbaycan"),
        ("Astanaya", "Astana"),
        ("Qazaxıstanı", "Qazaxıstan"),
    ],
)
def test_base_name_with_known_names(word: str, base: str) -> None:
    known = {fold(n) for n in ("Azərbaycan", "Ermənistan", "Astana", "Qazaxıstan", "Bakı")}
    assert base_name(word, known) == base


def test_bare_vowel_endings_are_ambiguous_without_a_lexicon() -> None:
    assert base_name("Azərbaycana") == "Azərbaycana"
    assert {a.base for a in analyses("Azərbaycana")} == {"Azərbaycana", "Azərbaycan"}


def test_cases_are_named() -> None:
    cases = {a.base: a.case for a in analyses("Bakıda")}
    assert cases["Bakı"] == "locative"
    assert {a.case for a in analyses("Koakerin") if a.base == "Koaker"} == {"genitive"}


def test_the_ending_table_is_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kg.errors import KgError
    from kg.extract.morphology import endings

    assert {e.case for e in endings()} >= {"genitive", "dative", "accusative", "locative", "ablative", "comitative"}
    broken = tmp_path / "endings.yaml"
    broken.write_text("endings:\n  - {case: dative, after: vowel, forms: [ya]}\n", encoding="utf-8")
    with pytest.raises(KgError, match="give 2 or 4 forms"):
        endings(broken)


@pytest.mark.parametrize(
    ("word", "base", "case"),
    [
        ("Güləri", "Gülər", "accusative"),
        ("Türkiyənin", "Türkiyə", "genitive"),
        ("Naxçıvana", "Naxçıvan", "dative"),
        ("Nazirliyindən", "Nazirliyi", "ablative"),
        ("NATO-nun", "NATO", "genitive"),
        ("Qoşunlarının", "Qoşunları", "genitive"),
    ],
)
def test_oblique_cases_have_their_reading(word: str, base: str, case: str) -> None:
    assert (base, case) in {(a.base, a.case) for a in analyses(word)}
