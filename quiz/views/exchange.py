"""Teachers' export and import pages: a quiz as a file in a school tool's format, and back."""

from __future__ import annotations

import io
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, send_file, url_for

from quiz import exchange
from quiz.formats import (
    FORMATS,
    FormatError,
    Imported,
    guess_format,
    guess_workbook_format,
    title_of_file,
)
from quiz.forms import ImportForm, uploaded_question_file
from quiz.models import MAX_OPTIONS, db
from quiz.security import WORKSHEET_POLICY
from quiz.views.auth import teacher_required
from quiz.views.authoring import own_quiz
from quiz.wording import plural

bp = Blueprint("exchange", __name__, url_prefix="/teach")


@bp.route("/<id:quiz_id>/export/<name>")
@teacher_required
def export(quiz_id: int, name: str) -> Any:
    """The quiz as a download in the format *name*; the worksheet opens in the browser."""
    quiz = own_quiz(quiz_id)
    chosen = FORMATS.get(name) or abort(404)
    data = chosen.export(exchange.question_set(quiz))
    response = send_file(
        io.BytesIO(data if isinstance(data, bytes) else data.encode("utf-8")),
        as_attachment=name != "worksheet",
        download_name=chosen.file_name(quiz.title),
        max_age=0,
    )
    response.content_type = chosen.media_type  # as is: a mimetype would get a second charset
    response.headers["Cache-Control"] = "no-store"
    if name == "worksheet":
        response.headers["Content-Security-Policy"] = WORKSHEET_POLICY
    return response


def _read_upload(form: ImportForm) -> tuple[str, str | bytes] | None:
    """(file name, text or workbook bytes) of the upload, or None with the error set beside
    the field."""
    upload = form.upload.data
    if not (upload and upload.filename):
        form.upload.errors.append("Choose a file to import.")
        return None
    return uploaded_question_file(form.upload)


def _parse(format_name: str, content: str | bytes) -> Imported:
    """The questions of a text file or a workbook in *format_name*; FormatError if the file is
    not in that format."""
    chosen = FORMATS[format_name]
    if isinstance(content, bytes):
        if chosen.parse_bytes is None:
            raise FormatError(f"a spreadsheet workbook is not a {chosen.label} file")
        return chosen.parse_bytes(content)
    if chosen.parse is None:
        raise FormatError("that format is a spreadsheet workbook (.xlsx); upload the .xlsx file")
    return chosen.parse(content)


@bp.route("/import", methods=["GET", "POST"])
@teacher_required
def import_set() -> Any:
    """Import a question file (Moodle, Blackboard, Brightspace, CSV, JSON, or a Kahoot or
    Wayground spreadsheet) as a new draft quiz."""
    form = ImportForm()
    if form.validate_on_submit() and (upload := _read_upload(form)) is not None:
        name, content = upload
        guessed = (
            guess_workbook_format(content)
            if isinstance(content, bytes)
            else guess_format(name, content)
        )
        format_name = form.file_format.data or guessed
        if format_name is None:
            form.file_format.errors.append("The format cannot be told from the file: choose it.")
            return render_template("exchange/import.html", form=form)
        try:
            imported = _parse(format_name, content)
        except FormatError as error:
            form.upload.errors.append(f"{name} is not valid {format_name}: {error}.")
            return render_template("exchange/import.html", form=form)
        questions, left_out = exchange.usable(imported)
        if not questions:
            form.upload.errors.append(
                f"{name} holds no question the site can use: a multiple-choice question with"
                f" one right answer and 2 to {MAX_OPTIONS} different options"
                + (f" (left out: {'; '.join(left_out)})." if left_out else ".")
            )
            return render_template("exchange/import.html", form=form)
        title = (form.title.data or "").strip() or imported.title or title_of_file(name)
        quiz = exchange.import_quiz(g.user.id, title[:200], questions)
        db.session.commit()
        note = f" Left out: {'; '.join(left_out)}." if left_out else ""
        flash(
            f"{plural(len(questions), 'question')} imported as a draft.{note}"
            " Review them, then publish."
        )
        return redirect(url_for("authoring.review", quiz_id=quiz.id))
    return render_template("exchange/import.html", form=form)
