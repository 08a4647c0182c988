"""Decide which customers (and which of their properties) a message is about.

Pure logic: the caller loads the customer records and hands them over as a
CustomerDirectory. Every piece of evidence becomes a Reason with a weight;
weights of different kinds of evidence combine as independent probabilities
(1 - prod(1 - w)). A customer is linked only when the combined confidence reaches
LINK_THRESHOLD, because a wrong link (one customer's mail shown to another) is
worse than none; weaker evidence sends the message to the review queue instead.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from email.utils import getaddresses
from typing import Iterable

from rules.labels import link_signal_name
from rules.vocabulary import LinkSignal, PropertyLinkRole
from rules.linking.kommuner import kommune_from_domain
from rules.linking.names import NameIndex, message_sections
from rules.linking.places import AddressIndex, KnownAddress, find_case_numbers, is_neighbours, standalone_sections
from rules.linking.text import IdIndex, PhoneIndex, compact_id
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
# A known property's address with its postcode or place ("Skogvn. 14, 1390 Vollen") is as specific as its gnr/bnr.
STREET_ADDRESS_WITH_PLACE = 0.8
# The property a municipality's case number was tied to by earlier mail.
CASE_NUMBER = 0.8
PHONE = 0.7
MASS_MAILING_CUSTOMERS = 4
MASS_MAILING_RECIPIENT = 0.3
ADDRESS_IN_TEXT = 0.6
# A neighbour's property named in a customer's case ("avstand til naboeiendommen gnr 12 bnr 346") is not about
# that neighbour, even when the neighbour is a customer too.
NEIGHBOURING_PROPERTY = 0.35
# Bounded parts (RFC 5321: local part 64, label 63 characters): an unbounded local part makes the search
# retry from every character of a long word and take time in the square of its length.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,16}")


@dataclass(frozen=True)
class KnownProperty:
    key: str
    kommunenr: str
    gnr: int
    bnr: int
    fnr: int | None
    snr: int | None
    street_address: str | None = None
    postcode: str | None = None
    city: str | None = None

    def unit(self) -> tuple[int, int, int, int]:
        return (self.gnr, self.bnr, self.fnr or 0, self.snr or 0)


@dataclass(frozen=True)
class KnownProject:
    project_id: str
    property_key: str | None
    status: str  # open | closed
    closed_on: date | None

    def open_on(self, day: date | None) -> bool:
        """Whether the design work was still going on that day (a project closed later was open then)."""
        if self.status != "closed" or self.closed_on is None:
            return True
        return day is not None and self.closed_on >= day


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
    projects: tuple[KnownProject, ...] = ()


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
    # What the earlier messages of the thread concerned: a reply concerns the same, unless it names something else.
    thread_property_keys: tuple[str, ...] = ()
    thread_project_ids: tuple[str, ...] = ()
    # (case number, property key) pairs earlier mail tied together, for the case numbers written in this message.
    case_properties: tuple[tuple[str, str], ...] = ()
    sent_on: date | None = None


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


CONCERNS, NEIGHBOUR = PropertyLinkRole.CONCERNS, PropertyLinkRole.NEIGHBOUR


@dataclass(frozen=True)
class PropertyLink:
    key: str
    mention_text: str
    customer_id: str | None
    kommune_as_written: str | None
    reasons: tuple[Reason, ...] = ()
    confidence: float = 1.0
    # A neighbour's property named in passing is a reference to it, not a sign its owner is a party.
    role: str = CONCERNS


@dataclass(frozen=True)
class ProjectLink:
    project_id: str
    customer_id: str
    confidence: float
    method: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class LinkDecision:
    customers: tuple[CustomerLink, ...]
    properties: tuple[PropertyLink, ...]
    review_reason: str | None
    candidates: tuple[CustomerLink, ...]
    projects: tuple[ProjectLink, ...] = ()


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
        self.addresses = AddressIndex(_known_addresses(self.customers.values()))
        self.phones = PhoneIndex(self.customers.values())
        self.projects: dict[str, tuple[str, KnownProject]] = {
            compact_id(project.project_id): (customer.customer_id, project)
            for customer in self.customers.values() for project in customer.projects
        }


def _known_addresses(customers: Iterable[KnownCustomer]) -> list[KnownAddress]:
    """Each property's address (owned by its customers) and each customer's own address."""
    owners: dict[str, set[str]] = defaultdict(set)
    places: dict[str, KnownProperty] = {}
    for customer in customers:
        for prop in customer.properties:
            if prop.street_address:
                owners[prop.key].add(customer.customer_id)
                places[prop.key] = prop
    addresses = [KnownAddress(p.street_address, p.postcode, p.city, key, frozenset(owners[key]))
                 for key, p in places.items()]
    for customer in customers:
        property_streets = {p.street_address for p in customer.properties}
        addresses += [KnownAddress(street, None, None, None, frozenset({customer.customer_id}))
                      for street in customer.street_addresses if street not in property_streets]
    return addresses


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
        if is_neighbours(text[max(0, mention.start - 60) : mention.start]):
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


# Weights of the ways a message reaches a property.
PROPERTY_WRITTEN = 0.95
PROPERTY_WRITTEN_WITHOUT_KOMMUNE = 0.7
PROPERTY_BY_ADDRESS_WITH_PLACE = 0.9
PROPERTY_BY_ADDRESS = 0.8
PROPERTY_BY_CASE_NUMBER = 0.85
PROPERTY_BY_PROJECT_NUMBER = 0.85
PROPERTY_BY_THREAD = 0.75


class _PropertyEvidence:
    def __init__(self) -> None:
        self.reasons: dict[str, dict[str, Reason]] = defaultdict(dict)
        self.mention: dict[str, tuple[str, str | None]] = {}
        self.neighbour_only: dict[str, bool] = {}

    def add(self, key: str, reason: Reason, mention_text: str, kommune_as_written: str | None = None,
            neighbour: bool = False) -> None:
        kept = self.reasons[key].get(reason.signal)
        if kept is None or kept.weight < reason.weight:
            self.reasons[key][reason.signal] = reason
        self.mention.setdefault(key, (mention_text, kommune_as_written))
        self.neighbour_only[key] = self.neighbour_only.get(key, True) and neighbour

    def concerned(self) -> set[str]:
        return {key for key, neighbour in self.neighbour_only.items() if not neighbour}


def _property_links(located: list[tuple[str, PropertyMention]], linked: list[str], directory: CustomerDirectory,
                    facts: MessageFacts) -> tuple[PropertyLink, ...]:
    found = _PropertyEvidence()
    for text, mention in located:
        pid = _resolve_unknown_kommune(mention.property_id, linked, directory)
        weight = PROPERTY_WRITTEN if pid.kommunenr else PROPERTY_WRITTEN_WITHOUT_KOMMUNE
        neighbour = is_neighbours(text[max(0, mention.start - 60): mention.start])
        found.add(pid.key(), Reason(LinkSignal.PROPERTY_ID, weight, f"{mention.text} written"), mention.text,
                  mention.kommune_as_written, neighbour)
    for text in (facts.subject, facts.body, *facts.attachment_texts):
        for match in directory.addresses.find(text):
            keys = {a.property_key for a in match.candidates if a.property_key}
            if len(keys) != 1:
                continue  # a private address, or one address written for two properties: not one place
            key = keys.pop()
            weight = PROPERTY_BY_ADDRESS_WITH_PLACE if match.with_place else PROPERTY_BY_ADDRESS
            found.add(key, Reason(LinkSignal.STREET_ADDRESS, weight, f"street address {match.text}"), match.text,
                      neighbour=match.neighbours)
    for case_number, key in facts.case_properties:
        found.add(key, Reason(LinkSignal.CASE_NUMBER, PROPERTY_BY_CASE_NUMBER, f"case number {case_number}"), case_number)
    for project_id, _, _ in _named_projects(facts, directory):
        project = directory.projects[compact_id(project_id)][1]
        if project.property_key:
            found.add(project.property_key, Reason(LinkSignal.PROJECT_NUMBER, PROPERTY_BY_PROJECT_NUMBER,
                                                   f"project number {project_id}"), project_id)
    if not found.concerned():
        # A reply concerns what its parent concerned, unless it names something else.
        for key in facts.thread_property_keys:
            found.add(key, Reason(LinkSignal.THREAD, PROPERTY_BY_THREAD, "earlier message in the thread concerns it"), key)
    links = []
    for key, by_signal in found.reasons.items():
        owners = directory.by_property_key.get(key, set())
        owner = next(iter(owners)) if len(owners) == 1 else next((c for c in linked if c in owners), None)
        reasons = tuple(sorted(by_signal.values(), key=lambda r: r.weight, reverse=True))
        disbelief = 1.0
        for reason in reasons:
            disbelief *= 1.0 - reason.weight
        mention_text, as_written = found.mention[key]
        links.append(PropertyLink(key, mention_text, owner, as_written, reasons, round(1.0 - disbelief, 3),
                                  NEIGHBOUR if found.neighbour_only[key] else CONCERNS))
    return tuple(links)


def _named_projects(facts: MessageFacts, directory: CustomerDirectory) -> list[tuple[str, str, float]]:
    """(project id, where, weight) for each project number written in the subject, or in full in the text."""
    named = {}
    for where, texts in (("subject", (facts.subject,)), ("text", (facts.body, *facts.attachment_texts))):
        for text in texts:
            for key in _project_keys(text, directory, cued_allowed=where == "subject"):
                customer_id, project = directory.projects[key]
                weight = PROJECT_NUMBER_IN_SUBJECT if where == "subject" else PROJECT_NUMBER_IN_TEXT
                if project.project_id not in named or named[project.project_id][2] < weight:
                    named[project.project_id] = (project.project_id, where, weight)
    return list(named.values())


_PROJECT_TOKEN = re.compile(r"[A-Za-z0-9ÆØÅæøå](?:[A-Za-z0-9ÆØÅæøå._/-]*[A-Za-z0-9ÆØÅæøå])?")


def written_project_keys(text: str) -> set[str]:
    """Every token of a text in the compact form project numbers are compared in (``compact_id``): a records
    import looks for new projects' numbers in stored subjects with it."""
    return {compact_id(token.group()) for token in _PROJECT_TOKEN.finditer(text or "")}


