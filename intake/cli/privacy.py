"""Commands that show or change personal data: each needs a staff identity, checked by the service it calls."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from intake.cli.root import (
    DATE, Context, as_day, claimed_staff_option, cli, collector_paused, confirm, pass_context, staff_option, yes_option,
)
from intake.errors import AnsweredElsewhere, AuditChainBroken
from intake.files import StagedFile, StagedFolder, check_output_dir, check_output_file, private_dir, write_private
from rules.labels import (
    disposal_outcome_name, hold_target_name, person_ref_name, record_field_name, request_kind_name, request_state_name,
    retention_category_name, role_name, sharable_category_name,
)
from rules.vocabulary import HoldTarget, Role
from rules.wording import counted, norwegian_date


@cli.command()
@click.argument("query")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: en lesbar oversikt på norsk; json: for skript.")
@click.option("--choose", type=int, metavar="N", help="Når flere personer passer: vis nummer N i listen.")
@claimed_staff_option
@pass_context
def lookup(context: Context, query: str, output_format: str, choose: int | None, claimed: str | None) -> None:
    """Alt vi har om en person: oppgi navn, e-postadresse, telefonnummer, fødselsnummer eller
    kundenummer. Eller om en eiendom: oppgi eiendoms-ID-en slik den pleier å skrives ("3201-12/345",
    "gnr 12 bnr 345", "12/345 i Bærum") eller gateadressen ("Skogveien 14"): eiendommens opplysninger
    i registeret, personene knyttet til den og hver e-post om den, med hvorfor.

    Når flere personer passer, listes de med grunnen til at hver passer; i en
    terminal blir du bedt om å velge, i skript bruker du --choose N. Hvert oppslag
    føres i revisjonsloggen. Mens nettappen (`intake web`) kjører, svarer den på oppslaget.
    """
    with collector_paused():
        answer = _answer_lookup(context, query, output_format, choose, claimed)
    if answer.needs_choice and output_format == "text" and sys.stdin.isatty():
        click.echo(answer.output)
        choice = click.prompt("Nummer", type=click.IntRange(1, answer.needs_choice))
        with collector_paused():
            answer = _answer_lookup(context, query, output_format, choice, claimed)
    click.echo(answer.output)


def _answer_lookup(context: Context, query: str, output_format: str, choice: int | None, claimed: str | None):
    """The running web app's answer (the same staff member, with the same checks), or this process's own
    when no web app with these settings and this code is listening."""
    from intake.cli.resident import Answer, ask_lookup

    answer = ask_lookup(context.config, query, output_format, choice, claimed)
    if answer is not None:
        if answer.error is not None:
            raise AnsweredElsewhere(answer.error, answer.exit_code)
        return answer
    from intake.privacy.lookup_view import choices_offered, render_lookup
    from intake.services import privacy

    result = privacy.lookup(context.app, context.identify(claimed), query, choice)
    return Answer({"output": render_lookup(result, query, output_format), "needs_choice": choices_offered(result)})


@cli.command("access-request")
@click.argument("subject", required=False)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Skriv innsynspakken til MAPPE/innsyn-<nr>/. Begjæringen er besvart først når svaret er sendt "
                   "(`intake requests answer ID --sent DATO`).")
@click.option("--received", type=DATE, help="Dagen begjæringen kom inn (standard: i dag); fristen er én måned senere.")
@click.option("--list", "list_all", is_flag=True,
              help="List i stedet alle begjæringer, innsyn og sletting, med type, frist og status (åpen, over fristen, besvart).")
@staff_option
@pass_context
def access_request(context: Context, subject: str | None, out_dir: Path | None, received, list_all: bool, staff: str | None) -> None:
    """Registrer en persons krav om innsyn (GDPR artikkel 15) og lag innsynspakken.

    Uten --out blir begjæringen bare registrert, slik at fristen på én måned løper
    fra dagen den kom inn. Pakken inneholder innsyn.txt (svaret på art. 15(1)(a)-(h)
    og 15(2)), data.json (en kopi av opplysningene) og vedlegg/. Les den gjennom før
    den sendes: e-post om en person kan også inneholde andres opplysninger.
    """
    from intake.services import privacy

    app = context.app
    if list_all:
        listed = privacy.list_requests(app, staff)
        if not listed:
            click.echo("Ingen begjæringer er registrert.")
        for request in listed:
            # who, as staff lists name people: never the register's codes ("EMAIL:…", "message-12")
            click.echo(f"#{request.request_id}  {request_kind_name(request.kind).lower():<8} {person_ref_name(request.subject_ref):<24} "
                       f"mottatt {norwegian_date(request.requested_on)}  frist {norwegian_date(request.deadline)}  "
                       f"{request_state_name(request.state)}")
        return
    if not subject:
        raise click.UsageError("oppgi SUBJECT, eller --list")
    if out_dir is None:
        request = privacy.register_access_request(app, staff, subject, as_day(received))
    else:
        check_output_dir(out_dir)  # before anything is registered
        staged: list[StagedFolder] = []
        try:
            package = privacy.answer_access_request(app, staff, subject, as_day(received),
                                                    deliver=lambda package: staged.append(write_package(out_dir, package)))
        except BaseException:
            for folder in staged:
                folder.discard()
            raise
        request = package.request
        folder = staged[0].publish()  # the request is recorded as answered; now the package takes its name
    click.echo(f"innsynsbegjæring #{request.request_id}: mottatt {norwegian_date(request.requested_on)}, "
               f"frist {norwegian_date(request.deadline)}, "
               f"status {request_state_name(request.state)}")
    if out_dir is not None:
        click.echo(f"innsynspakken er skrevet til {folder} (les gjennom før den sendes)")


def write_package(out_dir: Path, package) -> StagedFolder:
    """The package under a private name in ``out_dir`` (folders 0700, files 0600); published as ``innsyn-<nr>``
    only after the request is recorded as answered, discarded if that fails."""
    staged = StagedFolder(Path(out_dir), package.folder)
    try:
        for file in package.files:
            target = staged.draft.joinpath(*file.path.split("/"))
            private_dir(target.parent)
            write_private(target, file.content)
    except BaseException:
        staged.discard()
        raise
    return staged


@cli.command()
@click.argument("customer_id")
@click.option("--partner", required=True, help="Samarbeidspartneren opplysningene går til (må stemme med et gyldig samtykke).")
@click.option("--category", "categories", multiple=True, required=True,
              help="En kategori som skal deles: name, phone, email, address, property, project (kan gjentas).")
@click.option("--project", "project_id", help="Prosjektet delingen gjelder.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True, help="Mappen filen skrives til.")
@staff_option
@pass_context
def export(context: Context, customer_id: str, partner: str, categories: tuple[str, ...], project_id: str | None,
           out_dir: Path, staff: str | None) -> None:
    """Del en kundes opplysninger med en samarbeidspartner; avvises uten et gyldig samtykke som dekker det."""
    from intake.services import privacy

    check_output_dir(out_dir)  # before anything is disclosed
    staged: list[StagedFile] = []

    def deliver(exported) -> None:
        private_dir(out_dir)
        staged.append(StagedFile(out_dir / exported.filename, exported.content))
    try:
        exported = privacy.export_to_partner(context.app, staff, customer_id, partner, categories, project_id, deliver=deliver)
    except BaseException:
        for file in staged:
            file.discard()
        raise
    path = staged[0].publish()
    click.echo(f"skrev {path} ({exported.reason})")


@cli.command()
@click.argument("customer_id")
@click.option("--set", "assignments", multiple=True, required=True, metavar="FIELD=VALUE",
              help="En rettet verdi: name, email, phone, street_address, postcode eller city (kan gjentas).")
@click.option("--reason", required=True, help="Hvorfor opplysningene rettes (lagres i revisjonsloggen med den gamle verdien).")
@click.option("--notified", multiple=True, metavar="PARTNER",
              help="En samarbeidspartner som har fått opplysningene og er varslet om rettingen (art. 19; kan gjentas).")
@yes_option
@staff_option
@pass_context
def rectify(context: Context, customer_id: str, assignments: tuple[str, ...], reason: str, notified: tuple[str, ...],
            yes: bool, staff: str | None) -> None:
    """Rett en kundes opplysninger (GDPR artikkel 16). Lagret e-post endres aldri.

    Hver samarbeidspartner opplysningene er utlevert til, skal varsles (art. 19); se `intake notices`.
    """
    from intake.cli.lawful import echo_notices
    from intake.services import lawful, privacy

    changes = {}
    for assignment in assignments:
        field, sep, value = assignment.partition("=")
        if not sep:
            raise click.UsageError(f"--set vil ha FELT=VERDI, fikk {field!r}")
        changes[field.strip()] = value
    if not yes:
        confirm(privacy.preview_rectification(context.app, staff, customer_id, changes), yes)
    outcome = lawful.rectify(context.app, staff, customer_id, changes, reason, notified)
    done = outcome.changed
    click.echo(f"rettet {len(done)} felt: {', '.join(record_field_name(c.field) for c in done) or 'ingen endring'}")
    echo_notices(outcome.notices)


@cli.command()
@click.argument("subject")
@click.option("--dry-run", is_flag=True, help="Vis hva som ville blitt slettet og beholdt, uten å endre noe.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Skriv også svaret til personen til FIL (kontrolleres før noe slettes).")
@click.option("--received", type=DATE,
              help="Dagen kravet om sletting kom inn (standard: i dag); svaret skal gis innen én måned.")
@click.option("--register-only", is_flag=True,
              help="Bare registrer kravet og fristen; utfør det senere med `intake erase SUBJECT`.")
@click.option("--notified", multiple=True, metavar="PARTNER",
              help="En samarbeidspartner som har fått opplysningene og er varslet om slettingen (art. 19; kan gjentas).")
@yes_option
@staff_option
@pass_context
def erase(context: Context, subject: str, dry_run: bool, out: Path | None, received, register_only: bool,
          notified: tuple[str, ...], yes: bool, staff: str | None) -> None:
    """Slett det ingen lov krever at vi oppbevarer om en person (GDPR artikkel 17); begrens resten.

    Skriver ut svaret til personen: punkt for punkt hva som ble slettet og hva som
    beholdes, og hvorfor (art. 17(3)(b): bokføringsloven; art. 17(3)(e): rettskrav
    innen 13 år). Kravet føres i registeret over begjæringer (se `intake
    requests`): med --register-only registreres det med fristen på én måned og
    ingenting slettes; ellers utføres det. Kravet er besvart først når svaret er sendt
    (`intake requests answer ID --sent DATO`).

    SUBJECT må peke ut én person nøyaktig: kundenummer, hel e-postadresse, fødselsnummer
    eller et fullt navn bare én person har; noe løsere avvises, og ingenting endres. I en
    terminal vises hvem og hva først, og du blir spurt (--yes for skript). Svaret skrives
    alltid ut, så det ikke går tapt om FIL ikke kan skrives etter slettingen.
    """
    from intake.services import privacy

    if register_only and (dry_run or out is not None):
        raise click.UsageError("--register-only sletter ingenting og kan ikke kombineres med --dry-run eller --out")
    if out is not None:
        check_output_file(out)  # before anything is erased
    if register_only:
        outcome = privacy.erase(context.app, staff, subject, as_day(received), register_only=True)
        click.echo(f"slettebegjæring #{outcome.request_id}: mottatt {norwegian_date(outcome.requested_on)}, "
                   f"frist {norwegian_date(outcome.deadline)}, "
                   f"status {request_state_name(outcome.state)}")
        return
    if dry_run:
        click.echo(privacy.erase(context.app, staff, subject, as_day(received), dry_run=True).answer, nl=False)
        return
    if not yes:
        preview = privacy.erase(context.app, staff, subject, as_day(received), dry_run=True)
        confirm(f"Sletting for {preview.subject}: {len(preview.erased)} slettes, {len(preview.kept)} beholdes og begrenses."
                f"\n\n{preview.answer}", yes)
    staged: list[StagedFile] = []
    try:
        outcome = privacy.erase(context.app, staff, subject, as_day(received), notified=notified,
                                deliver=lambda answer: staged.append(StagedFile(out, answer.answer)) if out is not None else None)
    except BaseException:
        for file in staged:
            file.discard()
        raise
    click.echo(outcome.answer, nl=False)  # printed first: the erasure is done, its answer must not be lost
    for file in staged:
        file.publish()
    from intake.cli.lawful import echo_notices

    echo_notices(outcome.notices)


@cli.group()
def consent() -> None:
    """Registeret over kunders samtykke til deling med samarbeidspartnere."""


@consent.command("grant")
@click.argument("customer_id")
@click.option("--partner", required=True, help="Samarbeidspartneren kunden tillater deling med.")
@click.option("--category", "categories", multiple=True, required=True,
              help="name, phone, email, address, property eller project (kan gjentas).")
@click.option("--project", "project_id", help="Bare for dette prosjektet (standard: alle kundens prosjekter).")
@click.option("--given", type=DATE, required=True, help="Dagen samtykket ble gitt (ikke frem i tid).")
@click.option("--evidence", required=True,
              help="Hvordan det ble gitt, f.eks. 'signert skjema' eller 'e-post 1. mars 2025' (GDPR art. 7(1)).")
@staff_option
@pass_context
def consent_grant(context: Context, customer_id: str, partner: str, categories: tuple[str, ...], project_id: str | None,
                  given, evidence: str | None, staff: str | None) -> None:
    """Registrer et samtykke til deling med en samarbeidspartner."""
    from intake.services import privacy

    record = privacy.grant_consent(context.app, staff, customer_id, partner, categories, project_id, as_day(given), evidence)
    click.echo(f"samtykke #{record.consent_id} registrert")


@consent.command("withdraw")
@click.argument("consent_id", type=int)
@click.option("--on", "withdrawn_on", type=DATE, help="Dagen det ble trukket tilbake (standard: i dag).")
@staff_option
@pass_context
def consent_withdraw(context: Context, consent_id: int, withdrawn_on, staff: str | None) -> None:
    """Registrer at et samtykke er trukket tilbake; ingen deling etter det fra den dagen."""
    from intake.cli.lawful import echo_notices
    from intake.services import lawful

    outcome = lawful.withdraw_consent(context.app, staff, consent_id, as_day(withdrawn_on))
    click.echo(f"samtykke #{consent_id} trukket tilbake")
    echo_notices(outcome.notices)


@consent.command("list")
@click.argument("customer_id", required=False)
@staff_option
@pass_context
def consent_list(context: Context, customer_id: str | None, staff: str | None) -> None:
    """List samtykkene, for én kunde eller alle."""
    from intake.services import privacy

    consents = privacy.list_consents(context.app, staff, customer_id)
    if not consents:
        click.echo("Ingen samtykker er registrert.")
    for c in consents:
        state = f"trukket tilbake {norwegian_date(c.withdrawn_on)}" if c.withdrawn_on else "gyldig"
        shared = ", ".join(sharable_category_name(category) for category in c.data_categories)
        scope = f"prosjekt {c.project_id}" if c.project_id else "alle prosjekter"
        click.echo(f"#{c.consent_id}  {c.customer_id}  {c.partner}  {shared}  {scope}  "
                   f"gitt {norwegian_date(c.given_on)}  {state}")


@cli.group()
def retention() -> None:
    """Oppbevaring: hva som skal avhendes, og avhending i to trinn (forslag, så godkjenning)."""


@retention.command("due")
@click.option("--until", type=DATE, help="List det som forfaller innen denne dagen (standard: i dag).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: en lesbar liste på norsk; json: for skript og rapporter.")
@staff_option
@pass_context
def retention_due(context: Context, until, output_format: str, staff: str | None) -> None:
    """List e-postene der oppbevaringstiden er ute, med grunnlag. Avhender ingenting."""
    from intake.services import privacy

    report = privacy.retention_due(context.app, staff, as_day(until))
    if output_format == "json":
        click.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return
    on_hold = sum(1 for item in report.held if item.legal_hold)
    in_review = sum(1 for item in report.held if item.in_review and not item.legal_hold)
    click.echo(f"{counted(len(report.due), 'e-post')} kan avhendes innen {norwegian_date(report.until)}; "
               f"{on_hold} holdes tilbake av rettslig bevaring, {in_review} venter i gjennomgangskøen")
    for item in report.due:
        click.echo(f"  #{item.message_pk}  frist {norwegian_date(item.retain_until)}  "
                   f"{retention_category_name(item.category)}: {item.legal_basis}")
    for item in report.held:
        click.echo(f"  #{item.message_pk}  frist {norwegian_date(item.retain_until)}  HOLDT TILBAKE: {'; '.join(item.holds)}")
    # Customer records past their date go through the same proposal and approval as mail; `intake erase` is for a
    # person who asked, and would register a request nobody made.
    for record in report.customer_records:
        if record.holds:
            click.echo(f"  kunde {record.customer_id}: alle prosjekter avsluttet, frist {norwegian_date(record.expired_on)}; "
                       f"HOLDT TILBAKE: {'; '.join(record.holds)}")
        else:
            click.echo(f"  kunde {record.customer_id}: alle prosjekter avsluttet, frist {norwegian_date(record.expired_on)}; "
                       "kunderegistreringen tas med i neste `intake retention propose`")


@retention.command("propose")
@click.option("--until", type=DATE, help="Foreslå avhending av det som forfaller innen denne dagen (standard: i dag).")
@staff_option
@pass_context
def retention_propose(context: Context, until, staff: str | None) -> None:
    """Foreslå avhending av det som er forfalt; en annen arkivansvarlig enn deg må godkjenne."""
    from intake.services import privacy

    proposal = privacy.propose_disposal(context.app, staff, as_day(until))
    mail = sum(1 for item in proposal.items if item.message_pk is not None)
    records = len(proposal.items) - mail
    size = counted(mail, "e-post") + (f" og {counted(records, 'kunderegistrering')}" if records else "")
    click.echo(f"forslag #{proposal.proposal_id}: {size}; "
               f"godkjennes med `intake retention approve {proposal.proposal_id}`")


@retention.command("approve")
@click.argument("proposal_id", type=int)
@yes_option
@staff_option
@pass_context
def retention_approve(context: Context, proposal_id: int, yes: bool, staff: str | None) -> None:
    """Godkjenn et forslag om avhending (arkivansvarlig, ikke den som foreslo); hvert punkt kontrolleres på nytt først.

    I en terminal vises forslaget (hvem som foreslo, hvilke e-poster) først, og du blir spurt (--yes for skript).
    """
    from intake.services import privacy

    if not yes:
        confirm(privacy.preview_approval(context.app, staff, proposal_id), yes)
    proposal = privacy.approve_disposal(context.app, staff, proposal_id)
    click.echo(f"forslag #{proposal_id} godkjent: {len(proposal.disposed)} avhendet, {len(proposal.skipped)} hoppet over")
    for item in proposal.skipped:
        what = f"#{item.message_pk}" if item.message_pk is not None else f"kunde {item.customer_id}"
        click.echo(f"  {what} {disposal_outcome_name(item.outcome)}: {item.outcome_reason}")


@retention.command("reject")
@click.argument("proposal_id", type=int)
@staff_option
@pass_context
def retention_reject(context: Context, proposal_id: int, staff: str | None) -> None:
    """Avvis et forslag om avhending (arkivansvarlig)."""
    from intake.services import privacy

    privacy.reject_disposal(context.app, staff, proposal_id)
    click.echo(f"forslag #{proposal_id} avvist")


@cli.group()
def hold() -> None:
    """Rettslig bevaring: så lenge den gjelder, blir ingenting den omfatter avhendet eller slettet."""


@hold.command("set")
@click.argument("target_type", type=click.Choice([target.value for target in HoldTarget]))
@click.argument("target_id")
@click.option("--reason", required=True, help="Tvisten eller kravet bevaringen gjelder.")
@staff_option
@pass_context
def hold_set(context: Context, target_type: str, target_id: str, reason: str, staff: str | None) -> None:
    """Sett rettslig bevaring på en kunde (customer), eiendom (property, f.eks. 3201-12/345), et prosjekt (project)
    eller en e-post (message, nummeret)."""
    from intake.services import privacy

    record = privacy.set_hold(context.app, staff, target_type, target_id, reason)
    click.echo(f"rettslig bevaring #{record.hold_id} satt")


@hold.command("lift")
@click.argument("hold_id", type=int)
@yes_option
@staff_option
@pass_context
def hold_lift(context: Context, hold_id: int, yes: bool, staff: str | None) -> None:
    """Opphev en rettslig bevaring; det den omfattet kan da avhendes eller slettes.

    I en terminal vises bevaringen først, og du blir spurt (--yes for skript).
    """
    from intake.services import privacy

    if not yes:
        confirm(privacy.preview_lift(context.app, staff, hold_id), yes)
    privacy.lift_hold(context.app, staff, hold_id)
    click.echo(f"rettslig bevaring #{hold_id} opphevet")


@hold.command("list")
@staff_option
@pass_context
def hold_list(context: Context, staff: str | None) -> None:
    """List de rettslige bevaringene som gjelder."""
    from intake.services import privacy

    holds = privacy.list_holds(context.app, staff)
    if not holds:
        click.echo("Ingen rettslig bevaring gjelder nå.")
    for record in holds:
        click.echo(f"#{record.hold_id} {hold_target_name(record.target_type)} {record.target_id}: {record.reason} "
                   f"(satt av {record.set_by} {norwegian_date(record.set_on)})")


@cli.group()
def staff() -> None:
    """Ansatte som kan se personopplysninger: roller og signert taushetserklæring."""


@staff.command("add")
@click.argument("username")
@click.option("--name", "full_name", required=True, help="Den ansattes fulle navn.")
@click.option("--role", type=click.Choice([role.value for role in Role]), required=True,
              help="staff (saksbehandler): slå opp og rette; records_manager (arkivansvarlig): også slette, sette "
                   "rettslig bevaring og godkjenne avhending; administrator: også registrere ansatte.")
@click.option("--signed", type=DATE, help="Dagen taushetserklæringen ble signert (uten: ingen tilgang til personopplysninger).")
@click.option("--os-user", "os_user", metavar="LOGIN",
              help="Påloggingen i operativsystemet som opptrer som denne ansatte på kommandolinjen (én pålogging per "
                   "ansatt). Den aller første administratoren knyttes til påloggingen som kjører kommandoen.")
@click.option("--service", is_flag=True,
              help="En tjenestekonto (en planlagt import, et skript): ingen egen pålogging; en administrator opptrer "
                   "for den med --as, og begge føres i revisjonsloggen. Den kan aldri godkjenne avhending.")
@click.option("--inactive", is_flag=True, help="Registrer som ikke lenger aktiv (historikken beholdes, tilgangen fjernes).")
@staff_option
@pass_context
def staff_add(context: Context, username: str, full_name: str, role: str, signed, os_user: str | None, service: bool,
              inactive: bool, staff: str | None) -> None:
    """Registrer eller endre en ansatt (administrator; den aller første registrerer seg selv, knyttet til påloggingen din).

    Den siste aktive administratoren kan ikke fratas rollen eller gjøres inaktiv.
    """
    from intake.services import privacy

    user = privacy.add_staff(context.app, staff, username, full_name, role, as_day(signed), active=not inactive,
                             os_user=os_user, service=service)
    click.echo(f"{user.username} registrert som {role_name(user.role)}" + (f" (pålogging {user.os_user})" if user.os_user else "")
               + (" (tjenestekonto)" if user.service else ""))


@staff.command("whoami")
@pass_context
def staff_whoami(context: Context) -> None:
    """Hvilken ansatt påloggingen din opptrer som (avslutter med kode 7 om ingen)."""
    from intake.identity import os_user
    from intake.services import privacy

    user = privacy.whoami(context.app)
    signed = f"signert {norwegian_date(user.signed_on)}" if user.signed_on else "IKKE SIGNERT"
    click.echo(f"{os_user()} er {user.username} ({user.full_name}), {role_name(user.role)}, taushetserklæring {signed}"
               + ("" if user.active else " (inaktiv)"))


@staff.command("password")
@click.argument("username")
@staff_option
@pass_context
def staff_password(context: Context, username: str, staff: str | None) -> None:
    """Sett passordet til USERNAME for nettappen (spørres to ganger, vises ikke). Avslutter vedkommendes åpne økter.

    Den som kan kjøre dette på tjeneren, kan sette et passord, slik vedkommende også kan lese
    databasen; endringen føres i revisjonsloggen med --as (eller $INTAKE_STAFF) når det er oppgitt.
    """
    from intake.services.accounts import set_password

    app = context.app
    password = click.prompt(f"Nytt passord for {username}", hide_input=True, confirmation_prompt="Gjenta passordet")
    set_password(app.sessions, username, password, set_by=staff or "terminal")
    click.echo(f"passordet for {username} er satt")


@staff.command("list")
@staff_option
@pass_context
def staff_list(context: Context, staff: str | None) -> None:
    """List de ansatte, rollene deres og når hver signerte taushetserklæringen."""
    from intake.services import privacy

    for user in privacy.list_staff(context.app, staff):
        signed = f"signert {norwegian_date(user.signed_on)}" if user.signed_on else "IKKE SIGNERT"
        login = f"pålogging {user.os_user}" if user.os_user else ("tjenestekonto" if user.service else "ingen pålogging")
        click.echo(f"{user.username:<16} {role_name(user.role):<16} taushetserklæring {signed}  {login}"
                   f"{'' if user.active else '  (inaktiv)'}")


@cli.group()
def audit() -> None:
    """Revisjonsloggen: bare tillegg, lenket med nøkkelbaserte kontrollsummer (MAC), med sjekkpunkter utenfor databasen."""


@audit.command("verify")
@pass_context
def audit_verify(context: Context) -> None:
    """Kontroller revisjonsloggen; avslutter med kode 1 og sier hvor den er endret, slettet, flyttet, avkortet eller byttet ut.

    Hver oppførings MAC kontrolleres med revisjonsnøkkelen, og loggen mot de signerte
    sjekkpunktene i datamappen (audit.checkpoints).
    """
    from intake.audit_log import describe
    from intake.services import privacy

    try:
        check = privacy.verify_audit(context.app)
    except AuditChainBroken as broken:
        for problem in broken.breaks:
            click.echo(describe(problem), err=True)
        raise
    click.echo(f"revisjonsloggen er hel: {check.entries} oppføringer, stemmer med {check.checkpoints} sjekkpunkter "
               f"(siste MAC {check.head[:32]}…)")
