"""Sealed at rest: the one module that uses the ``cryptography`` package.

What is sealed: the raw bytes of every message, its attachments' bytes, its body text, its
attachments' text and its findings' values, each with AES-256-GCM under the **key of the message's
data subject**:

- mail linked at ingest to exactly one customer is sealed under that customer's key;
- mail linked to no customer, or to several, gets a key of its own (a "message key"), so that erasing
  one person never needs to destroy another person's key; a message linked later (review, rectify)
  keeps its own key, and an erasure that finds it destroys that key with it.

Subject keys are random 256-bit keys, each wrapped (AES-GCM, the key id as associated data) by the
**master key**, which lives outside the database: ``[security] master_key_env`` or, when that variable
is unset, the file ``keys/master.key`` in the data folder (created 0600). The wrapped subject keys
live in the **key store** ``keys/subject-keys.sqlite3`` beside it, not in the database: a backup of
the database (or of the data folder without ``keys/``) then holds only ciphertext, and destroying a
key in the key store (crypto-shredding, done by erasure and disposal) makes every copy of that
subject's data unreadable, in old backups too, with the keys in use today.

``intake keys rotate`` re-wraps every subject key under a new master key in one transaction of the
key store; ``intake keys seal`` seals rows written before sealing existed.

Sessions carry the ``Sealer`` in ``session.info["sealer"]`` (see ``App.sessions``); a session without
one (old tests, the benchmark's baseline) writes plain text and marks rows unsealed (``key_id`` NULL),
and every reader goes through ``open_text`` / ``open_bytes`` here, which read both.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
import sqlite3
import tempfile
import threading
import uuid
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intake.errors import ConfigError, IntakeError
from intake.files import PRIVATE_FILE, private_dir

log = logging.getLogger(__name__)

KEY_DIR = "keys"
MASTER_KEY_FILE = "master.key"
KEY_STORE_FILE = "subject-keys.sqlite3"
FORMAT = b"\x01"  # version byte in front of every sealed value: nonce (12 bytes) + ciphertext + tag
NONCE_BYTES = 12
TEXT_PREFIX = "sealed:"  # sealed text in a text column: prefix + base64 (so a plain row is never mistaken for one)
CUSTOMER = "customer:"


class KeyDestroyed(IntakeError):
    """The subject key was destroyed (erasure or disposal): what it sealed can never be read again."""


class SealBroken(IntakeError):
    """A sealed value does not open under its key: tampered with, or sealed under another master key."""


@dataclass(frozen=True)
class MasterKey:
    key: bytes  # 32 bytes
    source: str  # where it came from, for messages ("environment" or the file's path)

    @property
    def key_id(self) -> str:
        """A fingerprint that names the master key without revealing it (the key store records it per row)."""
        return hmac.new(self.key, b"intake master key id", hashlib.sha256).hexdigest()[:16]


def master_key_from_secret(secret: str, source: str) -> MasterKey:
    """64 hex digits are the key itself; any other secret is stretched to 32 bytes (it must be long and random)."""
    secret = secret.strip()
    try:
        key = bytes.fromhex(secret)
    except ValueError:
        key = b""
    if len(key) != 32:
        if len(secret) < 32:
            raise ConfigError(f"hovednøkkelen fra {source} er for kort: bruk 64 heksadesimale sifre (32 tilfeldige byte)")
        key = hashlib.sha256(b"intake master key|" + secret.encode("utf-8")).digest()
    return MasterKey(key, source)


def key_dir(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_DIR


def load_master_key(data_dir: Path, from_environment: str | None, create: bool = True) -> MasterKey:
    if from_environment:
        return master_key_from_secret(from_environment, "miljøet")
    folder = key_dir(data_dir)
    path = folder / MASTER_KEY_FILE
    _finish_rotation(folder)
    if not path.exists():
        if not create:
            raise ConfigError(f"hovednøkkelen {path} mangler")
        _write_new_file(path, secrets.token_hex(32), exclusive_link=True)
    try:
        return master_key_from_secret(path.read_text(), str(path))
    except OSError as error:
        raise ConfigError(f"kan ikke lese hovednøkkelen {path}: {error.strerror}") from None


def _finish_rotation(folder: Path) -> None:
    """A rotation interrupted after the key store was re-wrapped but before the new master key replaced the old
    one: the key store says which master it is under; a pending new key file that matches it takes its place."""
    pending, current, store = folder / (MASTER_KEY_FILE + ".new"), folder / MASTER_KEY_FILE, folder / KEY_STORE_FILE
    if not pending.exists() or not store.exists():
        return
    try:
        new = master_key_from_secret(pending.read_text(), str(pending))
        with closing(sqlite3.connect(store)) as connection:
            row = connection.execute("SELECT master_id FROM subject_keys LIMIT 1").fetchone()
    except (OSError, sqlite3.Error, ConfigError):
        return
    if row is None or row[0] == new.key_id:
        os.replace(pending, current)
    else:
        pending.unlink()


def _write_new_file(path: Path, content: str, exclusive_link: bool) -> None:
    """Write in full under a private temporary name (0600), then put in place."""
    private_dir(path.parent)
    descriptor, draft_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    draft = Path(draft_name)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        if exclusive_link:
            try:
                os.link(draft, path)  # two processes starting at once end up with one key
            except FileExistsError:
                pass
        else:
            os.replace(draft, path)
            return
    finally:
        if draft.exists():
            draft.unlink()


def _aead(key: bytes | AESGCM, plaintext: bytes, associated: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)  # random 96-bit nonces: far below the 2**32 messages per key that allows
    cipher = key if isinstance(key, AESGCM) else AESGCM(key)
    return FORMAT + nonce + cipher.encrypt(nonce, plaintext, associated)


def _open(key: bytes | AESGCM, sealed: bytes, associated: bytes) -> bytes:
    if not sealed.startswith(FORMAT) or len(sealed) < 1 + NONCE_BYTES + 16:
        raise SealBroken("forseglet verdi i et ukjent format")
    cipher = key if isinstance(key, AESGCM) else AESGCM(key)
    try:
        return cipher.decrypt(sealed[1:1 + NONCE_BYTES], sealed[1 + NONCE_BYTES:], associated)
    except InvalidTag:
        raise SealBroken("den forseglede verdien lar seg ikke åpne med nøkkelen sin") from None


class KeyStore:
    """The wrapped subject keys, in a small SQLite file of their own beside the master key (outside the database
    and its backups). ``secure_delete`` overwrites a destroyed key's bytes in the file."""

    def __init__(self, path: Path, master: MasterKey, reload=None):
        self.path = Path(path)
        self.master = master
        self._reload = reload  # reads the master key again: another process may have rotated it
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._spare: list[tuple[str, bytes]] = []  # keys of their own, made and stored, not yet handed out
        private_dir(self.path.parent)
        with self._use() as connection:
            connection.execute("CREATE TABLE IF NOT EXISTS subject_keys (key_id TEXT PRIMARY KEY, subject TEXT UNIQUE, "
                               "wrapped BLOB NOT NULL, master_id TEXT NOT NULL, created_at TEXT NOT NULL)")
        for suffix in ("", "-wal", "-shm", "-journal"):
            file = Path(str(self.path) + suffix)
            if file.exists() and file.stat().st_uid == os.getuid():
                os.chmod(file, PRIVATE_FILE)

    @contextmanager
    def _use(self):
        """The store's one connection (opened on first use, shared by the process's threads under a lock).
        WAL with synchronous=FULL: a new key is on disk before the database commit that uses it."""
        with self._lock:
            if self._connection is None:
                connection = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
                connection.execute("PRAGMA secure_delete=ON")
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=FULL")
                self._connection = connection
            yield self._connection

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _wrap(self, key_id: str, key: bytes) -> bytes:
        return _aead(self.master.key, key, f"intake subject key|{key_id}".encode())

    def _unwrap(self, key_id: str, wrapped: bytes, master_id: str) -> bytes:
        if master_id != self.master.key_id and self._reload is not None:
            self.master = self._reload()
        if master_id != self.master.key_id:
            raise ConfigError(f"nøkkellageret {self.path} er pakket inn med en annen hovednøkkel enn den fra {self.master.source}")
        return _open(self.master.key, wrapped, f"intake subject key|{key_id}".encode())

    def create(self, subject: str | None) -> tuple[str, bytes]:
        """A new key, for ``subject`` (``customer:<id>``) or, with None, a key of its own for one message."""
        if subject is None:
            return self._own_key()
        key_id, key = uuid.uuid4().hex, AESGCM.generate_key(bit_length=256)
        with self._use() as connection:
            try:
                connection.execute("INSERT INTO subject_keys VALUES (?, ?, ?, ?, ?)",
                                   (key_id, subject, self._wrap(key_id, key), self.master.key_id,
                                    datetime.now(timezone.utc).isoformat()))
            except sqlite3.IntegrityError:  # another process made this subject's key a moment ago
                found = self.for_subject(subject, create=False)
                if found is None:
                    raise
                return found
        return key_id, key

    OWN_KEYS_AT_ONCE = 32

    def _own_key(self) -> tuple[str, bytes]:
        """Keys of their own are made in batches, each batch in one durable transaction (one fsync, not one per
        message); a key made but never used stays in the store and seals nothing."""
        with self._lock:
            if not self._spare:
                made = [(uuid.uuid4().hex, AESGCM.generate_key(bit_length=256)) for _ in range(self.OWN_KEYS_AT_ONCE)]
                now = datetime.now(timezone.utc).isoformat()
                with self._use() as connection:
                    connection.execute("BEGIN IMMEDIATE")
                    connection.executemany("INSERT INTO subject_keys VALUES (?, NULL, ?, ?, ?)",
                                           [(key_id, self._wrap(key_id, key), self.master.key_id, now) for key_id, key in made])
                    connection.execute("COMMIT")
                self._spare.extend(made)
            return self._spare.pop()

    def for_subject(self, subject: str, create: bool = True) -> tuple[str, bytes] | None:
        with self._use() as connection:
            row = connection.execute("SELECT key_id, wrapped, master_id FROM subject_keys WHERE subject = ?",
                                     (subject,)).fetchone()
        if row is not None:
            return row[0], self._unwrap(*row)
        return self.create(subject) if create else None

    def key(self, key_id: str) -> bytes:
        with self._use() as connection:
            row = connection.execute("SELECT key_id, wrapped, master_id FROM subject_keys WHERE key_id = ?",
                                     (key_id,)).fetchone()
        if row is None:
            raise KeyDestroyed("nøkkelen er slettet; innholdet kan ikke leses")
        return self._unwrap(*row)

    def subject_of(self, key_id: str) -> str | None:
        with self._use() as connection:
            row = connection.execute("SELECT subject FROM subject_keys WHERE key_id = ?", (key_id,)).fetchone()
        return row[0] if row else None

    def destroy(self, key_ids) -> int:
        key_ids = sorted(set(key_ids))
        if not key_ids:
            return 0
        with self._lock:
            self._spare = [(key_id, key) for key_id, key in self._spare if key_id not in key_ids]
        with self._use() as connection:
            connection.execute("BEGIN IMMEDIATE")
            gone = sum(connection.execute("DELETE FROM subject_keys WHERE key_id = ?", (key_id,)).rowcount
                       for key_id in key_ids)
            connection.execute("COMMIT")
            # Nothing of the destroyed keys stays in free pages or in the write-ahead log.
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return gone

    def count(self) -> int:
        with self._use() as connection:
            return connection.execute("SELECT count(*) FROM subject_keys").fetchone()[0]

    def rewrap(self, new_master: MasterKey) -> int:
        """Every subject key re-wrapped under ``new_master``, in one transaction (all or nothing)."""
        with self._use() as connection:
            connection.execute("BEGIN IMMEDIATE")
            rows = connection.execute("SELECT key_id, wrapped, master_id FROM subject_keys").fetchall()
            try:
                for key_id, wrapped, master_id in rows:
                    key = self._unwrap(key_id, wrapped, master_id)
                    rewrapped = _aead(new_master.key, key, f"intake subject key|{key_id}".encode())
                    connection.execute("UPDATE subject_keys SET wrapped = ?, master_id = ? WHERE key_id = ?",
                                       (rewrapped, new_master.key_id, key_id))
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.master = new_master
        return len(rows)


