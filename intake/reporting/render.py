"""The retention report as an e-mail: HTML body, plain-text alternative and a CSV attachment.

The HTML keeps to what common mail clients show faithfully: tables for layout,
inline styles only, no scripts, no images, no external resources. The CSV uses
semicolons and a byte-order mark because that is what Excel with Norwegian
settings opens correctly with a double click.
"""

from __future__ import annotations

import csv
import io
import textwrap
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.policy import default as default_policy
from email.utils import format_datetime
from html import escape

from rules.inert import spreadsheet_safe
from rules.retention_report import (
    FIGURE_LABELS,
    QUARANTINE,
    REVIEW,
    HeldItem,
    Period,
    RetentionReport,
)
from rules.labels import request_kind_name
from rules.labels import retention_category_name as category_name
from rules.wording import counted, norwegian_date

NONE_REGISTERED = "Ingen registrert"

FONT = "font-family:Segoe UI,Helvetica,Arial,sans-serif;"
INK = "#1f2933"
MUTED = "#52606d"
RULE = "#d9e2ec"
ALARM = "#b42318"
ALARM_BG = "#fdecea"
OK = "#1e7b34"
OK_BG = "#e8f5ec"
HEAD_BG = "#17324d"


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]
    subject_prefix: str
    message_id: str
    written_at: datetime


def subject(report: RetentionReport, prefix: str) -> str:
    alarm = ": tiltak kreves" if report.overdue or report.late_requests else ""
    return f"{prefix} Oppbevaringsrapport {report.period.name}{alarm}".strip()


def compose_message(report: RetentionReport, envelope: Envelope) -> bytes:
    """The whole message, CRLF line endings, exactly as it goes over SMTP."""
    message = EmailMessage(policy=SMTP)
    message["From"] = envelope.sender
    message["To"] = ", ".join(envelope.recipients)
    message["Subject"] = subject(report, envelope.subject_prefix)
    message["Date"] = format_datetime(envelope.written_at)
    message["Message-ID"] = envelope.message_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(render_text(report), charset="utf-8")
    message.add_alternative(render_html(report, envelope.written_at), subtype="html", charset="utf-8")
    message.add_attachment(render_csv(report), maintype="text", subtype="csv", params={"charset": "utf-8"},
                           filename=f"oppbevaring-{report.period.label}.csv")
    message["Content-Language"] = "nb"  # after the body: setting content resets Content-* headers
    return message.as_bytes()


def body_part(content: bytes, subtype: str) -> str:
    """The text or HTML body of a stored report message."""
    return message_from_bytes(content, policy=default_policy).get_body((subtype,)).get_content()


# ---- CSV ---------------------------------------------------------------------------------------

CSV_COLUMNS = ("seksjon", "id", "gjelder", "kategori", "dato", "frist", "status", "foreslatt_av", "godkjent_av")


def render_csv(report: RetentionReport) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in csv_rows(report):
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def csv_rows(report: RetentionReport) -> list[tuple[str, ...]]:
    rows = [_held_row("over_frist", item, "over fristen") for item in report.overdue]
    rows += [_held_row("forfaller", item, "forfaller") for item in report.due]
    rows += [("bevaring", hold.hold_id, hold.target, "", _cell_day(hold.placed_on), "", "aktiv", hold.placed_by or "", "")
             for hold in report.legal_holds]
    rows += [_held_row("holdt_tilbake", item, "holdt tilbake") for item in report.held_back]
    rows += [("sletting", d.disposal_id, d.target, category_name(d.category), _cell_day(d.disposed_on), "", "slettet",
              d.proposed_by, d.approved_by) for d in report.disposals]
    rows += [("henvendelse", line.request.request_id, line.request.subject_ref, request_kind_name(line.request.kind),
              _cell_day(line.request.received_on), _cell_day(line.request.deadline), line.status, "", "") for line in report.requests]
    rows += [("varsling", n.notice_id, n.subject_ref, n.cause, _cell_day(n.since), "", f"{n.partner} ikke varslet", "", "")
             for n in report.notices]
    rows += [(_QUEUE_SECTIONS[item.queue], f"M{item.message_pk}", f"melding {item.message_pk}", "", _cell_day(item.since), "",
              "venter", "", "") for item in report.waiting]
    return rows


