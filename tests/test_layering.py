"""The layers stay layers: who may import whom, and which module owns each third-party library.

Read from the source with ``ast``, so an import inside a function (a lazy import) counts
as much as one at the top of a module.

    rules/                pure domain logic: imports neither intake/ nor models/
    models/               the database: never imports intake/
    models/migrations/versions/  a migration is a frozen piece of history: imports no project code
    intake/ingest/sources mail sources hand over bytes: never import models/
    intake/cli/           parses, calls the service API, formats: never imports sqlalchemy or models/
    intake/web/           the same for pages
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PROJECT = ("intake", "models", "rules")

# Each third-party library is used by one module (or one package, for the few that are the
# layer itself: SQLAlchemy is how models/ and the services talk to the database). A library
# not in this table fails the test until someone decides who owns it.
OWNERS: dict[str, tuple[str, ...]] = {
    "alembic": ("models/session.py", "models/migrations/"),
    "anyio": ("intake/web/app.py",),
    "apscheduler": ("intake/reporting/scheduler.py",),
    "argon2": ("intake/passwords.py",),
    "click": ("intake/cli/",),
    "cryptography": ("intake/crypto.py",),
    "docx": ("intake/ingest/attachment_text.py",),
    "fastapi": ("intake/web/",),
    "imapclient": ("intake/ingest/sources/imap.py",),
    "jinja2": ("intake/web/app.py",),
    "mailparser": ("intake/ingest/parsing.py",),
    "phonenumbers": ("rules/detection/identifiers.py",),
    "pypdf": ("intake/ingest/attachment_text.py",),
    "spacy": ("rules/detection/nlp.py",),
    "sqlalchemy": ("models/", "intake/"),
    "starlette": ("intake/web/",),
    "stdnum": ("rules/detection/identifiers.py",),
    "uvicorn": ("intake/web/server.py",),
}

# Imports that break a rule and are being removed, as (file, library) pairs. The list may only
# shrink: a new violation fails, and so does an entry that is no longer one (delete it). It is
# empty since every command goes through intake/services/ (see also tests/services/test_cli_is_thin.py).
KNOWN_VIOLATIONS: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Import:
    module: str  # the file, relative to the repository: "intake/cli/mail.py"
    target: str  # the imported module, absolute: "models.session"
    line: int

    @property
    def top(self) -> str:
        return self.target.split(".")[0]


def imports_of(path: Path, root: Path = REPO) -> list[Import]:
    relative = path.relative_to(root).as_posix()
    package = relative.split("/")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=relative)):
        if isinstance(node, ast.Import):
            found.extend(Import(relative, alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the file's package
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module
            found.append(Import(relative, target, node.lineno))
    return found


def project_files() -> list[Path]:
    return sorted(path for top in PROJECT for path in (REPO / top).rglob("*.py"))


ALL_IMPORTS = [found for path in project_files() for found in imports_of(path)]


def violations(sources: str, forbidden: tuple[str, ...], imports=ALL_IMPORTS) -> set[tuple[str, str]]:
    return {(found.module, found.top) for found in imports if found.module.startswith(sources) and found.top in forbidden}


def where(pairs: set[tuple[str, str]], imports=ALL_IMPORTS) -> list[str]:
    return sorted(f"{found.module}:{found.line} imports {found.target}"
                  for found in imports if (found.module, found.top) in pairs)


def test_the_import_reader_sees_lazy_and_relative_imports(tmp_path):
    """The checks below are only as good as this reader: it must see imports inside functions."""
    source = tmp_path / "intake" / "cli" / "example.py"
    source.parent.mkdir(parents=True)
    source.write_text("def command():\n    from models.session import make_engine\n    from .root import cli\n    import sqlalchemy.orm\n",
                      encoding="utf-8")
    found = {(i.target, i.line) for i in imports_of(source, root=tmp_path)}
    assert found == {("models.session", 2), ("intake.cli.root", 3), ("sqlalchemy.orm", 4)}


def test_rules_import_neither_intake_nor_models():
    assert not where(violations("rules/", ("intake", "models")))


def test_models_never_import_intake():
    assert not where(violations("models/", ("intake",)))


def test_migrations_import_no_project_code():
    """A revision must do the same thing in five years as today, whatever the code then says.
    (env.py, which runs them, may read the models: autogenerate compares against them.)"""
    assert not where(violations("models/migrations/versions/", PROJECT))


def test_mail_sources_never_import_models():
    assert not where(violations("intake/ingest/sources/", ("models", "sqlalchemy")))


def test_the_cli_reaches_the_database_only_through_the_services():
    found = violations("intake/cli/", ("models", "sqlalchemy"))
    new = found - KNOWN_VIOLATIONS
    assert not new, f"the CLI must call intake/services/, not the database: {where(new)}"
    fixed = KNOWN_VIOLATIONS - found
    assert not fixed, f"no longer violations; remove them from KNOWN_VIOLATIONS: {sorted(fixed)}"


def test_web_pages_reach_the_database_only_through_the_services():
    assert not where(violations("intake/web/", ("models", "sqlalchemy")))


def test_each_third_party_library_has_one_owner():
    standard = sys.stdlib_module_names | {"__future__"}
    misplaced, unowned = [], set()
    for found in ALL_IMPORTS:
        if found.top in standard or found.top in PROJECT:
            continue
        owners = OWNERS.get(found.top)
        if owners is None:
            unowned.add(found.top)
        elif not found.module.startswith(owners):
            misplaced.append(f"{found.module}:{found.line} imports {found.target} (owned by {', '.join(owners)})")
    assert not unowned, f"decide which module owns {sorted(unowned)} and add it to OWNERS"
    assert not misplaced


@pytest.mark.parametrize("sources, forbidden", [("rules/", ("intake",)), ("intake/cli/", ("sqlalchemy",))])
def test_a_violation_would_be_reported(sources, forbidden):
    """The rules are not vacuous: an import that breaks one is found."""
    planted = [Import(f"{sources}planted.py", f"{forbidden[0]}.anything", 1)]
    assert violations(sources, forbidden, planted) == {(f"{sources}planted.py", forbidden[0])}
