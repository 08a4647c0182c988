"""Write the bundled sample data: ``examples/records.csv`` and ``examples/maildir/``.

    python scripts/make_examples.py [--out examples]

Every person, company, address, phone number and identity number below is
invented.  The fødselsnummer and kontonummer are generated with their check
digits so that detectors which validate them accept them.  Output is
deterministic; ``examples/README.md`` explains which message shows what.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from textwrap import dedent
from zoneinfo import ZoneInfo

from sample_mail import (
    DOCX_TYPE,
    Mail,
    Multipart,
    Part,
    address,
    attachment,
    fodselsnummer,
    kontonummer,
    maildir_name,
    make_docx,
    make_pdf,
    make_png,
    organisasjonsnummer,
    text,
    write_maildir,
)

OSLO = ZoneInfo("Europe/Oslo")
RECORD_FIELDS = (
    "customer_id,name,email,phone,street_address,postcode,city,kommunenr,kommune,"
    "gnr,bnr,fnr,snr,project_id,project_title,project_status,project_closed_on"
).split(",")

# customer_id, name, email, phone, street, postcode, city,
# kommunenr, kommune, gnr, bnr, fnr, snr, project_id, title, status, closed_on
RECORDS = [
    ("K1001", "Ingrid Solberg", "ingrid.solberg@gmail.com", "+47 912 34 567", "Skogveien 14", "1338", "Sandvika",
     "3201", "Bærum", "12", "345", "", "", "P2024-017", "Tilbygg og ny terrasse", "open", ""),
    ("K1002", "Magnus Haugen", "magnus.haugen@online.no", "48123456", "Løkkeåsveien 7", "1337", "Sandvika",
     "3201", "Bærum", "41", "112", "", "", "P2024-021", "Garasje med hybel", "closed", "2025-03-14"),
    ("K1003", "Eirik Bakke", "eirik.bakke@hotmail.com", "+47 926 11 834", "Slemmestadveien 220", "1390", "Vollen",
     "3203", "Asker", "57", "9", "", "", "P2025-004", "Fasadeendring enebolig", "open", ""),
    ("K1003", "Eirik Bakke", "eirik.bakke@hotmail.com", "+47 926 11 834", "Slemmestadveien 220", "1390", "Vollen",
     "3301", "Drammen", "114", "207", "3", "", "P2025-011", "Bruksendring kjeller til boenhet", "open", ""),
    ("K1004", "Fjordbygg AS", "fjordbygg.as@gmail.com", "+47 454 78 120", "Storgata 5", "2000", "Lillestrøm",
     "3205", "Lillestrøm", "72", "5", "", "", "P2023-044", "Rekkehus, 6 enheter", "closed", "2024-11-29"),
    ("K1004", "Fjordbygg AS", "fjordbygg.as@gmail.com", "+47 454 78 120", "Storgata 5", "2000", "Lillestrøm",
     "3205", "Lillestrøm", "81", "455", "", "", "P2025-009", "Næringsbygg, rammesøknad", "open", ""),
    ("K1005", "Nora Kristiansen", "nora.kristiansen@gmail.com", "99887766", "Tåsenveien 48", "0873", "Oslo",
     "0301", "Oslo", "75", "163", "", "", "P2024-030", "Takoppløft", "closed", "2025-06-30"),
    ("K1006", "Lars Johansen", "lars.johansen@online.no", "+47 415 55 123", "Kolsåsstien 3", "1352", "Kolsås",
     "3201", "Bærum", "28", "71", "2", "", "P2025-015", "Rehabilitering bad og kjeller", "open", ""),
    ("K1007", "Hanne Berntsen", "hanne.berntsen@hotmail.com", "90011223", "Kolbotnveien 21", "1410", "Kolbotn",
     "3207", "Nordre Follo", "79", "310", "", "", "P2024-008", "Tilbygg stue", "closed", "2024-09-20"),
    ("K1008", "Anders Nilsen", "anders.nilsen@gmail.com", "+47 473 22 914", "Bjerkeveien 9", "2010", "Strømmen",
     "3205", "Lillestrøm", "85", "12", "", "", "P2024-026", "Carport", "closed", "2024-12-12"),
    ("K1008", "Anders Nilsen", "anders.nilsen@gmail.com", "+47 473 22 914", "Bjerkeveien 9", "2010", "Strømmen",
     "3205", "Lillestrøm", "85", "12", "", "", "P2025-019", "Tilbygg soverom", "open", ""),
    ("K1009", "Marte Olsen", "marte.olsen@online.no", "93312870", "Holmenkollveien 90", "0784", "Oslo",
     "0301", "Oslo", "38", "22", "", "4", "P2025-022", "Innglassing av balkong", "open", ""),
    ("K1010", "Jonas Pedersen", "jonas.pedersen@gmail.com", "+47 934 56 789", "Tollbugata 40", "3044", "Drammen",
     "3301", "Drammen", "113", "1056", "", "", "P2025-002", "Seksjonering og bruksendring", "open", ""),
    ("K1011", "Kristin Dahl", "kristin.dahl@hotmail.com", "+47 951 23 480", "Heggedalsveien 120", "1389", "Heggedal",
     "3203", "Asker", "98", "45", "", "", "P2025-025", "Ny enebolig", "open", ""),
    ("K1012", "Per Arne Strand", "perarne.strand@online.no", "64 87 12 90", "Jernbaneveien 12", "1400", "Ski",
     "3207", "Nordre Follo", "138", "299", "", "", "P2023-031", "Riving og nytt uthus", "closed", "2024-02-15"),
    ("K1013", "Silje Moen", "silje.moen@gmail.com", "412 34 567", "Nittedalsgata 3", "2000", "Lillestrøm",
     "3205", "Lillestrøm", "81", "1201", "", "", "P2025-030", "Fasadeendring og nye vinduer", "open", ""),
    ("K1014", "Bjørn Aasen", "bjorn.aasen@gmail.com", "+47 988 40 217", "Gamle Ringeriksvei 30", "1357", "Bekkestua",
     "3201", "Bærum", "16", "88", "", "", "P2024-040", "Støttemur og terrassering", "closed", "2025-10-01"),
    ("K1014", "Bjørn Aasen", "bjorn.aasen@gmail.com", "+47 988 40 217", "Gamle Ringeriksvei 30", "1357", "Bekkestua",
     "0301", "Oslo", "47", "130", "", "", "P2025-033", "Loftsutbygging", "open", ""),
    ("K1015", "Thea Andersen", "thea.andersen@online.no", "908 76 543", "Bondistranda 12", "1386", "Asker",
     "3203", "Asker", "10", "64", "", "", "P2026-001", "Tilbygg og garasje", "open", ""),
]

POST = "post@proess.no"
KARI = address("Kari Hansen", "kari.hansen@proess.no")
OLA = address("Ola Berg", "ola.berg@proess.no")
POST_ADDR = address("proESS AS", POST)

KARI_SIGNATURE = "\n\nMed vennlig hilsen\nKari Hansen\nArkitekt | proESS AS\nTlf. +47 916 22 408\n"
OLA_SIGNATURE = "\n\nMed vennlig hilsen\nOla Berg\nDaglig leder | proESS AS\nTlf. +47 917 40 551\n"
OLA_SIGNATURE_EN = "\n\nKind regards,\nOla Berg\nManaging director | proESS AS\nPhone +47 917 40 551\n"

# Invented identifiers with valid check digits: no real person's or company's.
INGRID_FNR = fodselsnummer(14, 3, 1985, 436)
INGRID_ACCOUNT = kontonummer("1503123456")
FJORDBYGG_ORGNR = organisasjonsnummer("92647381")


def person(customer_id: str) -> str:
    row = next(row for row in RECORDS if row[0] == customer_id)
    return address(row[1], row[2])


def when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=OSLO)


def message_id(tag: str, domain: str) -> str:
    digest = hashlib.sha1(tag.encode()).hexdigest()
    if domain == "mail.gmail.com":
        return f"<CA{digest[:30].upper()}@mail.gmail.com>"
    return f"<{digest[:8]}.{digest[8:20]}@{domain}>"


def body(lines: str) -> str:
    return dedent(lines).strip("\n") + "\n"


def quote(original: str) -> str:
    return "\n".join("> " + line if line else ">" for line in original.rstrip("\n").split("\n")) + "\n"


@dataclass(frozen=True)
class Sample:
    """One sample message; ``key`` ("m07") gives its number in the Maildir file name and the README."""

    key: str
    mail: Mail | None = None
    raw: bytes | None = None
    date: datetime | None = None
    seen_flags: str | None = None

    def render(self) -> bytes:
        return self.mail.render() if self.mail else self.raw

    @property
    def when(self) -> datetime:
        return self.mail.date if self.mail else self.date


# Message-IDs shaped the way each sender's mail system writes them.
ID = {key: message_id(key, domain) for key, domain in [
    ("m01", "mail.gmail.com"), ("m02", "proess.no"), ("m03", "mail.gmail.com"), ("m04", "proess.no"),
    ("m05", "mail.gmail.com"), ("m06", "baerum.kommune.no"), ("m07", "online.no"), ("m08", "proess.no"),
    ("m09", "eurprd.prod.outlook.com"), ("m10", "mail.gmail.com"), ("m11", "mail.gmail.com"),
    ("m12", "online.no"), ("m13", "proess.no"), ("m14", "eurprd.prod.outlook.com"), ("m15", "mail.gmail.com"),
    ("m16", "online.no"), ("m17", "mail.gmail.com"), ("m18", "drammen.kommune.no"),
    ("m19", "eurprd.prod.outlook.com"), ("m20", "proess.no"), ("m21", "eurprd.prod.outlook.com"),
    ("m22", "online.no"), ("m23", "mail.gmail.com"), ("m24", "mail.gmail.com"), ("m25", "online.no"),
    ("m26", "nordvegg-trelast.no"), ("m27", "nordicglazing-supplies.com"), ("m28", "mailer.byggnytt-nyheter.no"),
    ("m29", "send.draftwise-weekly.com"), ("m30", "proess.no"), ("m31", "mail.gmail.com"), ("m32", "online.no"),
    ("m33", "mail.gmail.com"), ("m34", "mail.gmail.com"), ("m35", "baerum.kommune.no"),
    ("m36", "proess.no"),
]}

M01_BODY = body("""
    Hei!

    Vi vurderer et tilbygg på ca. 25 m2 mot hagen og en ny terrasse på eiendommen vår
    i Skogveien 14, 1338 Sandvika (gnr. 12 bnr. 345 i Bærum).

    Kan dere hjelpe oss med tegninger og byggesøknad? Vi ønsker helst å starte til våren.
    Jeg treffes på 912 34 567 på dagtid.

    Hilsen
    Ingrid Solberg