_QUEUE_SECTIONS = {REVIEW: "gjennomgang", QUARANTINE: "karantene"}


def _held_row(section: str, item: HeldItem, status: str) -> tuple[str, ...]:
    return (section, f"M{item.message_pk}", f"melding {item.message_pk}", category_name(item.category), "",
            _cell_day(item.retain_until), status, "", "")


def _day(day: date | None) -> str:
    """A date in the report's text and HTML, as letters and other staff text write it: 3. desember 2026."""
    return norwegian_date(day) if day else ""


def _cell_day(day: date | None) -> str:
    """A date in a CSV date column: 03.12.2026, which Excel with Norwegian settings reads as a date, so the columns
    sort and filter as dates. Sentences in the CSV (a request's status) write dates as the report does."""
    return day.strftime("%d.%m.%Y") if day else ""


# ---- what both bodies show ----------------------------------------------------------------------

@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()  # right-aligned columns
    loud_rows: tuple[int, ...] = ()  # rows that need action, shown in red


@dataclass(frozen=True)
class Section:
    title: str
    intro: str
    table: Table | None  # None: nothing registered
    alarm: bool = False


def sections(report: RetentionReport) -> list[Section]:
    last_day = report.due_until - timedelta(days=1)
    listed = [
        _summary_section(report),
        Section(
            "Over slettefristen",
            "Meldinger med passert slettefrist som ikke er slettet eller holdt tilbake. Skal være tom."
            if report.overdue else "Ingen meldinger har passert slettefristen.",
            _by_category_table(report.overdue) if report.overdue else None,
            alarm=bool(report.overdue),
        ),
        Section(
            f"Forfaller til sletting innen {norwegian_date(last_day)}",
            "Meldinger som når slettefristen før neste rapport. Meldingsnumrene står i vedlagt CSV-fil.",
            _by_category_table(report.due) if report.due else None,
        ),
        Section(
            "Hva vi oppbevarer, etter formål og behandlingsgrunnlag",
            f"{counted(report.held_total, 'melding')} i alt. «Uten frist» betyr at fristen først kan settes når "
            "hendelsen den regnes fra har skjedd (for eksempel at prosjektet avsluttes).",
            Table(("Kategori", "Behandlingsgrunnlag", "Meldinger", "Uten frist"),
                  tuple((category_name(r.category), r.legal_basis, str(r.count), str(r.undated)) for r in report.by_basis),
                  numeric=(2, 3)) if report.by_basis else None,
        ),
        Section(
            "Hva vi oppbevarer, etter opplysningskategori",
            "Antall meldinger der personopplysninger av hver kategori er funnet (en melding kan telle i flere).",
            Table(("Opplysningskategori", "Meldinger"), tuple((r.label, str(r.count)) for r in report.by_data_category),
                  numeric=(1,)) if report.by_data_category else None,
        ),
        Section(
            "Firmaets egne opplysninger i e-postene",
            "Firmaets organisasjonsnummer og de ansattes navn, telefonnumre og e-postadresser, funnet i kundenes e-post. "
            "De er ikke kundenes personopplysninger og er ikke talt med i tabellen over.",
            Table(("Opplysningskategori", "Meldinger"), tuple((r.label, str(r.count)) for r in report.by_firm_category),
                  numeric=(1,)),
        ) if report.by_firm_category else None,
        Section(
            f"Dataminimering i {report.period.name}",
            f"{_count(report.figures.get('minimized', 0), 'melding', 'meldinger')} fikk opplysninger maskert fordi de var "
            "oppbevart lenger enn nødvendig (personvernforordningen art. 5(1)(c); reglene står i config.toml).",
            Table(("Opplysningskategori", "Maskerte verdier"), tuple((r.label, str(r.count)) for r in report.minimized_values),
                  numeric=(1,)) if report.minimized_values else None,
        ),
        Section(
            "Aktive rettslige pålegg om bevaring",
            f"{_count(len(report.held_back), 'melding', 'meldinger')} holdes tilbake og slettes ikke før pålegget er "
            "opphevet. Meldingsnumrene står i vedlagt CSV-fil." if report.held_back else
            "Ingen meldinger holdes tilbake av et pålegg.",
            Table(("Id", "Gjelder", "Satt", "Av"),
                  tuple((h.hold_id, h.target, _day(h.placed_on) or "–", h.placed_by or "–") for h in report.legal_holds))
            if report.legal_holds else None,
        ),
        Section(
            f"Slettet i {report.period.name}",
            "Sletting krever to personer: én foreslår, en arkivansvarlig godkjenner.",
            Table(("Id", "Gjelder", "Kategori", "Foreslått av", "Godkjent av", "Slettet"),
                  tuple((d.disposal_id, d.target, category_name(d.category), d.proposed_by, d.approved_by,
                         _day(d.disposed_on)) for d in report.disposals)) if report.disposals else None,
        ),
        Section(
            "Innsyn, retting og sletting: henvendelser fra registrerte",
            f"Ubesvart nå: {report.request_counts.text()}. Svarfrist én måned fra mottak (personvernforordningen "
            "art. 12(3)). Åpne henvendelser og de som er besvart i perioden.",
            Table(("Id", "Type", "Registrert", "Mottatt", "Frist", "Status"),
                  tuple((line.request.request_id, request_kind_name(line.request.kind), line.request.subject_ref,
                         _day(line.request.received_on) or "–", _day(line.request.deadline) or "–", line.status)
                        for line in report.requests),
                  loud_rows=tuple(i for i, line in enumerate(report.requests) if line.late)) if report.requests else None,
            alarm=bool(report.late_requests),
        ),
        Section(
            "Mottakere som skal varsles (art. 19)",
            "Samarbeidspartnere som har fått en kundes opplysninger og ennå ikke er varslet om en retting, sletting, "
            "begrensning eller et tilbaketrukket samtykke. Registrer varslingen med `intake notices done NR` (V1 er nr. 1).",
            Table(("Id", "Gjelder", "Mottaker", "Varsles om", "Siden"),
                  tuple((n.notice_id, n.subject_ref, n.partner, n.cause, _day(n.since)) for n in report.notices))
            if report.notices else None,
            alarm=bool(report.notices),
        ),
        Section(
            "Venter på behandling",
            "E-post som venter på at noen i firmaet tar stilling til den.",
            _waiting_table(report) if report.waiting else None,
        ),
        *([_audit_section(report.audit)] if report.audit is not None else []),
    ]
    return [section for section in listed if section is not None]


