"""What the pages show and do, over HTTP (the browser tests walk the main path)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rules.wording import norwegian_date
from tests.web.conftest import csrf_of


@pytest.mark.parametrize("query", ["K1001", "ingrid.solberg@gmail.com", "+47 912 34 567", "15076500565",
                                   "Skogveien 14", "3201-12/345", "Ingrid Solberg"])
def test_one_search_box_finds_a_person_by_anything_they_are_known_by(site, query):
    with site.signed_in("kari") as kari:
        response = kari.get("/sok", params={"q": query})
        if query == "15076500565":  # known only from a finding in a mail, not from the records
            assert response.status_code == 303 and response.headers["location"].startswith("/person?q=15076500565")
            page = kari.get(response.headers["location"]).text
            assert "Tilbygg Skogveien 14" in page and "Fødselsnummer nevnt" in page
            return
        assert response.status_code == 303 and response.headers["location"] == "/person?q=K1001", query
        page = kari.get("/person", params={"q": "K1001"}).text
    assert "Ingrid Solberg" in page and "Treff fordi" in page


def test_several_matches_are_listed_with_why(site):
    with site.signed_in("kari") as kari:
        page = kari.get("/sok", params={"q": "Ingrid"}).text
    assert page.count("navnet i kunderegisteret") == 2 and "Ingrid Berg" in page and "Ingrid Solberg" in page
    assert site.audit("lookup", "kari")[-1].details == {"query_kind": "name", "candidates": 2, "messages": 0, "via": "web"}


def test_the_person_page_writes_a_missing_fact_as_ikke_registrert(site):
    with site.signed_in("kari") as kari:
        page = kari.get("/person?q=K1003").text
    assert "<dt>Telefon</dt><dd>ikke registrert</dd>" in page and "<dt>Privatadresse</dt><dd>ikke registrert</dd>" in page
    assert "<dd>–</dd>" not in page and "<dd>-</dd>" not in page


def test_rectification_from_the_person_page(site):
    with site.signed_in("kari") as kari:
        csrf = csrf_of(kari.get("/person", params={"q": "K1001"}).text)
        response = kari.post("/person/retting", data={"csrf_token": csrf, "customer_id": "K1001", "set_phone": "+47 400 00 000",
                                                       "reason": "kunden ringte"})
        assert response.status_code == 303
        page = kari.get(response.headers["location"]).text
    assert "Rettingen er lagret" in page and "+47 400 00 000" in page and "kunden ringte" in page
    # Staff read the day in Norwegian and the field by its name, not 2026-12-03 and "phone".
    assert f"<li>{norwegian_date(date.today())}: telefonnummer = «+47 400 00 000»" in page
    assert not re.search(r">[^<]*\b\d{4}-\d{2}-\d{2}\b[^<]*<", page.split("<h3>Rettinger</h3>")[1].split("</ul>")[0])
    entry = site.audit("rectify", "kari")[-1]
    assert entry.target_id == "K1001"


def test_review_reject_and_link_to_another_customer(site):
    with site.signed_in("kari") as kari:
        csrf = csrf_of(kari.get("/vurdering").text)
        response = kari.post(f"/vurdering/{site.review_item}", data={"csrf_token": csrf, "decision": "link", "customer_id": "K1002"})
        assert response.status_code == 303
        assert "knyttet til K1002" in kari.get(response.headers["location"]).text
        again = kari.post(f"/vurdering/{site.review_item}", data={"csrf_token": csrf, "decision": "reject"})
        assert again.status_code == 400  # already settled
    assert site.audit("review.linked", "kari")[0].details["customer_id"] == "K1002"


def test_confidences_and_weights_are_written_with_a_decimal_comma(site):
    """Staff read Norwegian: the review queue and a message's links show 0,55, not 0.55 (the JSON keeps numbers)."""
    with site.signed_in("kari") as kari:
        review = kari.get("/vurdering").text
        message = kari.get(f"/melding/{site.world.open_project_mail}").text
    assert "<td>0,55</td>" in review and "<td>0,30</td>" in review and "(0,55)" in review and "(0,30)" in review
    assert "sikkerhet 1,00" in message
    for page in (review, message):
        text = re.sub(r"kl\. \d{2}\.\d{2}(\.\d{2})?", "", re.sub(r"<[^>]*>", " ", page))  # a time of day is "kl. 16.13"
        assert not re.search(r"\b\d+\.\d{2}\b", text), "a decimal point in a number staff read"


