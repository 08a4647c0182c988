"""``from models import X`` finds every mapped class, each in the module that declares it (models/__init__.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import models
from models import Base, load_all

REPO = Path(__file__).resolve().parents[2]


def test_every_mapped_class_can_be_imported_from_models():
    load_all()
    declared = {mapper.class_.__name__: mapper.class_ for mapper in Base.registry.mappers}
    assert set(declared) == set(models._DECLARED_IN)  # a new model is added to the table, a removed one taken out
    for name, cls in declared.items():
        assert cls.__module__ == models._DECLARED_IN[name]
        assert getattr(models, name) is cls


def test_a_module_registers_the_tables_its_foreign_keys_name():
    """In a fresh process, importing one module is enough to resolve the foreign keys of its tables."""
    for module in sorted(set(models._DECLARED_IN.values())):
        names = sorted(name for name, declared_in in models._DECLARED_IN.items() if declared_in == module)
        code = (f"from {module} import {', '.join(names)}\n"
                f"for cls in ({', '.join(names)},):\n"
                f"    for fk in cls.__table__.foreign_keys:\n"
                f"        fk.column  # raises when the table it names is not registered\n")
        result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (module, result.stderr)