def _project_keys(text: str, directory: CustomerDirectory, cued_allowed: bool) -> list[str]:
    keys = []
    for token in _PROJECT_TOKEN.finditer(text or ""):
        key = compact_id(token.group())
        if key in directory.projects and not key.isdigit():
            keys.append(key)
    return keys


PROJECT_NUMBER_IN_SUBJECT = 0.95
PROJECT_NUMBER_IN_TEXT = 0.9
PROJECT_BY_PROPERTY = 0.85
PROJECT_BY_THREAD = 0.8
ONLY_OPEN_PROJECT = 0.6
ONLY_PROJECT = 0.5


def _project_links(facts: MessageFacts, directory: CustomerDirectory, linked: list[str],
                   properties: tuple[PropertyLink, ...]) -> tuple[ProjectLink, ...]:
    """The project(s) of each linked customer that the message concerns, strongest evidence first:
    a project number, a property the message concerns, the thread, the only project open when it was sent."""
    named = _named_projects(facts, directory)
    concerned_keys = {p.key for p in properties if p.role == CONCERNS and not _only_thread(p)}
    links = []
    for customer_id in linked:
        projects = directory.customers[customer_id].projects
        if not projects:
            continue
        by_id = {p.project_id: p for p in projects}
        # Another customer's property named in the message says nothing about which of this customer's projects it is.
        own_keys = concerned_keys & {p.key for p in directory.customers[customer_id].properties}
        chosen: list[tuple[KnownProject, Reason]] = [
            (by_id[project_id], Reason(LinkSignal.PROJECT_NUMBER, weight, f"project number {project_id} in the {where}"))
            for project_id, where, weight in named if project_id in by_id
        ]
        if not chosen and own_keys:
            on_property = [p for p in projects if p.property_key in own_keys]
            for key in sorted({p.property_key for p in on_property}):
                here = [p for p in on_property if p.property_key == key]
                if len(here) > 1:
                    here = [p for p in here if p.open_on(facts.sent_on)]
                if len(here) == 1:
                    chosen.append((here[0], Reason(LinkSignal.PROPERTY, PROJECT_BY_PROPERTY, f"the message concerns {key}")))
        if not chosen and not own_keys:
            chosen = [(by_id[project_id], Reason(LinkSignal.THREAD, PROJECT_BY_THREAD, "earlier message in the thread"))
                      for project_id in facts.thread_project_ids if project_id in by_id]
        if not chosen and not own_keys:
            open_then = [p for p in projects if p.open_on(facts.sent_on)]
            if len(open_then) == 1:
                chosen = [(open_then[0], Reason(LinkSignal.ONLY_OPEN_PROJECT, ONLY_OPEN_PROJECT,
                                                "the customer's only project open when the message was sent"))]
            elif len(projects) == 1:
                chosen = [(projects[0], Reason(LinkSignal.ONLY_PROJECT, ONLY_PROJECT, "the customer's only project"))]
        for project, reason in chosen:
            links.append(ProjectLink(project.project_id, customer_id, reason.weight, reason.signal, (reason,)))
    return tuple(links)


