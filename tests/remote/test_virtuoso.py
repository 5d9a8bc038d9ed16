"""The same push and the same queries against a very different engine: a private
Virtuoso Open Source 7 (Debian's virtuoso-opensource) on loopback.

Every bundled query gives the same rows as on the embedded store
(``tests/test_portable.py``, in the same order); here: the push over digest
auth, Virtuoso's default graph, bound values, the CLI, and its row limit.
The one difference left is how integers are stored: Oxigraph canonicalises an
``xsd:nonNegativeInteger`` to ``xsd:integer``, Virtuoso keeps the datatype.
Same value, and compared as such.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph
import pytest
import requests
from click.testing import CliRunner
from triplestores import BY_QUOTE, HOSTILE, QUERIES

from kg import resources
from kg.build.chunks import Build
from kg.cli import main
from kg.errors import KgError
from kg.remote.client import run_remote
from kg.remote.endpoint import Remote
from kg.remote.named_graphs import ONTOLOGY_GRAPH, REGISTER_GRAPH, article_graph, from_sources, of_build
from kg.remote.push import push
from kg.store.embedded import open_store
from kg.store.query import Query, Result, read_query, run

if TYPE_CHECKING:
    from triplestores import Virtuoso

SEED = "report-2025-12-04-coaker-baku"
INTEGERS = {
    f"http://www.w3.org/2001/XMLSchema#{t}"
    for t in (
        "integer",
        "nonNegativeInteger",
        "positiveInteger",
        "int",
        "long",
        "short",
        "unsignedInt",
    )
}
KG = [str(REGISTER_GRAPH), str(article_graph(SEED)), str(ONTOLOGY_GRAPH)]


@pytest.fixture
def loaded(virtuoso: Virtuoso, seed_build: Build) -> Iterator[Virtuoso]:
    virtuoso.delete(*KG, str(article_graph("second-article")))
    push(of_build(seed_build), virtuoso.store, replace=True)
    yield virtuoso


@pytest.fixture(scope="module")
def store(seed_build: Build) -> pyoxigraph.Store:
    return open_store(seed_build.graph)


def count(virtuoso: Virtuoso, graph: str) -> int:
    answer = requests.post(
        virtuoso.query.url,
        data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    answer.raise_for_status()
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def comparable(result: Result) -> tuple[list[str], list[list[object]]]:
    columns, table = result.table()
    rows = []
    for row in table:
        cells: list[object] = []
        for cell in row:
            if isinstance(cell, pyoxigraph.Literal) and cell.datatype.value in INTEGERS:
                cells.append(("integer", int(cell.value)))
            else:
                cells.append(cell)
        rows.append(cells)
    return columns, rows


def test_push_over_digest_auth_and_count(loaded: Virtuoso, seed_build: Build) -> None:
    for named in of_build(seed_build):
        assert count(loaded, named.iri) == len(named.graph)


def test_replace_and_a_second_article(loaded: Virtuoso, corpus: Path) -> None:
    shutil.copytree(corpus / SEED, corpus / "second-article")
    pushed = push(from_sources([corpus / "second-article"], with_ontology=False), loaded.store, replace=True)
    second = str(article_graph("second-article"))
    assert [p.iri for p in pushed] == [str(REGISTER_GRAPH), second]
    first_count = count(loaded, str(article_graph(SEED)))
    assert count(loaded, second) == first_count == 735
    push(from_sources([corpus / "second-article"], with_ontology=False), loaded.store, replace=True)  # again
    assert count(loaded, second) == first_count and count(loaded, str(article_graph(SEED))) == first_count


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_query_gives_the_same_rows(path: Path, loaded: Virtuoso, store: pyoxigraph.Store) -> None:
    query = read_query(path)
    assert comparable(run_remote(query, loaded.query, graphs=KG)) == comparable(run(query, store))


def test_virtuoso_default_graph_holds_every_graph(loaded: Virtuoso, store: pyoxigraph.Store) -> None:
    query = read_query(resources.QUERIES_DIR / "who-met-whom.rq")
    assert comparable(run_remote(query, loaded.query)) == comparable(run(query, store))
    system = run_remote(
        Query(
            "ASK { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } FILTER (?g IN ("
            + ", ".join(f"<{g}>" for g in KG)
            + ")) } }",
            "q",
        ),
        loaded.query,
    )
    assert system.table()[1][0][0].value == "true"  # its own system triples too: name kg's graphs with --graph


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_cannot_change_the_query(value: str, loaded: Virtuoso) -> None:
    assert run_remote(BY_QUOTE, loaded.query, {"quote": value}, graphs=KG).table()[1] == []
    assert len(run_remote(BY_QUOTE, loaded.query, graphs=KG).table()[1]) > 20


def test_a_bound_value_selects(loaded: Virtuoso, seed_build: Build, store: pyoxigraph.Store) -> None:
    quote = next(str(o) for _, p, o in seed_build.graph if str(p).endswith("oa#exact") and '"' in str(o))
    assert run_remote(BY_QUOTE, loaded.query, {"quote": quote}, graphs=KG).table()[1]
    evidence = read_query(resources.QUERIES_DIR / "evidence.rq")
    params = {"event": f"kgr:article/{SEED}/arms-embargo-lifted"}
    remote = comparable(run_remote(evidence, loaded.query, params, graphs=KG))
    assert remote[1] and remote == comparable(run(evidence, store, params))


def test_cli_against_virtuoso(loaded: Virtuoso) -> None:
    query = str(resources.QUERIES_DIR / "who-met-whom.rq")
    embedded = CliRunner().invoke(main, ["query", query, "--format", "csv"])
    graphs = [word for graph in KG for word in ("--graph", graph)]
    remote = CliRunner().invoke(main, ["query", query, "--format", "csv", "-e", loaded.query.url, *graphs])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout_bytes == embedded.stdout_bytes


def test_digest_auth_for_queries_and_wrong_passwords(loaded: Virtuoso) -> None:
    secured = Remote(f"{loaded.base}/sparql-auth", "dba", "dba")
    assert run_remote(Query("ASK { ?m a kgo:Meeting }", "q"), secured).table()[1][0][0].value == "true"
    with pytest.raises(KgError, match=r"authentication failed \(HTTP 401\).*check --user/--password"):
        run_remote(Query("ASK {}", "q"), Remote(secured.url, "dba", "wrong"))
    result = CliRunner().invoke(
        main, ["push", "--no-ontology", "-q", "--store", loaded.store.url, "--user", "dba", "--password", "wrong"]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: error: {loaded.store.url}: authentication failed (HTTP 401)")
    assert "the push stopped: graph <https://w3id.org/kg-news/id/register/graph>" in result.stderr


def test_an_answer_cut_at_result_set_max_rows_is_an_error(loaded: Virtuoso) -> None:
    everything = Query("SELECT * WHERE { ?s ?p ?o }", "q")  # its system triples, kg's graphs: over 1000 rows
    with pytest.raises(KgError, match=r"the server cut the answer at 1000 rows \(Virtuoso's ResultSetMaxRows\)"):
        run_remote(everything, loaded.query)
    paged = Query("SELECT * WHERE { ?s ?p ?o } LIMIT 999", "q")  # a page below the limit (at it, Virtuoso says "cut")
    rows = run_remote(paged, loaded.query).table()[1]
    assert len(rows) == 999
    # Virtuoso's blank nodes ("nodeID://b10001", no valid label) come back renamed, consistently
    blanks = {cell.value for row in rows for cell in row if isinstance(cell, pyoxigraph.BlankNode)}
    assert blanks and all(label.startswith("b") and len(label) == 17 for label in blanks)
