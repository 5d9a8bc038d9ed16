"""How fast kg starts: ``kg --help``, each ``kg COMMAND --help``, and ``kg build`` of the seed,
each against the eager baseline measured in the same run.

    python -m benchmarks.startup [--runs 7]

The baseline is what ``kg --help`` cost when the command line imported every
stage before parsing it: the same Python start-up plus rdflib, pySHACL,
requests, SPARQLWrapper and matplotlib (``python -c "import ..."``). Each
figure is the median wall-clock time of ``--runs`` runs after one warm-up, each
run a new process. The biggest imports of ``kg --help`` come from
``python -X importtime``. The last line is the summary:
``help_s=... baseline_s=... build_seed_s=... build_seed_cached_s=...``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# what kg/cli.py imported at start-up before it was split (the baseline)
EAGER = (
    "kg.build.assemble",
    "kg.validate.shacl",
    "kg.graph.serialization",
    "kg.store.query",
    "kg.store.stats",
    "kg.remote.client",
    "kg.remote.push",
    "kg.remote.serve",
    "kg.network.picture",
    "rich.progress",
)
COMMANDS = ("build", "validate", "export", "query", "stats", "push", "serve", "extract", "analyze", "draw")


def median_seconds(argv: list[str], runs: int, cwd: Path | None = None) -> float:
    """The median wall-clock time of ``argv`` as a new process, after one warm-up run."""
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def biggest_imports(argv: list[str], count: int = 8) -> list[tuple[int, str]]:
    """The ``count`` imports with the largest cumulative time (µs) under ``python -X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].strip()))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="Counted runs of each command (median reported).")
    args = parser.parse_args()
    kg = [sys.executable, "-m", "kg"]
    eager = "import kg.cli; " + "; ".join(f"import {module}" for module in EAGER)
    baseline = median_seconds([sys.executable, "-c", eager], args.runs)
    help_s = median_seconds([*kg, "--help"], args.runs)
    print(f"{'kg --help':<24} {help_s:6.3f} s   eager baseline {baseline:6.3f} s   {baseline / help_s:4.1f}x faster")
    for command in COMMANDS:
        seconds = median_seconds([*kg, command, "--help"], args.runs)
        print(f"{'kg ' + command + ' --help':<24} {seconds:6.3f} s")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "graph.ttl"
        clean = median_seconds([*kg, "build", "-q", "--no-cache", "-o", str(out)], args.runs, cwd=Path(folder))
        subprocess.run([*kg, "build", "-q", "-o", str(out)], cwd=folder, check=True)  # fill the cache
        cached = median_seconds([*kg, "build", "-q", "-o", str(out)], args.runs, cwd=Path(folder))
    print(f"{'kg build (seed, clean)':<24} {clean:6.3f} s")
    print(f"{'kg build (seed, cached)':<24} {cached:6.3f} s")
    print("biggest imports of kg --help (cumulative, python -X importtime):")
    for micros, module in biggest_imports(["-m", "kg", "--help"]):
        print(f"  {micros / 1000:7.1f} ms  {module}")
    print(f"help_s={help_s:.3f} baseline_s={baseline:.3f} build_seed_s={clean:.3f} build_seed_cached_s={cached:.3f}")


if __name__ == "__main__":
    main()
