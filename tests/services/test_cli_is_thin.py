"""The CLI only parses, calls one service and formats: no module in intake/cli/ touches the database layer."""

from __future__ import annotations

import ast
from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "intake" / "cli"
FORBIDDEN = ("sqlalchemy", "models")


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_cli_module_imports_sqlalchemy_or_models():
    files = sorted(CLI.glob("*.py"))
    assert files
    offenders = {f"{path.name}: {module}" for path in files for module in imported_modules(path)
                 if module.split(".")[0] in FORBIDDEN}
    assert offenders == set()


def test_the_check_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def command():\n    from models.session import transaction\n    import sqlalchemy.orm\n")
    assert imported_modules(sample) == {"models.session", "sqlalchemy.orm"}