class Sealer:
    """Seals and opens a message's contents under its subject key (see the module's docstring)."""

    def __init__(self, store: KeyStore, search_key: bytes | None = None):
        self.store = store
        # The key for the hashes that keep sealed finding values searchable: the hash key (intake/keys.py), which
        # unlike the master key never changes, so rotation leaves every hash valid.
        self._search_key = search_key
        # Ciphers by key id (making one costs more than sealing a message's body with it).
        self._keys: dict[str, AESGCM] = {}
        self.all_sealed = False  # set by intake/sealing.py once no row sealed before sealing existed is left

    # -- which key
    def key_for_message(self, customer_ids) -> str:
        """The key id a new message is sealed under: its one customer's key, else a key of its own."""
        customer_ids = sorted(set(customer_ids))
        if len(customer_ids) == 1:
            key_id, key = self.store.for_subject(CUSTOMER + customer_ids[0])
        else:
            key_id, key = self.store.create(None)
        if key_id not in self._keys:
            self._keys[key_id] = AESGCM(key)
        return key_id

    def customer_key_id(self, customer_id: str) -> str | None:
        found = self.store.for_subject(CUSTOMER + customer_id, create=False)
        return found[0] if found else None

    def is_own_key(self, key_id: str) -> bool:
        """Whether the key belongs to one message (not to a customer)."""
        return self.store.subject_of(key_id) is None

    def _key(self, key_id: str) -> AESGCM:
        # Cached for the life of this Sealer (one per process); destroy() clears it in this process. A key another
        # process destroys stays cached here, but what it sealed is already emptied in the database by then;
        # which key a *new* message gets is always asked of the key store (key_for_message).
        cipher = self._keys.get(key_id)
        if cipher is None:
            cipher = self._keys[key_id] = AESGCM(self.store.key(key_id))
        return cipher

    # -- seal and open
    def seal_bytes(self, key_id: str, data: bytes) -> bytes:
        return _aead(self._key(key_id), data, key_id.encode())

    def open_bytes(self, key_id: str, sealed: bytes) -> bytes:
        return _open(self._key(key_id), sealed, key_id.encode())

    def seal_text(self, key_id: str, text: str | None) -> str | None:
        if text is None:
            return None
        return TEXT_PREFIX + base64.b64encode(self.seal_bytes(key_id, text.encode("utf-8"))).decode("ascii")

    def open_text(self, key_id: str, sealed: str | None) -> str | None:
        if sealed is None:
            return None
        if not sealed.startswith(TEXT_PREFIX):
            raise SealBroken("en forseglet rad har en verdi som ikke er forseglet")
        return self.open_bytes(key_id, base64.b64decode(sealed[len(TEXT_PREFIX):])).decode("utf-8")

    def text_hash(self, label: str, text: str | None) -> str | None:
        from rules.finding_search import search_form

        form = search_form(label, text) if text is not None and self._search_key else None
        if not form:
            return None
        return hmac.new(self._search_key, f"finding-text|{label}|{form}".encode("utf-8"), hashlib.sha256).hexdigest()

    def destroy(self, key_ids) -> int:
        key_ids = set(key_ids)
        for key_id in key_ids:
            self._keys.pop(key_id, None)
        return self.store.destroy(key_ids)


