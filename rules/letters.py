"""Letters to a data subject: how they open and close, the rights every answer states, and the
extension letter (GDPR art. 12(3)).

The access letter (``rules.access``), the erasure answer and the extension letter are written
the same way: the date, a greeting with the person's name, the answer, what the person can do
if they disagree (complain to Datatilsynet, art. 77, or go to court, art. 79; art. 12(4) when
we do not do all that was asked), and a signature from ``[letters]`` in config.toml. Dates are
written "20. november 2026" and counts agree with their nouns (``rules.wording``); no code
from the database or the detector appears in a letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rules.labels import request_kind_name
from rules.vocabulary import RequestKind
from rules.wording import counted, norwegian_date, org_numbers_grouped, sentence


@dataclass(frozen=True)
class Letterhead:
    """``[letters]`` in config.toml: the greeting before the person's name, the closing, and the signature lines."""

    greeting: str = "Hei"
    closing: str = "Med vennlig hilsen"
    signature: tuple[str, ...] = ("proESS AS", "Org.nr. 914 775 493", "post@proess.no")


DEFAULT_LETTERHEAD = Letterhead()

# What the person asked for, as the letter says it: "Vi viser til henvendelsen din ... der du ba om <this>."
ASKED_FOR = {
    RequestKind.ACCESS: "innsyn i personopplysningene vi har om deg",
    RequestKind.ERASURE: "at vi sletter personopplysningene vi har om deg",
    RequestKind.RECTIFICATION: "at vi retter opplysninger om deg",
    RequestKind.RESTRICTION: "at vi begrenser behandlingen av opplysningene om deg",
    RequestKind.OBJECTION: "at vi slutter å behandle opplysningene om deg",
    RequestKind.PORTABILITY: "å få utlevert opplysningene dine i et maskinlesbart format",
    RequestKind.CONSENT_WITHDRAWAL: "å trekke tilbake samtykket ditt",
}


def opening(letterhead: Letterhead, written_on: date, name: str | None) -> list[str]:
    """The date line and the greeting ("Hei Ingrid Solberg,"; only "Hei," when the name is not known)."""
    name = " ".join((name or "").split())
    return [norwegian_date(written_on), "", f"{letterhead.greeting} {name}," if name else f"{letterhead.greeting},", ""]


def closing(letterhead: Letterhead) -> list[str]:
    return ["", f"{letterhead.closing}", *(org_numbers_grouped(line) for line in letterhead.signature)]


def deadline_sentence(deadline: date, written_on: date) -> str:
    """The answer's deadline (one month from receipt, or as extended). Written after it, the letter says so plainly
    and apologises: art. 12(3) asks for an answer without undue delay and within the deadline."""
    if written_on <= deadline:
        return f"Svarfristen er {norwegian_date(deadline)}."
    return (f"Svarfristen var {norwegian_date(deadline)} (artikkel 12(3)), og dette svaret kommer dessverre etter "
            "fristen. Vi beklager at du har måttet vente.")


def complaint_rights(supervisory_authority: str, not_all_done: bool = False) -> list[str]:
    """What the person can do if they disagree (art. 77, 79); with ``not_all_done``, art. 12(4): we did not do
    everything that was asked, and the letter has said why."""
    first = ("Er du uenig i at vi ikke gjør alt du ba om, eller i måten vi behandler opplysningene dine på, "
             if not_all_done else "Mener du at vi behandler personopplysningene dine i strid med regelverket, ")
    basis = "personvernforordningen artikkel 12(4) og artikkel 77" if not_all_done else "personvernforordningen artikkel 77"
    return [f"{first}kan du klage til {supervisory_authority} etter {basis}. "
            "Du kan også bringe saken inn for domstolene (artikkel 79)."]


PORTABILITY_BASIS = re.compile(r"6\s*\(\s*1\s*\)\s*\(\s*[ab]\s*\)")


def portability_applies(legal_bases: list[str] | tuple[str, ...]) -> bool:
    """Art. 20 covers data the person gave us that we process on their consent (art. 6(1)(a)) or to fulfil a
    contract with them (art. 6(1)(b)); the record of processing states each activity's basis."""
    return any(PORTABILITY_BASIS.search(basis) for basis in legal_bases)


def portability_paragraph(contact: str) -> str:
    return ("Opplysningene du selv har gitt oss, og som vi behandler etter avtale med deg eller med ditt samtykke, "
            "har du også rett til å få i et strukturert, maskinlesbart format og til å få overført til en annen "
            f"(dataportabilitet, artikkel 20). Filen data.json er i et slikt format. Skriv til {contact} om du vil at vi "
            "skal sende opplysningene direkte til noen andre.")


@dataclass(frozen=True)
class ExtensionFacts:
    kind: str  # a RequestKind
    name: str | None  # the person's name, when the request is tied to a customer
    received_on: date
    first_deadline: date
    new_deadline: date
    months: int  # the extension in all (1 or 2)
    reason: str  # staff's words, stated to the person