""")

M02_BODY = body("""
    Hei Ingrid,

    Takk for henvendelsen! Dette hjelper vi gjerne med. Et tilbygg på 25 m2 er
    søknadspliktig, og terrassen må vurderes mot avstand til nabogrensen.

    Jeg har sett på kartet for 12/345 og foreslår en befaring tirsdag 10. september
    kl. 14.00. Passer det?
""") + KARI_SIGNATURE

M03_BODY = body("""
    Hei Kari,

    Tirsdag kl. 14 passer fint. Vi er gift, og huset står på oss begge, så min mann
    Per Solberg skal også stå som tiltakshaver i søknaden.

    Mvh Ingrid
""")

M04_BODY = body("""
    Hei igjen,

    Takk for en hyggelig befaring. Vedlagt er tilbudet for prosjekt P2024-017
    (tilbygg og ny terrasse, gnr. 12 bnr. 345). Gi beskjed om dere har spørsmål.
""") + KARI_SIGNATURE

OFFER_PDF = make_pdf([
    "proESS AS - Tilbud",
    "Org.nr. 914775493",
    "",
    "Tilbud nr. P2024-017",
    "Dato: 10.09.2024",
    "",
    "Kunde: Ingrid Solberg og Per Solberg",
    "Adresse: Skogveien 14, 1338 Sandvika",
    "Eiendom: gnr. 12 bnr. 345 i Bærum kommune (3201-12/345)",
    "",
    "Oppdrag: Tilbygg ca. 25 m2 og ny terrasse",
    "",
    "Prosjektering og tegninger ........... 38 000 kr",
    "Byggesøknad og nabovarsel ............ 12 500 kr",
    "Ansvarsrett SØK og PRO ................ 9 500 kr",
    "Sum eks. mva. ........................ 60 000 kr",
    "",
    "Tilbudet gjelder i 30 dager.",
    "Kontaktperson: Kari Hansen, tlf. +47 916 22 408",
], title="Tilbud P2024-017 Solberg")

M05_BODY = body(f"""
    Hei Kari,

    Tilbudet ser bra ut, og vi aksepterer det. Dere ba om fødselsnummer til
    kredittsjekk: {INGRID_FNR[:6]} {INGRID_FNR[6:]}. Eventuell tilbakebetaling av forskudd kan gå
    til kontonummer {INGRID_ACCOUNT}.

    Hilsen Ingrid
