"""Timed work inside the daemon (APScheduler is used only here).

The report job runs on the configured cron schedule, once right after start
(so a report missed while the daemon was down goes out then), and again at the
time its last failed delivery asked to be retried. Which periods are due is
decided from the database, never from the scheduler's memory, so nothing is
lost when the process stops.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import datetime
from typing import Callable, Iterator
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from intake.config import ReportConfig
from intake.errors import ConfigError

REPORT_JOB_ID = "retention-report"
RETRY_JOB_ID = "retention-report-retry"

# Returns when it wants to run again (a retry), or None.
Tick = Callable[[], datetime | None]


class CronSchedule:
    """The report's cron line in its time zone; all five fields must match (weekdays by name)."""

    def __init__(self, config: ReportConfig):
        weekday_field = config.schedule.split()[-1]
        if any(ch.isdigit() for ch in weekday_field):
            raise ConfigError("report.schedule: skriv ukedagene med navn (mon-fri); ukedager med tall betyr ulikt i ulike cron-varianter")
        try:
            self.trigger = CronTrigger.from_crontab(config.schedule, timezone=ZoneInfo(config.timezone))
        except ValueError as error:
            raise ConfigError(f"report.schedule {config.schedule!r}: {error}") from None

    def first_fire_at_or_after(self, moment: datetime) -> datetime:
        return self.trigger.get_next_fire_time(None, moment)


@contextmanager
def scheduled(tick: Tick, schedule: CronSchedule) -> Iterator[BackgroundScheduler]:
    """Run ``tick`` on the schedule, at once, and whenever it asks for a retry, until the block ends."""
    scheduler = BackgroundScheduler(timezone=schedule.trigger.timezone)
    one_at_a_time = threading.Lock()  # the start, cron and retry jobs must never send side by side

    def run_and_plan_retry() -> None:
        with one_at_a_time:
            retry_at = tick()
        if retry_at is not None:
            # However late: APScheduler's default grace is one second, and a retry whose moment had passed by the
            # time the scheduler looked (a slow render, a loaded machine, a laptop asleep) was dropped without a
            # word, leaving the report unsent until the next month's run.
            scheduler.add_job(run_and_plan_retry, "date", run_date=retry_at, id=RETRY_JOB_ID, replace_existing=True,
                              misfire_grace_time=None)

    scheduler.add_job(run_and_plan_retry, schedule.trigger, id=REPORT_JOB_ID, coalesce=True, max_instances=1,
                      misfire_grace_time=None)
    # The same for the run at start: its moment is fixed when it is added, before the scheduler starts.
    scheduler.add_job(run_and_plan_retry, id=f"{REPORT_JOB_ID}-at-start", misfire_grace_time=None)
    scheduler.start()
    try:
        yield scheduler
    finally:
        scheduler.shutdown(wait=True)
