"""Screenshots of the staff web app's main pages for the README (docs/web-*.jpg).

    .venv/bin/python scripts/screenshots_web.py

Builds a throw-away store from the bundled sample data (examples/records.csv and the sample
Maildir, through the real daemon), registers three staff members, serves the app on 127.0.0.1
and a free port, and photographs each page with Debian's chromium (Playwright, executable_path).
Everything shown is the invented sample data. The images are small JPEGs (a few hundred KB in
all), so remake them after changing a page rather than editing them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from intake.app import App  # noqa: E402
from intake.config import load_config  # noqa: E402
from intake.services.accounts import set_password  # noqa: E402
from intake.web.server import BackgroundServer  # noqa: E402

OUT = REPO / "docs"
PASSWORD = "skjermbilde skjermbilde"
VIEWPORT = {"width": 1100, "height": 720}
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def intake(config: Path, *argv: str) -> None:
    subprocess.run([sys.executable, "-m", "intake", "--config", str(config), *argv], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "INTAKE_STAFF": ""})


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        shutil.copytree(REPO / "examples" / "maildir", folder / "maildir")
        config = folder / "config.toml"
        config.write_text(f"[database]\nurl = 'sqlite:///{folder}/intake.sqlite3'\n[daemon]\ndata_dir = '{folder}'\n"
                          f"[maildir]\npath = '{folder}/maildir'\n", encoding="utf-8")
        intake(config, "init")
        signed = date.today().replace(month=1, day=5).isoformat()
        # The first administrator is mapped to the login running the script; the import needs one.
        intake(config, "staff", "add", "ola", "--name", "Ola Berg", "--role", "administrator", "--signed", signed)
        intake(config, "records", "import", str(REPO / "examples" / "records.csv"))
        intake(config, "run", "--once", "--no-progress")
        intake(config, "staff", "add", "kari", "--name", "Kari Hansen", "--role", "staff", "--signed", signed, "--as", "ola")
        intake(config, "staff", "add", "rita", "--name", "Rita Arkiv", "--role", "records_manager", "--signed", signed,
               "--as", "ola")
        app = App(load_config(config, environ={}))
        for username in ("kari", "rita"):
            set_password(app.sessions, username, PASSWORD, set_by="screenshots")
        server = BackgroundServer(app, "127.0.0.1", free_port())
        server.start()
        base = f"http://127.0.0.1:{server.server.config.port}"
        OUT.mkdir(exist_ok=True)
        made = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                page = browser.new_page(viewport=VIEWPORT, locale="nb-NO")

                def shot(name: str, path: str | None = None) -> None:
                    if path:
                        page.goto(base + path)
                    target = OUT / f"web-{name}.jpg"
                    page.screenshot(path=str(target), type="jpeg", quality=60)
                    made.append(target)

                page.goto(base + "/logg-inn")
                page.get_by_label("Brukernavn").fill("kari")
                page.get_by_label("Passord").fill(PASSWORD)
                page.get_by_role("button", name="Logg inn").click()
                page.wait_for_url(base + "/oversikt")
                shot("oversikt")
                shot("sok", "/sok?q=Ander")  # Anders Nilsen and Thea Andersen: a list of candidates (one match opens the person)
                shot("person", "/person?q=K1001")
                page.goto(base + "/person?q=K1001")
                page.locator("table.messages a").first.click()
                page.wait_for_url("**/melding/*")
                shot("epost")
                shot("vurdering", "/vurdering")
                shot("oppbevaring", "/oppbevaring?til=2040-01-01")
                browser.close()
        finally:
            server.stop()
            app.engine.dispose()
    total = sum(p.stat().st_size for p in made)
    for path in made:
        print(f"{path.relative_to(REPO)}: {path.stat().st_size // 1024} KB")
    print(f"{len(made)} screenshots, {total // 1024} KB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
