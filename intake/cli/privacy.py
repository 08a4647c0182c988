"""Commands that show or change personal data (issue 7): each needs a staff identity."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from intake.errors import IntakeError

from models.session import transaction

from intake.cli.root import DATE, Context, as_day, cli, pass_context, staff_option


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
    from intake.privacy.lookup import lookup as run_lookup
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


@cli.command("access-request")
@click.argument("subject", required=False)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the access package to DIR/innsyn-<id>/ and mark the request answered.")
@click.option("--received", type=DATE, help="The day the request came in (default: today); the deadline is one month later.")
@click.option("--list", "list_all", is_flag=True,
              help="List every request, access and erasure, with its kind, deadline and state (open, overdue, answered) instead.")
@staff_option
@pass_context
def access_request(context: Context, subject: str | None, out_dir: Path | None, received, list_all: bool, staff: str | None) -> None:
    """Register a person's request for access (GDPR article 15) and write their access package.

    Without --out the request is only registered, so its one-month deadline is tracked
    from the day it came in. The package holds innsyn.txt (the answer to art.
    15(1)(a)-(h) and 15(2)), data.json (a copy of the data) and vedlegg/. Read it
    through before sending: mail about a person can hold other people's data.
    """
    from intake.privacy import access
    from intake.privacy.requests import list_requests

    app = context.app
    if list_all:
        with transaction(app.sessions) as session:
            for request, state in list_requests(session, staff):
                click.echo(f"#{request.id}  {request.kind:<8} {request.subject_ref:<24} mottatt {request.requested_on}  "
                           f"frist {request.deadline}  {state}")
        return
    if not subject:
        raise click.UsageError("give SUBJECT, or --list")
    with transaction(app.sessions) as session:
        request, report = access.register(session, staff, subject, app.hash_key, as_day(received) or date.today(),
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
    """Correct a customer's record (GDPR article 16). Stored mail is never rewritten."""
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
@click.option("--received", type=DATE,
              help="The day the erasure request came in (default: today); the answer is due one month later.")
@click.option("--register-only", is_flag=True,
              help="Only register the request and its deadline; carry it out later with `intake erase SUBJECT`.")
@staff_option
@pass_context
def erase(context: Context, subject: str, dry_run: bool, out: Path | None, received, register_only: bool,
          staff: str | None) -> None:
    """Erase what no law requires keeping about a person (GDPR article 17); restrict the rest.

    Prints the answer to the person: item by item, what was erased and what is kept,
    and why (art. 17(3)(b): bokføringsloven; art. 17(3)(e): legal claims within 13 years).
    The request is kept in the request register (see `intake access-request --list`):
    with --register-only it is registered with its one-month deadline and nothing is
    erased; otherwise it is carried out and marked answered today.
    """
    from intake.privacy.erasure import erase_subject, register_erasure, render_answer

    app = context.app
    if register_only and (dry_run or out is not None):
        raise click.UsageError("--register-only erases nothing: it cannot be combined with --dry-run or --out")
    if register_only:
        with transaction(app.sessions) as session:
            request = register_erasure(session, staff, subject, app.hash_key, as_day(received) or date.today())
        click.echo(f"slettebegjæring #{request.id}: mottatt {request.requested_on}, frist {request.deadline}, "
                   f"status {request.status}")
        return
    with transaction(app.sessions) as session:
        outcome = erase_subject(session, staff, subject, app.hash_key, app.config.retention.policies,
                                app.config.processing.activities, dry_run=dry_run, received_on=as_day(received))
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
        record = grant(session, staff, customer_id, partner, list(categories), project_id, as_day(given) or date.today(), evidence)
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
        withdraw(session, staff, consent_id, as_day(withdrawn_on) or date.today())
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

    day = as_day(until) or date.today()
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
        proposal = propose(session, staff, as_day(until) or date.today())
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
        add_staff(session, staff, username, full_name, role, as_day(signed), active=not inactive)
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
