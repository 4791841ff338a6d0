"""Quizlet's import: one card per line, the term and its definition separated by a tab (the
import dialog's defaults, "Between term and definition: Tab", "Between cards: New line").
The question is the term and its right answer the definition; Quizlet makes its own wrong
answers from the set's other cards.

https://help.quizlet.com/hc/en-us/articles/360029977151-Creating-sets-by-importing-content
"""

from __future__ import annotations

from quiz.formats.model import QuestionSet, one_line


def export(question_set: QuestionSet) -> str:
    """The set as Quizlet import text."""
    return "".join(
        f"{one_line(q.stem)}\t{one_line(q.options[q.answer_index])}\n"
        for q in question_set.questions
    )
