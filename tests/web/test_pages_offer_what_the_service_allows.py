"""A page offers an action exactly when the service would take it: the step that answers a request, the months a
deadline may still be extended by, erasing and lifting a restriction, setting a legal hold, approving or rejecting a
disposal proposal. Each is decided once, by the services and the rules behind them (rules.access.request_step,
rules.access.extension_refusal, rules.staff.may and may_approve_disposal), never again from the role or the kind in
the web layer. Over HTTP and in a real browser."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from intake.services import lawful, privacy
from models import StaffPassword
from models.session import transaction
from rules.staff import ACTION_ROLES
from rules.vocabulary import Role, StaffAction
from tests.web.browser import chromium
from tests.web.conftest import csrf_of, password_hash
from tests.web.test_browser import sign_in_with_keyboard
from tests.web.test_request_register import KINDS, registered, row_of, text_of

TODAY = date.today()


def step_in_row(page: str, request_id: int) -> str:
    """What the register's row offers for the request (its last cell), whitespace folded."""
    return " ".join(re.findall(r"<td\b.*?</td>", row_of(page, request_id), re.S)[-1].split())


def answer_section(page: str) -> str | None:
    """The request page's "Besvar kravet" section, whitespace folded, or None when the page has none."""
    found = re.search(r"<section>\s*<h2>Besvar kravet</h2>.*?</section>", page, re.S)
    return " ".join(found.group(0).split()) if found else None


def offered_step(cell: str) -> str:
    """The link or form inside a row's cell (without the cell itself)."""
    return cell.removeprefix("<td>").removesuffix("</td>").strip()


@pytest.mark.parametrize("username", ["kari", "rita"])
def test_a_request_page_offers_the_step_its_row_in_the_register_offers(site, username):
    """The list has always taken the step from the service; the request's own page picked its links by the kind, so
    an access, erasure or correction request had none there, and the two could disagree. Now both take the one step
    the service decides for the staff member reading them."""
    ids = {kind: registered(site, kind, "K1001") for kind in KINDS}
    ids["outside"] = registered(site, "access", None)
    ids["suggested"] = registered(site, "erasure", "K1002", status="suggested", reading="rules")
    with site.signed_in(username) as member:
        register = member.get("/begjaeringer").text
        for name, request_id in ids.items():
            step = offered_step(step_in_row(register, request_id))
            section = answer_section(member.get(f"/begjaeringer/{request_id}").text)
            if f'href="/begjaeringer/{request_id}"' in step:  # worked on from the page itself: nothing to lead on to
                assert section is None, (username, name)
            else:
                assert section is not None and step in section, (username, name, step, section)
                assert "Registrer deretter nedenfor at svaret er sendt." in section
    with site.signed_in(username) as member:
        erasure = member.get(f"/begjaeringer/{ids['erasure']}").text
        access = member.get(f"/begjaeringer/{ids['access']}").text
        rectification = member.get(f"/begjaeringer/{ids['rectification']}").text
    # Spelled out: the erasure plan only for whoever may erase (rita, a records manager; kari may not).
    assert ('href="/person/sletting?q=K1001">Besvar: se sletteforslaget</a>' in erasure) == (username == "rita")
    assert 'action="/person/innsyn"' in access and "Besvar: last ned innsynspakke" in access
    assert '<a href="/person?q=K1001#retting">Besvar: rett opplysningene</a>' in rectification


def test_only_the_months_the_deadline_may_still_be_extended_by_are_offered(site):
    """The page offered an extension while the request had been extended less than two months, also after its first
    month, when the service refuses any (art. 12(3)); now it offers the months the service would accept."""
    fresh = registered(site, "access", "K1001", days_ago=3)
    once = registered(site, "access", "K1002", days_ago=3)
    lawful.extend_request(site.app, "kari", once, 1, "mange e-poster")
    late = registered(site, "access", "K1003", days_ago=40)
    with site.signed_in("kari") as kari:
        pages = {request_id: kari.get(f"/begjaeringer/{request_id}").text for request_id in (fresh, once, late)}
        assert re.findall(r'<option value="(\d)">', pages[fresh]) == ["1", "2"]
        assert re.findall(r'<option value="(\d)">([^<]*)</option>', pages[once]) == [("1", "1 måned")]
        assert "Forleng fristen" not in pages[late] and 'name="months"' not in pages[late]
        assert "Registrer svaret på krav" in pages[late]  # an overdue request is still answered from its page
        refused = kari.post(f"/begjaeringer/{late}", data={"csrf_token": csrf_of(pages[late]), "action": "extend",
                                                           "months": "1", "reason": "mange e-poster"})
    assert refused.status_code == 400 and "forlengelsen må gis innen den første måneden" in refused.text


def restricted(site, customer_id: str = "K1001") -> None:
    lawful.restrict(site.app, "kari", customer_id, "kunden bestrider telefonnummeret")


def person_actions(page: str) -> tuple[bool, bool]:
    """Whether the person page offers the erasure plan, and the form that lifts a restriction."""
    return "Sletting: se forslag først" in page, 'id="oppheving"' in page


