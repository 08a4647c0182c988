"""A customer's request inside a staff member's internal forward is read for the customer (issue 12): the forwarded
original's own text, with the ordinary reading, in the header formats mail programs write. Replies, staff notes and
forwards of the firm's own, a kommune's or automatic mail stay silent."""

from __future__ import annotations

from datetime import date

import pytest

from rules.subject_requests import Sender, find_requests, forwarded_original, written_date

STAFF = Sender(own_staff=True, own_domains=("proess.no",))


def _read(subject: str, body: str) -> dict[str, tuple[str | None, date | None]]:
    return {f.kind: (f.original_sender, f.original_sent_on) for f in find_requests(subject, body, STAFF)}


FORWARDS = [
    # Outlook, Norwegian, the old separator
    ("VS: Fasadetegninger", "Se under, Trine. Kan du ta denne?\n\nOle\n\n-----Opprinnelig melding-----\n"
     "Fra: Rune Tveit <rune.tveit@hotmail.com>\nSendt: tirsdag 11. mars 2025 07:52\nTil: post@proess.no\n"
     "Emne: Fasadetegninger\n\nHei\n\nJeg vil gjerne få en oversikt over hvilke personopplysninger dere har lagret "
     "om meg.\n\nRune", {"access"}, "rune.tveit@hotmail.com", date(2025, 3, 11)),
    # Outlook, Norwegian, the newer line and a mailto address
    ("VS: Hytta", "Til info.\n\n________________________________\nFra: Åse Nygård [mailto:ase.nygard@online.no]\n"
     "Sendt: fredag 4. april 2025 21:14\nTil: Ole Brekke <ole.brekke@proess.no>\nEmne: Hytta\n\nHei Ole,\n"
     "vi bygger likevel ikke. Jeg ønsker at dere sletter alle opplysninger dere har om meg.\nÅse",
     {"erasure"}, "ase.nygard@online.no", date(2025, 4, 4)),
    # Outlook, English
    ("FW: Garage drawings", "Kari – can you handle this one?\n\nFrom: Tom Harris <Tom.Harris@gmail.com>\n"
     "Sent: Friday, April 4, 2025 9:14 PM\nTo: Ole Brekke <ole.brekke@proess.no>\nSubject: Garage drawings\n\n"
     "Hi Ole,\nWe've decided not to go ahead. Please delete all the personal data you hold about me.\nTom",
     {"erasure"}, "tom.harris@gmail.com", date(2025, 4, 4)),
    # Gmail, English
    ("Fwd: My data", "FYI\n\n---------- Forwarded message ---------\nFrom: Tom Harris <tom.harris@gmail.com>\n"
     "Date: Fri, Apr 4, 2025 at 9:14 PM\nSubject: My data\nTo: <kari@proess.no>\n\n"
     "Hi Kari, could you send me a copy of the personal data you have about me?\nThanks, Tom",
     {"access"}, "tom.harris@gmail.com", date(2025, 4, 4)),
    # Gmail, Norwegian, the subject's prefix taken away by the staff member: the marker line says forward
    ("Til deg, Trine", "Hei Trine, denne er vel din.\n\n---------- Videresendt melding ---------\n"
     "Fra: Synnøve Lie <synnove.lie@live.no>\nDate: fre. 4. apr. 2025 kl. 21:14\nSubject: Tilbud\n"
     "To: <ole.brekke@proess.no>\n\nHei Ole,\nSiden det ikke blir noe oppdrag, vil jeg helst ikke at dere sitter på "
     "navnet mitt og telefonen min. Kan dere fjerne det fra systemene deres?\nHilsen Synnøve",
     {"erasure"}, "synnove.lie@live.no", date(2025, 4, 4)),
    # Apple Mail, English, quoted
    ("Fwd: Loft conversion", "Who takes this?\n\nBegin forwarded message:\n\n> From: Anna Berg <anna.berg@icloud.com>\n"
     "> Subject: Loft conversion\n> Date: 4 April 2025 at 21:14:00 CEST\n> To: ole.brekke@proess.no\n> \n"
     "> Hi,\n> I'd like to know what personal information your company holds about me.\n> Anna",
     {"access"}, "anna.berg@icloud.com", date(2025, 4, 4)),
    # Apple Mail, Norwegian, quoted
    ("VS: Garasjen", "Se under.\n\nStart på videresendt melding:\n\n> Fra: Per Lund <per.lund@gmail.com>\n"
     "> Emne: Garasjen\n> Dato: 4. april 2025 kl. 21:14:00 CEST\n> Til: Ole Brekke <ole.brekke@proess.no>\n>\n"
     "> Hei,\n> jeg trekker tilbake samtykket mitt til at dere bruker bildene av huset mitt i markedsføringen.\n> Per",
     {"consent_withdrawal"}, "per.lund@gmail.com", date(2025, 4, 4)),
    # a reply's intro line over a forward, wrapped as Gmail wraps it
    ("VS: Tilbud tilbygg", "Hei Trine, se under.\n/Ole\n\nDen fre. 4. apr. 2025 kl. 21:14 skrev Synnøve Lie <\n"
     "synnove.lie@live.no>:\n> Hei Ole,\n> jeg ber om innsyn i alle personopplysninger dere har om meg.\n> Synnøve",
     {"access"}, "synnove.lie@live.no", date(2025, 4, 4)),
    # no date to read in the header: the finding says so (the register then takes the forward's own day)
    ("VS: Innsyn", "Se under.\n\n-----Opprinnelig melding-----\nFra: Rune Tveit <rune.tveit@hotmail.com>\n"
     "Til: post@proess.no\nEmne: Innsyn\n\nJeg ber om innsyn i opplysningene dere har om meg.",
     {"access"}, "rune.tveit@hotmail.com", None),
]


