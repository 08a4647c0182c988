"""Who a lookup query means: the data subjects it matches, and why each matched.

A query (name, e-mail address, phone number, fødselsnummer, customer id or property
ID) is normalized the way detection normalizes what it finds, so "+47 912 34 567"
and "91234567" are the same number. It can match several subjects; each candidate
says why it matched, and the caller asks the user to choose. A person who is not a
customer (a neighbour named in a mail, a sender) is a subject too, found through the
participants and the keyed hashes of detected identifiers.

Customers are few and scanned in memory; mail is reached only through indexed
columns, so matching stays fast however much mail is stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.privacy.staff import require
from intake.sealing import finding_text_in
from models import Customer, CustomerAddress, CustomerProperty, StoredFinding, Participant, Property
from rules.detection.identifiers import normalize_identifier, value_hash
from rules.labels import label_name
from rules.records_csv import normalize_id
from rules.vocabulary import QueryKind, StaffAction
from rules.wording import counted
from intake.privacy.property_lookup import property_keys_by_address as find_property_keys_by_address, property_query

CUSTOMER_ID, EMAIL, PHONE, NATIONAL_ID, PROPERTY, NAME = (QueryKind.CUSTOMER_ID, QueryKind.EMAIL, QueryKind.PHONE,
                                                          QueryKind.NATIONAL_ID, QueryKind.PROPERTY, QueryKind.NAME)
ADDRESS = QueryKind.ADDRESS
_PROPERTY_SHAPE = re.compile(r"\d+\s*/\s*\d+|\b(?:g\.?\s?nr|b\.?\s?nr|gnr|bnr|gårdsnr|bruksnr)\b", re.IGNORECASE)
_PHONE_SHAPE = re.compile(r"\+?[\d\s().-]{8,}")


@dataclass(frozen=True)
class SubjectMatch:
    """A data subject a query matched: a customer, or a person known only by an identifier in the mail."""

    customer_id: str | None
    identifier_label: str | None
    identifier_value: str | None
    display: str
    reasons: tuple[str, ...]

    @property
    def ref(self) -> str:
        return self.customer_id or f"{self.identifier_label}:{self.identifier_value}"


_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ä": "a", "á": "a", "à": "a", "â": "a", "ã": "a", "é": "e",
                       "è": "e", "ê": "e", "ë": "e", "ö": "o", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ü": "u", "ú": "u",
                       "ù": "u", "û": "u", "í": "i", "ì": "i", "î": "i", "ï": "i", "ç": "c", "ñ": "n", "ß": "ss", "-": " "})


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names ("Ødegård" ~ "odegard"); a table, so it is cheap
    enough to run over every customer's name on each lookup."""
    return " ".join(text.casefold().translate(_FOLD).split())


def name_variants(name: str) -> list[str]:
    """The spellings a detected name mention is compared with (mentions are stored as written)."""
    clean = " ".join(name.split())
    return sorted({clean, clean.title(), clean.upper(), clean.lower()})


def classify_query(query: str) -> tuple[QueryKind, str | None]:
    """The kind of a query and its normalized value (None for a name)."""
    if "@" in query:
        return EMAIL, normalize_identifier("EMAIL", query) or query.strip().lower()
    from rules.linking.property_ids import parse_property_id  # its patterns compile on import: only when needed

    if _PROPERTY_SHAPE.search(query) and parse_property_id(query) is not None:
        return PROPERTY, parse_property_id(query).key()
    if national_id := normalize_identifier("NATIONAL_ID", query):
        return NATIONAL_ID, national_id
    if _PHONE_SHAPE.fullmatch(query) and (phone := normalize_identifier("PHONE", query)):
        return PHONE, phone
    if (place := property_query(query)) is not None and place[0] == ADDRESS:
        return ADDRESS, place[1]
    return NAME, None


def _find_candidates(session: Session, query: str, hash_key: bytes) -> tuple[QueryKind, list[SubjectMatch]]:
    query = " ".join(query.split())
    if not query:
        raise InputError("oppgi et navn, en e-postadresse, et telefonnummer, et fødselsnummer, et kundenummer, en eiendom eller en gateadresse")
    found: dict[str, SubjectMatch] = {}
    customer = customer_by_id(session, query)
    if customer is not None:
        _add(found, _customer_candidate(customer, "kundenummer"))
        return CUSTOMER_ID, list(found.values())
    kind, value = classify_query(query)
    if kind == EMAIL:
        _match_email(session, value, hash_key, found)
    elif kind == PROPERTY:
        _match_property(session, value, found)
    elif kind == ADDRESS:
        # The owners of the property at the address, and customers whose own address it is.
        for key in sorted(find_property_keys_by_address(session, value)):  # a set: the same order every time
            _match_property(session, key, found)
        _match_name(session, query, found)
    elif kind in (NATIONAL_ID, PHONE):
        label = "NATIONAL_ID" if kind == NATIONAL_ID else "PHONE"
        if kind == PHONE:
            _match_customer_phone(session, value, found)
        if not found:
            _match_identifier_in_mail(session, label, value, hash_key, found)
    else:
        _match_name(session, query, found)
    return kind, sorted(found.values(), key=lambda c: (c.customer_id is None, c.ref))