def make_sealer(data_dir: Path, master_from_environment: str | None, search_key: bytes | None = None) -> Sealer:
    master = load_master_key(data_dir, master_from_environment)
    reload = None if master_from_environment else (lambda: load_master_key(data_dir, None, create=False))
    return Sealer(KeyStore(key_dir(data_dir) / KEY_STORE_FILE, master, reload), search_key)


def rotate_master_key(data_dir: Path, master_from_environment: str | None, new_from_environment: str | None) -> tuple[str, str, int]:
    """Re-wrap every subject key under a new master key; returns (old id, new id, keys re-wrapped).

    A master key from the environment is replaced by the one in ``new_from_environment`` (the operator swaps the
    variables afterwards); a master key file is replaced by a freshly generated one, written first as
    ``master.key.new`` so that an interruption at any point leaves a key store and a master key that fit
    (``_finish_rotation``)."""
    old = load_master_key(data_dir, master_from_environment)
    store = KeyStore(key_dir(data_dir) / KEY_STORE_FILE, old)
    if master_from_environment:
        if not new_from_environment:
            raise ConfigError("hovednøkkelen kommer fra miljøet: legg den nye i variabelen som security.master_key_env "
                              "nevner, med _NEW etter navnet, og bytt dem etter rotasjonen")
        new = master_key_from_secret(new_from_environment, "miljøet (ny)")
        count = store.rewrap(new)
        return old.key_id, new.key_id, count
    folder = key_dir(data_dir)
    pending = folder / (MASTER_KEY_FILE + ".new")
    secret = secrets.token_hex(32)
    _write_new_file(pending, secret, exclusive_link=False)
    new = master_key_from_secret(secret, str(folder / MASTER_KEY_FILE))
    count = store.rewrap(new)
    os.replace(pending, folder / MASTER_KEY_FILE)
    return old.key_id, new.key_id, count