@pytest.mark.parametrize(("subject", "body", "kinds", "writer", "sent_on"), FORWARDS,
                         ids=[f"{subject}-{sorted(kinds)[0]}" for subject, _, kinds, _, _ in FORWARDS])
def test_a_customers_request_in_a_staff_forward_is_read_for_the_customer(subject, body, kinds, writer, sent_on):
    assert _read(subject, body) == {kind: (writer, sent_on) for kind in kinds}


def test_only_the_forwarded_writers_own_words_are_read():
    """The staff member's lines above and the firm's newsletter quoted under the customer's reply are not hers."""
    body = ("Skal vi slette alle opplysningene hennes med en gang? Eller be om innsyn i CRM først?\n\n"
            "---------- Forwarded message ---------\nFrom: Mona Dahl <mona.dahl@gmail.com>\nDate: Mon, 3 Mar 2025\n"
            "Subject: Re: Nyhetsbrev mars\nTo: <post@proess.no>\n\n"
            "Stopp nyhetsbrevet, takk. Og slett e-postadressen min fra listene deres.\n\n"
            "Den 2. mars 2025 skrev proESS <post@proess.no>:\n"
            "> Du har rett til innsyn i personopplysningene vi har om deg, og til å be oss slette dem.")
    assert set(_read("VS: Re: Nyhetsbrev mars", body)) == {"erasure", "objection"}
    quiet = body.replace("Stopp nyhetsbrevet, takk. Og slett e-postadressen min fra listene deres.",
                         "Takk for et fint nyhetsbrev!")
    assert _read("VS: Re: Nyhetsbrev mars", quiet) == {}


ASKING = "Hei,\njeg ber om innsyn i alle personopplysninger dere har om meg.\nHilsen Rune"


def _outlook(writer: str, subject: str = "Innsyn", text: str = ASKING) -> str:
    return (f"Se under.\n\nOle\n\n-----Opprinnelig melding-----\nFra: {writer}\nSendt: tirsdag 11. mars 2025 07:52\n"
            f"Til: post@proess.no\nEmne: {subject}\n\n{text}")


SILENT = [
    # a staff member's reply quotes the customer back to them
    ("SV: Innsyn", _outlook("Rune Tveit <rune.tveit@hotmail.com>")),
    ("Re: Innsyn", "Hei Rune, vi har mottatt kravet ditt.\n\nDen 11. mars 2025 kl. 07:52 skrev Rune Tveit "
                   "<rune.tveit@hotmail.com>:\n> Jeg ber om innsyn i alle personopplysninger dere har om meg."),
    # a reply to a forward
    ("SV: VS: Innsyn", _outlook("Rune Tveit <rune.tveit@hotmail.com>")),
    # the header block without a forward's prefix or marker: Outlook writes it for a reply as well
    ("Innsyn", _outlook("Rune Tveit <rune.tveit@hotmail.com>")),
    # a forward of the firm's own mail, even when it quotes the customer further down
    ("VS: Innsyn", _outlook("Kari Hansen <kari.hansen@proess.no>", "SV: Innsyn",
                            "Hei Rune, vi ser på det.\n\n> Jeg ber om innsyn i alle personopplysninger dere har om meg.")),
    # a forward of a kommune's or of automatic mail
    ("VS: Innsyn", _outlook("Bærum kommune <postmottak@baerum.kommune.no>")),
    ("VS: Innsyn", _outlook("Skjemaservice <no-reply@skjema.example.no>")),
    # the forwarded writer named without an address: the request belongs to no one the register can find
    ("VS: Innsyn", _outlook("Rune Tveit")),
    # the staff member's own note, and "Fra:" in running text
    ("Notat: Rune Tveit", "Rune ringte. Han ber om innsyn i alle personopplysninger vi har om ham, og vil at vi "
                          "sletter telefonnummeret hans.\nFra: Ole, tirsdag"),
    ("VS: Tveit", "Jeg ber om innsyn i alle personopplysninger dere har om meg – skriver han.\nFra: Rune, i går"),
    # the forwarded mail asks for nothing; the staff member's question above it is not read
    ("VS: Oppsigelse", "Skal vi slette hele kundekortet hennes i CRM med en gang?\n\n"
                       "---------- Videresendt melding ----------\nFra: Hanne Eriksrud <hanne.eriksrud@yahoo.no>\n"
                       "Dato: man. 17. feb. 2025 kl. 09:03\nEmne: Oppsigelse\nTil: post@proess.no\n\n"
                       "Jeg sier med dette opp avtalen. Send sluttfaktura for utført arbeid."),
]


