"""Where the bundled ontology, shapes, queries and corpus live.

In a source checkout (``pip install -e .``) they are the repository's own
folders; an installed wheel carries copies under ``kg/_bundled``.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    checkout = PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    return PACKAGE_DIR / "_bundled" / name


ONTOLOGY_DIR = _folder("ontology")
ONTOLOGY = ONTOLOGY_DIR / "kg.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = _folder("queries")
CORPUS_DIR = _folder("corpus")
DEFAULT_OUTPUT = Path("graph.ttl")
