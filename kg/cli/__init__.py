"""The ``kg`` command: thin click over the library, one module per command group.

Each command imports what it needs when it runs, so ``kg --help`` and
``kg COMMAND --help`` start without loading rdflib, pySHACL or matplotlib.
"""

from kg.cli import build, extract, network, query, remote  # noqa: F401  (each module adds its commands to main)
from kg.cli.group import main

__all__ = ["main"]
