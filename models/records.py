"""The firm's records: customers, their properties and projects (imported from CSV)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, StateColumn, UTCDateTime, utcnow
from rules.vocabulary import AddressSource, ProjectStatus


class Customer(Base):
    __tablename__ = "customers"

    customer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    # The customer's own (private) address; the address of a tiltak belongs to its Property.
    street_address: Mapped[str | None] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(String(8))
    city: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    projects: Mapped[list[Project]] = relationship(back_populates="customer")
    addresses: Mapped[list[CustomerAddress]] = relationship(back_populates="customer", cascade="all, delete-orphan")


class CustomerAddress(Base):
    """E-mail addresses known to belong to a customer: from the records, or confirmed by staff in review."""

    __tablename__ = "customer_addresses"
    __table_args__ = (UniqueConstraint("customer_id", "address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.customer_id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320), index=True)
    source: Mapped[AddressSource] = mapped_column(StateColumn(AddressSource))

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class Property(Base):
    __tablename__ = "properties"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)  # kommunenr-gnr/bnr[/fnr[/snr]]
    kommunenr: Mapped[str] = mapped_column(String(4))
    kommune: Mapped[str | None] = mapped_column(Text)
    gnr: Mapped[int] = mapped_column(Integer)
    bnr: Mapped[int] = mapped_column(Integer)
    fnr: Mapped[int | None] = mapped_column(Integer)
    snr: Mapped[int | None] = mapped_column(Integer)
    # Where the tiltak is (the records row's address columns); the customer's own address is on Customer.
    street_address: Mapped[str | None] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(String(8))
    city: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class CustomerProperty(Base):
    __tablename__ = "customer_properties"
    __table_args__ = (UniqueConstraint("customer_id", "property_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.customer_id", ondelete="CASCADE"), index=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id", ondelete="CASCADE"), index=True)


class Project(Base):
    __tablename__ = "projects"

    project_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.customer_id"), index=True)
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[ProjectStatus] = mapped_column(StateColumn(ProjectStatus))
    closed_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="projects")
