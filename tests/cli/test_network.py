"""The network commands: thin, with one clear error line and no half-written file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.build.chunks import Build
from kg.cli import main

COMMANDS = ("analyze", "path", "network", "draw", "timeline")


@pytest.fixture(scope="module")
def graph_file(seed_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "graph.ttl"
    path.write_bytes(seed_build.graph.serialize(format="turtle", encoding="utf-8"))
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert f"kg {command}" in out


def test_analyze_table_and_json(graph_file: Path) -> None:
    code, out, _ = run("analyze", "--data", str(graph_file))
    assert code == 0 and "Vernon Coaker" in out.splitlines()[4]
    code, out, _ = run("analyze", "-d", str(graph_file), "--format", "json")
    assert code == 0 and json.loads(out)["scores"][0]["label"] == "Vernon Coaker"


def test_path_names_in_either_language(graph_file: Path) -> None:
    code, out, _ = run("path", "Vernon Koaker", "Armenia", "--data", str(graph_file))
    assert code == 0 and "embargo lifting (2025-10)" in out
    code, out, _ = run("path", "Vernon Coaker", "İlham Əliyev", "-d", str(graph_file), "-f", "json")
    assert code == 0 and json.loads(out)["paths"][0][0]["via"][0]["label"] == "meeting"


def test_an_unknown_or_ambiguous_name_is_one_line(graph_file: Path) -> None:
    code, out, err = run("path", "Coaker", "British", "--data", str(graph_file))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("kg: error: the name 'British' is ambiguous")
    code, _, err = run("draw", "--focus", "Nobody", "-o", "x.html", "--data", str(graph_file))
    assert code == 2 and err.startswith("kg: error: no actor is named 'Nobody'") and "Traceback" not in err


def test_network_export_to_a_file(graph_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "network.graphml"
    code, _, _ = run("network", "--data", str(graph_file), "--format", "graphml", "-o", str(target))
    assert code == 0
    assert nx.read_graphml(target).number_of_nodes() == 16
    code, out, _ = run("network", "--data", str(graph_file), "--format", "gexf", "--bipartite")
    assert code == 0 and nx.read_gexf(io.BytesIO(out.encode("utf-8"))).number_of_nodes() == 16 + 13


def test_draw_html_focus_and_timeline(graph_file: Path, tmp_path: Path) -> None:
    page = tmp_path / "ego.html"
    code, _, err = run("draw", "--data", str(graph_file), "--focus", "Ilham Aliyev", "--depth", "1", "-o", str(page))
    assert code == 0, err
    text = page.read_text(encoding="utf-8")
    assert "<title>Ilham Aliyev and the actors within 1 step(s)</title>" in text
    assert '"label":"Baku"' in text and '"label":"Armenia"' not in text
    picture = tmp_path / "timeline.svg"
    assert run("timeline", "--data", str(graph_file), "-o", str(picture))[0] == 0
    assert picture.read_bytes().startswith(b"<?xml")


def test_bad_input_writes_nothing(graph_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "network.pdf"
    code, _, err = run("draw", "--data", str(graph_file), "-o", str(target))
    assert code == 2 and "end the file name with one of .html, .htm, .svg, .png" in err
    assert not target.exists()
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    code, _, err = run("timeline", "--data", str(broken), "-o", str(tmp_path / "t.png"))
    assert code == 2 and str(broken) in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == [broken]


def test_a_graph_without_events_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.ttl"
    empty.write_text('<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .\n', encoding="utf-8")
    for args in (
        ["draw", "-o", str(tmp_path / "n.html")],
        ["draw", "-o", str(tmp_path / "n.png")],
        ["timeline", "-o", str(tmp_path / "t.svg")],
        ["analyze"],
        ["network"],
    ):
        code, out, err = run(*args, "--data", str(empty))
        if args[0] == "network":  # an empty network is still a valid, empty GraphML file
            assert code == 0 and "<graphml" in out
            continue
        assert code == 2 and err.startswith("kg: error: the graph has no"), (args, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.ttl"]
