"""The inside of the privacy services: staff identity, lookup, holds, consents, access requests,
rectification, erasure and disposal. The decisions themselves are in ``rules/``; these modules
load facts, apply decisions and write the audit log in the caller's transaction.

Front ends call ``intake.services``, not these modules. Every public function here that shows or
changes personal data checks the acting staff member itself (``staff.require``); helpers that
do not are private (a leading underscore) and are called only after such a check.
"""
