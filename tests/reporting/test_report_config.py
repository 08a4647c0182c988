"""[report] and [smtp] in config.toml: defaults, overrides and one-line errors."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.config import ReportConfig, load_config
from intake.errors import ConfigError
from intake.reporting.scheduler import CronSchedule

OSLO = ZoneInfo("Europe/Oslo")


def write(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_report_monthly_over_starttls_with_the_password_from_the_environment(tmp_path):
    config = load_config(write(tmp_path, ""), environ={})
    assert (config.report.enabled, config.report.schedule, config.report.timezone) == (False, "0 7 1-3 * mon-fri", "Europe/Oslo")
    assert (config.smtp.port, config.smtp.tls, config.smtp.password_env) == (587, "starttls", "INTAKE_SMTP_PASSWORD")


def test_environment_overrides_report_keys(tmp_path):
    config = load_config(write(tmp_path, "[report]\nrecipients = ['ledelsen@proess.no']\n"),
                         environ={"INTAKE_REPORT__ENABLED": "true", "INTAKE_SMTP__PORT": "465", "INTAKE_SMTP__TLS": "implicit"})
    assert config.report.enabled and config.report.recipients == ("ledelsen@proess.no",)
    assert (config.smtp.port, config.smtp.tls) == (465, "implicit")


@pytest.mark.parametrize("text, message", [
    ("[report]\nenabled = true\n", "report.recipients er tom"),
    ("[report]\nrecipients = ['ledelsen']\n", "rene e-postadresser"),
    ("[report]\nschedule = '0 7 * *'\n", "fem cron-felt"),
    ("[report]\ntimezone = 'Europe/Bergen'\n", "ukjent tidssone"),
    ("[report]\nsend_at = '07:00'\n", "ukjent nøkkel i [report]: send_at"),
    ("[smtp]\ntls = 'ssl'\n", "smtp.tls må være en av implicit, starttls, none"),
    ("[smtp]\npassword = 'hunter2'\n", "ukjent nøkkel i [smtp]: password"),
    ("[smtp]\nretry_initial_seconds = 600\nretry_max_seconds = 60\n", "retry_max_seconds minst like stor som retry_initial_seconds"),
])
def test_bad_report_settings_are_one_line_errors(tmp_path, text, message):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text), environ={})
    assert message in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("schedule, message", [
    ("0 7 1-3 * 1-5", "skriv ukedagene med navn"),
    ("0 25 1 * *", "report.schedule"),
])
def test_bad_cron_lines_are_config_errors(schedule, message):
    with pytest.raises(ConfigError, match=message):
        CronSchedule(ReportConfig(schedule=schedule))


@pytest.mark.parametrize("month_over, first_send", [
    (datetime(2026, 11, 1, tzinfo=OSLO), datetime(2026, 11, 2, 7, 0, tzinfo=OSLO)),  # Sunday -> Monday the 2nd
    (datetime(2026, 8, 1, tzinfo=OSLO), datetime(2026, 8, 3, 7, 0, tzinfo=OSLO)),    # Saturday -> Monday the 3rd
    (datetime(2026, 12, 1, tzinfo=OSLO), datetime(2026, 12, 1, 7, 0, tzinfo=OSLO)),  # Tuesday
])
def test_default_schedule_is_the_first_weekday_of_the_month_at_seven_in_oslo(month_over, first_send):
    assert CronSchedule(ReportConfig()).first_fire_at_or_after(month_over) == first_send
