"""Database-side privacy services: staff identity, holds, consents, access requests,
rectification, erasure and disposal. The decisions themselves are in ``rules/``;
these modules load facts, apply decisions and write the audit log in the caller's
transaction.
"""
