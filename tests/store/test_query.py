import json
from pathlib import Path

import pyoxigraph
import pytest

from kg import resources
from kg.errors import KgError
from kg.store.embedded import open_store
from kg.store.query import Query, read_query, run
from kg.store.render import short

QUERIES = sorted(resources.QUERIES_DIR.glob("*.rq"))


@pytest.fixture(scope="module")
def store(seed_build) -> pyoxigraph.Store:
    return open_store(seed_build.graph)


def rows(store: pyoxigraph.Store, name: str, **params: str) -> list[dict[str, str]]:
    result = run(read_query(resources.QUERIES_DIR / name), store, params)
    columns, table = result.table()
    return [{c: short(v) for c, v in zip(columns, row, strict=True) if v is not None} for row in table]


def test_every_query_says_its_question_first() -> None:
    assert len(QUERIES) >= 5
    for path in QUERIES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and first.endswith("?"), path


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_query_runs_and_answers(store, path: Path) -> None:
    columns, table = run(read_query(path), store).table()
    assert columns and table


def test_coaker_met_exactly_three_people(store) -> None:
    met = rows(store, "who-met-whom.rq")
    assert {r["person"] for r in met} == {"Vernon Coaker"}
    assert sorted((r["met"], r["metPost"]) for r in met) == [
        ("Ilham Aliyev", "President of the Republic of Azerbaijan"),
        ("Vugar Mustafayev", "Minister of Defence Industry of Azerbaijan"),
        ("Zakir Hasanov", "Minister of Defence of Azerbaijan"),
    ]
    # where: Baku; when: the article gives no day, only "not after publication"
    assert {(r["place"], r["precision"], r["notAfter"]) for r in met} == {("Baku", "bounded", "2025-12-04")}
    assert all("date" not in r for r in met)


def test_embargo_lifted_in_october_2025_for_azerbaijan_and_armenia(store) -> None:
    (decision,) = rows(store, "arms-embargo.rq")
    assert decision["type"] == "EmbargoLifting"
    assert decision["decidedBy"] == "United Kingdom"
    assert sorted(decision["appliesTo"].split("; ")) == ["Armenia", "Azerbaijan"]
    assert (decision["date"], decision["precision"]) == ("2025-10", "month")
    assert decision["inLineWith"] == "OSCE Minsk Group"
    assert "silah embarqosunu aradan qaldırıb" in decision["evidence"]


def test_attache_appointed_in_march_2025(store) -> None:
    (appointment,) = rows(store, "appointments.rq")
    assert appointment["date"] == "2025-03" and appointment["precision"] == "month"
    assert appointment["dateText"] == "mart ayında"
    assert appointment["post"] == "Resident Defence Attaché of the United Kingdom in Azerbaijan"
    assert appointment["in"] == "Azerbaijan" and appointment["appointedBy"] == "United Kingdom"


def test_timeline_is_in_time_order_with_precision(store) -> None:
    timeline = rows(store, "timeline.rq")
    assert len(timeline) == 13
    dated = [(r["type"], r["date"]) for r in timeline if "date" in r]
    assert dated == [
        ("Appointment", "2025-03"),
        ("Intention", "2025-08"),
        ("EmbargoLifting", "2025-10"),
        ("AgreementSigning", "2025-10"),
    ] or dated == [
        ("Appointment", "2025-03"),
        ("Intention", "2025-08"),
        ("AgreementSigning", "2025-10"),
        ("EmbargoLifting", "2025-10"),
    ]
    undated = timeline[len(dated) :]
    assert {r["precision"] for r in undated} == {"bounded"}
    assert {r["latest"] for r in undated} == {"2025-12-04"}


