"""The right of access (GDPR art. 15): the deadline, and the answer the person receives.

The answer must be given without undue delay and within one month of the request
(art. 12(3)). The readable document answers each point of art. 15(1)(a)-(h) and
15(2) from the record of processing and from what is actually held; the copies of
the data themselves (art. 15(3)) go alongside it in machine-readable form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rules.labels import data_label, request_status_name, retention_category_name, sharable_category_name
from rules.letters import (
    DEFAULT_LETTERHEAD, Letterhead, closing, complaint_rights, deadline_sentence, opening, portability_applies,
    portability_paragraph,
)
from rules.processing import ProcessingActivity, activity, activity_for_label
from rules.retention import add_months
from rules.vocabulary import RequestKind, RequestState, RequestStatus, RequestStep
from rules.wording import counted, joined, norwegian_date, org_numbers_grouped, times



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


def extension_refusal(request_id: int, status: str, requested_on: date, extended_months: int, months: int,
                      today: date) -> str | None:
    """Why the request may not be extended by ``months`` more today (art. 12(3)), or None when it may: only a
    confirmed, unanswered request, by at most two months in all, and only within the first month."""
    if status != RequestStatus.OPEN:
        return f"krav #{request_id} er {request_status_name(status)}; bare et åpent (bekreftet) krav kan forlenges"
    if months < 1 or extended_months + months > MAX_EXTENSION_MONTHS:
        return (f"fristen kan forlenges med høyst {MAX_EXTENSION_MONTHS} måneder til sammen "
                f"(allerede forlenget med {counted(extended_months, 'måned')})")
    first_deadline = access_deadline(requested_on)
    if today > first_deadline:
        return f"forlengelsen må gis innen den første måneden, senest {norwegian_date(first_deadline)}"
    return None


def extension_choices(status: str, requested_on: date, extended_months: int, today: date) -> tuple[int, ...]:
    """The months the request may still be extended by today (none once it may not be): what a page offers is what
    ``extension_refusal`` lets through, so the offer and the refusal cannot part."""
    return tuple(months for months in range(1, MAX_EXTENSION_MONTHS + 1)
                 if extension_refusal(0, status, requested_on, extended_months, months, today) is None)


def request_step(kind: str, status: str, customer_id: str | None, from_mail: bool, may_erase: bool) -> RequestStep | None:
    """What takes an unanswered request further (None once it is answered or dismissed). A suggestion found in a
    mail is read and confirmed (or dismissed) first: nothing answers it before someone has read the mail. A
    confirmed request of a customer is answered by its kind's action where the staff app has one and the staff
    member may take it: the access package, the erasure plan (records managers and administrators), the
    correction of the record, the restriction of processing, the withdrawal of a consent (the last three on the
    person's page, open to all staff). Every other request (objection, portability, someone outside the customer
    register) is worked on from its own page."""
    if status in (RequestStatus.ANSWERED, RequestStatus.DISMISSED):
        return None
    if status == RequestStatus.SUGGESTED:
        return RequestStep.READ_AND_CONFIRM if from_mail else RequestStep.OPEN_REQUEST
    if customer_id is None:
        return RequestStep.OPEN_REQUEST
    if kind == RequestKind.ACCESS:
        return RequestStep.ACCESS_PACKAGE
    if kind == RequestKind.ERASURE and may_erase:
        return RequestStep.ERASURE_PLAN
    if kind == RequestKind.RECTIFICATION:
        return RequestStep.RECTIFY
    if kind == RequestKind.RESTRICTION:
        return RequestStep.RESTRICT
    if kind == RequestKind.CONSENT_WITHDRAWAL:
        return RequestStep.WITHDRAW_CONSENT
    return RequestStep.OPEN_REQUEST


@dataclass(frozen=True)
class RequestCounts:
    """Requests still to be answered, as `status`, the web overview and the monthly report count them: suggested
    (found in a mail, not yet confirmed), open (confirmed, extended or not) and overdue (either, past its deadline)."""

    suggested: int = 0
    open: int = 0
    overdue: int = 0

    def text(self) -> str:
        """"1 foreslått (bekreft eller avvis), 2 åpne, 0 over fristen": the counts of "krav", in agreement."""
        return (f"{counted(self.suggested, 'foreslått')} (bekreft eller avvis), {counted(self.open, 'åpent')}, "
                f"{self.overdue} over fristen")


def count_requests(states) -> RequestCounts:
    """Count requests by their state today (``request_state``); answered and dismissed ones are not counted."""
    states = list(states)
    return RequestCounts(suggested=sum(1 for s in states if s == RequestState.SUGGESTED),
                         open=sum(1 for s in states if s in (RequestState.OPEN, RequestState.EXTENDED)),
                         overdue=sum(1 for s in states if s == RequestState.OVERDUE))


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
    name: str | None = None  # the person's name, for the greeting
    customer_number: str | None = None  # their number in the firm's records, when they are a customer


def access_document(facts: AccessFacts, controller: Controller, activities: tuple[ProcessingActivity, ...],
                    written_on: date, letterhead: Letterhead = DEFAULT_LETTERHEAD) -> str:
    """The readable answer to an access request: a letter to the person, point by point through art. 15."""
    used = [a for key in facts.activity_keys if (a := activity(activities, key))]
    number = f" (kundenummer {facts.customer_number})" if facts.customer_number else ""
    lines = [
        *opening(letterhead, written_on, facts.name),
        f"Svar på innsynsbegjæring{' – ' + facts.name if facts.name else ''}{number}",
        "",
        f"Vi viser til begjæringen din om innsyn, som vi mottok {norwegian_date(facts.requested_on)}. "
        f"Her får du svar på hvert punkt i personvernforordningen (GDPR) artikkel 15. "
        + deadline_sentence(facts.deadline, written_on),
        "",
        "En kopi av opplysningene ligger i filen data.json (artikkel 15(3)), og vedleggene i e-postene ligger i "
        "mappen vedlegg.",
        "",
        f"Behandlingsansvarlig er {org_numbers_grouped(controller.name)}, {controller.contact}.",
        "",
        "a) Formål og rettslig grunnlag",
        *(f"   - {a.purpose}. Grunnlag: {a.legal_basis}." for a in used),
        *_special_categories(facts, activities),
        "",
        "b) Hvilke opplysninger vi har",
        f"   - I kunderegisteret: {joined(list(facts.record_fields)) or 'ingenting'}.",
        f"   - {counted(facts.messages, 'e-post')} og {counted(facts.attachments, 'vedlegg')} som gjelder deg.",
        *(f"   - {data_label(label).in_letter}: funnet {times(count)} i e-postene." for label, count in facts.found_labels),
    ]
    if facts.firm_labels:
        firm_count = sum(count for _, count in facts.firm_labels)
        kinds = joined([data_label(label).in_letter.lower() for label, _ in facts.firm_labels])
        lines.append(f"   - I de samme e-postene står også opplysninger om firmaet ({kinds}, til sammen {times(firm_count)}), "
                     "for eksempel organisasjonsnummeret vårt og navn, telefonnumre og e-postadresser til våre ansatte. "
                     "Det er ikke opplysninger om deg, og de er ikke talt med ovenfor.")
    if facts.restricted:
        it = "den" if facts.restricted == 1 else "dem"
        lines.append(f"   - {counted(facts.restricted, 'opplysning')} er begrenset (artikkel 18): vi oppbevarer {it} bare "
                     f"fordi loven eller mulige rettskrav krever det, og bruker {it} ikke til noe annet.")
    recipients = distinct_recipients(r for a in used for r in a.recipients)
    lines += ["", "c) Hvem opplysningene er eller kan bli utlevert til",
              *(f"   - {r}" for r in recipients or ["Ingen mottakere utenfor firmaet."])]
    lines += [f"   - Utlevert til {d.partner} {norwegian_date(d.on)} med ditt samtykke: {joined([sharable_category_name(c) for c in d.categories])}."
              for d in facts.disclosures]
    lines += ["", "d) Hvor lenge opplysningene lagres"]
    for fact in facts.retention:
        rule = activity(activities, fact.activity_key)
        purpose = rule.purpose if rule else retention_category_name(fact.activity_key)
        period = rule.retention if rule else "etter gjeldende frist"
        until = f"; de siste slettes senest {norwegian_date(fact.latest_until)}" if fact.latest_until else ""
        pending = ""
        if fact.pending:
            pending = (f"; for {counted(fact.pending, 'e-post')} settes datoen når prosjektet er avsluttet"
                       if fact.pending < fact.items else "; datoen settes når prosjektet er avsluttet")
        lines.append(f"   - {purpose}: {counted(fact.items, 'e-post')}. Lagringstid: {period}{until}{pending}.")
    lines += [
        "",
        "e) Dine rettigheter",
        "   Du kan kreve at uriktige opplysninger blir rettet (artikkel 16), at opplysninger blir slettet (artikkel 17) "
        "eller at behandlingen blir begrenset (artikkel 18). Du kan også protestere mot behandling som bygger på "
        "berettiget interesse (artikkel 21). Retten til sletting kan være begrenset av plikten til å oppbevare "
        "regnskapsdokumentasjon etter bokføringsloven, og av at vi kan trenge opplysningene for å fastsette, gjøre "
        f"gjeldende eller forsvare et rettskrav (artikkel 17(3)). Skriv til {controller.contact} om du vil bruke "
        "rettighetene dine.",
    ]
    if portability_applies([a.legal_basis for a in used]):
        lines.append(f"   {portability_paragraph(controller.contact)}")
    lines += [
        "",
        "f) Klage og domstolene",
        *(f"   {line}" for line in complaint_rights(controller.supervisory_authority)),
        "",
        "g) Hvor opplysningene kommer fra",
        *(f"   - {a.source}" for a in used),
    ]
    if facts.from_others:
        lines.append(f"   - {counted(facts.from_others, 'e-post')} av dem er sendt av andre enn deg." if facts.from_others == 1
                     else f"   - {facts.from_others} av e-postene er sendt av andre enn deg.")
    lines += [
        "",
        "h) Automatiserte avgjørelser",
        "   Vi treffer ingen avgjørelser om deg som bare bygger på automatisert behandling eller profilering "
        "(artikkel 22). E-post knyttes automatisk til riktig kunde og undersøkes for personopplysninger, slik at vi kan "
        "arkivere, finne og slette dem; det har ingen rettsvirkning for deg.",
        "",
        "Overføring til land utenfor EU/EØS (artikkel 15(2))",
        f"   {controller.third_country_transfers}",
        *closing(letterhead),
    ]
    return "\n".join(lines) + "\n"


# A recipient as the record of processing writes it: who, then when or why ("Kommunen, når en byggesøknad sendes
# på kundens vegne", "Kommunen (byggesak)").
_RECIPIENT = re.compile(r"^(?P<who>[^,(]+?)\s*(?:,\s*(?P<after_comma>.+?)|\((?P<in_parens>.+)\))?\s*$", re.S)


def distinct_recipients(recipients: Iterable[str]) -> list[str]:
    """Each recipient once, however many activities name them: several activities name the municipality, each in
    its own words, and the person should read it once, with every circumstance ("Kommunen (byggesak; når en
    byggesøknad sendes på kundens vegne)"). Grouped by who (the words before a comma or parenthesis, any case)."""
    groups: dict[str, tuple[str, str, dict[str, tuple[str, str]]]] = {}  # who, any case -> who, first text, details
    for text in recipients:
        text = " ".join(text.split())
        if not text:
            continue
        match = _RECIPIENT.match(text)
        who, detail = (match["who"], match["after_comma"] or match["in_parens"]) if match else (text, None)
        _, _, details = groups.setdefault(who.casefold(), (who, text, {}))
        if detail:
            details.setdefault(detail.casefold(), (detail, text))
    lines = []
    for who, first, details in (groups[key] for key in sorted(groups)):
        if len(details) > 1:
            lines.append(f"{who} ({'; '.join(detail for detail, _ in details.values())})")
        else:
            lines.append(next((text for _, text in details.values()), first))
    return lines


def _special_categories(facts: AccessFacts, activities: tuple[ProcessingActivity, ...]) -> list[str]:
    """For each special category (art. 9) and for credit information found about the person: the purpose,
    the legal basis (art. 9(2) for special categories) and the source, from the record of processing."""
    lines = []
    for label, count in facts.found_labels:
        rule = activity_for_label(activities, label)
        if rule is None or not count:
            continue
        lines.append(f"   - {data_label(label).in_letter} (funnet {times(count)}): formål: {rule.purpose}. "
                     f"Grunnlag: {rule.legal_basis}. Kilde: {rule.source}.")
    if lines:
        lines.insert(0, "   Særlige kategorier og kredittopplysninger:")
    return lines
