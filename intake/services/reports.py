"""Services for the retention report: preview one month's report, or send it now.

A month that was already rendered for sending is shown exactly as stored; sending uses the
same stored bytes as the daemon would, and never sends a month twice.
"""

from __future__ import annotations

from intake.app import App
from intake.services.results import ReportMessage


def preview_report(app: App, period: str | None = None) -> ReportMessage:
    """The month's stored report if it has one, else a fresh rendering that is neither stored nor sent."""
    from intake.reporting.job import preview
    from intake.reporting.render import body_part

    content, note, label = preview(app.config, app.sessions, period)
    return ReportMessage(label, content, body_part(content, "plain"), sent=False, note=note)


def send_report(app: App, period: str | None = None) -> ReportMessage:
    """Send the month's report unless it was already sent (``DeliveryError`` when the server refuses it)."""
    from intake.reporting.job import deliver_on_demand
    from intake.reporting.render import body_part

    content, note, label = deliver_on_demand(app.config, app.sessions, period)
    return ReportMessage(label, content, body_part(content, "plain"), sent=True, note=note)
