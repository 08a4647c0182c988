"""The firm's records CSV: one row per customer + property + project, validated as a whole.

A file imports entirely or not at all: ``read_records`` returns every bad row
with its line number and reason (in Norwegian, for the staff who fix the file),
so staff can fix the file in one go.

The address columns (``street_address,postcode,city``) describe the row's
property, the place of the tiltak: a customer with a house and a cabin has two
rows with two addresses. The customer's private address, when the firm's export
has it, comes in the optional ``private_street_address,private_postcode,private_city``
columns. A row without a property keeps the old meaning: its address is the customer's.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable

from rules.inert import has_control_characters
from rules.linking.kommuner import current_kommunenr, kommune_name
from rules.vocabulary import ProjectStatus

HEADER = (
    "customer_id", "name", "email", "phone", "street_address", "postcode", "city", "kommunenr", "kommune",
    "gnr", "bnr", "fnr", "snr", "project_id", "project_title", "project_status", "project_closed_on",
)
# Added after HEADER, in any order, when the firm's export has them.
OPTIONAL_COLUMNS = ("private_street_address", "private_postcode", "private_city")
CUSTOMER_FIELDS = ("name", "email", "phone", "street_address", "postcode", "city")
PROPERTY_ADDRESS_FIELDS = ("street_address", "postcode", "city")

OPEN, CLOSED = ProjectStatus.OPEN, ProjectStatus.CLOSED
PROJECT_STATUSES = tuple(ProjectStatus)
# The words firms' systems export for a project's state, folded to lower case.
STATUS_WORDS = {
    OPEN: ("open", "active", "ongoing", "in progress", "aktiv", "pågår", "åpen"),
    CLOSED: ("closed", "done", "completed", "finished", "avsluttet", "ferdig", "lukket"),
}
_STATUS_BY_WORD = {word: status for status, words in STATUS_WORDS.items() for word in words}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[\d ().-]{8,20}$")

_FIELD_NAMES_NB = {
    "name": "navn", "email": "e-post", "phone": "telefon", "street_address": "adresse", "postcode": "postnummer",
    "city": "poststed",
}


@dataclass(frozen=True)
class CustomerRow:
    customer_id: str
    name: str
    email: str | None
    phone: str | None
    street_address: str | None  # the customer's own (private) address
    postcode: str | None
    city: str | None


@dataclass(frozen=True)
class PropertyRow:
    key: str
    kommunenr: str
    kommune: str | None
    gnr: int
    bnr: int
    fnr: int | None
    snr: int | None
    street_address: str | None = None  # where the tiltak is
    postcode: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class ProjectRow:
    project_id: str
    customer_id: str
    property_key: str | None
    title: str
    status: str
    closed_on: date | None


@dataclass
class Records:
    customers: dict[str, CustomerRow] = field(default_factory=dict)
    properties: dict[str, PropertyRow] = field(default_factory=dict)
    customer_properties: set[tuple[str, str]] = field(default_factory=set)
    projects: dict[str, ProjectRow] = field(default_factory=dict)
    customer_lines: dict[str, list[int]] = field(default_factory=dict)  # the file's line numbers of each customer's rows
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    rows: int = 0
    read_on: date = field(default_factory=date.today)  # kommune numbers are those in force this day


class RowError(ValueError):
    pass


def project_status(word: str) -> str:
    """`open` or `closed` for any word a firm's system exports ("Pågår", "Completed"); RowError otherwise."""
    status = _STATUS_BY_WORD.get(" ".join(word.split()).lower())
    if status is None:
        accepted = "; ".join(f"{status}: {', '.join(words)}" for status, words in STATUS_WORDS.items())
        raise RowError(f"project_status «{word}» er ukjent; godtatt er (uansett store/små bokstaver) {accepted}")
    return status