def _only_thread(link: PropertyLink) -> bool:
    return all(reason.signal == LinkSignal.THREAD for reason in link.reasons)


def _with_standalone_sections(text: str, mentions: list[PropertyMention]) -> list[PropertyMention]:
    """A section written on its own is a unit of the one gnr/bnr it goes with: "gnr 207 bnr 12 ... vi eier
    seksjon 5", "seksjonsnummer 3 i gnr. 114 bnr. 207"; and "gnr 114 bnr 207" next to "114/207/0/3" is that unit."""
    for position, end, section in standalone_sections(text, [(m.start, m.end) for m in mentions]):
        following = [m for m in mentions if 0 <= m.start - end <= 6]
        targets = following or [m for m in mentions if m.end <= position]
        units = {(m.property_id.gnr, m.property_id.bnr) for m in targets}
        if len(units) != 1 or any(m.property_id.snr for m in targets):
            continue
        mentions = [_as_section(m, section) if m in targets else m for m in mentions]
    sections_by_unit: dict[tuple[int, int], set[int]] = defaultdict(set)
    for m in mentions:
        if m.property_id.snr:
            sections_by_unit[(m.property_id.gnr, m.property_id.bnr)].add(m.property_id.snr)
    return [_as_section(m, next(iter(sections_by_unit[(m.property_id.gnr, m.property_id.bnr)])))
            if not m.property_id.snr and not m.property_id.fnr
            and len(sections_by_unit.get((m.property_id.gnr, m.property_id.bnr), ())) == 1 else m
            for m in mentions]