def _audit_section(audit) -> Section:
    broken = f" BRUTT på {audit.breaks} sted(er): kjør `intake audit verify`." if audit.breaks else " Kontrollert: hel."
    return Section(
        "Revisjonslogg (sjekkpunkt)",
        "Antall oppføringer og siste MAC da rapporten ble skrevet. Ta vare på rapporten: en logg som senere kortes "
        "ned eller skrives om, stemmer ikke lenger med dette sjekkpunktet." + broken,
        Table(("Oppføringer", "Siste MAC (32 første tegn)"), ((str(audit.entries), audit.head[:32]),), numeric=(0,)),
        alarm=bool(audit.breaks),
    )


ALARM_FIGURES = ("overdue", "requests_late")


def _summary_section(report: RetentionReport) -> Section:
    if report.changes:
        previous = _period_name(report.previous_period)
        table = Table(("Nøkkeltall", "Nå", f"Forrige ({previous})", "Endring"),
                      tuple((c.label, str(c.current), str(c.previous), _signed(c.delta)) for c in report.changes),
                      numeric=(1, 2, 3),
                      loud_rows=tuple(i for i, c in enumerate(report.changes) if c.key in ALARM_FIGURES and c.current))
        intro = f"Endring siden forrige rapport ({previous})."
    else:
        table = Table(("Nøkkeltall", "Nå"), tuple((FIGURE_LABELS[k], str(v)) for k, v in report.figures.items()),
                      numeric=(1,),
                      loud_rows=tuple(i for i, (k, v) in enumerate(report.figures.items()) if k in ALARM_FIGURES and v))
        intro = "Første rapport: ingen tidligere rapport å sammenligne med."
    return Section("Nøkkeltall", intro, table)


def _period_name(label: str) -> str:
    """The previous report's month as staff read it ("oktober 2026"); a label that is not a month is shown as stored."""
    try:
        return Period.parse(label).name
    except ValueError:
        return label


