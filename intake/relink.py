"""Stored mail linked again after a records import: the records now know what the mail was about.

A message stored before its property or its customer's e-mail address was in the records could not be
linked to them then. After an import this module finds the stored messages the new or changed records may
concern, and only those:

* messages that wrote a property's ID (gnr/bnr) the records did not hold: their property link waits
  without a property;
* messages that name the street address of a property that is new or has a new address;
* messages sent from, or to, an e-mail address a customer got in this import;
* messages whose subject names a new project's number;

and runs the linker (``rules.linking``) over each again, against the whole new directory, with the same
facts the pipeline gave it (subject, body, attachment texts, participants, the thread's other links,
case numbers). What the linker finds now is added; nothing is taken away: a link staff confirmed in review,
or one the mail had, stays. The caller recomputes the retention of every message whose links changed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from intake.crypto import open_text
from intake.sealing import finding_address_at
from models import (
    Attachment, Message, MessageCustomerLink, MessageProjectLink, MessagePropertyLink, Participant, Property,
    StoredFinding,
)
from models.queries import case_properties, known_customers
from rules.linking.linker import (
    CustomerDirectory, LinkDecision, MessageFacts, case_numbers_in, link_message, written_project_keys,
)
from rules.linking.text import compact_id
from rules.finding_search import street_and_number
from rules.linking.places import AddressIndex, KnownAddress, street_form
from rules.vocabulary import MessageState

_CHUNK = 500
_SCAN = 1000  # messages read at a time when looking for street addresses


def relink_messages(unit_of_work: Callable, property_keys: set[str], addresses: set[str],
                    progress: Callable[[str, int, int], None] | None = None,
                    own_domains: tuple[str, ...] = ("proess.no",), project_ids: set[str] = frozenset()) -> list[int]:
    """Link again the stored messages the changed records may concern; the message ids whose links changed."""
    if not (property_keys or addresses or project_ids):
        return []
    with unit_of_work() as session:
        if session.scalar(select(Message.id).where(Message.state == MessageState.STORED).limit(1)) is None:
            return []  # nothing stored yet (a new installation's first import)
        candidates = sorted(_candidates(session, property_keys, addresses) | _naming_projects(session, project_ids))
        if not candidates:
            return []
        directory = CustomerDirectory(known_customers(session))
    changed: list[int] = []
    for start in range(0, len(candidates), _CHUNK):
        with unit_of_work() as session:
            changed += _relink_chunk(session, directory, candidates[start:start + _CHUNK], own_domains)
        if progress:
            progress("mail", min(start + _CHUNK, len(candidates)), len(candidates))
    return changed


def _candidates(session: Session, property_keys: set[str], addresses: set[str]) -> set[int]:
    stored = select(Message.id).where(Message.state == MessageState.STORED)
    found: set[int] = set()
    keys = sorted(property_keys)
    for start in range(0, len(keys), _CHUNK):
        found.update(session.scalars(select(MessagePropertyLink.message_pk).where(
            MessagePropertyLink.property_key.in_(keys[start:start + _CHUNK]), MessagePropertyLink.message_pk.in_(stored))))
    emails = sorted(addresses)
    for start in range(0, len(emails), _CHUNK):
        found.update(session.scalars(select(Participant.message_pk).where(
            Participant.address.in_(emails[start:start + _CHUNK]), Participant.message_pk.in_(stored))))
    found |= _naming_addresses(session, keys)
    return found


def _naming_addresses(session: Session, keys: list[str]) -> set[int]:
    """Stored messages whose subject, body or attachment text names one of these properties' street addresses,
    found with the linker's own address index, so every written form counts ("Lyngvn. 3" for Lyngveien 3).

    A few addresses (a daily re-import): the database first narrows the search to the messages holding a telling
    part of a street's name (four letters of its longest word: "lyng", "dram") in a subject or an unsealed text,
    and to sealed messages in which detection found an address at that street and number (by the keyed hash
    lookup compares, ``intake.sealing.finding_address_at``). Many (a whole register imported into a database
    that already holds mail): one pass over every stored text, a thousand messages at a time."""
    known = []
    for start in range(0, len(keys), _CHUNK):
        known += [KnownAddress(street, postcode, city, key, frozenset())
                  for key, street, postcode, city in session.execute(
                      select(Property.key, Property.street_address, Property.postcode, Property.city)
                      .where(Property.key.in_(keys[start:start + _CHUNK]), Property.street_address.is_not(None)))]
    if not known:
        return set()
    index = AddressIndex(known)
    stems = {_street_stem(address.street) for address in known}
    if len(known) <= PREFILTER_MAX_ADDRESSES and None not in stems:
        candidates = sorted(_messages_containing(session, sorted(stems)) | _sealed_naming(session, known))
        batches = (candidates[start:start + _SCAN] for start in range(0, len(candidates), _SCAN))
    else:
        batches = _all_stored(session)
    found: set[int] = set()
    for pks in batches:
        # Sealed texts are opened here, in memory (intake/crypto.py).
        rows = session.execute(select(Message.id, Message.subject, Message.body_text, Message.key_id)
                               .where(Message.id.in_(pks))).all()
        keys = {pk: key_id for pk, _, _, key_id in rows}
        texts: dict[int, list[str]] = {pk: [subject or "", open_text(session, key_id, body) or ""]
                                       for pk, subject, body, key_id in rows}
        for pk, text in session.execute(select(Attachment.message_pk, Attachment.text)
                                        .where(Attachment.message_pk.in_(pks), Attachment.text.is_not(None))):
            texts[pk].append(open_text(session, keys[pk], text))
        found.update(pk for pk, parts in texts.items() if any(index.find(part) for part in parts))
    return found


# Up to this many new or moved addresses, the database picks the messages to search (see _naming_addresses).
PREFILTER_MAX_ADDRESSES = 100


def _street_stem(street: str) -> str | None:
    """Four letters every written form of the street keeps: the first four ASCII letters in a row of its
    longest word ("Gml. Drammensvei" -> "dram", "Ærfuglveien" -> "rfug"); None when there are none."""
    for word in sorted(re.findall(r"[^\W\d_]+", street.lower()), key=len, reverse=True):
        found = re.search(r"[a-z]{4}", word)
        if found:
            return found.group()
    return None


def _messages_containing(session: Session, stems: list[str]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(stems), 20):
        patterns = [f"%{stem}%" for stem in stems[start:start + 20]]
        found.update(session.scalars(select(Message.id).where(
            Message.state == MessageState.STORED,
            or_(*(column.ilike(pattern) for pattern in patterns for column in (Message.subject, Message.body_text))))))
        found.update(session.scalars(select(Attachment.message_pk).where(
            Attachment.message_pk.in_(select(Message.id).where(Message.state == MessageState.STORED)),
            or_(*(Attachment.text.ilike(pattern) for pattern in patterns)))))
    return found


def _sealed_naming(session: Session, known: list[KnownAddress]) -> set[int]:
    """Sealed messages whose detected addresses include one of these streets and house numbers."""
    found: set[int] = set()
    for address in known:
        form = street_and_number(street_form(address.street))
        number = re.search(r"\d+", form or "")
        if form and number:
            found.update(session.scalars(select(StoredFinding.message_pk).where(
                finding_address_at(session, form, number.group()),
                StoredFinding.message_pk.in_(select(Message.id).where(Message.state == MessageState.STORED,
                                                                     Message.key_id.is_not(None))))))
    return found


def _naming_projects(session: Session, project_ids: set[str]) -> set[int]:
    """Stored messages whose subject names a new project's number ("Tegninger til P2026-077"), however it is
    punctuated. Subjects are kept in clear, so this is one pass over them, without opening any text."""
    wanted = {compact_id(project_id) for project_id in project_ids} - {""}
    wanted = {key for key in wanted if not key.isdigit()}  # a bare number is not a project number on its own
    if not wanted:
        return set()
    found: set[int] = set()
    last = 0
    while True:
        rows = session.execute(select(Message.id, Message.subject).where(Message.state == MessageState.STORED,
                                                                          Message.id > last)
                               .order_by(Message.id).limit(_SCAN * 5)).all()
        if not rows:
            return found
        last = rows[-1][0]
        found.update(pk for pk, subject in rows if subject and written_project_keys(subject) & wanted)


def _all_stored(session: Session):
    last = 0
    while True:
        pks = list(session.scalars(select(Message.id).where(Message.state == MessageState.STORED, Message.id > last)
                                   .order_by(Message.id).limit(_SCAN)))
        if not pks:
            return
        last = pks[-1]
        yield pks


def _relink_chunk(session: Session, directory: CustomerDirectory, pks: list[int], own_domains: tuple[str, ...]) -> list[int]:
    messages = {m.id: m for m in session.scalars(select(Message).where(Message.id.in_(pks)))}
    participants: dict[int, list[Participant]] = defaultdict(list)
    for participant in session.scalars(select(Participant).where(Participant.message_pk.in_(pks)).order_by(Participant.id)):
        participants[participant.message_pk].append(participant)
    attachments: dict[int, list[str]] = defaultdict(list)
    for pk, text in session.execute(select(Attachment.message_pk, Attachment.text)
                                    .where(Attachment.message_pk.in_(pks), Attachment.text.is_not(None))
                                    .order_by(Attachment.id)):
        attachments[pk].append(open_text(session, messages[pk].key_id, text))
    customers = _grouped(session, MessageCustomerLink.message_pk, MessageCustomerLink.customer_id, pks)
    projects = _grouped(session, MessageProjectLink.message_pk, MessageProjectLink.project_id, pks)
    properties: dict[int, dict[str, MessagePropertyLink]] = defaultdict(dict)
    for link in session.scalars(select(MessagePropertyLink).where(MessagePropertyLink.message_pk.in_(pks))):
        properties[link.message_pk][link.property_key] = link
    changed = []
    for pk in pks:
        message = messages.get(pk)
        if message is None or message.state != MessageState.STORED:
            continue
        facts = _facts(session, message, participants[pk], attachments[pk], own_domains)
        decision = link_message(facts, directory)
        if _merge(session, message, decision, set(customers.get(pk, ())), properties[pk], set(projects.get(pk, ()))):
            changed.append(pk)
    session.flush()
    return changed


def _facts(session: Session, message: Message, participants: list[Participant], attachment_texts: list[str],
           own_domains: tuple[str, ...]) -> MessageFacts:
    def written(role: str) -> tuple[str, ...]:
        return tuple(_with_display_name(p) for p in participants if p.role == role)

    senders = written("from")
    thread_customers, thread_properties, thread_projects = _thread_links(session, message)
    facts = MessageFacts(
        subject=message.subject or "", body=open_text(session, message.key_id, message.body_text) or "",
        attachment_texts=tuple(attachment_texts),
        from_address=senders[0] if senders else None, to_addresses=written("to"), cc_addresses=written("cc"),
        own_domains=own_domains, thread_customer_ids=thread_customers, thread_property_keys=thread_properties,
        thread_project_ids=thread_projects, sent_on=message.sent_at.date() if message.sent_at else None)
    cases = case_properties(session, case_numbers_in(facts))
    return MessageFacts(**{**facts.__dict__, "case_properties": cases})


def _with_display_name(participant: Participant) -> str:
    """As the pipeline hands participants to the linker (``intake.ingest.analysis``)."""
    if not participant.display_name:
        return participant.address
    name = participant.display_name.replace("\\", "").replace('"', "")
    return f'"{name}" <{participant.address}>'


def _thread_links(session: Session, message: Message) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """What the thread's other messages concern (the message's own links are not evidence for themselves)."""
    if message.thread_id is None:
        return (), (), ()
    others = select(Message.id).where(Message.thread_id == message.thread_id, Message.id != message.id)
    customers = session.scalars(select(MessageCustomerLink.customer_id).where(MessageCustomerLink.message_pk.in_(others)).distinct())
    properties = session.scalars(select(MessagePropertyLink.property_key).where(
        MessagePropertyLink.message_pk.in_(others), MessagePropertyLink.role == "concerns").distinct())
    projects = session.scalars(select(MessageProjectLink.project_id).where(MessageProjectLink.message_pk.in_(others)).distinct())
    return tuple(sorted(customers)), tuple(sorted(properties)), tuple(sorted(projects))


def _merge(session: Session, message: Message, decision: LinkDecision, customers: set[str],
           properties: dict[str, MessagePropertyLink], projects: set[str]) -> bool:
    """Add what the linker finds now and the message lacks; True when anything changed."""
    changed = False
    new_customers = [link for link in decision.customers if link.customer_id not in customers]
    if new_customers:
        session.execute(insert(MessageCustomerLink), [
            {"message_pk": message.id, "customer_id": link.customer_id, "method": link.method,
             "confidence": link.confidence, "reasons": _reasons(link.reasons)} for link in new_customers])
        changed = True
    keys = {prop.key for prop in decision.properties}
    property_pks = dict(session.execute(select(Property.key, Property.id).where(Property.key.in_(keys))).all()) if keys else {}
    for prop in decision.properties:
        stored = properties.get(prop.key)
        values = {"property_id": property_pks.get(prop.key), "customer_id": prop.customer_id,
                  "confidence": prop.confidence, "reasons": _reasons(prop.reasons), "role": prop.role}
        if stored is None:
            session.execute(insert(MessagePropertyLink), [{"message_pk": message.id, "property_key": prop.key,
                                                           "mention_text": prop.mention_text,
                                                           "kommune_as_written": prop.kommune_as_written, **values}])
            changed = True
        elif (stored.property_id is None and values["property_id"] is not None) or \
                (stored.customer_id is None and values["customer_id"] is not None):
            # Written before the records knew the property: the link now points at it and its owner.
            session.execute(update(MessagePropertyLink).where(MessagePropertyLink.id == stored.id).values(**values))
            changed = True
    new_projects = [link for link in {p.project_id: p for p in decision.projects}.values() if link.project_id not in projects]
    if new_projects:
        session.execute(insert(MessageProjectLink), [
            {"message_pk": message.id, "project_id": link.project_id, "method": link.method,
             "confidence": link.confidence, "reasons": _reasons(link.reasons)} for link in new_projects])
        changed = True
    return changed


def _grouped(session: Session, key_column, value_column, keys: Iterable[int]) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for key, value in session.execute(select(key_column, value_column).where(key_column.in_(list(keys)))):
        grouped[key].append(value)
    return grouped


def _reasons(reasons) -> list[dict]:
    return [{"signal": reason.signal, "weight": reason.weight, "detail": reason.detail} for reason in reasons]
