"""Staff passwords for the web app: the one module that uses argon2 (argon2-cffi).

Hashes are argon2id with the library's defaults (RFC 9106's second recommended
setting); a hash made with older parameters is re-made at the next sign-in. The
password itself is never stored or logged.
"""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 12
MAX_LENGTH = 1024  # argon2 reads all of it; a megabyte "password" is an attack, not a password

_hasher = PasswordHasher()


def password_problem(password: str, username: str) -> str | None:
    """Why this password cannot be used (in Norwegian, for staff), or None."""
    if len(password) < MIN_LENGTH:
        return f"Passordet må ha minst {MIN_LENGTH} tegn."
    if len(password) > MAX_LENGTH:
        return f"Passordet kan ha høyst {MAX_LENGTH} tegn."
    if password.strip().casefold() == username.strip().casefold() or username.casefold() in password.casefold():
        return "Passordet kan ikke inneholde brukernavnet."
    if len(set(password)) < 4:
        return "Passordet er for ensformig."
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when the password matches. Without a hash (unknown user) a dummy hash is checked anyway,
    so the answer takes as long whether or not the username exists."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("intake: no such user, compared only to spend the same time")
