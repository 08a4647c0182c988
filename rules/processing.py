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
    # Detection labels whose findings this activity is the record for (GDPR art. 9(2) for HEALTH,
    # purpose and source for CREDIT_INFO): the access letter quotes it for each such label found.
    labels: tuple[str, ...] = ()


HEALTH_DATA = "health_data"
CREDIT_INFORMATION = "credit_information"

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
        recipients=("Kommunen, når en byggesøknad sendes på kundens vegne", "Samarbeidspartnere, bare med kundens samtykke"),
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
        recipients=("Samarbeidspartnere, bare med kundens samtykke",),
        retention="Samtykket og delingen dokumenteres så lenge prosjektets opplysninger oppbevares",
        source="Kunden selv",
    ),
    ProcessingActivity(
        key=HEALTH_DATA,
        purpose=("Tilpasse boligen til behovene til kunden eller noen i husstanden (universell utforming, "
                 "tilrettelegging), når kunden selv forteller om helse eller funksjonsnedsettelse"),
        legal_basis=("Uttrykkelig samtykke fra den registrerte, som selv gir opplysningene for å få boligen tilpasset "
                     "(GDPR art. 9(2)(a)); deretter fastsettelse, gjøring gjeldende eller forsvar av rettskrav om "
                     "prosjekteringen (art. 9(2)(f))"),
        data_categories=("Helseopplysninger (særlig kategori)",),
        recipients=("Kommunen, når tilpasningen må begrunnes i en byggesøknad, og bare med samtykke",),
        retention="Som korrespondansen den står i; kan maskeres tidligere etter regler for dataminimering",
        source="Kunden selv, eller pårørende som skriver på kundens vegne",
        labels=("HEALTH",),
    ),
    ProcessingActivity(
        key=CREDIT_INFORMATION,
        purpose=("Planlegge oppdraget etter kundens finansiering (lånetilsagn, finansieringsbevis) og vurdere "
                 "betalingsevne før større oppdrag eller forskudd"),
        legal_basis=("Tiltak på kundens anmodning før og for å oppfylle avtalen (GDPR art. 6(1)(b)); berettiget "
                     "interesse i å sikre betaling (art. 6(1)(f)); kredittvurdering bare når "
                     "firmaet har et saklig behov, for eksempel forskudd eller delbetaling"),
        data_categories=("Kredittopplysninger",),
        recipients=("Ingen utenfor firmaet",),
        retention="Som korrespondansen den står i; kan maskeres tidligere etter regler for dataminimering",
        source=("Kunden selv (lånetilsagn, finansieringsbevis), og kredittopplysningsforetak når firmaet "
                "gjennomfører en kredittvurdering"),
        labels=("CREDIT_INFO",),
    ),
)

def activity(activities: tuple[ProcessingActivity, ...], key: str | None) -> ProcessingActivity | None:
    return next((a for a in activities if a.key == key), None)


def activity_for_label(activities: tuple[ProcessingActivity, ...], label: str) -> ProcessingActivity | None:
    """The activity whose record covers findings of this detection label (health data, credit checks)."""
    return next((a for a in activities if label in a.labels), None)
