"""config.toml -> typed, frozen settings.

Every section is a frozen dataclass whose fields are the only keys allowed in
that section: an unknown section or key is a ConfigError, so a typo never
silently falls back to a default. ``INTAKE_CONFIG`` names another file and
``INTAKE_<SECTION>__<KEY>`` overrides a single key (the value is read as a TOML
value when it parses as one, else as a string). Secrets are never keys: a key
ending in ``_env`` names the environment variable that holds the secret.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

from intake.errors import ConfigError
from rules.detection.findings import LABELS
from rules.letters import Letterhead
from rules.minimization import MinimizationPolicy
from rules.processing import DEFAULT_ACTIVITIES, ProcessingActivity
from rules.retention import ANCHORS, DEFAULT_POLICIES, Policy

# How a config error names the TOML value types ("port må være et heltall, ikke tekst").
TYPE_WORDS = {str: "tekst", int: "et heltall", float: "et tall", bool: "true eller false", list: "en liste", dict: "en tabell"}

DEFAULT_CONFIG_FILE = "config.toml"
ENV_PREFIX = "INTAKE_"


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = "sqlite:///var/intake.sqlite3"


@dataclass(frozen=True)
class DaemonConfig:
    data_dir: Path = Path("var")
    poll_interval_seconds: float = 30.0
    log_level: str = "INFO"


@dataclass(frozen=True)
class BudgetConfig:
    """What one message may cost the daemon: parsing and analysis run in a worker process under these limits."""

    timeout_seconds: float = 60.0
    memory_mb: int = 1024
    max_attempts: int = 3


@dataclass(frozen=True)
class ExtractionConfig:
    """Limits on getting text out of attachments (intake/ingest/attachment_text.py): a small file can expand to
    gigabytes. Over a limit the attachment is kept byte-exact with its text marked as not extracted and why."""

    max_attachment_bytes: int = 30 * 1024 * 1024          # larger attachments are stored without text
    max_expanded_bytes: int = 100 * 1024 * 1024           # what one attachment may expand to (a zip's entries)
    max_message_expanded_bytes: int = 200 * 1024 * 1024   # what all attachments of one message may expand to
    max_zip_entries: int = 2000                            # entries in a DOCX or other zip container
    max_zip_ratio: int = 200                               # expansion of one entry over 1 MB
    max_pdf_pages: int = 1000
    max_pdf_objects: int = 500_000
    max_text_chars: int = 10_000_000                       # text kept from one attachment


@dataclass(frozen=True)
class MailboxConfig:
    source: str = "maildir"
    own_domains: tuple[str, ...] = ("proess.no",)


@dataclass(frozen=True)
class MaildirConfig:
    path: Path = Path("var/maildir")
    processed_folder: str = "processed"
    max_message_bytes: int = 52428800


@dataclass(frozen=True)
class ImapConfig:
    host: str = "localhost"
    port: int = 993
    tls: str = "implicit"
    ca_file: str = ""
    username: str = ""
    password_env: str = "INTAKE_IMAP_PASSWORD"
    folders: tuple[str, ...] = ("INBOX", "Sent")
    after_store: str = "keyword"
    keyword: str = "intake-stored"
    move_to: str = "Archive"
    batch_size: int = 50
    max_message_bytes: int = 50 * 1024 * 1024
    timeout_seconds: float = 30.0
    idle: bool = True
    idle_renew_seconds: float = 600.0
    reconnect_max_seconds: float = 300.0


@dataclass(frozen=True)
class RetentionConfig:
    policies: tuple[Policy, ...] = DEFAULT_POLICIES


@dataclass(frozen=True)
class DetectionConfig:
    hash_key_env: str = "INTAKE_HASH_KEY"


@dataclass(frozen=True)
class SecurityConfig:
    """Keys kept outside the database. Each ``*_env`` names an environment variable; when it is unset,
    the key is generated once into the data folder (mode 0600), as the hash key is."""

    audit_key_env: str = "INTAKE_AUDIT_KEY"
    # The master key that wraps every subject key (intake/crypto.py); unset: daemon.data_dir/keys/master.key.
    master_key_env: str = "INTAKE_MASTER_KEY"


@dataclass(frozen=True)
class ReportConfig:
    """The monthly retention report mailed to management.

    ``schedule`` is a five-field cron line (minute hour day month day_of_week,
    all fields must match; name weekdays, e.g. ``mon-fri``) read in ``timezone``.
    The default fires on each of the 1st-3rd that is a weekday at 07:00: the
    first such time after a month ends sends that month's report, later ones
    find it already sent.
    """

    enabled: bool = False
    schedule: str = "0 7 1-3 * mon-fri"
    timezone: str = "Europe/Oslo"
    recipients: tuple[str, ...] = ()
    sender: str = "intake@proess.no"
    subject_prefix: str = "[intake]"
    message_id_domain: str = "intake.proess.no"


@dataclass(frozen=True)
class SmtpConfig:
    host: str = "localhost"
    port: int = 587
    tls: str = "starttls"
    ca_file: str = ""
    username: str = ""
    password_env: str = "INTAKE_SMTP_PASSWORD"
    timeout_seconds: float = 30.0
    retry_initial_seconds: float = 60.0
    retry_max_seconds: float = 3600.0


@dataclass(frozen=True)
class ProcessingConfig:
    """The record of processing activities (GDPR art. 30) that lookups and access packages quote."""

    controller: str = "proESS AS, org.nr. 914 775 493"
    controller_contact: str = "post@proess.no"
    supervisory_authority: str = "Datatilsynet (www.datatilsynet.no)"
    third_country_transfers: str = "Opplysningene overføres ikke til land utenfor EU/EØS."
    activities: tuple[ProcessingActivity, ...] = DEFAULT_ACTIVITIES


@dataclass(frozen=True)
class WebConfig:
    """The staff web app (`intake web`). Put it behind a reverse proxy for TLS and set ``secure_cookies``."""

    host: str = "127.0.0.1"
    port: int = 8470
    secure_cookies: bool = False
    session_hours: float = 8.0
    idle_minutes: float = 60.0
    max_failed_sign_ins: int = 5
    lockout_minutes: float = 15.0
    answer_lookups: bool = True  # `intake web` also answers `intake lookup` over <data_dir>/intake.sock


@dataclass(frozen=True)
class FirmConfig:
    """The firm's own identifiers: found in a customer's mail they are the firm's data, not the customer's
    (staff names come from the staff table, own mail domains from ``mailbox.own_domains``)."""

    org_numbers: tuple[str, ...] = ("914775493",)
    phones: tuple[str, ...] = ()


@dataclass(frozen=True)
class MinimizationConfig:
    """Per detection label, after how many days its values are masked in kept mail (`intake minimize`).
    Empty, i.e. off, until the firm turns a label on."""

    policies: tuple[MinimizationPolicy, ...] = ()


@dataclass(frozen=True)
class Config:
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    daemon: DaemonConfig = field(default_factory=DaemonConfig)
    mailbox: MailboxConfig = field(default_factory=MailboxConfig)
    maildir: MaildirConfig = field(default_factory=MaildirConfig)
    budget: BudgetConfig = field(default_factory=BudgetConfig)
    extraction: ExtractionConfig = field(default_factory=ExtractionConfig)
    imap: ImapConfig = field(default_factory=ImapConfig)
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    detection: DetectionConfig = field(default_factory=DetectionConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    processing: ProcessingConfig = field(default_factory=ProcessingConfig)
    web: WebConfig = field(default_factory=WebConfig)
    firm: FirmConfig = field(default_factory=FirmConfig)
    minimization: MinimizationConfig = field(default_factory=MinimizationConfig)
    security: SecurityConfig = field(default_factory=SecurityConfig)
    # How letters to a data subject open and close (access letter, erasure answer, extension letter).
    letters: Letterhead = field(default_factory=Letterhead)
    source_file: Path | None = None

    def secret(self, env_name: str) -> str | None:
        """A secret from the environment; config files never hold secrets."""
        return os.environ.get(env_name) or None


SECTIONS = tuple(f.name for f in dataclasses.fields(Config) if f.name != "source_file")


def load_config(path: str | os.PathLike | None = None, environ: typing.Mapping[str, str] | None = None) -> Config:
    """Read the config file (or the one ``INTAKE_CONFIG`` names) and apply env overrides.

    Relative paths in the file are taken relative to the file's own folder, so
    the daemon behaves the same from any working directory.
    """
    environ = os.environ if environ is None else environ
    chosen = path or environ.get(f"{ENV_PREFIX}CONFIG")
    raw: dict = {}
    base_dir = Path.cwd()
    source_file = None
    if chosen is not None or Path(DEFAULT_CONFIG_FILE).exists():
        source_file = Path(chosen or DEFAULT_CONFIG_FILE).resolve()
        try:
            raw = tomllib.loads(source_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"fant ikke konfigurasjonsfilen {source_file}") from None
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{source_file}: ikke gyldig TOML: {error}") from None
        base_dir = source_file.parent
    _apply_environment_overrides(raw, environ)
    sections = {}
    for name, value in raw.items():
        if name not in SECTIONS:
            raise ConfigError(f"ukjent del [{name}] i konfigurasjonen (kjente: {', '.join(SECTIONS)})")
        if not isinstance(value, dict):
            raise ConfigError(f"[{name}] må være en tabell")
        sections[name] = _build(_section_class(name), value, name)
    config = _anchor_relative_paths(Config(**sections, source_file=source_file), base_dir)
    _validate(config)
    return config


def _anchor_relative_paths(config: Config, base_dir: Path) -> Config:
    """Relative paths (and a relative SQLite file) are read from the config file's folder."""
    changes = {}
    for section_name in SECTIONS:
        section = getattr(config, section_name)
        fixed = {
            f.name: base_dir / value
            for f in dataclasses.fields(section)
            if isinstance(value := getattr(section, f.name), Path) and not value.is_absolute()
        }
        if fixed:
            changes[section_name] = dataclasses.replace(section, **fixed)
    url = config.database.url
    sqlite_prefix = "sqlite:///"
    if url.startswith(sqlite_prefix) and not url.startswith(sqlite_prefix + "/") and ":memory:" not in url:
        changes["database"] = DatabaseConfig(url=sqlite_prefix + str(base_dir / url[len(sqlite_prefix):]))
    return dataclasses.replace(config, **changes)


