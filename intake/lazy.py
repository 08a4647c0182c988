"""Modules loaded on first use, for the start-up of short commands.

``intake lookup`` is one call on ``intake.services.privacy``, which fronts every privacy
operation; importing all of their modules would make each short command pay for erasure,
consent, disposal and rectification it never runs. ``lazy_module`` returns the module object
at once and executes it on the first attribute read (the standard library's ``LazyLoader``).
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module called ``name``: already imported, or executed when first used."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:  # as an ordinary import does: ``intake.privacy.access`` is an attribute of its package
        setattr(sys.modules[parent], child, module)
    return module
