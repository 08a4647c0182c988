"""A local Maildir (the embedded default): new/ and cur/ are the inbox; done mail moves to a subfolder."""

from __future__ import annotations

import mailbox
import os
from functools import partial
from pathlib import Path
from typing import Iterator

from intake.errors import MailSourceError
from intake.ingest.sources import IncomingMessage, MailboxKey

INBOX = "INBOX"


class MaildirSource:
    name = "maildir"

    def __init__(self, path: Path, processed_folder: str = "processed", max_message_bytes: int | None = None):
        self.path = Path(path)
        if not (self.path / "cur").is_dir() or not (self.path / "new").is_dir():
            raise MailSourceError(f"ikke en Maildir (må ha cur/ og new/): {self.path}")
        # Maildir++ layout: the folder "processed" lives in ".processed", as IMAP servers expect.
        mailbox.Maildir(self.path, factory=None, create=False).add_folder(processed_folder)
        self._processed_cur = self.path / f".{processed_folder}" / "cur"
        self._account = str(self.path.resolve())
        self._max_message_bytes = max_message_bytes

    def count_pending(self) -> int:
        return sum(1 for _ in self._unacknowledged_files())

    def pending(self) -> Iterator[IncomingMessage]:
        for file in sorted(self._unacknowledged_files(), key=lambda f: f.name):
            key = MailboxKey(self.name, self._account, INBOX, "maildir", file.name.split(":", 1)[0])
            try:
                size = file.stat().st_size
            except FileNotFoundError:  # moved away by someone else since listing
                continue
            if self._max_message_bytes is not None and size > self._max_message_bytes:
                reason = (f"over the size limit: {size} bytes (maildir.max_message_bytes = {self._max_message_bytes}); "
                          "only the header was read, the whole file is kept in the processed folder")
                yield IncomingMessage(key=key, size=size, read=partial(_header_of, file), quarantine_reason=reason,
                                      location=str(file))
            else:
                yield IncomingMessage(key=key, size=size, read=file.read_bytes, location=str(file))

    def acknowledge(self, message: IncomingMessage) -> None:
        """Move exactly the file that was read into the processed folder, under a name no file there has:
        a new message delivered under a name already processed must not overwrite the first one."""
        files = [Path(message.location)] if message.location else self._files_for(message.key.message_key)
        for file in files:
            _move_without_overwriting(file, self._processed_cur)

    def close(self) -> None:
        pass

    def _unacknowledged_files(self) -> Iterator[Path]:
        for sub in ("new", "cur"):
            for entry in os.scandir(self.path / sub):
                if entry.is_file() and not entry.name.startswith("."):
                    yield Path(entry.path)

    def _files_for(self, message_key: str) -> list[Path]:
        candidates = [self.path / "new" / message_key, self.path / "cur" / message_key]
        candidates += list((self.path / "cur").glob(f"{message_key}:*"))
        return [path for path in candidates if path.exists()]


def _move_without_overwriting(file: Path, folder: Path) -> None:
    target = folder / file.name
    base, colon, info = file.name.partition(":")
    for attempt in range(1, 1000):
        try:
            os.link(file, target)  # fails when the target exists, unlike a rename
        except FileExistsError:
            try:
                if os.path.samefile(file, target):
                    break  # linked by a run killed before it unlinked the original: only the unlink is left
            except FileNotFoundError:
                return  # moved away meanwhile
            target = folder / f"{base}.{attempt}{colon}{info}"
            continue
        except FileNotFoundError:
            return  # moved away already (acknowledged by an earlier run)
        break
    else:
        raise MailSourceError(f"fant ikke et ledig filnavn i {folder} for {file.name}")
    os.unlink(file)


_HEADER_READ_LIMIT = 256 * 1024


def _header_of(file: Path) -> bytes:
    """The header block of a file too large to read whole (up to the first blank line, at most 256 KB)."""
    with open(file, "rb") as handle:
        head = handle.read(_HEADER_READ_LIMIT)
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = head.find(separator)
        if end >= 0:
            return head[: end + len(separator)]
    return head