def find_subjects(session: Session, actor: str | None, query: str, hash_key: bytes) -> tuple[QueryKind, list[SubjectMatch]]:
    """Who a query matches and why, for a staff member who may look people up (the caller audits what it shows)."""
    require(session, actor, StaffAction.LOOKUP)
    return _find_candidates(session, query, hash_key)


def _resolve_one(session: Session, query: str, hash_key: bytes) -> SubjectMatch:
    """The one subject a query names; anything else is an input error (the message carries no personal data)."""
    _, candidates = _find_candidates(session, query, hash_key)
    if not candidates:
        raise InputError("ingen person passer søket")
    if len(candidates) > 1:
        raise InputError(f"søket passer {len(candidates)} personer: kjør `intake lookup` med det, og bruk så kundenummeret "
                         "eller den nøyaktige opplysningen for den du mener")
    return candidates[0]


def resolve_exact(session: Session, query: str, hash_key: bytes) -> SubjectMatch:
    """The one subject a destructive command may act on, named exactly: a customer id, a whole e-mail
    address, a fødselsnummer, or a full name that one person has. Never a prefix, a phone number or a
    property, which can fit people the operator did not mean; anything else is refused with the reason."""
    query = " ".join(query.split())
    if not query:
        raise InputError("oppgi kundenummer, e-postadresse, fødselsnummer eller fullt navn; ingenting er endret")
    customer = customer_by_id(session, query)
    if customer is not None:
        return _customer_candidate(customer, "kundenummer")
    kind, value = classify_query(query)
    found: dict[str, SubjectMatch] = {}
    if kind == EMAIL:
        if normalize_identifier("EMAIL", query) is None:
            raise InputError("ikke en gyldig e-postadresse; ingenting er endret")
        _match_email(session, value, hash_key, found)
    elif kind == NATIONAL_ID:
        _match_identifier_in_mail(session, "NATIONAL_ID", value, hash_key, found)
    elif kind == NAME:
        wanted = fold(query)
        for customer_id, name in session.execute(select(Customer.customer_id, Customer.name)):
            if fold(name) == wanted:
                _add(found, SubjectMatch(customer_id, None, None, name, ("fullt navn i kunderegisteret",)))
        if not found:
            # Someone who wrote or was written to under exactly this name; a name merely detected in a
            # text is not enough to know which person it is.
            _match_name(session, query, found)
            found = {ref: c for ref, c in found.items() if c.customer_id is None and c.identifier_label == "EMAIL"}
        if not found:
            partial = len(_find_candidates(session, query, hash_key)[1])
            hint = (f"; {partial} person(er) har et navn som begynner slik: finn den rette med `intake lookup` "
                    "og bruk kundenummeret") if partial else ""
            raise InputError(f"ingen har akkurat det navnet{hint}; ingenting er endret")
    else:
        raise InputError("sletting og retting krever kundenummer, hel e-postadresse, fødselsnummer eller fullt navn "
                         "(ikke telefonnummer eller eiendom); ingenting er endret")
    if not found:
        raise InputError("ingen person passer nøyaktig; ingenting er endret")
    if len(found) > 1:
        raise InputError(f"{len(found)} personer passer nøyaktig: bruk kundenummeret (se `intake lookup`); ingenting er endret")
    return next(iter(found.values()))


def customer_by_id(session: Session, customer_id: str) -> Customer | None:
    """The customer with this id, however it is cased or padded (ids are stored normalized)."""
    return session.get(Customer, normalize_id(customer_id)) or session.get(Customer, customer_id.strip())


def _add(found: dict[str, SubjectMatch], candidate: SubjectMatch) -> None:
    if candidate.ref in found:
        previous = found[candidate.ref]
        candidate = SubjectMatch(previous.customer_id, previous.identifier_label, previous.identifier_value, previous.display,
                              tuple(dict.fromkeys(previous.reasons + candidate.reasons)))
    found[candidate.ref] = candidate


def _customer_candidate(customer: Customer, reason: str) -> SubjectMatch:
    return SubjectMatch(customer.customer_id, None, None, customer.name, (reason,))


def customers_with_address(session: Session, address: str) -> set[str]:
    """The customers whose registered e-mail address (the records' e-mail or one remembered for them) this is.
    Addresses are stored lower-case (records import, review, rectify): ``address`` must be too."""
    customer_ids = set(session.scalars(select(Customer.customer_id).where(Customer.email == address)))
    return customer_ids | set(session.scalars(select(CustomerAddress.customer_id).where(CustomerAddress.address == address)))