""")

M06_BODY = body("""
    Bærum kommune
    Byggesak og regulering

    Vår ref.: 24/18231
    Eiendom: 3201-12/345, Skogveien 14
    Tiltakshaver: Ingrid Solberg og Per Solberg
    Ansvarlig søker: proESS AS

    FORELØPIG SVAR

    Vi bekrefter mottak av søknad om tillatelse til tiltak for tilbygg og terrasse
    på gnr. 12, bnr. 345. Søknaden vil bli behandlet innen 12 uker, jf. plan- og
    bygningsloven § 21-7.

    Søknaden mangler situasjonsplan med målsatt avstand til nabogrense mot
    gnr. 12 bnr. 346. Vennligst ettersend dette.

    Med hilsen
    Trine Lie
    saksbehandler
""")

M07_BODY = body("""
    Hei,

    Garasjen med hybel i Løkkeåsveien 7 (41/112) er nå ferdig. Kan dere søke om
    ferdigattest for oss, eller må vi gjøre det selv?

    Mvh
    Magnus Haugen
    Telefon: 48123456
""")

M08_BODY = body("""
    Hei Magnus,

    Vi sender inn søknad om ferdigattest for gnr. 41 bnr. 112 i løpet av uken.
    Vi trenger bilder av fasadene og en bekreftelse fra rørleggeren. Send det
    gjerne hit.
""") + OLA_SIGNATURE

M09_BODY = body("""
    Hei!

    Jeg har to prosjekter jeg trenger hjelp med:

    1) Fasadeendring på eneboligen vår på Vollen, g.nr 57 b.nr 9 i Asker. Vi vil
       bytte til stående kledning og sette inn større vinduer mot sjøen.
    2) Bruksendring av kjelleren i Konnerudgata 33 i Drammen (gnr 114 bnr 207 fnr 3)
       til egen boenhet for utleie.

    Budsjettet er “stramt” – helst under 450 000 kr totalt – så vi tar gjerne
    prosjekt 1 først.

    Hilsen Eirik Bakke
    +47 926 11 834
""")

M10_BODY = body(f"""
    Hei Ola,

    Som avtalt sender vi romprogrammet for næringsbygget i Storgata 5
    (3205-81/455). Vi ønsker rammesøknad innsendt før sommeren.

    Mvh
    Vegard Lunde
    Prosjektleder, Fjordbygg AS
    Org.nr. {FJORDBYGG_ORGNR}
    Mobil +47 454 78 120
