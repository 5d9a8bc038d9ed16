"""Safe YAML reading that remembers on which line each value stands.

Fact files are reviewed by people, so an error must name the line. PyYAML's
``SafeLoader`` never constructs Python objects (a ``!!python/object`` tag is
refused); on top of it this loader keeps timestamps as the strings written
(dates are kg's business, see ``kg.facts.dates``), rejects duplicate keys,
lets an alias (``*name``) repeat only a text or a flat list of texts and
refuses merge keys (``<<``), so that an alias bomb ("billion laughs") cannot
expand, however a reader walks the data, and records line
numbers in ``Located`` mappings and sequences. libyaml refuses nesting deeper
than it can parse (a one-line YAML error).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kg.errors import KgError
from kg.facts.text import read_utf8


class Located(dict):  # type: ignore[type-arg]
    """A YAML mapping that knows the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):  # type: ignore[type-arg]
    """A YAML sequence that knows the line of itself and of each item."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's safe loader where PyYAML has it (about 12 times faster), else the pure one."""

    aliases_used = 0

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if node in self.recursive_objects:
            raise KgError(f"an alias refers to the value that contains it; {_ALIASES}", line=node.start_mark.line + 1)
        if node in self.constructed_objects:  # the same node again: an alias (*name)
            self.aliases_used += 1
            flat = isinstance(node, ScalarNode) or (
                isinstance(node, SequenceNode) and all(isinstance(child, ScalarNode) for child in node.value)
            )
            if not flat:
                raise KgError(f"an alias repeats a mapping or a nested list; {_ALIASES}", line=node.start_mark.line + 1)
            if self.aliases_used > MAX_ALIASES:
                raise KgError(f"more than {MAX_ALIASES} aliases; {_ALIASES}", line=node.start_mark.line + 1)
        return super().construct_object(node, deep)


MAX_ALIASES = 1000
_ALIASES = (
    "an alias (*name) may repeat only a text or a list of texts (shared evidence), so that no alias bomb "
    '("billion laughs") can expand: write the value out'
)


def _mapping(loader: _Loader, node: MappingNode) -> Located:
    located = Located()
    located.line = node.start_mark.line + 1
    located.key_lines = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise KgError(f"a merge key (<<) repeats a mapping; {_ALIASES}", line=key_node.start_mark.line + 1)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool):
            raise KgError("a key must be plain text", line=key_node.start_mark.line + 1)
        key = str(key)
        if key in located:
            raise KgError(
                f"duplicate key {key!r} (first on line {located.key_lines[key]}); each key may appear once",
                line=key_node.start_mark.line + 1,
            )
        located[key] = loader.construct_object(value_node, deep=True)
        located.key_lines[key] = key_node.start_mark.line + 1
    return located


def _sequence(loader: _Loader, node: SequenceNode) -> LocatedList:
    located = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    located.line = node.start_mark.line + 1
    located.item_lines = [child.start_mark.line + 1 for child in node.value]
    return located


def _as_written(loader: _Loader, node: Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _as_written)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file safely; any problem is a ``KgError`` naming file and line."""
    text = read_utf8(path)
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except KgError as err:
        err.where = path
        raise
    except yaml.constructor.ConstructorError as err:
        mark = err.problem_mark
        raise KgError(
            f"{err.problem}; fact files hold plain data, tags such as !!python/object are refused",
            where=path,
            line=mark.line + 1 if mark else None,
        ) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        raise KgError(
            f"YAML syntax error: {problem}; fix the YAML at this line",
            where=path,
            line=mark.line + 1 if mark else None,
        ) from None
