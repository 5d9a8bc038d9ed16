"""Hostile article texts, fact files and registers: each is one line naming file, line and
field, exit 2 (1 for a SHACL violation), no traceback, and the previous output untouched."""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.facts.evidence import locate

from . import one_error

PREVIOUS = b"the previous graph\n"


def run_build(corpus: Path, tmp_path: Path):
    out = tmp_path / "graph.ttl"
    out.write_bytes(PREVIOUS)
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--no-cache", "-q"])
    assert out.read_bytes() == PREVIOUS, "the previous output was changed"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".graph.ttl")] == []  # no temporary left
    return result


def edit(path: Path, change: Callable[[bytes], bytes]) -> None:
    path.write_bytes(change(path.read_bytes()))


def swap(old: str, new: str) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        assert old.encode() in data, old
        return data.replace(old.encode(), new.encode(), 1)

    return change


# --- article texts -------------------------------------------------------------------------

TEXTS: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("utf-8 BOM", lambda b: b"\xef\xbb\xbf" + b, "article.txt:1: the text begins with a byte order mark (U+FEFF)"),
    ("CRLF", lambda b: b.replace(b"\n", b"\r\n"), "article.txt:1: a carriage return (CRLF or CR line endings)"),
    ("lone CR", lambda b: b.replace(b"\n", b"\r", 3), "article.txt:1: a carriage return"),
    (
        "NFD text",
        lambda b: unicodedata.normalize("NFD", b.decode()).encode(),
        "article.txt:1: decomposed letters (Unicode NFD, e.g. 'ü' written as U+0075 + U+0308)",
    ),
    ("empty", lambda b: b"", "article.txt: the article is empty"),
    ("only blanks", lambda b: b"  \n\n", "article.txt: the article is empty"),
    ("binary, not UTF-8", lambda b: bytes(range(256)) * 4, "article.txt: not UTF-8 text (invalid start byte)"),
    ("NUL bytes", lambda b: b + b"\x00\x01", "article.txt:13: a control character U+0000: this looks like binary"),
]


@pytest.mark.parametrize(("change", "message"), [t[1:] for t in TEXTS], ids=[t[0] for t in TEXTS])
def test_an_unusable_article_text_is_one_line(change, message: str, corpus: Path, article: Path, tmp_path) -> None:
    edit(article / "article.txt", change)
    one_error(run_build(corpus, tmp_path), f"{article}/{message}")


def test_nfd_quotes_against_an_nfc_article_say_so(corpus: Path, article: Path, tmp_path: Path) -> None:
    edit(article / "facts.yaml", lambda b: unicodedata.normalize("NFD", b.decode()).encode())
    one_error(
        run_build(corpus, tmp_path),
        f"{article}/facts.yaml:12: source.evidence: the quote",
        "has decomposed letters (Unicode NFD) where the article has composed ones (NFC); save the fact file in NFC",
    )


def test_offsets_index_the_text_exactly_for_every_quote(seed_build) -> None:
    # what the SHACL shapes also check on every build: text[start:end] is the quote, in code points
    from kg.namespaces import OA, SCHEMA

    texts = {s: str(o) for s, o in seed_build.graph.subject_objects(SCHEMA.text)}
    text = next(iter(texts.values()))
    starts = {s: int(o) for s, o in seed_build.graph.subject_objects(OA.start)}
    ends = {s: int(o) for s, o in seed_build.graph.subject_objects(OA.end)}
    exacts = {str(o) for o in seed_build.graph.objects(None, OA.exact)}
    assert starts and {text[starts[s] : ends[s]] for s in starts} == exacts


# --- fact files ----------------------------------------------------------------------------

LAUGHS = "lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(12)
)
FACTS: list[tuple[str, str, str, str]] = [
    (
        "duplicate key",
        "  visit:\n",
        "  visit:\n    type: Visit\n",
        "facts.yaml:31: duplicate key 'type' (first on line 30)",
    ),
    (
        "billion laughs",
        "    purpose:\n      en: to strengthen",
        "    purpose: &bomb [*m, *m, *m, *m, *m, *m, *m, *m, *m]\n"
        "    notes: [*bomb, *bomb, *bomb]\n    x:\n      en: to",
        "an alias repeats a mapping or a nested list",
    ),
    (
        "very deep nesting",
        "events:\n",
        "deep: " + "[" * 20000 + "]" * 20000 + "\nevents:\n",
        "exceeded maximum nesting depth",
    ),
    (
        "quote occurring twice",
        "evidence: Azərbaycan Prezidenti İlham Əliyev",
        "evidence: bir sıra görüşlər",
        "facts.yaml:20: posts[1].evidence: the quote 'bir sıra görüşlər' occurs 2 times in the article (on its "
        "lines 1, 4); quote more of the words around the one you mean",
    ),
    (
        "empty quote",
        "evidence: Azərbaycan Prezidenti İlham Əliyev",
        'evidence: ""',
        "facts.yaml:20: posts[1].evidence: the quote is empty",
    ),
    (
        "year 0000",
        "date: {not_after: published}",
        'date: "0000-01"',
        "events.visit.date: '0000-01': there is no year 0000 in the calendar",
    ),
    ("year 0000 as a day", "date: {not_after: published}", 'date: "0000-01-01"', "there is no year 0000"),
    (
        "a month that is no month",
        "date: {not_after: published}",
        'date: "2025-00"',
        "events.visit.date: '2025-00' has no month 00",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), [f[1:] for f in FACTS], ids=[f[0] for f in FACTS])
