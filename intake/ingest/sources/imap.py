"""An IMAP mailbox (imapclient is used only here).

Each watched folder is searched for messages that do not yet carry intake's
keyword; their bodies are fetched with BODY.PEEK[] in batches (staff's \\Seen
flags stay as they were). The ledger keys a message by account, folder,
UIDVALIDITY and UID, so a folder that is deleted and recreated is read again
from the start and the pipeline's content-hash / Message-ID dedup keeps every
message stored once.

After a message is committed it gets the keyword, and in "move" mode it is then
moved to ``move_to``. The keyword is set first so that a crash between the two
leaves a stored message where it is, never a second copy in ``move_to``.

Every network failure surfaces as ``MailServerUnreachable`` (the daemon drops
this source and reconnects with backoff). A login refused before the credentials
ever worked surfaces as ``MailAuthenticationError`` (the daemon stops with one
line); once they have worked, a refusal is retried like a network failure.
Error texts carry the server's reply, never the password.
"""

from __future__ import annotations

import ipaddress
import logging
import ssl
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientAbortError, IMAPClientError, LoginError

from intake.config import ImapConfig
from intake.errors import ConfigError, MailAuthenticationError, MailServerUnreachable, MailSourceError
from intake.ingest.sources import IncomingMessage, MailboxKey
from rules.wording import counted

log = logging.getLogger(__name__)

# RFC 5530 response codes that say "try again later" rather than "these credentials are wrong".
TEMPORARY_LOGIN_CODES = ("[UNAVAILABLE]", "[SERVERBUG]", "[INUSE]", "[LIMIT]")
# One FETCH of message bodies holds at most this many bytes (or one message, if that is larger).
BATCH_BYTES = 32 * 1024 * 1024
# UIDs per FETCH of sizes, keeping command lines well under servers' line limits.
SIZE_CHUNK = 500
# RFC 2177: a server may log out a client idle for 30 minutes; re-IDLE before 29.
IDLE_LIMIT_SECONDS = 29 * 60
# How often a wait notices a stop request.
STOP_CHECK_SECONDS = 1.0
# Accounts this process has logged in to: the daemon makes a new source after every failure,
# so what the credentials have proved must outlive one source.
_LOGGED_IN: set[str] = set()


@dataclass(frozen=True)
class FolderReport:
    name: str
    exists: bool
    messages: int = 0
    waiting: int = 0


@dataclass(frozen=True)
class MailboxReport:
    server: str
    tls: str
    idle: bool
    folders: tuple[FolderReport, ...]

    @property
    def missing(self) -> list[str]:
        return [folder.name for folder in self.folders if not folder.exists]

    def lines(self) -> list[str]:
        """What `intake mailbox check` shows staff (README: Commands)."""
        idle = "tilbyr IDLE" if self.idle else "uten IDLE: henter med jevne mellomrom"
        lines = [f"{self.server} (TLS {self.tls}): logget inn; {idle}"]
        for folder in self.folders:
            counts = f"{counted(folder.messages, 'e-post')}, {folder.waiting} ikke lagret ennå" if folder.exists else "mangler"
            lines.append(f"  {folder.name}: {counts}")
        return lines


