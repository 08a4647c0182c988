"""Outgoing mail over SMTP (smtplib is used only here).

The mailer sends bytes that are already a complete message; it never builds or
changes them, so a retry puts exactly the same message on the wire. Errors are
``DeliveryError`` with the SMTP reply code but not the server's text, which
often quotes recipient addresses.
"""

from __future__ import annotations

import smtplib
import ssl
from typing import Sequence

from intake.config import SmtpConfig
from intake.errors import DeliveryError


class Mailer:
    def __init__(self, config: SmtpConfig, password: str | None):
        self._config = config
        self._password = password

    @property
    def server(self) -> str:
        return f"{self._config.host}:{self._config.port}"

    def send(self, sender: str, recipients: Sequence[str], content: bytes) -> None:
        """Hand the message to the server; returns only when every recipient was accepted."""
        try:
            with self._connect() as smtp:
                if self._config.username:
                    smtp.login(self._config.username, self._password or "")
                refused = smtp.sendmail(sender, list(recipients), content)
        except smtplib.SMTPAuthenticationError as error:
            raise DeliveryError(f"SMTP server {self.server} rejected the login ({error.smtp_code})") from None
        except smtplib.SMTPRecipientsRefused as error:
            raise DeliveryError(f"SMTP server {self.server} refused all {len(error.recipients)} recipient(s)") from None
        except smtplib.SMTPResponseException as error:
            raise DeliveryError(f"SMTP server {self.server} refused the message ({error.smtp_code})") from None
        except (smtplib.SMTPException, ssl.SSLError, OSError) as error:
            raise DeliveryError(f"cannot deliver through SMTP server {self.server} ({type(error).__name__})") from None
        if refused:
            raise DeliveryError(f"SMTP server {self.server} refused {len(refused)} of {len(recipients)} recipient(s)")

    def _connect(self) -> smtplib.SMTP:
        config = self._config
        if config.tls == "implicit":
            return smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout_seconds, context=self._tls_context())
        smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout_seconds)
        if config.tls == "starttls":
            try:
                smtp.starttls(context=self._tls_context())
            except BaseException:
                smtp.close()
                raise
        return smtp

    def _tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self._config.ca_file or None)
