"""The package's layout: each folder one stage of the data flow, imports only downward.

facts → graph → validate → build → store → (remote | network | extract) → cli.
A module may import its own stage or a lower one; remote, network and
extraction know nothing of each other. The base modules (errors, resources,
namespaces, ontology, atomic writes, lazy exports) sit below every stage.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg import resources

PACKAGE = resources.PACKAGE_DIR
RANKS = {"base": 0, "facts": 1, "graph": 2, "validate": 3, "build": 4, "store": 5,
         "remote": 6, "network": 6, "extract": 6, "cli": 7}  # fmt: skip
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 200


def stage(module: str) -> str:
    """The stage of a module named ``kg.x.y``: its folder, or "base" for kg's top-level modules."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in RANKS:
        return parts[1]
    if parts[1:] == ["__main__"]:
        return "cli"
    return "base"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "_bundled" not in p.parts)


def imported(tree: ast.AST) -> list[tuple[int, str]]:
    """Every kg module a file imports, at the top or inside a function."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and node.module.startswith("kg"):
            if node.module == "kg":
                found += [(node.lineno, f"kg.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("kg.")]
    return found


def violations(path: Path, tree: ast.AST) -> list[str]:
    here = stage(module_name(path))
    wrong = []
    for line, target in imported(tree):
        there = stage(target)
        if there != here and RANKS[there] >= RANKS[here]:
            wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {here} imports {target} ({there})")
    return wrong


def test_stages_import_only_downward() -> None:
    wrong = [v for path in sources() for v in violations(path, ast.parse(path.read_text(encoding="utf-8")))]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("module", "source", "allowed"),
    [
        ("kg.facts.article", "from kg.graph.mapping import add_article\n", False),
        ("kg.network.page", "def f():\n    from kg.remote.push import push\n", False),
        ("kg.remote.push", "from kg.network.projection import Network\n", False),
        ("kg.store.query", "from kg.build import build\n", True),
        ("kg.errors", "from kg.facts.dates import When\n", False),
        ("kg.cli.build", "from kg.build.assemble import build_to_file\n", True),
    ],
)
def test_the_direction_check_catches_an_upward_import(module: str, source: str, allowed: bool) -> None:
    path = PACKAGE.parent / Path(*module.split(".")).with_suffix(".py")
    assert (not violations(path, ast.parse(source))) is allowed


def test_every_stage_is_a_folder() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert folders >= set(RANKS) - {"base"}


def test_modules_functions_and_classes_stay_small() -> None:
    too_big = []
    for path in sources():
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(PACKAGE.parent)
        if len(text.splitlines()) > MAX_MODULE_LINES:
            too_big.append(f"{name}: {len(text.splitlines())} lines (module)")
        for node in ast.walk(ast.parse(text)):
            limit = {ast.FunctionDef: MAX_FUNCTION_LINES, ast.AsyncFunctionDef: MAX_FUNCTION_LINES,
                     ast.ClassDef: MAX_CLASS_LINES}.get(type(node))  # fmt: skip
            if limit and node.end_lineno - node.lineno + 1 > limit:
                too_big.append(f"{name}:{node.lineno}: {node.name} is {node.end_lineno - node.lineno + 1} lines")
    assert not too_big, "\n".join(too_big)


def test_no_public_name_is_also_a_module_of_its_stage() -> None:
    """A submodule, once imported, shadows a lazy name of its package (``kg.extract.evaluate`` was one)."""
    import importlib

    clashes = []
    for folder in sorted(p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()):
        package = importlib.import_module(f"kg.{folder.name}")
        modules = {p.stem for p in folder.glob("*.py")} | {p.name for p in folder.iterdir() if p.is_dir()}
        clashes += [f"kg.{folder.name}.{name}" for name in getattr(package, "__all__", ()) if name in modules]
    assert not clashes, clashes
