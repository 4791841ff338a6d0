"""The spreadsheet templates (xlsx): Wayground's export, and the imports of Kahoot's and
Wayground's templates. openpyxl reads each sheet back and the template's rules are checked;
sheets a teacher would fill in by hand are built with openpyxl and read; malformed files name
the row at fault."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from question_sets import AWKWARD
from test_formats_golden import GOLDEN, _check

from quiz.formats import FormatError, QuestionSet, kahoot, wayground
from quiz.generator import Question, Source

# The template's header (row 1), as Wayground's sample spreadsheet has it.
WAYGROUND_HEADER = [
    "Question Text",
    "Question Type",
    "Option 1",
    "Option 2",
    "Option 3",
    "Option 4",
    "Option 5",
    "Correct Answer",
    "Time in seconds",
    "Image Link",
    "Answer explanation",
]
# Kahoot's template: its header on row 8, in columns B to H.
KAHOOT_HEADER = [
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _flat(text: str) -> str:
    """Text as a sheet cell holds it: on one line, without what a worksheet refuses."""
    return CONTROL.sub("", " ".join(text.split())).strip()


def _essentials(questions) -> list[tuple]:
    return [(q.stem, q.options, q.answer_index) for q in questions]


def _flat_essentials(questions) -> list[tuple]:
    return [(_flat(q.stem), tuple(_flat(o) for o in q.options), q.answer_index) for q in questions]


def _workbook(rows: list[list[object]]) -> bytes:
    """An xlsx file with these rows from A1, as a teacher's spreadsheet program saves it."""
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _question(stem: str, options: list[str], key: int, sentence: str = "") -> Question:
    return Question(
        stem=stem,
        options=tuple(options),
        answer_index=key,
        kind="term",
        source=Source("doc", sentence, 0, 0),
        score=0.0,
    )


SIX_OPTIONS = _question("Which is the sixth?", ["a", "b", "c", "d", "e", "f"], 5, "f is sixth.")
FORMULA = _question("=SUM(A1:A3) adds what?", ["=A1", "+A2", "@A3", "-1"], 0, "=A1 is first.")


# --- Wayground: the export ------------------------------------------------------------------


def test_the_wayground_sheet_matches_its_golden_rows() -> None:
    produced = "".join(
        "\t".join("" if cell is None else str(cell).replace("\n", "\\n") for cell in row) + "\n"
        for row in wayground.rows(AWKWARD)
    )
    _check(GOLDEN / "awkward.wayground.tsv", produced.encode("utf-8"))


