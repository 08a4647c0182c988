"""The letters a person receives (issue 12): the access letter, the erasure answer and the extension letter
are natural bokmål with a greeting and the configured signature, Norwegian dates, bokføringsloven (never
regnskapsloven), the right to complain to Datatilsynet and to go to court, data portability where it
applies, counts that agree in number, and no internal code. Read from the files the commands write, on
SQLite and PostgreSQL; the pure wording rules are checked without a database."""

from __future__ import annotations

import enum
import re
from datetime import date

import pytest

import rules.vocabulary as vocabulary
from rules.access import AccessFacts, Controller, access_document
from rules.labels import LABEL_CODES
from rules.letters import ErasureLetterFacts, ErasureLine, ExtensionFacts, Letterhead, erasure_letter, extension_letter
from rules.processing import DEFAULT_ACTIVITIES, ProcessingActivity
from rules.wording import counted, joined, norwegian_date, sentence, times
from tests.lawful.days import Office, mail

SIGNATURE = ("Kari Nordmann", "Daglig leder", "proESS AS")
CONTROLLER = Controller("proESS AS, org.nr. 914775493", "post@proess.no", "Datatilsynet (www.datatilsynet.no)",
                        "Opplysningene overføres ikke til land utenfor EU/EØS.")


def internal_codes() -> set[str]:
    """Every code that must stay out of what people read: enum values with an underscore or in English,
    detection labels, and the field names the issue names."""
    codes = {"sender_address", "NATIONAL_ID", "customer", "message_pk", "customer_id", "None"}
    codes |= set(LABEL_CODES)
    for value in vars(vocabulary).values():
        if isinstance(value, type) and issubclass(value, enum.StrEnum) and value is not enum.StrEnum:
            codes |= {member.value for member in value if "_" in member.value or len(member.value) > 5}
    return codes


def assert_reads_well(letter: str, signature: tuple[str, ...] = SIGNATURE) -> None:
    """What every letter to a person must hold."""
    words = set(re.findall(r"[\w-]+", letter))
    leaked = sorted(code for code in internal_codes() if code in words)
    assert leaked == [], f"internal codes in the letter: {leaked}"
    assert "regnskapsloven" not in letter.lower()
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", letter), "ISO dates in the letter"
    assert not re.search(r"\b1 (ganger|e-poster|måneder|bevarte opplysninger|opplysninger)\b", letter), "number agreement"
    assert re.search(r"\b(?:[02-9]|\d{2,}) (gang|e-post|måned)\b[^-]", letter) is None, "singular after a plural count"
    lines = letter.rstrip("\n").splitlines()
    assert re.fullmatch(r"\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) "
                        r"\d{4}", lines[0] if not lines[0].startswith("Forslag") else lines[2])
    assert any(re.fullmatch(r"Hei( [\w .-]+)?,", line) for line in lines[:6]), "a greeting"
    assert tuple(lines[-len(signature) - 1:]) == ("Med vennlig hilsen", *signature), "the configured signature"
    assert "Datatilsynet" in letter and "artikkel 77" in letter and "domstolene (artikkel 79)" in letter
    assert not re.search(r"\)\) \(", letter), "a parenthesis after a parenthesis ('(art. 7(1)) (GDPR ...')"
    assert not re.search(r"\b\d{9}\b", letter), "an organisation number not written as 914 775 493"


# ---------------------------------------------------------------- the wording rules

def test_norwegian_dates_and_counts():
    assert norwegian_date(date(2026, 11, 20)) == "20. november 2026"
    assert norwegian_date(date(2027, 1, 1)) == "1. januar 2027"
    assert [counted(n, "e-post") for n in (0, 1, 2)] == ["0 e-poster", "1 e-post", "2 e-poster"]
    assert [times(n) for n in (1, 2, 21)] == ["1 gang", "2 ganger", "21 ganger"]
    assert counted(1, "måned") == "1 måned" and counted(2, "måned") == "2 måneder"
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    from rules.wording import norwegian_moment
    assert norwegian_moment(datetime(2026, 12, 3, 8, 59, 47, tzinfo=timezone.utc), ZoneInfo("Europe/Oslo")) == \
        "3. desember 2026 kl. 09.59.47"
    assert joined(["navn"]) == "navn" and joined(["navn", "e-post", "telefon"]) == "navn, e-post og telefon"
    assert sentence("  mange e-poster å gå gjennom ") == "Mange e-poster å gå gjennom."


