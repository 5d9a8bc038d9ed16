"""Azerbaijani text handling: case folding, base names, sentences, script checks."""

from __future__ import annotations

import pytest

from kg.aztext import analyses, base_name, check_azerbaijani, fold, sentences, upper_first
from kg.errors import KgError


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("İlham", "ilham"),  # dotted capital İ → i (str.lower gives i + a combining dot)
        ("IĞDIR", "ığdır"),  # dotless capital I → ı (str.lower gives i)
        ("İSTANBUL", "istanbul"),
        ("ATƏT-in", "atət-in"),
        ("Əliyev", "əliyev"),
        ("ŞUŞA", "şuşa"),
    ],
)
def test_fold_handles_dotted_and_dotless_i(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_upper_first_is_azerbaijani() -> None:
    assert upper_first("ilham") == "İlham"
    assert upper_first("ığdır") == "Iğdır"


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


def test_sentences_keep_initials_abbreviations_and_ranks() -> None:
    text = "Səfir F.Auld və gen. Smith görüşüb. Sonra F. Auld general-polkovnik Zakir Həsənov ilə görüşüb.\nYeni sətir"
    found = sentences(text)
    assert [s.text for s in found] == [
        "Səfir F.Auld və gen. Smith görüşüb.",
        "Sonra F. Auld general-polkovnik Zakir Həsənov ilə görüşüb.",
        "Yeni sətir",
    ]
    words = [w.text for w in found[1].words]
    assert "general-polkovnik" in words
    assert all(text[s.start : s.end] == s.text for s in found)


def test_sentences_do_not_split_inside_quotes() -> None:
    text = '"Biz razıyıq. Davam edəcəyik", - nazir bildirib. Sonra getdi.'
    assert [s.text for s in sentences(text)] == ['"Biz razıyıq. Davam edəcəyik", - nazir bildirib.', "Sonra getdi."]


def test_hyphenated_endings_stay_one_word() -> None:
    assert [w.text for w in sentences("ATƏT-in Minsk Qrupu")[0].words] == ["ATƏT-in", "Minsk", "Qrupu"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Министр обороны Азербайджана встретился с коллегой.", "Cyrillic"),
        ("The minister met his counterpart in London today.", "does not look Azerbaijani"),
        ("123 456 --- !!!", "no words"),
        ("Savunma Bakanı Ankara'da İngiliz mevkidaşı ile görüştü ve işbirliğini değerlendirdi.", "is it Turkish"),
    ],
)
def test_other_scripts_and_languages_are_refused(text: str, words: str) -> None:
    with pytest.raises(KgError, match=words):
        check_azerbaijani(text)


def test_azerbaijani_is_accepted() -> None:
    check_azerbaijani("Prezident İlham Əliyev səfiri qəbul edib.")
