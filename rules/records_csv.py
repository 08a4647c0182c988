"""The firm's records CSV: one row per customer + property + project, validated as a whole.

A file imports entirely or not at all: ``read_records`` returns every bad row
with its line number and reason, so staff can fix the file in one go.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from rules.inert import has_control_characters
from rules.linking.kommuner import current_kommunenr, kommune_name
from rules.linking.property_ids import PropertyId
from rules.vocabulary import ProjectStatus

HEADER = (
    "customer_id", "name", "email", "phone", "street_address", "postcode", "city", "kommunenr", "kommune",
    "gnr", "bnr", "fnr", "snr", "project_id", "project_title", "project_status", "project_closed_on",
)
CUSTOMER_FIELDS = ("name", "email", "phone", "street_address", "postcode", "city")
PROJECT_STATUSES = tuple(ProjectStatus)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[\d ().-]{8,20}$")


@dataclass(frozen=True)
class CustomerRow:
    customer_id: str
    name: str
    email: str | None
    phone: str | None
    street_address: str | None
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


class RowError(ValueError):
    pass


def read_records(data: bytes) -> Records:
    records = Records()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        records.bad_rows.append((1, f"filen er ikke UTF-8 (byte {error.start}); lagre den som CSV med UTF-8"))
        return records
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            records.bad_rows.append((1, "filen er tom"))
            return records
        header = tuple(column.strip() for column in header)
        if header != HEADER:
            records.bad_rows.append((1, f"overskriftslinjen må være nøyaktig: {','.join(HEADER)}"))
            return records
        for values in reader:
            line = reader.line_num
            if not any(value.strip() for value in values):
                continue
            try:
                _reject_control_characters(values)
                customer_id = _add_row(records, dict(zip(HEADER, (value.strip() for value in values))), len(values))
                records.customer_lines.setdefault(customer_id, []).append(line)
            except RowError as error:
                records.bad_rows.append((line, str(error)))
    except csv.Error as error:
        records.bad_rows.append((reader.line_num, f"ikke gyldig CSV: {error}"))
    return records


def _reject_control_characters(values: list[str]) -> None:
    """A name or an address holding an escape sequence, a tab or a line break is not data a person typed."""
    for column, value in zip(HEADER, values):
        if has_control_characters(value.strip()):
            raise RowError(f"{column} inneholder et kontrolltegn")


def normalize_id(value: str) -> str:
    """Customer and project ids as stored: trimmed and upper case, so "k1 " and "K1" are one customer."""
    return value.strip().upper()


def _add_row(records: Records, row: dict[str, str], column_count: int) -> str:
    if column_count != len(HEADER):
        raise RowError(f"har {column_count} kolonner, skal ha {len(HEADER)}")
    customer = _customer(row)
    known = records.customers.get(customer.customer_id)
    if known is not None and known != customer:
        differing = [name for name in CUSTOMER_FIELDS if getattr(known, name) != getattr(customer, name)]
        raise RowError(f"kunde {customer.customer_id} er ulik en tidligere rad i: {', '.join(differing)}")
    prop = _property(row)
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


def _customer(row: dict[str, str]) -> CustomerRow:
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
    postcode = row["postcode"] or None
    if postcode and not re.fullmatch(r"\d{4}", postcode):
        raise RowError("postcode må være 4 sifre")
    return CustomerRow(normalize_id(row["customer_id"]), row["name"], email, phone, row["street_address"] or None, postcode, row["city"] or None)


def _property(row: dict[str, str]) -> PropertyRow | None:
    given = [row[name] for name in ("kommunenr", "gnr", "bnr", "fnr", "snr")]
    if not any(given):
        return None
    if not re.fullmatch(r"\d{4}", row["kommunenr"]):
        raise RowError("kommunenr må være 4 sifre")
    kommunenr = current_kommunenr(row["kommunenr"])
    if kommunenr is None:
        raise RowError(f"kommunenr {row['kommunenr']} er ikke en kjent kommune")
    gnr, bnr = _number(row, "gnr", required=True), _number(row, "bnr", required=True)
    fnr, snr = _number(row, "fnr"), _number(row, "snr")
    key = PropertyId(kommunenr=kommunenr, gnr=gnr, bnr=bnr, fnr=fnr or None, snr=snr or None).key()
    return PropertyRow(key, kommunenr, row["kommune"] or kommune_name(kommunenr), gnr, bnr, fnr or None, snr or None)


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
    status = row["project_status"].lower()
    if status not in PROJECT_STATUSES:
        raise RowError(f"project_status må være én av {', '.join(PROJECT_STATUSES)}")
    closed_on = None
    if row["project_closed_on"]:
        try:
            closed_on = date.fromisoformat(row["project_closed_on"])
        except ValueError:
            raise RowError("project_closed_on må være en dato som 2024-06-30") from None
    if status == ProjectStatus.CLOSED and closed_on is None:
        raise RowError("et avsluttet prosjekt må ha project_closed_on")
    if status == ProjectStatus.OPEN and closed_on is not None:
        raise RowError("et pågående prosjekt kan ikke ha project_closed_on")
    return ProjectRow(normalize_id(row["project_id"]), customer_id, property_key, row["project_title"] or row["project_id"], status, closed_on)
