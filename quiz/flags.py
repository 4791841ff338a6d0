"""The review flags the generator stores on a question: what each means in a teacher's words,
and which of them still hold once the teacher has edited the question."""

from __future__ import annotations

from quiz.generator.stems import BLANK

CLOZE = "cloze"

# The stored names (kept as the generator writes them) and what the review page says of each.
WORDS = {
    CLOZE: "fill-in-the-blank wording: a question may read better",
    "reported claim": "states what someone claimed: check it is fact",
    "distractors from outside the document": "wrong answers come from outside the text",
    "pronoun resolved from the previous sentence": (
        "a pronoun was replaced by the name it stands for: check it is the right one"
    ),
    "long stem": "long question: consider shortening it",
}


def after_edit(flags: list[str], stem: str) -> list[str]:
    """The *flags* that still hold for a question whose stem is now *stem*: a stem with no
    blank to fill is no longer worded as a cloze."""
    return [flag for flag in flags if flag != CLOZE or BLANK in stem]
