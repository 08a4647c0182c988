"""Whose data (issue 14): the firm's own identifiers in a customer's mail are counted apart, and the access
letter names the legal basis for each special category and for credit information found."""

from __future__ import annotations

from datetime import date

from intake.privacy.access import build_package, controller_from, register
from intake.privacy.lookup import firm_identifier_pairs, lookup
from intake.config import ProcessingConfig
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from rules.whose import FIRM, SUBJECT, OwnIdentifiers, whose
from tests.privacy.seed import HASH_KEY, _message

FIRM_IDS = firm_identifier_pairs(["914775493"], ["67 10 20 30"])
BODY = ("Hei Kari, takk for tilbudet fra proESS AS (org.nr. 914775493). Jeg ringte 67 10 20 30 i går. "
        "Jeg har multippel sklerose, og vi har fått lånetilsagn på 3 millioner. Kopi til post@proess.no.")


def _customer_mail(sessions) -> int:
    with transaction(sessions) as session:
        return _message(session, "<whose@x>", "Bad", BODY, "ingrid.solberg@gmail.com", ["post@proess.no"],
                        days_ago=3, linked="K1001", retention=("customer_correspondence", None, "prosjektet pågår"),
                        findings=[("PERSON", "Kari", None), ("ORG_NUMBER", "914775493", "914775493"),
                                  ("PHONE", "67 10 20 30", "+4767102030"), ("HEALTH", "multippel sklerose", None),
                                  ("CREDIT_INFO", "lånetilsagn på 3 millioner", None), ("EMAIL", "post@proess.no", "post@proess.no"),
                                  ("PERSON", "Ingrid Solberg", None)])


def test_the_rule_tells_the_firms_identifiers_from_the_subjects():
    own = OwnIdentifiers.build(["h-org"], ["Kari Nordmann"], ["proess.no"])
    assert whose("ORG_NUMBER", "914 775 493", "h-org", own) == FIRM
    assert whose("PERSON", "Kari", None, own) == FIRM and whose("PERSON", "KARI NORDMANN", None, own) == FIRM
    assert whose("EMAIL", "Post@Proess.no", "x", own) == FIRM
    assert whose("PERSON", "Ingrid Solberg", None, own) == SUBJECT
    assert whose("ORG_NUMBER", "923456783", "h-other", own) == SUBJECT
    assert whose("EMAIL", "ingrid@gmail.com", "y", own) == SUBJECT


def test_lookup_counts_the_firms_own_identifiers_apart(sessions, world):
    pk = _customer_mail(sessions)
    with transaction(sessions) as session:
        report = lookup(session, "K1001", "kari", HASH_KEY, DEFAULT_ACTIVITIES, ("proess.no",), None, FIRM_IDS).report
    [item] = [m for m in report.messages if m.message_pk == pk]
    assert item.findings == {"CREDIT_INFO": 1, "HEALTH": 1, "PERSON": 1}
    assert item.firm_findings == {"EMAIL": 1, "ORG_NUMBER": 1, "PERSON": 1, "PHONE": 1}
    assert report.firm_findings_by_category == {"EMAIL": 1, "ORG_NUMBER": 1, "PERSON": 1, "PHONE": 1}
    assert "ORG_NUMBER" not in report.findings_by_category
    # without the firm's configuration only the staff names and own domains are known as the firm's
    with transaction(sessions) as session:
        bare = lookup(session, "K1001", "kari", HASH_KEY, DEFAULT_ACTIVITIES).report
    assert bare.findings_by_category["ORG_NUMBER"] == 1 and bare.firm_findings_by_category == {"PERSON": 1}


def test_the_access_letter_names_the_basis_for_health_and_credit_and_leaves_out_the_firms_data(sessions, world):
    _customer_mail(sessions)
    with transaction(sessions) as session:
        request = register(session, "kari", "K1001", HASH_KEY, date(2026, 3, 2))
        _, files = build_package(session, "kari", "K1001", request, HASH_KEY, controller_from(ProcessingConfig()),
                                 DEFAULT_ACTIVITIES, ("proess.no",), None, FIRM_IDS)
    letter = dict(files)["innsyn.txt"].decode("utf-8")
    assert "Særlige kategorier og kredittopplysninger:" in letter
    health = next(line for line in letter.splitlines() if line.startswith("   - Helseopplysninger (en særlig kategori"))
    assert "art. 9(2)(a)" in health and "Kilde: Kunden selv" in health
    credit = next(line for line in letter.splitlines() if line.startswith("   - Kredittopplysninger (funnet"))
    assert "formål: Planlegge oppdraget etter kundens finansiering" in credit and "Kilde:" in credit
    assert "Organisasjonsnummer: funnet" not in letter
    assert "opplysninger om firmaet" in letter and "til sammen 4 ganger" in letter
