"""Damaged variants of realistic customer mail (issue 17: salvage before quarantine).

    python -m tests.corpus.damaged DIR [COUNT] [SEED]   # writes a Maildir of damaged mail at DIR

A realistic mail (a customer writing about a property, with a phone number; plain, quoted-printable
or base64 text, an HTML alternative, a DOCX or text attachment, CRLF or LF) is damaged the way
broken mailers, truncated downloads and careless hands damage mail: boundaries missing, wrong,
mangled or never closed, no blank line after the headers, garbled header lines, the headers lost,
junk before them, part headers run into their content, the message cut off. Each variant says what
it should still show a reader: ``holds_text`` is true when the part that carries the phone number
and the property id survives the damage intact (for a cut-off message, when the cut falls after it).

The variants are made from a seed, so a run is repeatable; a different seed gives mail nobody tuned
the parser on.
"""
from __future__ import annotations

import base64
import io
import random
import re
import sys
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP, default
from pathlib import Path

FIRST = ["Kari", "Ola", "Ingrid", "Magnus", "Sigrid", "Jonas", "Åse", "Bjørn", "Ragnhild", "Tor", "Liv", "Håkon",
         "Marit", "Øystein", "Solveig", "Eirik"]
LAST = ["Nordmann", "Solberg", "Pedersen", "Hansen", "Bakken", "Lie", "Haugen", "Strand", "Dahl", "Berg", "Ødegård",
        "Aas", "Myhre", "Kristiansen"]
KOMMUNER = ["3201", "0301", "4601", "5001", "3203", "1108", "3301", "4204"]
OPENINGS = ["Hei,", "Hei igjen!", "God dag.", "Hei {first_to},"]
SENTENCES = [
    "Vi ønsker å bygge et tilbygg på {prop}, og lurer på om dere kan hjelpe med tegningene.",
    "Kommunen har bedt om nye tegninger for eiendommen {prop} før de behandler søknaden.",
    "Garasjen på {prop} skal rives, og vi vil sette opp en ny med hybel over.",
    "Takk for befaringen i går. Vi har sett på forslaget til terrassen på {prop}.",
    "Naboen har protestert på støttemuren vi planlegger mot tomtegrensen på {prop}.",
]
MIDDLE = [
    "Kan dere sende et tilbud før fellesferien?",
    "Vi er hjemme de fleste ettermiddager hvis dere vil komme innom.",
    "Jeg legger ved det vi har av dokumenter fra før.",
    "Frist for merknader er om tre uker, så det haster litt.",
    "Det er greit om dere tar kontakt med rørleggeren direkte.",
]
CLOSINGS = ["Ring meg gjerne på {phone}.", "Telefonen min er {phone}.", "Du når meg på mobil {phone} etter kl. 16.",
            "Ring {phone} om noe er uklart."]
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


@dataclass(frozen=True)
class Variant:
    name: str
    raw: bytes
    damage: tuple[str, ...]
    holds_text: bool       # the part with the facts below survives the damage intact
    phone: str             # the phone number written in the text (digits only)
    property_key: str      # the property id written in the text, as the linker keys it
    customer: tuple[str, str, str]  # (name, e-mail, phone digits), as the firm's records hold them


@dataclass(frozen=True)
class _Mail:
    raw: bytes
    carrier: bytes         # the encoded lines of the part that carries the facts
    facts: dict


