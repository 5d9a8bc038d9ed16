"""A stage's public names, imported only when first used (PEP 562).

``from kg.build import build`` works as usual, but ``import kg.build.cache``
(or the command line listing its commands) does not load rdflib, pySHACL and
the rest of the stage until a name that needs them is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``names[name]`` (a module path) and returns its ``name``."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(module), name)

    return __getattr__
