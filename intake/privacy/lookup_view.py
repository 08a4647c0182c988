"""The lookup result for people (a Norwegian terminal view) and for machines (JSON)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime

from intake.privacy.lookup import LookupResult, SubjectReport
from rules.access import request_state
from rules.labels import label_name, record_field_name, request_state_name, request_title, sharable_categories_text
from rules.vocabulary import ProjectStatus
from rules.wording import NOT_RECORDED, norwegian_date, recorded
from intake.privacy.property_lookup import render_property_text


def render_json(result: LookupResult) -> str:
    payload = {
        "query_kind": result.query_kind,
        "candidates": [{"ref": c.ref, "display": c.display, "customer_id": c.customer_id, "reasons": list(c.reasons)}
                       for c in result.candidates],
        "subject": asdict(result.report) if result.report else None,
        "property": asdict(result.property) if result.property else None,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, default=_json_default)


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def choices_offered(result: LookupResult) -> int:
    """How many people staff choose between (0 when the answer is one person or a property)."""
    return len(result.candidates) if result.report is None and result.property is None and len(result.candidates) > 1 else 0


def render_lookup(result: LookupResult, query: str, output_format: str) -> str:
    return render_json(result) if output_format == "json" else render_text(result, query)


def render_text(result: LookupResult, query: str) -> str:
    if result.property is not None:
        # A property: its records, the people tied to it and every message about it; when one customer owns
        # it, what is held about them follows, as a lookup by their customer number would show it.
        lines = render_property_text(result.property, query)
        if result.report is not None:
            lines += ["", render_report(result.report)]
        return "\n".join(lines)
    if not result.candidates:
        return f"Fant ingen personer som passer «{query}»."
    if result.report is None:
        return "\n".join([f"{len(result.candidates)} personer passer «{query}»:"] + [
            f"  {number}. {c.customer_id or label_name(c.identifier_label).lower()}  {c.display} – {'; '.join(c.reasons)}"
            for number, c in enumerate(result.candidates, 1)] + ["Velg én med --choose NUMMER."])
    return render_report(result.report)


def _who(r: SubjectReport) -> str:
    """The customer number, or that the person is known only from the mail: the JSON ref of such a person
    ("EMAIL:ola@example.no") is a code, not something staff read, and the display already shows the value."""
    return r.ref if r.record is not None or ":" not in r.ref else "ikke i kunderegisteret"


def render_report(r: SubjectReport) -> str:
    lines = [f"{r.display}  ({_who(r)}; treff på {'; '.join(r.matched_because)})"]
    if r.record:
        rec = r.record
        lines += [
            "Kunderegisteret:",
            f"  Navn: {rec.name}   E-post: {recorded(', '.join(rec.known_addresses))}   Telefon: {recorded(rec.phone)}",
            f"  Privatadresse: {recorded(rec.address)}",
            f"  Formål: {recorded(rec.purpose)}",
            f"  Grunnlag: {recorded(rec.legal_basis)}",
            f"  Oppbevares: {recorded(rec.retention)}",
            f"  Kilde: {recorded(rec.source)}",
        ]
        if rec.restricted:
            lines.append(f"  BEGRENSET: {rec.restricted}")
        lines += [f"  Rettet {norwegian_date(c['at'])}: {record_field_name(c['field'])} = «{c['new_value'] or ''}» (grunn: {c['reason']}; av {c['by']})"
                  for c in rec.rectifications]
    if r.properties:
        lines.append("Eiendommer: " + ", ".join(f"{p['key']} ({p['kommune'] or f'kommune {NOT_RECORDED}'})" for p in r.properties))
    for p in r.projects:
        state = (f"avsluttet {norwegian_date(p['closed_on'])}" if p["status"] == ProjectStatus.CLOSED and p["closed_on"]
                 else "pågår")
        lines.append(f"Prosjekt {p['project_id']}: {p['title']} ({state})")
    lines += [f"Rettslig bevaring: {h}" for h in r.holds]
    lines.append(f"E-poster: {len(r.messages)}")
    for item in r.messages:
        when = norwegian_date(item.sent_at.date()) if item.sent_at else "ukjent dato"
        keep = norwegian_date(item.retain_until) if item.retain_until else (item.retention_pending or "ikke satt")
        found = ", ".join(f"{label_name(label)} {n}" for label, n in item.findings.items()) or "ingen"
        lines.append(f"  #{item.message_pk} {when} «{item.subject or ''}» – {', '.join(item.why)}")
        lines.append(f"      kilde: {item.source}; vedlegg: {', '.join(item.attachments) or 'ingen'}")
        lines.append(f"      personopplysninger: {found}")
        if item.firm_findings:
            lines.append("      firmaets egne opplysninger (ikke personens): " + ", ".join(
                f"{label_name(label)} {n}" for label, n in item.firm_findings.items()))
        lines.append(f"      formål: {recorded(item.purpose)}; oppbevares til: {keep}")
        lines.append(f"      grunnlag: {recorded(item.legal_basis)}")
        if item.restricted:
            lines.append(f"      BEGRENSET: {item.restricted}")
        lines += [f"      RETTSLIG BEVARING: {h}" for h in item.holds]
    if r.uncertain:
        lines.append(f"Usikre treff ({len(r.uncertain)}): nevner navnet eller eiendommen, men kan gjelde en annen person; "
                     "de er ikke med i innsyn eller sletting før e-posten knyttes til personen "
                     "(bekreft med «intake review link-mail NUMMER KUNDE»)")
        for item in r.uncertain:
            when = norwegian_date(item.sent_at.date()) if item.sent_at else "ukjent dato"
            lines.append(f"  #{item.message_pk} {when} «{item.subject or ''}» – {', '.join(item.why)}")
    if r.findings_by_category:
        lines.append("Personopplysninger i e-postene: " + ", ".join(
            f"{label_name(label)} {n}" for label, n in r.findings_by_category.items()))
    if r.firm_findings_by_category:
        lines.append("Firmaets egne opplysninger i de samme e-postene (org.nr., ansattes navn og telefon; ikke "
                     "personens, og ikke talt med over): " + ", ".join(
                         f"{label_name(label)} {n}" for label, n in r.firm_findings_by_category.items()))
    for c in r.consents:
        state = f"trukket tilbake {norwegian_date(c['withdrawn_on'])}" if c["withdrawn_on"] else "gyldig"
        scope = f"prosjekt {c['project_id']}" if c["project_id"] else "alle prosjekter"
        lines.append(f"Samtykke #{c['consent_id']}: deling med {c['partner']} ({sharable_categories_text(c['data_categories'])}; "
                     f"{scope}; gitt {norwegian_date(c['given_on'])}; {state})")
    for d in r.disclosures:
        lines.append(f"Delt med {d['partner']} {norwegian_date(d['disclosed_on'])}: {sharable_categories_text(d['data_categories'])} (samtykke #{d['consent_id']})")
    for a in r.access_requests:
        state = request_state(a["status"], date.fromisoformat(a["deadline"]), date.today(), a.get("extended_months", 0))
        lines.append(f"{request_title(a['kind'])} #{a['request_id']} mottatt {norwegian_date(a['requested_on'])}: "
                     f"frist {norwegian_date(a['deadline'])}, "
                     f"status {request_state_name(state)}")
    return "\n".join(lines)
