"""Question sets in the formats schools use: export to each, import from some.

Formats know questions, not requests or databases: a `QuestionSet` in, text or bytes out; text
in, an `Imported` set out. Each format is one module; this one is the registry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from quiz.formats import (
    aiken,
    anki,
    apkg,
    blackboard,
    csv_,
    gift,
    json_,
    kahoot,
    moodle_xml,
    qti,
    quizlet,
    worksheet,
)
from quiz.formats.model import FormatError, Imported, QuestionSet


@dataclass(frozen=True)
class Format:
    """One file format: how to write it, and how to read it back if we can."""

    name: str
    label: str
    extension: str
    media_type: str
    export: Callable[[QuestionSet], str | bytes]
    parse: Callable[[str], Imported] | None = None

    @property
    def binary(self) -> bool:
        """Whether the export is bytes (a zip, a workbook) rather than text."""
        return self.extension in {"zip", "xlsx", "apkg"}


TEXT = "text/plain; charset=utf-8"
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("gift", "Moodle GIFT", "gift.txt", TEXT, gift.export, gift.parse),
        Format(
            "moodle-xml",
            "Moodle XML",
            "xml",
            "application/xml",
            moodle_xml.export,
            moodle_xml.parse,
        ),
        Format("qti", "IMS QTI 2.1 package", "zip", "application/zip", qti.export),
        Format("aiken", "Aiken", "aiken.txt", TEXT, aiken.export, aiken.parse),
        Format("csv", "CSV spreadsheet", "csv", "text/csv; charset=utf-8", csv_.export, csv_.parse),
        Format("anki", "Anki notes", "anki.txt", TEXT, anki.export),
        Format("apkg", "Anki package", "apkg", "application/octet-stream", apkg.export),
        Format(
            "blackboard",
            "Blackboard test upload",
            "blackboard.txt",
            TEXT,
            blackboard.export,
            blackboard.parse,
        ),
        Format("quizlet", "Quizlet import", "quizlet.txt", TEXT, quizlet.export),
        Format(
            "kahoot",
            "Kahoot spreadsheet",
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            kahoot.export,
        ),
        Format("json", "JSON", "json", "application/json", json_.export, json_.parse),
        Format(
            "worksheet", "Printable worksheet", "html", "text/html; charset=utf-8", worksheet.export
        ),
    )
}
# The platforms teachers export to, each with its files and where to import them there.
PLATFORMS: list[tuple[str, str, list[str]]] = [
    (
        "Moodle",
        "Question bank → Import; choose the file's format (GIFT, Moodle XML or Aiken).",
        ["moodle-xml", "gift", "aiken"],
    ),
    (
        "Canvas, Brightspace, Schoology and other LMS",
        "Course import (Canvas: Settings → Import Course Content → QTI .zip file).",
        ["qti"],
    ),
    (
        "Blackboard Learn",
        "In a test: Add question → Upload questions, then choose the file.",
        ["blackboard"],
    ),
    (
        "Kahoot",
        "Create → Add question → Import spreadsheet (questions over its limits are left out).",
        ["kahoot"],
    ),
    ("Quizlet", "Create a set → Import, and paste the file's text.", ["quizlet"]),
    (
        "Anki",
        "File → Import, then choose the file (a package imported again updates its notes).",
        ["apkg", "anki"],
    ),
    ("Spreadsheets", "Open in Excel, LibreOffice or Google Sheets.", ["csv"]),
    ("Other tools and programs", "The questions with their sources, as JSON.", ["json"]),
    ("Paper", "Opens in the browser: print it, or save it as PDF.", ["worksheet"]),
]
IMPORTABLE = [f.name for f in FORMATS.values() if f.parse is not None]
_BY_SUFFIX = {".json": "json", ".xml": "moodle-xml", ".gift": "gift", ".csv": "csv"}
_AIKEN_ANSWER = re.compile(r"^ANSWER:\s*[A-Z]\s*$", re.MULTILINE)
_BLACKBOARD_LINE = re.compile(r"^(MC|MA|TF|ESS|FIB|MAT|ORD|NUM|SR|OP|JUMBLED_SENTENCE)\t", re.M)


def guess_format(filename: str, text: str) -> str | None:
    """The importable format a file is most likely in, from its name, then its content."""
    suffix = PurePath(filename).suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    start = text.lstrip()[:1]
    if start in {"{", "["}:
        return "json"
    if start == "<":
        return "moodle-xml"
    if _BLACKBOARD_LINE.search(text):
        return "blackboard"
    if _AIKEN_ANSWER.search(text):
        return "aiken"
    if "{" in text:
        return "gift"
    return None


__all__ = [
    "FORMATS",
    "IMPORTABLE",
    "PLATFORMS",
    "Format",
    "FormatError",
    "Imported",
    "QuestionSet",
    "guess_format",
]