# -- the functions every reader and writer uses: sealed or not, through here

def sealer_of(session) -> Sealer | None:
    return session.info.get("sealer")


def _opening_sealer(session) -> Sealer:
    sealer = sealer_of(session)
    if sealer is None:
        raise ConfigError("forseglet innhold, men denne økten har ikke noe nøkkellager")
    return sealer


def open_text(session, key_id: str | None, value: str | None) -> str | None:
    """A stored text as plain text: unsealed rows (``key_id`` NULL) as they are."""
    if key_id is None or value is None:
        return value
    return _opening_sealer(session).open_text(key_id, value)


def open_bytes(session, key_id: str | None, value: bytes | None) -> bytes | None:
    """Stored bytes as plain bytes: unsealed rows (``key_id`` NULL) as they are."""
    if key_id is None or value is None:
        return value
    return _opening_sealer(session).open_bytes(key_id, value)


def text_hash(session, label: str, text: str | None) -> str | None:
    """The keyed hash lookup compares for a finding's value (None without a sealer or for labels not searched)."""
    sealer = sealer_of(session)
    return sealer.text_hash(label, text) if sealer is not None else None


def fingerprint(session, purpose: str, value: str) -> str | None:
    """A keyed hash of free text for the audit log: an auditor holding the hash key can confirm a value without
    the log holding it (None without a sealer)."""
    sealer = sealer_of(session)
    if sealer is None or not sealer._search_key:
        return None
    return hmac.new(sealer._search_key, f"audit|{purpose}|{value}".encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def destroy_after_commit(session, key_ids) -> None:
    """Destroy keys once the transaction that stopped using them has committed (a rollback keeps them)."""
    sealer = sealer_of(session)
    key_ids = set(key_ids)
    if sealer is None or not key_ids:
        return
    pending = session.info.setdefault("keys_to_destroy", set())
    if not pending:
        from sqlalchemy import event

        def destroy(committed_session) -> None:
            doomed = committed_session.info.pop("keys_to_destroy", set())
            try:
                sealer.destroy(doomed)
            except Exception as error:  # the erasure is committed; say so loudly, the keys can be destroyed again
                log.error("could not destroy %d subject key(s) after the commit: %s", len(doomed), error)

        def forget(rolled_back_session) -> None:
            rolled_back_session.info.pop("keys_to_destroy", None)

        event.listen(session, "after_commit", destroy, once=True)
        event.listen(session, "after_soft_rollback", forget, once=True)
    pending.update(key_ids)


def seal_text(session, key_id: str | None, text: str | None) -> str | None:
    """``text`` as a row of a message sealed under ``key_id`` stores it (plain when the message is unsealed)."""
    if key_id is None or text is None:
        return text
    return sealer_of(session).seal_text(key_id, text)


def seal_bytes(session, key_id: str | None, data: bytes | None) -> bytes | None:
    if key_id is None or data is None:
        return data
    return sealer_of(session).seal_bytes(key_id, data)


def blob_id(sha256: str, key_id: str | None) -> str:
    """An attachment's blob id: its SHA-256, and when sealed, the SHA-256 of key and hash, so the same file in mail
    of two subjects is stored once per subject and destroying one subject's key leaves the other's copy readable."""
    return hashlib.sha256(f"{key_id}:{sha256}".encode()).hexdigest() if key_id else sha256
