"""What formats exchange: a titled set of questions, and what an import found."""

from __future__ import annotations

import io
import re
import textwrap
import zipfile
from dataclasses import dataclass, field, replace

from lxml import html

from quiz.generator import Question, Source
from quiz.generator.answers import NUMERIC_KINDS

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
NAME_LENGTH = 50


class FormatError(ValueError):
    """A file that cannot be read; the message names the line or element at fault."""


@dataclass(frozen=True)
class QuestionSet:
    """A quiz as formats see it: a title and its questions."""

    title: str
    questions: tuple[Question, ...]


@dataclass
class Imported:
    """What an import found: the multiple-choice questions, and how many others it skipped."""

    questions: list[Question] = field(default_factory=list)
    skipped: int = 0
    title: str | None = None


def imported_question(
    where: str, stem: str, options: list[str], key: int, source: str = "", *, kind: str = "imported"
) -> Question:
    """A question read from a file, in the generator's type; *where* names its place in the file."""
    if not stem.strip():
        raise FormatError(f"{where}: the question has no text")
    if any(not option.strip() for option in options):
        raise FormatError(f"{where}: an option is empty")
    return Question(
        stem=stem,
        options=tuple(options),
        answer_index=key,
        kind=kind,
        source=Source("", source, 0, 0),
        score=0.0,
    )


def question_name(number: int, stem: str) -> str:
    """A short name for a question, as LMS question banks list them: "Q3 In which year was…"."""
    return f"Q{number} {textwrap.shorten(one_line(stem), NAME_LENGTH, placeholder='…')}".strip()


_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text without the control characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text)


def xml_safe(question_set: QuestionSet) -> QuestionSet:
    """The set with every text cleaned by `xml_text`, ready for an XML format."""
    return QuestionSet(
        xml_text(question_set.title),
        tuple(
            replace(
                q,
                stem=xml_text(q.stem),
                options=tuple(xml_text(o) for o in q.options),
                source=replace(q.source, sentence=xml_text(q.source.sentence)),
            )
            for q in question_set.questions
        ),
    )


def html_text(fragment: str) -> str:
    """The text an HTML fragment shows: tags dropped, entities decoded (and control characters,
    which lxml refuses)."""
    return html.fragment_fromstring(xml_text(fragment), create_parent="div").text_content()


def category_level(title: str) -> str:
    """A title as one level of a Moodle category path: a slash inside a name is doubled."""
    return one_line(title).replace("/", "//")


def category_name(path: str) -> str:
    """The last level of a Moodle category path; a doubled slash is a slash inside a name."""
    return re.split(r"(?<!/)/(?!/)", path.strip())[-1].replace("//", "/").strip()


def normal_newlines(text: str) -> str:
    """Text with every line break (CR LF, CR) as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def one_line(text: str) -> str:
    """Text on a single line, whitespace runs collapsed."""
    return re.sub(r"\s+", " ", text).strip()


# No spreadsheet cell may hold them: control characters, and what XML 1.0 refuses besides.
_NOT_IN_A_CELL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def sheet_line(text: str) -> str:
    """Text on one line, without the control characters a spreadsheet refuses."""
    return _NOT_IN_A_CELL.sub("", one_line(text))


def kept_options(question: Question, most: int) -> tuple[list[str], int]:
    """At most *most* options, the key and the first distractors in their order (so numbers
    stay ascending), and the key's index among them."""
    distractors = [i for i in range(len(question.options)) if i != question.answer_index]
    kept = sorted([question.answer_index, *distractors[: most - 1]])
    return [question.options[i] for i in kept], kept.index(question.answer_index)


def is_ordered(question: Question) -> bool:
    """Numbers keep their ascending order; other options may be shuffled by the LMS."""
    return question.kind in NUMERIC_KINDS


ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # fixed, so the same set always gives the same bytes


def zipped(files: dict[str, bytes]) -> bytes:
    """A zip of the files in order, each with a fixed time: the same files give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for path, data in files.items():
            info = zipfile.ZipInfo(path, date_time=ZIP_TIME)
            package.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
