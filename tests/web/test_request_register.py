"""The request register page (/begjaeringer): each request offers the step that takes it further. A request of
each kind is answered by the action for that kind (or from its own page where the web app has none), a suggestion
the pipeline found in a mail is read and confirmed before anything is answered, and a suggestion only the learned
reading made is marked in the list as on its own page. Over HTTP and in a real browser."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from models import AccessRequest
from models.session import transaction
from rules.access import access_deadline
from tests.web.browser import chromium
from tests.web.test_browser import sign_in_with_keyboard

KINDS = ("access", "erasure", "rectification", "restriction", "objection", "portability", "consent_withdrawal")


def registered(site, kind: str, customer_id: str | None, status: str = "open", reading: str | None = None,
               days_ago: int = 3) -> int:
    """A request in the register as staff registered it (open) or the pipeline suggested it from a mail."""
    received = date.today() - timedelta(days=days_ago)
    from_mail = status == "suggested"
    with transaction(site.app.sessions) as session:
        request = AccessRequest(kind=kind, customer_id=customer_id, subject_ref=customer_id or "message-1",
                                requested_on=received, deadline=access_deadline(received), status=status,
                                registered_by="intake" if from_mail else "kari",
                                source_message_pk=site.world.open_project_mail if from_mail else None,
                                reading=reading if from_mail else None)
        session.add(request)
        session.flush()
        return request.id


def row_of(page: str, request_id: int) -> str:
    """The table row of one request, as served."""
    rows = [row for row in re.findall(r"<tr\b.*?</tr>", page, re.S) if f'href="/begjaeringer/{request_id}"' in row]
    assert len(rows) == 1, request_id
    return rows[0]


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_each_kind_is_answered_by_its_own_action_or_from_its_page(site):
    ids = {kind: registered(site, kind, "K1001") for kind in KINDS}
    with site.signed_in("kari") as kari:
        page = kari.get("/begjaeringer").text
    rows = {kind: row_of(page, request_id) for kind, request_id in ids.items()}
    assert "Besvar: last ned innsynspakke" in rows["access"] and 'action="/person/innsyn"' in rows["access"]
    assert 'href="/person?q=K1001#retting"' in rows["rectification"] and "Besvar: rett opplysningene" in rows["rectification"]
    assert 'href="/person?q=K1001#begrensning"' in rows["restriction"] and "Besvar: begrens behandlingen" in rows["restriction"]
    assert ('href="/person?q=K1001#samtykker"' in rows["consent_withdrawal"]
            and "Besvar: trekk tilbake samtykket" in rows["consent_withdrawal"])
    # No erasure plan for a kind erasure does not answer; no action the web app lacks: the request's own page.
    for kind in ("objection", "portability"):
        assert "sletteforslaget" not in rows[kind] and "innsynspakke" not in rows[kind], kind
        assert f'<a href="/begjaeringer/{ids[kind]}">Åpne begjæringen</a>' in rows[kind], kind
    # kari (saksbehandler) may not erase: the erasure plan would refuse her, so she is sent to the request's page.
    assert "sletteforslaget" not in rows["erasure"] and "Åpne begjæringen" in rows["erasure"]
    with site.signed_in("rita") as rita:  # a records manager may
        erasure = row_of(rita.get("/begjaeringer").text, ids["erasure"])
    assert 'href="/person/sletting?q=K1001"' in erasure and "Besvar: se sletteforslaget" in erasure


def test_a_request_from_someone_outside_the_register_is_opened_from_its_page(site):
    request_id = registered(site, "access", None)
    with site.signed_in("kari") as kari:
        row = row_of(kari.get("/begjaeringer").text, request_id)
    assert "Åpne begjæringen" in row and "innsynspakke" not in row


@pytest.mark.parametrize("kind", ["access", "erasure", "rectification"])
def test_a_suggestion_is_read_and_confirmed_never_answered_from_the_list(site, kind):
    request_id = registered(site, kind, "K1001", status="suggested", reading="rules")
    with site.signed_in("rita") as rita:
        row = row_of(rita.get("/begjaeringer").text, request_id)
    assert f'<a href="/begjaeringer/{request_id}">Les e-posten og bekreft</a>' in row
    assert "Besvar" not in row and "<form" not in row


@pytest.mark.parametrize(("kind", "reading", "note"), [("access", "learned", "ligner på tidligere innsynskrav"),
                                                       ("objection", "learned", "ligner på tidligere krav"),
                                                       ("access", "rules", None)])
def test_a_suggestion_only_the_learned_reading_made_is_marked_in_the_list(site, kind, reading, note):
    request_id = registered(site, kind, "K1001", status="suggested", reading=reading)
    with site.signed_in("kari") as kari:
        status = text_of(re.findall(r"<td\b.*?</td>", row_of(kari.get("/begjaeringer").text, request_id), re.S)[5])
    assert status.startswith("foreslått")
    if note:
        assert note in status and "learned" not in status
    else:
        assert "ligner på" not in status


def test_an_overdue_suggestion_says_it_is_only_suggested(site):
    """Past its deadline a suggestion is "Over fristen" like any request, and still only suggested: staff are told to
    confirm or dismiss it, as `intake requests` tells them."""
    suggested = registered(site, "access", "K1001", status="suggested", reading="rules", days_ago=40)
    confirmed = registered(site, "access", "K1002", days_ago=40)
    with site.signed_in("kari") as kari:
        page = kari.get("/begjaeringer").text
    status = {request_id: text_of(re.findall(r"<td\b.*?</td>", row_of(page, request_id), re.S)[5])
              for request_id in (suggested, confirmed)}
    assert status == {suggested: "Over fristen bare foreslått: bekreft eller avvis", confirmed: "Over fristen"}


def test_the_heading_speaks_of_every_kind_the_register_holds(site):
    with site.signed_in("kari") as kari:
        page = kari.get("/begjaeringer").text
    heading = text_of(re.search(r"<h1>.*?</h1>", page, re.S).group(0))
    assert "innsyn og sletting" not in heading and heading == "Begjæringer om personopplysninger"
    assert ("innsyn, sletting, retting, begrensning, protest, dataportabilitet og tilbaketrekking av samtykke"
            in text_of(page))


@pytest.fixture
def browser():
    with chromium() as browser:
        yield browser


def test_the_register_leads_each_request_to_its_step_in_the_browser(site, browser):
    suggestion = registered(site, "access", "K1001", status="suggested", reading="learned")
    rectification = registered(site, "rectification", "K1001")
    objection = registered(site, "objection", "K1002")
    page = browser.new_page()
    sign_in_with_keyboard(page, site.base_url, "kari")
    page.get_by_role("link", name="Begjæringer", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Begjæringer om personopplysninger")

    row = page.locator("tr", has=page.get_by_role("link", name=f"#{suggestion}", exact=True))
    expect(row).to_contain_text("ligner på tidligere innsynskrav")
    expect(row.get_by_role("button")).to_have_count(0)  # nothing is answered from the list before staff read the mail
    row.get_by_role("link", name="Les e-posten og bekreft").click()
    page.wait_for_url(f"**/begjaeringer/{suggestion}")
    expect(page.get_by_role("button", name=f"Bekreft krav #{suggestion}")).to_be_visible()
    page.get_by_role("button", name=f"Bekreft krav #{suggestion}").click()
    expect(page.get_by_role("status")).to_contain_text("Kravet er bekreftet")

    page.get_by_role("link", name="Tilbake til alle begjæringer").click()
    confirmed = page.locator("tr", has=page.get_by_role("link", name=f"#{suggestion}", exact=True))
    expect(confirmed.get_by_role("button", name="Besvar: last ned innsynspakke")).to_be_visible()

    page.locator("tr", has=page.get_by_role("link", name=f"#{rectification}", exact=True)) \
        .get_by_role("link", name="Besvar: rett opplysningene").click()
    page.wait_for_url("**/person?q=K1001#retting")
    expect(page.get_by_role("button", name="Lagre rettingen")).to_be_visible()  # the form opens where the link points

    page.go_back()
    page.locator("tr", has=page.get_by_role("link", name=f"#{objection}", exact=True)) \
        .get_by_role("link", name="Åpne begjæringen").click()
    page.wait_for_url(f"**/begjaeringer/{objection}")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Krav #{objection}: Protest mot behandling")
    page.close()
