"""Security headers on every response, and HTTPS behind a proxy.

Pages need no script and post their forms only to the site: the Content Security Policy says
so. Pages shown to a logged-in user hold their work, and a teacher's hold answer keys: no
browser or proxy keeps them. Over HTTPS the session cookie is Secure and browsers are told to
use HTTPS from then on (HSTS). Behind a reverse proxy, TRUSTED_PROXIES (the number of proxies
in front) lets the site believe their X-Forwarded-For and X-Forwarded-Proto.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, g, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# The printable worksheet (an export opened in the browser) carries its own print styles and
# nothing else: no script, image, font or form.
WORKSHEET_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains"  # a year


def served_over_https() -> bool:
    """Whether this request came over HTTPS (as the trusted proxy says, if any), or the
    installation says it always does (PREFERRED_URL_SCHEME = "https")."""
    return request.is_secure or current_app.config["PREFERRED_URL_SCHEME"] == "https"


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session, with a Secure cookie whenever the site is served over
    HTTPS (Flask's own SESSION_COOKIE_SECURE still makes it Secure always)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return super().get_cookie_secure(app) or served_over_https()


def _headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    if served_over_https():
        headers.setdefault("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY)
    if g.get("user") is not None and request.endpoint != "static":
        headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    """Trust the configured proxies, make the session cookie Secure over HTTPS, and add the
    security headers to every response."""
    proxies = int(app.config["TRUSTED_PROXIES"])
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)
    app.session_interface = SessionInterface()
    app.after_request(_headers)
