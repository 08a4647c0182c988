"""Text that cannot attack its reader: made-visible control characters and spreadsheet-safe CSV cells.

Mail subjects, names and file names come from strangers. Printed raw, an escape sequence can
retitle a terminal, hide a line or move the cursor over what staff read; written raw into a CSV,
a cell starting with ``=`` becomes a formula the spreadsheet runs. Everything the product prints
goes through ``visible`` and every CSV cell it writes through ``spreadsheet_safe``.
"""

from __future__ import annotations

import re

# C0 and C1 control characters, DEL, and the Unicode format characters that reorder or hide text
# (bidirectional overrides and isolates, zero-width joiners); newline and tab stay as layout.
_DANGEROUS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def _shown(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, keep_newlines: bool = True) -> str:
    """``text`` with every control or text-reordering character written out as ``\\xNN`` / ``\\uNNNN``.

    Newlines (``\\n`` and ``\\r\\n``) and tabs are layout in multi-line output; with ``keep_newlines=False``
    (one field on one line) they are made visible too.
    """
    if keep_newlines:
        text = text.replace("\r\n", "\n")  # a line ending, as mail and CSV write it
    shown = _DANGEROUS.sub(_shown, text)
    if not keep_newlines:
        shown = shown.replace("\n", "\\n").replace("\t", "\\t")
    return shown


# What ``visible`` writes out, plus tab and newline: every Unicode control character (category Cc, which is
# exactly U+0000-U+001F and U+007F-U+009F) and the format characters above. One regex search, so checking a
# 100,000-row records file costs milliseconds, not a Python call per character.
_CONTROL = re.compile(_DANGEROUS.pattern[:-1] + "\t\n]")


def has_control_characters(text: str) -> bool:
    """Whether ``text`` holds a character ``visible`` would write out (tabs and newlines count)."""
    return _CONTROL.search(text) is not None


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ``'`` before anything it would read as a formula
    (OWASP's advice for CSV injection); other text, and the empty cell, unchanged."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text
