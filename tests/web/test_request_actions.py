"""Acting on a request from its page (issue 12): confirm or dismiss a suggestion, extend the deadline and see the
letter to the person, record the answer as sent. Each goes through the same service call as `intake requests`,
with the same permission check and audit entry; in a real browser and over HTTP."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from intake.services import lawful, privacy
from models import AccessRequest
from models.session import transaction
from rules.access import access_deadline
from rules.wording import norwegian_date
from tests.web.browser import chromium
from tests.web.conftest import csrf_of
from tests.web.test_browser import sign_in_with_keyboard


def suggested(site, customer_id: str | None, days_ago: int = 3, reading: str = "rules") -> int:
    """A request the daemon recognised in a mail, waiting for staff."""
    received = date.today() - timedelta(days=days_ago)
    with transaction(site.app.sessions) as session:
        request = AccessRequest(kind="access", customer_id=customer_id, subject_ref=customer_id or "message-1",
                                requested_on=received, deadline=access_deadline(received), status="suggested",
                                registered_by="intake", source_message_pk=site.world.open_project_mail,
                                reading=reading)
        session.add(request)
        session.flush()
        return request.id


def test_confirm_extend_and_answer_a_request_from_its_page(site):
    request_id = suggested(site, None)
    with site.signed_in("kari") as kari:
        page = kari.get(f"/begjaeringer/{request_id}").text
        assert "Bekreft krav" in page and "e-post #" in page and "message-1" not in page
        csrf = csrf_of(page)
        response = kari.post(f"/begjaeringer/{request_id}", data={"csrf_token": csrf, "action": "confirm",
                                                                  "customer_id": "K1001", "received": ""})
        assert response.status_code == 303
        page = kari.get(response.headers["location"]).text
        assert "Kravet er bekreftet" in page and "K1001" in page and "Forleng fristen" in page

        page = kari.post(f"/begjaeringer/{request_id}", data={"csrf_token": csrf, "action": "extend", "months": "2",
                                                              "reason": "vi må gå gjennom mange e-poster"}).text
        assert "Brev til personen" in page and "Hei Ingrid Solberg," in page
        assert "forlenger fristen med 2 måneder" in page and "Grunnen er: Vi må gå gjennom mange e-poster." in page
        new_deadline = access_deadline(date.today() - timedelta(days=3), 3)
        assert f"senest {norwegian_date(new_deadline)}" in page

        response = kari.post(f"/begjaeringer/{request_id}", data={"csrf_token": csrf, "action": "answer",
                                                                  "sent": (date.today() + timedelta(days=1)).isoformat()})
        assert response.status_code == 400 and "fram i tid" in response.text  # the service's refusal, in Norwegian
        response = kari.post(f"/begjaeringer/{request_id}", data={"csrf_token": csrf, "action": "answer",
                                                                  "sent": date.today().isoformat()})
        assert response.status_code == 303
        page = kari.get(response.headers["location"]).text
        assert "Kravet er besvart" in page
        assert "Bekreft krav" not in page and "Forleng fristen" not in page and "Avvis krav" not in page
    entry = lawful.get_register_row(site.app, "kari", request_id).entry
    assert (entry.state, entry.customer_id, entry.extended_months, entry.answered_on) == ("answered", "K1001", 2, date.today())
    for action in ("request.confirm", "request.extend", "request.answer"):
        assert site.audit(action, "kari"), action


def test_dismissing_needs_a_reason_and_the_same_permission_as_the_command(site):
    request_id = suggested(site, "K1002")
    with site.signed_in("nils") as nils:  # has not signed the confidentiality declaration
        assert nils.get(f"/begjaeringer/{request_id}").status_code == 403
        csrf = csrf_of(nils.get("/oversikt").text)
        refused = nils.post(f"/begjaeringer/{request_id}", data={"csrf_token": csrf, "action": "dismiss", "reason": "x"})
        assert refused.status_code == 403
        assert "Du har ikke tilgang til dette: " in refused.text and "avvist:" not in refused.text
    with site.signed_in("kari") as kari:
        csrf = csrf_of(kari.get(f"/begjaeringer/{request_id}").text)
        assert kari.post(f"/begjaeringer/{request_id}", data={"csrf_token": "feil", "action": "dismiss",
                                                              "reason": "x"}).status_code == 403
        assert kari.post(f"/begjaeringer/{request_id}", data={"csrf_token": csrf, "action": "dismiss",
                                                              "reason": " "}).status_code == 400
        response = kari.post(f"/begjaeringer/{request_id}", data={"csrf_token": csrf, "action": "dismiss",
                                                                  "reason": "spør om tegningen, ikke personopplysninger"})
        assert response.status_code == 303
    assert lawful.get_register_row(site.app, "kari", request_id).entry.state == "dismissed"
    assert site.audit("request.dismiss", "kari") and not site.audit("request.dismiss", "nils")


@pytest.fixture
def browser():
    with chromium() as browser:
        yield browser


def test_extending_a_request_in_the_browser_shows_the_letter(site, browser):
    request = privacy.register_access_request(site.app, "kari", "K1001", date.today() - timedelta(days=2))
    page = browser.new_page()
    sign_in_with_keyboard(page, site.base_url, "kari")
    page.get_by_role("link", name="Begjæringer", exact=True).click()
    page.get_by_role("link", name=f"#{request.request_id}", exact=True).click()
    page.wait_for_url(f"**/begjaeringer/{request.request_id}")
    page.get_by_label("Forleng med").select_option("1")
    page.get_by_label("Begrunnelse (står i brevet til personen)").fill("mange vedlegg å gå gjennom")
    page.get_by_role("button", name=f"Forleng fristen for krav #{request.request_id}").click()
    expect(page.get_by_role("status")).to_contain_text("Fristen er forlenget")
    letter = page.get_by_label("Brev til personen").inner_text()
    assert letter.startswith(norwegian_date(date.today())) and "Hei Ingrid Solberg," in letter
    assert "forlenger fristen med 1 måned" in letter and "Med vennlig hilsen" in letter
    page.get_by_role("button", name=f"Registrer svaret på krav #{request.request_id}").click()
    expect(page.get_by_role("status")).to_contain_text("Kravet er besvart")
    assert lawful.get_register_row(site.app, "kari", request.request_id).entry.state == "answered"


@pytest.mark.parametrize(("reading", "note"), [("learned", "ligner på tidligere innsynskrav"), ("rules", None)])
def test_a_suggestion_only_the_learned_model_made_says_so_on_its_page(site, reading, note):
    """The register says how the pipeline read the request; only the learned model's suggestion gets a note."""
    request_id = suggested(site, None, reading=reading)
    with site.signed_in("kari") as kari:
        page = kari.get(f"/begjaeringer/{request_id}").text
    assert "e-post #" in page
    if note:
        assert f"{note}; les e-posten før kravet bekreftes" in page
    else:
        assert "ligner på tidligere" not in page