@pytest.mark.parametrize(("subject", "body"), SILENT)
def test_replies_notes_and_forwards_of_other_mail_stay_silent(subject, body):
    assert find_requests(subject, body, STAFF) == ()


def test_the_silences_are_for_the_sender_not_the_text():
    """The kommune's, the automatic sender's and the colleague's forwards above are silent because of who wrote the
    original: the same text from a customer's address is read."""
    assert set(_read("VS: Innsyn", _outlook("Rune Tveit <rune.tveit@hotmail.com>"))) == {"access"}
    assert set(_read("VS: Innsyn", _outlook("Rune Tveit <rune.tveit@hotmail.com>", "SV: Innsyn", ASKING))) == {"access"}


def test_without_the_firms_domains_a_staff_members_mail_is_not_read():
    body = _outlook("Rune Tveit <rune.tveit@hotmail.com>")
    assert find_requests("VS: Innsyn", body, Sender(own_staff=True)) == ()
    assert find_requests("VS: Innsyn", body, Sender(own_staff=True, automatic=True, own_domains=("proess.no",))) == ()


def test_a_customers_own_mail_is_read_as_before():
    [finding] = find_requests("Innsyn", ASKING, Sender(own_domains=("proess.no",)))
    assert (finding.kind, finding.original_sender, finding.original_sent_on) == ("access", None, None)


def test_the_forwarded_original_is_the_first_header_block_not_deeper_ones():
    body = ("FYI\n\n---------- Forwarded message ---------\nFrom: Mona Dahl <mona.dahl@gmail.com>\n"
            "Date: Mon, 3 Mar 2025 10:00\nSubject: Re: Tilbud\nTo: post@proess.no\n\nTakk, vi tenker på det.\n\n"
            "From: Ole Brekke <ole.brekke@proess.no>\nSent: 1 March 2025 09:00\nSubject: Tilbud\n\nHer er tilbudet.")
    original = forwarded_original("Fwd: Re: Tilbud", body)
    assert (original.sender, original.sent_on, original.subject) == ("mona.dahl@gmail.com", date(2025, 3, 3), "Re: Tilbud")
    assert original.text.strip().startswith("Takk, vi tenker på det.") and "Her er tilbudet" in original.text


@pytest.mark.parametrize(("written", "day"), [
    ("4. april 2025 kl. 21:14", date(2025, 4, 4)),
    ("fre. 4. apr. 2025 kl. 21:14", date(2025, 4, 4)),
    ("tirsdag 11. mars 2025 07:52", date(2025, 3, 11)),
    ("Friday, April 4, 2025 9:14 PM", date(2025, 4, 4)),
    ("Fri, 04 Apr 2025 21:14:00 +0200", date(2025, 4, 4)),
    ("4 April 2025 at 21:14:00 CEST", date(2025, 4, 4)),
    ("Dec 1st, 2024", date(2024, 12, 1)),
    ("2025-04-04 21:14", date(2025, 4, 4)),
    ("04.04.2025 21:14", date(2025, 4, 4)),
    ("25/12/2024 10:00", date(2024, 12, 25)),
    ("12/25/2024 10:00", date(2024, 12, 25)),
    ("04/05/2025", None),  # the fourth of May or the fifth of April
    ("fredag 4. april kl. 21:14", None),  # no year
    ("31. februar 2025", None),
    ("", None),
])
def test_the_day_a_forwarded_header_gives(written, day):
    assert written_date(written) == day
