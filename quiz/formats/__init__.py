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
    blooket,
    brightspace,
    canvas,
    cc,
    csv_,
    gift,
    gimkit,
    h5p,
    json_,
    kahoot,
    moodle_xml,
    qti,
    quizlet,
    wayground,
    workbook,
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
    parse_bytes: Callable[[bytes], Imported] | None = None  # a workbook's import

    @property
    def file_type(self) -> str:
        """The last part of the extension, which tells the file's type ('zip' of 'canvas.zip')."""
        return self.extension.rsplit(".", 1)[-1]

    @property
    def binary(self) -> bool:
        """Whether the export is bytes (a zip, a workbook) rather than text."""
        return self.file_type in {"zip", "xlsx", "apkg", "h5p", "imscc"}

    def file_name(self, title: str) -> str:
        """A download name for a set titled *title*: its words joined by dashes, then the
        extension, which tells the formats apart ('panama-canal.canvas.zip')."""
        words = re.findall(r"\w+", title.lower())
        return f"{'-'.join(words)[:60].strip('-') or 'quiz'}.{self.extension}"

    @property
    def importable(self) -> bool:
        """Whether a file in this format can be read back."""
        return self.parse is not None or self.parse_bytes is not None


TEXT = "text/plain; charset=utf-8"
CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
        Format("qti", "IMS QTI 2.1 package", "qti21.zip", "application/zip", qti.export),
        Format(
            "canvas",
            "Canvas QTI package (Classic Quizzes)",
            "canvas.zip",
            "application/zip",
            canvas.export,
        ),
        Format("cc", "Common Cartridge 1.1", "imscc", "application/zip", cc.export),
        Format("aiken", "Aiken", "aiken.txt", TEXT, aiken.export, aiken.parse),
        Format("csv", "CSV spreadsheet", "csv", CSV, csv_.export, csv_.parse),
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
            "kahoot.xlsx",
            XLSX,
            kahoot.export,
            None,
            kahoot.parse_bytes,
        ),
        Format(
            "wayground",
            "Wayground (Quizizz) spreadsheet",
            "wayground.xlsx",
            XLSX,
            wayground.export,
            None,
            wayground.parse_bytes,
        ),
        Format("blooket", "Blooket spreadsheet", "blooket.csv", CSV, blooket.export),
        Format("gimkit", "Gimkit spreadsheet", "gimkit.csv", CSV, gimkit.export),
        Format(
            "brightspace",
            "Brightspace question library CSV",
            "brightspace.csv",
            CSV,
            brightspace.export,
            brightspace.parse,
        ),
        Format("h5p", "H5P question set", "h5p", "application/zip", h5p.export),
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
        "Canvas",
        "Settings → Import Course Content → QTI .zip file (a Classic quiz).",
        ["canvas"],
    ),
    (
        "Brightspace, Schoology and other LMS",
        "Course import of the Common Cartridge (Canvas: Common Cartridge 1.x Package; "
        "Brightspace: Import Components; Schoology: Resources → Import, after its Common "
        "Cartridge converter), or of the QTI 2.1 package (Canvas New Quizzes).",
        ["cc", "qti"],
    ),
    (
        "Blackboard Learn",
        "In a test: Add question → Upload questions, then choose the file.",
        ["blackboard"],
    ),
    (
        "D2L Brightspace",
        "Question Library → Import → Upload a File, then choose the .csv file.",
        ["brightspace"],
    ),
    (
        "Kahoot",
        "Create → Add question → Import spreadsheet (a question over its limits gets a shorter "
        "wording, or is left out).",
        ["kahoot"],
    ),
    (
        "Wayground (Quizizz)",
        "In the quiz editor: Import from spreadsheet, then upload the file.",
        ["wayground"],
    ),
    ("Blooket", "Create a set → Spreadsheet import (CSV), then upload the file.", ["blooket"]),
    ("Gimkit", "New kit → Import from spreadsheet (CSV), then upload the file.", ["gimkit"]),
    ("Quizlet", "Create a set → Import, and paste the file's text.", ["quizlet"]),
    (
        "Anki",
        "File → Import, then choose the file (a package imported again updates its notes).",
        ["apkg", "anki"],
    ),
    ("Spreadsheets", "Open in Excel, LibreOffice or Google Sheets.", ["csv"]),
    (
        "H5P (Moodle, WordPress, Lumi)",
        "Upload the .h5p where H5P content is added (Moodle: Content bank → Upload); the site "
        "needs the Question Set and Multiple Choice content types.",
        ["h5p"],
    ),
    ("Other tools and programs", "The questions with their sources, as JSON.", ["json"]),
    ("Paper", "Opens in the browser: print it, or save it as PDF.", ["worksheet"]),
]
IMPORTABLE = [f.name for f in FORMATS.values() if f.importable]
_BY_SUFFIX = {".json": "json", ".xml": "moodle-xml", ".gift": "gift", ".csv": "csv"}
_AIKEN_ANSWER = re.compile(r"^ANSWER:\s*[A-Z]\s*$", re.MULTILINE)
_BRIGHTSPACE_ROW = re.compile(r"^\ufeff?NewQuestion\s*,", re.MULTILINE | re.IGNORECASE)
_BLACKBOARD_LINE = re.compile(r"^(MC|MA|TF|ESS|FIB|MAT|ORD|NUM|SR|OP|JUMBLED_SENTENCE)\t", re.M)


def guess_format(filename: str, text: str) -> str | None:
    """The importable format a file is most likely in, from its name, then its content."""
    suffix = PurePath(filename).suffix.lower()
    if _BRIGHTSPACE_ROW.search(text):
        return "brightspace"
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


def title_of_file(filename: str) -> str:
    """A set's title from its file's name: the name without its extension, a format's two-part
    one included ('x.aiken.txt' and 'x.kahoot.xlsx' give 'x', not 'x.aiken')."""
    name = PurePath(filename).name
    for chosen in FORMATS.values():
        ending = f".{chosen.extension}"
        if "." in chosen.extension and name.lower().endswith(ending) and len(name) > len(ending):
            return name[: -len(ending)]
    return PurePath(name).stem


def guess_workbook_format(data: bytes) -> str | None:
    """The platform whose spreadsheet template an xlsx file follows, found by its header row."""
    for name, is_header in (("kahoot", kahoot.is_header), ("wayground", wayground.is_header)):
        try:
            workbook.find_table(data, is_header, name)
        except FormatError:
            continue
        return name
    return None


def is_workbook(data: bytes) -> bool:
    """Whether *data* is a zip file, as xlsx workbooks are (text files never start so)."""
    return data.startswith(b"PK\x03\x04")


__all__ = [
    "FORMATS",
    "IMPORTABLE",
    "PLATFORMS",
    "Format",
    "FormatError",
    "Imported",
    "QuestionSet",
    "guess_format",
    "guess_workbook_format",
    "is_workbook",
    "title_of_file",
]
