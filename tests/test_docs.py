"""The documentation cannot fall behind: help for every command, the README's commands."""

import re

import click
import pytest

from kg import resources
from kg.cli import main

README = (resources.CORPUS_DIR.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    command = main.commands[name]
    assert command.help and len(command.help) > 40, name
    assert re.search(rf"^\s*kg {name}\b", command.help, re.MULTILINE), f"kg {name} --help shows no example"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"kg {name} {param.opts[0]} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_the_readme_shows_every_command(name: str) -> None:
    assert f"kg {name}" in README


def test_quick_start_has_exactly_two_commands() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = section.split("```", 2)[1]
    commands = [line for line in block.splitlines()[1:] if line.strip() and not line.lstrip().startswith("#")]
    assert len(commands) == 2, commands
    assert "kg build" in commands[0]
    assert "make test" in commands[1]
