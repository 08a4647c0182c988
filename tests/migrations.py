"""Alembic driven from tests: the project's migration scripts on an engine of the test's choosing."""

from __future__ import annotations

from alembic.config import Config as AlembicConfig

from models.session import MIGRATIONS_DIR


def alembic_config(engine=None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config
