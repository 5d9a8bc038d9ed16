"""The command line as a user meets it: the real `kg` process, its output, its exit codes."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg import resources


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_build_writes_the_documented_default_path(tmp_path: Path) -> None:
    done = kg("build", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "graph.ttl").is_file()
    assert "articles" in done.stdout and "triples" in done.stdout
    assert "SHACL: conforms" in done.stdout
    assert done.stderr == ""


def test_build_chosen_paths_and_output(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "coaker.jsonld"
    done = kg("build", str(article / "facts.yaml"), "-o", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert out.read_text(encoding="utf-8").lstrip().startswith("{")


def yaml_syntax_error(article: Path) -> tuple[Path, str]:
    replace(article / "facts.yaml", "    type: Visit\n", "    type: [Visit\n")
    return article / "facts.yaml", "YAML syntax error"


def python_tag(article: Path) -> tuple[Path, str]:
    replace(article / "facts.yaml", "    type: Visit\n", "    type: !!python/object/apply:os.system ['touch pwned']\n")
    return article / "facts.yaml", "refused"


def quote_not_in_article(article: Path) -> tuple[Path, str]:
    replace(article / "facts.yaml", "evidence: Oktyabrda Böyük Britaniya", "evidence: Noyabrda Böyük Britaniya")
    return article / "facts.yaml", "is not in the article"


def undefined_entity(article: Path) -> tuple[Path, str]:
    replace(article / "facts.yaml", "counterpart: zakir-hasanov", "counterpart: zakir-hasan")
    return article / "facts.yaml", "no entity 'zakir-hasan'"


def malformed_date(article: Path) -> tuple[Path, str]:
    replace(article / "facts.yaml", 'date: "2025-10"', 'date: "2025-10-32"')
    return article / "facts.yaml", "not a day of the calendar"


def unknown_event_type(article: Path) -> tuple[Path, str]:
    replace(article / "facts.yaml", "type: EmbargoLifting", "type: EmbargoLifted")
    return article / "facts.yaml", "unknown event type 'EmbargoLifted'"


@pytest.mark.parametrize(
    "mistake",
    [yaml_syntax_error, python_tag, quote_not_in_article, undefined_entity, malformed_date, unknown_event_type],
)
def test_bad_fact_file_is_one_line_and_loses_nothing(tmp_path: Path, corpus: Path, article: Path, mistake) -> None:
    facts, words = mistake(article)
    out = tmp_path / "out"
    out.mkdir()
    previous = out / "graph.ttl"
    previous.write_text("the previous graph\n", encoding="utf-8")
    done = kg("build", str(corpus), "-o", str(previous), cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"kg: error: {facts}:"), lines[0]  # file and line
    assert words in lines[0]
    assert "Traceback" not in done.stderr + done.stdout
    assert previous.read_text(encoding="utf-8") == "the previous graph\n"
    assert [p.name for p in out.iterdir()] == ["graph.ttl"]
    assert not (tmp_path / "pwned").exists()


def test_shacl_violation_lists_it_and_writes_nothing(tmp_path: Path, corpus: Path, article: Path) -> None:
    replace(article / "facts.yaml", "    counterpart: zakir-hasanov\n", "")  # a meeting of one
    out = tmp_path / "graph.ttl"
    done = kg("build", str(corpus), "-o", str(out))
    assert done.returncode == 1
    assert "meeting" in done.stderr and "two" in done.stderr
    assert "nothing was written" in done.stderr
    assert not out.exists()


def test_a_date_after_publication_is_one_line_at_its_field(tmp_path: Path, corpus: Path, article: Path) -> None:
    replace(article / "facts.yaml", 'date: "2025-10"', 'date: "2026-01"')
    out = tmp_path / "graph.ttl"
    done = kg("build", str(corpus), "-o", str(out))
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert re.match(
        r"kg: error: .*facts\.yaml:\d+: events\.[a-z-]+\.date: 2026-01 is after the article's publication "
        r"\(2025-12-04\)",
        done.stderr,
    ), done.stderr
    assert not out.exists()


def test_missing_paths_and_files(tmp_path: Path) -> None:
    for args, words in [
        (["build", str(tmp_path / "nowhere")], "no such file or folder"),
        (["validate", str(tmp_path / "absent.ttl")], "file not found"),
        (["export", str(tmp_path / "absent.ttl")], "file not found"),
        (["query", str(tmp_path / "absent.rq")], "no such query file"),
    ]:
        done = kg(*args)
        assert done.returncode == 2, args
        assert done.stderr.startswith("kg: error: ") and words in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert "Traceback" not in done.stderr


def test_broken_sparql_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("# Who?\nSELECT ?who WHERE {\n  ?who a kgo:Person .\n  FILTER (\n}\n", encoding="utf-8")
    graph = tmp_path / "graph.ttl"
    assert kg("build", "-o", str(graph), "-q").returncode == 0
    done = kg("query", str(path), "--data", str(graph))
    assert done.returncode == 2
    assert done.stderr.startswith(f"kg: error: {path}:") and "SPARQL syntax error" in done.stderr
    assert "Traceback" not in done.stderr


def test_query_formats_and_output_file(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    assert kg("build", "-o", str(graph), "-q").returncode == 0
    query = str(resources.QUERIES_DIR / "who-met-whom.rq")
    table = kg("query", query, "--data", str(graph))
    assert table.returncode == 0 and "Zakir Hasanov" in table.stdout and "3 rows" in table.stdout
    out = tmp_path / "met.csv"
    done = kg("query", query, "--data", str(graph), "--format", "csv", "-o", str(out))
    assert done.returncode == 0 and done.stdout == ""
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("meeting,person,met")
    inline = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a kgo:Meeting }", "--format", "json")
    assert inline.returncode == 0 and '"value":"3"' in inline.stdout.replace(" ", "")
    construct = kg("query", "DESCRIBE kgr:baku", "--data", str(graph))
    assert construct.returncode == 0 and "Bakı" in construct.stdout and "@prefix" in construct.stdout


def test_export_formats(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    assert kg("build", "-o", str(graph), "-q").returncode == 0
    for fmt, start in [("jsonld", "{"), ("nt", "<"), ("xml", "<?xml"), ("ttl", "@prefix")]:
        out = tmp_path / f"graph.{fmt}"
        done = kg("export", str(graph), "--format", fmt, "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert out.read_text(encoding="utf-8").startswith(start)
