"""Restriction of processing (art. 18) and a consent taken back (art. 7(3)) from the person page: each through the
same service call as `intake restrict`, `intake unrestrict` and `intake consent withdraw`, with its permission
check, audit entry and refusals in Norwegian; the partners who received the data and must be told (art. 19) are
listed until staff record that they were. Over HTTP and in a real browser."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from intake.services import lawful, privacy
from tests.web.browser import chromium
from tests.web.conftest import csrf_of
from tests.web.test_browser import sign_in_with_keyboard
from tests.web.test_request_register import registered, row_of, text_of

PARTNER = "VVS Partner AS"
TODAY = date.today()


def shared_with_partner(site, customer_id: str = "K1001") -> int:
    """A consent to share the customer's name with a partner, used once: the partner holds the data."""
    consent = privacy.grant_consent(site.app, "kari", customer_id, PARTNER, ["name"], given_on=TODAY,
                                    evidence="signert skjema")
    privacy.export_to_partner(site.app, "kari", customer_id, PARTNER, ["name"])
    return consent.consent_id


def owed_section(page: str) -> str:
    found = re.search(r'<section id="varsler".*?</section>', page, re.S)
    return text_of(found.group(0)) if found else ""


def test_restricting_and_lifting_from_the_person_page(site):
    shared_with_partner(site)
    with site.signed_in("kari") as kari:
        page = kari.get("/person?q=K1001").text
        assert 'id="begrensning"' in page and 'action="/person/begrensning"' in page and "Begrenset behandling" not in page
        csrf = csrf_of(page)
        assert kari.post("/person/begrensning", data={"customer_id": "K1001", "reason": "x"}).status_code == 403  # no CSRF
        refused = kari.post("/person/begrensning", data={"csrf_token": csrf, "customer_id": "K1001", "reason": " "})
        assert refused.status_code == 400 and "en begrensning trenger en grunn" in refused.text
        response = kari.post("/person/begrensning", data={"csrf_token": csrf, "customer_id": "K1001",
                                                          "reason": "kunden bestrider telefonnummeret"})
        assert response.status_code == 303
        page = kari.get(response.headers["location"]).text
        assert "Behandlingen er begrenset." in page
        # Restricted, before anything else on the page; the restrict form gives way, and kari may not lift it.
        banner = text_of(re.search(r'<p class="warn" id="begrenset">.*?</p>', page, re.S).group(0))
        assert banner.startswith("Begrenset behandling: kunden bestrider telefonnummeret")
        assert page.index('id="begrenset"') < page.index('aria-label="Handlinger"')
        assert 'id="begrensning"' not in page and 'id="oppheving"' not in page
        assert "Bare en arkivansvarlig eller en administrator kan oppheve begrensningen." in page
        # Art. 19: the partner who received the data must be told.
        assert f"{PARTNER} må varsles om begrensning" in owed_section(page)
        again = kari.post("/person/begrensning", data={"csrf_token": csrf, "customer_id": "K1001", "reason": "igjen"})
        assert again.status_code == 400 and "er allerede begrenset" in again.text and "already" not in again.text
        refused = kari.post("/person/begrensning/opphev", data={"csrf_token": csrf, "customer_id": "K1001",
                                                                "notice_sent": TODAY.isoformat()})
        assert refused.status_code == 403 and "Du har ikke tilgang til dette" in refused.text
    assert site.audit("restrict", "kari") and not site.audit("unrestrict")

    with site.signed_in("rita") as rita:  # a records manager lifts it, once the person has been told (art. 18(3))
        page = rita.get("/person?q=K1001").text
        assert 'id="oppheving"' in page and 'action="/person/begrensning/opphev"' in page
        csrf = csrf_of(page)
        early = rita.post("/person/begrensning/opphev", data={"csrf_token": csrf, "customer_id": "K1001",
                                                              "notice_sent": (TODAY + timedelta(days=1)).isoformat()})
        assert early.status_code == 400 and "personen må ha fått beskjed før begrensningen oppheves" in early.text
        missing = rita.post("/person/begrensning/opphev", data={"csrf_token": csrf, "customer_id": "K1001", "notice_sent": ""})
        assert missing.status_code == 400 and "Oppgi dagen personen fikk beskjed" in missing.text
        response = rita.post("/person/begrensning/opphev", data={"csrf_token": csrf, "customer_id": "K1001",
                                                                 "notice_sent": TODAY.isoformat()})
        assert response.status_code == 303
        page = rita.get(response.headers["location"]).text
        assert "Begrensningen er opphevet." in page and 'id="begrenset"' not in page and 'id="begrensning"' in page
        lifted = rita.post("/person/begrensning/opphev", data={"csrf_token": csrf, "customer_id": "K1001",
                                                               "notice_sent": TODAY.isoformat()})
        assert lifted.status_code == 400 and "har ingen begrensning etter krav (art. 18) som kan oppheves" in lifted.text
    assert site.audit("unrestrict", "rita")


