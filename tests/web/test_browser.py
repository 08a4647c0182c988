"""The staff web app in a real browser (Debian's chromium through Playwright): the daily work,
start to end, with the keyboard where staff would use it, and the audit entries each step leaves."""

from __future__ import annotations

import io
import zipfile

import pytest
from playwright.sync_api import expect

from tests.web.browser import chromium
from tests.web.conftest import HTML_SUBJECT, PASSWORD


@pytest.fixture
def browser():
    with chromium() as browser:
        yield browser


def sign_in_with_keyboard(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/")  # any page sends a visitor without a session to the sign-in form
    assert page.url.startswith(f"{base_url}/logg-inn")
    expect(page.get_by_label("Brukernavn")).to_be_focused()  # autofocus: type straight away
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base_url}/oversikt")


def sign_out(page) -> None:
    page.get_by_role("button", name="Logg ut").click()
    page.wait_for_url("**/logg-inn")


def test_a_working_day_in_the_browser(site, browser):
    base = site.base_url
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    sign_in_with_keyboard(page, base, "kari")
    assert page.get_by_role("heading", name="Oversikt").is_visible()
    assert site.audit("web.sign_in", "kari")

    # Search: several people match a first name, each with why
    page.get_by_role("link", name="Søk").click()
    page.get_by_label("Navn, e-post, telefon").fill("Ingrid")
    page.keyboard.press("Enter")
    page.wait_for_url("**/sok?q=Ingrid")
    candidates = page.locator("ol.candidates li")
    assert candidates.count() == 2
    assert "navnet i kunderegisteret" in candidates.first.inner_text()
    # ... and a phone number goes straight to the one person
    page.get_by_label("Navn, e-post, telefon").fill("912 34 567")
    page.keyboard.press("Enter")
    page.wait_for_url("**/person?q=K1001")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Ingrid Solberg")
    person = page.locator("main").inner_text()
    for expected in ("Tilbygg Skogveien 14", "Faktura 1001", "3201-12/345", "P2024-017", "Fødselsnummer",
                     "knyttet til kunden", "prosjekt P2024-017 er ikke avsluttet"):
        assert expected in person, expected
    lookups = site.audit("lookup", "kari")
    assert [e.target_id for e in lookups][-1] == "K1001"

    # Message: findings highlighted by category, HTML shown as text
    page.get_by_role("link", name="Tilbygg Skogveien 14").click()
    page.wait_for_url(f"**/melding/{site.world.open_project_mail}")
    national_id = page.locator("pre.body mark.pd-NATIONAL_ID")
    assert national_id.count() == 1 and national_id.inner_text().startswith("150765 00565")
    assert page.locator("pre.body mark.pd-PHONE").count() == 1
    assert "tegning.pdf" in page.locator("main").inner_text()
    assert [e.target_id for e in site.audit("message.view", "kari")] == [str(site.world.open_project_mail)]
    page.goto(f"{base}/melding/{site.html_message}")
    assert page.get_by_role("heading", level=1).inner_text() == HTML_SUBJECT
    assert "<img src=x" in page.locator("pre.body").inner_text()
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    assert dialogs == []

    # Review queue: accept the second candidate
    page.get_by_role("link", name="Vurdering").click()
    assert "kundens telefonnummer er nevnt (0,55)" in page.locator("article.review").inner_text()
    page.get_by_role("button", name="Godta K1003").click()
    assert "godtatt – knyttet til K1003" in page.get_by_role("status").inner_text()
    assert "Ingen e-post venter på vurdering" in page.locator("main").inner_text()
    accepted = site.audit("review.accepted", "kari")
    assert accepted[0].details["customer_id"] == "K1003"

    # Requests: register an access request, then answer it with the package
    page.get_by_role("link", name="Begjæringer").click()
    page.get_by_label("Personen").fill("K1002")
    page.get_by_label("Mottatt").fill("2026-11-20")
    page.get_by_role("button", name="Registrer").click()
    assert "er registrert" in page.get_by_role("status").inner_text()
    row = page.locator("tr", has_text="K1002")
    assert "20. desember 2026" in row.inner_text()
    with page.expect_download() as download_info:
        row.get_by_role("button", name="Besvar: last ned innsynspakke").click()
    package = zipfile.ZipFile(io.BytesIO(open(download_info.value.path(), "rb").read()))
    names = package.namelist()
    assert any(n.endswith("/innsyn.txt") for n in names) and any(n.endswith("/data.json") for n in names)
    page.reload()
    # Downloading the package is not sending it: the request stays open until staff record the answer as sent (issue 12).
    assert "åpen" in page.locator("tr", has_text="K1002").inner_text()
    assert site.audit("access_request.register", "kari") and site.audit("access_request.export", "kari")

    # Retention: kari proposes, she cannot approve her own
    page.get_by_role("link", name="Oppbevaring").click()
    page.get_by_role("button", name="Foreslå avhending av disse").click()
    assert "En annen arkivansvarlig må godkjenne det" in page.get_by_role("status").inner_text()
    assert page.get_by_role("button", name="Godkjenn forslag #1").count() == 0
    assert site.audit("disposal.propose", "kari")
    sign_out(page)

    # ... rita, a records manager, approves
    sign_in_with_keyboard(page, base, "rita")
    page.get_by_role("link", name="Oppbevaring").click()
    proposal = page.locator("article.proposal", has_text="Forslag #1")
    assert "foreslått av kari" in proposal.inner_text()
    proposal.get_by_role("button", name="Godkjenn forslag #1").click()
    assert "godkjent og utført" in page.get_by_role("status").inner_text()
    approved = site.audit("disposal.approve", "rita")
    assert approved and approved[0].details["proposed_by"] == "kari" and approved[0].details["disposed"] >= 1
    assert "avhendet" in page.locator("article.proposal", has_text="Forslag #1").inner_text()
    context.close()


def test_staff_without_the_declaration_are_refused_in_the_browser(site, browser):
    page = browser.new_page()
    sign_in_with_keyboard(page, site.base_url, "nils")
    assert page.get_by_role("heading", name="Ingen tilgang").is_visible()
    assert "har ikke signert taushetserklæring" in page.get_by_role("alert").inner_text()
    page.goto(f"{site.base_url}/person?q=K1001")
    assert page.get_by_role("heading", name="Ingen tilgang").is_visible()
    assert "Ingrid" not in page.content()
    refusals = site.audit("refused", "nils")
    assert len(refusals) == 2 and all(e.details["reason"] == "nils har ikke signert taushetserklæring" for e in refusals)
    page.close()


def test_erasure_shows_the_dry_run_first(site, browser):
    page = browser.new_page()
    sign_in_with_keyboard(page, site.base_url, "rita")
    page.goto(f"{site.base_url}/person?q=K1002")
    page.get_by_role("button", name="Sletting: se forslag først").click()
    assert "ingenting er endret ennå" in page.get_by_role("heading", level=1).inner_text()
    assert not site.audit("erase", "rita")
    page.get_by_role("button", name="Slett").click()  # refused by the browser until the box is ticked
    assert "ingenting er endret ennå" in page.get_by_role("heading", level=1).inner_text()
    page.get_by_label("Jeg har lest forslaget").check()
    page.get_by_role("button", name="Slett").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Sletting utført"
    assert site.audit("erase", "rita")
    page.close()