def facts(**changes) -> AccessFacts:
    base = dict(subject="Ingrid Solberg", name="Ingrid Solberg", customer_number="K1001", requested_on=date(2026, 11, 2),
                deadline=date(2026, 12, 2), activity_keys=("customer_register", "customer_correspondence"),
                record_fields=("navn", "e-postadresse"), found_labels=(("NATIONAL_ID", 1), ("PHONE", 2)),
                messages=1, attachments=2, disclosures=(), retention=(), restricted=1, from_others=1,
                firm_labels=(("ORG_NUMBER", 1),))
    base.update(changes)
    return AccessFacts(**base)


def test_the_access_letter_reads_as_a_letter_with_counts_in_agreement():
    letter = access_document(facts(), CONTROLLER, DEFAULT_ACTIVITIES, date(2026, 11, 20), Letterhead(signature=SIGNATURE))
    assert_reads_well(letter)
    assert letter.startswith("20. november 2026\n\nHei Ingrid Solberg,\n")
    assert "Fødselsnummer: funnet 1 gang i e-postene" in letter and "Telefonnummer: funnet 2 ganger" in letter
    assert "1 e-post og 2 vedlegg som gjelder deg" in letter and "mottok 2. november 2026" in letter
    assert "bokføringsloven" in letter
    # The register and the correspondence rest on the contract with the person: art. 20 applies.
    assert "dataportabilitet, artikkel 20" in letter


def test_the_org_number_is_written_one_way_in_a_letter_however_it_is_configured():
    """The controller (configured "org.nr. 914775493") and the signature ("Org.nr. 914775493") both read
    "914 775 493", the form usual in Norway."""
    signature = ("Kari Nordmann", "proESS AS", "Org.nr. 914775493")
    letter = access_document(facts(), CONTROLLER, DEFAULT_ACTIVITIES, date(2026, 11, 20), Letterhead(signature=signature))
    assert "Behandlingsansvarlig er proESS AS, org.nr. 914 775 493, post@proess.no." in letter
    assert letter.rstrip("\n").endswith("proESS AS\nOrg.nr. 914 775 493")
    assert letter.count("914 775 493") == 2 and "914775493" not in letter
    assert_reads_well(letter, ("Kari Nordmann", "proESS AS", "Org.nr. 914 775 493"))
    extension = extension_letter(ExtensionFacts("access", "Ingrid Solberg", date(2026, 11, 2), date(2026, 12, 2),
                                                date(2027, 1, 2), 1, "mange e-poster"), Letterhead(signature=signature),
                                 "post@proess.no", "Datatilsynet (www.datatilsynet.no)", date(2026, 11, 20))
    assert extension.rstrip("\n").endswith("Org.nr. 914 775 493")


def recipients_point(letter: str) -> list[str]:
    """The lines of point c (art. 15(1)(c)): who the data is or may be disclosed to."""
    return letter.split("c) Hvem opplysningene er eller kan bli utlevert til\n")[1].split("\n\n")[0].splitlines()


def test_each_recipient_is_named_once_in_the_access_letter():
    """The register, the correspondence and consent-based sharing all name the municipality and the partners: the
    person reads each once. Worded differently by two activities, the circumstances are kept together."""
    from dataclasses import replace

    keys = ("customer_register", "customer_correspondence", "partner_sharing")
    letter = access_document(facts(activity_keys=keys), CONTROLLER, DEFAULT_ACTIVITIES, date(2026, 11, 20),
                             Letterhead(signature=SIGNATURE))
    assert recipients_point(letter) == ["   - Kommunen, når en byggesøknad sendes på kundens vegne",
                                        "   - Samarbeidspartnere, bare med kundens samtykke"]
    worded_apart = tuple(replace(a, recipients=("kommunen (byggesak)", "Samarbeidspartnere, bare med kundens samtykke"))
                         if a.key == "customer_correspondence" else a for a in DEFAULT_ACTIVITIES)
    letter = access_document(facts(activity_keys=keys), CONTROLLER, worded_apart, date(2026, 11, 20),
                             Letterhead(signature=SIGNATURE))
    assert recipients_point(letter) == ["   - Kommunen (når en byggesøknad sendes på kundens vegne; byggesak)",
                                        "   - Samarbeidspartnere, bare med kundens samtykke"]
    assert_reads_well(letter)