def read_records(data: bytes, progress: Callable[[int], None] | None = None) -> Records:
    """Parse and check a whole records file; ``progress`` is called with the number of rows read so far."""
    records = Records()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        records.bad_rows.append((1, f"filen er ikke UTF-8 (byte {error.start}); lagre den som UTF-8 CSV"))
        return records
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            records.bad_rows.append((1, "filen er tom"))
            return records
        header = tuple(column.strip() for column in header)
        extra = header[len(HEADER):]
        if header[: len(HEADER)] != HEADER or any(c not in OPTIONAL_COLUMNS for c in extra) or len(set(extra)) != len(extra):
            records.bad_rows.append((1, f"overskriftslinjen må være nøyaktig {','.join(HEADER)}, eventuelt fulgt av "
                                        f"{','.join(OPTIONAL_COLUMNS)}"))
            return records
        for values in reader:
            line = reader.line_num
            records.rows += 1
            if progress is not None and records.rows % 1000 == 0:
                progress(records.rows)
            values = [value.strip() for value in values]
            if not any(values):
                continue
            try:
                if len(values) != len(header):
                    raise RowError(f"har {len(values)} kolonner, skal ha {len(header)}")
                _reject_control_characters(header, values)
                row = dict.fromkeys(OPTIONAL_COLUMNS, "")
                row.update(zip(header, values))
                customer_id = _add_row(records, row)
                records.customer_lines.setdefault(customer_id, []).append(line)
            except RowError as error:
                records.bad_rows.append((line, str(error)))
    except csv.Error as error:
        records.bad_rows.append((reader.line_num, f"ikke gyldig CSV: {error}"))
    if progress is not None:
        progress(records.rows)
    return records


def _reject_control_characters(header: tuple[str, ...], values: list[str]) -> None:
    """A name or an address holding an escape sequence, a tab or a line break is not data a person typed.
    ``values`` are stripped: a line break or tab around a value is only how it was written."""
    if not has_control_characters("".join(values)):
        return  # the usual row: one search for the whole row
    for column, value in zip(header, values):
        if has_control_characters(value):
            raise RowError(f"{column} inneholder et kontrolltegn")


def normalize_id(value: str) -> str:
    """Customer and project ids as stored: trimmed and upper case, so "k1 " and "K1" are one customer."""
    return value.strip().upper()


def _add_row(records: Records, row: dict[str, str]) -> str:
    prop = _property(row, records.read_on)
    customer = _customer(row, takes_row_address=prop is None)
    known = records.customers.get(customer.customer_id)
    if known is not None:
        customer = _same_customer(known, customer)
    if prop is not None:
        known_prop = records.properties.get(prop.key)
        if known_prop is not None and known_prop != prop:
            differing = [_FIELD_NAMES_NB[name] for name in PROPERTY_ADDRESS_FIELDS
                         if getattr(known_prop, name) != getattr(prop, name)] or ["kommune"]
            raise RowError(f"eiendom {prop.key} er ulik en tidligere rad i: {', '.join(differing)}")
    project = _project(row, customer.customer_id, prop.key if prop else None)
    if project is not None:
        known_project = records.projects.get(project.project_id)
        if known_project is not None and known_project != project:
            raise RowError(f"prosjekt {project.project_id} er ulikt en tidligere rad")
    records.customers[customer.customer_id] = customer
    if prop is not None:
        records.properties[prop.key] = prop
        records.customer_properties.add((customer.customer_id, prop.key))
    if project is not None:
        records.projects[project.project_id] = project
    return customer.customer_id


def _same_customer(known: CustomerRow, row: CustomerRow) -> CustomerRow:
    """Rows of one customer agree on the customer's columns; a private address given on only some rows is kept."""
    differing = [_FIELD_NAMES_NB[name] for name in ("name", "email", "phone") if getattr(known, name) != getattr(row, name)]
    if any((known.street_address, known.postcode, known.city)) and any((row.street_address, row.postcode, row.city)):
        differing += [_FIELD_NAMES_NB[name] for name in PROPERTY_ADDRESS_FIELDS if getattr(known, name) != getattr(row, name)]
    if differing:
        raise RowError(f"kunde {row.customer_id} er ulik en tidligere rad i: {', '.join(differing)}")
    return known if any((known.street_address, known.postcode, known.city)) else row


