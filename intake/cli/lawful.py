"""Commands that keep privacy decisions true over time (issue 12): the request register."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import click

from intake.cli.root import DATE, Context, as_day, cli, pass_context, staff_option
from intake.files import check_output_file, write_private

from rules.labels import request_kind_word
from rules.wording import counted, norwegian_date

STATE_WORDS = {"suggested": "foreslått", "open": "åpen", "extended": "forlenget", "overdue": "FORFALT",
               "answered": "besvart", "dismissed": "avvist"}


def _line(request) -> str:
    who = request.customer_id or (f"e-post #{request.source_message_pk}" if request.source_message_pk else "ukjent")
    extra = ""
    if request.extended_months:
        extra += f"; forlenget {counted(request.extended_months, 'måned')}: {request.extension_reason}"
    if request.answered_on:
        extra += f"; svar sendt {norwegian_date(request.answered_on)}"
    if request.dismissal_reason:
        extra += f"; avvist: {request.dismissal_reason}"
    if request.due_soon:
        extra += "; fristen er nær"
    source = f"; fra e-post #{request.source_message_pk}" if request.source_message_pk and request.customer_id else ""
    return (f"#{request.request_id}  {request_kind_word(request.kind):<17} {STATE_WORDS[request.state]:<10} "
            f"{who:<14} mottatt {norwegian_date(request.received_on)}  frist {norwegian_date(request.deadline)}{source}{extra}")


def _json(request) -> dict:
    return {key: value.isoformat() if isinstance(value, date) else value for key, value in asdict(request).items()}


@cli.group(invoke_without_command=True)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one line per request, in Norwegian; json: for scripts (codes, not words).")
@staff_option
@click.pass_context
def requests(ctx: click.Context, output_format: str, staff: str | None) -> None:
    """The register of data subjects' requests: access, erasure, rectification, restriction,
    objection, portability and consent withdrawal.

    Without a subcommand, lists every request (suggested, open, extended, overdue, answered,
    dismissed) with its deadline, soonest first. Requests the daemon recognised in the
    mailbox are *suggested* until you confirm or dismiss them; each is due one month after
    the mail came in (GDPR art. 12(3)).
    """
    if ctx.invoked_subcommand is not None:
        return
    from intake.services import lawful

    rows = lawful.list_register(ctx.find_object(Context).app, staff)
    if output_format == "json":
        click.echo(json.dumps([_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("Ingen krav i registeret.")
    for row in rows:
        click.echo(_line(row))


@requests.command("confirm")
@click.argument("request_id", type=int)
@click.option("--customer", "customer_id", help="The customer the request is from (when the mail was not linked).")
@click.option("--received", type=DATE, help="Correct the day it came in (the deadline moves with it; audited).")
@staff_option
@pass_context
def requests_confirm(context: Context, request_id: int, customer_id: str | None, received, staff: str | None) -> None:
    """A suggested request is a real one: it becomes open, due one month after it came in."""
    from intake.services import lawful

    row = lawful.confirm_request(context.app, staff, request_id, customer_id, as_day(received))
    click.echo(_line(row))


@requests.command("dismiss")
@click.argument("request_id", type=int)
@click.option("--reason", required=True, help="Why it is not a request (kept in the register and the audit log).")
@staff_option
@pass_context
def requests_dismiss(context: Context, request_id: int, reason: str, staff: str | None) -> None:
    """Not a request after all (a suggestion, or a request registered by mistake)."""
    from intake.services import lawful

    row = lawful.dismiss_request(context.app, staff, request_id, reason)
    click.echo(_line(row))


@requests.command("extend")
@click.argument("request_id", type=int)
@click.option("--months", type=click.IntRange(1, 2), required=True, help="1 or 2 further months (at most 2 in all).")
@click.option("--reason", required=True, help="Why more time is needed; stated in the letter to the person.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the letter to the person to FILE (checked before anything is changed).")
@staff_option
@pass_context
def requests_extend(context: Context, request_id: int, months: int, reason: str, out: Path | None,
                    staff: str | None) -> None:
    """Extend the deadline (GDPR art. 12(3)): within the first month, with a reason the person is told.

    Prints the register line and the letter to the person (the new deadline and the reason);
    send it within the first month.
    """
    from intake.services import lawful

    if out is not None:
        check_output_file(out)  # before the deadline is changed
    extension = lawful.extend_request(context.app, staff, request_id, months, reason)
    click.echo(_line(extension.request))
    click.echo("")
    click.echo(extension.letter, nl=False)  # printed first: the extension is recorded, its letter must not be lost
    if out is not None:
        write_private(out, extension.letter)
        click.echo(f"brevet er skrevet til {out}")


@requests.command("answer")
@click.argument("request_id", type=int)
@click.option("--sent", type=DATE, required=True, help="The day the answer was sent to the person.")
@staff_option
@pass_context
def requests_answer(context: Context, request_id: int, sent, staff: str | None) -> None:
    """Record that the answer was sent: only then is a request answered."""
    from intake.services import lawful

    row = lawful.answer_request(context.app, staff, request_id, as_day(sent))
    click.echo(_line(row))


@requests.command("received")
@click.argument("request_id", type=int)
@click.argument("received", type=DATE)
@staff_option
@pass_context
def requests_received(context: Context, request_id: int, received, staff: str | None) -> None:
    """Correct the day a request came in; the deadline moves with it (audited). Not in the future."""
    from intake.services import lawful

    row = lawful.correct_received(context.app, staff, request_id, as_day(received))
    click.echo(_line(row))


def echo_notices(notices) -> None:
    """Art. 19: who received the data, and whether each has been told."""
    from intake.privacy.notices import CAUSE_WORDS

    for notice in notices:
        if notice.notified_on:
            click.echo(f"  {notice.partner} har fått opplysningene og er varslet om {CAUSE_WORDS[notice.cause]} "
                       f"{norwegian_date(notice.notified_on)}")
        else:
            click.echo(f"  {notice.partner} har fått opplysningene og må varsles om {CAUSE_WORDS[notice.cause]} "
                       f"(art. 19): registrer med `intake notices done {notice.notice_id}` når det er gjort")


@cli.group(invoke_without_command=True)
@click.option("--all", "show_all", is_flag=True, help="Also list notices already given.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one line per notice, in Norwegian; json: for scripts.")
@staff_option
@click.pass_context
def notices(ctx: click.Context, show_all: bool, output_format: str, staff: str | None) -> None:
    """Partners to be told of a correction, erasure, restriction or withdrawn consent (GDPR art. 19).

    Without a subcommand, lists the notices still owed (--all: every notice).
    """
    if ctx.invoked_subcommand is not None:
        return
    from intake.privacy.notices import CAUSE_WORDS
    from intake.services import lawful

    rows = lawful.list_notices(ctx.find_object(Context).app, staff, owed_only=not show_all)
    if output_format == "json":
        click.echo(json.dumps([_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("Ingen varsler til mottakere står igjen." if not show_all else "Ingen varsler registrert.")
    for row in rows:
        state = f"varslet {norwegian_date(row.notified_on)}" if row.notified_on else "IKKE VARSLET"
        click.echo(f"#{row.notice_id}  {row.customer_id:<10} {row.partner:<24} {CAUSE_WORDS[row.cause]:<24} "
                   f"siden {norwegian_date(row.owed_since)}  {state}")


@notices.command("done")
@click.argument("notice_id", type=int)
@click.option("--on", "told_on", type=DATE, help="The day the partner was told (default: today).")
@staff_option
@pass_context
def notices_done(context: Context, notice_id: int, told_on, staff: str | None) -> None:
    """Record that the partner was told."""
    from intake.services import lawful

    row = lawful.notice_done(context.app, staff, notice_id, as_day(told_on))
    click.echo(f"varsel #{row.notice_id} til {row.partner} registrert som gitt {norwegian_date(row.notified_on)}")


@cli.command()
@click.argument("customer_id")
@click.option("--reason", required=True, help="Why (e.g. the person disputes the data, art. 18(1)(a)); shown in lookup.")
@click.option("--notified", multiple=True, metavar="PARTNER",
              help="A partner who received the data and has been told of the restriction (art. 19; repeatable).")
@staff_option
@pass_context
def restrict(context: Context, customer_id: str, reason: str, notified: tuple[str, ...], staff: str | None) -> None:
    """Restrict processing of a customer's data (GDPR article 18): kept, but not used or shared.

    While restricted, export to partners is refused whatever consent exists; lookup and the
    monthly report show the restriction.
    """
    from intake.services import lawful

    outcome = lawful.restrict(context.app, staff, customer_id, reason, notified)
    click.echo(f"behandlingen av opplysningene om {customer_id} er begrenset")
    echo_notices(outcome.notices)


@cli.command()
@click.argument("customer_id")
@click.option("--notice-sent", type=DATE, required=True,
              help="The day the person was told the restriction will be lifted (art. 18(3)); not in the future.")
@staff_option
@pass_context
def unrestrict(context: Context, customer_id: str, notice_sent, staff: str | None) -> None:
    """Lift a restriction made on request (records manager); the person must have been told first."""
    from intake.services import lawful

    lawful.unrestrict(context.app, staff, customer_id, as_day(notice_sent))
    click.echo(f"begrensningen for {customer_id} er opphevet (varsel sendt {norwegian_date(as_day(notice_sent))})")
