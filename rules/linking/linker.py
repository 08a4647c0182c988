"""Decide which customers (and which of their properties) a message is about.

Pure logic: the caller loads the customer records and hands them over as a
CustomerDirectory. Every piece of evidence becomes a Reason with a weight;
weights of different kinds of evidence combine as independent probabilities
(1 - prod(1 - w)). A customer is linked only when the combined confidence reaches
LINK_THRESHOLD, because a wrong link (one customer's mail shown to another) is
worse than none; weaker evidence sends the message to the review queue instead.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from email.utils import getaddresses
from typing import Iterable

from rules.labels import link_signal_name
from rules.vocabulary import LinkSignal
from rules.linking.kommuner import kommune_from_domain
from rules.linking.names import NameIndex, message_sections
from rules.linking.text import IdIndex, PhoneIndex, StreetIndex
from rules.linking.property_ids import PropertyId, PropertyMention, find_property_ids

LINK_THRESHOLD = 0.75
REVIEW_THRESHOLD = 0.3
MAX_CANDIDATES = 5

# Weights: how sure one piece of evidence alone makes us that the message is about the customer.
SENDER_ADDRESS = 0.92
RECIPIENT_ADDRESS = 0.85
CONFIRMED_ADDRESS = 0.85
THREAD = 0.8
ID_IN_SUBJECT = 0.85
# A project or customer number as written ("P2024-017") is specific; a bare number after a cue word less so.
ID_IN_TEXT = 0.8
CUED_NUMBER_IN_TEXT = 0.6
PROPERTY_WITH_KOMMUNE = 0.8
PROPERTY_WITHOUT_KOMMUNE = 0.55
STREET_ADDRESS = 0.5
PHONE = 0.7
MASS_MAILING_CUSTOMERS = 4
MASS_MAILING_RECIPIENT = 0.3
ADDRESS_IN_TEXT = 0.6
# A neighbour's property named in a customer's case ("avstand til naboeiendommen gnr 12 bnr 346") is not about
# that neighbour, even when the neighbour is a customer too.
NEIGHBOURING_PROPERTY = 0.35
_NEIGHBOUR_MARK = re.compile(
    r"(?:nabo(?:eiendom\w*|tomt\w*|grunn\w*|grense\w*|hus\w*|ens|en\s+sin|bygg\w*)|neighbou?r(?:ing|'s)\s+\w+)"
    r"[^.\n]{0,25}\Z",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class KnownProperty:
    key: str
    kommunenr: str
    gnr: int
    bnr: int
    fnr: int | None
    snr: int | None
    street_address: str | None = None

    def unit(self) -> tuple[int, int, int, int]:
        return (self.gnr, self.bnr, self.fnr or 0, self.snr or 0)


@dataclass(frozen=True)
class KnownCustomer:
    customer_id: str
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    properties: tuple[KnownProperty, ...]
    project_ids: tuple[str, ...]
    confirmed_addresses: tuple[str, ...] = ()
    street_addresses: tuple[str, ...] = ()


@dataclass(frozen=True)
class MessageFacts:
    subject: str
    body: str
    attachment_texts: tuple[str, ...]
    from_address: str | None
    to_addresses: tuple[str, ...]
    cc_addresses: tuple[str, ...]
    own_domains: tuple[str, ...] = ("proess.no",)
    thread_customer_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    signal: str
    weight: float
    detail: str


@dataclass(frozen=True)
class CustomerLink:
    customer_id: str
    confidence: float
    method: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class PropertyLink:
    key: str
    mention_text: str
    customer_id: str | None
    kommune_as_written: str | None


@dataclass(frozen=True)
class LinkDecision:
    customers: tuple[CustomerLink, ...]
    properties: tuple[PropertyLink, ...]
    review_reason: str | None
    candidates: tuple[CustomerLink, ...]


def normalize_address(address: str) -> str:
    return address.strip().strip("<>").lower()


def _record_addresses(values: Iterable[str]) -> set[str]:
    """A records field may hold several addresses ("a@x.no; b@y.no")."""
    return {normalize_address(a) for value in values for a in re.split(r"[,;\s]+", value) if "@" in a}


class CustomerDirectory:
    """Indexes over the known customers, built once and shared by every message."""

    def __init__(self, customers: Iterable[KnownCustomer]):
        self.customers: dict[str, KnownCustomer] = {c.customer_id: c for c in customers}
        self.by_email: dict[str, set[str]] = defaultdict(set)
        self.by_confirmed: dict[str, set[str]] = defaultdict(set)
        self.by_property_key: dict[str, set[str]] = defaultdict(set)
        self.by_unit: dict[tuple[int, int, int, int], set[tuple[str, str]]] = defaultdict(set)
        for customer in self.customers.values():
            for email in _record_addresses(customer.emails):
                self.by_email[email].add(customer.customer_id)
            for email in _record_addresses(customer.confirmed_addresses):
                self.by_confirmed[email].add(customer.customer_id)
            for prop in customer.properties:
                self.by_property_key[prop.key].add(customer.customer_id)
                self.by_unit[prop.unit()].add((customer.customer_id, prop.key))
        self.known_units = frozenset((unit[0], unit[1]) for unit in self.by_unit)
        self.names = NameIndex((c.customer_id, c.name) for c in self.customers.values())
        self.ids = IdIndex(self.customers.values())
        self.streets = StreetIndex(self.customers.values())
        self.phones = PhoneIndex(self.customers.values())


class _Evidence:
    """Reasons per customer, keeping the strongest reason of each kind."""

    def __init__(self) -> None:
        self.reasons: dict[str, dict[str, Reason]] = defaultdict(dict)
        self.ambiguities: list[str] = []
        self._split: dict[tuple[str, str], Reason] = {}

    def add(self, customer_id: str, reason: Reason) -> None:
        kept = self.reasons[customer_id].get(reason.signal)
        if kept is None or kept.weight < reason.weight:
            self.reasons[customer_id][reason.signal] = reason

    def add_shared(self, customer_ids: set[str], signal: str, weight: float, detail: str) -> None:
        """Evidence that fits several customers is split between them, so it cannot link any alone."""
        if len(customer_ids) > 1:
            self.ambiguities.append(f"{link_signal_name(signal)}, og det passer {len(customer_ids)} kunder")
        if len(customer_ids) == 1:
            self.add(next(iter(customer_ids)), Reason(signal, weight, detail))
            return
        count = len(customer_ids)
        share = Reason(signal, round(weight / count, 3), f"{detail} (shared by {count} customers)")
        for customer_id in customer_ids:
            self._split[(customer_id, signal)] = Reason(signal, weight, f"{detail}, shared with a co-owner named here")
            self.add(customer_id, share)

    def _restore_named_co_owners(self) -> None:
        """A joint property names both owners' case: each owner named by name alone gets the full weight."""
        ambiguous_names = {cid for cid, signal in self._split if signal == LinkSignal.NAME}
        named = {cid for cid, by_signal in self.reasons.items() if LinkSignal.NAME in by_signal and cid not in ambiguous_names}
        for (customer_id, signal), full in self._split.items():
            if customer_id in named and signal != LinkSignal.NAME:
                self.add(customer_id, full)

    def links(self) -> list[CustomerLink]:
        self._restore_named_co_owners()
        links = []
        for customer_id, by_signal in self.reasons.items():
            reasons = sorted(by_signal.values(), key=lambda r: r.weight, reverse=True)
            disbelief = 1.0
            for reason in reasons:
                disbelief *= 1.0 - reason.weight
            links.append(CustomerLink(customer_id, round(1.0 - disbelief, 3), reasons[0].signal, tuple(reasons)))
        return sorted(links, key=lambda link: (-link.confidence, link.customer_id))


