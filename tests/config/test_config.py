from pathlib import Path

import pytest

from intake.config import load_config
from intake.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_repository_config_loads_with_documented_defaults():
    config = load_config(Path(__file__).parents[2] / "config.toml", environ={})
    assert config.mailbox.source == "maildir"
    assert [p.category for p in config.retention.policies] == ["customer_correspondence", "accounting_document",
                                                               "customer_without_project", "unlinked_mail"]
    assert config.retention.policies[0].period_months == 13 * 12


def test_relative_paths_and_sqlite_file_are_read_from_the_config_folder(tmp_path):
    config = load_config(write(tmp_path, '[daemon]\ndata_dir = "data"\n'), environ={})
    assert config.daemon.data_dir == tmp_path / "data"
    assert config.database.url == f"sqlite:///{tmp_path}/var/intake.sqlite3"


@pytest.mark.parametrize("text, message", [
    ("[daemon]\npoll_intervall_seconds = 3\n", "ukjent nøkkel i [daemon]: poll_intervall_seconds"),
    ("[mailboxes]\nsource = 'imap'\n", "ukjent del [mailboxes]"),
    ("[daemon]\npoll_interval_seconds = 'often'\n", "daemon.poll_interval_seconds må være et tall, ikke tekst"),
    ("[mailbox]\nsource = 'pop3'\n", "mailbox.source må være en av maildir, imap"),
    ("[daemon\n", "ikke gyldig TOML"),
    ("[extraction]\nmax_pdf_page = 10\n", "ukjent nøkkel i [extraction]: max_pdf_page"),
    ("[extraction]\nmax_zip_ratio = 0\n", "extraction: max_zip_ratio må være større enn null"),
    ("[[retention.policies]]\ncategory='x'\nlegal_basis='y'\nperiod_months=1\nanchor='birthday'\n", "anchor må være en av"),
    ("[[retention.policies]]\ncategory='x'\nlegal_basis='y'\nperiod_months=1\nanchor='received'\n", "må ha med kategorien"),
    ("[[retention.policies]]\ncategory='x'\nlegal_basis='y'\nperiod='1y'\nanchor='received'\n", "ukjent nøkkel i [retention.policies]: period"),
])
def test_bad_config_is_a_one_line_error(tmp_path, text, message):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text), environ={})
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_environment_overrides_one_key_and_names_another_file(tmp_path):
    path = write(tmp_path, "[daemon]\npoll_interval_seconds = 30\n")
    config = load_config(environ={"INTAKE_CONFIG": str(path), "INTAKE_DAEMON__POLL_INTERVAL_SECONDS": "5",
                                  "INTAKE_IMAP__HOST": "mail.proess.no"})
    assert config.daemon.poll_interval_seconds == 5.0
    assert config.imap.host == "mail.proess.no"


def test_unknown_key_from_environment_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="ukjent nøkkel"):
        load_config(write(tmp_path, ""), environ={"INTAKE_DAEMON__NOPE": "1"})


def test_missing_named_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="fant ikke konfigurasjonsfilen"):
        load_config(tmp_path / "absent.toml", environ={})


def documented_key_names() -> list[str]:
    """Every key a config file may hold, as the README's table names it (`section.key`, `section.list[].key`)."""
    import dataclasses
    import typing

    from intake.config import SECTIONS, Config

    names = []
    sections = typing.get_type_hints(Config)
    for section in SECTIONS:
        cls = sections[section]
        for field, hint in typing.get_type_hints(cls).items():
            item = typing.get_args(hint)[0] if typing.get_origin(hint) is tuple else None
            if item is not None and dataclasses.is_dataclass(item):
                names += [f"{section}.{field}[].{sub.name}" for sub in dataclasses.fields(item)]
            else:
                names.append(f"{section}.{field}")
    return names


def test_every_config_key_is_documented_in_the_readme():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    names = documented_key_names()
    assert "imap.idle_renew_seconds" in names and "retention.policies[].anchor" in names
    assert [name for name in names if f"`{name}`" not in readme] == []
