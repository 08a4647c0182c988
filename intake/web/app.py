"""The staff web app: Starlette routes, sign-in, CSRF, security headers, Jinja2 pages.

Pages are thin: each parses its input, calls one function of the service API
(``intake.services``: transactions, permission checks, refusals and audit entries happen
there) and renders a template. Jinja2 escapes everything, so HTML in a mail is shown as text.
"""

from __future__ import annotations

import io
import logging
import secrets
import zipfile
import time
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Callable
from urllib.parse import quote, urlencode

import anyio
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from intake.app import App
from intake.errors import InputError, PermissionDenied
from intake.services import accounts, browse, lawful, privacy, review
from rules import labels
from rules.labels import RECORD_FIELD_NAMES
from rules.staff import roles_allowed_text
from rules.vocabulary import RequestKind, StaffAction
from rules.wording import counted, norwegian_date, norwegian_moment, norwegian_number, recorded

HERE = Path(__file__).parent
log = logging.getLogger("intake.web")

CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),  # URLs can hold a search for a name: never send them on
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
LOGIN_CSRF_COOKIE = "intake_login_csrf"


class SecurityHeaders:
    """Every answer gets the security headers; pages (not static files) are never cached, since they hold
    personal data. The request line is logged without its query string (it can hold a name)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        path = scope.get("path", "")
        status = {}

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                headers = [h for h in message.get("headers", []) if h[0].lower() not in {k for k, _ in SECURITY_HEADERS}]
                headers += SECURITY_HEADERS
                if not path.startswith("/static/"):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            log.info("%s %s %s %.0f ms", scope.get("method"), path, status.get("code", "-"),
                     (time.perf_counter() - started) * 1000)


def create_app(intake_app: App, setup_token: str | None = None) -> Starlette:
    web = intake_app.config.web
    factory = intake_app.sessions
    cookie_name = "__Host-intake_session" if web.secure_cookies else "intake_session"
    environment = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                              trim_blocks=True, lstrip_blocks=True)
    environment.globals.update(labels=labels, label_name=labels.label_name, day=_day, moment=_moment, dato=_dato,
                               erasure_item_name=_erasure_item_name, counted=counted,
                               number=norwegian_number, recorded=recorded)
    templates = Jinja2Templates(env=environment)
    state = {"setup_token": setup_token}

    def render(request: Request, name: str, context: dict, status_code: int = 200) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    # ------------------------------------------------------------ guarding every page

    def page(handler: Callable) -> Callable:
        """Signed-in staff only; POSTs must carry the session's CSRF token. The handler runs in a worker thread
        and gets (request, user, form); refusals from the service layer become 403, bad input 400."""

        @wraps(handler)
        async def endpoint(request: Request) -> Response:
            user = await run_in_threadpool(accounts.signed_in, factory, web, request.cookies.get(cookie_name))
            if user is None:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse("/logg-inn?" + urlencode({"neste": target}), status_code=303)
            form = {}
            if request.method == "POST":
                form = dict(await request.form(max_files=0, max_fields=50))
                if not secrets.compare_digest(str(form.get("csrf_token", "")), user.csrf_token):
                    return render(request, "error.html", {"user": user, "title": "Skjemaet ble avvist",
                                                          "message": "Skjemaet manglet en gyldig sikkerhetsnøkkel (CSRF). "
                                                                     "Last siden på nytt og prøv igjen."}, 403)
            try:
                return await run_in_threadpool(handler, request, user, form)
            except PermissionDenied as error:
                reason = str(error).removeprefix("avvist: ")
                return render(request, "error.html", {"user": user, "title": "Ingen tilgang",
                                                      "message": f"Du har ikke tilgang til dette: {reason}."}, 403)
            except InputError as error:
                return render(request, "error.html", {"user": user, "title": "Kunne ikke utføres",
                                                      "message": str(error)}, 400)

        return endpoint

    def show(request: Request, user, name: str, **context) -> Response:
        return render(request, name, {"user": user, "csrf": user.csrf_token, **context})

    # ------------------------------------------------------------ signing in and out, first start

    async def sign_in_page(request: Request) -> Response:
        target = _safe_target(request.query_params.get("neste") or request.cookies.get("neste"))
        if request.method == "GET":
            if await run_in_threadpool(accounts.signed_in, factory, web, request.cookies.get(cookie_name)):
                return RedirectResponse(target, status_code=303)
            return _login_form(request, target)
        form = await request.form(max_files=0, max_fields=10)
        if not _login_csrf_ok(request, form):
            return _login_form(request, target, "Skjemaet var utløpt. Prøv igjen.", 403)
        target = _safe_target(str(form.get("neste", "")))
        outcome = await run_in_threadpool(accounts.sign_in, factory, web, str(form.get("username", "")),
                                          str(form.get("password", "")))
        if outcome.token is None:
            await anyio.sleep(outcome.delay_seconds)
            return _login_form(request, target, outcome.refusal, 401, username=str(form.get("username", ""))[:64])
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(cookie_name, outcome.token, max_age=int(web.session_hours * 3600), path="/",
                            secure=web.secure_cookies, httponly=True, samesite="strict")
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
        return response

    def _login_form(request: Request, target: str, error: str | None = None, status_code: int = 200,
                    username: str = "") -> Response:
        token = secrets.token_urlsafe(32)
        response = render(request, "sign_in.html", {"user": None, "login_csrf": token, "neste": target, "error": error,
                                                    "username": username,
                                                    "setup_pending": state["setup_token"] is not None}, status_code)
        response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=3600, path="/", secure=web.secure_cookies, httponly=True,
                            samesite="strict")
        return response

    def _login_csrf_ok(request: Request, form) -> bool:
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        return bool(cookie) and secrets.compare_digest(cookie, str(form.get("login_csrf", "")))

    async def sign_out(request: Request) -> Response:
        token = request.cookies.get(cookie_name)
        user = await run_in_threadpool(accounts.signed_in, factory, web, token)
        if user is not None:
            form = await request.form(max_files=0, max_fields=5)
            if not secrets.compare_digest(str(form.get("csrf_token", "")), user.csrf_token):
                return PlainTextResponse("Skjemaet manglet en gyldig sikkerhetsnøkkel (CSRF).", status_code=403)
            await run_in_threadpool(accounts.sign_out, factory, token)
        response = RedirectResponse("/logg-inn", status_code=303)
        response.delete_cookie(cookie_name, path="/", secure=web.secure_cookies, httponly=True, samesite="strict")
        return response

    async def setup_page(request: Request) -> Response:
        token = state["setup_token"]
        form = await request.form(max_files=0, max_fields=10) if request.method == "POST" else {}
        given = str(form.get("token", "") or request.query_params.get("token", ""))
        if token is None or not given or not secrets.compare_digest(given, token) \
                or await run_in_threadpool(accounts.anyone_has_password, factory):
            return render(request, "error.html", {"user": None, "title": "Lenken gjelder ikke",
                                                  "message": "Oppsettlenken er brukt eller gjelder ikke lenger. Logg inn, "
                                                             "eller sett et passord med `intake staff password BRUKER`."}, 404)
        context = {"user": None, "token": token, "error": None, "values": {}}
        if request.method == "POST":
            if not _login_csrf_ok(request, form):
                context["error"] = "Skjemaet var utløpt. Prøv igjen."
            elif form.get("password") != form.get("password_again"):
                context["error"] = "Passordene er ikke like."
            else:
                try:
                    await run_in_threadpool(accounts.set_up_first_administrator, factory, str(form.get("username", "")),
                                            str(form.get("full_name", "")), str(form.get("password", "")),
                                            form.get("declaration") == "signed")
                except InputError as error:
                    context["error"] = str(error)
                else:
                    state["setup_token"] = None
                    return RedirectResponse("/logg-inn?oppsett=ferdig", status_code=303)
            context["values"] = {"username": str(form.get("username", ""))[:64], "full_name": str(form.get("full_name", ""))[:200]}
        login_token = secrets.token_urlsafe(32)
        response = render(request, "setup.html", {**context, "login_csrf": login_token},
                          400 if context["error"] else 200)
        response.set_cookie(LOGIN_CSRF_COOKIE, login_token, max_age=3600, path="/", secure=web.secure_cookies,
                            httponly=True, samesite="strict")
        return response

    # ------------------------------------------------------------ pages

    @page
    def home(request, user, form):
        return RedirectResponse("/oversikt", status_code=303)

    @page
    def overview_page(request, user, form):
        return show(request, user, "overview.html", nav="oversikt", view=browse.overview(intake_app, user.username))

    @page
    def report_preview_page(request, user, form):
        report = browse.report_preview(intake_app, user.username)
        return show(request, user, "report_preview.html", nav="oversikt", report=report)

    @page
    def search_page(request, user, form):
        query = request.query_params.get("q", "").strip()[:200]
        result = browse.search(intake_app, user.username, query) if query else None
        if result is not None and len(result.candidates) == 1:
            return RedirectResponse(_person_url(query, result.candidates[0], 1), status_code=303)
        links = [(c, _person_url(query, c, number)) for number, c in enumerate(result.candidates, 1)] if result else []
        return show(request, user, "search.html", nav="sok", query=query, result=result, links=links)

    @page
    def person_page(request, user, form):
        query = request.query_params.get("q", "").strip()[:200]
        if not query:
            return RedirectResponse("/sok", status_code=303)
        result = privacy.lookup(intake_app, user.username, query, _int(request.query_params.get("valg")))
        if result.report is None:
            links = [(c, _person_url(query, c, number)) for number, c in enumerate(result.candidates, 1)]
            return show(request, user, "search.html", nav="sok", query=query, result=result, links=links)
        record = result.report.record
        owed = lawful.list_notices(intake_app, user.username, owed_only=True, customer_id=record.customer_id) if record else ()
        return show(request, user, "person.html", nav="sok", r=result.report, subject_query=_subject_query(query, result),
                    ok=request.query_params.get("ok"), today=date.today().isoformat(), owed_notices=owed,
                    may_erase=user.may(StaffAction.ERASE_SUBJECT),
                    who_may_lift=roles_allowed_text(StaffAction.ERASE_SUBJECT))

    @page
    def access_package_page(request, user, form):
        package = privacy.answer_access_request(intake_app, user.username, str(form.get("q", "")), _date(form.get("received")))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for item in package.files:
                archive.writestr(f"{package.folder}/{item.path}", item.content)
        return Response(buffer.getvalue(), media_type="application/zip",
                        headers={"content-disposition": f"attachment; filename=\"{package.folder}.zip\""})

    @page
    def rectify_page(request, user, form):
        customer_id = str(form.get("customer_id", ""))
        changes = {field: str(form[f"set_{field}"]).strip() for field in RECORD_FIELD_NAMES
                   if str(form.get(f"set_{field}", "")).strip()}
        if not changes:
            raise InputError("Fyll inn minst ett felt som skal rettes.")
        # the partners owed a notice of the correction (art. 19) are listed on the person's page
        lawful.rectify(intake_app, user.username, customer_id, changes, str(form.get("reason", "")))
        return RedirectResponse("/person?" + urlencode({"q": customer_id, "ok": "rettet"}), status_code=303)

    @page
    def restrict_page(request, user, form):
        """Restrict processing (art. 18); the partners owed a notice (art. 19) are listed on the person's page."""
        customer_id = str(form.get("customer_id", ""))
        lawful.restrict(intake_app, user.username, customer_id, str(form.get("reason", "")))
        return RedirectResponse("/person?" + urlencode({"q": customer_id, "ok": "begrenset"}), status_code=303)

    @page
    def unrestrict_page(request, user, form):
        """Lift a restriction made on request; the service refuses it until the person has been told (art. 18(3))."""
        customer_id = str(form.get("customer_id", ""))
        notice_sent = _date(form.get("notice_sent"))
        if notice_sent is None:
            raise InputError("Oppgi dagen personen fikk beskjed om at begrensningen oppheves (art. 18(3)).")
        lawful.unrestrict(intake_app, user.username, customer_id, notice_sent)
        return RedirectResponse("/person?" + urlencode({"q": customer_id, "ok": "opphevet"}), status_code=303)

    @page
    def withdraw_consent_page(request, user, form):
        """A consent taken back (art. 7(3)); a partner who received data under it is owed a notice (art. 19)."""
        lawful.withdraw_consent(intake_app, user.username, _int(form.get("consent_id")) or 0, _date(form.get("withdrawn_on")))
        return RedirectResponse("/person?" + urlencode({"q": str(form.get("customer_id", "")), "ok": "trukket"}),
                                status_code=303)

    @page
    def notice_done_page(request, user, form):
        """Record that a partner was told of a change (art. 19), as `intake notices done`."""
        lawful.notice_done(intake_app, user.username, _int(form.get("notice_id")) or 0)
        return RedirectResponse("/person?" + urlencode({"q": str(form.get("customer_id", "")), "ok": "varslet"}),
                                status_code=303)

    @page
    def erasure_page(request, user, form):
        if request.method == "GET":
            query = request.query_params.get("q", "")
            answer = privacy.erase(intake_app, user.username, query, dry_run=True)
        else:
            query = str(form.get("q", ""))
            if form.get("confirm") != "yes":
                raise InputError("Bekreft at du har lest gjennom forslaget før du sletter.")
            answer = privacy.erase(intake_app, user.username, query, received_on=_date(form.get("received")))
        return show(request, user, "erasure.html", nav="sok", query=query, view=answer, today=date.today().isoformat())

    @page
    def message_page(request, user, form):
        view = browse.message(intake_app, user.username, request.path_params["pk"])
        return show(request, user, "message.html", nav="sok", m=view)

    @page
    def attachment_page(request, user, form):
        found = browse.attachment(intake_app, user.username, request.path_params["pk"], request.path_params["attachment_id"])
        # Always a download, never shown inline: an HTML or SVG attachment must not run in our origin.
        return Response(found.content, media_type="application/octet-stream",
                        headers={"content-disposition": f"attachment; filename*=UTF-8''{quote(found.filename)}"})

    @page
    def review_page(request, user, form):
        if request.method == "POST":
            item_id = request.path_params["item_id"]
            decision = str(form.get("decision", ""))
            customer_id = str(form.get("customer_id", "")).strip()
            if decision == "accept":
                outcome = review.accept(intake_app, user.username, item_id, customer_id or None)
            elif decision == "link":
                if not customer_id:
                    raise InputError("Oppgi kundenummeret e-posten skal knyttes til.")
                outcome = review.link_to(intake_app, user.username, item_id, customer_id)
            elif decision == "reject":
                outcome = review.reject(intake_app, user.username, item_id)
            else:
                raise InputError("Ukjent valg.")
            return RedirectResponse("/vurdering?" + urlencode({"ok": decision, "id": item_id, "kunde": outcome.customer_id or ""}),
                                    status_code=303)
        items = review.open_items(intake_app, user.username)
        return show(request, user, "review.html", nav="vurdering", items=items, ok=request.query_params.get("ok"),
                    ok_id=request.query_params.get("id"), ok_customer=request.query_params.get("kunde"))

    @page
    def requests_page(request, user, form):
        if request.method == "POST":
            kind, subject, received = str(form.get("kind", "")), str(form.get("q", "")), _date(form.get("received"))
            if kind == RequestKind.ACCESS:
                registered = privacy.register_access_request(intake_app, user.username, subject, received)
            elif kind == RequestKind.ERASURE:
                registered = privacy.register_erasure(intake_app, user.username, subject, received)
            else:
                raise InputError("Velg innsyn eller sletting.")
            return RedirectResponse(f"/begjaeringer?ok=registrert&id={registered.request_id}", status_code=303)
        rows = lawful.list_register_steps(intake_app, user.username)
        return show(request, user, "requests.html", nav="begjaeringer", rows=rows, ok=request.query_params.get("ok"),
                    ok_id=request.query_params.get("id"), today=date.today().isoformat())

    @page
    def request_page(request, user, form):
        """One request from the register: confirm or dismiss a suggestion, extend the deadline (and see the letter to
        the person), record the answer as sent; each through the same service call as `intake requests`."""
        request_id = request.path_params["request_id"]
        letter = None
        if request.method == "POST":
            action = str(form.get("action", ""))
            if action == "confirm":
                lawful.confirm_request(intake_app, user.username, request_id, str(form.get("customer_id", "")).strip() or None,
                                       _date(form.get("received")))
            elif action == "dismiss":
                lawful.dismiss_request(intake_app, user.username, request_id, str(form.get("reason", "")))
            elif action == "extend":
                months = str(form.get("months", ""))
                if months not in ("1", "2"):
                    raise InputError("Velg 1 eller 2 måneder.")
                letter = lawful.extend_request(intake_app, user.username, request_id, int(months),
                                               str(form.get("reason", ""))).letter
            elif action == "answer":
                sent = _date(form.get("sent"))
                if sent is None:
                    raise InputError("Oppgi dagen svaret ble sendt.")
                lawful.answer_request(intake_app, user.username, request_id, sent)
            else:
                raise InputError("Ukjent handling.")
            if letter is None:
                return RedirectResponse(f"/begjaeringer/{request_id}?ok={action}", status_code=303)
        row = lawful.get_register_row(intake_app, user.username, request_id)
        return show(request, user, "request.html", nav="begjaeringer", r=row.entry, step=row.step,
                    extension_months=row.extension_months, letter=letter,
                    ok="extend" if letter else request.query_params.get("ok"), today=date.today().isoformat())

    @page
    def retention_page(request, user, form):
        until = _date(request.query_params.get("til")) or date.today()
        due = privacy.retention_due(intake_app, user.username, until)
        return show(request, user, "retention.html", nav="oppbevaring", due=due,
                    proposals=browse.proposals(intake_app, user.username), holds=privacy.list_holds(intake_app, user.username),
                    ok=request.query_params.get("ok"), ok_id=request.query_params.get("id"),
                    may_hold=user.may(StaffAction.LEGAL_HOLD))

    @page
    def propose_page(request, user, form):
        proposal = privacy.propose_disposal(intake_app, user.username, _date(form.get("until")) or date.today())
        return RedirectResponse(f"/oppbevaring?ok=foreslatt&id={proposal.proposal_id}", status_code=303)

    @page
    def decide_page(request, user, form):
        proposal_id = request.path_params["proposal_id"]
        approve = form.get("decision") == "approve"
        (privacy.approve_disposal if approve else privacy.reject_disposal)(intake_app, user.username, proposal_id)
        return RedirectResponse(f"/oppbevaring?ok={'godkjent' if approve else 'avvist'}&id={proposal_id}", status_code=303)

    @page
    def hold_set_page(request, user, form):
        hold = privacy.set_hold(intake_app, user.username, str(form.get("target_type", "")),
                                str(form.get("target_id", "")).strip(), str(form.get("reason", "")))
        return RedirectResponse(f"/oppbevaring?ok=bevaring&id={hold.hold_id}", status_code=303)

    @page
    def hold_lift_page(request, user, form):
        privacy.lift_hold(intake_app, user.username, request.path_params["hold_id"])
        return RedirectResponse(f"/oppbevaring?ok=opphevet&id={request.path_params['hold_id']}", status_code=303)

    routes = [
        Route("/", home),
        Route("/logg-inn", sign_in_page, methods=["GET", "POST"]),
        Route("/logg-ut", sign_out, methods=["POST"]),
        Route("/oppsett", setup_page, methods=["GET", "POST"]),
        Route("/oversikt", overview_page),
        Route("/oversikt/rapport", report_preview_page),
        Route("/sok", search_page),
        Route("/person", person_page),
        Route("/person/innsyn", access_package_page, methods=["POST"]),
        Route("/person/retting", rectify_page, methods=["POST"]),
        Route("/person/sletting", erasure_page, methods=["GET", "POST"]),
        Route("/person/begrensning", restrict_page, methods=["POST"]),
        Route("/person/begrensning/opphev", unrestrict_page, methods=["POST"]),
        Route("/person/samtykke/trekk-tilbake", withdraw_consent_page, methods=["POST"]),
        Route("/person/varsel", notice_done_page, methods=["POST"]),
        Route("/melding/{pk:int}", message_page),
        Route("/melding/{pk:int}/vedlegg/{attachment_id:int}", attachment_page),
        Route("/vurdering", review_page),
        Route("/vurdering/{item_id:int}", review_page, methods=["POST"]),
        Route("/begjaeringer", requests_page, methods=["GET", "POST"]),
        Route("/begjaeringer/{request_id:int}", request_page, methods=["GET", "POST"]),
        Route("/oppbevaring", retention_page),
        Route("/oppbevaring/forslag", propose_page, methods=["POST"]),
        Route("/oppbevaring/forslag/{proposal_id:int}", decide_page, methods=["POST"]),
        Route("/oppbevaring/bevaring", hold_set_page, methods=["POST"]),
        Route("/oppbevaring/bevaring/{hold_id:int}/opphev", hold_lift_page, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    starlette = Starlette(routes=routes)
    starlette.state.setup_token = state
    return SecurityHeaders(starlette)


# ---------------------------------------------------------------- small helpers

def _safe_target(target: str | None) -> str:
    """Only a path on this site: never an absolute URL or a scheme-relative one (open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target or target.startswith("/logg-"):
        return "/oversikt"
    return target


def _person_url(query: str, candidate, number: int) -> str:
    if candidate.customer_id:
        return "/person?" + urlencode({"q": candidate.customer_id})
    return "/person?" + urlencode({"q": query, "valg": number})


def _subject_query(query: str, result) -> str:
    """A query that names exactly this person, for the buttons (access package, erasure)."""
    report = result.report
    if report.record is not None:
        return report.record.customer_id
    label, _, value = report.ref.partition(":")
    return value if label in ("EMAIL", "PHONE", "NATIONAL_ID") else query


def _erasure_item_name(item_type: str) -> str:
    return "samtykke" if item_type == "consent" else labels.hold_target_name(item_type)


def _int(text) -> int | None:
    try:
        return int(text) if text not in (None, "") else None
    except ValueError:
        raise InputError("ugyldig tall") from None


def _date(text) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise InputError(f"ugyldig dato {str(text)[:20]!r}: bruk ÅÅÅÅ-MM-DD") from None


def _dato(value) -> str:
    """A date as staff read it: 20. november 2026."""
    return norwegian_date(value) if value else "–"


def _day(value) -> str:
    """A day in a table staff read: 20. november 2026 (form fields keep ISO dates for the browser)."""
    return norwegian_date(value) if value else "–"


def _moment(value) -> str:
    if value is None:
        return "–"
    from zoneinfo import ZoneInfo

    return norwegian_moment(value, ZoneInfo("Europe/Oslo"))
