"""Usernames: the one form each is stored, looked up and rate limited in, and the characters a
new one may use."""

from __future__ import annotations

import re
import unicodedata

from quiz.models import DEMO_TEACHER

MIN_LENGTH, MAX_LENGTH = 3, 40
# ASCII letters and digits, dots, dashes and underscores, starting with a letter or digit: no
# look-alike letters from other scripts (Cyrillic 's', U+0455), no spaces or control characters.
ALLOWED = re.compile(rf"[a-z0-9][a-z0-9._-]{{{MIN_LENGTH - 1},{MAX_LENGTH - 1}}}")
RULE = (
    f"{MIN_LENGTH} to {MAX_LENGTH} characters: letters a to z, digits, dots, dashes or "
    "underscores, starting with a letter or digit. Capitals are read as small letters."
)
RESERVED = frozenset({DEMO_TEACHER})


def normalise(typed: str) -> str:
    """*typed* as it is stored and looked up: Unicode NFKC, case-folded, without the spaces
    around it (' ADA ' and fullwidth 'ADA' -> 'ada'). Login and registration both use it."""
    folded = unicodedata.normalize("NFKC", typed).casefold()
    return unicodedata.normalize("NFKC", folded).strip()


def problem(name: str) -> str | None:
    """Why the normalised *name* cannot be a new username, or None if it can."""
    if not ALLOWED.fullmatch(name):
        return f"Use {RULE}"
    return None
