from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg.build.assemble import build
from kg.errors import KgError
from kg.facts.article import load_article
from kg.facts.corpus import load_corpus
from kg.facts.register import load_register
from kg.namespaces import KGO


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, words: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if words in line:
            return number
    raise AssertionError(words)


def test_seed_article_loads_every_fact(seed_build) -> None:
    (article,) = seed_build.corpus.articles
    assert article.slug == "report-2025-12-04-coaker-baku"
    assert article.published.isoformat() == "2025-12-04T21:14:00+04:00"
    assert article.title == article.text.splitlines()[0]
    kinds = sorted(event.type.fragment for event in article.events)
    assert kinds == [
        "AgreementSigning",
        "Appointment",
        "Ceremony",
        "EmbargoLifting",
        "Intention",
        "Meeting",
        "Meeting",
        "Meeting",
        "MemorialVisit",
        "MemorialVisit",
        "Statement",
        "Statement",
        "Visit",
    ]
    for event in article.events:
        assert event.evidence
        for quote in event.evidence:
            assert article.text[quote.start : quote.end] == quote.exact
    assert {holding.holder for holding in article.posts} == {
        "vernon-coaker",
        "ilham-aliyev",
        "zakir-hasanov",
        "vugar-mustafayev",
    }
    assert article.source is not None and article.source.author == "british-embassy-baku"


def test_participants_keep_the_order_written(seed_build) -> None:
    events = {e.id: e for e in seed_build.corpus.articles[0].events}
    embargo = events["arms-embargo-lifted"]
    assert [(p.fragment, e) for p, e in embargo.participants] == [
        ("agent", "united-kingdom"),
        ("affected", "azerbaijan"),
        ("affected", "armenia"),
        ("concerns", "osce-minsk-group"),
    ]
    assert embargo.type == KGO.EmbargoLifting


def expect_error(corpus: Path, where: Path, line: int | None, field: str, words: str) -> None:
    with pytest.raises(KgError) as caught:
        load_corpus([corpus])
    error = caught.value
    assert Path(str(error.where)).resolve() == where.resolve(), str(error)
    assert error.line == line, str(error)
    assert error.field == field, str(error)
    assert words in str(error), str(error)


