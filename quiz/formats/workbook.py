"""Excel workbooks (xlsx) of the platforms' spreadsheet templates, written and read with openpyxl.

Writing gives the same bytes for the same rows, and text that looks like a formula stays text.
Reading finds a template's header row by its labels, wherever a teacher's sheet has it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from quiz.formats.model import FormatError, imported_question, sheet_line
from quiz.generator import Question

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | None


def write(rows: list[list[Cell]]) -> bytes:
    """A one-sheet workbook of *rows* from row 1, as xlsx bytes."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    text_stays_text(sheet)
    return saved(workbook)


def text_stays_text(sheet: Worksheet) -> None:
    """Cells of text such as "=1+1?" kept as text: openpyxl writes them as formulas."""
    for row in sheet.iter_rows():
        for written in row:
            if written.data_type == "f":
                written.data_type = "s"


FIXED_TIME = dt.datetime(2020, 1, 1)
_MODIFIED = re.compile(rb"(<dcterms:modified\b[^>]*>)[^<]*")


def saved(workbook: Workbook) -> bytes:
    """A workbook's xlsx bytes, the same for the same content: openpyxl stamps the file's
    properties and each zip entry with the time of saving, and here they all get FIXED_TIME."""
    import zipfile

    workbook.properties.created = FIXED_TIME
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    stamped = io.BytesIO()
    workbook.save(stamped)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(stamped) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>" + stamp, data)
            fixed = zipfile.ZipInfo(entry.filename, FIXED_TIME.timetuple()[:6])
            target.writestr(fixed, data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


Row = tuple[object, ...]


# A workbook's parts unpacked: thousands of questions' worth. openpyxl takes seconds and
# hundreds of MB for 10 MB of sheet XML, which a 1 MB upload can unpack to a thousand times over.
MAX_UNZIPPED_BYTES = 5_000_000


def workbook_rows(data: bytes) -> list[list[Row]]:
    """Each worksheet's rows (values, not formulas) from row 1, of an xlsx file."""
    import zipfile

    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # sizes as declared: never exceeded
            size = sum(info.file_size for info in archive.infolist())
        if size <= MAX_UNZIPPED_BYTES:
            workbook = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # zip, XML, key and value errors: whatever is not a workbook
        raise FormatError(
            "the file is not an Excel workbook (.xlsx); save it from Excel, LibreOffice or "
            "Google Sheets as .xlsx"
        ) from error
    if size > MAX_UNZIPPED_BYTES:
        raise FormatError(
            f"the workbook unpacks to {size:,} bytes; the limit is {MAX_UNZIPPED_BYTES:,} bytes"
        )
    return [list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets]


def cell_text(value: object) -> str:
    """A cell as the teacher typed it: 1947 typed as a number reads "1947", a date "1945-05-08"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    return str(value).strip()


def label(value: object) -> str:
    """A header cell as compared: lower case, on one line."""
    return sheet_line(cell_text(value)).lower()


def find_table(
    data: bytes, is_header: Callable[[list[str]], bool], template: str
) -> tuple[list[str], list[tuple[int, Row]]]:
    """The header's labels and the numbered rows under it, in the first worksheet with a row
    that *is_header* accepts."""
    for rows in workbook_rows(data):
        for index, row in enumerate(rows):
            labels = [label(value) for value in row]
            if is_header(labels):
                return labels, list(enumerate(rows[index + 1 :], index + 2))
    raise FormatError(f"no sheet of the workbook has the header row of {template}")


def column(labels: list[str], prefix: str) -> int | None:
    """The first column whose label starts with the word(s) *prefix*."""
    starts = re.compile(re.escape(prefix) + r"\b")
    return next((i for i, text in enumerate(labels) if starts.match(text)), None)


def numbered_columns(labels: list[str], word: str) -> list[int]:
    """The columns labelled "<word> 1", "<word> 2" and on, in that order."""
    found: list[int] = []
    while (at := column(labels, f"{word} {len(found) + 1}")) is not None:
        found.append(at)
    return found


def cell(row: Row, at: int | None) -> str:
    """The text of a row's cell in column *at* (none: empty)."""
    return cell_text(row[at]) if at is not None and at < len(row) else ""


def keyed_question(
    where: str, stem: str, answers: list[str], key: str, source: str = ""
) -> Question | None:
    """The question of a row whose *answers* are its answer cells in order (blank ones left out)
    and *key* the right answer's number; None when the key names several ("1,3")."""
    filled = [number for number, answer in enumerate(answers, 1) if answer]
    parts = [part.strip() for part in key.split(",")]
    if not all(part.isdecimal() and int(part) in filled for part in parts):
        shown = f'"{key}"' if key else "empty"
        raise FormatError(
            f"{where}: the correct answer is {shown}; give the number of a filled-in answer "
            f"(1 to {len(answers)})"
        )
    if len(set(parts)) > 1:
        return None
    if len(filled) < 2:
        raise FormatError(f"{where}: a question needs at least two answers")
    options = [answer for answer in answers if answer]
    return imported_question(where, stem, options, filled.index(int(parts[0])), source)