def _section_class(name: str) -> type:
    return typing.get_type_hints(Config)[name]


def _apply_environment_overrides(raw: dict, environ: typing.Mapping[str, str]) -> None:
    for variable, text in environ.items():
        if not variable.startswith(ENV_PREFIX) or "__" not in variable:
            continue
        section, _, key = variable[len(ENV_PREFIX):].lower().partition("__")
        raw.setdefault(section, {})[key] = _parse_env_value(text)


def _parse_env_value(text: str):
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def _build(cls: type, values: dict, where: str):
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"ukjent nøkkel i [{where}]: {', '.join(unknown)} (kjente: {', '.join(sorted(known))})")
    converted = {name: _convert(hints[name], value, f"{where}.{name}") for name, value in values.items()}
    try:
        return cls(**converted)
    except TypeError as error:
        raise ConfigError(f"[{where}]: {error}") from None


def _convert(hint, value, where: str):
    origin = typing.get_origin(hint)
    if hint is Path:
        if not isinstance(value, str):
            raise ConfigError(f"{where} må være en filsti i anførselstegn")
        return Path(value).expanduser()
    if origin is tuple:
        item_type = typing.get_args(hint)[0]
        if not isinstance(value, list):
            raise ConfigError(f"{where} må være en liste")
        if dataclasses.is_dataclass(item_type):
            return tuple(_build(item_type, item, where) for item in value)
        return tuple(_convert(item_type, item, where) for item in value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (str, int, float, bool):
        if type(value) is not hint:
            raise ConfigError(f"{where} må være {TYPE_WORDS.get(hint, hint.__name__)}, ikke {TYPE_WORDS.get(type(value), type(value).__name__)}")
        return value
    raise TypeError(f"config field {where} has a type the loader does not read: {hint!r}")  # a bug, not bad config


SOURCES = ("maildir", "imap")
TLS_MODES = ("implicit", "starttls", "none")
AFTER_STORE = ("keyword", "move")


def _validate(config: Config) -> None:
    if config.mailbox.source not in SOURCES:
        raise ConfigError(f"mailbox.source må være en av {', '.join(SOURCES)}, ikke {config.mailbox.source!r}")
    if config.imap.tls not in TLS_MODES:
        raise ConfigError(f"imap.tls må være en av {', '.join(TLS_MODES)}, ikke {config.imap.tls!r}")
    if config.imap.after_store not in AFTER_STORE:
        raise ConfigError(f"imap.after_store må være en av {', '.join(AFTER_STORE)}")
    _validate_report(config.report, config.smtp)
    if config.budget.timeout_seconds <= 0 or config.budget.memory_mb <= 0 or config.budget.max_attempts < 1:
        raise ConfigError("budget: timeout_seconds og memory_mb må være større enn null, max_attempts minst 1")
    not_positive = [f.name for f in dataclasses.fields(config.extraction) if getattr(config.extraction, f.name) <= 0]
    if not_positive:
        raise ConfigError(f"extraction: {', '.join(not_positive)} må være større enn null")
    if config.maildir.max_message_bytes <= 0:
        raise ConfigError("maildir.max_message_bytes må være større enn null")
    if config.daemon.poll_interval_seconds <= 0:
        raise ConfigError("daemon.poll_interval_seconds må være større enn null")
    for policy in config.retention.policies:
        if policy.anchor not in ANCHORS:
            raise ConfigError(f"oppbevaringsregel {policy.category!r}: anchor må være en av {', '.join(ANCHORS)}")
        if policy.period_months <= 0:
            raise ConfigError(f"oppbevaringsregel {policy.category!r}: period_months må være større enn null")
    categories = [policy.category for policy in config.retention.policies]
    for required in ("customer_correspondence", "unlinked_mail"):
        if required not in categories:
            raise ConfigError(f"oppbevaringsreglene må ha med kategorien {required!r}")
    _validate_processing(config.processing, categories)
    _validate_web(config.web)
    _validate_minimization(config.minimization)
    _validate_letters(config.letters)


def _validate_letters(letters: Letterhead) -> None:
    if not letters.greeting.strip() or not letters.closing.strip():
        raise ConfigError("letters.greeting og letters.closing kan ikke være tomme")
    if not any(line.strip() for line in letters.signature):
        raise ConfigError("letters.signature trenger minst én linje (hvem brevet er fra)")


def _validate_web(web: WebConfig) -> None:
    if not 0 < web.port < 65536:
        raise ConfigError(f"web.port må være en TCP-port (1-65535), ikke {web.port}")
    if web.session_hours <= 0 or web.idle_minutes <= 0 or web.lockout_minutes <= 0:
        raise ConfigError("web.session_hours, web.idle_minutes og web.lockout_minutes må være større enn null")
    if web.max_failed_sign_ins < 1:
        raise ConfigError("web.max_failed_sign_ins må være minst 1")


def _validate_minimization(minimization: MinimizationConfig) -> None:
    labels = [policy.label for policy in minimization.policies]
    if len(set(labels)) != len(labels):
        raise ConfigError("minimization.policies: hver etikett kan ha bare én regel")
    for policy in minimization.policies:
        if policy.label not in LABELS:
            raise ConfigError(f"minimization.policies: ukjent etikett {policy.label!r} (kjente: {', '.join(LABELS)})")
        if policy.after_days <= 0:
            raise ConfigError(f"minimization.policies: after_days for {policy.label} må være større enn null")


def _validate_processing(processing: ProcessingConfig, retention_categories: list[str]) -> None:
    keys = [activity.key for activity in processing.activities]
    if len(set(keys)) != len(keys):
        raise ConfigError("processing.activities: hver nøkkel kan stå bare én gang")
    for required in ("customer_register", "partner_sharing", *retention_categories):
        if required not in keys:
            raise ConfigError(f"processing.activities må beskrive {required!r} (hver oppbevaringskategori har en behandling)")


def _validate_report(report: ReportConfig, smtp: SmtpConfig) -> None:
    if smtp.tls not in TLS_MODES:
        raise ConfigError(f"smtp.tls må være en av {', '.join(TLS_MODES)}, ikke {smtp.tls!r}")
    if smtp.timeout_seconds <= 0 or smtp.retry_initial_seconds <= 0 or smtp.retry_max_seconds < smtp.retry_initial_seconds:
        raise ConfigError("smtp: timeout_seconds og retry_initial_seconds må være større enn null, og retry_max_seconds minst like stor som retry_initial_seconds")
    try:
        zoneinfo.ZoneInfo(report.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"report.timezone: ukjent tidssone {report.timezone!r}") from None
    if len(report.schedule.split()) != 5:
        raise ConfigError(f"report.schedule må ha fem cron-felt (minutt time dag måned ukedag), ikke {report.schedule!r}")
    if report.enabled and not report.recipients:
        raise ConfigError("report.enabled er true, men report.recipients er tom")
    for address in (*report.recipients, report.sender):
        if "@" not in address or any(c.isspace() for c in address):
            raise ConfigError("report.recipients og report.sender må være rene e-postadresser")
