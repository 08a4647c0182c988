"""How SQLite reads the findings a lookup searches, from its own query plan (EXPLAIN QUERY PLAN), not from a timing.

With an index on the label alone, a lookup by name read every finding of that label (100,000 names on a store of
100,000 messages), both while unsealed rows remained and once only keyed hashes were compared (migration 0072);
and the count of the firm's own identifiers in a person's mail must read those messages' findings, not search
the whole store through the same indexes.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

import intake.sealing
from intake.database import open_engine
from intake.privacy.lookup import firms_own_counts, is_firms_own
from intake.sealing import finding_email_at, finding_text_in
from models import StoredFinding
from models.session import migrate, session_factory
from rules.whose import OwnIdentifiers


@pytest.fixture
def sqlite_sessions(tmp_path, sealer):
    engine = open_engine(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    migrate(engine)
    yield session_factory(engine, sealer=sealer)
    engine.dispose()


def plan(session, statement) -> list[str]:
    sql = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    return [row[3] for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


@pytest.mark.parametrize("unsealed_rows_remain", [True, False], ids=["unsealed rows remain", "all sealed"])
def test_a_search_by_name_reads_an_index_on_the_label_and_the_value(sqlite_sessions, monkeypatch, unsealed_rows_remain):
    monkeypatch.setattr(intake.sealing, "_unsealed_rows_remain", lambda session: unsealed_rows_remain)
    with sqlite_sessions() as session:
        steps = plan(session, select(StoredFinding.message_pk)
                     .where(finding_text_in(session, "PERSON", ["Kari Nordmann", "K. Nordmann"])))
    searches = [step for step in steps if "findings" in step]
    assert searches and all(" AND " in step for step in searches), steps  # label and value, never the label alone
    assert any("ix_findings_label_text_hash (label=? AND text_hash=?)" in step for step in searches), steps
    assert any("ix_findings_label_text (label=? AND text=?)" in step for step in searches) == unsealed_rows_remain, steps


def test_the_firms_own_identifiers_in_a_persons_mail_are_counted_from_those_messages_findings(sqlite_sessions, monkeypatch):
    monkeypatch.setattr(intake.sealing, "_unsealed_rows_remain", lambda session: True)
    own = OwnIdentifiers.build(["0" * 64], ["Rita Ansatt"], ["proess.no"])
    with sqlite_sessions() as session:
        steps = plan(session, firms_own_counts([3, 5, 8], is_firms_own(own, session)))
        # The probe sees the difference: the same condition alone is searched through the label indexes.
        alone = plan(session, select(StoredFinding.message_pk).where(finding_email_at(session, "proess.no")))
    assert [step for step in steps if "findings" in step] == ["SEARCH findings USING INDEX ix_findings_message_pk (message_pk=?)"], steps
    assert any("ix_findings_label_text" in step for step in alone), alone
