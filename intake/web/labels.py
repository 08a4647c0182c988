"""The words staff read for the codes the database keeps (one registry for the web app's labels)."""

from __future__ import annotations

from rules.processing import label_name

STATES = {
    "stored": "lagret", "quarantined": "i karantene", "erased": "slettet", "duplicate": "duplikat",
    "open": "åpen", "overdue": "over fristen", "answered": "besvart",
    "proposed": "foreslått", "approved": "godkjent", "rejected": "avvist",
    "pending": "venter", "disposed": "avhendet", "skipped": "hoppet over",
    "accepted": "godtatt", "linked": "knyttet",
}
KINDS = {"access": "Innsyn", "erasure": "Sletting"}
ROLES = {"staff": "ansatt", "records_manager": "arkivansvarlig", "administrator": "administrator"}
PARTICIPANT_ROLES = {"from": "Fra", "to": "Til", "cc": "Kopi", "bcc": "Blindkopi", "reply_to": "Svar til"}
SIGNALS = {
    "sender_address": "avsenderadressen", "recipient_address": "mottakeradressen",
    "confirmed_address": "adresse bekreftet av en ansatt", "property": "eiendommen nevnt",
    "property_unknown_kommune": "gnr./bnr. nevnt uten kommune", "neighbouring_property": "naboeiendom nevnt",
    "id_in_subject": "kunde- eller prosjektnummer i emnet", "id_in_text": "kunde- eller prosjektnummer i teksten",
    "street_address": "gateadressen", "phone": "telefonnummeret", "address_in_text": "e-postadressen i teksten",
    "thread": "samme e-posttråd", "name": "navnet", "staff_decision": "avgjort av en ansatt",
    "staff_review": "avgjort av en ansatt",
}
CATEGORIES = {
    "customer_correspondence": "Kundekorrespondanse", "accounting_document": "Regnskapsdokument",
    "unlinked_mail": "E-post uten kunde",
}
TARGETS = {"customer": "kunde", "property": "eiendom", "project": "prosjekt", "message": "e-post"}


class _Labels:
    @staticmethod
    def label(code: str) -> str:
        return label_name(code)

    @staticmethod
    def state(code: str | None) -> str:
        return STATES.get(code or "", code or "–")

    @staticmethod
    def kind(code: str) -> str:
        return KINDS.get(code, code)

    @staticmethod
    def role(code: str) -> str:
        return ROLES.get(code, PARTICIPANT_ROLES.get(code, code))

    @staticmethod
    def signal(code: str) -> str:
        return SIGNALS.get(code, code.replace("_", " "))

    @staticmethod
    def category(code: str | None) -> str:
        return CATEGORIES.get(code or "", code or "–")

    @staticmethod
    def target(code: str) -> str:
        return TARGETS.get(code, code)


LABELS = _Labels()