def test_people_and_their_posts(store) -> None:
    people = {r["name"]: r for r in rows(store, "people-and-posts.rq")}
    assert set(people) == {"Vernon Coaker", "Ilham Aliyev", "Zakir Hasanov", "Vugar Mustafayev"}
    assert people["Vernon Coaker"]["role"] == "Minister of State for Defence"
    assert people["Vernon Coaker"]["country"] == "United Kingdom"
    assert people["Zakir Hasanov"]["organization"] == "Ministry of Defence of Azerbaijan"
    assert people["Zakir Hasanov"]["nameAz"] == "Zakir Həsənov"
    assert {(r["statedFrom"], r["statedUntil"], r["articles"]) for r in people.values()} == {
        ("2025-12-04", "2025-12-04", "1")
    }


def test_evidence_for_one_event_by_parameter(store, seed_build) -> None:
    event = "<https://w3id.org/kg-news/id/article/report-2025-12-04-coaker-baku/defence-attache-appointment>"
    (row,) = rows(store, "evidence.rq", event=event)
    text = seed_build.corpus.articles[0].text
    assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    assert row["quote"].startswith("Böyük Britaniya mart ayında")


def test_sources(store) -> None:
    (row,) = rows(store, "sources.rq")
    assert row["publisher"] == "Report News Agency"
    assert row["releasedBy"] == "British Embassy Baku"
    assert row["events"] == "13"


def test_results_in_w3c_formats(store) -> None:
    result = run(read_query(resources.QUERIES_DIR / "who-met-whom.rq"), store)
    document = json.loads(result.serialize("json"))
    assert len(document["results"]["bindings"]) == 3
    csv = result.serialize("csv").decode("utf-8").splitlines()
    assert csv[0].startswith("meeting,person,met") and len(csv) == 4
    tsv = result.serialize("tsv").decode("utf-8").splitlines()
    assert tsv[0].startswith("?meeting\t?person\t?met")
    assert b"sparql-results" in result.serialize("xml")
    with pytest.raises(KgError, match="gives a table"):
        result.serialize("ttl")


def test_construct_gives_turtle(store) -> None:
    query = Query("CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kgo:Person ; rdfs:label ?l }", "inline")
    result = run(query, store)
    assert result.kind == "graph"
    turtle = result.serialize("ttl").decode("utf-8")
    assert "@prefix rdfs:" in turtle and "Zakir Həsənov" in turtle


def test_ask(store) -> None:
    result = run(Query("ASK { ?m a kgo:Meeting }", "inline"), store)
    assert result.kind == "ask"
    assert result.table() == (["answer"], [[pyoxigraph.Literal("true")]])


def test_syntax_error_names_the_line(store, tmp_path: Path) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("# Which meetings?\n\nSELCT ?x WHERE { ?x a kgo:Meeting }\n", encoding="utf-8")
    with pytest.raises(KgError) as caught:
        run(read_query(path), store)
    assert caught.value.where == str(path)
    assert caught.value.line == 3
    assert "SPARQL syntax error" in str(caught.value)


def test_missing_query_file() -> None:
    with pytest.raises(KgError, match="no such query file"):
        read_query("queries/absent.rq")


def test_a_long_inline_query_is_a_query_not_a_file_name() -> None:
    text = "SELECT ?e WHERE { ?e a kgo:Event " + " ".join(["OPTIONAL { ?e rdfs:label ?l }"] * 12) + " }"
    assert len(text) > 255 and read_query(text) == Query(text, "the query")  # longer than a file name may be


def test_agreements_name_what_was_signed(store) -> None:
    (row,) = rows(store, "agreements.rq")
    assert row["name"] == "UK–Azerbaijan bilateral defence cooperation programme"
    assert row["nameAz"] == "Böyük Britaniya–Azərbaycan ikitərəfli müdafiə əməkdaşlığı proqramı"
    assert (row["party"], row["with"], row["place"], row["date"], row["precision"]) == (
        "United Kingdom",
        "Azerbaijan",
        "London",
        "2025-10",
        "month",
    )


def test_hostile_parameter_stays_a_value(store) -> None:
    hostile = '" } UNION { ?event ?p ?o } #'
    assert rows(store, "evidence.rq", event=hostile) == []
