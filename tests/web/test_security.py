"""The web app's defences, over real HTTP: sign-in required everywhere, CSRF, sessions that end,
lockout, refusals that are audited, and mail HTML shown as text."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select
from starlette.routing import Mount, Route

from intake.web.app import create_app
from models import DisposalProposal, WebSession
from tests.web.conftest import HTML_BODY, HTML_SUBJECT, PASSWORD, csrf_of, login_csrf, sign_in

PUBLIC = {"/logg-inn", "/logg-ut", "/oppsett"}


def _guarded_routes(site) -> list[tuple[str, str]]:
    starlette = create_app(site.app).app
    routes = []
    for route in starlette.routes:
        if isinstance(route, Mount) or not isinstance(route, Route) or route.path in PUBLIC:
            continue
        path = re.sub(r"\{[^}]+\}", "1", route.path)
        routes += [(method, path) for method in sorted(route.methods - {"HEAD"})]
    return routes


def test_every_page_without_a_session_redirects_to_sign_in(site):
    routes = _guarded_routes(site)
    assert len(routes) >= 18
    with site.client() as client:
        for method, path in routes:
            response = client.request(method, path, data={"csrf_token": "x"} if method == "POST" else None)
            assert response.status_code == 303, (method, path)
            assert response.headers["location"].startswith("/logg-inn?neste="), (method, path)


def test_a_missing_or_forged_csrf_token_is_refused_and_changes_nothing(site):
    with site.signed_in("kari") as client:
        real = csrf_of(client.get("/oppbevaring").text)
        for data in ({"until": "2099-01-01"}, {"until": "2099-01-01", "csrf_token": "forged-" + real[7:]},
                     {"until": "2099-01-01", "csrf_token": ""}):
            response = client.post("/oppbevaring/forslag", data=data)
            assert response.status_code == 403
            assert "CSRF" in response.text
        with site.app.sessions() as session:
            assert session.scalar(select(func.count()).select_from(DisposalProposal)) == 0
        assert client.post("/oppbevaring/forslag", data={"until": "2099-01-01", "csrf_token": real}).status_code == 303
    # another user's token does not do either
    with site.signed_in("rita") as rita, site.signed_in("ola") as ola:
        ola_token = csrf_of(ola.get("/oppbevaring").text)
        assert rita.post("/oppbevaring/forslag", data={"until": "2099-01-01", "csrf_token": ola_token}).status_code == 403


def test_the_sign_in_form_needs_its_own_token(site):
    with site.client() as client:
        response = client.post("/logg-inn", data={"username": "kari", "password": PASSWORD})
        assert response.status_code == 403
        assert "intake_session" not in response.cookies


def test_a_session_cookie_from_before_sign_out_no_longer_works(site):
    kari = site.signed_in("kari")
    stolen = kari.cookies["intake_session"]
    assert kari.get("/oversikt").status_code == 200
    assert kari.post("/logg-ut", data={"csrf_token": csrf_of(kari.get("/oversikt").text)}).status_code == 303
    with site.client() as attacker:
        attacker.cookies.set("intake_session", stolen)
        response = attacker.get("/person", params={"q": "K1001"})
        assert response.status_code == 303 and response.headers["location"].startswith("/logg-inn")
    with site.app.sessions() as session:
        assert session.scalar(select(WebSession.ended_at).where(WebSession.username == "kari")) is not None
    assert site.audit("web.sign_out", "kari")


def test_cookie_flags(site):
    with site.client() as client:
        response = sign_in(client, "kari")
        cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith("intake_session="))
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Max-Age=" in cookie
        assert "Secure" not in cookie  # web.secure_cookies is off on plain http to 127.0.0.1


@pytest.mark.web_config("secure_cookies = true")
def test_secure_cookies_when_configured(site):
    with site.client() as client:  # plain http here, so the cookies are sent by hand
        form = client.get("/logg-inn")
        csrf_cookie = next(h for h in form.headers.get_list("set-cookie") if h.startswith("intake_login_csrf="))
        assert "Secure" in csrf_cookie
        token = csrf_cookie.split(";")[0].split("=", 1)[1]
        response = client.post("/logg-inn", data={"login_csrf": token, "username": "kari", "password": PASSWORD},
                               headers={"cookie": f"intake_login_csrf={token}"})
        cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith("__Host-intake_session="))
        assert "Secure" in cookie and "HttpOnly" in cookie and "Path=/" in cookie


@pytest.mark.web_config("max_failed_sign_ins = 3\nlockout_minutes = 10")
def test_repeated_failures_lock_the_account_for_a_while(site):
    with site.client() as client:
        for _ in range(3):
            response = sign_in(client, "kari", "feil passord igjen")
            assert response.status_code == 401
            assert "Feil brukernavn eller passord." in response.text
        assert "sperret i 10 minutter" in response.text
        response = sign_in(client, "kari", PASSWORD, expect_success=False)  # the right password does not help while locked
        assert response.status_code == 401 and "For mange mislykte forsøk" in response.text
    failures = site.audit("web.sign_in_failed", "kari")
    assert [e.details["failures"] for e in failures] == [1, 2, 3] and failures[-1].details["locked"]
    assert site.audit("web.sign_in_locked", "kari")
    with site.client() as other:  # others are not affected
        assert sign_in(other, "rita").status_code == 303


def test_an_unknown_user_gets_the_same_answer_as_a_wrong_password(site):
    with site.client() as client:
        unknown = sign_in(client, "ukjent", PASSWORD)
        wrong = sign_in(client, "rita", "ikke passordet")
    assert unknown.status_code == wrong.status_code == 401
    message = "Feil brukernavn eller passord."
    assert message in unknown.text and message in wrong.text


def test_staff_without_the_declaration_are_refused_and_the_refusal_is_audited(site):
    with site.signed_in("nils") as nils:
        for path in ("/oversikt", "/sok?q=Ingrid", "/person?q=K1001", f"/melding/{site.world.open_project_mail}",
                     "/vurdering", "/begjaeringer", "/oppbevaring"):
            response = nils.get(path)
            assert response.status_code == 403, path
            assert "har ikke signert taushetserklæring" in response.text
            assert "Ingrid" not in response.text
    assert len(site.audit("refused", "nils")) == 7


def test_a_role_may_not_do_what_it_does_not_hold(site):
    with site.signed_in("kari") as kari:
        response = kari.get("/person/sletting", params={"q": "K1001"})
        assert response.status_code == 403
        proposal = kari.post("/oppbevaring/forslag", data={"until": "2099-01-01",
                                                           "csrf_token": csrf_of(kari.get("/oppbevaring").text)})
        proposal_id = int(proposal.headers["location"].split("id=")[1])
        # kari proposed; she may not approve (not a records manager), nor may rita-less admin
        response = kari.post(f"/oppbevaring/forslag/{proposal_id}", data={"decision": "approve",
                                                                          "csrf_token": csrf_of(kari.get("/oppbevaring").text)})
        assert response.status_code == 403
    refusals = site.audit("refused", "kari")
    assert {e.target_id for e in refusals} == {"erase", "approve_disposal"}


def test_html_in_a_mail_is_shown_as_text(site):
    with site.signed_in("kari") as kari:
        page = kari.get(f"/melding/{site.html_message}").text
    assert "<script>alert" not in page and "<img src=x" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;alert(&#39;emne&#39;)&lt;/script&gt;&lt;b&gt;Fet tittel&lt;/b&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(&#39;kropp&#39;)&#34;&gt;" in page


def test_security_headers_and_no_inline_script(site):
    with site.signed_in("kari") as kari:
        for path in ("/oversikt", "/person?q=K1001", f"/melding/{site.world.open_project_mail}", "/oppbevaring"):
            response = kari.get(path)
            csp = response.headers["content-security-policy"]
            assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
            assert response.headers["x-frame-options"] == "DENY"
            assert response.headers["referrer-policy"] == "no-referrer"
            assert response.headers["cache-control"] == "no-store"
            assert "<script" not in response.text and "style=" not in response.text
            assert "http://" not in response.text.replace(site.base_url, "") and "https://" not in response.text


def test_sign_in_never_redirects_off_site(site):
    with site.client() as client:
        response = client.post("/logg-inn", data={"login_csrf": login_csrf(client), "username": "kari", "password": PASSWORD,
                                                  "neste": "//evil.example/"})
        assert response.headers["location"] == "/oversikt"


def test_attachments_download_and_are_never_shown_inline(site):
    from tests.privacy.seed import ATTACHMENT_BYTES

    with site.signed_in("kari") as kari:
        page = kari.get(f"/melding/{site.world.open_project_mail}").text
        link = re.search(r'href="(/melding/\d+/vedlegg/\d+)"', page).group(1)
        response = kari.get(link)
    assert response.content == ATTACHMENT_BYTES
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment;")
    assert site.audit("attachment.download", "kari")
