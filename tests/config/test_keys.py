"""The embedded hash key: created once, private, the same for every process that asks."""

from __future__ import annotations

import stat
from concurrent.futures import ThreadPoolExecutor

from intake.config import load_config
from intake.keys import KEY_FILE, hash_key


def test_key_is_created_once_privately_and_shared_by_concurrent_callers(tmp_path):
    config_file = tmp_path / "config.toml"
    config_file.write_text(f"[daemon]\ndata_dir = '{tmp_path / 'var'}'\n", encoding="utf-8")
    config = load_config(config_file, environ={})
    with ThreadPoolExecutor(max_workers=8) as pool:
        keys = set(pool.map(lambda _: hash_key(config), range(16)))
    assert len(keys) == 1 and len(keys.pop()) == 64
    key_file = tmp_path / "var" / KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert sorted(p.name for p in key_file.parent.iterdir()) == [KEY_FILE]  # no drafts left behind


def test_key_from_the_environment_wins_and_writes_no_file(tmp_path, monkeypatch):
    config_file = tmp_path / "config.toml"
    config_file.write_text(f"[daemon]\ndata_dir = '{tmp_path / 'var'}'\n", encoding="utf-8")
    monkeypatch.setenv("INTAKE_HASH_KEY", "from-the-vault")
    assert hash_key(load_config(config_file, environ={})) == b"from-the-vault"
    assert not (tmp_path / "var" / KEY_FILE).exists()