@pytest.mark.parametrize("written_on, late", [
    (date(2026, 11, 20), False),
    (date(2026, 12, 2), False),  # on the deadline day: in time
    (date(2026, 12, 3), True),
])
def test_a_letter_written_after_the_deadline_says_so_and_apologises(written_on, late):
    letter = access_document(facts(deadline=date(2026, 12, 2)), CONTROLLER, DEFAULT_ACTIVITIES, written_on,
                             Letterhead(signature=SIGNATURE))
    assert_reads_well(letter)
    apology = ("Svarfristen var 2. desember 2026 (artikkel 12(3)), og dette svaret kommer dessverre etter fristen. "
               "Vi beklager at du har måttet vente.")
    assert (apology in letter, "Svarfristen er 2. desember 2026." in letter) == (late, not late)
    assert ("beklager" in letter) == late
    # The erasure answer tells the deadline the same way.
    erasure = erasure_letter(ErasureLetterFacts("Siri Vang", "K2001", date(2026, 11, 2), date(2026, 12, 2), True,
                                                (ErasureLine("E-posten «Hei» fra 1. mars 2026", "ingen lov krever det"),), ()),
                             Letterhead(signature=SIGNATURE), "post@proess.no", "Datatilsynet (www.datatilsynet.no)", written_on)
    assert_reads_well(erasure)
    assert (apology in erasure, "Svarfristen er 2. desember 2026." in erasure) == (late, not late)


def test_portability_is_offered_only_where_it_applies():
    legitimate_interest_only = (ProcessingActivity("unlinked_mail", "Sortere e-post", "Berettiget interesse (GDPR art. "
                                                   "6(1)(f))", (), (), "12 måneder", "Avsenderen"),)
    letter = access_document(facts(activity_keys=("unlinked_mail",), record_fields=(), customer_number=None),
                             CONTROLLER, legitimate_interest_only, date(2026, 11, 20), Letterhead(signature=SIGNATURE))
    assert_reads_well(letter)
    assert "artikkel 20" not in letter


def test_the_extension_letter_states_the_reason_and_the_new_deadline():
    letter = extension_letter(ExtensionFacts("access", "Ingrid Solberg", date(2026, 11, 2), date(2026, 12, 2),
                                             date(2027, 1, 2), 1, "vi må gå gjennom mange e-poster"),
                              Letterhead(signature=SIGNATURE), "post@proess.no", "Datatilsynet (www.datatilsynet.no)",
                              date(2026, 11, 20))
    assert_reads_well(letter)
    assert "forlenger fristen med 1 måned. Grunnen er: Vi må gå gjennom mange e-poster." in letter
    assert "senest 2. januar 2027" in letter and "artikkel 12(3)" in letter and "innsyn i personopplysningene" in letter


def test_the_erasure_answer_says_what_is_kept_and_that_the_person_may_complain():
    kept = (ErasureLine("E-posten «Faktura» fra 3. mars 2026", "regnskapsdokumentasjon", "GDPR art. 17(3)(b)"),)
    letter = erasure_letter(ErasureLetterFacts("Siri Vang", "K2001", date(2026, 11, 2), date(2026, 12, 2), True,
                                               (ErasureLine("E-posten «Hei» fra 1. mars 2026", "ingen lov krever det"),),
                                               kept, bookkeeping=True),
                            Letterhead(signature=SIGNATURE), "post@proess.no", "Datatilsynet (www.datatilsynet.no)",
                            date(2026, 11, 20))
    assert_reads_well(letter)
    assert "Slettet (1):" in letter and "Beholdt, men begrenset til oppbevaring (1):" in letter
    assert "bokføringsloven" in letter and "artikkel 12(4)" in letter


# ---------------------------------------------------------------- the letters the commands write

INGRID_ASKS = mail("Ingrid Solberg <ingrid.solberg@gmail.com>", "Mine opplysninger",
                   "Hei, jeg ber om innsyn i hvilke personopplysninger dere har lagret om meg.\nHilsen Ingrid",
                   "<ingrid-innsyn@example.no>", date="Mon, 30 Nov 2026 09:00:00 +0100")


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.config.write_text(office.config.read_text(encoding="utf-8") +
                             "[letters]\ngreeting = 'Hei'\nclosing = 'Med vennlig hilsen'\n"
                             f"signature = {list(SIGNATURE)!r}\n".replace("'", '"'), encoding="utf-8")
    office.deliver(INGRID_ASKS)
    office.open_office()
    return office


