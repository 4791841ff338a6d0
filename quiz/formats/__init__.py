"""Question sets in the formats schools use: export to each, import from some.

Formats know questions, not requests or databases: a `QuestionSet` in, text or bytes out; text
in, an `Imported` set out. Each format is one module; this one is the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quiz.formats import aiken, anki, csv_, gift, json_, moodle_xml, qti, worksheet
from quiz.formats.model import FormatError, Imported, QuestionSet


@dataclass(frozen=True)
class Format:
    """One file format: how to write it, and how to read it back if we can."""

    name: str
    extension: str
    media_type: str
    export: Callable[[QuestionSet], str | bytes]
    parse: Callable[[str], Imported] | None = None

    @property
    def binary(self) -> bool:
        """Whether the export is bytes (a zip) rather than text."""
        return self.extension == "zip"


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("gift", "gift.txt", "text/plain; charset=utf-8", gift.export, gift.parse),
        Format("moodle-xml", "xml", "application/xml", moodle_xml.export, moodle_xml.parse),
        Format("qti", "zip", "application/zip", qti.export),
        Format("aiken", "aiken.txt", "text/plain; charset=utf-8", aiken.export, aiken.parse),
        Format("csv", "csv", "text/csv; charset=utf-8", csv_.export),
        Format("anki", "anki.txt", "text/plain; charset=utf-8", anki.export),
        Format("json", "json", "application/json", json_.export, json_.parse),
        Format("worksheet", "html", "text/html; charset=utf-8", worksheet.export),
    )
}
IMPORTABLE = [f.name for f in FORMATS.values() if f.parse is not None]

__all__ = ["FORMATS", "IMPORTABLE", "Format", "FormatError", "Imported", "QuestionSet"]
