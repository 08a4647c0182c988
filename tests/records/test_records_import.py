"""Records import on a real database: a property's address, re-import counts, and the directory's view."""

from __future__ import annotations

from sqlalchemy import select

from intake.records import import_records_file
from models import Customer, Project, Property
from models.queries import known_customers, records_version
from models.session import transaction
from rules.records_csv import HEADER
from rules.retention import DEFAULT_POLICIES

HEAD = ",".join(HEADER) + ",private_street_address,private_postcode,private_city"
HOUSE = "K1,Kari Holm,kari@example.no,,Lyngveien 3,1357,Bekkestua,3201,Bærum,27,9,,,P1,Tilbygg,pågår,,Bjørkeveien 3,0870,Oslo"
CABIN = "K1,Kari Holm,kari@example.no,,Fjellvegen 9B,3580,Geilo,3330,Hol,55,12,,,P2,Hytte,Completed,2025-05-31,Bjørkeveien 3,0870,Oslo"


def run_import(sessions, tmp_path, *rows):
    path = tmp_path / "records.csv"
    path.write_text("\n".join([HEAD, *rows]) + "\n", encoding="utf-8")
    with transaction(sessions) as session:
        return import_records_file(session, path, DEFAULT_POLICIES, actor="test")


def test_customer_with_a_house_and_a_cabin_imports_with_each_propertys_address(sessions, tmp_path):
    summary = run_import(sessions, tmp_path, HOUSE, CABIN)
    assert (summary.customers, summary.properties, summary.projects) == (1, 2, 2)
    with sessions() as session:
        addresses = {p.key: (p.street_address, p.postcode, p.city) for p in session.scalars(select(Property))}
        assert addresses == {"3201-27/9": ("Lyngveien 3", "1357", "Bekkestua"),
                             "3330-55/12": ("Fjellvegen 9B", "3580", "Geilo")}
        customer = session.get(Customer, "K1")
        assert (customer.street_address, customer.postcode, customer.city) == ("Bjørkeveien 3", "0870", "Oslo")
        assert {p.project_id: p.status for p in session.scalars(select(Project))} == {"P1": "open", "P2": "closed"}
        [known] = known_customers(session)
        assert {p.street_address for p in known.properties} == {"Lyngveien 3", "Fjellvegen 9B"}
        assert set(known.street_addresses) == {"Lyngveien 3", "Fjellvegen 9B", "Bjørkeveien 3"}


def test_reimport_moves_the_records_version_only_when_something_changed(sessions, tmp_path):
    run_import(sessions, tmp_path, HOUSE, CABIN)
    with sessions() as session:
        before = records_version(session)
    same = run_import(sessions, tmp_path, HOUSE, CABIN)
    assert same.changed_customers == 0
    with sessions() as session:
        assert records_version(session) == before

    run_import(sessions, tmp_path, HOUSE.replace("Lyngveien 3", "Lyngveien 5"), CABIN)
    with sessions() as session:
        assert records_version(session) != before  # the running daemon rebuilds its directory
        assert session.scalar(select(Property.street_address).where(Property.key == "3201-27/9")) == "Lyngveien 5"
