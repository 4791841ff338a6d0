"""/favicon.ico, which browsers and other clients ask for whatever the pages link to."""

from __future__ import annotations

from flask import Blueprint, redirect, url_for
from werkzeug.wrappers import Response

bp = Blueprint("icon", __name__)


@bp.route("/favicon.ico")
def favicon() -> Response:
    """The site's icon, a static file (cached as the others are)."""
    return redirect(url_for("static", filename="favicon.ico"), code=301)