""")

ROOM_PROGRAM_DOCX = make_docx([
    "Romprogram - Næringsbygg Storgata 5, 2000 Lillestrøm",
    "Byggherre: Fjordbygg AS, org.nr. " + FJORDBYGG_ORGNR,
    "Eiendom: gnr. 81 bnr. 455 i Lillestrøm kommune",
    "1. etasje: butikklokaler 420 m2, varemottak 60 m2",
    "2. etasje: kontorer 380 m2, møterom 2 x 25 m2",
    "Kontaktperson: Vegard Lunde, tlf. +47 454 78 120",
])

M11_HTML = body("""
    <html><head><meta charset="utf-8"><title>Takk</title></head>
    <body style="font-family: Arial, sans-serif">
    <p>Hei Kari og Ola!</p>
    <p>Nå er takoppløftet i <b>Tåsenveien 48</b> ferdig, og vi er <i>veldig</i> fornøyde.
    Tusen takk for godt samarbeid på prosjekt P2024-030.</p>
    <p>Kan dere sende oss en kopi av ferdigattesten og de godkjente tegningene for
    gnr.&nbsp;75, bnr.&nbsp;163 i Oslo? Vi trenger dem til forsikringsselskapet.</p>
    <table border="1"><tr><td>Telefon</td><td>998 87 766</td></tr>
    <tr><td>E-post</td><td>nora.kristiansen@gmail.com</td></tr></table>
    <p>Vennlig hilsen<br>Nora Kristiansen</p>
    </body></html>
""")

M12_TEXT = body("""
    Hei,

    Vi skal pusse opp bad og kjeller i Kolsåsstien 3 (28/71/2 i Bærum). Min kone er
    rullestolbruker, så badet må ha universell utforming med trinnfri dusj og plass
    til snusirkel. Kan dere ta med det i tegningene?

    Mvh Lars Johansen
    +47 415 55 123
""")

M12_HTML = body("""
    <div dir="ltr"><p>Hei,</p>
    <p>Vi skal pusse opp bad og kjeller i Kolsåsstien 3 (28/71/2 i Bærum). Min kone er
    <b>rullestolbruker</b>, så badet må ha universell utforming med trinnfri dusj og plass
    til snusirkel. Kan dere ta med det i tegningene?</p>
    <p>Mvh Lars Johansen<br>+47 415 55 123</p></div>
""")

M13_BODY = body("""
    Hei Lars,

    Selvsagt. Vi tegner badet etter TEK17 § 12-9 med trinnfritt dusjareal og
    snusirkel på 1,5 m, og legger inn bredere dør til kjelleren. Vi sender et
    første utkast om to uker.
""") + KARI_SIGNATURE

M14_BODY = body("""
    Hei,

    Jeg ber om innsyn i hvilke personopplysninger dere har lagret om meg i
    forbindelse med tilbygget i Kolbotnveien 21 (gnr 79 bnr 310 i Nordre Follo),
    prosjekt P2024-008, og hvor lenge dere har tenkt å oppbevare dem.

    Vennlig hilsen
    Hanne Berntsen
    tlf 900 11 223
""")

M15_BODY = body("""
    Hei Ola,

    Carporten (P2024-026) ble veldig fin, takk! Nå vil vi gå videre med et
    tilbygg med ett ekstra soverom på samme tomt, gnr 85/bnr 12 i Lillestrøm.
    Kan dere sette opp et tilbud? Prosjektet heter vel P2025-019 hos dere?

    Mvh Anders
    473 22 914
""")

M16_BODY = body("""
    Hei,

    Styret i sameiet har godkjent innglassing av balkongen min i Holmenkollveien 90
    (gnr. 38, bnr. 22, snr. 4 i Oslo). Vedtaket fra styremøtet kan jeg ettersende.
    Hva trenger dere mer fra meg for å sende søknaden?

    Hilsen Marte Olsen
""")

M17_BODY = body("""
    Hei,

    Her er et bilde av kjelleren i Tollbugata 40 (113/1056 i Drammen) før vi
    begynner. Ring meg gjerne på 934 56 789 hvis dere trenger flere.

    Jonas
""")

M18_BODY = body("""
    Drammen kommune
    Byplan - Byggesak

    Vedtak i byggesak 25/4417

    Tiltak: Seksjonering og bruksendring fra næring til bolig
    Eiendom: gnr 113 bnr 1056, Tollbugata 40
    Tiltakshaver: Jonas Pedersen
    Søker: proESS AS

    Søknaden er godkjent med vilkår, jf. plan- og bygningsloven § 20-1.
    Vedtaket kan påklages innen tre uker fra det er mottatt.

    Med hilsen
    Drammen kommune
""")

M19_BODY = body("""
    Hello,

    My husband and I have bought a plot at Heggedalsveien 120 in Asker
    (property 98/45) and would like to build a new detached house there.
    We are married and will own the property jointly.

    We live in London until the summer, so e-mail works best. You can also reach
    me on +44 7700 900123 or my Norwegian mobile +47 951 23 480.

    Best regards,
    Kristin Dahl
""")

M20_BODY = body("""
    Dear Kristin,

    Thank you for reaching out. We would be glad to design your new house at
    gnr. 98 bnr. 45 in Asker. Could you send us the zoning plan reference and
    a rough sketch of what you have in mind? We can meet on Teams next week.
