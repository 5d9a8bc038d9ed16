"""What was signed: the document's name in the nominative, as an Agreement linked or drafted once."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.fixtures import SEED, draft_of
from kg.cli import main
from kg.extract import extract, extraction_register
from kg.extract.documents import nominative
from kg.extract.draft import render_entities, render_facts
from kg.extract.lexicon import lexicon
from kg.facts.text import read_utf8

STEMS = lexicon().document_stems


@pytest.mark.parametrize(
    ("words", "passive", "name"),
    [
        ("hərbi əməkdaşlıq planını", False, "hərbi əməkdaşlıq planı"),  # accusative of a compound
        ("Anlaşma Memorandumunu", False, "Anlaşma Memorandumu"),
        ("əməkdaşlıq memorandumu", False, "əməkdaşlıq memorandumu"),  # a compound as a bare object
        ("haqqında sazişi", False, "haqqında saziş"),  # a simple noun's accusative after a postposition
        ("haqqında saziş", True, "haqqında saziş"),
        ("əməkdaşlıq protokolu", True, "əməkdaşlıq protokolu"),  # passive: the subject, nominative
        ("hərbi əməkdaşlıq müqaviləsini", False, "hərbi əməkdaşlıq müqaviləsi"),
        ("dair müqaviləni", False, "dair müqavilə"),  # a vowel stem's accusative
        ("əməkdaşlıq protokoluna", False, "əməkdaşlıq protokolu"),  # "protokoluna imza atıblar": the dative
        ("əməkdaşlıq protokolunun", True, "əməkdaşlıq protokolu"),  # "protokolunun imzalanması": the genitive
        ("dair protokola", False, "dair protokol"),
    ],
)
def test_the_document_is_named_in_the_nominative(words: str, passive: bool, name: str) -> None:
    assert nominative(words, STEMS, passive) == name


def test_a_signing_names_what_was_signed_as_a_drafted_agreement() -> None:
    draft = draft_of(
        "Azərbaycanın müdafiə naziri Zakir Həsənov və Qazaxıstanın müdafiə naziri Yerlan Baymuxanov "
        "2026-cı il üçün hərbi əməkdaşlıq planını imzalayıblar."
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    info = draft.entities[signing.signed or ""]
    assert (info.type, info.label, info.new) == ("Agreement", "hərbi əməkdaşlıq planı", True)


def test_two_parties_sign_an_agreement_the_draft_writes_it_for_the_register() -> None:
    draft = draft_of("Azərbaycan və Qazaxıstan müdafiə sahəsində əməkdaşlıq haqqında sazişi imzalayıblar.")
    (signing,) = draft.events
    assert draft.entities[signing.signed or ""].label == "müdafiə sahəsində əməkdaşlıq haqqında saziş"
    assert f"signed: {signing.signed}" in render_facts(draft)
    drafted = render_entities(draft)
    assert f"{signing.signed}:\n  type: Agreement\n" in drafted
    assert "label:\n    en: müdafiə sahəsində əməkdaşlıq haqqında saziş" in drafted


def test_the_seeds_programme_is_linked_to_the_register_not_drafted_again() -> None:
    draft = extract(read_utf8(SEED / "article.txt"), date(2025, 12, 4), extraction_register(None))
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert signing.signed == "uk-azerbaijan-defence-cooperation-programme-2025"
    assert all(e.type != "Agreement" for e in draft.new_entities)


def test_a_reviewed_draft_with_a_drafted_agreement_builds(tmp_path: Path) -> None:
    """The drafted Agreement, moved into the register as kg extract wrote it, is what the signing names."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEED.parent, corpus)
    folder = corpus / "invented-2026-01-12-signing"
    folder.mkdir()
    body = "Azərbaycan ilə Qazaxıstan arasında müdafiə sahəsində əməkdaşlıq haqqında saziş imzalanıb."
    text = f"Saziş imzalanıb\n{body}\n"
    (folder / "article.txt").write_text(text, encoding="utf-8")
    (folder / "article.yaml").write_text(
        'title: Saziş imzalanıb\npublisher: report\npublished: "2026-01-12T10:00:00+04:00"\nlanguage: az\n',
        encoding="utf-8",
    )
    draft = draft_of(body, "2026-01-12")
    (folder / "facts.yaml").write_text(render_facts(draft).replace("review: draft", "review: reviewed"), "utf-8")
    with (corpus / "entities.yaml").open("a", encoding="utf-8") as register:
        register.write("\n" + render_entities(draft))
    built = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "g.ttl")])
    assert built.exit_code == 0, built.output
    assert "kgo:signed kgr:mudafie-sahesinde-emekdasliq-haqqinda-sazis" in (tmp_path / "g.ttl").read_text("utf-8")


def test_the_document_signed_again_by_people_is_one_signing_of_one_agreement() -> None:
    draft = draft_of(
        "Bu gün Bakıda Azərbaycan Respublikasının Müdafiə Nazirliyi ilə Macarıstan Müdafiə Nazirliyi arasında "
        "hərbi-texniki əməkdaşlıq haqqında Saziş imzalanıb.\nSənədi Azərbaycanın müdafiə naziri Rafael Şirinov və "
        "ölkəmizdə rəsmi səfərdə olan Macarıstanın müdafiə naziri Laslo Varqa imzalayıblar.",
        "2025-05-21",
    )
    (signing,) = [e for e in draft.events if e.type == "AgreementSigning"]
    assert signing.roles == [("agent", "rafael-sirinov"), ("counterpart", "laslo-varqa")]
    assert draft.entities[signing.signed or ""].label == "hərbi-texniki əməkdaşlıq haqqında Saziş"
    assert signing.place == "baku" and signing.date is not None and signing.date.spec == "2025-05-21"
