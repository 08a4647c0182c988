"""Keys kept outside the database: the key for hashing identifiers (so findings are searchable
without plain-text copies) and the key that seals the audit log (its entries' MACs and checkpoints).

Production sets them in the environment (``[detection] hash_key_env``, ``[security] audit_key_env``).
The embedded default keeps each generated key in the data folder, readable only by its owner, so
a fresh ``make run`` works without set-up; losing the hash key makes old hashes unsearchable, losing
the audit key makes the audit log unverifiable.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from intake.config import Config
from intake.errors import ConfigError
from intake.files import private_dir

KEY_FILE = "hash.key"
AUDIT_KEY_FILE = "audit.key"


def hash_key(config: Config) -> bytes:
    return _key(config, config.detection.hash_key_env, KEY_FILE)


def audit_key(config: Config) -> bytes:
    return _key(config, config.security.audit_key_env, AUDIT_KEY_FILE)


def _key(config: Config, env_name: str, file_name: str) -> bytes:
    from_environment = config.secret(env_name)
    if from_environment:
        return from_environment.encode("utf-8")
    path = Path(config.daemon.data_dir) / file_name
    if not path.exists():
        _create_key_file(path)
    try:
        return path.read_text().strip().encode("utf-8")
    except OSError as error:
        raise ConfigError(f"kan ikke lese nøkkelfilen {path}: {error.strerror}") from None


def _create_key_file(path: Path) -> None:
    """Write the key in full under a private name, then link it into place: two processes
    starting at once (the daemon and a command) end up with one key, never a half-written one."""
    private_dir(path.parent)
    descriptor, draft_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # private: mode 0600
    draft = Path(draft_name)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_hex(32))
    try:
        os.link(draft, path)
    except FileExistsError:
        pass  # the other process won; its key is the one
    finally:
        draft.unlink()
