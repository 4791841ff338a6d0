"""Teachers' export and import pages: a quiz as a file in a school tool's format, and back."""

from __future__ import annotations

import io
from pathlib import PurePath
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, send_file, url_for

from quiz import exchange
from quiz.formats import FORMATS, FormatError, guess_format
from quiz.forms import ImportForm, uploaded_text
from quiz.models import MAX_OPTIONS, db
from quiz.views.auth import teacher_required
from quiz.views.authoring import own_quiz

bp = Blueprint("exchange", __name__, url_prefix="/teach")
# The worksheet opens in the browser to be printed; it carries its own print styles.
WORKSHEET_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


@bp.route("/<int:quiz_id>/export/<name>")
@teacher_required
def export(quiz_id: int, name: str) -> Any:
    """The quiz as a download in the format *name*; the worksheet opens in the browser."""
    quiz = own_quiz(quiz_id)
    chosen = FORMATS.get(name) or abort(404)
    data = chosen.export(exchange.question_set(quiz))
    response = send_file(
        io.BytesIO(data if isinstance(data, bytes) else data.encode("utf-8")),
        mimetype=chosen.media_type,
        as_attachment=name != "worksheet",
        download_name=exchange.download_name(quiz.title, chosen.extension),
        max_age=0,
    )
    response.headers["Cache-Control"] = "no-store"
    if name == "worksheet":
        response.headers["Content-Security-Policy"] = WORKSHEET_POLICY
    return response


def _read_upload(form: ImportForm) -> tuple[str, str] | None:
    """(file name, text) of the upload, or None with the error set beside the field."""
    upload = form.upload.data
    if not (upload and upload.filename):
        form.upload.errors.append("Choose a file to import.")
        return None
    return uploaded_text(form.upload)


@bp.route("/import", methods=["GET", "POST"])
@teacher_required
def import_set() -> Any:
    """Import a GIFT, Moodle XML, Aiken or JSON file as a new draft quiz."""
    form = ImportForm()
    if form.validate_on_submit() and (upload := _read_upload(form)) is not None:
        name, text = upload
        format_name = form.file_format.data or guess_format(name, text)
        if format_name is None:
            form.file_format.errors.append("The format cannot be told from the file: choose it.")
            return render_template("exchange/import.html", form=form)
        try:
            imported = FORMATS[format_name].parse(text)
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
        title = (form.title.data or "").strip() or imported.title or PurePath(name).stem
        quiz = exchange.import_quiz(g.user.id, title[:200], questions)
        db.session.commit()
        note = f" Left out: {'; '.join(left_out)}." if left_out else ""
        count = f"{len(questions)} question{'s' if len(questions) != 1 else ''}"
        flash(f"{count} imported as a draft.{note} Review them, then publish.")
        return redirect(url_for("authoring.review", quiz_id=quiz.id))
    return render_template("exchange/import.html", form=form)