def test_reference_to_undefined_entity(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(facts, "counterpart: ilham-aliyev", "counterpart: ilham-aliyevv")
    expect_error(
        corpus,
        facts,
        line_of(facts, "ilham-aliyevv"),
        "events.meeting-ilham-aliyev.counterpart",
        "no entity 'ilham-aliyevv' in the register (did you mean ilham-aliyev",
    )


def test_undefined_entity_in_a_list(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(facts, "affected: [azerbaijan, armenia]", "affected: [azerbaijan, narnia]")
    expect_error(corpus, facts, line_of(facts, "narnia"), "events.arms-embargo-lifted.affected", "no entity 'narnia'")


def test_unknown_event_type_lists_the_ontology_types(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(facts, "type: Meeting", "type: Meting")
    expect_error(
        corpus,
        facts,
        line_of(facts, "Meting"),
        "events.meeting-ilham-aliyev.type",
        "unknown event type 'Meting'; the ontology has: AgreementSigning",
    )


def test_malformed_date(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(facts, 'date: "2025-08"', 'date: "2025-13"')
    expect_error(corpus, facts, line_of(facts, "2025-13"), "events.strategic-partnership-intention.date", "no month 13")


def test_quote_not_in_article(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(facts, "evidence: Böyük Britaniya mart ayında", "evidence: Böyük Britaniya aprel ayında")
    expect_error(
        corpus,
        facts,
        line_of(facts, "aprel ayında"),
        "events.defence-attache-appointment.evidence",
        "is not in the article",
    )


def test_quote_in_a_list_names_its_index(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(facts, "- Dörd həftəlik intensiv kursun", "- Beş həftəlik intensiv kursun")
    expect_error(
        corpus, facts, line_of(facts, "Beş həftəlik"), "events.graduation-ceremony.evidence[1]", "is not in the article"
    )


def test_unknown_field_is_a_typo_not_silence(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(
        facts,
        "    part_of: visit\n    agent: vernon-coaker\n    counterpart: ilham-aliyev",
        "    part_of: visit\n    agnet: vernon-coaker\n    counterpart: ilham-aliyev",
    )
    expect_error(corpus, facts, line_of(facts, "agnet"), "events.meeting-ilham-aliyev.agnet", "unknown field 'agnet'")


def test_missing_evidence_field(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(
        facts, "    evidence: Böyük Britaniya mart ayında Azərbaycanda ilk Rezident hərbi attaşesini təyin edib.\n", ""
    )
    expect_error(
        corpus,
        facts,
        line_of(facts, "defence-attache-appointment:") + 1,
        "events.defence-attache-appointment.evidence",
        "the field 'evidence' is required",
    )


def test_part_of_an_unknown_event(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(
        facts,
        "    part_of: visit\n    agent: vernon-coaker\n    counterpart: ilham-aliyev",
        "    part_of: trip\n    agent: vernon-coaker\n    counterpart: ilham-aliyev",
    )
    expect_error(
        corpus, facts, line_of(facts, "part_of: trip"), "events.meeting-ilham-aliyev.part_of", "no event 'trip'"
    )


def test_title_must_be_the_first_line(corpus: Path, article: Path) -> None:
    meta = article / "article.yaml"
    replace(meta, "title: Britaniya", "title: Böyük Britaniya")
    expect_error(corpus, meta, 2, "title", "is not the article's first line")


def test_publication_needs_a_time_zone(corpus: Path, article: Path) -> None:
    meta = article / "article.yaml"
    replace(meta, '"2025-12-04T21:14:00+04:00"', '"2025-12-04T21:14:00"')
    expect_error(corpus, meta, line_of(meta, "published:"), "published", "with its zone")


def test_register_entity_needs_both_labels(corpus: Path) -> None:
    register = corpus / "entities.yaml"
    replace(register, "label: {en: Ilham Aliyev, az: İlham Əliyev}", "label: {en: Ilham Aliyev}")
    expect_error(
        corpus,
        register,
        line_of(register, "label: {en: Ilham Aliyev}"),
        "ilham-aliyev.label.az",
        "a text in 'az' is required",
    )


def test_register_entity_type_comes_from_the_ontology(corpus: Path) -> None:
    register = corpus / "entities.yaml"
    replace(register, "type: City\n  label: {en: Baku", "type: Town\n  label: {en: Baku")
    expect_error(corpus, register, line_of(register, "type: Town"), "baku.type", "unknown entity type 'Town'")


def test_post_must_be_a_post(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(facts, "post: president-of-azerbaijan", "post: azerbaijan")
    expect_error(corpus, facts, line_of(facts, "post: azerbaijan"), "posts[1].post", "'azerbaijan' is not a Post")


def test_missing_article_text(corpus: Path, article: Path) -> None:
    (article / "article.txt").unlink()
    with pytest.raises(KgError, match=r"file not found; an article folder holds article\.txt"):
        load_corpus([corpus])


def test_no_register_above_the_article(tmp_path: Path, article: Path) -> None:
    lonely = tmp_path / "lonely"
    article.rename(lonely)
    with pytest.raises(KgError, match=r"no entities\.yaml"):
        load_corpus([lonely])


def test_article_text_is_read_byte_for_byte(article: Path) -> None:
    register = load_register(article.parent / "entities.yaml")
    loaded = load_article(article, register)
    assert loaded.text.encode("utf-8") == (article / "article.txt").read_bytes()


def test_bundled_text_is_the_seed_byte_for_byte() -> None:
    from kg import resources

    seed = resources.CORPUS_DIR.parent.parent / "shared" / "seed" / "report-2025-12-04-coaker-baku.az.txt"
    if not seed.is_file():
        pytest.skip("the shared seed folder is not beside this checkout")
    assert (resources.CORPUS_DIR / "report-2025-12-04-coaker-baku" / "article.txt").read_bytes() == seed.read_bytes()


def test_an_event_label_is_given_in_both_languages(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    az = "      az: Böyük Britaniya Azərbaycanda ilk Rezident hərbi attaşesini təyin edib\n"
    replace(facts, az, "")
    expect_error(
        corpus,
        facts,
        line_of(facts, "en: UK appoints its first resident defence attaché in Azerbaijan"),
        "events.defence-attache-appointment.label.az",
        "a text in 'az' is required",
    )


def test_an_event_label_names_what_happened_else_a_generated_one(corpus: Path, article: Path, seed_build) -> None:
    events = {e.id: e for e in seed_build.corpus.articles[0].events}
    assert all(set(e.label) == {"en", "az"} for e in events.values())
    signing = events["defence-cooperation-programme-signed"]
    assert signing.label["en"] == "UK and Azerbaijan sign a defence cooperation programme in London"
    assert signing.signed == ("uk-azerbaijan-defence-cooperation-programme-2025",)
    facts = article / "facts.yaml"
    label = (
        "    label:\n      en: UK and Azerbaijan sign a defence cooperation programme in London\n"
        "      az: Böyük Britaniya və Azərbaycan Londonda müdafiə əməkdaşlığı proqramını imzalayıb\n"
    )
    replace(facts, label, "")
    graph = build([corpus]).graph
    node = URIRef(f"https://w3id.org/kg-news/id/article/{article.name}/defence-cooperation-programme-signed")
    assert set(graph.objects(node, RDFS.label)) == {  # the fallback: type, participants, place
        Literal("agreement signing: United Kingdom, Azerbaijan (London)", lang="en"),
        Literal("sazişin imzalanması: Böyük Britaniya, Azərbaycan (London)", lang="az"),
    }


def test_what_was_signed_is_an_agreement_of_the_register(corpus: Path, article: Path) -> None:
    facts = article / "facts.yaml"
    replace(facts, "signed: uk-azerbaijan-defence-cooperation-programme-2025", "signed: london")
    expect_error(
        corpus,
        facts,
        line_of(facts, "signed: london"),
        "events.defence-cooperation-programme-signed.signed",
        "'london' is not an Agreement of the register",
    )