def test_the_person_page_offers_erasure_and_lifting_by_the_permission_table(site, monkeypatch):
    """The page decided who may erase (and lift a restriction, which the service checks as erasing) from a list of
    roles of its own; now it asks the permission table the service checks, so a change to the table (here: erasing
    left to records managers, then opened to everyone) changes what the page offers with it."""
    restricted(site)
    with site.signed_in("admin") as admin:
        assert person_actions(admin.get("/person?q=K1001").text) == (True, True)
    monkeypatch.setitem(ACTION_ROLES, StaffAction.ERASE_SUBJECT, frozenset({Role.RECORDS_MANAGER}))
    with site.signed_in("admin") as admin:
        page = admin.get("/person?q=K1001").text
        assert person_actions(page) == (False, False)
        assert "Bare en arkivansvarlig kan oppheve begrensningen." in text_of(page)
        refused = admin.post("/person/begrensning/opphev", data={"csrf_token": csrf_of(page), "customer_id": "K1001",
                                                                 "notice_sent": TODAY.isoformat()})
        assert refused.status_code == 403  # what the page no longer offers, the service refuses
    with site.signed_in("rita") as rita:
        assert person_actions(rita.get("/person?q=K1001").text) == (True, True)
    monkeypatch.setitem(ACTION_ROLES, StaffAction.ERASE_SUBJECT, frozenset(Role))
    with site.signed_in("kari") as kari:
        assert person_actions(kari.get("/person?q=K1001").text) == (True, True)


def test_the_legal_hold_forms_follow_the_permission_table(site, monkeypatch):
    with site.signed_in("admin") as admin:
        assert "Sett rettslig bevaring" in admin.get("/oppbevaring").text
    monkeypatch.setitem(ACTION_ROLES, StaffAction.LEGAL_HOLD, frozenset({Role.RECORDS_MANAGER}))
    with site.signed_in("admin") as admin:
        assert "Sett rettslig bevaring" not in admin.get("/oppbevaring").text
    with site.signed_in("rita") as rita:
        assert "Sett rettslig bevaring" in rita.get("/oppbevaring").text


def sponsored_records_manager(site, username: str = "siri") -> str:
    """A records manager the administrator registered (and so owes her account to the administrator)."""
    privacy.add_staff(site.app, "admin", username, "Siri Berg", Role.RECORDS_MANAGER, TODAY - timedelta(days=1))
    with transaction(site.app.sessions) as session:
        session.add(StaffPassword(username=username, password_hash=password_hash(), set_by="test"))
    return username


def proposal_card(page: str, proposal_id: int) -> str:
    found = re.search(rf'<article class="card proposal" aria-labelledby="proposal-{proposal_id}">.*?</article>', page, re.S)
    return text_of(found.group(0))


def test_a_proposal_offers_approval_only_to_whoever_the_service_lets_approve(site):
    """The page offered approval to any records manager but the proposer; the service also refuses one who owes her
    account to the proposer (the two-person rule). Now the page asks the same rule, and says why not."""
    siri = sponsored_records_manager(site)
    proposal = privacy.propose_disposal(site.app, "admin", TODAY).proposal_id
    with site.signed_in(siri) as member:
        page = member.get("/oppbevaring").text
        card = proposal_card(page, proposal)
        assert f"Godkjenn forslag #{proposal}" not in card
        assert (f"Du kan ikke godkjenne det: {siri} fikk kontoen eller rollen sin av admin, som foreslo avhendingen; "
                "en annen arkivansvarlig må godkjenne.") in card
        assert f"Avvis forslag #{proposal}" in card  # rejecting needs the role only, as the service checks it
        refused = member.post(f"/oppbevaring/forslag/{proposal}", data={"csrf_token": csrf_of(page), "decision": "approve"})
        assert refused.status_code == 403
    with site.signed_in("kari") as kari:  # not a records manager: neither
        card = proposal_card(kari.get("/oppbevaring").text, proposal)
        assert "Godkjenn forslag" not in card and "Avvis forslag" not in card
        assert "Du kan ikke godkjenne det: kari har rollen saksbehandler" in card
    with site.signed_in("ola") as ola:
        card = proposal_card(ola.get("/oppbevaring").text, proposal)
        assert f"Godkjenn forslag #{proposal}" in card and "Du kan ikke godkjenne" not in card


@pytest.fixture
def browser():
    with chromium() as browser:
        yield browser


def test_a_request_page_leads_to_the_step_that_answers_it_in_the_browser(site, browser):
    rectification = registered(site, "rectification", "K1001")
    erasure = registered(site, "erasure", "K1002")
    page = browser.new_page()
    sign_in_with_keyboard(page, site.base_url, "rita")
    page.goto(f"{site.base_url}/begjaeringer/{rectification}")
    page.get_by_role("link", name="Besvar: rett opplysningene").click()
    page.wait_for_url("**/person?q=K1001#retting")
    expect(page.get_by_role("button", name="Lagre rettingen")).to_be_visible()

    page.goto(f"{site.base_url}/begjaeringer/{erasure}")
    page.get_by_role("link", name="Besvar: se sletteforslaget").click()
    page.wait_for_url("**/person/sletting?q=K1002")
    expect(page.get_by_role("heading", level=1)).to_contain_text("ingenting er endret ennå")
    page.close()


def test_a_sponsored_records_manager_is_told_why_she_cannot_approve_in_the_browser(site, browser):
    siri = sponsored_records_manager(site)
    proposal = privacy.propose_disposal(site.app, "admin", TODAY).proposal_id
    page = browser.new_page()
    sign_in_with_keyboard(page, site.base_url, siri)
    page.get_by_role("link", name="Oppbevaring").click()
    card = page.locator("article.proposal", has_text=f"Forslag #{proposal}")
    expect(card.get_by_role("button", name=f"Godkjenn forslag #{proposal}")).to_have_count(0)
    expect(card).to_contain_text("som foreslo avhendingen; en annen arkivansvarlig må godkjenne")
    page.close()
