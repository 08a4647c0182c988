"""The record of processing activities (GDPR art. 30) as data, with defaults from the privacy policy.

Lookup, the access package and the erasure answer take purposes, legal bases, data
categories, recipients and retention from here (configured in ``[processing]``), so
the firm changes them in configuration, not in code. An activity whose ``key`` names
a retention category describes the messages kept under that category.
"""

from __future__ import annotations

from dataclasses import dataclass

CUSTOMER_REGISTER = "customer_register"
PARTNER_SHARING = "partner_sharing"


@dataclass(frozen=True)
class ProcessingActivity:
    key: str
    purpose: str
    legal_basis: str
    data_categories: tuple[str, ...]
    recipients: tuple[str, ...]
    retention: str
    source: str


DEFAULT_ACTIVITIES = (
    ProcessingActivity(
        key=CUSTOMER_REGISTER,
        purpose="Kunderegister: vite hvem kunden er, og hvilke eiendommer og prosjekter oppdraget gjelder",
        legal_basis="Avtale med kunden (GDPR art. 6(1)(b))",
        data_categories=("Navn", "Telefonnummer", "Privatadresse", "E-postadresse", "Adresse og gårdsnr./bruksnr. for tiltaket"),
        recipients=("Kommunen, når en byggesøknad sendes på kundens vegne",),
        retention="13 år etter at prosjekteringen er avsluttet",
        source="Kunden selv, ved bestilling av tjenester",
    ),
    ProcessingActivity(
        key="customer_correspondence",
        purpose="Prosjektering for kunden, og dokumentasjon av oppdraget for mulige rettskrav",
        legal_basis=("Avtale med kunden (GDPR art. 6(1)(b)); offentligrettslige plikter i plan- og bygningsloven "
                     "(art. 6(1)(c)); rettskrav (art. 6(1)(f))"),
        data_categories=("Navn", "Telefonnummer", "Privatadresse", "Adresse og gårdsnr./bruksnr. for tiltaket",
                         "E-postadresse", "Kommunikasjon via e-post", "Annen skriftlig kommunikasjon",
                         "Opplysninger om sivilstand"),
        recipients=("Kommunen (byggesak)", "Samarbeidspartnere, bare med kundens samtykke"),
        retention="13 år etter at prosjekteringen er avsluttet",
        source="Kunden selv, og e-post fra andre om kundens prosjekt (kommunen, leverandører, naboer)",
    ),
    ProcessingActivity(
        key="accounting_document",
        purpose="Fakturering og regnskap",
        legal_basis="Rettslig forpliktelse etter bokføringsloven (GDPR art. 6(1)(c))",
        data_categories=("Navn", "Adresse", "Kredittopplysninger", "Fakturaer og kvitteringer"),
        recipients=("Regnskapsfører og revisor", "Skatteetaten ved kontroll"),
        retention="5 år etter utgangen av regnskapsåret (bokføringsloven § 13)",
        source="Kunden selv, og firmaets egne fakturaer",
    ),
    ProcessingActivity(
        key="customer_without_project",
        purpose="Svare og følge opp en kunde som har tatt kontakt, før et prosjekt er avtalt",
        legal_basis="Berettiget interesse (GDPR art. 6(1)(f))",
        data_categories=("Navn", "E-postadresse", "Telefonnummer", "Innholdet i e-posten"),
        recipients=(),
        retention="12 måneder etter siste kontakt, om ikke et prosjekt blir registrert",
        source="Kunden selv",
    ),
    ProcessingActivity(
        key="unlinked_mail",
        purpose="Ta imot og sortere e-post som ennå ikke er knyttet til en kunde",
        legal_basis="Berettiget interesse (GDPR art. 6(1)(f))",
        data_categories=("Navn", "E-postadresse", "Innholdet i e-posten"),
        recipients=(),
        retention="12 måneder etter mottak, om den ikke knyttes til en kunde",
        source="Avsenderen av e-posten",
    ),
    ProcessingActivity(
        key=PARTNER_SHARING,
        purpose="Involvere en tredjeparts samarbeidspartner når kundens behov krever det",
        legal_basis="Samtykke (GDPR art. 6(1)(a)); kan trekkes tilbake når som helst",
        data_categories=("Det kunden har samtykket til",),
        recipients=("Samarbeidspartnere kunden har samtykket til",),
        retention="Samtykket og delingen dokumenteres så lenge prosjektets opplysninger oppbevares",
        source="Kunden selv",
    ),
)

def activity(activities: tuple[ProcessingActivity, ...], key: str | None) -> ProcessingActivity | None:
    return next((a for a in activities if a.key == key), None)