""") + OLA_SIGNATURE_EN

M21_BODY = body("""
    Hi Ola,

    Great, thank you! The plan reference is 0220-2014-017 as far as I know.
    Wednesday at 10:00 Norwegian time works for both of us.

    Kristin
""")

M22_BODY = body("""
    Hei,

    Jeg trenger en kopi av tegningene for uthuset i Jernbaneveien 12 i Ski
    (gnr. 138 bnr. 299). Banken vil se dem før vi får refinansiert lånet. Håper
    det går greit å sende dem på e-post.

    Hilsen
    Per Arne Strand
    Tlf 64 87 12 90
""")

M23_BODY = body("""
    Hei!

    Vi har fått tilbud på nye vinduer til huset i Nittedalsgata 3 (81/1201 i Lillestrøm).
    Leverandøren sier at fasadeendringen må søkes – stemmer det? Vi ønsker “sprosser”
    i vinduene mot gaten, og pris ca. 180 000 kr.

    Hilsen Silje Moen
    412 34 567
""")

M24_BODY = body("""
    Hei Kari,

    Støttemuren i Gamle Ringeriksvei 30 (16/88 i Bærum) er ferdig, og det ble fint.
    Nå vil vi gjerne starte med loftet i leiligheten vår i Sognsveien 75, Oslo
    kommune, gnr 47 bnr 130. Har dere kapasitet i vinter?

    Mvh Bjørn Aasen
    +47 988 40 217
""")

M25_BODY = body("""
    Hei,

    Vi ønsker å bygge et tilbygg og en dobbelgarasje på eiendommen vår i
    Bondistranda 12, 1386 Asker (3203-10/64). Kan dere komme på befaring?

    Mvh Thea Andersen, tlf. 908 76 543
""")

M26_BODY = body("""
    Hei,

    Takk for bestillingen. Vedlagt følger ordrebekreftelse 558812.
    Levering avtales med byggeplassen på forhånd.

    Med vennlig hilsen
    Nordvegg Trelast AS, ordrekontoret
""")

ORDER_TXT = body("""
    ORDREBEKREFTELSE 558812
    Kunde: proESS AS v/ Ola Berg
    Leveringsadresse: Storgata 5, 2000 Lillestrøm
    Kontakt på byggeplass: Vegard Lunde, +47 454 78 120

    Varelinjer:
      120 stk  Konstruksjonsvirke 48x198 C24, 4,8 m
       40 stk  Gipsplate 12,5 mm 120x240
        2 pall Mineralull 200 mm
    Leveringsuke: 19
""")

M27_TEXT = body("""
    Dear Mr Berg,

    Thank you for your enquiry about frameless balcony glazing for the apartment
    at Holmenkollveien 90. Our quotation NGS-2025-0611 for a 4.2 m
    three-sided system is EUR 6,450 excluding VAT, delivery in 6-8 weeks.

    Kind regards,
    Emma Clarke
    Nordic Glazing Supplies
""")

M27_HTML = body("""
    <p>Dear Mr Berg,</p>
    <p>Thank you for your enquiry about frameless balcony glazing for the apartment
    at Holmenkollveien 90. Our quotation <b>NGS-2025-0611</b> for a 4.2&nbsp;m
    three-sided system is <b>EUR 6,450</b> excluding VAT, delivery in 6&ndash;8 weeks.</p>
    <p>Kind regards,<br>Emma Clarke<br>Nordic Glazing Supplies</p>
""")

M28_TEXT = body("""
    BYGGNYTT - nyhetsbrev mars 2025

    * Endringer i byggteknisk forskrift: nye krav til ombruk av byggevarer
    * Slik unngår du mangelbrev i byggesaken
    * Kurs: ansvarsrett for små foretak, 8. april

    Du mottar dette fordi du abonnerer på Byggnytt. Meld deg av her:
    https://byggnytt-nyheter.no/avmeld?u=proess
""")

M28_HTML = body("""
    <html><body>
    <h1>Byggnytt &ndash; nyhetsbrev mars 2025</h1>
    <ul>
    <li>Endringer i byggteknisk forskrift: nye krav til ombruk av byggevarer</li>
    <li>Slik unngår du mangelbrev i byggesaken</li>
    <li>Kurs: ansvarsrett for små foretak, 8. april</li>
    </ul>
    <p style="font-size:10px">Du mottar dette fordi du abonnerer på Byggnytt.
    <a href="https://byggnytt-nyheter.no/avmeld?u=proess">Meld deg av</a></p>
    </body></html>
""")

M29_TEXT = body("""
    DRAFTWISE WEEKLY - Issue 212

    - Five layer-naming conventions that save hours
    - Webinar: automating door schedules, October 16
    - Release notes: Draftwise 9.3 adds IFC 4.3 export

    Unsubscribe: https://draftwise-weekly.com/u/kh
""")

M29_HTML = body("""
    <html><body>
    <h2>DRAFTWISE WEEKLY &middot; Issue 212</h2>
    <p>Five layer-naming conventions that save hours</p>
    <p>Webinar: automating door schedules, <b>October 16</b></p>
    <p>Release notes: Draftwise 9.3 adds IFC 4.3 export</p>
    <p><a href="https://draftwise-weekly.com/u/kh">Unsubscribe</a></p>
    </body></html>
