"""URL converters: ids in URLs are numbers the database can hold, or the page does not exist."""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import IntegerConverter, Map

# The largest id every database the site runs on can hold: ids are INTEGER columns, 32 bits in
# PostgreSQL (64 in SQLite; no school makes two billion rows). A larger number in a URL made the
# driver raise (SQLite above 2**63, PostgreSQL above 2**31) instead of finding nothing.
MAX_ID = 2**31 - 1


class IdConverter(IntegerConverter):
    """`<id:quiz_id>`: an id of a stored row, 1 to MAX_ID, in ASCII digits; anything else is 404."""

    regex = r"[0-9]+"  # not \d, which takes any script's digits

    def __init__(self, map: Map) -> None:
        super().__init__(map, min=1, max=MAX_ID)


def init_app(app: Flask) -> None:
    """Register the converters; before the blueprints, whose routes use them."""
    app.url_map.converters["id"] = IdConverter
