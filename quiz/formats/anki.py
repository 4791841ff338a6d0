"""Anki's text import: headers (#separator, #html, #columns, #tags column), then one note per
line, tagged with the quiz (Anki tags are words: the title's words joined by underscores).

https://docs.ankiweb.net/importing/text-files.html. Fields are HTML, so text is escaped and a
tab or line break inside a field cannot split it.
"""

from __future__ import annotations

import re
from html import escape

from quiz.formats.model import LETTERS, QuestionSet, one_line


def _field(html: str) -> str:
    return html.replace("\t", " ").replace("\r", " ").replace("\n", "<br>")


def export(question_set: QuestionSet) -> str:
    """The set as an Anki text file: Front (question and options), Back (answer and source)."""
    lines = ["#separator:tab", "#html:true", "#columns:Front\tBack\tTags", "#tags column:3"]
    words = re.findall(r"[\w-]+", question_set.title)
    tag = "quiz::" + "_".join(words) if words else "quiz"
    for question in question_set.questions:
        options = "".join(f"<li>{escape(one_line(option))}</li>" for option in question.options)
        front = f'{escape(one_line(question.stem))}<ol type="A">{options}</ol>'
        answer = question.options[question.answer_index]
        back = f"{LETTERS[question.answer_index]}. {escape(one_line(answer))}"
        if question.source.sentence:
            back += f"<br><small>{escape(one_line(question.source.sentence))}</small>"
        lines.append("\t".join([_field(front), _field(back), tag]))
    return "\n".join(lines) + "\n"
