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
    names = {"intake.sqlite3", "hash.key", "audit.key", "audit.checkpoints", "master.key", "subject-keys.sqlite3"}
    seen = set()
    for path in data.rglob("*"):
        if path.is_relative_to(maildir):
            continue  # the mailbox is the mail server's, copied in by the Makefile
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path.relative_to(data)} is {oct(mode)}"
        seen.add(path.name)
    assert names <= seen and any(name.startswith("innsyn-") for name in seen)


def test_stored_mail_is_sealed_and_survives_a_master_key_rotation(tmp_path):
    """The sample mailbox through `intake run`, then `keys rotate` and `keys seal`: no body text in clear in any
    file of the data folder (the access package, written for the person, aside), and access still reads it."""
    data = tmp_path / "var"
    maildir = data / "maildir"
    shutil.copytree(REPO / "examples" / "maildir", maildir)
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = 'sqlite:///{data}/intake.sqlite3'\n[daemon]\ndata_dir = '{data}'\n"
                      f"[maildir]\npath = '{maildir}'\n", encoding="utf-8")
    login = subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
    run(config, "init")
    run(config, "staff", "add", login, "--name", "Første", "--role", "administrator", "--signed", "2026-01-05")
    run(config, "records", "import", str(REPO / "examples" / "records.csv"))
    run(config, "run", "--once", "--no-progress")
    old_master = (data / "keys" / "master.key").read_text()
    run(config, "keys", "rotate")
    run(config, "keys", "seal")
    assert (data / "keys" / "master.key").read_text() != old_master
    run(config, "access-request", "K1001", "--out", str(tmp_path / "innsyn"))
    [package] = (tmp_path / "innsyn").iterdir()
    assert "treffes" in (package / "data.json").read_text(encoding="utf-8")  # opened for the person
    for path in data.rglob("*"):
        if path.is_file() and not path.is_relative_to(maildir):
            assert b"treffes" not in path.read_bytes(), path  # sealed everywhere else
