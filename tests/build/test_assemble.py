"""The corpus build: one identity per entity, conflicts, the cache, parallel jobs, N-Quads."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from kg import ontology, resources
from kg.build import cache
from kg.build.assemble import build, build_to_file
from kg.errors import KgError
from kg.graph import mapping
from kg.graph.iris import article_iri, entity_iri
from kg.namespaces import KGO

SEED = "report-2025-12-04-coaker-baku"


def second_article(corpus: Path, name: str = "report-2025-12-05-coaker-again", day: str = "2025-12-05") -> Path:
    """A copy of the seed article under another folder name (and publication day)."""
    target = corpus / name
    shutil.copytree(corpus / SEED, target)
    meta = target / "article.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("2025-12-04T21:14", f"{day}T10:00"), encoding="utf-8")
    return target


def test_a_person_in_two_articles_is_one_node(corpus: Path) -> None:
    second_article(corpus)
    result = build([corpus])
    assert result.report.conforms, str(result.report)
    built = result.graph
    coaker = entity_iri("vernon-coaker")
    labels = {Literal("Vernon Coaker", lang="en"), Literal("Vernon Koaker", lang="az")}
    assert set(built.objects(coaker, RDFS.label)) == labels
    articles = {str(event).split("/article/")[1].split("/")[0] for event in built.subjects(KGO.agent, coaker)}
    assert articles == {SEED, "report-2025-12-05-coaker-again"}
    assert len(list(built.subjects(RDFS.label, Literal("Vernon Coaker", lang="en")))) == 1


def test_different_posts_on_the_same_date_name_both_files(corpus: Path) -> None:
    other = second_article(corpus, day="2025-12-04")
    facts = other / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            "post: azerbaijan-minister-of-defence\n", "post: azerbaijan-minister-of-defence-industry\n"
        ),
        encoding="utf-8",
    )
    with pytest.raises(KgError) as caught:
        build([corpus])
    message = str(caught.value)
    assert "'zakir-hasanov' holds" in message
    assert f"{SEED}/facts.yaml:" in message and "coaker-again/facts.yaml:" in message
    assert "both as of 2025-12-04" in message


def test_different_posts_on_different_dates_are_history_not_conflict(corpus: Path) -> None:
    other = second_article(corpus, day="2025-12-05")
    facts = other / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(
        text.replace("post: azerbaijan-minister-of-defence\n", "post: azerbaijan-minister-of-defence-industry\n")
    )
    assert build([corpus]).report.conforms


def test_two_folders_with_one_name_are_refused(corpus: Path, tmp_path: Path) -> None:
    twin = tmp_path / "elsewhere" / SEED
    shutil.copytree(corpus / SEED, twin)
    shutil.copy(corpus / "entities.yaml", tmp_path / "elsewhere" / "entities.yaml")
    with pytest.raises(KgError, match="different entity registers"):
        build([corpus, twin.parent])


def edit_text(corpus: Path) -> None:
    text = corpus / SEED / "article.txt"
    text.write_bytes(text.read_bytes() + " Əlavə cümlə.".encode())


def edit_facts(corpus: Path) -> None:
    facts = corpus / SEED / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("to pay respects", "to honour the fallen", 1))


def edit_register(corpus: Path) -> None:
    register = corpus / "entities.yaml"
    text = register.read_text(encoding="utf-8")
    assert "[Lord Vernon Coaker, Lord Coaker]" in text
    register.write_text(
        text.replace("[Lord Vernon Coaker, Lord Coaker]", "[Lord Vernon Coaker, Lord Coaker, V. Coaker]")
    )


@pytest.fixture
def own_ontology(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str, str], None]:
    """Point kg at copies of the ontology and shapes, and edit them."""
    folder = tmp_path / "ontology"
    shutil.copytree(resources.ONTOLOGY_DIR, folder)
    monkeypatch.setattr(resources, "ONTOLOGY", folder / "kg.ttl")
    monkeypatch.setattr(resources, "SHAPES", folder / "shapes.ttl")

    def clear() -> None:
        for cached in (ontology.ontology_graph, ontology.shapes_graph, ontology.vocabulary, mapping._class_labels):
            cached.cache_clear()

    def edit(name: str, old: str, new: str) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        clear()

    clear()
    yield edit
    clear()


@pytest.mark.parametrize("change", ["text", "facts", "register", "ontology", "shapes"])
def test_incremental_build_equals_clean_build(corpus: Path, tmp_path: Path, own_ontology, change: str) -> None:
    second_article(corpus)
    store = tmp_path / "cache"
    warm = build([corpus], cache=store, validator="turbo")
    assert warm.compiled == 2
    again = build([corpus], cache=store, validator="turbo")
    assert again.compiled == 0
    assert again.serialize("ttl") == warm.serialize("ttl")
    if change == "text":
        edit_text(corpus)
    elif change == "facts":
        edit_facts(corpus)
    elif change == "register":
        edit_register(corpus)
    elif change == "ontology":
        own_ontology("kg.ttl", "kgo:eventType kgo:cameo-040 .", "kgo:eventType kgo:cameo-046 .")  # negotiate
    else:
        own_ontology("shapes.ttl", '"The event has no English label."@en', '"The event lacks an English label."@en')
    incremental = build([corpus], cache=store, validator="turbo")
    clean = build([corpus], cache=None, validator="turbo")
    assert incremental.compiled == (1 if change in ("text", "facts") else 2)
    for fmt in ("ttl", "nt", "nq"):
        assert incremental.serialize(fmt) == clean.serialize(fmt)
    if change == "text":
        assert "Əlavə cümlə" in incremental.serialize("ttl").decode("utf-8")
    if change == "ontology":
        assert "kgo:cameo-046" in incremental.serialize("ttl").decode("utf-8")


def test_the_cache_is_safe_to_delete_and_never_stale(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    first = build([corpus], cache=store, validator="turbo").serialize("ttl")
    shutil.rmtree(store)
    assert build([corpus], cache=store, validator="turbo").serialize("ttl") == first
    entry = next(store.rglob("*.json"))
    entry.write_text("{ not json")
    assert build([corpus], cache=store, validator="turbo").serialize("ttl") == first


def test_jobs_give_the_same_bytes(corpus: Path) -> None:
    for number in range(3):
        second_article(corpus, name=f"copy-{number}")
    one = build([corpus], jobs=1, validator="turbo")
    two = build([corpus], jobs=2, validator="turbo")
    assert one.serialize("ttl") == two.serialize("ttl")
    assert len(one.articles) == 4


def test_both_validators_agree_on_a_corpus_build(corpus: Path) -> None:
    """Regression: the mistake was a date after publication, which the fact loader refuses before SHACL runs
    (so run alone the test failed); a signing with one party loads and only the shapes catch it."""
    facts = corpus / SEED / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    one_party = text.replace(
        "    agent: united-kingdom\n    counterpart: azerbaijan\n    signed:", "    agent: united-kingdom\n    signed:"
    )
    assert one_party != text
    facts.write_text(one_party, encoding="utf-8")
    reference = build([corpus], validator="pyshacl").report
    fast = build([corpus], validator="turbo").report
    assert not reference.conforms
    assert [(v.focus, v.message) for v in reference.violations] == [(v.focus, v.message) for v in fast.violations]
    assert reference.violations[0].label == "UK and Azerbaijan sign a defence cooperation programme in London"


def test_nquads_put_each_article_in_its_own_graph(corpus: Path, tmp_path: Path) -> None:
    second_article(corpus)
    out = tmp_path / "graph.nq"
    build_to_file([corpus], out, validator="turbo")
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert f"{article_iri(SEED)}/graph" in names and f"{article_iri('report-2025-12-05-coaker-again')}/graph" in names
    assert "https://w3id.org/kg-news/id/register/graph" in names
    seed_graph = dataset.graph(URIRef(f"{article_iri(SEED)}/graph"))
    assert (URIRef(f"{article_iri(SEED)}/visit"), None, None) in seed_graph


def test_code_changes_change_every_key() -> None:
    assert len(cache.code_digest()) == 64
