"""Moodle GIFT: `::name::stem{=key ~distractor ####feedback}`, with its backslash escapes.

https://docs.moodle.org/en/GIFT_format. The characters ~ = # { } : and the backslash itself are
escaped everywhere text goes; a newline is written as \\n.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.formats.model import (
    FormatError,
    Imported,
    QuestionSet,
    category_level,
    category_name,
    html_text,
    imported_question,
    normal_newlines,
    one_line,
    question_name,
)
from quiz.wording import plural

SPECIAL = "~=#{}:\\"
# An answer that starts like a %weight% gets an explicit weight in front, so it reads as text.
WEIGHT = re.compile(r"\s*%(-?\d+(?:\.\d+)?)%")
# Text formats a question may name first: [html]Which <b>one</b>?{...}
MARKUP = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")
# HTML that Moodle's html and auto-format ("moodle", the default) would render.
LOOKS_LIKE_HTML = re.compile(r"<[A-Za-z/!]|&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def escape(text: str) -> str:
    """Text safe anywhere in GIFT."""
    escaped = "".join("\\" + char if char in SPECIAL else char for char in normal_newlines(text))
    return escaped.replace("\n", "\\n")


def unescape(text: str) -> str:
    """The text a GIFT escape stands for."""
    out = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            following = text[i + 1]
            out.append("\n" if following == "n" else following)
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def export(question_set: QuestionSet) -> str:
    """The set as a GIFT file."""
    lines = [
        f"// {one_line(question_set.title)} ({plural(len(question_set.questions), 'question')})",
        f"$CATEGORY: {category_level(question_set.title)}",
        "",
    ]
    for number, question in enumerate(question_set.questions, 1):
        name = question_name(number, question.stem)
        # [plain]: Moodle shows the text as written, never as HTML.
        lines.append(f"::{escape(name)}::[plain]{escape(question.stem)}{{")
        for index, option in enumerate(question.options):
            right = index == question.answer_index
            weight = ("%100%" if right else "%0%") if WEIGHT.match(option) else ""
            lines.append(f"\t{'=' if right else '~'}{weight}{escape(option)}")
        if question.source.sentence:
            lines.append(f"\t####{escape(question.source.sentence)}")
        lines.extend(["}", ""])
    return "\n".join(lines)


# --- reading --------------------------------------------------------------------------------


def _unescaped(text: str, start: int = 0) -> Iterator[int]:
    """Positions, from *start*, of the characters of *text* that no backslash escapes."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
        else:
            yield i
            i += 1


def _find_unescaped(text: str, target: str, start: int = 0) -> int:
    """Index of *target* at or after *start* that no backslash escapes, or -1."""
    return next((i for i in _unescaped(text, start) if text.startswith(target, i)), -1)


def _split_answers(block: str) -> tuple[list[tuple[str, str]], str]:
    """(mark, text) per answer in an answer block, and the general feedback."""
    feedback = ""
    general = _find_unescaped(block, "####")
    if general >= 0:
        block, feedback = block[:general], block[general + 4 :]
    marks = [i for i in _unescaped(block) if block[i] in "=~"]
    ends = [*marks, len(block)]
    answers = [("", block[: ends[0]])] if block[: ends[0]].strip() else []
    for mark, end in zip(marks, ends[1:], strict=True):
        answers.append((block[mark], block[mark + 1 : end]))
    return answers, feedback


def _answer_text(raw: str) -> tuple[str, float | None]:
    """An answer's text without its per-answer feedback, and its %weight% if given."""
    feedback = _find_unescaped(raw, "#")
    if feedback >= 0:
        raw = raw[:feedback]
    weight = None
    match = WEIGHT.match(raw)
    if match:
        weight = float(match.group(1))
        raw = raw[match.end() :]
    return unescape(raw).strip(), weight


def _choice_question(block: str) -> tuple[list[str], int, str] | None:
    """Options, key and general feedback of a one-right-answer question; None for other types."""
    stripped = block.strip()
    if not stripped or stripped.upper() in {"T", "F", "TRUE", "FALSE"} or stripped.startswith("#"):
        return None  # essay, true/false, numerical
    answers, feedback = _split_answers(block)
    if any(mark == "" for mark, _ in answers):
        return None  # not an answer list
    options, keys = [], []
    for mark, raw in answers:
        text, weight = _answer_text(raw)
        options.append(text)
        right = mark == "=" or (weight is not None and weight >= 100)
        keys.append(right and (weight is None or weight >= 100))
    if sum(keys) != 1 or all(mark == "=" for mark, _ in answers) or len(options) < 2:
        return None  # short answer or matching (all "="), or several right answers
    return options, keys.index(True), unescape(feedback).strip()


def _questions(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each question: blank lines separate them."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    depth = 0
    for number, line in enumerate(normal_newlines(text).split("\n"), 1):
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("//")):
            continue
        if not current and stripped.startswith("$CATEGORY:"):
            blocks.append((number, stripped))
            continue
        if not stripped and depth == 0:
            blocks.append((start, "\n".join(current)))
            current = []
            continue
        if not current:
            start = number
        if not stripped.startswith("//"):
            current.append(line)
            depth = _depth_after(line, depth)
    if current:
        if depth:
            raise FormatError(f"line {start}: the question has no closing }}")
        blocks.append((start, "\n".join(current)))
    return blocks


def _depth_after(line: str, depth: int) -> int:
    return depth + sum({"{": 1, "}": -1}.get(line[i], 0) for i in _unescaped(line))


def _as_text(text: str, markup: str) -> str:
    """Text in *markup* as the site shows it: plain text, stripped."""
    if markup == "html" or (markup == "moodle" and LOOKS_LIKE_HTML.search(text)):
        text = html_text(text)
    return text.strip()


def parse(text: str) -> Imported:
    """The multiple-choice questions of a GIFT file; other question types are counted."""
    found = Imported()
    for line, block in _questions(text):
        if block.startswith("$CATEGORY:"):
            found.title = found.title or category_name(block.removeprefix("$CATEGORY:"))
            continue
        body = block
        if body.startswith("::"):
            end = _find_unescaped(body, "::", 2)
            if end < 0:
                raise FormatError(f"line {line}: the question's ::name:: is not closed")
            body = body[end + 2 :]
        named = MARKUP.match(body)
        body = body[named.end() :] if named else body
        markup = named.group(1) if named else "moodle"
        opening = _find_unescaped(body, "{")
        if opening < 0:
            found.skipped += 1  # a description: text without answers
            continue
        closing = _find_unescaped(body, "}", opening)
        if closing < 0:
            raise FormatError(f"line {line}: the question has no closing }}")
        before, block_text, after = body[:opening], body[opening + 1 : closing], body[closing + 1 :]
        choice = _choice_question(block_text)
        if choice is None:
            found.skipped += 1
            continue
        options, key, feedback = choice
        stem, tail = _as_text(unescape(before), markup), _as_text(unescape(after), markup)
        if tail:  # the missing-word form: "The capital is {...} on the Seine."
            stem = f"{stem} ____ {tail}"
        options = [_as_text(option, markup) for option in options]
        feedback = _as_text(feedback, markup)
        found.questions.append(imported_question(f"line {line}", stem, options, key, feedback))
    return found
