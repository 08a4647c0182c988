"""Generate a large, realistic Maildir for the ingest benchmark.

    python scripts/make_bench_maildir.py OUT_DIR --count 5000 [--seed 1] [--records examples/records.csv]

Templated Norwegian and English customer mail, staff replies in threads,
municipalities, suppliers and newsletters; about 10 % carry a small PDF, DOCX
or text attachment and 3 per mille are malformed (cut off inside an attachment).
Half the customer mail comes from the customers in the records file so that
linking has something to find. The same seed always gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

from sample_mail import DOCX_TYPE, Mail, Multipart, Part, address, attachment, make_docx, make_pdf, maildir_name, text
from sample_mail import write_maildir

OSLO = ZoneInfo("Europe/Oslo")
START = datetime(2024, 1, 2, 8, 0, tzinfo=OSLO)
END = datetime(2026, 11, 1, 8, 0, tzinfo=OSLO)
STAFF = [("Kari Hansen", "kari.hansen@proess.no"), ("Ola Berg", "ola.berg@proess.no")]
POST = "post@proess.no"
ATTACHMENT_SHARE = 0.12  # of the kinds of mail that carry attachments: about 10 % of all mail
MALFORMED_PER_MILLE = 3

FIRST_NAMES = ["Ingrid", "Ole", "Kari", "Lars", "Anne", "Per", "Marit", "Jon", "Hilde", "Erik", "Silje", "Knut",
               "Tone", "Håkon", "Åse", "Øystein", "Sigrid", "Bjørn", "Mette", "Torstein", "Linn", "Ståle", "Eva",
               "Geir", "Ragnhild", "Sindre", "Camilla", "Vegard", "Randi", "Even"]
LAST_NAMES = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
              "Karlsen", "Berg", "Haugen", "Hagen", "Johannessen", "Eriksen", "Dahl", "Lie", "Sæther", "Bråten",
              "Løken", "Ødegård", "Strøm", "Myhre", "Aas", "Vik", "Holm", "Moen", "Solberg", "Bakke", "Næss"]
MAIL_DOMAINS = ["gmail.com", "online.no", "hotmail.com", "outlook.com", "icloud.com"]
KOMMUNER = [("3201", "Bærum"), ("3203", "Asker"), ("0301", "Oslo"), ("3205", "Lillestrøm"), ("3301", "Drammen"),
            ("3207", "Nordre Follo")]
STREETS = ["Skogveien", "Bakkeveien", "Kirkeveien", "Løvåsveien", "Granveien", "Fjellveien", "Solbergveien",
           "Åsveien", "Bjørkelia", "Tårnveien", "Storgata", "Hagaløkkveien"]
TASKS_NO = ["tilbygg", "garasje", "takoppløft", "bruksendring av kjeller", "ny terrasse", "fasadeendring",
            "carport", "innglassing av balkong", "riving og nytt uthus", "ny enebolig"]
TASKS_EN = ["an extension", "a garage", "a loft conversion", "a basement conversion", "a new terrace",
            "a new detached house"]
MUNICIPAL_DOMAINS = {"Bærum": "baerum.kommune.no", "Asker": "asker.kommune.no", "Oslo": "pbe.oslo.kommune.no",
                     "Lillestrøm": "lillestrom.kommune.no", "Drammen": "drammen.kommune.no",
                     "Nordre Follo": "nordrefollo.kommune.no"}
SUPPLIERS = [("Nordvegg Trelast AS", "ordre@nordvegg-trelast.no"), ("Vindusmakeren AS", "salg@vindusmakeren.no"),
             ("Nordic Glazing Supplies", "sales@nordicglazing-supplies.com")]
NEWSLETTERS = [("Byggnytt", "nyhetsbrev@byggnytt-nyheter.no"), ("Draftwise Weekly", "news@draftwise-weekly.com")]


@dataclass(frozen=True)
class Customer:
    name: str
    email: str
    phone: str
    street: str
    kommunenr: str
    kommune: str
    gnr: str
    bnr: str
    fnr: str
    project_id: str


@dataclass
class Thread:
    customer: Customer
    subject: str
    english: bool
    references: list[str] = field(default_factory=list)
    last_body: str = ""


def load_customers(records: Path) -> list[Customer]:
    if not records.exists():
        return []
    with records.open(encoding="utf-8", newline="") as handle:
        return [Customer(row["name"], row["email"], row["phone"], row["street_address"], row["kommunenr"],
                         row["kommune"], row["gnr"], row["bnr"], row["fnr"], row["project_id"])
                for row in csv.DictReader(handle)]


class Generator:
    """Produces (maildir path, raw bytes) for message 0..count-1 from one seeded random stream."""

    def __init__(self, seed: int, count: int, known_customers: list[Customer]):
        self.rng = random.Random(seed)
        self.seed = seed
        self.count = count
        self.known = known_customers
        self.threads: list[Thread] = []
        self.step = (END - START) / max(count, 1)
        self.attachments = 0
        self.malformed = 0
        self.malformed_offset = self.rng.randrange(1000)

    def messages(self) -> Iterator[tuple[str, bytes]]:
        for index in range(self.count):
            when = START + self.step * index + timedelta(minutes=self.rng.randrange(0, 600))
            if self._malformed_slot(index):
                self.malformed += 1
                raw = self._break(self._inquiry(self._message_id(index), when, force_attachment=True).render())
            else:
                raw = self._mail(index, when).render()
            yield maildir_name(when, index + 1, "bench"), raw

    def _malformed_slot(self, index: int) -> bool:
        """Spread exactly MALFORMED_PER_MILLE per thousand evenly, so even a small mailbox gets its share."""
        position = index + self.malformed_offset
        return (position * MALFORMED_PER_MILLE) // 1000 != ((position + 1) * MALFORMED_PER_MILLE) // 1000

    def _mail(self, index: int, when: datetime) -> Mail:
        kind = self.rng.choices(["inquiry", "reply", "followup", "municipal", "supplier", "newsletter"],
                                weights=[40, 25, 10, 9, 8, 8])[0]
        if kind in ("reply", "followup") and not self.threads:
            kind = "inquiry"
        return getattr(self, f"_{kind}")(self._message_id(index), when)

    def _message_id(self, index: int) -> str:
        return f"<bench.{self.seed}.{index}.{self.rng.getrandbits(32):08x}@{self.rng.choice(MAIL_DOMAINS)}>"

    def _customer(self) -> Customer:
        if self.known and self.rng.random() < 0.5:
            return self.rng.choice(self.known)
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        kommunenr, kommune = rng.choice(KOMMUNER)
        local = f"{first}.{last}".lower().replace("ø", "o").replace("å", "a").replace("æ", "ae")
        return Customer(f"{first} {last}", f"{local}{rng.randrange(100)}@{rng.choice(MAIL_DOMAINS)}", self._phone(),
                        f"{rng.choice(STREETS)} {rng.randrange(1, 120)}", kommunenr, kommune,
                        str(rng.randrange(1, 300)), str(rng.randrange(1, 2000)),
                        str(rng.randrange(1, 5)) if rng.random() < 0.1 else "", "")

    def _phone(self) -> str:
        digits = f"{self.rng.choice('49')}{self.rng.randrange(10**7):07d}"
        return self.rng.choice([
            f"+47 {digits[:3]} {digits[3:5]} {digits[5:]}", digits, f"{digits[:3]} {digits[3:5]} {digits[5:]}",
            f"+47{digits}", f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"])

    def _property(self, c: Customer) -> str:
        tail = f"/{c.fnr}" if c.fnr else ""
        return self.rng.choice([
            f"gnr. {c.gnr} bnr. {c.bnr}", f"{c.gnr}/{c.bnr}{tail}", f"{c.kommunenr}-{c.gnr}/{c.bnr}{tail}",
            f"g.nr {c.gnr} b.nr {c.bnr} i {c.kommune}", f"gnr {c.gnr}, bnr {c.bnr}",
            f"gårdsnr. {c.gnr} bruksnr. {c.bnr}"])

    def _charset_part(self, body: str, subtype: str = "plain") -> Part:
        charset, encoding = self.rng.choices(
            [("utf-8", "quoted-printable"), ("utf-8", "8bit"), ("utf-8", "base64"), ("iso-8859-1", "8bit"),
             ("windows-1252", "quoted-printable")], weights=[50, 15, 10, 15, 10])[0]
        if charset != "utf-8" and not body.isascii():
            body = body.replace("–", "-").replace("“", '"').replace("”", '"')
        return text(body, subtype=subtype, charset=charset, transfer_encoding=encoding)

    def _with_attachment(self, body: Part, c: Customer, force: bool = False) -> Part | Multipart:
        if not force and self.rng.random() >= ATTACHMENT_SHARE:
            return body
        self.attachments += 1
        lines = [f"Kunde: {c.name}", f"Adresse: {c.street}", f"Eiendom: {c.kommunenr}-{c.gnr}/{c.bnr}",
                 f"Telefon: {c.phone}", f"Prosjekt: {c.project_id or 'nytt'}"]
        kind = self.rng.choice(["pdf", "docx", "txt"])
        if kind == "pdf":
            part = attachment("tilbud.pdf", "application/pdf", make_pdf(["Tilbud fra proESS AS", *lines]))
        elif kind == "docx":
            part = attachment("beskrivelse.docx", DOCX_TYPE, make_docx(["Byggebeskrivelse", *lines]))
        else:
            part = Part("text/plain", "\n".join(lines).encode("utf-8"), charset="utf-8", filename="notater.txt")
        return Multipart("mixed", [body, part])

    def _inquiry(self, message_id: str, when: datetime, force_attachment: bool = False) -> Mail:
        c, rng = self._customer(), self.rng
        english = rng.random() < 0.15
        if english:
            task = rng.choice(TASKS_EN)
            subject = f"Enquiry: {task} at {c.street}"
            body = (f"Hello,\n\nWe are planning {task} at {c.street} in {c.kommune} "
                    f"(property {self._property(c)}). Could you help with drawings and the building "
                    f"application? You can reach me on {c.phone}.\n\nBest regards,\n{c.name}\n")
        else:
            task = rng.choice(TASKS_NO)
            subject = rng.choice([f"Spørsmål om {task}", f"{task.capitalize()} – {c.street}",
                                  f"Søknad om {task} på {self._property(c)}"])
            body = (f"Hei!\n\nVi ønsker hjelp med {task} på eiendommen vår i {c.street} "
                    f"({self._property(c)} i {c.kommune}). Kan dere sende et tilbud?\n"
                    f"Jeg treffes på {c.phone}.\n\nMvh\n{c.name}\n")
        thread = Thread(c, subject, english, [message_id], body)
        self.threads.append(thread)
        del self.threads[:-200]
        encoding = self.rng.choice("qb")
        return Mail(address(c.name, c.email, encoding=encoding), [POST], subject, when, message_id,
                    self._with_attachment(self._charset_part(body), c, force_attachment), subject_encoding=encoding)

    def _reply(self, message_id: str, when: datetime) -> Mail:
        thread = self.rng.choice(self.threads)
        c = thread.customer
        name, email = self.rng.choice(STAFF)
        if thread.english:
            reply_text = (f"Dear {c.name.split()[0]},\n\nThank you for your message. We have looked at "
                     f"{self._property(c)} and suggest a site visit next week.\n\nKind regards,\n{name}\nproESS AS\n")
        else:
            reply_text = (f"Hei {c.name.split()[0]},\n\nTakk for henvendelsen. Vi har sett på {self._property(c)} "
                     f"og foreslår befaring neste uke.\n\nMed vennlig hilsen\n{name}\nproESS AS\n")
        return self._in_thread(thread, address(name, email), [address(c.name, c.email)], reply_text, message_id, when)

    def _followup(self, message_id: str, when: datetime) -> Mail:
        thread = self.rng.choice(self.threads)
        c = thread.customer
        if thread.english:
            reply_text = f"Hi,\n\nThat works for us. We are married, so both of us will sign.\n\n{c.name}\n"
        else:
            reply_text = self.rng.choice([
                f"Hei,\n\nDet passer fint. Vi er gift, så begge skal stå som tiltakshavere.\n\n{c.name}\n",
                f"Hei,\n\nTakk! Ring meg gjerne på {c.phone} hvis dere trenger mer.\n\n{c.name}\n",
                f"Hei,\n\nVedlagt er det dere ba om for {self._property(c)}.\n\nHilsen {c.name}\n"])
        return self._in_thread(thread, address(c.name, c.email), [POST], reply_text, message_id, when)

    def _in_thread(self, thread: Thread, sender: str, to: list[str], new_text: str, message_id: str,
                   when: datetime) -> Mail:
        quoted = "".join(f"> {line}\n" for line in thread.last_body.splitlines())
        body = new_text + "\n" + quoted
        mail = Mail(sender, to, "Re: " + thread.subject, when, message_id,
                    self._with_attachment(self._charset_part(body), thread.customer),
                    in_reply_to=thread.references[-1], references=list(thread.references[-10:]))
        thread.references.append(message_id)
        thread.last_body = new_text
        return mail

    def _municipal(self, message_id: str, when: datetime) -> Mail:
        c = self._customer()
        case = f"{when.year % 100}/{self.rng.randrange(1000, 40000)}"
        body = (f"{c.kommune} kommune\nByggesak\n\nVår ref.: {case}\nEiendom: {self._property(c)}, {c.street}\n"
                f"Tiltakshaver: {c.name}\n\nVi bekrefter mottak av søknaden. Saken behandles innen 12 uker.\n")
        return Mail(address(f"{c.kommune} kommune", f"postmottak@{MUNICIPAL_DOMAINS[c.kommune]}"), [POST],
                    f"Byggesak {case} – {c.kommunenr}-{c.gnr}/{c.bnr}", when, message_id, self._charset_part(body))

    def _supplier(self, message_id: str, when: datetime) -> Mail:
        name, email = self.rng.choice(SUPPLIERS)
        c = self._customer()
        order = self.rng.randrange(100000, 999999)
        body = (f"Hei,\n\nOrdrebekreftelse {order}. Levering til {c.street}, {c.kommune}.\n"
                f"Kontakt på byggeplass: {c.phone}.\n\nMvh {name}\n")
        return Mail(address(name, email), [address(*self.rng.choice(STAFF))], f"Ordrebekreftelse {order}", when,
                    message_id, self._with_attachment(self._charset_part(body), c))

    def _newsletter(self, message_id: str, when: datetime) -> Mail:
        name, email = self.rng.choice(NEWSLETTERS)
        issue = self.rng.randrange(1, 400)
        plain = (f"{name} #{issue}\n\n* Nytt i byggteknisk forskrift\n* Kurs og webinarer\n\n"
                 "Meld deg av: https://example.invalid/u\n")
        html = (f"<html><body><h1>{name} #{issue}</h1><ul><li>Nytt i byggteknisk forskrift</li>"
                "<li>Kurs og webinarer</li></ul></body></html>\n")
        return Mail(address(name, email), [POST], f"{name} #{issue}", when, message_id,
                    Multipart("alternative", [text(plain), text(html, subtype="html")]),
                    headers=[("List-Unsubscribe", "<https://example.invalid/u>"), ("Precedence", "bulk")])

    def _break(self, raw: bytes) -> bytes:
        """Cut a message off inside its attachment (no closing boundary) and put junk into the base64."""
        payload_start = raw.index(b"\n\n", raw.rindex(b"Content-Disposition: attachment")) + 2
        cut = payload_start + (len(raw) - payload_start) * self.rng.randrange(30, 80) // 100
        return raw[:cut] + b"!!not*base64@@\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--records", type=Path,
                        default=Path(__file__).resolve().parent.parent / "examples" / "records.csv",
                        help="customers to write as (half of the customer mail); missing file = invented only")
    args = parser.parse_args()
    for sub in ("new", "cur"):
        if (args.out_dir / sub).is_dir() and any((args.out_dir / sub).iterdir()):
            sys.exit(f"{args.out_dir / sub} is not empty: refusing to mix two generated mailboxes")
    started = time.perf_counter()
    generator = Generator(args.seed, args.count, load_customers(args.records))
    written = write_maildir(args.out_dir, generator.messages())
    elapsed = time.perf_counter() - started
    print(f"wrote {written} messages ({generator.attachments} with attachments, {generator.malformed} malformed) "
          f"to {args.out_dir} in {elapsed:.2f} s")


if __name__ == "__main__":
    main()
