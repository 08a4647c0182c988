"""The key for hashing identifiers (so findings are searchable without plain-text copies).

Production sets it in the environment (``[detection] hash_key_env``). The embedded
default keeps one generated key in the data folder, readable only by its owner, so
a fresh ``make run`` works without set-up; losing it makes old hashes unsearchable.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from intake.config import Config
from intake.errors import ConfigError

KEY_FILE = "hash.key"


def hash_key(config: Config) -> bytes:
    from_environment = config.secret(config.detection.hash_key_env)
    if from_environment:
        return from_environment.encode("utf-8")
    path = Path(config.daemon.data_dir) / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
    try:
        return path.read_text().strip().encode("utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read the hash key file {path}: {error.strerror}") from None
