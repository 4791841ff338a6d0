"""JSON: the generator's documented schema, plus the quiz's own fields (format, title)."""

from __future__ import annotations

import json
from typing import Any

from quiz.formats.model import FormatError, Imported, QuestionSet, imported_question

FORMAT = "quiz-json"
VERSION = 1
KIND_LENGTH = 20  # the longest kind the site stores


def export(question_set: QuestionSet) -> str:
    """The set as JSON: {"format", "version", "title", "questions": [...]}."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "title": question_set.title,
        "questions": [q.to_dict() for q in question_set.questions],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FormatError(f"{where}: must be a non-empty string")
    return value


def parse(text: str) -> Imported:
    """Questions from our JSON (or the generator's {"questions": [...]} output)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(f"line {error.lineno}: not valid JSON ({error.msg})") from None
    except ValueError:  # Python reads no integer of over 4,300 digits
        raise FormatError("a number is too long to read (over 4,300 digits)") from None
    except RecursionError:  # arrays in arrays, thousands deep: no question set looks like that
        raise FormatError("nested too deeply to be a question set") from None
    if not isinstance(document, dict) or not isinstance(document.get("questions"), list):
        raise FormatError('the top level must be an object with a "questions" list')
    found = Imported(
        title=document.get("title") if isinstance(document.get("title"), str) else None
    )
    for index, item in enumerate(document["questions"]):
        where = f"questions[{index}]"
        if not isinstance(item, dict):
            raise FormatError(f"{where}: must be an object")
        stem = _string(item.get("stem"), f"{where}.stem")
        options = item.get("options")
        if not isinstance(options, list) or len(options) < 2:
            raise FormatError(f"{where}.options: must be a list of at least two options")
        options = [_string(o, f"{where}.options[{i}]") for i, o in enumerate(options)]
        key = item.get("answer_index")
        if not isinstance(key, int) or isinstance(key, bool) or not 0 <= key < len(options):
            raise FormatError(f"{where}.answer_index: must be an index into the options")
        source = item.get("source") if isinstance(item.get("source"), dict) else {}
        sentence = source.get("sentence", "")
        kind = item.get("kind")
        found.questions.append(
            imported_question(
                where,
                stem,
                options,
                key,
                sentence if isinstance(sentence, str) else "",
                kind=kind if isinstance(kind, str) and 0 < len(kind) <= KIND_LENGTH else "imported",
            )
        )
    return found
