"""`intake analyze` links like the daemon: replies inherit their thread's customer, output keeps the given order."""

from __future__ import annotations

from intake.ingest.analyze_files import analyze_files
from intake.app import App
from intake.config import load_config
from tests.ingest.helpers import IMPORTER, RECORDS, import_sample_records


def test_a_reply_given_before_its_parent_still_inherits_the_customer(tmp_path):
    config_path = tmp_path / "config.toml"
    config_path.write_text(f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path}'\n", encoding="utf-8")
    app = App(load_config(config_path, environ={}))
    app.migrate()
    import_sample_records(app.sessions)
    customer_id, _, email = RECORDS.read_text(encoding="utf-8").splitlines()[1].split(",")[:3]
    parent = tmp_path / "b-parent.eml"
    parent.write_bytes(f"From: {email}\r\nTo: post@proess.no\r\nSubject: Tilbygg\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\n"
                       "Message-ID: <p1@x>\r\n\r\nHei, se vedlagt skisse.\r\n".encode())
    reply = tmp_path / "a-reply.eml"
    reply.write_bytes(b"From: ola.berg@proess.no\r\nTo: snekker@byggmester.no\r\nSubject: Re: Tilbygg\r\n"
                      b"Date: Tue, 4 Mar 2025 09:00:00 +0100\r\nMessage-ID: <p2@x>\r\nIn-Reply-To: <p1@x>\r\n"
                      b"References: <p1@x>\r\n\r\nKan du se paa dette?\r\n")

    lines = list(analyze_files(app, [reply, parent], IMPORTER))

    assert [line["file"] for line in lines] == [str(reply), str(parent)]
    assert [line["customer_id"] for line in lines] == [customer_id, customer_id]
