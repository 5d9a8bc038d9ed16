"""Trigger verbs in every tense the agencies write: the perfect, the definite past, the literary perfect."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.extract.tenses import in_every_tense, other_tenses, tenses
from tests.extract.fixtures import draft_of, roles


@pytest.mark.parametrize(
    ("perfect", "forms"),
    [
        ("edib", ("etdi", "etmiş", "etmişdir", "etmişdi")),  # ed- → et- before d and m
        ("görüşüblər", ("görüşdülər", "görüşmüşlər", "görüşmüşdürlər", "görüşmüşdülər")),
        ("imzalayıb", ("imzaladı", "imzalamış", "imzalamışdır", "imzalamışdı")),  # the buffer y goes
        ("qoyub", ("qoydu", "qoymuş", "qoymuşdur", "qoymuşdu")),  # the verb's own y stays
        ("deyib", ("dedi", "demiş", "demişdir", "demişdi")),
        ("keçirilib", ("keçirildi", "keçirilmiş", "keçirilmişdir", "keçirilmişdi")),
        ("xatırladıb", ("xatırlatdı", "xatırlatmış", "xatırlatmışdır", "xatırlatmışdı")),  # and the pluperfect
    ],
)
def test_a_perfect_in_the_other_tenses(perfect: str, forms: tuple[str, ...]) -> None:
    assert other_tenses(perfect) == forms


def test_words_that_are_not_a_perfect_have_no_other_tenses() -> None:
    assert other_tenses("səfəri") == () and other_tenses("kitab") == ()
    assert in_every_tense(("səfər*", "gəlib"))[1] == ("səfər*", "gəldi")
    assert in_every_tense(("səfəri", "çərçivəsində")) == [("səfəri", "çərçivəsində")]


def test_azertac_past_tense_is_read_like_the_perfect() -> None:
    draft = draft_of(
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev fevralın 18-də İtaliyanın müdafiə naziri "
        'Françesko Rossini qəbul etdi. "Əlaqələrimiz hər il genişlənir", - deyə Prezident İlham Əliyev bildirdi.',
        "2026-02-18",
    )
    assert roles(draft, "Meeting") == [[("agent", "ilham-aliyev"), ("counterpart", "francesko-rossi")]]
    assert roles(draft, "Statement") == [[("agent", "ilham-aliyev")]]


def test_a_broken_tense_table_is_one_error_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "tenses.yaml"
    broken.write_text("perfect: [ıb, ib]\nplural: [lar, lər]\nforms: [dı]\nplural_forms: [dılar]\n", encoding="utf-8")
    with pytest.raises(KgError, match="give the perfect's 4 forms") as err:
        tenses(broken)
    assert str(broken) in str(err.value)


def test_a_meeting_told_in_the_pluperfect_is_a_meeting() -> None:
    draft = draft_of(
        "Xatırladaq ki, müdafiə naziri Zakir Həsənov ötən ay Ankarada Türkiyənin milli müdafiə naziri ilə görüşmüşdü."
    )
    assert roles(draft, "Meeting")
