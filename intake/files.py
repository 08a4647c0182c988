"""Files that hold personal data: the data folder, answers, access packages, exports, reports.

Everything here is written readable by its owner only (folders 0700, files 0600), whatever
the umask, and output paths are checked *before* a command changes anything, so a typo in
``--out`` never leaves an erasure done and its answer lost.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from intake.errors import OutputPathError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700; an existing folder of ours is narrowed to 0700.
    A shared folder (sticky bit, like /tmp) is refused rather than narrowed."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    status = path.stat()
    if status.st_mode & stat.S_ISVTX:
        raise OutputPathError(f"{path} er en delt mappe; bruk en egen mappe")
    if status.st_uid == os.getuid() and stat.S_IMODE(status.st_mode) != PRIVATE_DIR:
        os.chmod(path, PRIVATE_DIR)
    return path


def check_output_file(path: Path) -> Path:
    """Fail now, with the reason, if ``path`` cannot be written: its folder must exist and be writable."""
    path = Path(path)
    if path.is_dir():
        raise OutputPathError(f"{path} er en mappe; oppgi et filnavn")
    folder = path.parent if str(path.parent) else Path(".")
    _check_writable_folder(folder)
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputPathError(f"kan ikke skrive til {path}")
    return path


def check_output_dir(path: Path) -> Path:
    """Fail now if ``path`` is neither a writable folder nor a folder that can be made in a writable one."""
    path = Path(path)
    if path.exists():
        if not path.is_dir():
            raise OutputPathError(f"{path} finnes og er ikke en mappe")
        _check_writable_folder(path)
    else:
        _check_writable_folder(path.parent if str(path.parent) else Path("."))
    return path


def _check_writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise OutputPathError(f"mappen {folder} finnes ikke")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputPathError(f"kan ikke skrive i mappen {folder}")


def write_private(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` as 0600 (never through a symbolic link)."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
        with os.fdopen(descriptor, "wb") as handle:
            os.fchmod(handle.fileno(), PRIVATE_FILE)
            handle.write(payload)
    except OSError as error:
        raise OutputPathError(f"kan ikke skrive {path}: {error.strerror}") from None
    return path


class StagedFile:
    """A file written in full under a private name next to its target, and put in place only when
    ``publish`` is called, after the change it reports on is committed; ``discard`` removes it."""

    def __init__(self, target: Path, data: bytes | str):
        self.target = check_output_file(target)
        folder = self.target.parent if str(self.target.parent) else Path(".")
        try:
            descriptor, name = tempfile.mkstemp(dir=folder, prefix=f".{self.target.name}.")  # 0600
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        except OSError as error:
            raise OutputPathError(f"kan ikke skrive {self.target}: {error.strerror}") from None
        self._draft = Path(name)

    def publish(self) -> Path:
        try:
            os.replace(self._draft, self.target)
        except OSError as error:
            raise OutputPathError(f"kan ikke skrive {self.target}: {error.strerror}") from None
        return self.target

    def discard(self) -> None:
        self._draft.unlink(missing_ok=True)


class StagedFolder:
    """A folder filled under a private name inside ``parent`` and renamed to ``name`` by ``publish``,
    after the change it reports on is committed; ``discard`` removes it and all it holds."""

    def __init__(self, parent: Path, name: str):
        self.target = check_output_dir(parent) / name
        if self.target.exists():
            raise OutputPathError(f"{self.target} finnes allerede")
        private_dir(self.target.parent)
        try:
            self.draft = Path(tempfile.mkdtemp(dir=self.target.parent, prefix=f".{name}."))  # 0700
        except OSError as error:
            raise OutputPathError(f"kan ikke skrive i {self.target.parent}: {error.strerror}") from None

    def publish(self) -> Path:
        try:
            os.rename(self.draft, self.target)
        except OSError as error:
            raise OutputPathError(f"kan ikke gi {self.target} navnet sitt: {error.strerror}") from None
        return self.target

    def discard(self) -> None:
        import shutil

        shutil.rmtree(self.draft, ignore_errors=True)
