"""The right of access (GDPR art. 15): the deadline, and the answer the person receives.

The answer must be given without undue delay and within one month of the request
(art. 12(3)). The readable document answers each point of art. 15(1)(a)-(h) and
15(2) from the record of processing and from what is actually held; the copies of
the data themselves (art. 15(3)) go alongside it in machine-readable form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rules.labels import data_label
from rules.processing import ProcessingActivity, activity, activity_for_label
from rules.retention import add_months
from rules.vocabulary import RequestState, RequestStatus



def access_deadline(requested_on: date, months: int = 1) -> date:
    """The answer to any request from a data subject (access, erasure) is due one month after it came in."""
    return add_months(requested_on, months)


MAX_EXTENSION_MONTHS = 2
WARN_DAYS_BEFORE_DEADLINE = 7


def request_state(status: str, deadline: date, today: date, extended_months: int = 0) -> RequestState:
    """How a request stands today: answered and dismissed are final; anything else past its
    deadline is overdue, whether confirmed or still only suggested (issue 12)."""
    if status == RequestStatus.ANSWERED:
        return RequestState.ANSWERED
    if status == RequestStatus.DISMISSED:
        return RequestState.DISMISSED
    if today > deadline:
        return RequestState.OVERDUE
    if status == RequestStatus.SUGGESTED:
        return RequestState.SUGGESTED
    return RequestState.EXTENDED if extended_months else RequestState.OPEN


def due_soon(status: str, deadline: date, today: date) -> bool:
    """Still to be answered and at most a week from its deadline: `intake status` warns."""
    return status not in (RequestStatus.ANSWERED, RequestStatus.DISMISSED) and \
        today <= deadline <= date.fromordinal(today.toordinal() + WARN_DAYS_BEFORE_DEADLINE)


@dataclass(frozen=True)
class Controller:
    name: str
    contact: str
    supervisory_authority: str
    third_country_transfers: str


@dataclass(frozen=True)
class DisclosureFact:
    partner: str
    on: date
    categories: tuple[str, ...]


@dataclass(frozen=True)
class RetentionFact:
    activity_key: str
    items: int
    latest_until: date | None
    pending: int  # items whose date is not set yet (the project is still open)


@dataclass(frozen=True)
class AccessFacts:
    subject: str
    requested_on: date
    deadline: date
    activity_keys: tuple[str, ...]
    record_fields: tuple[str, ...]
    found_labels: tuple[tuple[str, int], ...]
    messages: int
    attachments: int
    disclosures: tuple[DisclosureFact, ...]
    retention: tuple[RetentionFact, ...]
    restricted: int
    from_others: int  # messages about the person that others sent
    # The firm's own identifiers found in the same mail (org number, staff names and phones): not the person's.
    firm_labels: tuple[tuple[str, int], ...] = ()


def access_document(facts: AccessFacts, controller: Controller, activities: tuple[ProcessingActivity, ...],
                    written_on: date) -> str:
    used = [a for key in facts.activity_keys if (a := activity(activities, key))]
    lines = [
        f"Innsyn i personopplysninger – {facts.subject}",
        "",
        f"Behandlingsansvarlig: {controller.name} ({controller.contact})",
        f"Forespørselen kom {facts.requested_on.isoformat()}; svarfrist {facts.deadline.isoformat()}; "
        f"svaret er skrevet {written_on.isoformat()}.",
        "Du får her svar på hvert punkt i personvernforordningen (GDPR) artikkel 15, og en kopi av "
        "opplysningene i filen data.json (artikkel 15(3)); vedleggene ligger i mappen vedlegg/.",
        "",
        "a) Formål og rettslig grunnlag",
        *(f"   - {a.purpose}. Grunnlag: {a.legal_basis}." for a in used),
        *_special_categories(facts, activities),
        "",
        "b) Hvilke opplysninger vi har",
        f"   - I kunderegisteret: {', '.join(facts.record_fields) or 'ingen'}.",
        f"   - {facts.messages} e-poster og {facts.attachments} vedlegg som gjelder deg.",
        *(f"   - {data_label(label).in_letter}: funnet {count} ganger i e-postene." for label, count in facts.found_labels),
    ]
    if facts.firm_labels:
        firm_count = sum(count for _, count in facts.firm_labels)
        lines.append(f"   - I de samme e-postene står også firmaets egne opplysninger ({', '.join(data_label(label).in_letter for label, _ in facts.firm_labels)}; "
                     f"til sammen {firm_count} ganger): firmaets organisasjonsnummer og våre ansattes navn, telefonnumre og "
                     "e-postadresser. De er ikke opplysninger om deg og er ikke talt med over.")
    if facts.restricted:
        lines.append(f"   - {facts.restricted} opplysninger er begrenset (GDPR art. 18): de oppbevares bare fordi loven "
                     "eller mulige rettskrav krever det, og brukes ikke til annet.")
    recipients = sorted({r for a in used for r in a.recipients})
    lines += ["", "c) Hvem opplysningene er eller kan bli utlevert til",
              *(f"   - {r}" for r in recipients or ["Ingen mottakere utenfor firmaet."])]
    lines += [f"   - Utlevert til {d.partner} {d.on.isoformat()} med ditt samtykke: {', '.join(d.categories)}."
              for d in facts.disclosures]
    lines += ["", "d) Hvor lenge opplysningene lagres"]
    for fact in facts.retention:
        rule = activity(activities, fact.activity_key)
        until = f"; senest til {fact.latest_until.isoformat()}" if fact.latest_until else ""
        pending = f"; {fact.pending} til prosjektet er avsluttet og fristen kan settes" if fact.pending else ""
        lines.append(f"   - {rule.purpose if rule else fact.activity_key}: {fact.items} e-poster; "
                     f"{rule.retention if rule else 'etter gjeldende frist'}{until}{pending}.")
    lines += [
        "",
        "e) Dine rettigheter",
        "   Du kan kreve at uriktige opplysninger rettes (art. 16), at opplysninger slettes (art. 17) eller at "
        "behandlingen begrenses (art. 18), og du kan protestere mot behandling som bygger på berettiget interesse "
        f"(art. 21). Skriv til {controller.contact}. Regnskapsloven og mulige rettskrav kan begrense retten til sletting.",
        "",
        "f) Klage",
        f"   Du kan klage til {controller.supervisory_authority}.",
        "",
        "g) Hvor opplysningene kommer fra",
        *(f"   - {a.source}" for a in used),
    ]
    if facts.from_others:
        lines.append(f"   - {facts.from_others} av e-postene er sendt av andre enn deg.")
    lines += [
        "",
        "h) Automatiserte avgjørelser",
        "   Vi treffer ingen avgjørelser om deg som bare bygger på automatisert behandling eller profilering "
        "(art. 22). E-post knyttes automatisk til riktig kunde og undersøkes for personopplysninger for at vi skal "
        "kunne arkivere, finne og slette dem; det har ingen rettsvirkning for deg.",
        "",
        "Overføring til land utenfor EU/EØS (art. 15(2))",
        f"   {controller.third_country_transfers}",
    ]
    return "\n".join(lines) + "\n"


def _special_categories(facts: AccessFacts, activities: tuple[ProcessingActivity, ...]) -> list[str]:
    """For each special category (art. 9) and for credit information found about the person: the purpose,
    the legal basis (art. 9(2) for special categories) and the source, from the record of processing."""
    lines = []
    for label, count in facts.found_labels:
        rule = activity_for_label(activities, label)
        if rule is None or not count:
            continue
        lines.append(f"   - {data_label(label).in_letter} (funnet {count} ganger): formål: {rule.purpose}. "
                     f"Grunnlag: {rule.legal_basis}. Kilde: {rule.source}.")
    if lines:
        lines.insert(0, "   Særlige kategorier og kredittopplysninger:")
    return lines