""")

M30_BODY = body("""
    Hei Ola,

    Eirik Bakke har to saker: fasaden på 3203-57/9 og bruksendringen på
    3301-114/207/3. Jeg tar Asker-saken, kan du ta Drammen? Han vil helst
    ha fasaden først.

    Kari
""")

M31_BODY = body("""
    Hei,

    Hva koster det omtrent å få hjelp til søknad om bruksendring fra bod til
    soverom? Huset ligger i Lillestrøm, gnr 87 bnr 40. Ring gjerne 413 90 227.

    Kjell Vik
""")

M32_BODY = body("""
    Takk for e-posten din. Jeg er på ferie til 4. august og leser ikke e-post.
    Haster det, ring 933 12 870.

    Marte Olsen
""")

M33_BODY = body("""
    Hei Ola,

    Én av kjøperne i rekkehusene i Fjellveien 20 (gnr. 72 bnr. 5 i Lillestrøm)
    melder om fukt i kjelleren. Prosjektet P2023-044 er avsluttet, men kan dere se
    på tegningene for drenering og radonsperre?

    Mvh
    Vegard Lunde, Fjordbygg AS
""")

M35_BODY = body("""
    Bærum kommune
    Byggesak og regulering

    FERDIGATTEST

    Vår ref.: 23/40977
    Eiendom: g.nr 41 b.nr 112 i Bærum, Løkkeåsveien 7
    Tiltak: Garasje med hybel

    Det bekreftes at tiltaket er ferdigstilt i samsvar med tillatelsen.

    Med hilsen
    Bærum kommune
""")

M36_BODY = body("""
    Hei Bjørn,

    Ja, vi har kapasitet fra januar. For loftet i Sognsveien trenger vi
    samtykke fra styret i borettslaget og tegninger av dagens planløsning.
