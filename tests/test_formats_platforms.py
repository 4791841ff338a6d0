"""Blooket, Gimkit and Brightspace CSV: golden files, then each file read back with the
standard library's csv module and held to its platform's documented template (title and header
rows, answer columns, how the right answer is marked, limits); Brightspace is read back by our
parser too. No independent reader of these layouts exists on PyPI or npm."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest
from question_sets import AWKWARD
from test_formats_golden import GOLDEN, _check

from quiz.formats import QuestionSet, blooket, brightspace, gimkit
from quiz.formats.model import FormatError, is_ordered
from quiz.generator import Question, Source

FORMULAS = ('=HYPERLINK("http://evil")', "+2", "@SUM(A1)", "-5", "=1+1")


def _question(stem: str, options: list[str], key: int, kind: str = "term") -> Question:
    return Question(stem, tuple(options), key, kind, Source("t.txt", "A sentence.", 0, 11), 0.5)


# Six answers, the key last: the platforms with four answer columns keep it and three others.
SIX = _question("Which year?", ["1901", "1902", "1903", "1904", "1905", "1906"], 5, "year")
# Every cell would start a spreadsheet formula but "+2" and "-5", which are numbers.
FORMULA = _question(FORMULAS[0], list(FORMULAS[1:]), 0, "count")


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _inert(cell: str) -> str:
    """A cell as the set held it: the apostrophe before formula-like text taken off."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] and cell[1:2] in "=+-@" else cell


@pytest.mark.parametrize(
    ("module", "extension"),
    [(blooket, "blooket.csv"), (gimkit, "gimkit.csv"), (brightspace, "brightspace.csv")],
)
def test_exports_match_their_golden_files(module, extension) -> None:
    produced = module.export(AWKWARD)
    assert produced == module.export(AWKWARD)
    _check(GOLDEN / f"awkward.{extension}", produced.encode("utf-8"))


# --- Blooket --------------------------------------------------------------------------------


def test_blooket_keeps_its_template_rows_and_rules(question_set) -> None:
    exported = blooket.export(question_set)
    assert exported.startswith('"Blooket\nImport Template"')  # no BOM before the template
    title, header, *body = _rows(exported)
    assert title == ["Blooket\nImport Template", "", "", "", "", "", "", ""]
    assert header == [
        "Question #",
        "Question Text",
        "Answer 1",
        "Answer 2",
        "Answer 3\n(Optional)",
        "Answer 4\n(Optional)",
        "Time Limit (sec)\n(Max: 300 seconds)",
        "Correct Answer(s)\n(Only include Answer #)",
    ]
    assert len(body) == len(question_set.questions)
    for number, (row, question) in enumerate(zip(body, question_set.questions, strict=True), 1):
        assert len(row) == 8 and not any("\n" in cell or "\r" in cell for cell in row)
        index, stem, *answers, time_limit, correct = row
        assert index == str(number) and _inert(stem) == " ".join(question.stem.split())
        filled = [a for a in answers if a]
        assert answers == filled + [""] * (4 - len(filled))  # answers 1 and 2 first, no gaps
        assert 2 <= len(filled) <= 4
        assert time_limit.isdigit() and 0 < int(time_limit) <= 300
        assert correct.isdigit() and 1 <= int(correct) <= len(filled)
        assert _inert(filled[int(correct) - 1]) == question.options[question.answer_index]
        assert [_inert(a) for a in filled] == list(question.options)[: len(filled)]


def test_blooket_keeps_four_answers_the_key_among_them_in_ascending_order() -> None:
    _title, _header, row = _rows(blooket.export(QuestionSet("t", (SIX,))))
    assert is_ordered(SIX)
    assert row[2:6] == ["1901", "1902", "1903", "1906"]  # ascending: a number stays in place
    assert row[7] == "4"


