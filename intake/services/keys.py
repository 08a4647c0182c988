"""Key management: rotate the master key, seal what was stored before sealing existed (intake/crypto.py).

Both are an administrator's acts, audited with counts and key fingerprints only (never a key)."""

from __future__ import annotations

from dataclasses import dataclass

from intake.app import App
from models.session import transaction
from rules.vocabulary import StaffAction


@dataclass(frozen=True)
class Rotation:
    old_master_id: str
    new_master_id: str
    subject_keys: int


@dataclass(frozen=True)
class SealRun:
    messages: int
    left: int


def rotate(app: App, actor: str | None) -> Rotation:
    """Re-wrap every subject key under a new master key (file: generated; environment: ``<master_key_env>_NEW``)."""
    from intake.crypto import rotate_master_key
    from intake.privacy.staff import require
    from models.audit import append_audit

    config = app.config
    with transaction(app.sessions) as session:
        member = require(session, actor, StaffAction.MANAGE_KEYS)
    env = config.security.master_key_env
    old_id, new_id, count = rotate_master_key(config.daemon.data_dir, config.secret(env), config.secret(f"{env}_NEW"))
    # The audit entry needs no subject key; this process's sealer (under the old master key) is dropped.
    app.__dict__.pop("sealer", None)
    with transaction(app.sessions) as session:
        append_audit(session, actor=member.username, action="keys.rotate", target_type="master_key", target_id=new_id,
                     details={"old_master_id": old_id, "subject_keys": count})
    return Rotation(old_id, new_id, count)


def seal_existing(app: App, actor: str | None, batch: int = 200) -> SealRun:
    """Seal every message stored before sealing existed, in batches (each its own transaction, so the daemon and
    lookups keep working meanwhile)."""
    from sqlalchemy import func, select

    from intake.privacy.staff import require
    from intake.sealing import seal_unsealed
    from models import Message
    from models.audit import append_audit
    from rules.vocabulary import MessageState

    with transaction(app.sessions) as session:
        member = require(session, actor, StaffAction.MANAGE_KEYS)
    total = 0
    while True:
        with transaction(app.sessions) as session:
            sealed = seal_unsealed(session, batch)
        total += sealed
        if sealed < batch:
            break
    with transaction(app.sessions) as session:
        left = session.scalar(select(func.count()).select_from(Message).where(
            Message.key_id.is_(None), Message.state != MessageState.ERASED)) or 0
        append_audit(session, actor=member.username, action="keys.seal", target_type="messages", target_id="unsealed",
                     details={"sealed": total, "left": left})
    return SealRun(total, left)
