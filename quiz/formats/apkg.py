"""Anki package (.apkg, written by genanki): a deck named after the set, one note per question
of a note type of our own (front: the question and its options; back: the answer and its
source). Note ids come from the set's title and the question, so importing a set again updates
its notes and adds none.

https://docs.ankiweb.net/importing/packaged-decks.html (importing .apkg files, updating notes)
"""

from __future__ import annotations

import io
import tempfile
import zipfile
import zlib
from html import escape
from pathlib import Path

from quiz.formats.model import LETTERS, ZIP_TIME, QuestionSet, one_line

FIXED_TIME = 1_577_836_800.0  # 2020-01-01: the notes' modification time

MODEL_ID = 1_743_276_118  # our note type's id: the same in every export, so Anki merges them
FIELDS = ["Question", "Answer"]


def _deck_id(title: str) -> int:
    """A stable deck id for a title (Anki wants a large positive integer)."""
    return (1 << 30) + zlib.crc32(title.encode("utf-8"))


def notes(question_set: QuestionSet) -> list[tuple[str, list[str]]]:
    """(note id, [front, back]) for each question: what the package holds, as HTML."""
    import genanki

    found = []
    for question in question_set.questions:
        options = "".join(
            f"<li>{LETTERS[i]}. {escape(one_line(o))}</li>" for i, o in enumerate(question.options)
        )
        front = f"{escape(one_line(question.stem))}<ol style='list-style:none'>{options}</ol>"
        back = f"<b>{LETTERS[question.answer_index]}. {escape(one_line(question.answer))}</b>"
        if question.source.sentence:
            back += f"<br><small>{escape(one_line(question.source.sentence))}</small>"
        found.append((genanki.guid_for(question_set.title, question.stem), [front, back]))
    return found


def export(question_set: QuestionSet) -> bytes:
    """The set as an .apkg file's bytes."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        "quiz: multiple choice",
        fields=[{"name": name} for name in FIELDS],
        templates=[
            {
                "name": "Question",
                "qfmt": "{{Question}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}',
            }
        ],
    )
    title = one_line(question_set.title) or "Quiz"
    deck = genanki.Deck(_deck_id(title), title)
    for guid, fields in notes(question_set):
        deck.add_note(genanki.Note(model=model, fields=fields, guid=guid))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "set.apkg"
        genanki.Package(deck).write_to_file(str(path), timestamp=FIXED_TIME)
        return _with_fixed_times(path.read_bytes())


def _with_fixed_times(package: bytes) -> bytes:
    """The zip again with a fixed time on each entry, so the same set gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            target.writestr(
                zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME),
                source.read(entry),
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return out.getvalue()
