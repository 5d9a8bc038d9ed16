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
        ("edib", ("etdi", "etmiş", "etmişdir", "etmişdi", "edərək")),  # ed- → et- before d and m
        ("görüşüblər", ("görüşdülər", "görüşmüşlər", "görüşmüşdürlər", "görüşmüşdülər")),
        ("imzalayıb", ("imzaladı", "imzalamış", "imzalamışdır", "imzalamışdı", "imzalayaraq")),  # the buffer y goes
        ("qoyub", ("qoydu", "qoymuş", "qoymuşdur", "qoymuşdu", "qoyaraq")),  # the verb's own y stays
        ("deyib", ("dedi", "demiş", "demişdir", "demişdi", "deyərək")),
        ("keçirilib", ("keçirildi", "keçirilmiş", "keçirilmişdir", "keçirilmişdi", "keçirilərək")),
        (
            "xatırladıb",
            ("xatırlatdı", "xatırlatmış", "xatırlatmışdır", "xatırlatmışdı", "xatırladaraq"),
        ),  # and the pluperfect
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


def test_the_converb_of_a_trigger_is_its_event_told_once() -> None:
    """From dev texts (rounds 14 and 17): "Lasota ötən ilin dekabrında Bakıya səfər edərək ..." was no visit, and
    "N.Kandelaki ilə görüşərək ... əməkdaşlığı müzakirə edib" (meeting, he discussed) must stay one meeting;
    "proqrama uyğun olaraq" (accordingly) is no act (round 19)."""
    draft = draft_of(
        "Türkiyənin milli müdafiə naziri Yaşar Güler ötən ilin dekabrında Bakıya səfər edərək zavodda olub.",
        "2009-09-14",
    )
    assert [sorted(r) for r in roles(draft, "Visit")] == [[("agent", "yasar-guler"), ("counterpart", "azerbaijan")]]
    draft = draft_of(
        "Nazir Zakir Həsənov Gürcüstanın xarici işlər nazirinin müavini Nodar Kandelaki ilə görüşərək enerji "
        "layihələri üzrə əməkdaşlığı müzakirə edib.",
        "2005-11-25",
    )
    assert roles(draft, "Meeting") == [[("agent", "zakir-hasanov"), ("counterpart", "nodar-kandelaki")]]
    assert "olaraq" not in other_tenses("olub")


def test_a_converb_and_the_verb_after_it_are_one_meeting_even_when_only_one_is_dated() -> None:
    """Regression, dev text of round 17: "Nazir həmçinin N.Kandelaki ilə görüşərək ... müzakirə edib" gave two
    meetings with Kandelaki, one undated and one dated by the conference's remembered month."""
    from datetime import date

    from kg.extract import extract, extraction_register
    from tests.extract.fixtures import DEV_DIR

    text = (DEV_DIR / "invented-2005-11-25-baku-security-conference" / "article.txt").read_text(encoding="utf-8")
    draft = extract(text, date(2005, 11, 25), extraction_register(None), "azertac")
    with_kandelaki = [e for e in draft.events if e.type == "Meeting" and "nodar-kandelaki" in {x for _, x in e.roles}]
    assert len(with_kandelaki) == 1