def test_blooket_cells_never_start_a_spreadsheet_formula() -> None:
    _title, _header, row = _rows(blooket.export(QuestionSet("t", (FORMULA,))))
    assert row[1] == '\'=HYPERLINK("http://evil")'
    assert row[2:6] == ["+2", "'@SUM(A1)", "-5", "'=1+1"]  # numbers stay numbers


# --- Gimkit ---------------------------------------------------------------------------------


def test_gimkit_keeps_its_template_rows_and_rules(question_set) -> None:
    exported = gimkit.export(question_set)
    assert exported.startswith("Gimkit Spreadsheet Import Template,")  # no BOM
    title, header, *body = _rows(exported)
    assert title == ["Gimkit Spreadsheet Import Template", "", "", "", ""]
    assert header == [
        "Question",
        "Correct Answer",
        "Incorrect Answer 1",
        "Incorrect Answer 2 (Optional)",
        "Incorrect Answer 3 (Optional)",
    ]
    assert len(body) == len(question_set.questions)
    for row, question in zip(body, question_set.questions, strict=True):
        assert len(row) == 5 and not any("\n" in cell or "\r" in cell for cell in row)
        stem, correct, *incorrect = row
        assert _inert(stem) == " ".join(question.stem.split())
        assert _inert(correct) == question.options[question.answer_index]
        filled = [a for a in incorrect if a]
        assert 1 <= len(filled) <= 3 and incorrect == filled + [""] * (3 - len(filled))
        others = [o for i, o in enumerate(question.options) if i != question.answer_index]
        assert [_inert(a) for a in filled] == others[:3]


def test_gimkit_keeps_the_right_answer_and_the_first_three_others() -> None:
    _title, _header, row = _rows(gimkit.export(QuestionSet("t", (SIX,))))
    assert row == ["Which year?", "1906", "1901", "1902", "1903"]


def test_gimkit_cells_never_start_a_spreadsheet_formula() -> None:
    _title, _header, row = _rows(gimkit.export(QuestionSet("t", (FORMULA,))))
    assert row == ['\'=HYPERLINK("http://evil")', "+2", "'@SUM(A1)", "-5", "'=1+1"]


# --- Brightspace ----------------------------------------------------------------------------


def _blocks(rows: list[list[str]]) -> list[list[list[str]]]:
    """The question blocks of a Question Library CSV, read by the template's rules: comment and
    empty rows left out, a block from each NewQuestion row to the next."""
    blocks: list[list[list[str]]] = []
    for row in rows:
        if not any(row) or row[0].startswith("//"):
            continue
        if row[0] == "NewQuestion":
            blocks.append([])
        blocks[-1].append(row)
    return blocks


def test_brightspace_keeps_the_question_library_template(question_set) -> None:
    exported = brightspace.export(question_set)
    assert exported.startswith("\ufeff")  # Excel's "CSV UTF-8", as the template asks
    rows = _rows(exported.removeprefix("\ufeff"))
    assert all(len(row) == 5 for row in rows)  # the template's five cells a row
    assert rows[0][0] == "// " + " ".join(question_set.title.split())
    blocks = _blocks(rows)
    assert len(blocks) == len(question_set.questions)
    pairs = zip(blocks, question_set.questions, strict=True)
    for number, (block, question) in enumerate(pairs, 1):
        options = [row for row in block if row[0] == "Option"]
        head, tail = ["NewQuestion", "Title", "QuestionText", "Points"], ["Feedback"]
        assert [row[0] for row in block] == head + ["Option"] * len(question.options) + tail
        assert block[0][:2] == ["NewQuestion", "MC"]
        assert block[1][1].startswith(f"Q{number} ")
        assert _inert(block[2][1]) == question.stem and block[2][2] == ""  # plain text
        assert block[3][1] == "1"
        assert [row[1] for row in options] == [
            "100" if i == question.answer_index else "0" for i in range(len(question.options))
        ]
        assert [_inert(row[2]) for row in options] == list(question.options)  # in order
        assert all(row[3] == "" for row in options)  # plain text, not HTML
        assert block[-1][1] == question.source.sentence