def test_the_wayground_sheet_keeps_the_template_s_rules(question_set) -> None:
    """Read with openpyxl: the template's header on row 1 and its instructions on row 2, then a
    Multiple Choice row for every question with 2 to 5 options, the right one's number and the
    source as the explanation."""
    padded = QuestionSet(question_set.title, (*question_set.questions, SIX_OPTIONS, FORMULA))
    sheet = openpyxl.load_workbook(io.BytesIO(wayground.export(padded))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == WAYGROUND_HEADER
    assert rows[1][0].startswith("Text of the question") and "(between 1-5)" in rows[1][7]
    assert len(rows) == 2 + len(padded.questions)  # none is left out
    for row, question in zip(rows[2:], padded.questions, strict=True):
        stem, kind, *options, key, seconds, image, explanation = row
        filled = [o for o in options if o is not None]
        assert stem == _flat(question.stem) and kind == "Multiple Choice"
        assert 2 <= len(filled) <= 5 and options[: len(filled)] == filled  # from Option 1 on
        assert isinstance(key, int) and 1 <= key <= len(filled)
        assert filled[key - 1] == _flat(question.answer)
        assert set(filled) <= {_flat(o) for o in question.options}
        assert seconds == 30 and image is None  # the template's default time
        assert explanation == (_flat(question.source.sentence) or None)
    six = rows[-2]
    assert six[2:7] == ("a", "b", "c", "d", "f") and six[7] == 5  # 4 first distractors, the key
    assert all(c.data_type != "f" for line in sheet.iter_rows() for c in line)  # no formulas
    assert sheet.cell(row=len(rows), column=1).value == "=SUM(A1:A3) adds what?"


def test_the_wayground_file_is_the_same_bytes_at_any_time() -> None:
    """openpyxl stamps the time of saving; the export fixes every time in the file."""
    data = wayground.export(AWKWARD)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        assert {entry.date_time for entry in package.infolist()} == {(2020, 1, 1, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    stamps = re.findall(r"<dcterms:(created|modified)\b[^>]*>([^<]*)<", core)
    assert stamps == [("created", "2020-01-01T00:00:00Z"), ("modified", "2020-01-01T00:00:00Z")]
    assert wayground.export(AWKWARD) == data


# --- round trips ------------------------------------------------------------------------------


def test_wayground_export_then_import_gives_the_same_questions(question_set) -> None:
    imported = wayground.parse_bytes(wayground.export(question_set))
    assert _essentials(imported.questions) == _flat_essentials(question_set.questions)
    assert [q.source.sentence for q in imported.questions] == [
        _flat(q.source.sentence) for q in question_set.questions
    ]
    assert imported.skipped == 0


def _within_kahoot_limits(question: Question) -> bool:
    return (
        len(_flat(question.stem)) <= 120
        and len(question.options) <= 4
        and all(len(_flat(o)) <= 75 for o in question.options)
    )


def test_kahoot_export_then_import_gives_the_questions_within_its_limits(question_set) -> None:
    imported = kahoot.parse_bytes(kahoot.export(question_set))
    kept = [q for q in question_set.questions if _within_kahoot_limits(q)]
    assert kept  # the round trip is tested on something
    assert _essentials(imported.questions) == _flat_essentials(kept)
    assert imported.skipped == 0


# Any character but surrogates (which no UTF-8 file can hold).
ANY_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=60)
CELL_TEXT = ANY_TEXT.filter(lambda t: _flat(t) != "" and not _flat(t).startswith("Text of the"))


@settings(max_examples=150, deadline=None)
@given(CELL_TEXT, st.lists(CELL_TEXT, min_size=2, max_size=5), st.integers(0, 4), ANY_TEXT)
def test_any_text_survives_both_sheets(stem, options, key_seed, sentence) -> None:
    question = _question(stem, options, key_seed % len(options), sentence)
    expected = _flat_essentials([question])
    sheet = QuestionSet("t", (question,))
    assert _essentials(wayground.parse_bytes(wayground.export(sheet)).questions) == expected
    formula = any(_flat(t).startswith("=") for t in (stem, *options))  # Kahoot writes a formula
    if _within_kahoot_limits(question) and not formula:
        assert _essentials(kahoot.parse_bytes(kahoot.export(sheet)).questions) == expected


# --- templates as teachers fill them in -------------------------------------------------------

WAYGROUND_INSTRUCTIONS = [
    "Text of the question\n\n(required)\n\n\n",
    "Question Type\n\n(default is Multiple Choice)\n\n",
    "Text for option 1\n\n(required in all cases except open-ended & draw questions)",
    "Text for option 2\n\n(required in all cases except open-ended & draw questions)",
    "Text for option 3\n\n(optional)\n\n\n",
    "Text for option 4\n\n(optional)\n\n\n",
    "Text for option 5\n\n(optional)\n\n\n",
    'The correct option choice (between 1-5).\n\nLeave blank for "Open-Ended", "Poll", "Draw" '
    'and "Fill-in-the-Blank".',
    "Time in seconds\n\n(optional, default value is 30 seconds)\n",
    "Link of the image\n\n(optional)\n\n\n",
    "Explanation for the answer\n(optional)\n\n\n",
]
_ = None
FILLED_WAYGROUND = [
    [*WAYGROUND_HEADER, "My notes"],
    WAYGROUND_INSTRUCTIONS,
    # the template's own example, kept: a key typed as a number, a time and an image
    [
        "Which of these is the largest planet in the Solar System?",
        "Multiple Choice",
        "Earth",
        "Mars",
        "Mercury",
        "Jupiter",
        "Pluto",
        4,
        20,
        "https://example.org/solar-system.jpg",
        "Jupiter is a gas giant.",
    ],
    [],
    ["In which year was NATO formed?", "Multiple Choice", 1947, 1949, 1951, 1955, _, 2, 30],
    ["Which are primes?", "Checkbox", 2, 3, 4, _, _, "1,2", _, _, _, "several keys"],
    ["Describe the sea.", "Open-Ended"],
    ["Which season do you like?", "Poll", "Spring", "Summer", "Autumn", "Winter"],
    ["The capital of France is ____.", "Fill-in-the-Blank", "Paris"],
    ["Draw a cat.", "Draw"],
    ["Which city is the capital of Poland?", _, "Krakow", "Warsaw", "Gdansk", _, _, "2"],
    ["Which two are odd?", "Multiple Choice", 1, 2, 3, _, _, "1,3"],
    [],
]


@pytest.mark.parametrize("rows_above, columns_before", [(0, 0), (2, 1)])
def test_a_filled_in_wayground_template_is_read(rows_above, columns_before) -> None:
    """Blank rows, numbers typed as numbers, extra columns, other question types; the header
    found by its labels wherever the teacher's sheet has it."""
    shifted = [[f"Quiz {n}"] for n in range(rows_above)]
    shifted += [[_] * columns_before + row for row in FILLED_WAYGROUND]
    imported = wayground.parse_bytes(_workbook(shifted))
    assert _essentials(imported.questions) == [
        (
            "Which of these is the largest planet in the Solar System?",
            ("Earth", "Mars", "Mercury", "Jupiter", "Pluto"),
            3,
        ),
        ("In which year was NATO formed?", ("1947", "1949", "1951", "1955"), 1),
        ("Which city is the capital of Poland?", ("Krakow", "Warsaw", "Gdansk"), 1),
    ]
    assert imported.questions[0].source.sentence == "Jupiter is a gas giant."
    assert imported.skipped == 6  # Checkbox, Open-Ended, Poll, Fill-in-the-Blank, Draw, 2 keys


KAHOOT_NOTES = [
    [_, "Quiz template"],
    [_, "Add questions, at least two answers, a time limit and the right answer(s)."],
    [_, "Questions up to 120 characters, answers up to 75; several right answers: 1,3."],
    [],
    [],
    [],
    [],
]
FILLED_KAHOOT = [
    *KAHOOT_NOTES,
    [_, *KAHOOT_HEADER, "Teacher's notes"],
    [1, "Which city is the capital of Poland?", "Krakow", "Warsaw", "Gdansk", "Poznan", 20, 2],
    [2],
    [3, "In which year was NATO formed?", 1947, 1949, 1951, 1955, 30, "2", "years as numbers"],
    [4, "Which are primes?", "2", "3", "4", "9", 20, "1,2"],
    [5, "Is the sun a star?", "Yes", "No", _, _, 5, 1],
    [6, "Which sea is saltiest?", "Dead Sea", _, "Red Sea", _, 10, 3],
    [7],
    [8],
]


def test_a_filled_in_kahoot_template_is_read() -> None:
    """Row 8's header, numbered blank rows, numbers typed as numbers, an extra column; several
    right answers are counted as skipped and the time is not read."""
    imported = kahoot.parse_bytes(_workbook(FILLED_KAHOOT))
    assert _essentials(imported.questions) == [
        ("Which city is the capital of Poland?", ("Krakow", "Warsaw", "Gdansk", "Poznan"), 1),
        ("In which year was NATO formed?", ("1947", "1949", "1951", "1955"), 1),
        ("Is the sun a star?", ("Yes", "No"), 0),
        ("Which sea is saltiest?", ("Dead Sea", "Red Sea"), 1),
    ]
    assert imported.skipped == 1


# --- malformed files ----------------------------------------------------------------------------


def _wayground_row(**cells: object) -> bytes:
    row = {"stem": "Which city?", "kind": "Multiple Choice", "options": ["A", "B", "C", "D"]}
    row |= cells
    options = [*row["options"], *[_] * (5 - len(row["options"]))]
    return _workbook(
        [WAYGROUND_HEADER, WAYGROUND_INSTRUCTIONS, [row["stem"], row["kind"], *options, row["key"]]]
    )


@pytest.mark.parametrize(
    "cells, message",
    [
        ({"key": 5}, r'row 3: the correct answer is "5"; give the number of a filled-in answer'),
        ({"key": "B"}, r'row 3: the correct answer is "B"'),
        ({"key": "1,9", "kind": "Checkbox"}, None),  # another type: not read, not an error
        ({"key": "1,9"}, r'row 3: the correct answer is "1,9"'),
        ({"key": _}, "row 3: the correct answer is empty"),
        ({"key": 3, "options": ["A", "B", _, "D"]}, r'row 3: the correct answer is "3"'),
        ({"key": 1, "options": ["A"]}, "row 3: a question needs at least two answers"),
        ({"key": 1, "stem": _}, "row 3: the question has no text"),
    ],
)
def test_a_bad_wayground_row_is_named(cells, message) -> None:
    data = _wayground_row(**cells)
    if message is None:
        assert wayground.parse_bytes(data).skipped == 1
        return
    with pytest.raises(FormatError, match=message):
        wayground.parse_bytes(data)


def test_a_bad_kahoot_key_names_its_row() -> None:
    rows = [*KAHOOT_NOTES, [_, *KAHOOT_HEADER], [1, "Which?", "yes", "no", _, _, 20, 3]]
    with pytest.raises(FormatError, match=r'row 9: the correct answer is "3"'):
        kahoot.parse_bytes(_workbook(rows))
    rows[-1][-1] = "1 or 2"
    with pytest.raises(FormatError, match=r'row 9: the correct answer is "1 or 2"'):
        kahoot.parse_bytes(_workbook(rows))


def _not_a_workbook() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", "<document/>")
    return out.getvalue()


@pytest.mark.parametrize("parse", [wayground.parse_bytes, kahoot.parse_bytes])
@pytest.mark.parametrize(
    "data",
    [b"", b"Question,A,B,Answer\nWhich?,yes,no,A\n", b"PK\x03\x04 broken", _not_a_workbook()],
)
def test_a_file_that_is_not_a_workbook_is_refused(parse, data) -> None:
    with pytest.raises(FormatError, match=r"not an Excel workbook \(\.xlsx\)"):
        parse(data)


def test_a_workbook_without_the_template_s_header_is_refused() -> None:
    other = _workbook([["Question", "A", "B", "Answer"], ["Which?", "yes", "no", "A"]])
    with pytest.raises(FormatError, match="no sheet of the workbook has the header row of Way"):
        wayground.parse_bytes(other)
    with pytest.raises(FormatError, match="no sheet of the workbook has the header row of Kahoot"):
        kahoot.parse_bytes(other)
    # each template is told from the other
    with pytest.raises(FormatError, match="header row of Wayground's template"):
        wayground.parse_bytes(kahoot.export(AWKWARD))
    with pytest.raises(FormatError, match="header row of Kahoot's template"):
        kahoot.parse_bytes(wayground.export(AWKWARD))


def test_the_awkward_set_s_long_option_is_within_wayground_s_rules() -> None:
    """Wayground documents no length limit: the long option Kahoot leaves out stays."""
    long_one = next(q for q in AWKWARD.questions if len(q.answer) > 75)
    imported = wayground.parse_bytes(wayground.export(QuestionSet("t", (long_one,))))
    assert imported.questions[0].answer == long_one.answer
    assert kahoot.parse_bytes(kahoot.export(QuestionSet("t", (long_one,)))).questions == []