def test_withdrawing_a_consent_from_the_person_page_names_the_partner_to_tell(site):
    consent_id = shared_with_partner(site)
    unused = privacy.grant_consent(site.app, "kari", "K1001", "Elektro AS", ["name"], given_on=TODAY, evidence="e-post")
    with site.signed_in("kari") as kari:
        page = kari.get("/person?q=K1001").text
        assert 'id="samtykker"' in page and owed_section(page) == ""
        assert f"Trekk tilbake samtykke #{consent_id}" in page and f"Trekk tilbake samtykke #{unused.consent_id}" in page
        csrf = csrf_of(page)
        early = kari.post("/person/samtykke/trekk-tilbake", data={"csrf_token": csrf, "customer_id": "K1001",
                                                                  "consent_id": consent_id,
                                                                  "withdrawn_on": (TODAY - timedelta(days=5)).isoformat()})
        assert early.status_code == 400 and "kan ikke trekkes tilbake før det ble gitt" in early.text
        response = kari.post("/person/samtykke/trekk-tilbake", data={"csrf_token": csrf, "customer_id": "K1001",
                                                                     "consent_id": consent_id, "withdrawn_on": TODAY.isoformat()})
        assert response.status_code == 303
        page = kari.get(response.headers["location"]).text
        assert "Samtykket er trukket tilbake." in page
        assert f"Trekk tilbake samtykke #{consent_id}" not in page and f"Trekk tilbake samtykke #{unused.consent_id}" in page
        assert owed_section(page).count("må varsles om") == 1  # only the partner who received data
        assert f"{PARTNER} må varsles om tilbaketrukket samtykke" in owed_section(page)
        again = kari.post("/person/samtykke/trekk-tilbake", data={"csrf_token": csrf, "customer_id": "K1001",
                                                                  "consent_id": consent_id, "withdrawn_on": TODAY.isoformat()})
        assert again.status_code == 400 and "er allerede trukket tilbake" in again.text

        [notice] = lawful.list_notices(site.app, "kari", customer_id="K1001")
        response = kari.post("/person/varsel", data={"csrf_token": csrf, "customer_id": "K1001", "notice_id": notice.notice_id})
        assert response.status_code == 303
        page = kari.get(response.headers["location"]).text
        assert "Varselet er registrert som gitt." in page and owed_section(page) == ""
    assert site.audit("consent.withdraw", "kari") and site.audit("notice.done", "kari")
    assert lawful.list_notices(site.app, "kari", customer_id="K1001") == ()


def test_a_restriction_or_consent_request_leads_to_its_form_from_the_register_and_its_page(site):
    restriction = registered(site, "restriction", "K1001")
    withdrawal = registered(site, "consent_withdrawal", "K1002")
    with site.signed_in("kari") as kari:
        page = kari.get("/begjaeringer").text
        assert ('<a href="/person?q=K1001#begrensning">Besvar: begrens behandlingen</a>'
                in row_of(page, restriction))
        assert ('<a href="/person?q=K1002#samtykker">Besvar: trekk tilbake samtykket</a>'
                in row_of(page, withdrawal))
        assert 'href="/person?q=K1001#begrensning"' in kari.get(f"/begjaeringer/{restriction}").text
        assert 'href="/person?q=K1002#samtykker"' in kari.get(f"/begjaeringer/{withdrawal}").text


@pytest.fixture
def browser():
    with chromium() as browser:
        yield browser


def test_a_restriction_request_is_answered_in_the_browser(site, browser):
    shared_with_partner(site)
    request_id = registered(site, "restriction", "K1001")
    page = browser.new_page()
    sign_in_with_keyboard(page, site.base_url, "kari")
    page.get_by_role("link", name="Begjæringer", exact=True).click()
    page.locator("tr", has=page.get_by_role("link", name=f"#{request_id}", exact=True)) \
        .get_by_role("link", name="Besvar: begrens behandlingen").click()
    page.wait_for_url("**/person?q=K1001#begrensning")
    page.get_by_label("Grunn (kreves; vises i oppslag)").fill("kunden bestrider at hun godkjente endringene")
    page.get_by_role("button", name="Begrens behandlingen").click()
    expect(page.get_by_role("status")).to_contain_text("Behandlingen er begrenset.")
    expect(page.locator("#begrenset")).to_contain_text("Begrenset behandling: kunden bestrider at hun godkjente endringene")
    expect(page.get_by_role("region", name="Mottakere som må varsles (GDPR art. 19)")) \
        .to_contain_text(f"{PARTNER} må varsles om begrensning")
    page.get_by_role("button", name=f"Registrer at {PARTNER} er varslet om begrensning").click()
    expect(page.get_by_role("status")).to_contain_text("Varselet er registrert som gitt.")
    expect(page.locator("#varsler")).to_have_count(0)
    page.close()
