"""The audit log proves its completeness: each way of tampering with it is found, at the place it happened."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update

from intake.audit_log import Checkpoints, describe, verify
from intake.privacy.lookup import lookup
from models import AuditEntry
from models.base import utcnow
from models.audit import EDITED, GENESIS_HASH, OUT_OF_ORDER, entry_digest, entry_mac
from rules.vocabulary import AuditProblem
from models.session import session_factory, transaction
from rules.processing import DEFAULT_ACTIVITIES
from tests.privacy.seed import HASH_KEY


@pytest.fixture
def logged(sessions, world):
    """Three lookups: three entries, three checkpoints."""
    for query in ("K1001", "K1002", "K1003"):
        with transaction(sessions) as session:
            lookup(session, query, "kari", HASH_KEY, DEFAULT_ACTIVITIES)
    return sessions


def verdict(sessions, audit_checkpoints):
    with sessions() as session:
        return verify(session, audit_checkpoints)


def problems(sessions, audit_checkpoints) -> list[tuple[int | None, AuditProblem]]:
    return [(b.seq, b.problem) for b in verdict(sessions, audit_checkpoints).breaks]


def said(sessions, audit_checkpoints) -> list[str]:
    """What `intake audit verify` prints, one line per break."""
    return [describe(b) for b in verdict(sessions, audit_checkpoints).breaks]


def test_an_intact_log_verifies_against_its_checkpoints(logged, audit_checkpoints):
    result = verdict(logged, audit_checkpoints)
    assert result.intact and (result.entries, result.checkpoints) == (3, 3)
    assert [c.count for c in audit_checkpoints.read()] == [1, 2, 3]
    assert (audit_checkpoints.path.stat().st_mode & 0o777) == 0o600


def test_truncating_the_log_by_one_entry_is_detected(logged, audit_checkpoints):
    with transaction(logged) as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 3))
    assert problems(logged, audit_checkpoints) == [(3, AuditProblem.TRUNCATED)]
    [line] = said(logged, audit_checkpoints)
    assert line.startswith("oppføring nr. 3: loggen er avkortet") and "viser 3 oppføringer, loggen ender ved nr. 2" in line


def test_deleting_the_whole_log_is_detected(logged, audit_checkpoints):
    with transaction(logged) as session:
        session.execute(delete(AuditEntry))
    assert problems(logged, audit_checkpoints) == [(1, AuditProblem.TRUNCATED)]
    assert "oppføring nr. 1 til 3 er slettet" in said(logged, audit_checkpoints)[0]


def test_editing_the_last_entry_and_recomputing_its_plain_hash_is_detected(logged, audit_checkpoints):
    with transaction(logged) as session:
        last = session.scalars(select(AuditEntry).where(AuditEntry.seq == 3)).one()
        last.actor = "someone-else"
        last.entry_hash = entry_digest(prev_hash=last.prev_hash, at=last.at, actor=last.actor, action=last.action,
                                       target_type=last.target_type, target_id=last.target_id, details=last.details)
    found = problems(logged, audit_checkpoints)
    assert (3, EDITED) in found and (3, AuditProblem.CHECKPOINT_MISMATCH) in found


def test_editing_an_entry_in_the_middle_is_detected_there(logged, audit_checkpoints):
    with transaction(logged) as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(target_id="K9999"))
    assert problems(logged, audit_checkpoints) == [(2, EDITED)]


def test_deleting_an_entry_in_the_middle_is_detected_after_it(logged, audit_checkpoints):
    with transaction(logged) as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 2))
    assert problems(logged, audit_checkpoints) == [(3, OUT_OF_ORDER)]


def test_reordering_entries_is_detected(logged, audit_checkpoints):
    with transaction(logged) as session:
        rows = {row.seq: row for row in session.execute(select(AuditEntry.__table__)).all()}
        session.execute(text("DELETE FROM audit_log WHERE seq IN (2, 3)"))
        for old, new_seq in ((rows[2], 3), (rows[3], 2)):  # each keeps its MAC, swaps its place
            session.execute(AuditEntry.__table__.insert().values({**old._mapping, "seq": new_seq}))
    found = problems(logged, audit_checkpoints)
    assert {(2, EDITED), (3, EDITED)} <= set(found) and {seq for seq, _ in found} == {2, 3}


def test_a_wholly_replaced_log_is_detected(logged, audit_checkpoints, engine, tmp_path):
    forger = session_factory(engine, audit_seal=Checkpoints(tmp_path / "forged", b"guessed-key").seal())
    with transaction(logged) as session:
        session.execute(delete(AuditEntry))
    for query in ("K1001", "K1002", "K1003"):
        with transaction(forger) as session:
            lookup(session, query, "rita", HASH_KEY, DEFAULT_ACTIVITIES)
    found = problems(logged, audit_checkpoints)
    assert [(seq, problem) for seq, problem in found if problem == EDITED] == [(1, EDITED), (2, EDITED), (3, EDITED)]
    assert (3, AuditProblem.CHECKPOINT_MISMATCH) in found


def test_a_forged_or_edited_checkpoint_is_detected(logged, audit_checkpoints):
    lines = audit_checkpoints.path.read_text().splitlines()
    count, head, at, signature = lines[-1].split("\t")
    lines[-1] = "\t".join(("2", head, at, signature))
    audit_checkpoints.path.write_text("\n".join(lines) + "\n")
    assert (None, AuditProblem.CHECKPOINT_UNSIGNED) in problems(logged, audit_checkpoints)
    assert any("ikke signert" in line and "linje 3" in line for line in said(logged, audit_checkpoints))


def test_a_deleted_checkpoint_file_is_detected(logged, audit_checkpoints):
    audit_checkpoints.path.unlink()
    assert problems(logged, audit_checkpoints) == [(None, AuditProblem.NO_CHECKPOINTS)]
    [line] = said(logged, audit_checkpoints)
    assert "sjekkpunktfilen mangler" in line and "loggen har 3 oppføringer" in line


def test_a_rolled_back_entry_leaves_no_checkpoint(logged, audit_checkpoints):
    with pytest.raises(RuntimeError):
        with transaction(logged) as session:
            lookup(session, "K1001", "kari", HASH_KEY, DEFAULT_ACTIVITIES)
            raise RuntimeError("boom")
    assert verdict(logged, audit_checkpoints).intact and len(audit_checkpoints.read()) == 3


def test_the_mac_covers_who_was_at_the_keyboard(logged, audit_checkpoints):
    with transaction(logged) as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 1).values(os_user="rita", via="admin"))
    assert problems(logged, audit_checkpoints) == [(1, EDITED)]


def test_entries_from_before_the_mac_are_checked_once_and_sealed(sessions, world, audit_checkpoints):
    with transaction(sessions) as session:
        previous = GENESIS_HASH
        for number in range(2):
            entry = AuditEntry(actor="kari", action="lookup", target_type="subject", target_id=f"old{number}", details={},
                               prev_hash=previous, at=utcnow())
            entry.entry_hash = entry_digest(prev_hash=previous, at=entry.at, actor=entry.actor, action=entry.action,
                                            target_type=entry.target_type, target_id=entry.target_id, details={})
            previous = entry.entry_hash
            session.add(entry)
    with transaction(sessions) as session:
        lookup(session, "K1001", "kari", HASH_KEY, DEFAULT_ACTIVITIES)
    with sessions() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert [(e.seq, e.action) for e in entries] == [(1, "lookup"), (2, "lookup"), (3, "audit.sealed"), (4, "lookup")]
        assert entries[2].details == {"legacy_entries": 2, "legacy_breaks": []}
        assert all(entry_mac(b"test-audit-key", e) == e.entry_hash for e in entries)
    assert verdict(sessions, audit_checkpoints).intact
