"""How kg scales: build, validate, export and query a synthetic corpus, and the
same work done the naive way, measured in the same run.

    python -m benchmarks.scale --articles 1000 [--jobs 2] [--validator turbo] [--naive]

kg's way: ``kg.build`` (articles compiled in parallel, validated per article
or per batch, Turtle written chunk by chunk by Oxigraph), a rebuild after
editing one article (from the cache), and every query of ``queries/`` on the
embedded Oxigraph store (median of 5 runs). The naive way (``--naive``): one
rdflib graph, one pySHACL call on the whole graph, rdflib's Turtle serialiser,
rdflib's SPARQL engine; it runs in a child process with a time limit, and a
stage that does not finish in time is reported as a lower bound.

Each side runs in a child process of its own, so that its peak memory (the
``peak_mb`` column: the process's maximum resident set size so far, children
included) is its own. The last line is the summary:
``articles=N triples=T kg_s=... naive_s=... speedup=...x peak_mb=...``.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.generate import generate

QUERIES = Path(__file__).resolve().parent.parent / "queries"


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _stage(name: str, work: Callable[[], Any], **extra: Any) -> Any:
    start = time.perf_counter()
    result = work()
    row = {"stage": name, "seconds": time.perf_counter() - start, "peak_mb": _peak_mb(), **extra}
    print(json.dumps(row), flush=True)
    return result


def run_kg(corpus: Path, out: Path, jobs: int, validator: str) -> None:
    """kg's way, stage by stage, one JSON line per stage."""
    import pyoxigraph

    from kg.atomic import write_atomic
    from kg.build.assemble import build
    from kg.store.embedded import open_store
    from kg.store.query import read_query, run

    cache = out / "cache"
    result = _stage("build + validate", lambda: build([corpus], jobs=jobs, cache=cache, validator=validator))
    if not result.report.conforms:
        raise SystemExit(f"the synthetic corpus does not conform: {result.report.violations[:3]}")
    turtle = out / "graph.ttl"
    _stage("export Turtle", lambda: write_atomic(turtle, result.serialize("ttl")), triples=result.triples)

    first = sorted(p for p in corpus.iterdir() if p.is_dir())[0] / "facts.yaml"
    first.write_text(first.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")

    command = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(turtle), "--cache", str(cache),
               "--validator", validator, "--jobs", str(jobs), "--quiet"]  # fmt: skip
    _stage("rebuild after editing 1 article (kg build)", lambda: subprocess.run(command, check=True))
    store: pyoxigraph.Store = _stage("load store", lambda: open_store([turtle]))
    event = str(
        next(iter(store.query("SELECT ?e WHERE { ?e a <https://w3id.org/kg-news/ontology#Meeting> } LIMIT 1")))[0].value
    )
    person = "https://w3id.org/kg-news/id/person-0"
    questions = [(p.name, read_query(p), {}) for p in sorted(QUERIES.glob("*.rq"))]
    questions.append(("evidence.rq (one event)", read_query(QUERIES / "evidence.rq"), {"event": f"<{event}>"}))
    about = "SELECT ?who ?event ?type WHERE { ?event kgo:participant|kgo:agent|kgo:counterpart ?who ; a ?type }"
    questions.append(("events of one person", read_query(about), {"who": f"<{person}>"}))
    for name, query, params in questions:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            rows = len(run(query, store, params).table()[1])
            times.append(time.perf_counter() - start)
        print(json.dumps({"stage": f"query {name}", "seconds": statistics.median(times), "peak_mb": _peak_mb(),
                          "rows": rows}), flush=True)  # fmt: skip


def run_naive(corpus: Path, out: Path) -> None:
    """The naive way: one rdflib graph, one pySHACL call, rdflib's serialiser and engine."""
    import pyshacl

    from kg.facts.corpus import load_corpus
    from kg.graph.mapping import to_graph
    from kg.namespaces import sparql_prologue
    from kg.ontology import ontology_graph, shapes_graph

    graph = _stage("load + map (rdflib)", lambda: to_graph(load_corpus([corpus])))
    _stage("validate (one pySHACL call)", lambda: pyshacl.validate(graph, shacl_graph=shapes_graph(),
           ont_graph=ontology_graph(), inference="none", advanced=True), triples=len(graph))  # fmt: skip
    _stage("export Turtle (rdflib)", lambda: graph.serialize(out / "naive.ttl", format="turtle"))
    graph += ontology_graph()
    for path in sorted(QUERIES.glob("*.rq")):
        query = sparql_prologue() + path.read_text(encoding="utf-8")
        _stage(f"query {path.name}", lambda q=query: len(list(graph.query(q))))