def test_brightspace_reads_back_its_own_export(question_set) -> None:
    imported = brightspace.parse(brightspace.export(question_set))
    assert imported.skipped == 0
    assert [(q.stem, q.options, q.answer_index) for q in imported.questions] == [
        (q.stem, q.options, q.answer_index) for q in question_set.questions
    ]
    assert [q.source.sentence for q in imported.questions] == [
        q.source.sentence for q in question_set.questions
    ]


def test_brightspace_formula_cells_are_inert_and_read_back_as_written() -> None:
    exported = brightspace.export(QuestionSet("t", (FORMULA,)))
    options = [row[2] for row in _rows(exported.removeprefix("\ufeff")) if row[:1] == ["Option"]]
    assert options == ["+2", "'@SUM(A1)", "-5", "'=1+1"]
    (question,) = brightspace.parse(exported).questions
    assert question.stem == FORMULA.stem and question.options == FORMULA.options


# A file in the template's layout, as a teacher or another tool writes it: comments, other
# question types, HTML text, a partly right answer, and a question with two right answers.
SAMPLE = """\
//A sample question file,,,,
,,,,
NewQuestion,WR,,,
QuestionText,Explain why the treaty failed.,,,
Points,5,,,
,,,,
NewQuestion,MC,,,
ID,HIST-1,,,
Title,Capital,,,
QuestionText,<p>Which city is the capital of <b>Poland</b>?</p>,HTML,,
Points,2,,,
Difficulty,1,,,
Option,0,Krakow,,Too far south
Option,100.000000000,<i>Warsaw</i>,HTML,Right
Option,25,Gdansk,,A port
Hint,Think of the Vistula,,,
Feedback ,Warsaw has been the capital since 1596.,,,
,,,,
NewQuestion,TF,,,
QuestionText,The Vistula flows north.,,,
TRUE,100,,,
FALSE,0,,,
,,,,
NewQuestion,MS,,,
QuestionText,Which are ports?,,,
Option,1,Gdansk,,
Option,1,Szczecin,,
Option,0,Krakow,,
,,,,
NewQuestion,MC,,,
QuestionText,Two right answers?,,,
Option,100,Yes,,
Option,100,Also yes,,
"""


def test_brightspace_reads_a_template_file_and_counts_the_other_types() -> None:
    imported = brightspace.parse(SAMPLE)
    (question,) = imported.questions
    assert question.stem == "Which city is the capital of Poland?"
    assert question.options == ("Krakow", "Warsaw", "Gdansk")
    assert question.answer_index == 1
    assert question.source.sentence == "Warsaw has been the capital since 1596."
    assert imported.skipped == 4  # WR, TF, MS, and the MC with two right answers


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("QuestionText,Orphan?,,,\n", "row 1: QuestionText comes before any NewQuestion row"),
        (
            "//c,,,,\nNewQuestion,MC,,,\nQuestionText,Q?,,,\nOption,all,A,,\nOption,0,B,,\n",
            "row 4: an Option row needs its weight",
        ),
        (
            "NewQuestion,MC,,,\nQuestionText,Q?,,,\nOption,100,A,,\n",
            "row 1: a multiple-choice question needs two Option rows",
        ),
        (
            ",,,,\nNewQuestion,MC,,,\nOption,100,A,,\nOption,0,B,,\n",
            "row 2: the question has no text",
        ),
    ],
)
def test_brightspace_names_the_row_at_fault(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        brightspace.parse(text)


def test_a_question_with_a_long_answer_is_kept_by_every_platform() -> None:
    """None of the three documents a length limit: nothing is left out (unlike Kahoot)."""
    long = replace(AWKWARD.questions[4], options=("A", "B", "x" * 500, "D"))
    single = QuestionSet("t", (long,))
    assert len(_rows(blooket.export(single))) == 3
    assert len(_rows(gimkit.export(single))) == 3
    assert len(brightspace.parse(brightspace.export(single)).questions) == 1