_ADDRESS_COLUMNS = {prefix: tuple(prefix + name for name in PROPERTY_ADDRESS_FIELDS) for prefix in ("", "private_")}


def _address(row: dict[str, str], prefix: str) -> tuple[str | None, str | None, str | None]:
    street, postcode, city = _ADDRESS_COLUMNS[prefix]
    street, postcode, city = row[street] or None, row[postcode] or None, row[city] or None
    if postcode and not (len(postcode) == 4 and postcode.isascii() and postcode.isdigit()):
        raise RowError(f"{prefix}postcode må være 4 sifre")
    return street, postcode, city


def _customer(row: dict[str, str], takes_row_address: bool) -> CustomerRow:
    if not row["customer_id"]:
        raise RowError("customer_id er tom")
    if not row["name"]:
        raise RowError("name er tom")
    email = row["email"].lower() or None
    if email and not EMAIL.match(email):
        raise RowError("email er ikke en e-postadresse")
    phone = row["phone"] or None
    if phone and not PHONE.match(phone):
        raise RowError("phone er ikke et telefonnummer")
    private = _address(row, "private_")
    row_address = _address(row, "")
    if not any(private) and takes_row_address:
        private = row_address
    return CustomerRow(normalize_id(row["customer_id"]), row["name"], email, phone, *private)


def _property(row: dict[str, str], day: date | None = None) -> PropertyRow | None:
    given = [row[name] for name in ("kommunenr", "gnr", "bnr", "fnr", "snr")]
    if not any(given):
        return None
    if not re.fullmatch(r"\d{4}", row["kommunenr"]):
        raise RowError("kommunenr må være 4 sifre")
    kommunenr = _kommunenr_on(row["kommunenr"], day or date.today())
    if kommunenr is None:
        raise RowError(f"kommunenr {row['kommunenr']} er ikke en kjent kommune")
    gnr, bnr = _number(row, "gnr", required=True), _number(row, "bnr", required=True)
    fnr, snr = _number(row, "fnr"), _number(row, "snr")
    # Imported here: its patterns compile on import, and `intake lookup` reads this module only for normalize_id.
    from rules.linking.property_ids import PropertyId

    key = PropertyId(kommunenr=kommunenr, gnr=gnr, bnr=bnr, fnr=fnr or None, snr=snr or None).key()
    return PropertyRow(key, kommunenr, row["kommune"] or kommune_name(kommunenr), gnr, bnr, fnr or None, snr or None,
                       *_address(row, ""))


@lru_cache(maxsize=1024)
def _kommunenr_on(number: str, day: date) -> str | None:
    """``current_kommunenr``, once per number and day: a register names the same few hundred kommuner again and again."""
    return current_kommunenr(number, day)


def _number(row: dict[str, str], name: str, required: bool = False) -> int | None:
    value = row[name]
    if not value:
        if required:
            raise RowError(f"{name} er tom")
        return None
    if not value.isdigit() or (required and int(value) == 0):
        raise RowError(f"{name} må være et positivt heltall")
    return int(value)


def _project(row: dict[str, str], customer_id: str, property_key: str | None) -> ProjectRow | None:
    if not any(row[name] for name in ("project_id", "project_title", "project_status", "project_closed_on")):
        return None
    if not row["project_id"]:
        raise RowError("project_id er tom, men andre prosjektkolonner er fylt ut")
    status = project_status(row["project_status"])
    closed_on = None
    if row["project_closed_on"]:
        try:
            closed_on = date.fromisoformat(row["project_closed_on"])
        except ValueError:
            raise RowError("project_closed_on må være en dato som 2024-06-30") from None
    if status == CLOSED and closed_on is None:
        raise RowError("et avsluttet prosjekt må ha project_closed_on")
    if status == OPEN and closed_on is not None:
        raise RowError("et pågående prosjekt kan ikke ha project_closed_on")
    return ProjectRow(normalize_id(row["project_id"]), customer_id, property_key, row["project_title"] or row["project_id"], status, closed_on)
