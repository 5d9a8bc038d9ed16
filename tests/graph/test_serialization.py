import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.atomic import write_atomic
from kg.errors import KgError
from kg.graph import FORMATS
from kg.graph.serialization import export, read_graph, serialize

BUILD_AND_PRINT = (
    "import sys; from kg.build import build; from kg.graph.serialization import serialize; "
    "sys.stdout.buffer.write(serialize(build().graph, sys.argv[1]))"
)


def build_in_fresh_process(fmt: str, seed: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run([sys.executable, "-c", BUILD_AND_PRINT, fmt], env=env, check=True, capture_output=True).stdout


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "xml"])
def test_two_builds_give_byte_identical_output(fmt: str) -> None:
    # different hash seeds change the order of Python sets and dicts of terms
    first, second = build_in_fresh_process(fmt, "1"), build_in_fresh_process(fmt, "2")
    assert first == second
    assert len(first) > 10_000


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_each_format_reads_back_isomorphic(seed_build, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"graph{FORMATS[fmt][1]}"
    export(seed_build.graph, path)
    assert isomorphic(read_graph(path), seed_build.graph)


def test_turtle_to_jsonld_and_back_is_isomorphic(seed_build, tmp_path: Path) -> None:
    turtle = Graph().parse(data=serialize(seed_build.graph, "ttl"), format="turtle")
    jsonld = Graph().parse(data=serialize(turtle, "jsonld"), format="json-ld")
    assert isomorphic(jsonld, seed_build.graph)


def test_turtle_uses_the_usual_prefixes(seed_build) -> None:
    head = serialize(seed_build.graph, "ttl").decode("utf-8").split("\n\n", 1)[0]
    for prefix in ("kgo:", "kgr:", "schema:", "sem:", "oa:", "prov:", "org:"):
        assert f"@prefix {prefix}" in head


def test_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old contents")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(KgError, match="No space left on device; the old file, if any, is untouched"):
        write_atomic(path, b"new contents, half written")
    assert path.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_write_keeps_permissions_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_write_into_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="does not exist"):
        write_atomic(tmp_path / "absent" / "graph.ttl", b"x")


def test_unknown_extension_and_bad_syntax(tmp_path: Path) -> None:
    odd = tmp_path / "graph.txt"
    odd.write_text("x")
    with pytest.raises(KgError, match="cannot tell the RDF format"):
        read_graph(odd)
    bad = tmp_path / "graph.nt"
    bad.write_text("<http://a> <http://b> .\n")
    with pytest.raises(KgError, match="not valid nt"):
        read_graph(bad)
