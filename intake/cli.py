"""The ``intake`` command: a thin layer over the Python API (click is used only here).

Every expected failure is an ``IntakeError`` and reaches the user as one line on
stderr with the error's exit code, never as a traceback.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click
from sqlalchemy.exc import OperationalError

from intake.app import App
from intake.config import load_config
from intake.errors import IntakeError, RecordsImportError
from intake.logs import setup_logging
from models.session import transaction


class Context:
    def __init__(self, config_path: str | None):
        self.config_path = config_path

    @property
    def app(self) -> App:
        if not hasattr(self, "_app"):
            config = load_config(self.config_path)
            setup_logging(config.daemon.log_level)
            self._app = App(config)
        return self._app


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="INTAKE_CONFIG",
              help="Config file to use (default: ./config.toml, or $INTAKE_CONFIG).")
@click.version_option(package_name="intake")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """intake: keeps proESS's customer correspondence stored, linked, and lawful.

    Start with `intake init`, import the firm's records with `intake records import`,
    then run the daemon with `intake run`. See README.md for every setting.
    """
    ctx.obj = Context(config_path)


@cli.command()
@pass_context
def init(context: Context) -> None:
    """Create or upgrade the database and the data folder. Safe to run again."""
    app = context.app
    app.engine  # migrates
    app.hash_key
    click.echo(f"database ready; data folder {app.config.daemon.data_dir}")


@cli.command()
@click.option("--once", is_flag=True, help="Work through the mailbox once and exit instead of polling.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar over the backlog (default: when stderr is a terminal).")
@pass_context
def run(context: Context, once: bool, progress: bool | None) -> None:
    """Run the mail daemon: store, link, scan and date every message in the mailbox.

    Stops cleanly after the message in hand on Ctrl-C or SIGTERM.
    """
    from intake.daemon import Daemon, single_instance
    from intake.report_job import report_delivery

    app = context.app
    show_progress = sys.stderr.isatty() if progress is None else progress
    reconnect = {"max_backoff": app.config.imap.reconnect_max_seconds} if app.config.mailbox.source == "imap" else {}
    daemon = Daemon(
        source_factory=app.mail_source,
        pipeline=app.pipeline(),
        factory=app.sessions,
        poll_interval=app.config.daemon.poll_interval_seconds,
        progress=_ClickProgress if show_progress else None,
        **reconnect,
    )
    with single_instance(Path(app.config.daemon.data_dir)), daemon.stop_on_signals(), \
            report_delivery(app.config, app.sessions, once):
        daemon.run(once=once)


class _ClickProgress:
    def __init__(self, total: int):
        self._bar = click.progressbar(length=total, label="backlog", file=sys.stderr, show_pos=True, show_eta=True)
        self._bar.__enter__()

    def advance(self) -> None:
        self._bar.update(1)

    def finish(self) -> None:
        self._bar.__exit__(None, None, None)


@cli.group()
def records() -> None:
    """The firm's customer, property and project records."""


@records.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--actor", default="cli", show_default=True, help="Who is importing (written to the audit log).")
@pass_context
def records_import(context: Context, file: Path, actor: str) -> None:
    """Import FILE (CSV with the records header); re-import updates in place.

    A file with any bad row imports nothing; every bad row is listed with its line number.
    """
    from intake.records import import_records_file

    app = context.app
    try:
        with transaction(app.sessions) as session:
            summary = import_records_file(session, file, app.config.retention.policies, actor)
    except RecordsImportError as error:
        for line, reason in error.bad_rows:
            click.echo(f"{error.path}:{line}: {reason}", err=True)
        raise
    click.echo(f"imported {summary.customers} customers, {summary.properties} properties, {summary.projects} projects "
               f"({summary.changed_customers} customers new or changed; retention recomputed for {summary.retention_recomputed} messages)")


@cli.command()
@pass_context
def status(context: Context) -> None:
    """Counts of stored mail, the last poll, and quarantined messages."""
    from intake.status import collect_status, render_status

    with context.app.sessions() as session:
        click.echo(render_status(collect_status(session)))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object per message.")
@pass_context
def analyze(context: Context, paths: tuple[Path, ...], output_format: str) -> None:
    """Link and scan message files (or folders of them) without storing anything.

    Prints one JSON line per message: file, message_id, customer_id, properties, entities.
    Uses the customers in the configured database.
    """
    from intake.analyze_files import analyze_files

    for line in analyze_files(context.app, paths):
        click.echo(json.dumps(line, ensure_ascii=False))


