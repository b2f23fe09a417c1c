#!/usr/bin/python3
"""An SMTP relay like a county's: STARTTLS required, then AUTH. For
tests/e2e/mail-tls.test.mjs. Each accepted mail becomes one JSON line in
OUT with what the test checks (TLS in use, authenticated user, envelope,
data). Run with Debian's python3 (python3-aiosmtpd).

usage: smtp_tls_server.py PORT CERT KEY USER PASSWORD OUT
"""
import json
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def main():
    port, cert, key, user, password, out = sys.argv[1:7]
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == user
              and auth_data.password.decode() == password)
        # handled=False: aiosmtpd answers 535 itself (True means "already answered").
        return AuthResult(success=ok, handled=False,
                          auth_data=auth_data.login.decode() if ok else None)

    class Record:
        async def handle_DATA(self, server, session, envelope):
            with open(out, "a", encoding="utf-8") as f:
                f.write(json.dumps({
                    "tls": session.ssl is not None,
                    "user": session.auth_data,
                    "from": envelope.mail_from,
                    "to": envelope.rcpt_tos,
                    "data": envelope.content.decode("utf-8", "replace"),
                }) + "\n")
            return "250 OK"

    controller = Controller(Record(), hostname="127.0.0.1", port=int(port),
                            tls_context=context, require_starttls=True,
                            auth_required=True, authenticator=authenticator,
                            auth_require_tls=True)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
