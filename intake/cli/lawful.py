"""Commands that keep privacy decisions true over time (issue 12): the request register."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import click

from intake.cli.root import DATE, Context, as_day, cli, pass_context, staff_option
from intake.files import check_output_file, write_private

from rules.labels import person_ref_name, request_kind_word, request_reading_text
from rules.wording import counted, norwegian_date

STATE_WORDS = {"suggested": "foreslått", "open": "åpen", "extended": "forlenget", "overdue": "FORFALT",
               "answered": "besvart", "dismissed": "avvist"}


def _line(request) -> str:
    who = request.customer_id or (f"e-post #{request.source_message_pk}" if request.source_message_pk else
                                  person_ref_name(request.subject_ref or ""))
    extra = ""
    if request.state == "overdue" and request.status == "suggested":
        extra += "; bare foreslått: bekreft eller avvis"
    if request.extended_months:
        extra += f"; forlenget {counted(request.extended_months, 'måned')}: {request.extension_reason}"
    if request.answered_on:
        extra += f"; svar sendt {norwegian_date(request.answered_on)}"
    if request.dismissal_reason:
        extra += f"; avvist: {request.dismissal_reason}"
    if request.due_soon:
        extra += "; fristen er nær"
    source = f"; fra e-post #{request.source_message_pk}" if request.source_message_pk and request.customer_id else ""
    reading = request_reading_text(request.reading, request.kind)  # only the learned model's finding has a note
    if reading:
        source += f"; {reading}"
    return (f"#{request.request_id}  {request_kind_word(request.kind):<17} {STATE_WORDS[request.state]:<10} "
            f"{who:<14} mottatt {norwegian_date(request.received_on)}  frist {norwegian_date(request.deadline)}{source}{extra}")


def _json(request) -> dict:
    return {key: value.isoformat() if isinstance(value, date) else value for key, value in asdict(request).items()}


@cli.group(invoke_without_command=True)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: én linje per krav, på norsk; json: for skript (koder, ikke ord).")
@staff_option
@click.pass_context
def requests(ctx: click.Context, output_format: str, staff: str | None) -> None:
    """Registeret over krav fra de registrerte: innsyn, sletting, retting, begrensning,
    protest, dataportabilitet og tilbaketrekking av samtykke.

    Uten underkommando listes hvert krav (foreslått, åpent, forlenget, forfalt, besvart,
    avvist) med fristen, den nærmeste først. Krav e-posttjenesten kjente igjen i postkassen
    er *foreslått* til du bekrefter eller avviser dem; hvert skal besvares innen én måned
    etter at e-posten kom (GDPR art. 12(3)). Et forslag merket «ligner på tidligere
    innsynskrav» eller «ligner på tidligere slettekrav» er ikke funnet ved en kjent
    formulering: les e-posten før du bekrefter det.
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
@click.option("--customer", "customer_id", help="Kunden kravet kommer fra (når e-posten ikke ble knyttet).")
@click.option("--received", type=DATE, help="Rett dagen kravet kom inn (fristen flyttes med; føres i revisjonsloggen).")
@staff_option
@pass_context
def requests_confirm(context: Context, request_id: int, customer_id: str | None, received, staff: str | None) -> None:
    """Et foreslått krav er et ekte krav: det blir åpent, med frist én måned etter at det kom inn."""
    from intake.services import lawful

    row = lawful.confirm_request(context.app, staff, request_id, customer_id, as_day(received))
    click.echo(_line(row))


@requests.command("dismiss")
@click.argument("request_id", type=int)
@click.option("--reason", required=True, help="Hvorfor det ikke er et krav (tas vare på i registeret og revisjonsloggen).")
@staff_option
@pass_context
def requests_dismiss(context: Context, request_id: int, reason: str, staff: str | None) -> None:
    """Ikke et krav likevel (et forslag, eller et krav registrert ved en feil)."""
    from intake.services import lawful

    row = lawful.dismiss_request(context.app, staff, request_id, reason)
    click.echo(_line(row))