def _is_own(address: str, own_domains: tuple[str, ...]) -> bool:
    domain = address.rsplit("@", 1)[-1]
    return any(domain == own or domain.endswith("." + own) for own in own_domains)


def _participants(facts: MessageFacts) -> tuple[tuple[str, str] | None, list[str], bool]:
    """(sender name and address unless staff, customer-side recipients, whether staff wrote it)."""
    sender, written_by_staff = None, False
    if facts.from_address:
        parsed = getaddresses([facts.from_address])
        if parsed and parsed[0][1]:
            written_by_staff = _is_own(normalize_address(parsed[0][1]), facts.own_domains)
            if not written_by_staff:
                sender = (parsed[0][0], normalize_address(parsed[0][1]))
    recipients = [
        normalize_address(address)
        for _, address in getaddresses(list(facts.to_addresses) + list(facts.cc_addresses))
        if address and not _is_own(normalize_address(address), facts.own_domains)
    ]
    return sender, recipients, written_by_staff


def _address_evidence(evidence: _Evidence, directory: CustomerDirectory, sender: tuple[str, str] | None,
                      recipients: list[str]) -> None:
    recipient_customers = {
        customer_id
        for address in recipients
        for customer_id in directory.by_email.get(address, set()) | directory.by_confirmed.get(address, set())
    }
    recipient_weight = RECIPIENT_ADDRESS
    if len(recipient_customers) >= MASS_MAILING_CUSTOMERS:
        # A mail to many customers at once (a season's greeting, a notice) is about none of them in particular.
        recipient_weight = MASS_MAILING_RECIPIENT
        evidence.ambiguities.append(f"sendt til {len(recipient_customers)} kunder samtidig")
    roles = ([("sender", sender[1], SENDER_ADDRESS)] if sender else []) + [
        ("recipient", address, recipient_weight) for address in recipients
    ]
    for role, address, weight in roles:
        if directory.by_email.get(address):
            signal = LinkSignal.SENDER_ADDRESS if role == "sender" else LinkSignal.RECIPIENT_ADDRESS
            evidence.add_shared(directory.by_email[address], signal, weight, f"{role} {address}")
        elif directory.by_confirmed.get(address):
            weight = CONFIRMED_ADDRESS if role == "sender" else min(weight, CONFIRMED_ADDRESS)
            evidence.add_shared(directory.by_confirmed[address], LinkSignal.CONFIRMED_ADDRESS, weight,
                                f"{role} {address} confirmed by staff")


