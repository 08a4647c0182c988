"""What staff and data subjects read for every code the product uses: the one label registry.

Detection, lookup, the access letter, the erasure answer, the retention report and every
command's output take their Norwegian words from here, so a category is called the same
everywhere. Codes (the values of ``rules.vocabulary`` and the detection labels) stay in
the database, the audit log and ``--format json``; these words are only for people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rules.vocabulary import (
    AuditProblem, DisposalOutcome, HoldTarget, LinkMethod, LinkSignal, MessageState, ParticipantRole, ProposalState, QueryKind, ReportState,
    NoticeCause, PropertyLinkRole, RequestKind, RequestReading, RequestState, RequestStatus, RequestStep, RetentionCategory, ReviewState, Role, StaffAction,
)
from rules.wording import joined


@dataclass(frozen=True)
class DataLabel:
    """A kind of personal data detection finds.

    ``special_category``: GDPR art. 9 data (health), which needs its own legal basis.
    ``identifier``: a value that identifies a person or thing exactly; findings store a keyed hash of it,
    so a lookup by it needs no plain-text copy.
    ``in_letter``: how the access letter names the category to the data subject.
    """

    code: str
    name: str
    special_category: bool = False
    identifier: bool = False
    letter_name: str | None = None  # when the letter says more than ``name``

    @property
    def in_letter(self) -> str:
        return self.letter_name or self.name

    @property
    def staff_name(self) -> str:
        """The name with the special-category warning staff need to see."""
        return f"{self.name} (særlig kategori)" if self.special_category else self.name


# The order is detection's tie-break order (an earlier label wins an otherwise equal overlap).
DATA_LABELS: tuple[DataLabel, ...] = (
    DataLabel("PERSON", "Navn"),
    DataLabel("PHONE", "Telefonnummer", identifier=True),
    DataLabel("EMAIL", "E-postadresse", identifier=True),
    DataLabel("ADDRESS", "Adresse"),
    DataLabel("PROPERTY_ID", "Gårds- og bruksnummer", identifier=True),
    DataLabel("NATIONAL_ID", "Fødselsnummer", identifier=True),
    DataLabel("BANK_ACCOUNT", "Kontonummer", identifier=True),
    DataLabel("ORG_NUMBER", "Organisasjonsnummer", identifier=True),
    DataLabel("DATE_OF_BIRTH", "Fødselsdato"),
    DataLabel("MARITAL_STATUS", "Sivilstand"),
    DataLabel("HEALTH", "Helseopplysninger", special_category=True,
              letter_name="Helseopplysninger (en særlig kategori personopplysninger, GDPR art. 9)"),
    DataLabel("CREDIT_INFO", "Kredittopplysninger"),
)
_BY_CODE = {label.code: label for label in DATA_LABELS}

LABEL_CODES: tuple[str, ...] = tuple(label.code for label in DATA_LABELS)
IDENTIFIER_CODES: frozenset[str] = frozenset(label.code for label in DATA_LABELS if label.identifier)
SPECIAL_CATEGORY_CODES: frozenset[str] = frozenset(label.code for label in DATA_LABELS if label.special_category)
NO_DATA_FOUND = "Ingen personopplysninger funnet"


def data_label(code: str) -> DataLabel:
    """The registry entry for a detection label; an unknown code is shown as itself rather than lost."""
    return _BY_CODE.get(code) or DataLabel(code, code)


def label_name(code: str) -> str:
    """What staff call this kind of personal data (special categories marked as such)."""
    return data_label(code).staff_name


# ------------------------------------------------------------------ the other codes staff meet

MESSAGE_STATE_NAMES = {MessageState.STORED: "lagret", MessageState.QUARANTINED: "i karantene", MessageState.ERASED: "slettet"}
REVIEW_STATE_NAMES = {ReviewState.OPEN: "åpen", ReviewState.ACCEPTED: "godtatt", ReviewState.LINKED: "knyttet",
                      ReviewState.REJECTED: "avvist"}
REQUEST_KIND_NAMES = {RequestKind.ACCESS: "Innsyn", RequestKind.ERASURE: "Sletting", RequestKind.RECTIFICATION: "Retting",
                      RequestKind.RESTRICTION: "Begrensning", RequestKind.OBJECTION: "Protest",
                      RequestKind.PORTABILITY: "Dataportabilitet", RequestKind.CONSENT_WITHDRAWAL: "Tilbaketrekking av samtykke"}
REQUEST_TITLES = {RequestKind.ACCESS: "Innsynsbegjæring", RequestKind.ERASURE: "Slettebegjæring",
                  RequestKind.RECTIFICATION: "Krav om retting", RequestKind.RESTRICTION: "Krav om begrensning",
                  RequestKind.OBJECTION: "Protest mot behandling", RequestKind.PORTABILITY: "Krav om dataportabilitet",
                  RequestKind.CONSENT_WITHDRAWAL: "Tilbaketrekking av samtykke"}
# Why a suggestion was made, when the hand-written rules did not make it: the learned model (rules/request_model.py)
# found the mail like earlier requests of that kind, and staff should read the mail itself before they confirm.
REQUEST_READING_NAMES = {RequestReading.RULES: "kjent formulering", RequestReading.LEARNED: "ligner på tidligere krav"}
LEARNED_READING_NAMES = {RequestKind.ACCESS: "ligner på tidligere innsynskrav",
                         RequestKind.ERASURE: "ligner på tidligere slettekrav"}
REQUEST_STATE_NAMES = {RequestState.SUGGESTED: "foreslått", RequestState.OPEN: "åpen", RequestState.EXTENDED: "forlenget",
                       RequestState.OVERDUE: "over fristen", RequestState.ANSWERED: "besvart",
                       RequestState.DISMISSED: "avvist"}
# What the register page offers for each unanswered request (rules.access.request_step): answering ("Besvar: ...")
# only once staff have confirmed it; a suggestion is read first.
REQUEST_STEP_NAMES = {RequestStep.READ_AND_CONFIRM: "Les e-posten og bekreft",
                      RequestStep.ACCESS_PACKAGE: "Besvar: last ned innsynspakke",
                      RequestStep.ERASURE_PLAN: "Besvar: se sletteforslaget",
                      RequestStep.RECTIFY: "Besvar: rett opplysningene",
                      RequestStep.RESTRICT: "Besvar: begrens behandlingen",
                      RequestStep.WITHDRAW_CONSENT: "Besvar: trekk tilbake samtykket",
                      RequestStep.OPEN_REQUEST: "Åpne begjæringen"}
# The change a partner must be told of (art. 19), as in "må varsles om begrensning".
NOTICE_CAUSE_NAMES = {NoticeCause.RECTIFICATION: "retting", NoticeCause.ERASURE: "sletting",
                      NoticeCause.RESTRICTION: "begrensning", NoticeCause.CONSENT_WITHDRAWAL: "tilbaketrukket samtykke"}
# As stored (RequestStatus): an open request may be extended or overdue, which RequestState tells apart.
REQUEST_STATUS_NAMES = {RequestStatus.SUGGESTED: "foreslått", RequestStatus.OPEN: "åpent", RequestStatus.ANSWERED: "besvart",
                        RequestStatus.DISMISSED: "avvist"}
PROPOSAL_STATE_NAMES = {ProposalState.PROPOSED: "foreslått", ProposalState.APPROVED: "godkjent",
                        ProposalState.REJECTED: "avvist"}
DISPOSAL_OUTCOME_NAMES = {DisposalOutcome.PENDING: "venter", DisposalOutcome.DISPOSED: "avhendet",
                          DisposalOutcome.SKIPPED: "hoppet over"}
REPORT_STATE_NAMES = {ReportState.PENDING: "ikke sendt", ReportState.SENT: "sendt"}
ROLE_NAMES = {Role.STAFF: "saksbehandler", Role.RECORDS_MANAGER: "arkivansvarlig", Role.ADMINISTRATOR: "administrator"}
ACTION_NAMES = {
    StaffAction.LOOKUP: "oppslag på personer",
    StaffAction.ACCESS_REQUEST: "innsynsbegjæringer",
    StaffAction.EXPORT: "deling med samarbeidspartnere",
    StaffAction.RECTIFY: "retting av kundeopplysninger",
    StaffAction.CONSENT: "samtykkeregisteret",
    StaffAction.REVIEW_LINKS: "gjennomgang av koblinger",
    StaffAction.RETENTION_DUE: "oversikt over hva som skal avhendes",
    StaffAction.PROPOSE_DISPOSAL: "forslag om avhending",
    StaffAction.APPROVE_DISPOSAL: "godkjenning av avhending",
    StaffAction.ERASE_SUBJECT: "sletting",
    StaffAction.LEGAL_HOLD: "rettslig bevaring",
    StaffAction.MANAGE_STAFF: "registrering av ansatte",
    StaffAction.IMPORT_RECORDS: "import av kunderegisteret",
    StaffAction.MINIMIZE: "maskering etter regler for dataminimering",
    StaffAction.MANAGE_KEYS: "nøkkelforvaltning (hovednøkkel og forsegling)",
}
HOLD_TARGET_NAMES = {HoldTarget.CUSTOMER: "kunde", HoldTarget.PROPERTY: "eiendom", HoldTarget.PROJECT: "prosjekt",
                     HoldTarget.MESSAGE: "melding"}
PARTICIPANT_ROLE_NAMES = {ParticipantRole.FROM: "avsender", ParticipantRole.TO: "mottaker", ParticipantRole.CC: "kopimottaker",
                          ParticipantRole.BCC: "blindkopi", ParticipantRole.REPLY_TO: "svar-til-adresse"}
RETENTION_CATEGORY_NAMES = {
    RetentionCategory.CUSTOMER_CORRESPONDENCE: "Kundekorrespondanse",
    RetentionCategory.ACCOUNTING_DOCUMENT: "Regnskapsdokumentasjon",
    RetentionCategory.UNLINKED_MAIL: "E-post uten kundetilknytning",
    RetentionCategory.CUSTOMER_WITHOUT_PROJECT: "Kunder uten prosjekt",
    "customer_register": "Kunderegisteret",  # a customer record proposed for disposal (rules.processing.CUSTOMER_REGISTER)
}
QUERY_KIND_NAMES = {QueryKind.CUSTOMER_ID: "kundenummer", QueryKind.EMAIL: "e-postadresse", QueryKind.PHONE: "telefonnummer",
                    QueryKind.NATIONAL_ID: "fødselsnummer", QueryKind.PROPERTY: "eiendom", QueryKind.ADDRESS: "gateadresse",
                    QueryKind.NAME: "navn"}
LINK_SIGNAL_NAMES = {
    LinkSignal.SENDER_ADDRESS: "avsenderadressen er kundens",
    LinkSignal.RECIPIENT_ADDRESS: "mottakeradressen er kundens",
    LinkSignal.CONFIRMED_ADDRESS: "adressen er bekreftet som kundens",
    LinkSignal.THREAD: "tidligere e-post i tråden er knyttet til kunden",
    LinkSignal.NAME: "kundens navn er nevnt",
    LinkSignal.PROPERTY: "kundens eiendom er nevnt",
    LinkSignal.PROPERTY_UNKNOWN_KOMMUNE: "kundens gårds- og bruksnummer er nevnt uten kommune",
    LinkSignal.NEIGHBOURING_PROPERTY: "nabo til kundens eiendom",
    LinkSignal.ID_IN_SUBJECT: "kunde- eller prosjektnummer i emnefeltet",
    LinkSignal.ID_IN_TEXT: "kunde- eller prosjektnummer i teksten",
    LinkSignal.STREET_ADDRESS: "kundens adresse er nevnt",
    LinkSignal.PHONE: "kundens telefonnummer er nevnt",
    LinkSignal.ADDRESS_IN_TEXT: "kundens e-postadresse står i teksten",
    LinkSignal.STAFF_DECISION: "knyttet av en ansatt",
    LinkSignal.CASE_NUMBER: "saksnummer som et tidligere brev knyttet til eiendommen",
    LinkSignal.PROPERTY_ID: "eiendoms-ID-en står i e-posten",
    LinkSignal.PROJECT_NUMBER: "prosjektnummeret står i e-posten",
    LinkSignal.ONLY_OPEN_PROJECT: "kundens eneste pågående prosjekt da e-posten kom",
    LinkSignal.ONLY_PROJECT: "kundens eneste prosjekt",
    LinkMethod.STAFF_REVIEW: "knyttet av en ansatt ved gjennomgang",
}
# Why a message is about a property, as the property lookup says it (the codes are LinkSignal values).
PROPERTY_REASON_NAMES = {
    LinkSignal.PROPERTY_ID: "eiendoms-ID-en står i e-posten",
    LinkSignal.STREET_ADDRESS: "adressen står i e-posten",
    LinkSignal.CASE_NUMBER: "saksnummer som et tidligere brev knyttet til eiendommen",
    LinkSignal.PROJECT_NUMBER: "prosjektnummeret står i e-posten",
    LinkSignal.THREAD: "svar i en tråd om eiendommen",
    "address_found": "adressen funnet ved gjenkjenning",
}
PROPERTY_LINK_ROLE_NAMES = {PropertyLinkRole.CONCERNS: "gjelder eiendommen", PropertyLinkRole.NEIGHBOUR: "nevnt som naboeiendom"}
# The customer-record fields staff can correct (``intake rectify``) and partners can receive (``intake export``).
RECORD_FIELD_NAMES = {"name": "navn", "email": "e-postadresse", "phone": "telefonnummer", "street_address": "gateadresse",
                      "postcode": "postnummer", "city": "poststed"}
SHARABLE_CATEGORY_NAMES = {
    "name": "navn",
    "phone": "telefonnummer",
    "email": "e-postadresse",
    "address": "privatadresse",
    "property": "adresse og gårds- og bruksnummer for tiltaket",
    "project": "prosjektet (tittel og status)",
}


AUDIT_PROBLEM_NAMES = {
    AuditProblem.OUT_OF_ORDER: "følger ikke etter forrige oppføring (en oppføring er slettet eller flyttet)",
    AuditProblem.EDITED: "innholdet stemmer ikke med kontrollsummen (oppføringen er endret, eller skrevet uten nøkkelen)",
    AuditProblem.UNSEALED: "har ikke løpenummer (skrevet utenom intake)",
    AuditProblem.TRUNCATED: "loggen er avkortet (oppføringer på slutten er slettet)",
    AuditProblem.CHECKPOINT_MISMATCH: "er ikke den oppføringen sjekkpunktet ble skrevet for (loggen er byttet ut eller skrevet om)",
    AuditProblem.CHECKPOINT_UNSIGNED: "sjekkpunktet er ikke signert med nøkkelen (endret eller falskt)",
    AuditProblem.NO_CHECKPOINTS: "sjekkpunktfilen mangler eller har ingen gyldige sjekkpunkter",
}


def name_of(code: str | None, table: dict, default: str = "-") -> str:
    """The Norwegian word for a code in one of the tables above; an unknown code is shown as itself."""
    if code is None:
        return default
    return table.get(code, code)


def message_state_name(state: str) -> str:
    return name_of(state, MESSAGE_STATE_NAMES)


def review_state_name(state: str) -> str:
    return name_of(state, REVIEW_STATE_NAMES)


def request_kind_name(kind: str) -> str:
    return name_of(kind, REQUEST_KIND_NAMES)


def request_kind_word(kind: str) -> str:
    """The kind as a word inside a sentence ("krav om innsyn")."""
    return name_of(kind, REQUEST_KIND_NAMES).lower()


def request_title(kind: str) -> str:
    return name_of(kind, REQUEST_TITLES)


def request_kinds_text() -> str:
    """Every kind the register holds, in a sentence ("innsyn, sletting, ... og tilbaketrekking av samtykke")."""
    return joined([request_kind_word(kind) for kind in RequestKind])


def request_step_name(step: str | None) -> str:
    return name_of(step, REQUEST_STEP_NAMES, default="")


def notice_cause_name(cause: str) -> str:
    return name_of(cause, NOTICE_CAUSE_NAMES)


def request_reading_text(reading: str | None, kind: str) -> str | None:
    """Why a suggested request was found, for staff: only a learned reading says so ("ligner på tidligere
    innsynskrav"); the rules' findings and requests staff registered themselves need no note."""
    if reading != RequestReading.LEARNED:
        return None
    return LEARNED_READING_NAMES.get(kind, REQUEST_READING_NAMES[RequestReading.LEARNED])


def person_ref_name(ref: str) -> str:
    """A person as the report and staff lists name them, without personal data or codes: the customer number as it
    is, "slettet person" for the tombstone ref left by erasure or disposal ("erasure-2"), "e-post 32" for a
    suggestion from unlinked mail ("message-32"), and "person utenfor kunderegisteret" for someone known by an
    identifier ("EMAIL:ola@example.no")."""
    if ref.startswith(("erasure-", "disposal-")):
        return "slettet person"
    if ref.startswith("message-") and ref[len("message-"):].isdigit():
        return f"e-post {ref[len('message-'):]}"
    return "person utenfor kunderegisteret" if ":" in ref else ref


def requester_name(customer_id: str | None, subject_ref: str) -> str:
    """Who made a request (see person_ref_name)."""
    return customer_id or person_ref_name(subject_ref)


def request_state_name(state: str) -> str:
    return name_of(state, REQUEST_STATE_NAMES)


def request_status_name(status: str) -> str:
    return name_of(status, REQUEST_STATUS_NAMES)


def proposal_state_name(state: str) -> str:
    return name_of(state, PROPOSAL_STATE_NAMES)


def report_state_name(state: str) -> str:
    return name_of(state, REPORT_STATE_NAMES)


def disposal_outcome_name(outcome: str) -> str:
    return name_of(outcome, DISPOSAL_OUTCOME_NAMES)


def role_name(role: str) -> str:
    return name_of(role, ROLE_NAMES)


def action_name(action: str) -> str:
    return name_of(action, ACTION_NAMES)


def hold_target_name(target_type: str) -> str:
    return name_of(target_type, HOLD_TARGET_NAMES)


def participant_role_name(role: str) -> str:
    return name_of(role, PARTICIPANT_ROLE_NAMES)


def retention_category_name(category: str) -> str:
    return name_of(category, RETENTION_CATEGORY_NAMES)


def link_signal_name(signal: str) -> str:
    return name_of(signal, LINK_SIGNAL_NAMES)


def record_field_name(field: str) -> str:
    return name_of(field, RECORD_FIELD_NAMES)


def sharable_category_name(category: str) -> str:
    return name_of(category, SHARABLE_CATEGORY_NAMES)


def sharable_categories_text(categories) -> str:
    """"navn, telefonnummer": what a consent covers or a disclosure shared, as staff read it (JSON keeps the codes)."""
    return ", ".join(sharable_category_name(category) for category in categories)


def audit_problem_name(problem: str) -> str:
    return name_of(problem, AUDIT_PROBLEM_NAMES)


# Why a message was quarantined, as the parser and the daemon record it (in English, for the operator's log),
# and how staff read it. The technical detail after the colon (defect and error names) is kept as written.
_QUARANTINE_REASONS = (
    ("empty message (zero bytes or only white space)", "tom e-post (null byte eller bare mellomrom)"),
    ("no message headers (From, To, Subject, Date, Message-ID all missing)",
     "ingen e-posthoder (From, To, Subject, Date og Message-ID mangler alle)"),
    ("no message headers and no readable text", "ingen e-posthoder og ingen lesbar tekst"),
    ("damaged MIME structure:", "ødelagt MIME-struktur:"),
    ("MIME parser failed:", "MIME-tolkingen feilet:"),
    ("internal error while processing:", "intern feil under behandlingen:"),
)
# The patterns below are kept as text and compiled by `re` on first use (and cached there): every command
# imports this module for its names, few ever read a quarantine reason or an attachment's text error.
_OVER_SIZE = (r"over the size limit: (\d+) bytes \(imap\.max_message_bytes = (\d+)\); only the header was fetched, "
              r"the whole message stays on the server")


# A message over its budget or cut off again and again (intake/ingest/worker.py), and a Maildir file over its size limit.
_OVER_BUDGET = (
    (r"analysis took longer than (\S+) seconds", "analysen tok mer enn {0} sekunder"),
    (r"analysis needed more than (\d+) MB of memory", "analysen trengte mer enn {0} MB minne"),
    (r"processing was cut off (\d+) times without finishing \(the worker died or the daemon was stopped\)",
     "behandlingen ble avbrutt {0} ganger uten å bli ferdig (analyseprosessen døde eller daemonen ble stoppet); "
     "e-posten er lagret urørt og lagt til side"),
    (r"over the size limit: (\d+) bytes \(maildir\.max_message_bytes = (\d+)\); only the header was read, "
     r"the whole file is kept in the processed folder",
     "over størrelsesgrensen: {0} byte (maildir.max_message_bytes = {1}); bare hodet ble lest, hele filen ligger i "
     "mappen for behandlet e-post"),
)


def quarantine_reason_text(reason: str) -> str:
    if match := re.fullmatch(_OVER_SIZE, reason):
        return (f"over størrelsesgrensen: {match.group(1)} byte (imap.max_message_bytes = {match.group(2)}); bare hodet "
                "ble hentet, hele e-posten ligger fortsatt på serveren")
    for pattern, norwegian in _OVER_BUDGET:
        if match := re.fullmatch(pattern, reason):
            return norwegian.format(*match.groups())
    for english, norwegian in _QUARANTINE_REASONS:
        if reason.startswith(english):
            return norwegian + reason[len(english):]
    return reason


# Why an attachment's text was not extracted (intake/ingest/attachment_text.py), as recorded and as staff read it.
_TEXT_ERRORS = (
    (r"not extracted: the file holds (\d+) entries \(limit (\d+)\)",
     "teksten er ikke hentet ut: filen har {0} deler (grensen er {1})"),
    (r"not extracted: an entry expands (\d+) times \(limit (\d+)\)",
     "teksten er ikke hentet ut: en del av filen blir {0} ganger større utpakket (grensen er {1})"),
    (r"not extracted: the attachment expands past (\d+) MB",
     "teksten er ikke hentet ut: vedlegget blir større enn {0} MB utpakket"),
    (r"not extracted: the message's attachments expand past (\d+) MB in total",
     "teksten er ikke hentet ut: vedleggene i e-posten blir til sammen større enn {0} MB utpakket"),
    (r"not extracted: the PDF has (\d+) objects \(limit (\d+)\)",
     "teksten er ikke hentet ut: PDF-en har {0} objekter (grensen er {1})"),
    (r"not extracted: the PDF has (\d+) pages \(limit (\d+)\)",
     "teksten er ikke hentet ut: PDF-en har {0} sider (grensen er {1})"),
    (r"too large for text extraction \((\d+) bytes\)", "for stor til å hente ut tekst ({0} byte)"),
    (r"could not read (\w+): (\w+)", "kunne ikke lese {0}-filen: {1}"),
)


def attachment_text_error_text(error: str) -> str:
    """An attachment's text error as staff read it (Norwegian); the recorded one stays as the log has it."""
    for pattern, norwegian in _TEXT_ERRORS:
        if match := re.fullmatch(pattern, error):
            return norwegian.format(*match.groups())
    return error
