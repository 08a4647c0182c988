"""End to end through the CLI on the sample data: ingest, lookup, access package, erasure, lookup again."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from intake.cli import main

REPO = Path(__file__).resolve().parents[2]
# A former customer whose project closed long ago: their correspondence is past the policy's 13 years.
FORMER_CUSTOMER = ("K9001,Tora Testesen,tora.testesen@example.no,+47 951 23 456,Gamleveien 1,1338,Sandvika,3201,Bærum,"
                   "90,1,,,P2010-001,Carport,closed,2011-06-30")
FORMER_CUSTOMER_MAIL = """From: Tora Testesen <tora.testesen@example.no>
To: post@proess.no
Subject: Carport Gamleveien 1
Date: Tue, 15 Mar 2011 10:00:00 +0100
Message-ID: <carport-2011@example.no>
Content-Type: text/plain; charset=utf-8

Hei, her er målene for carporten. Ring meg på 951 23 456.
Hilsen Tora Testesen
"""


def test_ingest_lookup_access_package_erase_lookup_again(tmp_path, database_url, capsys, monkeypatch, login):
    maildir = tmp_path / "maildir"
    shutil.copytree(REPO / "examples" / "maildir", maildir)
    (maildir / "new" / "2011.carport.e2e").write_text(FORMER_CUSTOMER_MAIL, encoding="utf-8")
    records = tmp_path / "records.csv"
    records.write_text((REPO / "examples" / "records.csv").read_text(encoding="utf-8").rstrip("\n") + "\n" + FORMER_CUSTOMER + "\n",
                       encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n"
                      f"[maildir]\npath = '{maildir}'\n", encoding="utf-8")

    def intake(*argv, staff=None, code=0):
        if staff:
            monkeypatch.setenv("INTAKE_STAFF", staff)
        else:
            monkeypatch.delenv("INTAKE_STAFF", raising=False)
        login.follow(argv)
        assert main(["--config", str(config), *argv]) == code, capsys.readouterr().err
        return capsys.readouterr().out

    intake("init")
    intake("staff", "add", "admin", "--name", "Admin", "--role", "administrator", "--signed", "2025-01-01", staff="admin")
    intake("staff", "add", "kari", "--name", "Kari", "--role", "staff", "--signed", "2025-01-01", "--os-user", "kari",
           staff="admin")
    intake("staff", "add", "rita", "--name", "Rita", "--role", "records_manager", "--signed", "2025-01-01",
           "--os-user", "rita", staff="admin")
    intake("records", "import", str(records), staff="admin")
    intake("run", "--once", "--no-progress")

    intake("lookup", "K1001", code=7)  # no identity: refused
    before = json.loads(intake("lookup", "--format", "json", "K1001", staff="kari"))["subject"]
    by_phone = json.loads(intake("lookup", "--format", "json", before["record"]["phone"], staff="kari"))["subject"]
    assert by_phone["ref"] == "K1001" and by_phone["messages"] == before["messages"] and before["messages"]
    assert all(m["purpose"] and m["legal_basis"] and m["source"] for m in before["messages"])
    assert "Ingrid Solberg" in intake("lookup", "K1001", staff="kari")

    former = json.loads(intake("lookup", "--format", "json", "Tora Testesen", staff="kari"))["subject"]
    [carport] = [m for m in former["messages"] if m["subject"] == "Carport Gamleveien 1"]
    assert carport["retain_until"] == "2024-06-30"  # 13 years after the project closed
    today = date.today().isoformat()
    expired = {m["message_pk"] for m in former["messages"] if m["retain_until"] and m["retain_until"] <= today}

    intake("access-request", "K1001", "--out", str(tmp_path / "out"), "--received", today, staff="kari")
    [package] = (tmp_path / "out").iterdir()
    assert "h) Automatiserte avgjørelser" in (package / "innsyn.txt").read_text(encoding="utf-8")
    copies = json.loads((package / "data.json").read_text(encoding="utf-8"))["messages"]
    assert {m["message_pk"] for m in copies} == {m["message_pk"] for m in before["messages"]}
    assert all(m["body"] for m in copies)

    intake("erase", "K1001", staff="kari", code=7)  # staff may not erase
    answer = intake("erase", "K1001", "--yes", staff="rita")  # an open project: everything is kept, restricted
    assert "Slettet (0):" in answer and "GDPR art. 17(3)(e)" in answer
    after = json.loads(intake("lookup", "--format", "json", "K1001", staff="kari"))["subject"]
    assert [m["message_pk"] for m in after["messages"]] == [m["message_pk"] for m in before["messages"]]
    assert after["record"]["restricted"] and all(m["restricted"] for m in after["messages"])
    assert "BEGRENSET" in intake("lookup", "K1001", staff="kari")

    answer = intake("erase", "K9001", "--yes", staff="rita")  # past every deadline: everything goes
    assert f"Slettet ({len(expired) + 2}):" in answer and "Carport Gamleveien 1" in answer  # mail + project + record
    assert "Fant ingen" in intake("lookup", "Tora Testesen", staff="kari")
    assert "Fant ingen" in intake("lookup", "tora.testesen@example.no", staff="kari")
    assert "revisjonsloggen er hel" in intake("audit", "verify")
