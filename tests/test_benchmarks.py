"""The benchmark runs at a tiny size so that it cannot rot (no timings are asserted)."""

import re
import subprocess
import sys
from pathlib import Path

from benchmarks.generate import generate
from kg.build.assemble import build

ROOT = Path(__file__).resolve().parent.parent


def test_generated_corpus_builds_and_conforms(tmp_path: Path) -> None:
    corpus = generate(tmp_path / "corpus", 12, people=40)
    result = build([corpus], validator="turbo")
    assert result.report.conforms, str(result.report)
    assert len(result.articles) == 12
    # evidence quotes really occur in the generated texts (the loader checked each one)
    assert sum(chunk.quotes for chunk in result.articles) >= 12 * 3


def test_scale_script_prints_its_summary_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale", "--articles", "20", "--people", "40", "--naive", "--jobs", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"articles=20 triples=\d+ kg_s=[\d.]+ naive_s=>?[\d.]+ speedup=>?[\d.]+x peak_mb=\d+", last), (
        last
    )
    assert "build + validate" in done.stdout and "validate (one pySHACL call)" in done.stdout


def test_startup_script_prints_its_summary_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup", "--runs", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"help_s=[\d.]+ baseline_s=[\d.]+ build_seed_s=[\d.]+ build_seed_cached_s=[\d.]+", last), last
    assert "kg draw --help" in done.stdout and "python -X importtime" in done.stdout