def _as_section(mention: PropertyMention, section: int) -> PropertyMention:
    return dataclasses.replace(mention, property_id=dataclasses.replace(mention.property_id, snr=section))


def _text_evidence(evidence: _Evidence, directory: CustomerDirectory, facts: MessageFacts) -> None:
    """Customer/project numbers, street addresses, phone numbers and e-mail addresses written in the message."""
    for customer_ids, _, detail in directory.ids.find(facts.subject):
        evidence.add_shared(customer_ids, LinkSignal.ID_IN_SUBJECT, ID_IN_SUBJECT, detail)
    # "Re: Tilbygg Gamle Ringeriksvei 14": subjects name the house as often as bodies do.
    for text in (facts.subject, facts.body, *facts.attachment_texts):
        for match in directory.addresses.find(text):
            customer_ids = set().union(*(a.customer_ids for a in match.candidates))
            if match.neighbours:
                evidence.add_shared(customer_ids, LinkSignal.NEIGHBOURING_PROPERTY, NEIGHBOURING_PROPERTY,
                                    "street address in text, as a neighbour's")
            elif match.with_place:
                evidence.add_shared(customer_ids, LinkSignal.STREET_ADDRESS, STREET_ADDRESS_WITH_PLACE,
                                    "street address with postcode or place in text")
            else:
                evidence.add_shared(customer_ids, LinkSignal.STREET_ADDRESS, STREET_ADDRESS, "street address in text")
    for case_number, key in facts.case_properties:
        owners = directory.by_property_key.get(key, set())
        if owners:
            evidence.add_shared(owners, LinkSignal.CASE_NUMBER, CASE_NUMBER, f"case number {case_number} of {key}")
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
        for mention in _with_standalone_sections(text, find_property_ids(text, municipality, directory.known_units))
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
    linked_ids = [link.customer_id for link in linked]
    properties = _property_links(located, linked_ids, directory, facts)
    return LinkDecision(
        customers=tuple(linked),
        properties=properties,
        review_reason=review_reason,
        candidates=tuple(ranked[:MAX_CANDIDATES]),
        projects=_project_links(facts, directory, linked_ids, properties),
    )


def case_numbers_in(facts: MessageFacts) -> list[str]:
    """The municipal case numbers written in a message (to look up which property earlier mail tied them to)."""
    return list(dict.fromkeys(n for text in (facts.subject, facts.body, *facts.attachment_texts)
                              for n in find_case_numbers(text)))


def case_numbers_to_remember(facts: MessageFacts, decision: LinkDecision) -> list[tuple[str, str]]:
    """(case number, property key) for a message that concerns exactly one known property: later mail quoting
    the case number concerns that property too. A message about several properties ties none."""
    concerned = [p for p in decision.properties if p.role == CONCERNS and p.customer_id and not p.key.startswith("????")]
    if len(concerned) != 1:
        return []
    return [(number, concerned[0].key) for number in case_numbers_in(facts)]
