"""The one error a user's mistake raises: a message that says where and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar


@dataclass
class KgError(Exception):
    """A problem with the user's input, reported as one line.

    ``where`` is a file (with ``line`` when known) or a URL; ``field`` names the
    field of a fact file (``events.visit.date``); ``message`` says what is wrong
    and what to do.
    """

    message: str
    where: str | Path | None = None
    line: int | None = None
    field: str | None = None

    exit_code: ClassVar[int] = 2  # the command line's exit code for this error

    def details(self) -> str | None:
        """Lines to print before the one-line error (e.g. a SHACL report), if any."""
        return None

    def __str__(self) -> str:
        place = ""
        if self.where is not None:
            place = str(self.where)
            if self.line is not None:
                place += f":{self.line}"
            place += ": "
        field = f"{self.field}: " if self.field else ""
        return f"{place}{field}{self.message}"
