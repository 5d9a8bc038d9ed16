"""Shared fixtures: the bundled build, temporary corpora, and `need` for parts
of the suite that rely on a program (chromium, virtuoso, an oxigraph server).

`need(ok, reason)` skips a test when a program is missing, except under
KG_STRICT=1 (set by .ci/run), where the same test fails: CI installs them all.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg import resources
from kg.build.assemble import build
from kg.build.chunks import Build

pytest_plugins = ["triplestores", "browser"]  # servers and Chromium, for every test that asks for them

STRICT = os.environ.get("KG_STRICT") == "1"
SEED = resources.CORPUS_DIR / "report-2025-12-04-coaker-baku"


def need(ok: bool, reason: str) -> None:
    if ok:
        return
    if STRICT:
        pytest.fail(f"{reason} (KG_STRICT=1: CI installs it, so its absence is a failure)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seed_build() -> Build:
    """The bundled corpus, built once for the session (do not modify its graph)."""
    return build()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the bundled corpus, to break on purpose."""
    target = tmp_path / "corpus"
    shutil.copytree(resources.CORPUS_DIR, target)
    return target


@pytest.fixture
def article(corpus: Path) -> Path:
    """The seed article's folder inside the writable corpus copy."""
    return corpus / SEED.name