@requests.command("extend")
@click.argument("request_id", type=int)
@click.option("--months", type=click.IntRange(1, 2), required=True, help="1 eller 2 måneder til (høyst 2 i alt).")
@click.option("--reason", required=True, help="Hvorfor det trengs mer tid; står i brevet til personen.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Skriv også brevet til personen til FIL (kontrolleres før noe endres).")
@staff_option
@pass_context
def requests_extend(context: Context, request_id: int, months: int, reason: str, out: Path | None,
                    staff: str | None) -> None:
    """Forleng fristen (GDPR art. 12(3)): innen den første måneden, med en begrunnelse personen får vite.

    Skriver ut linjen i registeret og brevet til personen (den nye fristen og grunnen);
    send det innen den første måneden.
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
@click.option("--sent", type=DATE, required=True, help="Dagen svaret ble sendt til personen.")
@staff_option
@pass_context
def requests_answer(context: Context, request_id: int, sent, staff: str | None) -> None:
    """Registrer at svaret er sendt: først da er kravet besvart."""
    from intake.services import lawful

    row = lawful.answer_request(context.app, staff, request_id, as_day(sent))
    click.echo(_line(row))


@requests.command("received")
@click.argument("request_id", type=int)
@click.argument("received", type=DATE)
@staff_option
@pass_context
def requests_received(context: Context, request_id: int, received, staff: str | None) -> None:
    """Rett dagen et krav kom inn; fristen flyttes med (føres i revisjonsloggen). Ikke fram i tid."""
    from intake.services import lawful

    row = lawful.correct_received(context.app, staff, request_id, as_day(received))
    click.echo(_line(row))


def echo_notices(notices) -> None:
    """Art. 19: hvem som fikk opplysningene, og om hver av dem er varslet."""
    from rules.labels import notice_cause_name

    for notice in notices:
        if notice.notified_on:
            click.echo(f"  {notice.partner} har fått opplysningene og er varslet om {notice_cause_name(notice.cause)} "
                       f"{norwegian_date(notice.notified_on)}")
        else:
            click.echo(f"  {notice.partner} har fått opplysningene og må varsles om {notice_cause_name(notice.cause)} "
                       f"(art. 19): registrer med `intake notices done {notice.notice_id}` når det er gjort")


@cli.group(invoke_without_command=True)
@click.option("--all", "show_all", is_flag=True, help="List også varslinger som alt er gitt.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: én linje per varsling, på norsk; json: for skript.")
@staff_option
@click.pass_context
def notices(ctx: click.Context, show_all: bool, output_format: str, staff: str | None) -> None:
    """Partnere som skal varsles om en retting, sletting, begrensning eller et tilbaketrukket samtykke (GDPR art. 19).

    Uten underkommando listes varslingene som ennå skyldes (--all: alle varslinger).
    """
    if ctx.invoked_subcommand is not None:
        return
    from intake.services import lawful
    from rules.labels import notice_cause_name

    rows = lawful.list_notices(ctx.find_object(Context).app, staff, owed_only=not show_all)
    if output_format == "json":
        click.echo(json.dumps([_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("Ingen varsler til mottakere står igjen." if not show_all else "Ingen varsler registrert.")
    for row in rows:
        state = f"varslet {norwegian_date(row.notified_on)}" if row.notified_on else "IKKE VARSLET"
        click.echo(f"#{row.notice_id}  {person_ref_name(row.customer_id):<10} {row.partner:<24} {notice_cause_name(row.cause):<24} "
                   f"siden {norwegian_date(row.owed_since)}  {state}")


@notices.command("done")
@click.argument("notice_id", type=int)
@click.option("--on", "told_on", type=DATE, help="Dagen partneren ble varslet (standard: i dag).")
@staff_option
@pass_context
def notices_done(context: Context, notice_id: int, told_on, staff: str | None) -> None:
    """Registrer at partneren er varslet."""
    from intake.services import lawful

    row = lawful.notice_done(context.app, staff, notice_id, as_day(told_on))
    click.echo(f"varsel #{row.notice_id} til {row.partner} registrert som gitt {norwegian_date(row.notified_on)}")


@cli.command()
@click.argument("customer_id")
@click.option("--reason", required=True, help="Hvorfor (f.eks. at personen bestrider opplysningene, art. 18(1)(a)); vises i oppslag.")
@click.option("--notified", multiple=True, metavar="PARTNER",
              help="En partner som fikk opplysningene og er varslet om begrensningen (art. 19; kan gjentas).")
@staff_option
@pass_context
def restrict(context: Context, customer_id: str, reason: str, notified: tuple[str, ...], staff: str | None) -> None:
    """Begrens behandlingen av en kundes opplysninger (GDPR artikkel 18): de oppbevares, men brukes og deles ikke.

    Så lenge begrensningen gjelder, avvises deling med partnere uansett samtykke; oppslag og
    månedsrapporten viser begrensningen.
    """
    from intake.services import lawful

    outcome = lawful.restrict(context.app, staff, customer_id, reason, notified)
    click.echo(f"behandlingen av opplysningene om {customer_id} er begrenset")
    echo_notices(outcome.notices)


@cli.command()
@click.argument("customer_id")
@click.option("--notice-sent", type=DATE, required=True,
              help="Dagen personen fikk beskjed om at begrensningen oppheves (art. 18(3)); ikke fram i tid.")
@staff_option
@pass_context
def unrestrict(context: Context, customer_id: str, notice_sent, staff: str | None) -> None:
    """Opphev en begrensning gjort etter krav (arkivansvarlig); personen må ha fått beskjed først."""
    from intake.services import lawful

    lawful.unrestrict(context.app, staff, customer_id, as_day(notice_sent))
    click.echo(f"begrensningen for {customer_id} er opphevet (varsel sendt {norwegian_date(as_day(notice_sent))})")
