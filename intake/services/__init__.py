"""The service API: one call per operation, under the CLI and the web app alike.

Each call takes the composition root (``intake.app.App``), the acting staff member's
username where the operation shows or changes personal data, and plain arguments.
It owns everything around the domain logic:

* the transaction (one per call: all of it is committed, or none of it);
* the permission check (a registered, active staff member who has signed the
  confidentiality declaration and holds a role the operation allows); a refusal is
  audited and raised as ``intake.errors.PermissionDenied``;
* the audit entry for what was shown or changed;
* refusals and bad input, raised as errors from ``intake.errors``.

Results are frozen dataclasses (``intake.services.results``) or bytes for files; a call
never prints and never writes a file, and never returns a database row.

Areas:

* ``intake.services.mail``: set-up, the daemon, records import, status, analysis, the mailbox;
* ``intake.services.review``: the review queue;
* ``intake.services.privacy``: lookup, requests, access packages, export, rectification,
  erasure, consent, legal holds, retention and disposal, staff, the audit log;
* ``intake.services.reports``: the retention report;
* ``intake.services.browse``: what the web app reads beyond the CLI (search, one message, an
  attachment, the overview, the proposals);
* ``intake.services.accounts``: signing in to the web app.

Import the area you need; the package itself imports nothing heavy, so ``intake --help``
stays fast.
"""
