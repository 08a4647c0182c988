"""The mailer over STARTTLS and implicit TLS with a login, against aiosmtpd with a throwaway certificate."""

import ssl
import subprocess

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from intake.config import SmtpConfig
from intake.errors import DeliveryError
from intake.reporting.mailer import Mailer
from tests.reporting.conftest import RecordingHandler, free_port

MESSAGE = b"From: intake@proess.no\r\nTo: ledelsen@proess.no\r\nSubject: test\r\nMessage-ID: <t@intake.proess.no>\r\n\r\nhei\r\n"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


class TlsRecordingHandler(RecordingHandler):
    def __init__(self):
        super().__init__()
        self.logins: list[tuple[bytes, bool]] = []

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        accepted = (auth_data.login, auth_data.password) == (b"intake", b"s3cret")
        self.logins.append((auth_data.login, server.transport.get_extra_info("cipher") is not None))
        return AuthResult(success=accepted, handled=False)  # handled=False: aiosmtpd answers 535 itself


@pytest.fixture(params=["starttls", "implicit"])
def tls_server(request, certificate):
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    handler = TlsRecordingHandler()
    port = free_port()
    common = dict(hostname="127.0.0.1", port=port, authenticator=handler.authenticate, auth_exclude_mechanism=["LOGIN"])
    if request.param == "implicit":
        # aiosmtpd only counts STARTTLS as TLS when offering AUTH; the socket itself is TLS here
        controller = Controller(handler, ssl_context=context, auth_require_tls=False, **common)
    else:
        controller = Controller(handler, tls_context=context, require_starttls=True, **common)
    controller.start()
    try:
        yield request.param, handler, port, cert
    finally:
        controller.stop()


def config(mode: str, port: int, ca_file: str = "") -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, tls=mode, ca_file=ca_file, username="intake", timeout_seconds=5.0)


def test_message_goes_over_tls_after_a_login(tls_server):
    mode, handler, port, cert = tls_server
    Mailer(config(mode, port, str(cert)), password="s3cret").send("intake@proess.no", ["ledelsen@proess.no"], MESSAGE)
    assert handler.logins == [(b"intake", True)]
    [received] = handler.accepted
    assert received.content.rstrip(b"\r\n") == MESSAGE.rstrip(b"\r\n")


def test_wrong_password_is_a_delivery_error_without_the_password(tls_server):
    mode, handler, port, cert = tls_server
    with pytest.raises(DeliveryError, match=r"rejected the login \(535\)") as error:
        Mailer(config(mode, port, str(cert)), password="wrong").send("intake@proess.no", ["ledelsen@proess.no"], MESSAGE)
    assert "wrong" not in str(error.value)
    assert handler.accepted == []


def test_a_certificate_the_ca_file_does_not_vouch_for_is_refused(tls_server):
    mode, handler, port, _ = tls_server
    with pytest.raises(DeliveryError, match="SSLCertVerificationError"):
        Mailer(config(mode, port), password="s3cret").send("intake@proess.no", ["ledelsen@proess.no"], MESSAGE)
    assert handler.accepted == []