def realistic_mail(rng: random.Random, number: int) -> _Mail:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {last}"
    address = f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'online.no', 'hotmail.com'])}"
    phone = f"{rng.choice(['9', '9', '41', '46', '48'])}{rng.randint(10**7, 10**8 - 1)}"[:8]  # mobile ranges
    kommune, gnr, bnr = rng.choice(KOMMUNER), rng.randint(1, 300), rng.randint(1, 2000)
    # Written with its kommunenummer, or as gnr/bnr alone (the customer's records say which kommune).
    prop = rng.choice([f"{kommune}-{gnr}/{bnr}", f"gnr. {gnr} bnr. {bnr}"])
    written_phone = rng.choice([f"{phone[:3]} {phone[3:5]} {phone[5:]}", phone, f"+47 {phone[:2]} {phone[2:4]} {phone[4:6]} {phone[6:]}"])
    facts_text = "\n\n".join([
        rng.choice(OPENINGS).format(first_to=rng.choice(["Ola", "Ingrid", "Per"])),
        rng.choice(SENTENCES).format(prop=prop),
        " ".join(rng.sample(MIDDLE, 2)),
        rng.choice(CLOSINGS).format(phone=written_phone),
        f"Med vennlig hilsen\n{name}",
    ])
    mail = EmailMessage(policy=default)
    mail["From"] = f"{name} <{address}>"
    mail["To"] = "post@proess.no"
    mail["Subject"] = rng.choice(["Tilbygg", "Søknad om garasje", "Spørsmål om tegninger", "Re: Befaring",
                                  "Støttemur mot naboen", "Terrasse"])
    mail["Date"] = f"{rng.choice(['Mon', 'Tue', 'Wed'])}, {rng.randint(1, 28):02d} Mar 2025 {rng.randint(7, 22):02d}:15:00 +0100"
    mail["Message-ID"] = f"<damaged-{number}-{rng.randint(0, 10**9)}@{address.split('@')[1]}>"
    encoding = rng.choice(["8bit", "quoted-printable", "base64"])
    shape = rng.choice(["plain", "alternative", "attachment", "attachment", "facts-in-attachment", "alternative-attachment"])
    carrier_text = facts_text
    if shape == "facts-in-attachment":
        mail.set_content("Se vedlagt brev.\n\nHilsen " + first, cte=encoding)
    else:
        mail.set_content(facts_text, cte=encoding)
    if shape in ("alternative", "alternative-attachment"):
        html = "".join(f"<p>{paragraph}</p>" for paragraph in facts_text.split("\n\n"))
        mail.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    if shape in ("attachment", "alternative-attachment"):
        mail.add_attachment(rng.randbytes(rng.randint(2000, 20000)), maintype="application", subtype="pdf",
                            filename="tegning.pdf")
    if shape == "facts-in-attachment":
        if rng.random() < 0.5:
            mail.add_attachment(_docx(facts_text), maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1], filename="brev.docx")
        else:
            mail.add_attachment(facts_text.encode("utf-8"), maintype="text", subtype="plain", filename="brev.txt")
    raw = mail.as_bytes(policy=SMTP if rng.random() < 0.5 else default)
    carrier = _carrier(mail, shape)
    return _Mail(raw, carrier, {"phone": phone, "property_key": f"{kommune}-{gnr}/{bnr}",
                                "customer": (name, address, phone), "carrier_text": carrier_text})


def _carrier(mail: EmailMessage, shape: str) -> bytes:
    """The encoded content of the part that carries the facts, as it stands in the raw message."""
    for part in mail.walk():
        if part.is_multipart():
            continue
        is_attachment = part.get_filename() is not None
        if shape == "facts-in-attachment" and is_attachment and part.get_filename() in ("brev.docx", "brev.txt"):
            return part.get_payload().encode("ascii", "surrogateescape").strip()
        if shape != "facts-in-attachment" and part.get_content_type() == "text/plain" and not is_attachment:
            payload = part.get_payload()
            return (payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else payload).strip()
    raise AssertionError("no carrier")


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _ascii(name: str) -> str:
    return name.lower().translate(str.maketrans({"æ": "ae", "ø": "o", "å": "a"}))


# -- damage ----------------------------------------------------------------------------------------

def _lines(raw: bytes) -> list[bytes]:
    return raw.splitlines(keepends=True)


def _header_end(lines: list[bytes]) -> int:
    """Index of the blank line after the top headers (len(lines) when there is none)."""
    return next((i for i, line in enumerate(lines) if not line.strip(b"\r\n")), len(lines))


def _top_boundary(raw: bytes) -> bytes | None:
    head = raw[:raw.find(b"\n\n") if b"\n\n" in raw else len(raw)]
    match = re.search(rb'boundary="?([^";\r\n]+)"?', raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw[:4000] else head)
    return match.group(1) if match else None


def drop_closing_boundary(raw, rng):
    boundary = _top_boundary(raw)
    if not boundary or b"--" + boundary + b"--" not in raw:
        return None
    return raw[:raw.rindex(b"--" + boundary + b"--")]


