"""Commands for the mail flow: set-up, the daemon, records, status, analysis, the mailbox, the review queue."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from intake.cli.root import Context, cli, identified, pass_context, staff_option, when
from intake.errors import RecordsImportError, WatchedFolderMissing
from rules.labels import link_signal_name, message_state_name, quarantine_reason_text, report_state_name
from rules.vocabulary import MessageState, ReportState
from rules.wording import counted, norwegian_date, norwegian_number, plural


@cli.command()
@pass_context
def init(context: Context) -> None:
    """Opprett eller oppgrader databasen og datamappen. Trygt å kjøre flere ganger."""
    from intake.services import mail

    ready = mail.init(context.app)
    click.echo(f"databasen er klar; datamappe {ready.data_dir}")


@cli.command()
@click.option("--once", is_flag=True, help="Gå gjennom postkassen én gang og avslutt, i stedet for å fortsette å hente.")
@click.option("--progress/--no-progress", default=None, help="Vis fremdrift over det som venter (standard: når stderr er en terminal).")
@pass_context
def run(context: Context, once: bool, progress: bool | None) -> None:
    """Kjør e-posttjenesten: lagre, knytt, undersøk og tidfest hver e-post i postkassen.

    Stopper ryddig etter e-posten den holder på med, ved Ctrl-C eller SIGTERM.
    """
    from intake.services import mail

    show_progress = sys.stderr.isatty() if progress is None else progress
    mail.run_daemon(context.app, once=once, progress=_ClickProgress if show_progress else None)


class _ClickProgress:
    def __init__(self, total: int):
        self._bar = click.progressbar(length=total, label="e-post i kø", file=sys.stderr, show_pos=True, show_eta=True)
        self._bar.__enter__()

    def advance(self) -> None:
        self._bar.update(1)

    def finish(self) -> None:
        self._bar.__exit__(None, None, None)


@cli.group()
def records() -> None:
    """Firmaets register over kunder, eiendommer og prosjekter."""


@records.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--actor", default="cli", show_default=True,
              help="En merknad om hvor importen kommer fra (føres i revisjonsloggen). Ikke en identitet: den som "
                   "importerer, er påloggingen din eller --as.")
@click.option("--returning", multiple=True, metavar="KUNDENR",
              help="En person som er slettet, er blitt kunde igjen: importer raden (kan gjentas). "
                   "Krever arkivansvarlig (--as) og føres i revisjonsloggen.")
@click.option("--progress/--no-progress", default=None,
              help="Vis fremdrift mens filen leses og skrives (standard: når stderr er en terminal).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: sammendrag på norsk; json: det samme med koder, for skript.")
@staff_option
@pass_context
def records_import(context: Context, file: Path, actor: str, returning: tuple[str, ...], progress: bool | None,
                   output_format: str, staff: str | None) -> None:
    """Importer FIL (CSV med registerets overskriftslinje); en ny import oppdaterer det som finnes.

    Krever arkivansvarlig eller administrator, og føres i revisjonsloggen. En fil med én eller flere
    feil rader importerer ingenting; hver feil rad listes med linjenummer. Rader for en person som er
    slettet etter eget krav, importeres ikke (én linje per rad), resten importeres; --returning KUNDENR
    slipper én inn igjen. Det samme gjelder en kunde som er slettet etter endt oppbevaringstid. Viser
    raden et nytt oppdrag (et pågående eller nylig avsluttet prosjekt), importeres kunden likevel, og det
    føres i revisjonsloggen; de slettede prosjektene importeres ikke. Et felt som er rettet (intake rectify), beholder den rettede verdien, med én
    linje per konflikt, til filen har den rettede verdien. Til slutt vises hva som endret seg: kunder,
    eiendommer og prosjekter som er nye, endret og uendret, og hvor mange lagrede e-poster som ble
    knyttet på nytt eller fikk oppbevaringstiden beregnet på nytt.
    """
    from intake.services import mail

    show_progress = sys.stderr.isatty() if progress is None else progress
    bar = _ImportProgress() if show_progress else None
    try:
        summary = mail.import_records(context.app, file, actor, returning=returning, staff=staff,
                                      progress=bar.update if bar else None)
    except RecordsImportError as error:
        if bar:
            bar.finish()
        for line, reason in error.bad_rows:
            click.echo(f"{error.path}:{line}: {reason}", err=True)
        raise
    finally:
        if bar:
            bar.finish()
    for refused in summary.refused:
        click.echo(f"{file}:{refused.line}: {refused.describe()}", err=True)
    for conflict in summary.conflicts:
        click.echo(f"{file}:{conflict.line}: {conflict.describe()}", err=True)
    if output_format == "json":
        click.echo(json.dumps(import_summary_json(summary), ensure_ascii=False))
        return
    returned = dict(summary.returned)
    for customer_id in summary.readmitted:
        if customer_id in returned:
            projects = returned[customer_id]
            click.echo(f"{customer_id} er importert igjen som kunde: nytt oppdrag ({'prosjekt' if len(projects) == 1 else 'prosjektene'} "
                       f"{', '.join(projects)}), ført i revisjonsloggen")
        else:
            click.echo(f"{customer_id} er importert igjen som kunde (--returning, ført i revisjonsloggen)")
    if summary.disposed_projects_left_out:
        click.echo(f"{counted(summary.disposed_projects_left_out, 'prosjekt')} i filen er ikke importert: de ble slettet "
                   f"med kundens registrering etter endt oppbevaringstid")
    click.echo(render_import_summary(summary))


def render_import_summary(summary) -> str:
    """What the import changed, for staff: the one line it always printed, then new/changed/unchanged per kind."""
    def counts(c, one_new: str) -> str:
        return f"{c.new} {one_new if c.new == 1 else 'nye'}, {c.changed} endret, {c.unchanged} uendret"

    return "\n".join([
        f"importerte {counted(summary.customers, 'kunde')}, {counted(summary.properties, 'eiendom')} og "
        f"{counted(summary.projects, 'prosjekt')} ({counted(summary.changed_customers, 'kunde')} {plural(summary.changed_customers, 'ny', 'nye')} eller endret; "
        f"oppbevaringstiden beregnet på nytt for {counted(summary.retention_recomputed, 'e-post')})",
        f"Kunder: {counts(summary.customer_counts, 'ny')}",
        f"Eiendommer: {counts(summary.property_counts, 'ny')}",
        f"Prosjekter: {counts(summary.project_counts, 'nytt')}",
        f"Lagrede e-poster: knyttet på nytt {summary.links_recomputed}, "
        f"oppbevaringstid beregnet på nytt {summary.retention_recomputed}",
    ])


def import_summary_json(summary) -> dict:
    """``records import --format json``: the counts under their codes, the refusals and conflicts with their lines."""
    def counts(c) -> dict:
        return {"new": c.new, "changed": c.changed, "unchanged": c.unchanged}

    return {
        "customers": counts(summary.customer_counts), "properties": counts(summary.property_counts),
        "projects": counts(summary.project_counts), "changed_customers": summary.changed_customers,
        "messages": {"links_recomputed": summary.links_recomputed, "retention_recomputed": summary.retention_recomputed},
        "refused": [{"line": r.line, "customer_id": r.customer_id, "matched_by": list(r.kinds), "cause": str(r.cause)}
                    for r in summary.refused],
        "conflicts": [{"line": c.line, "customer_id": c.customer_id, "field": c.field,
                       "corrected_on": c.corrected_on.isoformat()} for c in summary.conflicts],
        "readmitted": list(summary.readmitted),
        "returned": [{"customer_id": customer_id, "new_projects": list(projects)} for customer_id, projects in summary.returned],
        "disposed_projects_left_out": summary.disposed_projects_left_out, "batches": summary.batches,
    }


class _ImportProgress:
    """One bar per stage on stderr: rows read and checked, customers written, stored mail brought up to date."""

    LABELS = {"read": "Leser og kontrollerer rader", "write": "Skriver kunder", "mail": "Oppdaterer lagret e-post"}

    def __init__(self) -> None:
        self._bar = None
        self._stage = None
        self._shown = 0

    def update(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self.finish()
            self._bar = click.progressbar(length=max(total, 1), label=self.LABELS.get(stage, stage), file=sys.stderr,
                                          show_pos=True)
            self._bar.__enter__()
            self._stage, self._shown = stage, 0
        step = max(0, min(done, total) - self._shown)
        self._bar.update(step)
        self._shown += step

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


@cli.command()
@pass_context
def status(context: Context) -> None:
    """Antall lagrede e-poster, siste innhenting, gjennomgangskøen, e-post i karantene og rapportene."""
    from intake.services import mail

    click.echo(render_status(mail.status(context.app)))


def render_status(status) -> str:
    """``intake status`` in Norwegian (the states are named, not coded)."""
    states = ", ".join(f"{n} {message_state_name(state)}" for state, n in sorted(status.counts.items())) or "ingen"
    lines = [f"E-poster: {status.total} ({states})"]
    poll = status.last_poll
    if poll is None:
        lines.append("Siste innhenting: aldri")
    else:
        finished = f"ferdig {when(poll.finished_at)}" if poll.finished_at else "ble ikke fullført"
        lines.append(f"Siste innhenting: {when(poll.started_at)} ({poll.source}), {finished}: {poll.seen} sett, "
                     f"{poll.stored} lagret, {counted(poll.duplicates, 'duplikat')}, {poll.quarantined} i karantene")
    lines.append(f"Til gjennomgang: {counted(status.review_open, 'åpen sak')}")
    lines.append(f"I karantene: {status.counts.get(MessageState.QUARANTINED, 0)}")
    lines += [f"  e-post #{item.message_pk} ({item.size} byte): {quarantine_reason_text(item.reason)}"
              for item in status.quarantined]
    lines += _request_lines(status.requests)
    lines += [_report_line(run) for run in status.reports] or ["Rapporter: ingen laget ennå"]
    return "\n".join(lines)


def _request_lines(requests: tuple) -> list[str]:
    """Suggested, open and overdue requests from data subjects, and a warning a week before a deadline (issue 12)."""
    from rules.access import count_requests
    from rules.labels import request_kind_word

    overdue = [r for r in requests if r.state == "overdue"]
    lines = [f"Krav fra registrerte: {count_requests(r.state for r in requests).text()}"]
    lines += [f"  FORFALT: krav #{r.request_id} om {request_kind_word(r.kind)} hadde frist {norwegian_date(r.deadline)}"
              + (" (bare foreslått: bekreft eller avvis)" if r.status == "suggested" else "") for r in overdue]
    lines += [f"  fristen nærmer seg: krav #{r.request_id} om {request_kind_word(r.kind)} må besvares innen "
              f"{norwegian_date(r.deadline)}" for r in requests if r.due_soon]
    return lines


def _report_line(run) -> str:
    title = f"Oppbevaringsrapport {run.period}" if run.kind == "retention" else f"Rapport {run.kind} {run.period}"
    if run.state == ReportState.SENT:
        return f"{title}: {report_state_name(run.state)} {when(run.sent_at)} som {run.message_id}"
    if not run.attempts:
        return f"{title}: lagret, ikke sendt ennå"
    return (f"{title}: IKKE SENDT etter {run.attempts} forsøk, siste feil: {run.last_error}; "
            f"neste forsøk {when(run.next_attempt_at)}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Utdataformat: ett JSON-objekt per e-post.")
@staff_option
@pass_context
def analyze(context: Context, paths: tuple[Path, ...], output_format: str, staff: str | None) -> None:
    """Knytt og undersøk e-postfiler (eller mapper med dem) uten å lagre noe.

    Skriver én JSON-linje per e-post: file, message_id, customer_id, properties, entities.
    Bruker kundene i den oppsatte databasen; når det finnes kunder, sier den hvilken kunde
    en fil gjelder, og krever derfor en ansatt-identitet og føres i revisjonsloggen.
    """
    from intake.services import mail

    for line in mail.analyze(context.app, paths, staff):
        click.echo(json.dumps(line, ensure_ascii=False))


@cli.group()
def mailbox() -> None:
    """Postkassen intake leser fra."""


@mailbox.command("check")
@pass_context
def mailbox_check(context: Context) -> None:
    """Koble til og logg inn, og list mappene som følges med antall e-poster.

    Avslutter med feilkode og én linje om hva som er galt når serveren ikke kan nås,
    innloggingen avvises, sertifikatet ikke er til å stole på eller en mappe mangler.
    """
    from intake.services import mail

    try:
        check = mail.check_mailbox(context.app)
    except WatchedFolderMissing as missing:
        for line in missing.lines:
            click.echo(line)
        raise
    for line in check.lines:
        click.echo(line)


@cli.group(invoke_without_command=True)
@staff_option
@click.pass_context
def review(ctx: click.Context, staff: str | None) -> None:
    """E-post som ikke kunne knyttes til en kunde av seg selv: list dem med grunnlaget, og avgjør hver.

    Uten underkommando listes de åpne sakene. Å godta eller knytte knytter den ene e-posten;
    med --sender-is-customer huskes også avsenderens adresse for kunden, så neste e-post
    derfra knyttes av seg selv (aldri firmaets egne, en kommunes eller en annen kundes adresse).
    """
    if ctx.invoked_subcommand is not None:
        return
    from intake.services import review as queue

    items = queue.open_items(ctx.find_object(Context).app, staff)
    if not items:
        click.echo("Ingen meldinger venter på vurdering.")
    for item in items:
        sent = norwegian_date(item.sent_at.date()) if item.sent_at else "ukjent dato"
        click.echo(f"#{item.item_id}  melding {item.message_pk}  {sent}  fra {item.from_address or '-'}  «{item.subject or ''}»")
        click.echo(f"    grunn: {item.reason}")
        for candidate in item.candidates:
            signals = ", ".join(f"{link_signal_name(e.signal)} ({norwegian_number(e.weight)})" for e in candidate.evidence)
            click.echo(f"    kandidat {candidate.customer_id}  {norwegian_number(candidate.confidence)}: {signals}")


# The one way staff say the sender is the customer, for every command that links a review mail.
sender_is_customer_option = click.option(
    "--sender-is-customer", is_flag=True,
    help="Avsenderen er kunden: husk adressen, så neste e-post derfra knyttes av seg selv.")


@review.command("accept")
@click.argument("item_id", type=int)
@click.option("--customer", "customer_id", help="Hvilken kandidat, når det er flere (standard: den sterkeste).")
@sender_is_customer_option
@staff_option
@pass_context
def review_accept(context: Context, item_id: int, customer_id: str | None, sender_is_customer: bool, staff: str | None) -> None:
    """Knytt e-posten i sak ITEM_ID til den sterkeste (eller den oppgitte) kandidaten."""
    from intake.services import review as queue

    decision = queue.accept(context.app, staff, item_id, customer_id, sender_is_customer)
    click.echo(f"#{item_id} knyttet til {decision.customer_id}" + ("; avsenderadressen er lagt til kunden" if sender_is_customer else ""))


@review.command("reject")
@click.argument("item_id", type=int)
@staff_option
@pass_context
def review_reject(context: Context, item_id: int, staff: str | None) -> None:
    """E-posten i sak ITEM_ID gjelder ingen av kandidatene: la den være uten kunde."""
    from intake.services import review as queue

    queue.reject(context.app, staff, item_id)
    click.echo(f"#{item_id} avvist; meldingen forblir uten kunde")


@review.command("link-mail")
@click.argument("message_number", type=int)
@click.argument("customer_id")
@sender_is_customer_option
@staff_option
@pass_context
def review_link_mail(context: Context, message_number: int, customer_id: str, sender_is_customer: bool,
                     staff: str | None) -> None:
    """Knytt e-post nr. MESSAGE_NUMBER til kunden CUSTOMER_ID, også når den ikke står i køen.

    For usikre treff i `intake lookup` (navnet er nevnt, men e-posten er knyttet til en annen eller til
    ingen): først når en ansatt har bekreftet at e-posten gjelder personen, kommer den med i innsyn og
    sletting. Føres i revisjonsloggen.
    """
    from intake.services import review as queue

    decision = queue.link_message(context.app, staff, message_number, customer_id, sender_is_customer)
    click.echo(f"e-post nr. {message_number} knyttet til {decision.customer_id}"
               + ("; avsenderadressen er lagt til kunden" if sender_is_customer else ""))


@review.command("link-to")
@click.argument("item_id", type=int)
@click.argument("customer_id")
@sender_is_customer_option
@staff_option
@pass_context
def review_link_to(context: Context, item_id: int, customer_id: str, sender_is_customer: bool, staff: str | None) -> None:
    """Knytt e-posten i sak ITEM_ID til kunden CUSTOMER_ID, kandidat eller ikke."""
    from intake.services import review as queue

    decision = queue.link_to(context.app, staff, item_id, customer_id, sender_is_customer)
    click.echo(f"#{item_id} knyttet til {decision.customer_id}" + ("; avsenderadressen er lagt til kunden" if sender_is_customer else ""))
