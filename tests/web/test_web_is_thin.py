"""The web app only parses, calls the service API and renders: nothing in intake/web/ reaches past it."""

from __future__ import annotations

from pathlib import Path

from tests.services.test_cli_is_thin import imported_modules

WEB = Path(__file__).resolve().parents[2] / "intake" / "web"
FORBIDDEN = ("sqlalchemy", "models", "intake.privacy", "intake.ingest", "intake.reporting", "intake.status")


def test_no_web_module_imports_the_database_or_the_domain_modules_behind_the_services():
    files = sorted(WEB.glob("*.py"))
    assert len(files) >= 3
    offenders = {f"{path.name}: {module}" for path in files for module in imported_modules(path)
                 if any(module == name or module.startswith(name + ".") for name in FORBIDDEN)}
    assert offenders == set()


def test_templates_never_switch_off_escaping():
    for template in (WEB / "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", "") and "autoescape false" not in text and "Markup" not in text, template.name