def _by_category_table(items: tuple[HeldItem, ...]) -> Table:
    groups: dict[str, list[HeldItem]] = {}
    for item in items:
        groups.setdefault(item.category, []).append(item)
    return Table(
        ("Kategori", "Meldinger", "Tidligste frist", "Seneste frist"),
        tuple((category_name(category), str(len(group)), _day(group[0].retain_until), _day(group[-1].retain_until))
              for category, group in sorted(groups.items())),
        numeric=(1,),
    )


def _waiting_table(report: RetentionReport) -> Table:
    rows = []
    for queue, name in ((REVIEW, "Gjennomgangskø (usikker kundetilknytning)"), (QUARANTINE, "Karantene (kunne ikke leses)")):
        items = report.waiting_in(queue)
        if items:
            oldest = min(item.since for item in items)
            rows.append((name, str(len(items)), _day(oldest), f"{(report.today - oldest).days} dager"))
    return Table(("Kø", "Meldinger", "Eldste siden", "Alder"), tuple(rows), numeric=(1,))


def _signed(number: int) -> str:
    return f"+{number}" if number > 0 else ("±0" if number == 0 else f"−{-number}")


# ---- plain text ---------------------------------------------------------------------------------

def render_text(report: RetentionReport) -> str:
    lines = [f"Oppbevaringsrapport for {report.period.name}", f"proESS AS – utarbeidet {norwegian_date(report.today)}", ""]
    lines += _alarm_lines(report)
    for section in sections(report):
        lines += ["", section.title.upper() + ("  [!]" if section.alarm else ""), textwrap.fill(section.intro, 100)]
        lines += _text_table(section.table) if section.table else [NONE_REGISTERED + "."]
    lines += ["", textwrap.fill(_FOOTER, 100)]
    return "\n".join(lines) + "\n"


def _alarm_lines(report: RetentionReport) -> list[str]:
    alarms = []
    if report.overdue:
        alarms.append(f"!! {_count(len(report.overdue), 'melding', 'meldinger')} har passert slettefristen og må slettes "
                      "eller holdes tilbake.")
    if report.late_requests:
        alarms.append(f"!! {_count(len(report.late_requests), 'henvendelse', 'henvendelser')} fra registrerte har passert "
                      "svarfristen.")
    return alarms or ["Ingen avvik: ingenting er over slettefristen og ingen henvendelser er over svarfristen."]


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


TEXT_CELL_WIDTH = 48


def _text_table(table: Table) -> list[str]:
    """Columns padded to width; a long cell (a legal basis) wraps onto the following lines."""
    widths = [min(TEXT_CELL_WIDTH, max(len(row[i]) for row in (table.headers, *table.rows)))
              for i in range(len(table.headers))]

    def lines(cells: tuple[str, ...], loud: bool = False) -> list[str]:
        wrapped = [textwrap.wrap(cell, widths[i]) or [""] for i, cell in enumerate(cells)]
        out = []
        for depth in range(max(len(parts) for parts in wrapped)):
            pieces = [parts[depth] if depth < len(parts) else "" for parts in wrapped]
            out.append("  ".join(piece.rjust(widths[i]) if i in table.numeric else piece.ljust(widths[i])
                                 for i, piece in enumerate(pieces)).rstrip())
        if loud:
            out[0] += "  [!]"
        return out

    result = [*lines(table.headers), "  ".join("-" * width for width in widths)]
    for index, row in enumerate(table.rows):
        result += lines(row, index in table.loud_rows)
    return result


_FOOTER = ("Rapporten lages automatisk av intake. Den inneholder ikke meldingsinnhold; meldinger og kunder er "
           "oppgitt med interne numre. Detaljer per melding står i vedlagt CSV-fil.")


# ---- HTML ---------------------------------------------------------------------------------------

