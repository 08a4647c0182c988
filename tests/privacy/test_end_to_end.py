"""End to end through the CLI on the sample data: ingest, lookup, access package, erasure, lookup again."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from intake.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_ingest_lookup_access_package_erase_lookup_again(tmp_path, database_url, capsys, monkeypatch):
    maildir = tmp_path / "maildir"
    shutil.copytree(REPO / "examples" / "maildir", maildir)
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n"
                      f"[maildir]\npath = '{maildir}'\n", encoding="utf-8")

    def intake(*argv, staff=None, code=0):
        if staff:
            monkeypatch.setenv("INTAKE_STAFF", staff)
        else:
            monkeypatch.delenv("INTAKE_STAFF", raising=False)
        assert main(["--config", str(config), *argv]) == code, capsys.readouterr().err
        return capsys.readouterr().out

    intake("init")
    intake("records", "import", str(REPO / "examples" / "records.csv"))
    intake("run", "--once", "--no-progress")
    intake("staff", "add", "admin", "--name", "Admin", "--role", "administrator", "--signed", "2025-01-01")
    intake("staff", "add", "kari", "--name", "Kari", "--role", "staff", "--signed", "2025-01-01", staff="admin")
    intake("staff", "add", "rita", "--name", "Rita", "--role", "records_manager", "--signed", "2025-01-01", staff="admin")

    intake("lookup", "K1004", code=7)  # no identity: refused
    before = json.loads(intake("lookup", "--format", "json", "K1004", staff="kari"))["subject"]
    phone = before["record"]["phone"]
    by_phone = json.loads(intake("lookup", "--format", "json", phone, staff="kari"))["subject"]
    assert by_phone["ref"] == "K1004" and by_phone["messages"] == before["messages"]
    detected_only = [m for m in before["messages"] if not any("knyttet" in w or w in ("avsender", "mottaker") for w in m["why"])]
    assert detected_only, "a mention found only by detection"
    today = date.today().isoformat()
    expired = {m["message_pk"] for m in before["messages"]
               if m["category"] == "unlinked_mail" and m["retain_until"] and m["retain_until"] <= today}
    assert expired
    assert "Fjordbygg AS" in intake("lookup", "K1004", staff="kari")

    intake("access-request", "K1004", "--out", str(tmp_path / "out"), "--received", today, staff="kari")
    [package] = (tmp_path / "out").iterdir()
    assert "h) Automatiserte avgjørelser" in (package / "innsyn.txt").read_text(encoding="utf-8")
    copies = json.loads((package / "data.json").read_text(encoding="utf-8"))["messages"]
    assert {m["message_pk"] for m in copies} == {m["message_pk"] for m in before["messages"]}
    assert all(m["body"] for m in copies)

    intake("erase", "K1004", staff="kari", code=7)  # staff may not erase
    answer = intake("erase", "K1004", staff="rita")
    assert f"Slettet ({len(expired)}):" in answer and "GDPR art. 17(3)(e)" in answer

    after = json.loads(intake("lookup", "--format", "json", "K1004", staff="kari"))["subject"]
    assert {m["message_pk"] for m in after["messages"]} == {m["message_pk"] for m in before["messages"]} - expired
    assert after["record"]["restricted"] and all(m["restricted"] for m in after["messages"])
    assert "BEGRENSET" in intake("lookup", "K1004", staff="kari")
    assert "audit log intact" in intake("audit", "verify")