def test_letters_written_by_the_commands_read_well(office, tmp_path):
    # The access letter for the request the mailbox suggested, once staff confirm it.
    import json

    [suggested] = [r for r in json.loads(office.run("requests", "--format", "json", staff="rita"))
                   if r["customer_id"] == "K1001" and r["kind"] == "access"]
    office.run("requests", "confirm", str(suggested["request_id"]), staff="rita")
    extension = office.run("requests", "extend", str(suggested["request_id"]), "--months", "2", "--reason",
                           "vi må gå gjennom mange e-poster og vedlegg", "--out", str(tmp_path / "forlengelse.txt"),
                           staff="rita")
    letter = (tmp_path / "forlengelse.txt").read_text(encoding="utf-8")
    assert letter in extension
    assert_reads_well(letter)
    assert "Hei Ingrid Solberg," in letter and "mottok 30. november 2026" in letter
    assert "forlenger fristen med 2 måneder" in letter and "senest 28. februar 2027" in letter

    office.run("access-request", "K1001", "--out", str(tmp_path / "pakker"), staff="rita")
    [package] = (tmp_path / "pakker").iterdir()
    access = (package / "innsyn.txt").read_text(encoding="utf-8")
    assert_reads_well(access)
    assert "Hei Ingrid Solberg," in access and "kundenummer K1001" in access and "artikkel 20" in access
    assert "Behandlingsansvarlig er proESS AS, org.nr. 914 775 493," in access  # the configured controller
    assert [line for line in recipients_point(access) if "ommune" in line] == \
        ["   - Kommunen, når en byggesøknad sendes på kundens vegne"]  # once, though two activities name it

    office.run("erase", "K1002", "--out", str(tmp_path / "sletting.txt"), staff="rita")
    answer = (tmp_path / "sletting.txt").read_text(encoding="utf-8")
    assert_reads_well(answer)
    assert "Hei Magnus Haugen," in answer and "Svar på krav om sletting" in answer and "artikkel 12(4)" in answer

    # What staff read about the same requests: Norwegian dates, no codes.
    for output in (office.run("requests", staff="rita"), office.run("status")):
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}", output)


def test_an_access_package_produced_after_the_extended_deadline_apologises(office, tmp_path):
    """Magnus's request, extended by two months, turns out to have come in four months ago (staff correct the
    received date), so even the extended deadline passed a month ago: the letter written today says the answer
    is late, and apologises (art. 12(3))."""
    import json

    from rules.retention import add_months

    today = date.today()
    office.run("access-request", "K1002", "--received", add_months(today, -1).isoformat(), staff="rita")
    [magnus] = [r for r in json.loads(office.run("requests", "--format", "json", staff="rita")) if r["customer_id"] == "K1002"]
    office.run("requests", "extend", str(magnus["request_id"]), "--months", "2", "--reason", "mange e-poster", staff="rita")
    received = add_months(today, -4)
    office.run("requests", "received", str(magnus["request_id"]), received.isoformat(), staff="rita")
    [magnus] = [r for r in json.loads(office.run("requests", "--format", "json", staff="rita")) if r["customer_id"] == "K1002"]
    deadline = date.fromisoformat(magnus["deadline"])
    assert deadline == add_months(received, 3) < today  # one month, and the two it was extended by
    office.run("access-request", "K1002", "--out", str(tmp_path / "pakker"), staff="rita")
    [package] = (tmp_path / "pakker").iterdir()
    letter = (package / "innsyn.txt").read_text(encoding="utf-8")
    assert_reads_well(letter)
    assert f"Svarfristen var {norwegian_date(deadline)} (artikkel 12(3)), og dette svaret kommer dessverre etter fristen." in letter
    assert "Vi beklager at du har måttet vente." in letter


def test_the_erasure_answer_keeping_a_used_consent_reads_well(office, tmp_path):
    office.run("consent", "grant", "K1001", "--partner", "VVS AS", "--category", "name", "--given", "2026-01-05",
               "--evidence", "signert skjema", staff="kari")
    office.run("export", "K1001", "--partner", "VVS AS", "--category", "name", "--out", str(tmp_path), staff="kari")
    office.run("erase", "K1001", "--out", str(tmp_path / "svar.txt"), staff="rita")
    letter = (tmp_path / "svar.txt").read_text(encoding="utf-8")
    assert "Samtykket ditt til deling" in letter and "jf. artikkel 7(1)" in letter
    assert_reads_well(letter)
