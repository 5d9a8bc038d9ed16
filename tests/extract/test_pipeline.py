"""kg extract: drafting the facts of an Azerbaijani article, and loading the draft."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.extract import Draft, DraftEvent, extract
from kg.extract.draft import draft_facts, render_facts
from kg.extract.evaluation import extraction_register
from kg.facts.article import load_article
from kg.facts.register import load_register
from tests.extract.fixtures import NAVY, SEED


@pytest.fixture(scope="module")
def seed_draft() -> Draft:
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    return extract(text, date(2025, 12, 4), extraction_register(None), "report")


def _events(draft: Draft, kind: str) -> list[DraftEvent]:
    return [e for e in draft.events if e.type == kind]


def _role(event: DraftEvent, role: str) -> list[str]:
    return [e for r, e in event.roles if r == role]


def test_seed_three_meetings_with_their_counterparts(seed_draft: Draft) -> None:
    meetings = _events(seed_draft, "Meeting")
    assert sorted(_role(m, "counterpart")[0] for m in meetings) == ["ilham-aliyev", "vugar-mustafayev", "zakir-hasanov"]
    assert all(_role(m, "agent") == ["vernon-coaker"] for m in meetings)


def test_seed_embargo_decision_with_its_month(seed_draft: Draft) -> None:
    (embargo,) = _events(seed_draft, "EmbargoLifting")
    assert _role(embargo, "agent") == ["united-kingdom"]
    assert sorted(_role(embargo, "affected")) == ["armenia", "azerbaijan"]
    assert embargo.date is not None and embargo.date.spec == {"month": 10} and embargo.date.text == "Oktyabrda"


def test_seed_attache_appointment_with_its_month(seed_draft: Draft) -> None:
    (appointment,) = _events(seed_draft, "Appointment")
    assert _role(appointment, "agent") == ["united-kingdom"]
    assert appointment.post == "uk-resident-defence-attache-azerbaijan"
    assert appointment.date is not None and appointment.date.spec == {"month": 3}


def test_seed_london_signing(seed_draft: Draft) -> None:
    (signing,) = _events(seed_draft, "AgreementSigning")
    assert signing.place == "london"
    assert {e for _, e in signing.roles} == {"united-kingdom", "azerbaijan"}  # "Hər iki ölkə": both countries
    assert signing.date is not None and signing.date.spec == "2025-10"


def test_seed_statements_and_source(seed_draft: Draft) -> None:
    agents = sorted(_role(e, "agent")[0] for e in _events(seed_draft, "Statement"))
    assert agents == ["british-embassy-baku", "vernon-coaker"]
    assert seed_draft.source is not None and seed_draft.source[0] == "british-embassy-baku"
    ehtiram = [e for e in _events(seed_draft, "Statement") if any("ehtiramını" in q for q in e.evidence)]
    assert ehtiram == []  # "ehtiramını bildirib" (paid respects) is excluded by the trigger list


def test_known_people_are_never_drafted_again(seed_draft: Draft) -> None:
    assert seed_draft.new_entities == []  # Koakerin, Lord Koaker, Zakir Həsənov: all linked to the register


def test_every_event_carries_evidence_and_a_confidence(seed_draft: Draft) -> None:
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    for event in seed_draft.events:
        assert event.evidence and all(text.count(q) == 1 for q in event.evidence)
        assert 0 < event.confidence <= 1


def _article_with_draft(tmp_path: Path, text_folder: Path, draft_text: str, register: Path) -> Path:
    folder = tmp_path / text_folder.name
    folder.mkdir()
    shutil.copy(text_folder / "article.txt", folder / "article.txt")
    shutil.copy(text_folder / "article.yaml", folder / "article.yaml")
    shutil.copy(register, tmp_path / "entities.yaml")
    (folder / "facts.yaml").write_text(draft_text, encoding="utf-8")
    return folder


def test_the_draft_loads_with_the_fact_loader_once_reviewed(tmp_path: Path, seed_draft: Draft) -> None:
    register_path = SEED.parent / "entities.yaml"
    folder = _article_with_draft(tmp_path, SEED, render_facts(seed_draft), register_path)
    register = load_register(tmp_path / "entities.yaml")
    with pytest.raises(KgError, match=r"facts.yaml:\d+: source.review: a drafted item that has not been reviewed"):
        load_article(folder, register)
    drafted = load_article(folder, register, include_drafts=True)
    assert {e.review for e in drafted.events} == {"draft"}
    reviewed = (folder / "facts.yaml").read_text(encoding="utf-8").replace("review: draft", "review: reviewed")
    (folder / "facts.yaml").write_text(reviewed, encoding="utf-8")
    article = load_article(folder, register)
    assert len(article.events) == len(seed_draft.events)
    assert all(e.confidence is not None for e in article.events)


def test_a_text_without_events_is_an_empty_valid_draft(tmp_path: Path) -> None:
    text = "Bakıda hava\nBu gün Bakıda hava günəşli olacaq, küləyin sürəti azalacaq.\n"
    draft = extract(text, date(2025, 12, 4), extraction_register(None))
    assert draft.events == []
    facts = draft_facts(draft)
    assert facts == {"events": {}}
    folder = tmp_path / "weather"
    folder.mkdir()
    (folder / "article.txt").write_text(text, encoding="utf-8")
    (folder / "article.yaml").write_text(
        'title: Bakıda hava\npublisher: report\npublished: "2025-12-04T10:00:00+04:00"\nlanguage: az\n',
        encoding="utf-8",
    )
    (folder / "facts.yaml").write_text(render_facts(draft), encoding="utf-8")
    assert load_article(folder, load_register(SEED.parent / "entities.yaml")).events == ()


def test_drafted_new_people_are_linked_on_later_mentions() -> None:
    text = (
        "Görüş\nNazir Marko Ferretti Bakıya səfər edib. Ferretti Tural Sadıqov ilə görüşüb. "
        "Sadıqov bildirib ki, hər şey yaxşıdır."
    )
    draft = extract(text, date(2025, 12, 4), extraction_register(None))
    people = sorted(e.id for e in draft.new_entities if e.type == "Person")
    assert people == ["marko-ferretti", "tural-sadiqov"]
    (meeting,) = _events(draft, "Meeting")
    assert meeting.roles == [("agent", "marko-ferretti"), ("counterpart", "tural-sadiqov")]


def test_drafting_is_deterministic(seed_draft: Draft) -> None:
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    again = extract(text, date(2025, 12, 4), extraction_register(None), "report")
    assert render_facts(again) == render_facts(seed_draft)


# --- the command ---------------------------------------------------------------------


def test_cli_writes_a_draft_and_its_new_entities(tmp_path: Path) -> None:
    folder = NAVY
    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(
        main,
        ["extract", str(folder / "article.txt"), "--published", "2026-05-20", "--publisher", "Report", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "review: draft" in out.read_text(encoding="utf-8")
    assert (tmp_path / "entities.draft.yaml").is_file()
    assert "new entities drafted into" in result.output


def test_cli_refuses_another_script_in_one_line(tmp_path: Path) -> None:
    text = tmp_path / "ru.txt"
    text.write_text("Министр обороны Азербайджана встретился с коллегой.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(main, ["extract", str(text), "--published", "2025-12-04", "-o", str(out)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "Cyrillic" in result.output and "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--published", "2025-12-04"], "give the article's text"),
        ([str(SEED / "article.txt")], "give --published"),
        ([str(SEED / "article.txt"), "--published", "4 dekabr"], "is not a date"),
        (["missing.txt", "--published", "2025-12-04"], "file not found"),
    ],
)
def test_cli_mistakes_are_one_line(args: list[str], words: str) -> None:
    result = CliRunner().invoke(main, ["extract", *args])
    assert result.exit_code == 2
    assert words in result.output


def test_build_refuses_drafts_unless_included(tmp_path: Path, seed_draft: Draft) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEED.parent, corpus)
    (corpus / SEED.name / "facts.yaml").write_text(render_facts(seed_draft), encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "g.ttl")])
    assert refused.exit_code == 2 and "--include-drafts" in refused.output
    assert not (tmp_path / "g.ttl").exists()
    built = runner.invoke(main, ["build", str(corpus), "--include-drafts", "-o", str(tmp_path / "g.ttl")])
    assert built.exit_code == 0, built.output
    graph = (tmp_path / "g.ttl").read_text(encoding="utf-8")
    drafted = len(seed_draft.events) + 1 + len(seed_draft.posts)  # events, the source, the posts held
    assert graph.count("kgo:reviewStatus kgo:draft") == drafted
    assert "kgo:confidence" in graph


def test_include_drafts_reads_drafted_entities(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEED.parent, corpus)
    folder = corpus / NAVY.name
    folder.mkdir()
    for name in ("article.txt", "article.yaml"):
        shutil.copy(NAVY / name, folder / name)
    runner = CliRunner()
    made = runner.invoke(
        main,
        [
            "extract",
            str(folder / "article.txt"),
            "--published",
            "2026-05-20",
            "--corpus",
            str(corpus),
            "-o",
            str(folder / "facts.yaml"),
        ],
    )
    assert made.exit_code == 0, made.output
    assert (corpus / "entities.draft.yaml").is_file()
    built = runner.invoke(main, ["build", str(corpus), "--include-drafts", "-o", str(tmp_path / "g.ttl")])
    assert built.exit_code == 0, built.output
    assert "kgr:kemal-aksoy a kgo:Person" in (tmp_path / "g.ttl").read_text(encoding="utf-8")


def test_posts_held_from_titles(seed_draft: Draft) -> None:
    posts = {(h.holder, h.post) for h in seed_draft.posts}
    assert posts == {
        ("vernon-coaker", "uk-minister-of-state-for-defence"),
        ("ilham-aliyev", "president-of-azerbaijan"),
        ("vugar-mustafayev", "azerbaijan-minister-of-defence-industry"),
        ("zakir-hasanov", "azerbaijan-minister-of-defence"),
    }  # "müdafiə naziri ... Zakir Həsənov" names no country itself: it takes the list's ("Azərbaycan Prezidenti ...")


def test_a_drafted_seed_reviewed_without_other_edits_builds(tmp_path: Path, seed_draft: Draft) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEED.parent, corpus)
    reviewed = render_facts(seed_draft).replace("review: draft", "review: reviewed")
    (corpus / SEED.name / "facts.yaml").write_text(reviewed, encoding="utf-8")
    built = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "g.ttl")])
    assert built.exit_code == 0, built.output


def test_evidence_offsets_are_the_evidence(seed_draft: Draft) -> None:
    for event in seed_draft.events:
        assert [seed_draft.text[a:b] for a, b in event.spans] == event.evidence
    for held in seed_draft.posts:
        assert seed_draft.text[held.span[0] : held.span[1]] == held.evidence
    assert seed_draft.source is not None and seed_draft.source_span is not None
    assert seed_draft.text[seed_draft.source_span[0] : seed_draft.source_span[1]] == seed_draft.source[1]


def test_an_organisation_cited_with_istinaden_is_the_source_and_the_sentence_is_read() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "APA-nın Azərbaycan Respublikası Xarici İşlər Nazirliyinə istinadən verdiyi məlumata görə, "
        "Gürcüstanın müdafiə naziri İrakli Çikovani Azərbaycanın xarici işlər naziri Elnur Sultanov ilə görüşüb."
    )
    assert draft.source is not None
    assert draft.entities[draft.source[0]].label.endswith("Xarici İşlər Nazirliyi")
    assert draft.source[1].endswith("istinadən")
    assert [e.type for e in draft.events] == ["Meeting"]


def test_decrees_told_together_with_their_date_date_the_appointments_made_by_them() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Prezident İlham Əliyev dünən iki Sərəncam imzalayıb. Sərəncamlardan birinə əsasən, Rəşid Əlləzov "
        "Azərbaycanın Macarıstandakı səfiri təyin edilib. Digər Sərəncamı ilə general-mayor Tahir Qurbanlı "
        "Hərbi Hava Qüvvələrinin komandanı vəzifəsinə təyin olunub.",
        "2026-04-08",
    )
    dates = [e.date.spec if e.date else None for e in draft.events if e.type == "Appointment"]
    assert dates == ["2026-04-07", "2026-04-07"]


def test_one_dated_decree_does_not_date_another() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Prezident İlham Əliyev iyulun 1-də general-mayor Anar Cəfərovun Hərbi Hava Qüvvələrinin komandanı təyin "
        "edilməsi haqqında Sərəncam imzalayıb. Digər Sərəncamı ilə kapitan Elşən Nağıyev Hərbi Dəniz "
        "Qüvvələrinin Qərargah rəisi vəzifəsinə təyin olunub.",
        "2026-07-02",
    )
    dates = [e.date.spec if e.date else None for e in draft.events if e.type == "Appointment"]
    assert dates == ["2026-07-01", None]


def test_that_evening_is_the_day_last_named() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Kontr-admiral Asqar Nurmaqambetov iyulun 14-də vitse-admiral Fərid Əliyevlə görüşüb.\n"
        "Həmin axşam Qazaxıstanın səfiri Baurjan Seytqaziyev Bakıda qəbulda iştirak edib.",
        "2026-07-15",
    )
    (ceremony,) = [e for e in draft.events if e.type == "Ceremony"]
    assert ceremony.date is not None and ceremony.date.spec == "2026-07-14"


def test_an_occasion_takes_the_date_nearest_before_it() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "İyunun 15-dən Fransada səfərdə olan nazir Elmir Hacıyev dünən Parisdə keçirilən sərgidə iştirak edib.\n"
        'Sərgi çərçivəsində nazir Almaniyanın "Kessler" şirkətinin sədri Klaus Brandt ilə görüşüb.',
        "2026-06-17",
    )
    (meeting,) = [e for e in draft.events if e.type == "Meeting"]
    assert meeting.date is not None and meeting.date.spec == "2026-06-16"


def test_the_first_day_of_a_visit_is_the_day_it_began() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "General-polkovnik Elçin Rzayev noyabrın 24-dən Qazaxıstan Respublikasında rəsmi səfərdədir.\n"
        "Səfərin ilk günü general-polkovnik E.Rzayev Astanadakı Vətən Müdafiəçiləri monumentini ziyarət edib.",
        "2026-11-25",
    )
    (memorial,) = [e for e in draft.events if e.type == "MemorialVisit"]
    assert memorial.date is not None and memorial.date.spec == "2026-11-24"


def test_what_one_who_met_says_in_reported_speech_has_the_meetings_date() -> None:
    from tests.extract.fixtures import draft_of

    draft = draft_of(
        "Xarici işlər naziri Nurlan Əhmədli dünən Gürcüstanın xarici işlər naziri Davit Beridze ilə "
        "telefonla danışıb.\n"
        "D.Beridze bildirib ki, Gürcüstan regionda davamlı sülhə dəstək verməyə hazırdır.",
        "2022-12-07",
    )
    (statement,) = [e for e in draft.events if e.type == "Statement"]
    assert statement.date is not None and statement.date.spec == "2022-12-06"


def test_a_year_told_with_the_same_meeting_does_not_replace_the_day_it_inherited() -> None:
    from kg.extract.dates import find_dates
    from kg.extract.model import EntityInfo
    from kg.extract.same_event import merge

    (day,) = find_dates("dekabrın 10-da", date(2019, 12, 11))
    (year,) = find_dates("2019-cu il ərzində", date(2019, 12, 11))
    people = {p: EntityInfo(p, "Person", p) for p in ("a", "b")}
    told = DraftEvent("Meeting", [("agent", "a"), ("agent", "b")], ["Görüşdə ..."], 0.7, day, inherited_date=True)
    again = DraftEvent("Meeting", [("agent", "a"), ("agent", "b")], ["Tərəflər 2019-cu il ərzində ..."], 0.7, year)
    (meeting,) = merge([told, again], people)
    assert meeting.date == day  # "2019-cu il ərzində" is when what they discussed happened
