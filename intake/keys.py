"""The key for hashing identifiers (so findings are searchable without plain-text copies).

Production sets it in the environment (``[detection] hash_key_env``). The embedded
default keeps one generated key in the data folder, readable only by its owner, so
a fresh ``make run`` works without set-up; losing it makes old hashes unsearchable.
"""

from __future__ import annotations

import os
import secrets
import tempfile
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
        _create_key_file(path)
    try:
        return path.read_text().strip().encode("utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read the hash key file {path}: {error.strerror}") from None


def _create_key_file(path: Path) -> None:
    """Write the key in full under a private name, then link it into place: two processes
    starting at once (the daemon and a command) end up with one key, never a half-written one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, draft_name = tempfile.mkstemp(dir=path.parent, prefix=f".{KEY_FILE}.")  # private: mode 0600
    draft = Path(draft_name)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_hex(32))
    try:
        os.link(draft, path)
    except FileExistsError:
        pass  # the other process won; its key is the one
    finally:
        draft.unlink()