def truncate(raw, rng):
    return raw[:rng.randint(len(raw) // 3, len(raw) - 1)]


def wrong_boundary(raw, rng):
    boundary = _top_boundary(raw)
    if not boundary:
        return None
    head_end = raw.find(b"boundary=")
    return raw[:head_end] + raw[head_end:].replace(boundary, b"wrong-" + boundary[: rng.randint(3, len(boundary))], 1)


def drop_boundary_parameter(raw, rng):
    return re.sub(rb';\s*boundary="?[^";\r\n]+"?', b"", raw, count=1) if _top_boundary(raw) else None


def no_blank_line_after_headers(raw, rng):
    lines = _lines(raw)
    end = _header_end(lines)
    return b"".join(lines[:end] + lines[end + 1:]) if end < len(lines) else None


def headers_lost(raw, rng):
    lines = _lines(raw)
    return b"".join(lines[_header_end(lines) + 1:])


def garbled_header_line(raw, rng):
    lines = _lines(raw)
    end = _header_end(lines)
    candidates = [i for i in range(end) if lines[i][:1] not in (b" ", b"\t")]
    if not candidates:
        return None
    index = rng.choice(candidates)
    ending = b"\r\n" if lines[index].endswith(b"\r\n") else b"\n"
    junk = rng.choice([b"\x00\x13\xff\xfe garbage", b"=?utf-8?b?broken", b"Subject Tilbud uten kolon", b"\xc3\xa6\xc3\xb8\xc3\xa5",
                       b"}}}}}}", b"X Mailer Outlook 2003"])
    return b"".join(lines[:index] + [junk + ending] + lines[index + 1:])


def junk_before_headers(raw, rng):
    return rng.choice([b"\n", b"\r\n", b"\xef\xbb\xbf\n", b"Content-Length: 1234 garbage line\n\n", b"\x00\x00\n"]) + raw


def mangled_delimiter(raw, rng):
    boundary = _top_boundary(raw)
    if not boundary:
        return None
    positions = [m.start() for m in re.finditer(re.escape(b"\n--" + boundary) + rb"\r?\n", raw)]
    if len(positions) < 2:
        return None
    at = rng.choice(positions[1:]) + 1
    return raw[:at] + rng.choice([b"-", b"--x", b"- -"]) + raw[at + 2:]


def part_header_separator_lost(raw, rng):
    boundary = _top_boundary(raw)
    if not boundary:
        return None
    positions = [m.end() for m in re.finditer(rb"\n(?:Content-[^\n]*\n)+\r?\n", raw)]
    positions = [p for p in positions if p > raw.find(b"--" + boundary)]
    if not positions:
        return None
    at = rng.choice(positions)
    blank = 2 if raw[at - 2:at] == b"\r\n" else 1
    return raw[:at - blank] + raw[at:]


def content_type_lost(raw, rng):
    lines = _lines(raw)
    end = _header_end(lines)
    kept, skipping = [], False
    for line in lines[:end]:
        if skipping and line[:1] in (b" ", b"\t"):
            continue
        skipping = line.lower().startswith(b"content-type:")
        if not skipping:
            kept.append(line)
    return b"".join(kept + lines[end:]) if len(kept) < end else None


def wrong_inner_boundary(raw, rng):
    """A nested multipart (text and HTML inside mixed) declares a boundary its parts do not use."""
    declarations = list(re.finditer(rb'boundary="([^"]+)"', raw))
    if len(declarations) < 2:
        return None
    inner = rng.choice(declarations[1:])
    return raw[:inner.start(1)] + b"x" + raw[inner.start(1) + 1:]


def mixed_line_endings(raw, rng):
    lines = _lines(raw)
    return b"".join(line.rstrip(b"\r\n") + rng.choice([b"\n", b"\r\n"]) if line.endswith(b"\n") else line
                    for line in lines)


DAMAGE = {fn.__name__: fn for fn in (drop_closing_boundary, truncate, wrong_boundary, drop_boundary_parameter,
                                     no_blank_line_after_headers, headers_lost, garbled_header_line,
                                     junk_before_headers, mangled_delimiter, part_header_separator_lost,
                                     content_type_lost, wrong_inner_boundary, mixed_line_endings)}


def damaged_variants(count: int = 300, seed: int = 17) -> list[Variant]:
    rng = random.Random(seed)
    variants = []
    number = 0
    while len(variants) < count:
        number += 1
        mail = realistic_mail(rng, number)
        raw, applied = mail.raw, []
        for name in rng.sample(sorted(DAMAGE), rng.choice([1, 1, 2, 2, 3])):
            damaged = DAMAGE[name](raw, rng)
            if damaged is not None and damaged != raw:
                raw, applied = damaged, [*applied, name]
        if not applied:
            continue
        variants.append(Variant(
            name=f"{number:04d}-{'+'.join(applied)}", raw=raw, damage=tuple(applied),
            holds_text=_holds(raw, mail.carrier), phone=mail.facts["phone"],
            property_key=mail.facts["property_key"], customer=mail.facts["customer"]))
    return variants


def _holds(raw: bytes, carrier: bytes) -> bool:
    """The carrier part's encoded content is still in the message, whole (line endings aside)."""
    flat = re.sub(rb"\r?\n|\r", b"\n", raw)
    return re.sub(rb"\r?\n|\r", b"\n", carrier) in flat


def write_damaged_maildir(maildir: Path, count: int = 300, seed: int = 17) -> list[Variant]:
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    variants = damaged_variants(count, seed)
    for variant in variants:
        (maildir / "new" / variant.name).write_bytes(variant.raw)
    return variants


if __name__ == "__main__":
    arguments = sys.argv[1:]
    written = write_damaged_maildir(Path(arguments[0]), *(int(a) for a in arguments[1:3]))
    print(f"{len(written)} damaged messages in {arguments[0]}")