def _property_evidence(evidence: _Evidence, directory: CustomerDirectory,
                       mentions: list[tuple[str, PropertyMention]], via: str) -> None:
    for text, mention in mentions:
        pid = mention.property_id
        if pid.kommunenr:
            owners = directory.by_property_key.get(pid.key(), set())
            signal, weight, detail = LinkSignal.PROPERTY, PROPERTY_WITH_KOMMUNE, f"{pid.key()} mentioned{via}"
        else:
            owners = {customer_id for customer_id, _ in directory.by_unit.get(pid.unit(), set())}
            signal, weight = LinkSignal.PROPERTY_UNKNOWN_KOMMUNE, PROPERTY_WITHOUT_KOMMUNE
            detail = f"{pid.key()} mentioned without kommune{via}"
        if _NEIGHBOUR_MARK.search(text[max(0, mention.start - 60) : mention.start]):
            signal, weight, detail = LinkSignal.NEIGHBOURING_PROPERTY, NEIGHBOURING_PROPERTY, f"{detail} as a neighbour's"
        if owners:
            evidence.add_shared(owners, signal, weight, detail)


def _resolve_unknown_kommune(pid: PropertyId, linked: list[str], directory: CustomerDirectory) -> PropertyId:
    """Give a reference without kommune the kommune of the linked customers' records."""
    if pid.kommunenr or not linked:
        return pid
    matching = {key for cid, key in directory.by_unit.get(pid.unit(), set()) if cid in linked}
    if len(matching) == 1:
        return pid.with_kommune(matching.pop().split("-", 1)[0])
    kommuner = {p.kommunenr for cid in linked for p in directory.customers[cid].properties}
    return pid.with_kommune(kommuner.pop()) if len(kommuner) == 1 else pid


