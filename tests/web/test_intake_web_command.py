"""`intake web` as staff start it: prints the address and, on first start, a setup link that works; Ctrl-C stops it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.web.conftest import free_port, write_config

REPO = Path(__file__).resolve().parents[2]


def test_intake_web_prints_its_address_and_a_one_time_setup_link(database_url, tmp_path):
    port = free_port()
    config = write_config(database_url, tmp_path, f"port = {port}")
    environment = {**os.environ, "INTAKE_HASH_KEY": "web-test-key"}
    subprocess.run([sys.executable, "-m", "intake", "--config", str(config), "init"], cwd=REPO, check=True, env=environment,
                   capture_output=True)
    process = subprocess.Popen([sys.executable, "-m", "intake", "--config", str(config), "web"], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=environment)
    try:
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines[0].strip() == f"intake web: http://127.0.0.1:{port}/  (Ctrl-C stopper den)"
        assert lines[1].startswith("Første oppstart: ingen ansatt har passord ennå.")
        link = lines[2].strip()
        assert re.fullmatch(rf"http://127\.0\.0\.1:{port}/oppsett\?token=[A-Za-z0-9_-]{{32}}", link)
        for _ in range(200):  # until it answers
            try:
                response = httpx.get(link, timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response.status_code == 200 and "Første oppstart" in response.text
        assert httpx.get(link[:-3] + "xyz", timeout=5).status_code == 404
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
    log = process.stderr.read()
    assert "GET /oppsett 200" in log
    assert link.split("token=")[1] not in log and "token=" not in log  # the request log has paths, never the query string