""") + KARI_SIGNATURE

# A customer's scanned document whose MIME is broken three ways: the boundary in
# the header does not match the one used in the body, the base64 holds
# characters outside the alphabet, and the message is cut off mid-part.
MALFORMED = (
    "From: Jonas Pedersen <jonas.pedersen@gmail.com>\n"
    "To: post@proess.no\n"
    "Subject: Skannet kontrakt\n"
    "Date: Mon, 03 Mar 2025 21:47:10 +0100\n"
    f"Message-ID: {ID['m34']}\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="----=_Part_77_1201"\n'
    "\n"
    "------=_Part_78_1201\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "Her er den signerte kontrakten for Tollbugata 40.\n"
    "\n"
    "------=_Part_78_1201\n"
    'Content-Type: application/pdf; name="kontrakt.pdf"\n'
    "Content-Transfer-Encoding: base64\n"
    'Content-Disposition: attachment; filename="kontrakt.pdf"\n'
    "\n"
    "JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K\n"
    "ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFsz!!IDAgUl0gL0NvdW50IDEg\n"
    "Pj4KZW5kb2JqCjMgMCBv@@YmoKPDwgL1R5cGUgL1Bh"
).encode("ascii")


def samples() -> list[Sample]:
    ingrid, ingrid_addr = person("K1001"), "ingrid.solberg@gmail.com"
    kari_addr, ola_addr = "kari.hansen@proess.no", "ola.berg@proess.no"
    chain = [ID["m01"], ID["m02"], ID["m03"], ID["m04"]]
    re_tilbygg = "Re: Tilbygg og ny terrasse – Skogveien 14"
    return [
        Sample("m01", Mail(ingrid, [POST_ADDR], "Tilbygg og ny terrasse – Skogveien 14", when("2024-09-02 09:14"),
                           ID["m01"], text(M01_BODY))),
        Sample("m02", Mail(KARI, [ingrid], re_tilbygg, when("2024-09-03 11:02"), ID["m02"],
                           text(M02_BODY + "\n" + quote(M01_BODY)), cc=[POST],
                           in_reply_to=chain[0], references=chain[:1])),
        Sample("m03", Mail(ingrid, [KARI], re_tilbygg, when("2024-09-04 20:31"), ID["m03"],
                           text(M03_BODY + "\n" + quote(M02_BODY)), in_reply_to=chain[1], references=chain[:2])),
        Sample("m04", Mail(KARI, [ingrid], "Tilbud P2024-017 – tilbygg og terrasse", when("2024-09-10 15:40"),
                           ID["m04"],
                           Multipart("mixed", [text(M04_BODY),
                                               attachment("Tilbud P2024-017 Solberg.pdf", "application/pdf",
                                                          OFFER_PDF)]),
                           in_reply_to=chain[2], references=chain[:3])),
        Sample("m05", Mail(ingrid, [KARI], "Re: Tilbud P2024-017 – tilbygg og terrasse", when("2024-09-12 07:55"),
                           ID["m05"], text(M05_BODY + "\n" + quote(M04_BODY)),
                           in_reply_to=chain[3], references=chain)),
        Sample("m06", Mail(address("Bærum kommune", "postmottak@baerum.kommune.no", "iso-8859-1"), [POST_ADDR],
                           "Byggesak 24/18231 - 3201-12/345 - Skogveien 14 - foreløpig svar",
                           when("2024-11-05 10:20"), ID["m06"],
                           text(M06_BODY, charset="iso-8859-1", transfer_encoding="8bit"),
                           subject_charset="iso-8859-1")),
        Sample("m07", Mail(person("K1002"), [POST], "Spørsmål om ferdigattest for garasjen",
                           when("2025-03-20 18:03"), ID["m07"],
                           text(M07_BODY, charset="iso-8859-1"), subject_charset="iso-8859-1")),
        Sample("m08", Mail(OLA, [person("K1002")], "Re: Spørsmål om ferdigattest for garasjen",
                           when("2025-03-21 08:47"), ID["m08"], text(M08_BODY + "\n" + quote(M07_BODY)),
                           cc=[POST], in_reply_to=ID["m07"], references=[ID["m07"]])),
        Sample("m09", Mail(person("K1003"), [POST], "Fasadeendring og bruksendring – to eiendommer",
                           when("2025-02-11 21:12"), ID["m09"],
                           text(M09_BODY, charset="windows-1252"), subject_charset="windows-1252")),
        Sample("m10", Mail(address("Fjordbygg AS v/ Vegard Lunde", "fjordbygg.as@gmail.com"), [OLA],
                           "Rammesøknad næringsbygg Storgata 5 (3205-81/455)", when("2025-04-02 13:30"), ID["m10"],
                           Multipart("mixed", [text(M10_BODY),
                                               attachment("Romprogram næringsbygg Storgata 5.docx", DOCX_TYPE,
                                                          ROOM_PROGRAM_DOCX)]))),
        Sample("m11", Mail(person("K1005"), [KARI, OLA], "Takk for samarbeidet – takoppløft Tåsenveien 48",
                           when("2025-07-04 12:18"), ID["m11"], text(M11_HTML, subtype="html"))),
        Sample("m12", Mail(person("K1006"), [POST], "Bad og kjeller – tilpasning for rullestol",
                           when("2025-05-19 19:40"), ID["m12"],
                           Multipart("alternative", [text(M12_TEXT), text(M12_HTML, subtype="html")]))),
        Sample("m13", Mail(KARI, [person("K1006")], "Re: Bad og kjeller – tilpasning for rullestol",
                           when("2025-05-20 09:05"), ID["m13"], text(M13_BODY + "\n" + quote(M12_TEXT)),
                           in_reply_to=ID["m12"], references=[ID["m12"]])),
        Sample("m14", Mail(person("K1007"), [POST], "Innsyn i personopplysninger", when("2025-10-13 16:25"),
                           ID["m14"], text(M14_BODY))),
        Sample("m15", Mail(person("K1008"), [OLA], "Carport ferdig – neste prosjekt: tilbygg soverom",
                           when("2025-01-08 20:02"), ID["m15"], text(M15_BODY, transfer_encoding="8bit"))),
        Sample("m16", Mail(person("K1009"), [POST], "Innglassing av balkong, seksjon 4", when("2025-06-02 07:31"),
                           ID["m16"], text(M16_BODY))),
        Sample("m17", Mail(person("K1010"), [POST], "Bilder av kjelleren", when("2025-01-27 17:45"), ID["m17"],
                           Multipart("mixed", [text(M17_BODY),
                                               attachment("kjeller.png", "image/png", make_png(64, 48, (122, 110, 96)))
                                               ]))),
        Sample("m18", Mail(address("Drammen kommune", "postmottak@drammen.kommune.no"), [POST_ADDR],
                           "Vedtak i byggesak 25/4417 – bruksendring – gnr 113 bnr 1056", when("2025-04-15 14:02"),
                           ID["m18"], text(M18_BODY, transfer_encoding="base64"))),
        Sample("m19", Mail(person("K1011"), [POST], "New house at Heggedalsveien 120 – property 98/45",
                           when("2025-08-11 22:10"), ID["m19"], text(M19_BODY, charset="us-ascii",
                                                                     transfer_encoding="7bit"))),
        Sample("m20", Mail(OLA, [person("K1011")], "Re: New house at Heggedalsveien 120 – property 98/45",
                           when("2025-08-12 08:30"), ID["m20"], text(M20_BODY + "\n" + quote(M19_BODY)),
                           in_reply_to=ID["m19"], references=[ID["m19"]])),
        Sample("m21", Mail(person("K1011"), [OLA], "Re: New house at Heggedalsveien 120 – property 98/45",
                           when("2025-08-14 19:05"), ID["m21"], text(M21_BODY + "\n" + quote(M20_BODY)),
                           in_reply_to=ID["m20"], references=[ID["m19"], ID["m20"]])),
        Sample("m22", Mail(address("Per Arne Strand", "perarne.strand@online.no"), [POST],
                           "Kopi av tegninger – uthus Jernbaneveien 12", when("2025-11-03 10:44"), ID["m22"],
                           text(M22_BODY, charset="iso-8859-1", transfer_encoding="8bit"))),
        Sample("m23", Mail(person("K1013"), [POST], "Nye vinduer og fasadeendring – Nittedalsgata 3",
                           when("2026-01-15 18:20"), ID["m23"],
                           text(M23_BODY, charset="windows-1252", transfer_encoding="8bit"),
                           subject_charset="windows-1252")),
        Sample("m24", Mail(address("Bjørn Aasen", "bjorn.aasen@gmail.com", encoding="b"), [KARI],
                           "Støttemur ferdig, og loftet i Sognsveien", when("2025-09-22 21:37"), ID["m24"],
                           text(M24_BODY), subject_encoding="b")),
        Sample("m25", Mail(person("K1015"), [POST], "Tilbygg og garasje – Bondistranda 12, Asker",
                           when("2026-02-02 12:05"), ID["m25"], text(M25_BODY))),
        Sample("m26", Mail(address("Nordvegg Trelast AS", "ordre@nordvegg-trelast.no"), [OLA],
                           "Ordrebekreftelse 558812 – levering Storgata 5", when("2025-04-24 07:12"), ID["m26"],
                           Multipart("mixed", [text(M26_BODY),
                                               Part("text/plain", ORDER_TXT.encode("utf-8"), charset="utf-8",
                                                    filename="ordre-558812.txt")]))),
        Sample("m27", Mail(address("Emma Clarke", "sales@nordicglazing-supplies.com"), [OLA],
                           "Quotation NGS-2025-0611 – balcony glazing, Holmenkollveien 90", when("2025-06-10 11:26"),
                           ID["m27"],
                           Multipart("alternative", [text(M27_TEXT), text(M27_HTML, subtype="html")]))),
        Sample("m28", Mail(address("Byggnytt", "nyhetsbrev@byggnytt-nyheter.no"), [POST],
                           "Byggnytt mars: nye krav til ombruk", when("2025-03-03 06:00"), ID["m28"],
                           Multipart("alternative", [text(M28_TEXT), text(M28_HTML, subtype="html")]),
                           headers=[("List-Unsubscribe", "<https://byggnytt-nyheter.no/avmeld?u=proess>"),
                                    ("Precedence", "bulk")]), seen_flags="S"),
        Sample("m29", Mail(address("Draftwise Weekly", "news@draftwise-weekly.com"), [KARI],
                           "Draftwise Weekly #212: layer naming, door schedules", when("2025-10-06 15:00"), ID["m29"],
                           Multipart("alternative", [text(M29_TEXT, charset="us-ascii", transfer_encoding="7bit"),
                                                     text(M29_HTML, subtype="html")]),
                           headers=[("List-Unsubscribe", "<https://draftwise-weekly.com/u/kh>"),
                                    ("List-Id", "Draftwise Weekly <weekly.draftwise-weekly.com>"),
                                    ("Precedence", "bulk")]), seen_flags="S"),
        Sample("m30", Mail(KARI, [OLA], "Eirik Bakke – Asker og Drammen", when("2025-02-12 08:15"), ID["m30"],
                           text(M30_BODY))),
        Sample("m31", Mail(address("Kjell Vik", "kjell.vik83@gmail.com"), [POST], "Pris på søknad om bruksendring?",
                           when("2025-12-01 21:58"), ID["m31"], text(M31_BODY), subject_encoding="b")),
        Sample("m32", Mail(person("K1009"), [KARI], "Automatisk svar: Innglassing av balkong, seksjon 4",
                           when("2025-07-15 09:12"), ID["m32"], text(M32_BODY),
                           in_reply_to=message_id("kari-to-marte", "proess.no"),
                           headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])),
        Sample("m33", Mail(address("Fjordbygg AS v/ Vegard Lunde", "fjordbygg.as@gmail.com"), [OLA],
                           "Fukt i kjeller – rekkehus Fjellveien 20", when("2025-01-20 09:50"), ID["m33"],
                           text(M33_BODY))),
        Sample("m34", raw=MALFORMED, date=when("2025-03-03 21:47")),
        Sample("m35", Mail(address("Bærum kommune", "postmottak@baerum.kommune.no"), [POST_ADDR],
                           "Ferdigattest: g.nr 41 b.nr 112, Løkkeåsveien 7", when("2025-03-27 13:15"), ID["m35"],
                           text(M35_BODY, charset="windows-1252"), subject_charset="iso-8859-1")),
        Sample("m36", Mail(KARI, [person("K1014")], "Re: Støttemur ferdig, og loftet i Sognsveien",
                           when("2025-09-23 08:02"), ID["m36"], text(M36_BODY + "\n" + quote(M24_BODY)),
                           in_reply_to=ID["m24"], references=[ID["m24"]])),
    ]


def records_csv() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(RECORD_FIELDS)
    writer.writerows(RECORDS)
    return buffer.getvalue().encode("utf-8")


def write_examples(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    (out / "records.csv").write_bytes(records_csv())
    maildir = out / "maildir"
    for sub in ("cur", "new"):
        for stale in (maildir / sub).glob("[!.]*"):
            stale.unlink()
    count = write_maildir(maildir, (
        (maildir_name(sample.when, int(sample.key[1:]), "sample", sample.seen_flags), sample.render())
        for sample in samples()
    ))
    # git keeps no empty folder; tmp/ is never listed by Maildir readers, so a placeholder is harmless there.
    (maildir / "tmp" / ".gitkeep").touch()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "examples")
    args = parser.parse_args()
    count = write_examples(args.out)
    print(f"wrote {len(RECORDS)} record rows and {count} messages to {args.out}")


if __name__ == "__main__":
    main()
