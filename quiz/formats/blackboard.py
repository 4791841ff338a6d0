"""Blackboard Learn's test upload: a tab-delimited text file, one question per line, no header
and no blank lines; a multiple-choice line is ``MC⇥question⇥answer⇥correct|incorrect⇥...``.

https://help.blackboard.com/Learn/Instructor/Ultra/Tests_Pools_Surveys/Reuse_Questions/Upload_Questions
(the same layout in the Original course view's "Upload Questions").
"""

from __future__ import annotations

from quiz.formats.model import FormatError, Imported, QuestionSet, imported_question, one_line

CORRECT, INCORRECT = "correct", "incorrect"


def export(question_set: QuestionSet) -> str:
    """The set as a Blackboard upload file (it has no place for a title or sources)."""
    lines = []
    for question in question_set.questions:
        fields = ["MC", one_line(question.stem)]
        for index, option in enumerate(question.options):
            fields += [one_line(option), CORRECT if index == question.answer_index else INCORRECT]
        lines.append("\t".join(fields))
    return "\n".join(lines) + "\n"


def parse(text: str) -> Imported:
    """The multiple-choice questions of a Blackboard upload file; other types are counted."""
    found = Imported()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if fields[0].strip().upper() != "MC":
            found.skipped += 1  # TF, MA, ESS, FIB, ...: not single-answer multiple choice
            continue
        where = f"line {number}"
        pairs = fields[2:]
        if len(fields) < 2 or len(pairs) < 4 or len(pairs) % 2:
            raise FormatError(
                f"{where}: MC needs a question, then answers each followed by a tab "
                "and correct or incorrect"
            )
        marks = [mark.strip().lower() for mark in pairs[1::2]]
        if any(mark not in (CORRECT, INCORRECT) for mark in marks):
            raise FormatError(f"{where}: each answer must be followed by correct or incorrect")
        if marks.count(CORRECT) != 1:
            found.skipped += 1  # none or several right answers: not what the site holds
            continue
        options = [option.strip() for option in pairs[0::2]]
        found.questions.append(
            imported_question(where, fields[1].strip(), options, marks.index(CORRECT))
        )
    return found
