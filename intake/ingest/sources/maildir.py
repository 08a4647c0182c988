"""A local Maildir (the embedded default): new/ and cur/ are the inbox; done mail moves to a subfolder."""

from __future__ import annotations

import mailbox
import os
from pathlib import Path
from typing import Iterator

from intake.errors import MailSourceError
from intake.ingest.sources import IncomingMessage, MailboxKey

INBOX = "INBOX"


class MaildirSource:
    name = "maildir"

    def __init__(self, path: Path, processed_folder: str = "processed"):
        self.path = Path(path)
        if not (self.path / "cur").is_dir() or not (self.path / "new").is_dir():
            raise MailSourceError(f"not a Maildir (needs cur/ and new/): {self.path}")
        # Maildir++ layout: the folder "processed" lives in ".processed", as IMAP servers expect.
        mailbox.Maildir(self.path, factory=None, create=False).add_folder(processed_folder)
        self._processed_cur = self.path / f".{processed_folder}" / "cur"
        self._account = str(self.path.resolve())

    def count_pending(self) -> int:
        return sum(1 for _ in self._unacknowledged_files())

    def pending(self) -> Iterator[IncomingMessage]:
        for file in sorted(self._unacknowledged_files(), key=lambda f: f.name):
            key = MailboxKey(self.name, self._account, INBOX, "maildir", file.name.split(":", 1)[0])
            try:
                size = file.stat().st_size
            except FileNotFoundError:  # moved away by someone else since listing
                continue
            yield IncomingMessage(key=key, size=size, read=file.read_bytes)

    def acknowledge(self, message: IncomingMessage) -> None:
        for file in self._files_for(message.key.message_key):
            os.replace(file, self._processed_cur / file.name)

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