def render_html(report: RetentionReport, written_at: datetime) -> str:
    """``written_at`` is shown as is: give it in the firm's time zone."""
    body = "".join(_html_section(section) for section in sections(report))
    return f"""<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Oppbevaringsrapport {escape(report.period.name)}</title></head>
<body style="margin:0;padding:0;background:#f0f4f8;{FONT}color:{INK};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f4f8;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="760" cellpadding="0" cellspacing="0" style="max-width:760px;width:100%;background:#ffffff;border:1px solid {RULE};">
<tr><td style="background:{HEAD_BG};padding:22px 28px;color:#ffffff;">
<div style="font-size:13px;letter-spacing:.5px;color:#bcccdc;">proESS AS · Personvern og arkiv</div>
<div style="font-size:24px;font-weight:600;margin-top:4px;">Oppbevaringsrapport {escape(report.period.name)}</div>
<div style="font-size:13px;color:#bcccdc;margin-top:6px;">Utarbeidet {escape(norwegian_date(report.today))} kl. {written_at:%H.%M} · periode {escape(report.period.name)}</div>
</td></tr>
<tr><td style="padding:20px 28px 4px 28px;">{_html_alarm(report)}{_html_tiles(report)}</td></tr>
<tr><td style="padding:0 28px 24px 28px;">{body}</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid {RULE};font-size:12px;color:{MUTED};">{escape(_FOOTER)}</td></tr>
</table></td></tr></table></body></html>
"""


def _html_alarm(report: RetentionReport) -> str:
    alarms = _alarm_lines(report)
    loud = bool(report.overdue or report.late_requests)
    colour, background = (ALARM, ALARM_BG) if loud else (OK, OK_BG)
    text = "<br>".join(escape(line.removeprefix("!! ")) for line in alarms)
    title = "Tiltak kreves" if loud else "Alt i orden"
    return (f'<div style="border-left:5px solid {colour};background:{background};padding:12px 16px;margin-bottom:18px;">'
            f'<div style="font-weight:700;color:{colour};font-size:15px;">{title}</div>'
            f'<div style="font-size:14px;margin-top:4px;">{text}</div></div>')


TILES = (("held_total", "Oppbevares"), ("due", "Forfaller"), ("overdue", "Over fristen"), ("legal_holds", "Bevaringspålegg"),
         ("requests_suggested", "Foreslåtte henvendelser"), ("requests_open", "Åpne henvendelser"),
         ("review", "Til gjennomgang"))


def _html_tiles(report: RetentionReport) -> str:
    cells = []
    for key, label in TILES:
        value = report.figures[key]
        loud = key == "overdue" and value > 0
        colour = ALARM if loud else INK
        cells.append(f'<td width="{100 // len(TILES)}%" style="padding:10px 6px;text-align:center;border:1px solid {RULE};'
                     f'background:{ALARM_BG if loud else "#f8fafc"};">'
                     f'<div style="font-size:22px;font-weight:700;color:{colour};">{value}</div>'
                     f'<div style="font-size:11px;color:{MUTED};text-transform:uppercase;letter-spacing:.5px;">{escape(label)}</div></td>')
    return (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;'
            f'margin-bottom:8px;"><tr>{"".join(cells)}</tr></table>')


def _html_section(section: Section) -> str:
    colour = ALARM if section.alarm else INK
    heading = (f'<h2 style="font-size:17px;margin:26px 0 4px 0;color:{colour};border-bottom:2px solid '
               f'{ALARM if section.alarm else RULE};padding-bottom:4px;">{escape(section.title)}</h2>')
    intro = f'<p style="font-size:13px;color:{MUTED};margin:4px 0 10px 0;">{escape(section.intro)}</p>'
    if section.table is None:
        return heading + intro + f'<p style="font-size:14px;color:{MUTED};font-style:italic;margin:0;">{NONE_REGISTERED}</p>'
    return heading + intro + _html_table(section.table, section.alarm)


def _html_table(table: Table, alarm: bool) -> str:
    def row_style(index: int) -> str:
        return f"color:{ALARM};font-weight:600;background:{ALARM_BG};" if index in table.loud_rows else ""

    def cell(tag: str, index: int, text: str, extra: str = "") -> str:
        align = "right" if index in table.numeric else "left"
        return f'<{tag} style="text-align:{align};padding:6px 8px;border-bottom:1px solid {RULE};vertical-align:top;{extra}">{escape(text)}</{tag}>'

    head_bg = ALARM_BG if alarm else "#f0f4f8"
    head = "".join(cell("th", i, h, f"background:{head_bg};font-size:12px;color:{MUTED};font-weight:600;")
                   for i, h in enumerate(table.headers))
    rows = "".join("<tr>" + "".join(cell("td", i, text, row_style(r)) for i, text in enumerate(row)) + "</tr>"
                   for r, row in enumerate(table.rows))
    return (f'<table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px;">'
            f"<tr>{head}</tr>{rows}</table>")
