"""The command line starts without the heavy libraries: each command imports what it needs when it runs."""

import subprocess
import sys

import pytest

HEAVY = ("rdflib", "pyshacl", "pyoxigraph", "requests", "SPARQLWrapper", "matplotlib", "networkx", "spacy")


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["query", "--help"], ["draw", "--help"]])
def test_help_loads_no_heavy_library(argv: list[str]) -> None:
    script = (
        "import sys\n"
        "from kg.cli import main\n"
        f"try:\n    main({argv!r}, prog_name='kg')\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout


def test_a_command_still_finds_its_libraries_when_it_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kg", "query", "ASK { ?s a kgo:Meeting }", "--format", "json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"boolean":true' in done.stdout.replace(" ", "")
