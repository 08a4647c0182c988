"""The ``intake`` command line: a thin layer over the Python API, and the only user of click.

``root`` holds the group, shared options and ``main``; each other module adds the
commands of one area to the group when imported.
"""

from intake.cli import keys, lawful, mail, minimize, privacy, report, web  # noqa: F401  (registers the commands)
from intake.cli.root import cli, main

__all__ = ["cli", "main"]