class ImapSource:
    name = "imap"

    def __init__(self, config: ImapConfig, password: str | None):
        _validate(config)
        if not password:
            raise ConfigError(f"mangler IMAP-passord: sett miljøvariabelen {config.password_env}")
        self._config = config
        self._password = password
        self._server = f"{config.host}:{config.port}"
        self.account = f"{config.username}@{self._server}"
        self._client: IMAPClient | None = None
        self._selected: tuple[str, int] | None = None
        self._scanned_below: dict[tuple[str, int], int] = {}
        self._keyword_allowed = True
        self._reported_missing: set[str] = set()
        self._connection()

    # -- the MailSource protocol -------------------------------------------------------------

    def count_pending(self) -> int:
        self._reconnect_if_stale()
        total = 0
        for folder in self._config.folders:
            with self._server_errors("tellingen av ny e-post"):
                if self._select(folder) is not None:
                    total += len(self._connection().search(self._unprocessed()))
        return total

    def pending(self) -> Iterator[IncomingMessage]:
        for folder in self._config.folders:
            yield from self._pending_in(folder)

    def acknowledge(self, message: IncomingMessage) -> None:
        key = message.key
        with self._server_errors("merkingen av en e-post som lagret"):
            if self._select(key.folder) != int(key.mailbox_identity):
                # The folder was recreated since: the message comes back under the new
                # UIDVALIDITY and is then recognised as a duplicate and marked.
                log.info("folder %s changed identity before a message could be marked; it will be marked on the next poll",
                         key.folder)
                return
            client = self._connection()
            uid = int(key.message_key)
            if self._keyword_allowed:
                client.add_flags([uid], [self._config.keyword.encode("ascii")], silent=True)
            if self._config.after_store == "move":
                self._move(client, uid)

    def wait_for_changes(self, timeout: float, stop: threading.Event) -> None:
        """Return when new mail may have arrived, after ``timeout`` seconds, or soon after ``stop`` is set.

        Uses IDLE on the first watched folder when the server offers it (the other folders
        are read at the next poll); re-IDLEs every ``idle_renew_seconds``, well within the
        29 minutes after which servers may drop an idle client.
        """
        folder = self._config.folders[0]
        deadline = time.monotonic() + timeout
        with self._server_errors("ventingen på ny e-post"):
            response = self._select_fresh(folder) if self._idle_offered() else None
            if response is None:
                stop.wait(timeout)
                return
            uidvalidity, uidnext = response[b"UIDVALIDITY"], response.get(b"UIDNEXT", 0)
            if uidnext > self._scanned_below.get((folder, uidvalidity), 0):
                return  # arrived between this folder's last search and now
            while not stop.is_set() and time.monotonic() < deadline:
                renew_at = min(deadline, time.monotonic() + self._config.idle_renew_seconds)
                if self._idle_until(renew_at, stop):
                    return

    def close(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, OSError):
            _shut(client)

    # -- what ``intake mailbox check`` reports ------------------------------------------------

    def report(self) -> MailboxReport:
        folders = []
        for folder in self._config.folders:
            with self._server_errors("opptellingen i mappene"):
                response = self._select_fresh(folder, readonly=True)
                if response is None:
                    folders.append(FolderReport(folder, exists=False))
                    continue
                waiting = len(self._connection().search(self._unprocessed()))
            folders.append(FolderReport(folder, exists=True, messages=response.get(b"EXISTS", 0), waiting=waiting))
        with self._server_errors("lesingen av hva tjeneren støtter"):
            idle = self._idle_offered()
        return MailboxReport(self._server, self._config.tls, idle, tuple(folders))

    # -- reading a folder ---------------------------------------------------------------------

    def _pending_in(self, folder: str) -> Iterator[IncomingMessage]:
        with self._server_errors("søket etter ny e-post"):
            response = self._select_fresh(folder)
            if response is None:
                return
            uidvalidity, uidnext = response[b"UIDVALIDITY"], response.get(b"UIDNEXT", 0)
            uids = sorted(self._connection().search(self._unprocessed()))
            sizes = self._sizes(uids)
        self._scanned_below[(folder, uidvalidity)] = max([uidnext, *(uid + 1 for uid in uids)])
        limit = self._config.max_message_bytes
        for batch in batches([uid for uid in uids if uid in sizes], sizes, self._config.batch_size, BATCH_BYTES, limit):
            with self._server_errors("hentingen av e-post"):
                if self._select(folder) != uidvalidity:
                    return  # recreated since the search: the next poll reads it under its new identity
                whole = self._fetch([uid for uid in batch if sizes[uid] <= limit], b"BODY.PEEK[]", b"BODY[]")
                headers = self._fetch([uid for uid in batch if sizes[uid] > limit], b"BODY.PEEK[HEADER]", b"BODY[HEADER]")
            for uid in batch:
                key = MailboxKey(self.name, self.account, folder, str(uidvalidity), str(uid))
                if uid in whole:
                    yield IncomingMessage(key=key, size=sizes[uid], read=_returning(whole.pop(uid)))
                elif uid in headers:
                    reason = (f"over the size limit: {sizes[uid]} bytes (imap.max_message_bytes = {limit}); "
                              "only the header was fetched, the whole message stays on the server")
                    yield IncomingMessage(key=key, size=sizes[uid], read=_returning(headers.pop(uid)),
                                          quarantine_reason=reason)
                # else: expunged by someone else since the search; nothing left to store

    def _unprocessed(self) -> list:
        return ["UNKEYWORD", self._config.keyword] if self._keyword_allowed else ["ALL"]

    def _sizes(self, uids: Sequence[int]) -> dict[int, int]:
        sizes = {}
        for start in range(0, len(uids), SIZE_CHUNK):
            fetched = self._connection().fetch(uids[start:start + SIZE_CHUNK], [b"RFC822.SIZE"])
            sizes.update({uid: data[b"RFC822.SIZE"] for uid, data in fetched.items() if b"RFC822.SIZE" in data})
        return sizes

    def _fetch(self, uids: list[int], item: bytes, answer: bytes) -> dict[int, bytes]:
        if not uids:
            return {}
        fetched = self._connection().fetch(uids, [item])
        return {uid: data[answer] for uid, data in fetched.items() if data.get(answer) is not None}

    def _move(self, client: IMAPClient, uid: int) -> None:
        if client.has_capability("MOVE"):
            client.move([uid], self._config.move_to)
            return
        client.copy([uid], self._config.move_to)
        client.add_flags([uid], [b"\\Deleted"], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge([uid])
        else:
            client.expunge()

    def _idle_offered(self) -> bool:
        return self._config.idle and self._connection().has_capability("IDLE")

    def _idle_until(self, renew_at: float, stop: threading.Event) -> bool:
        """One IDLE command; True when the server announced new mail or a change to the folder."""
        client = self._connection()
        client.idle()
        announced = any(_calls_for_a_poll(response) for response in _read_with_the_continuation(client))
        try:
            while not announced and not stop.is_set() and (left := renew_at - time.monotonic()) > 0:
                slice_seconds = min(STOP_CHECK_SECONDS, left)
                started = time.monotonic()
                responses = client.idle_check(timeout=slice_seconds)
                if any(_calls_for_a_poll(response) for response in responses):
                    announced = True
                    break
                if not responses and time.monotonic() - started < slice_seconds / 2:
                    break  # woken with nothing to read: DONE below tells a live connection from a dead one
                if any(response[0] == b"BYE" for response in responses):
                    break
        finally:
            # Mail announced between the last check and DONE comes with DONE's answer; dropping it
            # would leave the message for the next poll, since the server does not announce it twice.
            _, last_responses = client.idle_done()
        return announced or any(_calls_for_a_poll(response) for response in last_responses)

    # -- the connection -----------------------------------------------------------------------

    def _connection(self) -> IMAPClient:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> IMAPClient:
        config = self._config
        context = _tls_context(config) if config.tls != "none" else None
        with self._server_errors("tilkoblingen"):
            client = IMAPClient(config.host, port=config.port, ssl=config.tls == "implicit", ssl_context=context,
                                timeout=config.timeout_seconds)
            try:
                if config.tls == "starttls":
                    try:
                        client.starttls(context)
                    except CapabilityError:
                        raise MailSourceError(f"IMAP-tjeneren {self._server} tilbyr ikke STARTTLS") from None
                self._login(client)
                if config.after_store == "move" and not client.folder_exists(config.move_to):
                    client.create_folder(config.move_to)
            except BaseException:
                _shut(client)
                raise
        log.debug("connected to the IMAP server %s (TLS %s, IDLE %s)", self._server, config.tls,
                  "offered" if client.has_capability("IDLE") else "not offered")
        return client

    def _login(self, client: IMAPClient) -> None:
        """A refused login is fatal only until these credentials have worked once in this process:
        after that, a refusal is taken as the server's passing trouble and retried."""
        try:
            client.login(self._config.username, self._password)
        except LoginError as error:
            reply = self._scrub(_reply(error))
            if any(code in reply for code in TEMPORARY_LOGIN_CODES) or self.account in _LOGGED_IN:
                raise MailServerUnreachable(f"innloggingen på IMAP-tjeneren {self._server} mislyktes foreløpig: {reply}") from None
            raise MailAuthenticationError(
                f"IMAP-tjeneren {self._server} avviste innloggingen ({reply}): sjekk [imap] username "
                f"og passordet i ${self._config.password_env}") from None
        _LOGGED_IN.add(self.account)

    def _reconnect_if_stale(self) -> None:
        """A connection left idle between polls may have been closed by the server: reconnect once, quietly."""
        if self._client is None:
            return
        try:
            self._client.noop()
        except (IMAPClientError, OSError):
            self.close()

    def _select(self, folder: str) -> int | None:
        """Select ``folder`` unless it is already selected; its UIDVALIDITY, or None if it does not exist."""
        if self._selected is not None and self._selected[0] == folder:
            return self._selected[1]
        response = self._select_fresh(folder)
        return None if response is None else response[b"UIDVALIDITY"]

    def _select_fresh(self, folder: str, readonly: bool = False) -> dict | None:
        client = self._connection()
        self._selected = None
        try:
            response = client.select_folder(folder, readonly=readonly)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as error:
            if not readonly and folder not in self._reported_missing:  # a read-only look reports it itself
                self._reported_missing.add(folder)
                log.warning("watched folder %s cannot be opened (%s); it is skipped until it can", folder,
                            self._scrub(_reply(error)))
            return None
        self._reported_missing.discard(folder)
        if not readonly:
            self._selected = (folder, response[b"UIDVALIDITY"])
            self._check_keyword_allowed(folder, response.get(b"PERMANENTFLAGS", ()))
        return response

    def _check_keyword_allowed(self, folder: str, permanent_flags: Sequence[bytes]) -> None:
        keyword = self._config.keyword.encode("ascii")
        self._keyword_allowed = b"\\*" in permanent_flags or keyword in permanent_flags
        if not self._keyword_allowed and self._config.after_store == "keyword":
            raise MailSourceError(f"IMAP-mappen {folder} godtar ikke nøkkelordet {self._config.keyword}; "
                                  "sett [imap] after_store = \"move\"")

    @contextmanager
    def _server_errors(self, doing: str) -> Iterator[None]:
        """Turn the ways a conversation with the server fails into intake's errors, in Norwegian: staff read them
        from `intake mailbox check` and `intake run`. ``doing`` is what was under way ("under tilkoblingen")."""
        try:
            yield
        except MailSourceError:
            raise
        except ssl.SSLCertVerificationError as error:
            self.close()
            raise MailSourceError(f"TLS-sertifikatet til {self._server} er ikke til å stole på ({error.verify_message}); "
                                  "sett [imap] ca_file til CA-en som har signert det") from None
        except (IMAPClientAbortError, OSError) as error:
            self.close()
            raise MailServerUnreachable(f"IMAP-tjeneren {self._server}: forbindelsen feilet under {doing} "
                                        f"({type(error).__name__}: {self._scrub(str(error))})") from None
        except IMAPClientError as error:
            self.close()
            raise MailServerUnreachable(f"IMAP-tjeneren {self._server} avviste en kommando under {doing} "
                                        f"({self._scrub(_reply(error))})") from None

    def _scrub(self, text: str) -> str:
        return text.replace(self._password, "***")[:300]


def batches(uids: Sequence[int], sizes: dict[int, int], count: int, byte_budget: int,
            max_message_bytes: int) -> Iterator[list[int]]:
    """Consecutive groups of at most ``count`` UIDs whose bodies together stay within ``byte_budget``.

    A message over ``max_message_bytes`` costs nothing (only its header is fetched);
    a single message larger than the budget gets a batch of its own.
    """
    batch: list[int] = []
    batch_bytes = 0
    for uid in uids:
        cost = sizes[uid] if sizes[uid] <= max_message_bytes else 0
        if batch and (len(batch) >= count or batch_bytes + cost > byte_budget):
            yield batch
            batch, batch_bytes = [], 0
        batch.append(uid)
        batch_bytes += cost
    if batch:
        yield batch


def check_mailbox(config: ImapConfig, password: str | None) -> MailboxReport:
    """Connect, log in and count what the watched folders hold; raises a MailSourceError saying what is wrong."""
    source = ImapSource(config, password)
    try:
        return source.report()
    finally:
        source.close()


def _validate(config: ImapConfig) -> None:
    if config.tls == "none" and not _is_loopback(config.host):
        raise ConfigError(f"imap.tls = \"none\" sender passordet i klartekst; det er bare tillatt mot en "
                          f"lokal vert (loopback), ikke {config.host}")
    if not config.folders:
        raise ConfigError("imap.folders må nevne minst én mappe")
    if config.after_store == "move" and config.move_to in config.folders:
        raise ConfigError(f"imap.move_to ({config.move_to}) kan ikke være en av mappene i imap.folders som overvåkes")
    if not config.keyword or not config.keyword.isascii() or any(c in config.keyword for c in ' (){%*"\\]'):
        raise ConfigError(f"imap.keyword må være ett IMAP-atom (ASCII, uten mellomrom eller parenteser): {config.keyword!r}")
    for name in ("batch_size", "max_message_bytes", "timeout_seconds", "idle_renew_seconds"):
        if getattr(config, name) <= 0:
            raise ConfigError(f"imap.{name} må være større enn null")
    if config.idle_renew_seconds >= IDLE_LIMIT_SECONDS:
        raise ConfigError("imap.idle_renew_seconds må være under 29 minutter (tjenere kan bryte en lengre IDLE)")
    if config.ca_file and not Path(config.ca_file).is_file():
        raise ConfigError(f"fant ikke imap.ca_file: {config.ca_file}")


def _tls_context(config: ImapConfig) -> ssl.SSLContext:
    """Certificates are always verified; ``ca_file`` adds a private CA instead of the system's."""
    return ssl.create_default_context(cafile=config.ca_file or None)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reply(error: Exception) -> str:
    """The server's words from an imaplib/imapclient error (which wraps them as a bytes repr)."""
    text = str(error)
    if text.startswith(("b'", 'b"')) and text.endswith(text[1]):
        text = text[2:-1]
    return text


def _calls_for_a_poll(response: tuple) -> bool:
    """New mail (EXISTS), or trouble with the folder (an untagged NO: Dovecot says so when it is deleted)."""
    return bool(response) and response[0] == b"NO" or (len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT"))


def _read_with_the_continuation(client: IMAPClient) -> list[tuple]:
    """Untagged responses that came in the same packet as IDLE's "+ idling" continuation.

    Dovecot sends changes it has not yet announced right after that continuation, often in the
    same packet: mail that arrived between our SELECT and the IDLE. imaplib reads the continuation
    through a buffered reader, which keeps those lines; imapclient's ``idle_check`` waits on the
    socket, which stays quiet, so without this the message waits for the next poll. Only complete
    lines already buffered are taken, so the conversation stays in step.
    """
    reader = getattr(getattr(client, "_imap", None), "file", None)  # imaplib.IMAP4.file
    if reader is None or not hasattr(reader, "peek"):
        return []
    sock = client.socket()
    timeout = sock.gettimeout()
    sock.setblocking(False)  # an empty buffer makes peek read the socket: it must not wait
    try:
        buffered = reader.peek()
    except OSError:  # nothing on the socket (BlockingIOError, or ssl.SSLWantReadError under TLS)
        buffered = b""
    finally:
        sock.settimeout(timeout)
    return [tuple(reader.readline().split()[1:3]) for _ in range(buffered.count(b"\r\n"))]


def _shut(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except OSError:
        pass


def _returning(raw: bytes):
    return lambda: raw
