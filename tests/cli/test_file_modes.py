"""Sealed at rest: after the `make run` steps, the data folder is 0700 and every file in it 0600.

The commands run as separate processes under a permissive umask (022), as from a login shell.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(config: Path, *argv: str) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    result = subprocess.run([sys.executable, "-m", "intake", "--config", str(config), *argv], cwd=REPO, env=environment,
                            capture_output=True, text=True, preexec_fn=lambda: os.umask(0o022), timeout=600)
    assert result.returncode == 0, result.stderr


def test_make_run_leaves_a_private_data_folder(tmp_path):
    data = tmp_path / "var"
    maildir = data / "maildir"
    shutil.copytree(REPO / "examples" / "maildir", maildir)
    os.chmod(data, 0o755)  # as `mkdir -p var` in the Makefile leaves it
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = 'sqlite:///{data}/intake.sqlite3'\n[daemon]\ndata_dir = '{data}'\n"
                      f"[maildir]\npath = '{maildir}'\n", encoding="utf-8")
    login = subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
    run(config, "init")
    run(config, "staff", "add", login, "--name", "Første", "--role", "administrator", "--signed", "2026-01-05")
    run(config, "records", "import", str(REPO / "examples" / "records.csv"))
    run(config, "run", "--once", "--no-progress")
    run(config, "access-request", "K1001", "--out", str(data / "innsyn"))

    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    names = {"intake.sqlite3", "hash.key", "audit.key", "audit.checkpoints"}
    seen = set()
    for path in data.rglob("*"):
        if path.is_relative_to(maildir):
            continue  # the mailbox is the mail server's, copied in by the Makefile
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path.relative_to(data)} is {oct(mode)}"
        seen.add(path.name)
    assert names <= seen and any(name.startswith("innsyn-") for name in seen)