def extension_letter(facts: ExtensionFacts, letterhead: Letterhead, contact: str, supervisory_authority: str,
                     written_on: date) -> str:
    """The letter that tells the person, within the first month, that the answer will take longer, why, and by
    when it will come (art. 12(3))."""
    asked = ASKED_FOR.get(facts.kind, f"{request_kind_name(facts.kind).lower()}")
    lines = [
        *opening(letterhead, written_on, facts.name),
        "Forlenget svarfrist for henvendelsen din",
        "",
        f"Vi viser til henvendelsen din, som vi mottok {norwegian_date(facts.received_on)}, der du ba om {asked}.",
        "",
        f"Etter personvernforordningen artikkel 12(3) skal vi svare innen én måned, det vil si innen "
        f"{norwegian_date(facts.first_deadline)}. Loven gir oss adgang til å forlenge fristen med inntil to måneder "
        "når en henvendelse er sammensatt eller vi har mange henvendelser å svare på. Vi trenger mer tid denne gangen, "
        f"og forlenger fristen med {counted(facts.months, 'måned')}. Grunnen er: {sentence(facts.reason)}",
        "",
        f"Du får svar fra oss senest {norwegian_date(facts.new_deadline)}.",
        "",
        *complaint_rights(supervisory_authority),
        "",
        f"Har du spørsmål, kan du skrive til oss på {contact}.",
        *closing(letterhead),
    ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class ErasureLine:
    """One item of an erasure answer: what it is (in words), and why it was erased or kept."""

    what: str
    reason: str
    legal_reference: str = ""


@dataclass(frozen=True)
class ErasureLetterFacts:
    name: str | None
    customer_number: str | None
    received_on: date | None  # the request carried out; None for a preview
    deadline: date | None
    applied: bool  # False: a preview for staff, nothing changed yet
    erased: tuple[ErasureLine, ...]
    kept: tuple[ErasureLine, ...]
    bookkeeping: bool = False  # something is kept as accounting documentation (bokføringsloven)


def erasure_letter(facts: ErasureLetterFacts, letterhead: Letterhead, contact: str, supervisory_authority: str,
                   written_on: date) -> str:
    """The answer to an erasure request, item by item: what was erased, what is kept and why (art. 17(3)),
    restricted meanwhile (art. 18); a preview (``applied`` False) says what would happen, for staff to check."""
    number = f" (kundenummer {facts.customer_number})" if facts.customer_number else ""
    lines = [] if facts.applied else ["Forslag – ingenting er endret ennå. Slik blir svaret til personen:", ""]
    lines += [*opening(letterhead, written_on, facts.name), f"Svar på krav om sletting{' – ' + facts.name if facts.name else ''}{number}", ""]
    if facts.received_on and facts.deadline:
        lines += [f"Vi viser til kravet ditt om sletting, som vi mottok {norwegian_date(facts.received_on)}. "
                  + deadline_sentence(facts.deadline, written_on), ""]
    done, will = ("Vi har slettet", "Slettet") if facts.applied else ("Vi sletter", "Blir slettet")
    if not facts.kept:
        lines += [f"{done} alle opplysningene vi hadde om deg." if facts.applied else
                  "Alle opplysningene vi har om deg, blir slettet.", ""]
    else:
        lines += ["Her ser du hva vi har slettet, og hva vi etter loven må beholde, og hvorfor." if facts.applied else
                  "Her ser du hva som blir slettet, og hva vi etter loven må beholde, og hvorfor.", ""]
    lines.append(f"{will} ({len(facts.erased)}):")
    lines += [f"  - {line.what}: {line.reason}" for line in facts.erased] or ["  (ingenting)"]
    lines += ["", f"Beholdt, men begrenset til oppbevaring ({len(facts.kept)}):"]
    lines += [f"  - {line.what}: {line.reason}" + (f" ({line.legal_reference})" if line.legal_reference else "")
              for line in facts.kept] or ["  (ingenting)"]
    if facts.kept:
        lines += ["", "Retten til sletting gjelder ikke opplysninger vi må oppbevare etter lov"
                      + (" (her bokføringsloven)" if facts.bookkeeping else "")
                      + ", eller som trengs for å fastsette, gjøre gjeldende eller forsvare et rettskrav (personvernforordningen "
                      "artikkel 17(3)). Det vi beholder, er begrenset (artikkel 18): vi bruker det bare til dette formålet, "
                      "og sletter det når fristen er ute."]
    lines += ["", *complaint_rights(supervisory_authority, not_all_done=bool(facts.kept)), "",
              f"Har du spørsmål, kan du skrive til oss på {contact}.", *closing(letterhead)]
    return "\n".join(lines) + "\n"