def test_a_hostile_fact_file_is_one_line(old: str, new: str, message: str, corpus, article, tmp_path) -> None:
    if "*m" in new:
        edit(article / "facts.yaml", lambda b: LAUGHS.replace("lol: &a", "m: &a").encode() + b)
    edit(article / "facts.yaml", swap(old, new))
    started = time.monotonic()
    line = one_error(run_build(corpus, tmp_path), f"{article}/facts.yaml:", message)
    assert re.match(rf"kg: error: {re.escape(str(article))}/facts\.yaml:\d+: ", line), line  # the line it stands on
    assert time.monotonic() - started < 10  # nothing expands, nothing loops


def test_a_billion_laughs_register_does_not_expand(corpus: Path, tmp_path: Path) -> None:
    edit(corpus / "entities.yaml", lambda b: LAUGHS.encode() + b)
    one_error(run_build(corpus, tmp_path), f"{corpus}/entities.yaml:2: an alias repeats a mapping or a nested list")


def test_shared_evidence_through_an_alias_still_works(seed_build) -> None:
    assert len(seed_build.graph) > 800  # the seed repeats a list of quotes with &bilateral-meetings / *...


def test_a_publication_time_without_zone_is_one_line(corpus: Path, article: Path, tmp_path: Path) -> None:
    edit(article / "article.yaml", swap('"2025-12-04T21:14:00+04:00"', '"2025-12-04T21:14:00"'))
    one_error(
        run_build(corpus, tmp_path),
        f"{article}/article.yaml:4: published: '2025-12-04T21:14:00' is not a date and time with its zone",
    )


def test_a_date_of_9999_12_is_one_line_at_its_field(corpus, article, tmp_path) -> None:
    edit(article / "facts.yaml", swap("date: {not_after: published}", 'date: "9999-12"'))
    result = run_build(corpus, tmp_path)
    one_error(result, "facts.yaml:", ".date: 9999-12 is after the article's publication (2025-12-04)")


def test_locate_never_gives_offsets_that_do_not_index_the_text() -> None:
    text = "Bakı\nəməkdaşlıq — İlham Əliyev “sitat” 🙂 sonra"
    for words in ("əməkdaşlıq", "İlham Əliyev", "“sitat”", "🙂 sonra"):
        quote = locate(words, text)
        assert text[quote.start : quote.end] == words


# --- entity ids and labels -----------------------------------------------------------------

UNSAFE_IDS = ["vernon coaker", "vernon<coaker>", 'vernon"coaker', "vernon/coaker", "vernon-çoaker", "../vernon"]


@pytest.mark.parametrize("bad", UNSAFE_IDS)
def test_an_entity_id_unsafe_in_an_iri_is_one_line(bad: str, corpus: Path, tmp_path: Path) -> None:
    quoted = '"' + bad.replace('"', '\\"') + '"'
    edit(corpus / "entities.yaml", swap("\nvernon-coaker:", f"\n{quoted}:"))
    one_error(
        run_build(corpus, tmp_path),
        f"{corpus}/entities.yaml:7: {bad}: {bad!r} cannot be an entity id: ids become IRIs, so use only ASCII",
    )


def test_an_event_id_unsafe_in_an_iri_is_one_line(corpus: Path, article: Path, tmp_path: Path) -> None:
    edit(article / "facts.yaml", swap("  visit:\n", "  visit <x>:\n"))
    edit(article / "facts.yaml", lambda b: b.replace(b"part_of: visit\n", b"part_of: visit <x>\n"))
    one_error(run_build(corpus, tmp_path), "facts.yaml:29: events.visit <x>: 'visit <x>' cannot be an event id")


def test_an_article_folder_name_unsafe_in_an_iri_is_one_line(corpus: Path, article: Path, tmp_path: Path) -> None:
    renamed = article.rename(corpus / "report 2025 <coaker>")
    one_error(
        run_build(corpus, tmp_path), f"{renamed}: the folder name 'report 2025 <coaker>' becomes the article's IRI"
    )


def test_two_entities_with_the_same_label_stay_two_and_a_name_that_means_both_is_refused(
    corpus: Path, tmp_path: Path
) -> None:
    edit(
        corpus / "entities.yaml",
        swap("label: {en: Ilham Aliyev, az: İlham Əliyev}", "label: {en: Vernon Coaker, az: Vernon Koaker}"),
    )
    out = tmp_path / "graph.ttl"
    built = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--no-cache", "-q"])
    assert built.exit_code == 0, built.output  # namesakes are allowed: their ids tell them apart
    text = out.read_text(encoding="utf-8")
    assert "kgr:vernon-coaker" in text and "kgr:ilham-aliyev" in text
    result = CliRunner().invoke(main, ["path", "Vernon Coaker", "Armenia", "--data", str(out)])
    line = one_error(result, "Vernon Coaker")
    assert "ilham-aliyev" in line and "vernon-coaker" in line
