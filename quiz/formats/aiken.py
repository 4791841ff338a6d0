"""Aiken: the question on one line, options `A.` to `Z.`, then `ANSWER: X`; a blank line after.

https://docs.moodle.org/en/Aiken_format
"""

from __future__ import annotations

import re

from quiz.formats.model import (
    LETTERS,
    FormatError,
    Imported,
    QuestionSet,
    imported_question,
    one_line,
)
from quiz.generator import Question

OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
ANSWER = re.compile(r"^ANSWER:\s*([A-Z])\s*$")


def export(question_set: QuestionSet) -> str:
    """The set as an Aiken file (it has no place for a title or sources)."""
    blocks = []
    for question in question_set.questions:
        lines = [one_line(question.stem)]
        lines += [f"{LETTERS[i]}. {one_line(o)}" for i, o in enumerate(question.options)]
        lines.append(f"ANSWER: {LETTERS[question.answer_index]}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def parse(text: str) -> Imported:
    """The questions of an Aiken file (every Aiken question is multiple-choice)."""
    found = Imported()
    block: list[tuple[int, str]] = []
    for number, line in [*enumerate(text.splitlines(), 1), (0, "")]:
        if line.strip():
            block.append((number, line.strip()))
            continue
        if block:
            found.questions.append(_question(block))
            block = []
    return found


def _question(block: list[tuple[int, str]]) -> Question:
    first = block[0][0]
    stem_lines, options, answer = [], [], None
    for number, line in block:
        option, key = OPTION.match(line), ANSWER.match(line)
        if key:
            answer = (number, key.group(1))
        elif option and answer is None:
            if option.group(1) != LETTERS[len(options)]:
                raise FormatError(f"line {number}: option {option.group(1)} is out of order")
            options.append(option.group(2).strip())
        elif not options and answer is None:
            stem_lines.append(line)
        else:
            raise FormatError(f"line {number}: expected an option (A. ...) or ANSWER: X")
    if not stem_lines:
        raise FormatError(f"line {first}: the question has no text")
    if len(options) < 2:
        raise FormatError(f"line {first}: a question needs at least two options")
    if answer is None:
        raise FormatError(f"line {block[-1][0]}: the question has no ANSWER: line")
    if LETTERS.index(answer[1]) >= len(options):
        raise FormatError(f"line {answer[0]}: ANSWER: {answer[1]} names no option")
    return imported_question(
        f"line {first}", " ".join(stem_lines), options, LETTERS.index(answer[1])
    )
