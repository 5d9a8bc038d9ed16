"""Azerbaijani text handling: case folding, sentences, script checks."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extract.text import check_azerbaijani, fold, sentences, upper_first


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


def test_a_quotation_opening_the_next_sentence_on_the_same_line_belongs_to_it() -> None:
    """spaCy left the opening quotation mark with the sentence before: the quote's statement was lost."""
    from kg.extract.text import sentences

    found = sentences('Başlıq\nNazir X ilə görüşüb. "Bu çox vacibdir", - deyə o bildirib. Sonra Y gəlib.')
    assert [s.text for s in found] == [
        "Başlıq",
        "Nazir X ilə görüşüb.",
        '"Bu çox vacibdir", - deyə o bildirib.',
        "Sonra Y gəlib.",
    ]
