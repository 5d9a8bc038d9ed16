"""kg build under faults: two builds at once, kill -9 half-way, a damaged cache, an output
folder that cannot be written, an output path that is a folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import need

from kg import resources
from kg.build.assemble import build_to_file
from kg.cli import main
from kg.errors import KgError

from . import KG_ARGS, digest, one_error

SEED = "report-2025-12-04-coaker-baku"


def kg(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *KG_ARGS, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def copies(corpus: Path, count: int) -> Path:
    """The corpus with ``count`` more copies of the seed, each published on its own day."""
    for number in range(count):
        target = corpus / f"report-2025-11-{number + 1:02d}-copy"
        shutil.copytree(corpus / SEED, target)
        meta = target / "article.yaml"
        text = meta.read_text(encoding="utf-8").replace("2025-12-04T21:14", f"2025-11-{number + 1:02d}T10:00")
        meta.write_text(text, encoding="utf-8")
    return corpus


def clean_build(corpus: Path, folder: Path) -> bytes:
    out = folder / "clean.ttl"
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_two_builds_writing_the_same_output_at_once_both_give_the_clean_graph(corpus: Path, tmp_path: Path) -> None:
    copies(corpus, 3)
    out = tmp_path / "out" / "graph.ttl"
    out.parent.mkdir()
    both = [kg("build", str(corpus), "-o", str(out), "--cache", str(tmp_path / "cache"), "-q", cwd=tmp_path)]
    both.append(kg("build", str(corpus), "-o", str(out), "--cache", str(tmp_path / "cache"), "-q", cwd=tmp_path))
    results = [p.communicate(timeout=300) for p in both]
    assert [p.returncode for p in both] == [0, 0], results
    assert all("Traceback" not in out + err for out, err in results)
    assert out.read_bytes() == clean_build(corpus, tmp_path)
    assert [p.name for p in out.parent.iterdir()] == ["graph.ttl"]  # no temporary file left behind


def test_kill_9_half_way_then_the_next_build_is_byte_identical_to_a_clean_one(corpus: Path, tmp_path: Path) -> None:
    copies(corpus, 8)
    out = tmp_path / "graph.ttl"
    out.write_bytes(b"the previous graph\n")
    cache = tmp_path / "cache"
    process = kg("build", str(corpus), "-o", str(out), "--cache", str(cache), "-q", cwd=tmp_path)
    deadline = time.monotonic() + 120
    while len(list(cache.rglob("*.json"))) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the build ended before it could be killed; give it more articles"
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert out.read_bytes() == b"the previous graph\n"  # the output is the old file, whole
    again = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--cache", str(cache), "-q"])
    assert again.exit_code == 0, again.output
    assert out.read_bytes() == clean_build(corpus, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "clean.ttl", "corpus", "graph.ttl"]


DAMAGE = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "binary": lambda data: os.urandom(256),
    "valid JSON, wrong shape": lambda data: b'{"format": 2}',
    "a triple edited": lambda data: data.replace(b"kgr:", b"kgx:", 1).replace(b"/kg-news/id/", b"/kg-news/ID/", 1),
    "checksum line only": lambda data: data.split(b"\n", 1)[0] + b"\n",
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_cache_entry_is_compiled_again_not_trusted(damage: str, corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    out = tmp_path / "graph.ttl"
    first = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--cache", str(cache), "-q"])
    assert first.exit_code == 0, first.output
    for entry in cache.rglob("*.json"):
        entry.write_bytes(DAMAGE[damage](entry.read_bytes()))
    again = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--cache", str(cache)])
    assert again.exit_code == 0 and "Traceback" not in again.output, again.output
    assert "(2 compiled, 0 cached)" in again.stdout or "compiled, 0 cached" in again.stdout
    assert out.read_bytes() == clean_build(corpus, tmp_path)
    third = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--cache", str(cache)])
    assert "(0 compiled, 1 cached)" in third.stdout  # the damaged entries were rewritten


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kg-read-only-"))
    (folder / "graph.ttl").write_bytes(b"the previous graph\n")
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def test_a_read_only_output_folder_is_one_line_and_the_old_file_stays(read_only_folder: Path) -> None:
    out = read_only_folder / "graph.ttl"
    command = [sys.executable, *KG_ARGS, "build", str(resources.CORPUS_DIR), "-o", str(out), "--no-cache", "-q"]
    if os.geteuid() == 0:  # root writes anywhere: run as nobody
        need(shutil.which("setpriv") is not None, "setpriv (util-linux) is needed to drop root for this test")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd="/")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr == f"kg: error: {out}: cannot write there: Permission denied\n"
    assert out.read_bytes() == b"the previous graph\n"


def test_an_output_path_that_is_a_folder_is_refused_and_the_folder_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "graph.ttl"
    folder.mkdir()
    (folder / "keep").write_text("kept")
    result = CliRunner().invoke(main, ["build", str(resources.CORPUS_DIR), "-o", str(folder), "--no-cache", "-q"])
    one_error(result, f"{folder}: a folder, not a file; give a file name")
    with pytest.raises(KgError, match="a folder, not a file; give a file name"):
        build_to_file([resources.CORPUS_DIR], folder, None, cache=None)
    assert [p.name for p in folder.iterdir()] == ["keep"]


def test_an_export_to_a_folder_is_one_line(tmp_path: Path, seed_build) -> None:
    from kg.graph.serialization import export

    graph = tmp_path / "graph.ttl"
    export(seed_build.graph, graph)
    (tmp_path / "out.jsonld").mkdir()
    before = digest(graph)
    result = CliRunner().invoke(main, ["export", str(graph), "-f", "jsonld", "-o", str(tmp_path / "out.jsonld")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert digest(graph) == before