def _property_links(mentions: list[PropertyMention], linked: list[str],
                    directory: CustomerDirectory) -> tuple[PropertyLink, ...]:
    seen: dict[str, PropertyLink] = {}
    for mention in mentions:
        pid = _resolve_unknown_kommune(mention.property_id, linked, directory)
        owners = directory.by_property_key.get(pid.key(), set())
        owner = next(iter(owners)) if len(owners) == 1 else next((c for c in linked if c in owners), None)
        seen.setdefault(pid.key(), PropertyLink(pid.key(), mention.text, owner, mention.kommune_as_written))
    return tuple(seen.values())


def _text_evidence(evidence: _Evidence, directory: CustomerDirectory, facts: MessageFacts) -> None:
    """Customer/project numbers, street addresses, phone numbers and e-mail addresses written in the message."""
    for customer_ids, _, detail in directory.ids.find(facts.subject):
        evidence.add_shared(customer_ids, LinkSignal.ID_IN_SUBJECT, ID_IN_SUBJECT, detail)
    # "Re: Tilbygg Gamle Ringeriksvei 14": subjects name the house as often as bodies do.
    for text in (facts.subject, facts.body, *facts.attachment_texts):
        for customer_ids, detail in directory.streets.find(text):
            evidence.add_shared(customer_ids, LinkSignal.STREET_ADDRESS, STREET_ADDRESS, detail)
    for text in (facts.body, *facts.attachment_texts):
        for customer_ids, as_written, detail in directory.ids.find(text):
            weight = ID_IN_TEXT if as_written else CUED_NUMBER_IN_TEXT
            evidence.add_shared(customer_ids, LinkSignal.ID_IN_TEXT, weight, detail)
        for customer_ids, detail in directory.phones.find(text):
            evidence.add_shared(customer_ids, LinkSignal.PHONE, PHONE, detail)
        for address in map(normalize_address, _EMAIL.findall(text)):
            owners = directory.by_email.get(address) or directory.by_confirmed.get(address)
            if owners:
                evidence.add_shared(owners, LinkSignal.ADDRESS_IN_TEXT, ADDRESS_IN_TEXT, f"{address} written in the text")


def link_message(facts: MessageFacts, directory: CustomerDirectory) -> LinkDecision:
    evidence = _Evidence()
    sender, recipients, written_by_staff = _participants(facts)
    _address_evidence(evidence, directory, sender, recipients)
    for customer_id in facts.thread_customer_ids:
        if customer_id in directory.customers:
            evidence.add(customer_id, Reason(LinkSignal.THREAD, THREAD, "earlier message in the thread is linked"))

    # Mail from a municipality names properties without saying which kommune: its own.
    municipality = kommune_from_domain(sender[1]) if sender else None
    via = " by the municipality" if municipality else ""
    located = [
        (text, mention)
        for text in (facts.subject, facts.body, *facts.attachment_texts)
        for mention in find_property_ids(text, municipality, directory.known_units)
    ]
    _property_evidence(evidence, directory, located, via)
    _text_evidence(evidence, directory, facts)
    sections = message_sections(facts.subject, facts.body, facts.attachment_texts, sender[0] if sender else "",
                                written_by_staff, sender[1] if sender else "",
                                internal=written_by_staff and not recipients)
    for match in directory.names.find(sections):
        evidence.add_shared(match.customer_ids, LinkSignal.NAME, match.weight, match.detail)

    ranked = evidence.links()
    linked = [link for link in ranked if link.confidence >= LINK_THRESHOLD]
    review_reason = None
    if not linked and ranked and ranked[0].confidence >= REVIEW_THRESHOLD:
        review_reason = "; ".join(dict.fromkeys(evidence.ambiguities)) or "for svake holdepunkter til å knytte e-posten til en kunde"
    return LinkDecision(
        customers=tuple(linked),
        properties=_property_links([mention for _, mention in located], [link.customer_id for link in linked],
                                   directory),
        review_reason=review_reason,
        candidates=tuple(ranked[:MAX_CANDIDATES]),
    )