def test_legal_hold_set_and_lift_keep_mail_out_of_disposal(site):
    with site.signed_in("rita") as rita:
        csrf = csrf_of(rita.get("/oppbevaring").text)
        response = rita.post("/oppbevaring/bevaring", data={"csrf_token": csrf, "target_type": "message",
                                                            "target_id": str(site.world.expired_on_hold), "reason": "tvist"})
        assert response.status_code == 303
        page = rita.get(response.headers["location"]).text
        assert "holdt tilbake" in page and "rettslig bevaring #" in page and "tvist" in page
        assert f"<td>{norwegian_date(date.today())} av rita</td>" in page  # the holds table, as staff read dates
        hold_id = response.headers["location"].split("id=")[1]
        assert rita.post(f"/oppbevaring/bevaring/{hold_id}/opphev", data={"csrf_token": csrf}).status_code == 303
    assert site.audit("hold.set", "rita") and site.audit("hold.lift", "rita")
    with site.signed_in("kari") as kari:  # staff may not set holds
        csrf = csrf_of(kari.get("/oppbevaring").text)
        assert kari.post("/oppbevaring/bevaring", data={"csrf_token": csrf, "target_type": "customer", "target_id": "K1001",
                                                        "reason": "x"}).status_code == 403


def test_overdue_requests_are_marked(site):
    with site.signed_in("kari") as kari:
        csrf = csrf_of(kari.get("/begjaeringer").text)
        kari.post("/begjaeringer", data={"csrf_token": csrf, "kind": "access", "q": "K1002", "received": "2020-01-10"})
        page = kari.get("/begjaeringer").text
        overview = kari.get("/oversikt").text
    assert 'class="state-overdue"' in page and "Over fristen" in page and "10. februar 2020" in page
    assert "1 over fristen" in overview


def test_the_overview_counts_suggested_open_and_overdue_requests_as_status_does(site):
    """Issue 12: a request found in the mailbox waits as a suggestion; the overview counts it, apart from open ones."""
    from datetime import timedelta

    from models import AccessRequest
    from models.session import transaction

    today = date.today()
    with transaction(site.app.sessions) as session:  # as the pipeline registers a request it recognises in a mail
        session.add(AccessRequest(kind="erasure", customer_id="K1001", subject_ref="K1001", requested_on=today,
                                  deadline=today + timedelta(days=28), status="suggested", registered_by="intake"))
    with site.signed_in("kari") as kari:
        first = " ".join(kari.get("/oversikt").text.split())
        csrf = csrf_of(kari.get("/begjaeringer").text)
        kari.post("/begjaeringer", data={"csrf_token": csrf, "kind": "access", "q": "K1002", "received": today.isoformat()})
        kari.post("/begjaeringer", data={"csrf_token": csrf, "kind": "access", "q": "K1003", "received": today.isoformat()})
        second = " ".join(kari.get("/oversikt").text.split())
    assert "1 foreslått (bekreft eller avvis), 0 åpne, 0 over fristen" in first
    assert "1 foreslått (bekreft eller avvis), 2 åpne, 0 over fristen" in second


def test_overview_and_report_preview(site):
    with site.signed_in("kari") as kari:
        overview = kari.get("/oversikt").text
        preview = kari.get("/oversikt/rapport")
    assert "Siste henting" in overview and "Karantene" in overview and "1 e-post til vurdering" in overview
    assert preview.status_code == 200 and "Oppbevaringsrapport" in preview.text