def _match_email(session: Session, address: str, hash_key: bytes, found: dict[str, SubjectMatch]) -> None:
    customer_ids = customers_with_address(session, address)
    for customer in session.scalars(select(Customer).where(Customer.customer_id.in_(customer_ids))):
        _add(found, _customer_candidate(customer, "e-postadressen i kunderegisteret"))
    if not found:
        if session.scalar(select(Participant.id).where(Participant.address == address).limit(1)) is not None:
            _add(found, SubjectMatch(None, "EMAIL", address, address, ("avsender eller mottaker av lagret e-post",)))
        _match_identifier_in_mail(session, "EMAIL", address, hash_key, found)


def _street_matches(folded_query: str, folded_street: str) -> bool:
    """"Skogveien 14" or "skogveien" finds Skogveien 14; a house number must match whole ("Skogveien 1" is not 14)."""
    if not folded_street.startswith(folded_query):
        return False
    rest = folded_street[len(folded_query):]
    return not (folded_query[-1:].isdigit() and rest[:1].isdigit())


def _customers_with_phone(session: Session, e164: str) -> list[Customer]:
    """Phones are stored as typed; the database narrows by the last digits, the normalizer decides."""
    digits_only = Customer.phone
    for separator in (" ", "-", ".", "(", ")"):
        digits_only = func.replace(digits_only, separator, "")
    return [customer for customer in session.scalars(select(Customer).where(digits_only.like(f"%{e164[-8:]}")))
            if normalize_identifier("PHONE", customer.phone) == e164]


def customers_with_phone(session: Session, phone: str) -> set[str]:
    """The customers whose registered phone number this is, however either is written (none for no valid number)."""
    e164 = normalize_identifier("PHONE", phone)
    return {customer.customer_id for customer in _customers_with_phone(session, e164)} if e164 else set()


def _match_customer_phone(session: Session, e164: str, found: dict[str, SubjectMatch]) -> None:
    for customer in _customers_with_phone(session, e164):
        _add(found, _customer_candidate(customer, "telefonnummer i kunderegisteret"))


def _match_identifier_in_mail(session: Session, label: str, value: str, hash_key: bytes, found: dict[str, SubjectMatch]) -> None:
    hashed = value_hash(label, value, hash_key)
    mentions = session.scalar(select(func.count(func.distinct(StoredFinding.message_pk))).where(StoredFinding.value_hash == hashed)) or 0
    if mentions:
        _add(found, SubjectMatch(None, label, value, value, (f"{label_name(label).lower()} funnet ved gjenkjenning i {counted(mentions, 'e-post')}",)))


def _match_property(session: Session, key: str, found: dict[str, SubjectMatch]) -> None:
    kommunenr, _, unit = key.partition("-")
    statement = select(Property.id, Property.key)
    if kommunenr.isdigit():
        statement = statement.where(Property.key == key)
    else:  # kommune not given: any kommune with this gnr/bnr (the choice then says which)
        statement = statement.where(Property.key.like(f"%-{unit}"))
    for property_id, property_key in session.execute(statement):
        for customer in session.scalars(
            select(Customer).join(CustomerProperty, CustomerProperty.customer_id == Customer.customer_id)
            .where(CustomerProperty.property_id == property_id)
        ):
            _add(found, _customer_candidate(customer, f"kunde for eiendom {property_key}"))


def _match_name(session: Session, query: str, found: dict[str, SubjectMatch]) -> None:
    wanted = fold(query).split()
    folded_query = fold(query)
    for customer_id, name, street in session.execute(select(Customer.customer_id, Customer.name, Customer.street_address)):
        tokens = fold(name).split()
        if all(any(token.startswith(part) for token in tokens) for part in wanted):
            _add(found, SubjectMatch(customer_id, None, None, name, ("navnet i kunderegisteret",)))
        elif street and _street_matches(folded_query, fold(street)):
            _add(found, SubjectMatch(customer_id, None, None, name, ("gateadressen i kunderegisteret",)))
    if found:
        return
    variants = name_variants(query)
    for address in session.scalars(select(Participant.address).where(Participant.display_name.in_(variants)).distinct()):
        _add(found, SubjectMatch(None, "EMAIL", address, f"{query} <{address}>", ("navnet står som avsender eller mottaker",)))
    mentioned = session.scalar(select(func.count(func.distinct(StoredFinding.message_pk)))
                               .where(finding_text_in(session, "PERSON", variants))) or 0
    if mentioned:
        _add(found, SubjectMatch(None, "PERSON", " ".join(query.split()), query,
                              (f"navnet funnet ved gjenkjenning i {counted(mentioned, 'e-post')}",)))