staff_option = click.option(
    "--as", "staff", envvar="INTAKE_STAFF", metavar="USER",
    help="Your staff username (default: $INTAKE_STAFF). Needed for anything that shows or changes personal data.")
DATE = click.DateTime(formats=["%Y-%m-%d"])


def _day(value) -> date | None:
    return value.date() if value is not None else None


@cli.command()
@click.argument("query")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a readable view in Norwegian; json: for scripts.")
@click.option("--choose", type=int, metavar="N", help="When several people match: show number N of the listed candidates.")
@staff_option
@pass_context
def lookup(context: Context, query: str, output_format: str, choose: int | None, staff: str | None) -> None:
    """What we hold about a person: give a name, e-mail address, phone number,
    fødselsnummer, customer id or property ID (e.g. 3201-12/345).

    When several people match, they are listed with why each matched; at a terminal
    you are asked to choose, in scripts use --choose N. Every lookup is written to
    the audit log.
    """
    from intake.lookup import lookup as run_lookup
    from intake.privacy.lookup_view import render_json, render_text

    app = context.app

    def run(choice: int | None):
        with transaction(app.sessions) as session:
            return run_lookup(session, query, staff, app.hash_key, app.config.processing.activities,
                              app.config.mailbox.own_domains, choice)

    result = run(choose)
    if result.report is None and len(result.candidates) > 1 and output_format == "text" and sys.stdin.isatty():
        click.echo(render_text(result, query))
        result = run(click.prompt("Nummer", type=click.IntRange(1, len(result.candidates))))
    click.echo(render_json(result) if output_format == "json" else render_text(result, query))


@cli.group()
def report() -> None:
    """Reports mailed to management on a schedule, or rendered and sent on demand."""


@report.command("retention")
@click.option("--period", help="The month to report on, YYYY-MM (default: the latest month whose report is due).")
@click.option("--send", is_flag=True, help="Send it to the configured recipients unless that month's report was already sent.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the whole message (.eml: HTML, text and CSV attachment) to FILE.")
@pass_context
def report_retention(context: Context, period: str | None, send: bool, out: Path | None) -> None:
    """Render or send one month's retention report.

    Without --send and --out the plain-text version is printed. A month that was
    already rendered for sending shows exactly the stored message.
    """
    from intake.report_job import deliver_on_demand, preview

    app = context.app
    content, note = deliver_on_demand(app.config, app.sessions, period) if send else preview(app.config, app.sessions, period)
    if out is not None:
        out.write_bytes(content)
        click.echo(f"wrote {out}")
    elif not send:
        from intake.report_render import body_part

        click.echo(body_part(content, "plain"), nl=False)
    if note:
        click.echo(note, err=not send)


@cli.command("access-request")
@click.argument("subject", required=False)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the access package to DIR/innsyn-<id>/ and mark the request answered.")
@click.option("--received", type=DATE, help="The day the request came in (default: today); the deadline is one month later.")
@click.option("--list", "list_all", is_flag=True, help="List every request with its deadline and state instead.")
@staff_option
@pass_context
def access_request(context: Context, subject: str | None, out_dir: Path | None, received, list_all: bool, staff: str | None) -> None:
    """Register a person's request for access (GDPR art. 15) and write their access package.

    Without --out the request is only registered, so its one-month deadline is tracked
    from the day it came in. The package holds innsyn.txt (the answer to art.
    15(1)(a)-(h) and 15(2)), data.json (a copy of the data) and vedlegg/. Read it
    through before sending: mail about a person can hold other people's data.
    """
    from intake.privacy import access

    app = context.app
    if list_all:
        with transaction(app.sessions) as session:
            for request, state in access.list_requests(session, staff):
                click.echo(f"#{request.id}  {request.subject_ref:<24} mottatt {request.requested_on}  frist {request.deadline}  {state}")
        return
    if not subject:
        raise click.UsageError("give SUBJECT, or --list")
    with transaction(app.sessions) as session:
        request, report = access.register(session, staff, subject, app.hash_key, _day(received) or date.today(),
                                          app.config.processing.activities)
        folder = None
        if out_dir is not None:
            folder = access.write_package(session, staff, request, report, out_dir, access.controller_from(app.config.processing),
                                          app.config.processing.activities)
    click.echo(f"innsynsbegjæring #{request.id}: mottatt {request.requested_on}, frist {request.deadline}, status {request.status}")
    if folder is not None:
        click.echo(f"innsynspakken er skrevet til {folder} (les gjennom før den sendes)")