def _child(part: str, corpus: Path, out: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    command = [sys.executable, "-m", "benchmarks.scale", "--part", part, "--corpus", str(corpus), "--out", str(out),
               "--jobs", str(args.jobs), "--validator", args.validator]  # fmt: skip
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {part} run failed (exit {done.returncode})")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def _watch(part: str, corpus: Path, out: Path, args: argparse.Namespace, limit: float) -> list[dict[str, Any]]:
    """Run the naive side with a time limit; an unfinished stage is reported as '>limit'."""
    rows: list[dict[str, Any]] = []
    command = [sys.executable, "-m", "benchmarks.scale", "--part", part, "--corpus", str(corpus), "--out", str(out),
               "--jobs", "1", "--validator", "pyshacl"]  # fmt: skip
    output = out / f"{part}.jsonl"
    with output.open("w") as sink, subprocess.Popen(command, stdout=sink) as child:
        try:
            child.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    rows = [json.loads(line) for line in output.read_text().splitlines() if line.strip()]
    done = sum(r["seconds"] for r in rows)
    if child.returncode != 0:
        rows.append({"stage": "(stopped at the time limit)", "seconds": max(0.0, limit - done), "unfinished": True,
                     "peak_mb": rows[-1]["peak_mb"] if rows else 0.0})  # fmt: skip
    return rows


def table(title: str, rows: list[dict[str, Any]]) -> str:
    lines = [title, f"{'stage':44} {'seconds':>10} {'peak MB':>9} {'triples/s':>11}  rows"]
    for row in rows:
        rate = f"{row['triples'] / row['seconds']:,.0f}" if row.get("triples") and row["seconds"] else ""
        seconds = f">{row['seconds']:.3f}" if row.get("unfinished") else f"{row['seconds']:.3f}"
        lines.append(f"{row['stage'][:44]:44} {seconds:>10} {row['peak_mb']:>9.0f} {rate:>11}  {row.get('rows', '')}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--people", type=int, default=2000, help="people in the synthetic register")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--validator", choices=("pyshacl", "turbo"), default="turbo")
    parser.add_argument("--naive", action="store_true", help="also run the naive way, for the ratio")
    parser.add_argument("--naive-limit", type=float, default=600.0, help="seconds the naive way may take")
    parser.add_argument("--part", choices=("kg", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part == "kg":
        run_kg(args.corpus, args.out, args.jobs, args.validator)
        return
    if args.part == "naive":
        run_naive(args.corpus, args.out)
        return

    with tempfile.TemporaryDirectory(prefix="kg-scale-") as folder:
        root = Path(folder)
        start = time.perf_counter()
        generate(root / "corpus", args.articles, people=args.people)
        print(f"generated {args.articles} articles in {time.perf_counter() - start:.1f} s", flush=True)
        (root / "kg").mkdir()
        kg_rows = _child("kg", root / "corpus", root / "kg", args)
        print(table(f"kg (jobs={args.jobs}, validator={args.validator})", kg_rows), flush=True)
        kg_s = sum(r["seconds"] for r in kg_rows if r["stage"] in ("build + validate", "export Turtle"))
        triples = next(r["triples"] for r in kg_rows if r["stage"] == "export Turtle")
        peak = max(r["peak_mb"] for r in kg_rows)
        naive = "skipped"
        speedup = "n/a"
        if args.naive:
            generate(root / "naive-corpus", args.articles, people=args.people)
            (root / "naive").mkdir()
            naive_rows = _watch("naive", root / "naive-corpus", root / "naive", args, args.naive_limit)
            print(table("naive (one rdflib graph, one pySHACL call, rdflib Turtle)", naive_rows), flush=True)
            stages = ("load + map (rdflib)", "validate (one pySHACL call)", "export Turtle (rdflib)")
            core = [r for r in naive_rows if r["stage"] in stages]
            unfinished = len(core) < len(stages)
            naive_s = sum(r["seconds"] for r in core)
            if unfinished:  # the stage that ran out of time counts for what it had used
                naive_s += sum(r["seconds"] for r in naive_rows if r.get("unfinished"))
            naive = f">{naive_s:.1f}" if unfinished else f"{naive_s:.1f}"
            speedup = f"{'>' if unfinished else ''}{naive_s / kg_s:.1f}x"
        print(f"articles={args.articles} triples={triples} kg_s={kg_s:.1f} naive_s={naive} speedup={speedup} "
              f"peak_mb={peak:.0f}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