@cli.command()
@click.argument("customer_id")
@click.option("--partner", required=True, help="The partner the data goes to (must match a valid consent).")
@click.option("--category", "categories", multiple=True, required=True,
              help="A data category to share: name, phone, email, address, property, project (repeatable).")
@click.option("--project", "project_id", help="The project the sharing is for.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True, help="Folder to write the export to.")
@staff_option
@pass_context
def export(context: Context, customer_id: str, partner: str, categories: tuple[str, ...], project_id: str | None,
           out_dir: Path, staff: str | None) -> None:
    """Export a customer's data to a partner; refused unless a valid consent covers it."""
    from intake.errors import PermissionDenied
    from intake.privacy.consent import export_to_partner

    app = context.app
    with transaction(app.sessions) as session:
        outcome = export_to_partner(session, staff, customer_id, partner, list(categories), project_id, out_dir)
    if not outcome.allowed:
        raise PermissionDenied(f"export refused: {outcome.reason}")
    click.echo(f"skrev {outcome.path} ({outcome.reason})")


@cli.command()
@click.argument("customer_id")
@click.option("--set", "assignments", multiple=True, required=True, metavar="FIELD=VALUE",
              help="A corrected value: name, email, phone, street_address, postcode or city (repeatable).")
@click.option("--reason", required=True, help="Why the record is corrected (kept in the audit log with the old value).")
@staff_option
@pass_context
def rectify(context: Context, customer_id: str, assignments: tuple[str, ...], reason: str, staff: str | None) -> None:
    """Correct a customer's record (GDPR art. 16). Stored mail is never rewritten."""
    from intake.privacy.rectify import rectify as run_rectify

    changes = {}
    for assignment in assignments:
        field, sep, value = assignment.partition("=")
        if not sep:
            raise click.UsageError(f"--set wants FIELD=VALUE, got {field!r}")
        changes[field.strip()] = value
    with transaction(context.app.sessions) as session:
        done = run_rectify(session, staff, customer_id, changes, reason)
    click.echo(f"rettet {len(done)} felt: {', '.join(r.field for r in done) or 'ingen endring'}")


@cli.command()
@click.argument("subject")
@click.option("--dry-run", is_flag=True, help="Show what would be erased and kept, change nothing.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Also write the answer to the person to FILE.")
@staff_option
@pass_context
def erase(context: Context, subject: str, dry_run: bool, out: Path | None, staff: str | None) -> None:
    """Erase what no law requires keeping about a person (GDPR art. 17); restrict the rest.

    Prints the answer to the person: item by item, what was erased and what is kept,
    and why (art. 17(3)(b): bokføringsloven; art. 17(3)(e): legal claims within 13 years).
    """
    from intake.privacy.erasure import erase_subject, render_answer

    app = context.app
    with transaction(app.sessions) as session:
        outcome = erase_subject(session, staff, subject, app.hash_key, app.config.retention.policies,
                                app.config.processing.activities, dry_run=dry_run)
    answer = render_answer(outcome)
    if out is not None:
        out.write_text(answer, encoding="utf-8")
    click.echo(answer, nl=False)


@cli.group()
def consent() -> None:
    """The register of customers' consents to share data with partners."""


@consent.command("grant")
@click.argument("customer_id")
@click.option("--partner", required=True, help="The third-party partner the customer allows sharing with.")
@click.option("--category", "categories", multiple=True, required=True,
              help="name, phone, email, address, property or project (repeatable).")
@click.option("--project", "project_id", help="Only for this project (default: all the customer's projects).")
@click.option("--given", type=DATE, help="The day the consent was given (default: today).")
@click.option("--evidence", help="How it was given, e.g. 'e-post 2025-03-01'.")
@staff_option
@pass_context
def consent_grant(context: Context, customer_id: str, partner: str, categories: tuple[str, ...], project_id: str | None,
                  given, evidence: str | None, staff: str | None) -> None:
    """Record a consent to share data with a partner."""
    from intake.privacy.consent import grant

    with transaction(context.app.sessions) as session:
        record = grant(session, staff, customer_id, partner, list(categories), project_id, _day(given) or date.today(), evidence)
    click.echo(f"samtykke #{record.id} registrert")


@consent.command("withdraw")
@click.argument("consent_id", type=int)
@click.option("--on", "withdrawn_on", type=DATE, help="The day it was withdrawn (default: today).")
@staff_option
@pass_context
def consent_withdraw(context: Context, consent_id: int, withdrawn_on, staff: str | None) -> None:
    """Record that a consent was withdrawn; no export under it from that day."""
    from intake.privacy.consent import withdraw

    with transaction(context.app.sessions) as session:
        withdraw(session, staff, consent_id, _day(withdrawn_on) or date.today())
    click.echo(f"samtykke #{consent_id} trukket tilbake")


@consent.command("list")
@click.argument("customer_id", required=False)
@staff_option
@pass_context
def consent_list(context: Context, customer_id: str | None, staff: str | None) -> None:
    """List consents, for one customer or all."""
    from intake.privacy.consent import list_consents

    with transaction(context.app.sessions) as session:
        for c in list_consents(session, staff, customer_id):
            state = f"trukket tilbake {c.withdrawn_on}" if c.withdrawn_on else "gyldig"
            click.echo(f"#{c.id}  {c.customer_id}  {c.partner}  {','.join(c.data_categories)}  prosjekt {c.project_id or 'alle'}  "
                       f"gitt {c.given_on}  {state}")


@cli.group()
def retention() -> None:
    """Retention: what is due for disposal, and two-step disposal (propose, then approve)."""


@retention.command("due")
@click.option("--until", type=DATE, help="List what is due by this day (default: today).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a readable list in Norwegian; json: for scripts and reports.")
@staff_option
@pass_context
def retention_due(context: Context, until, output_format: str, staff: str | None) -> None:
    """List the messages whose retention has run out, with their basis. Disposes of nothing."""
    from intake.privacy.disposal import due, expired_customer_records

    day = _day(until) or date.today()
    with transaction(context.app.sessions) as session:
        listing = due(session, staff, day)
        records = expired_customer_records(session, day, context.app.config.retention.policies)
    if output_format == "json":
        rows = [{"message_pk": i.message_pk, "category": i.category, "legal_basis": i.legal_basis,
                 "retain_until": i.retain_until.isoformat(), "holds": list(i.hold_reasons)} for i in listing.due + listing.held]
        customers = [{"customer_id": customer_id, "expired_on": expires.isoformat()} for customer_id, expires in records]
        click.echo(json.dumps({"until": day.isoformat(), "items": rows, "customer_records": customers}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{len(listing.due)} e-poster kan avhendes innen {day}; {len(listing.held)} holdes tilbake av rettslig bevaring")
    for item in listing.due:
        click.echo(f"  #{item.message_pk}  frist {item.retain_until}  {item.category}: {item.legal_basis}")
    for item in listing.held:
        click.echo(f"  #{item.message_pk}  frist {item.retain_until}  HOLDT: {'; '.join(item.hold_reasons)}")
    for customer_id, expires in records:
        click.echo(f"  kunde {customer_id}: alle prosjekter avsluttet, frist {expires}; fjernes med `intake erase {customer_id}`")


@retention.command("propose")
@click.option("--until", type=DATE, help="Propose what is due by this day (default: today).")
@staff_option
@pass_context
def retention_propose(context: Context, until, staff: str | None) -> None:
    """Propose disposing of what is due; a records manager other than you must approve."""
    from intake.privacy.disposal import propose, proposal_items

    with transaction(context.app.sessions) as session:
        proposal = propose(session, staff, _day(until) or date.today())
        count = len(proposal_items(session, proposal.id))
    click.echo(f"forslag #{proposal.id}: {count} e-poster; godkjennes med `intake retention approve {proposal.id}`")


@retention.command("approve")
@click.argument("proposal_id", type=int)
@staff_option
@pass_context
def retention_approve(context: Context, proposal_id: int, staff: str | None) -> None:
    """Approve a disposal proposal (records manager, not the proposer); each item is checked again first."""
    from intake.privacy.disposal import approve, proposal_items

    with transaction(context.app.sessions) as session:
        approve(session, staff, proposal_id)
        items = proposal_items(session, proposal_id)
    disposed = [i for i in items if i.outcome == "disposed"]
    click.echo(f"forslag #{proposal_id} godkjent: {len(disposed)} avhendet, {len(items) - len(disposed)} hoppet over")
    for item in items:
        if item.outcome != "disposed":
            click.echo(f"  #{item.message_pk} hoppet over: {item.outcome_reason}")


@retention.command("reject")
@click.argument("proposal_id", type=int)
@staff_option
@pass_context
def retention_reject(context: Context, proposal_id: int, staff: str | None) -> None:
    """Reject a disposal proposal (records manager)."""
    from intake.privacy.disposal import reject

    with transaction(context.app.sessions) as session:
        reject(session, staff, proposal_id)
    click.echo(f"forslag #{proposal_id} avvist")


@cli.group()
def hold() -> None:
    """Legal holds: while active, nothing they cover is disposed of or erased."""


@hold.command("set")
@click.argument("target_type", type=click.Choice(["customer", "property", "project", "message"]))
@click.argument("target_id")
@click.option("--reason", required=True, help="The dispute or claim the hold is for.")
@staff_option
@pass_context
def hold_set(context: Context, target_type: str, target_id: str, reason: str, staff: str | None) -> None:
    """Put a customer, property (key, e.g. 3201-12/345), project or message (number) on legal hold."""
    from intake.privacy.holds import set_hold

    with transaction(context.app.sessions) as session:
        record = set_hold(session, staff, target_type, target_id, reason)
    click.echo(f"rettslig bevaring #{record.id} satt")


@hold.command("lift")
@click.argument("hold_id", type=int)
@staff_option
@pass_context
def hold_lift(context: Context, hold_id: int, staff: str | None) -> None:
    """Lift a legal hold."""
    from intake.privacy.holds import lift_hold

    with transaction(context.app.sessions) as session:
        lift_hold(session, staff, hold_id)
    click.echo(f"rettslig bevaring #{hold_id} opphevet")


@hold.command("list")
@staff_option
@pass_context
def hold_list(context: Context, staff: str | None) -> None:
    """List active legal holds."""
    from intake.privacy.holds import active_holds, hold_summary
    from intake.privacy.staff import require
    from rules.staff import RETENTION_DUE

    with transaction(context.app.sessions) as session:
        require(session, staff, RETENTION_DUE)
        for record in active_holds(session):
            click.echo(hold_summary(record))


@cli.group()
def staff() -> None:
    """Staff who may see personal data: roles and the signed confidentiality declaration."""


@staff.command("add")
@click.argument("username")
@click.option("--name", "full_name", required=True, help="The staff member's full name.")
@click.option("--role", type=click.Choice(["staff", "records_manager", "administrator"]), required=True,
              help="staff: look up and correct; records_manager: also erase, hold and approve disposal; "
                   "administrator: also manage staff.")
@click.option("--signed", type=DATE, help="The day the taushetserklæring was signed (none: no access to personal data).")
@click.option("--inactive", is_flag=True, help="Register as no longer active (keeps the history, removes access).")
@staff_option
@pass_context
def staff_add(context: Context, username: str, full_name: str, role: str, signed, inactive: bool, staff: str | None) -> None:
    """Register or update a staff member (administrator; the very first one registers itself)."""
    from intake.privacy.staff import add_staff

    with transaction(context.app.sessions) as session:
        add_staff(session, staff, username, full_name, role, _day(signed), active=not inactive)
    click.echo(f"{username} registrert som {role}")


@staff.command("list")
@staff_option
@pass_context
def staff_list(context: Context, staff: str | None) -> None:
    """List staff, roles and when each signed the confidentiality declaration."""
    from intake.privacy.staff import list_staff

    with context.app.sessions() as session:
        for user in list_staff(session, staff):
            signed = user.confidentiality_signed_on.isoformat() if user.confidentiality_signed_on else "IKKE SIGNERT"
            click.echo(f"{user.username:<16} {user.role:<16} taushetserklæring {signed}{'' if user.active else '  (inaktiv)'}")


@cli.group()
def audit() -> None:
    """The append-only, hash-chained audit log."""


@audit.command("verify")
@pass_context
def audit_verify(context: Context) -> None:
    """Check the audit chain; exits 1 and names each entry where it is broken (edited, deleted or reordered)."""
    from sqlalchemy import func, select

    from models import AuditEntry
    from models.audit import verify_audit_chain

    with context.app.sessions() as session:
        breaks = verify_audit_chain(session)
        total = session.scalar(select(func.count()).select_from(AuditEntry))
    if breaks:
        for problem in breaks:
            click.echo(f"entry {problem.entry_id}: {problem.problem}", err=True)
        raise IntakeError(f"audit log is broken in {len(breaks)} place(s)")
    click.echo(f"audit log intact: {total} entries")


@cli.group()
def mailbox() -> None:
    """The mailbox intake reads from."""


@mailbox.command("check")
@pass_context
def mailbox_check(context: Context) -> None:
    """Connect and log in, then list the watched folders with their message counts.

    Exits non-zero with one line saying what is wrong when the server cannot be reached,
    the login is refused, the certificate is not trusted or a watched folder is missing.
    """
    from intake.errors import MailSourceError

    config = context.app.config
    if config.mailbox.source != "imap":
        click.echo(f"maildir {config.maildir.path}: {context.app.mail_source().count_pending()} messages waiting")
        return
    from intake.sources.imap import check_mailbox

    report = check_mailbox(config.imap, config.secret(config.imap.password_env))
    for line in report.lines():
        click.echo(line)
    if report.missing:
        raise MailSourceError(f"watched folder(s) missing on {report.server}: {', '.join(report.missing)}")


@cli.group(invoke_without_command=True)
@staff_option
@click.pass_context
def review(ctx: click.Context, staff: str | None) -> None:
    """Messages the linker would not link on its own: list them with their evidence, then settle each.

    Without a subcommand, lists the open items. Accepting or linking remembers the
    sender's address for that customer, so the next message from it links by itself.
    """
    if ctx.invoked_subcommand is not None:
        return
    from intake.review import open_items

    with transaction(ctx.find_object(Context).app.sessions) as session:
        items = open_items(session, staff)
    if not items:
        click.echo("Ingen meldinger venter på vurdering.")
    for item in items:
        when = item.sent_at.date().isoformat() if item.sent_at else "ukjent dato"
        click.echo(f"#{item.item_id}  melding {item.message_pk}  {when}  fra {item.from_address or '-'}  «{item.subject or ''}»")
        click.echo(f"    grunn: {item.reason}")
        for candidate in item.candidates:
            signals = ", ".join(f"{r['signal']} ({r['weight']:.2f})" for r in candidate["reasons"])
            click.echo(f"    kandidat {candidate['customer_id']}  {candidate['confidence']:.2f}: {signals}")


@review.command("accept")
@click.argument("item_id", type=int)
@click.option("--customer", "customer_id", help="Which candidate, when there are several (default: the strongest).")
@staff_option
@pass_context
def review_accept(context: Context, item_id: int, customer_id: str | None, staff: str | None) -> None:
    """Link the message of review item ITEM_ID to its strongest (or the named) candidate."""
    from intake.review import accept

    app = context.app
    with transaction(app.sessions) as session:
        linked = accept(session, staff, item_id, app.config.retention.policies, app.config.mailbox.own_domains, customer_id)
    click.echo(f"#{item_id} knyttet til {linked}")


@review.command("reject")
@click.argument("item_id", type=int)
@staff_option
@pass_context
def review_reject(context: Context, item_id: int, staff: str | None) -> None:
    """The message of review item ITEM_ID concerns none of the candidates: leave it unlinked."""
    from intake.review import reject

    with transaction(context.app.sessions) as session:
        reject(session, staff, item_id)
    click.echo(f"#{item_id} avvist; meldingen forblir uten kunde")


@review.command("link-to")
@click.argument("item_id", type=int)
@click.argument("customer_id")
@staff_option
@pass_context
def review_link_to(context: Context, item_id: int, customer_id: str, staff: str | None) -> None:
    """Link the message of review item ITEM_ID to CUSTOMER_ID, a candidate or not."""
    from intake.review import link_to

    app = context.app
    with transaction(app.sessions) as session:
        linked = link_to(session, staff, item_id, customer_id, app.config.retention.policies, app.config.mailbox.own_domains)
    click.echo(f"#{item_id} knyttet til {linked}")


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="intake", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except IntakeError as error:
        click.echo(f"intake: {error}", err=True)
        return error.exit_code
    except OperationalError as error:
        click.echo(f"intake: the database cannot be reached ({type(error.orig).__name__})", err=True)
        return 4
    return 0


if __name__ == "__main__":
    sys.exit(main())
