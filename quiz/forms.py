"""The site's forms (WTForms through Flask-WTF: every form carries a CSRF token)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import PurePath

from flask import current_app, g
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from werkzeug.datastructures import FileStorage
from wtforms import (
    DateTimeLocalField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)
from wtforms.widgets import CheckboxInput, ListWidget

from quiz import accounts, localtime, passwords, readers, sources, usernames
from quiz.formats import FORMATS, IMPORTABLE, is_workbook
from quiz.models import (
    MAX_OPTION,
    MAX_OPTIONS,
    MAX_STEM,
    REVIEW_AFTER_ATTEMPT,
    REVIEW_AFTER_CLOSE,
    REVIEW_NEVER,
    STUDENT,
    TEACHER,
    utcnow,
)
from quiz.sources import MAX_BYTES


def _read_upload(upload: FileStorage, limit: int) -> tuple[bytes, int | None]:
    """The first *limit* + 1 bytes of an uploaded file (enough to tell it is too big) and the
    whole file's size (None if it cannot be measured); the file is closed after."""
    with upload.stream:  # closed at once, whatever happens (large uploads are temp files)
        data = upload.stream.read(limit + 1)
        if len(data) <= limit:
            return data, len(data)
        try:
            return data, upload.stream.seek(0, io.SEEK_END)
        except (AttributeError, OSError, ValueError):  # a stream that cannot seek
            return data, None


def uploaded_question_file(field: FileField) -> tuple[str, str | bytes] | None:
    """(file name, text) of the UTF-8 or UTF-16 text file uploaded in *field* (a question set),
    or (file name, bytes) of a spreadsheet workbook; None with the reason set beside the field:
    too big, binary, in another encoding, or empty."""
    name = PurePath(field.data.filename).name
    data, size = _read_upload(field.data, sources.MAX_BYTES)
    try:
        if len(data) > sources.MAX_BYTES:
            raise sources.too_big(name, size, sources.MAX_BYTES, "a question file")
        if is_workbook(data):
            return name, data
        return name, sources.decode(data, name)
    except sources.SourceError as error:
        field.errors.append(f"{error}.")
        return None


def uploaded_document(field: FileField) -> tuple[str, str | bytes] | None:
    """(file name, text) of a plain-text file uploaded in *field* (any common encoding), or
    (file name, bytes) of a Word, PDF or other document for the job worker to read; None with
    the reason set beside the field for a file too big, binary, empty, or unreadable text."""
    name = PurePath(field.data.filename).name
    data, size = _read_upload(field.data, readers.MAX_FILE_BYTES)
    try:
        kind = readers.kinds.sniff(data, name)
        readers.check_size(data, name, kind, size)
        if kind == readers.kinds.TEXT:
            return name, readers.read(data, name)
    except sources.SourceError as error:
        field.errors.append(f"{error}.")
        return None
    return name, data


def _normalised(typed: str | None) -> str | None:
    return usernames.normalise(typed) if typed else typed


class NewPassword:
    """The rules of a new password (passwords.problem), given the username the form is for."""

    def __init__(self, username_of: Callable[[FlaskForm], str]) -> None:
        self.username_of = username_of

    def __call__(self, form: FlaskForm, field: PasswordField) -> None:
        problem = passwords.problem(field.data or "", self.username_of(form) or "")
        if problem:
            raise ValidationError(problem)


def _new_password(label: str, username_of: Callable[[FlaskForm], str]) -> PasswordField:
    """A new password's field, held to passwords.problem for the username *username_of* gives."""
    return PasswordField(
        label,
        description=passwords.RULE,
        validators=[InputRequired(), NewPassword(username_of)],
    )


def _repeat() -> PasswordField:
    return PasswordField(
        "Repeat the password",
        validators=[InputRequired(), EqualTo("password", message="The passwords differ.")],
    )


class RegisterForm(FlaskForm):
    """A new account: students register freely; a teacher needs an invitation or the school's
    teacher code."""

    username = StringField(
        "Username",
        description=usernames.RULE,
        filters=[_normalised],
        validators=[InputRequired(), Length(max=100)],
    )

    def validate_username(self, field: StringField) -> None:
        """Only a conservative character set, and not the sample quizzes' account."""
        problem = usernames.problem(field.data)
        if problem:
            raise ValidationError(problem)
        if field.data in usernames.RESERVED:
            raise ValidationError("That username is taken.")

    password = _new_password("Password", lambda form: form.username.data)
    confirm = _repeat()
    role = RadioField(
        "I am a",
        choices=[SelectChoice(STUDENT, "student"), SelectChoice(TEACHER, "teacher")],
        default=STUDENT,
        validators=[InputRequired()],
    )
    teacher_code = StringField(
        "Teacher code",
        description="Teachers only: the invitation code your school's administrator gave you, "
        "or your school's teacher code.",
        validators=[Length(max=100)],
    )

    def validate_teacher_code(self, field: StringField) -> None:
        """A teacher's code must be the school's or an open invitation (students need none)."""
        if self.role.data != TEACHER:
            return
        if not (field.data or "").strip():
            raise ValidationError("Teachers register with a code from their school.")
        if not accounts.teacher_code_works(field.data, current_app.config.get("TEACHER_CODE")):
            raise ValidationError(
                "This code does not work (it may have been used or expired). Ask your school's "
                "administrator for a new invitation."
            )


class LoginForm(FlaskForm):
    """Username and password (any password: accounts made under older rules keep theirs)."""

    username = StringField("Username", validators=[InputRequired(), Length(max=100)])
    password = PasswordField("Password", validators=[InputRequired(), Length(max=200)])


class ChangePasswordForm(FlaskForm):
    """The logged-in user's new password."""

    current = PasswordField("Current password", validators=[InputRequired(), Length(max=200)])
    password = _new_password("New password", lambda _form: g.user.username)
    confirm = _repeat()


class ResetPasswordForm(FlaskForm):
    """A new password set with the reset code a teacher gave."""

    username = StringField(
        "Username", filters=[_normalised], validators=[InputRequired(), Length(max=100)]
    )
    code = StringField(
        "Reset code",
        description="The code your teacher gave you, with or without its dash.",
        validators=[InputRequired(), Length(max=40)],
    )
    password = _new_password("New password", lambda form: form.username.data)
    confirm = _repeat()


class NewQuizForm(FlaskForm):
    """A quiz made from pasted text, an uploaded .txt file or one of the bundled texts."""

    title = StringField(
        "Title",
        validators=[Optional(), Length(max=200)],
        description="Optional for an uploaded file or a bundled text: the quiz is then named "
        "after the file.",
    )
    text = TextAreaField("Paste a text", validators=[Optional()])
    upload = FileField(
        "or upload a file",
        description=".txt, .docx, .odt, .pptx, .pdf, .html, .md or .epub; at most 4 MB, "
        "its text at most 1 MB",
    )

    def validate_text(self, field: TextAreaField) -> None:
        """At most 1 MB, counted in UTF-8 as an uploaded file is (browsers send CRLF lines)."""
        size = len(field.data.replace("\r\n", "\n").encode("utf-8"))
        if size > MAX_BYTES:
            raise ValidationError(
                f"The text is {size:,} bytes; the limit is {MAX_BYTES:,} (1 MB). "
                "Paste a part of it, or split it into several quizzes."
            )

    seed = SelectField("or use a bundled text", choices=[], validators=[Optional()])
    count = IntegerField(
        "Number of questions", default=10, validators=[InputRequired(), NumberRange(1, 100)]
    )
    choices = IntegerField(
        "Options per question",
        default=4,
        validators=[InputRequired(), NumberRange(2, MAX_OPTIONS)],
    )


class QuestionForm(FlaskForm):
    """A question's stem, options and key, edited or written by hand."""

    stem = TextAreaField("Question", validators=[InputRequired(), Length(1, MAX_STEM)])
    option_0 = StringField("Option A", validators=[InputRequired(), Length(1, MAX_OPTION)])
    option_1 = StringField("Option B", validators=[InputRequired(), Length(1, MAX_OPTION)])
    option_2 = StringField("Option C", validators=[Optional(), Length(max=MAX_OPTION)])
    option_3 = StringField("Option D", validators=[Optional(), Length(max=MAX_OPTION)])
    option_4 = StringField("Option E", validators=[Optional(), Length(max=MAX_OPTION)])
    option_5 = StringField("Option F", validators=[Optional(), Length(max=MAX_OPTION)])
    key = RadioField(
        "Right answer",
        choices=[SelectChoice(str(i), "ABCDEF"[i]) for i in range(MAX_OPTIONS)],
        validators=[InputRequired(message="Choose the right answer.")],
    )

    def option_fields(self) -> list[StringField]:
        """The option inputs, A first."""
        return [getattr(self, f"option_{i}") for i in range(MAX_OPTIONS)]

    def options(self) -> list[str]:
        """The options filled in, in order."""
        return [f.data.strip() for f in self.option_fields() if f.data and f.data.strip()]

    def key_index(self) -> int:
        """The key's index among the filled-in options."""
        filled = [i for i, f in enumerate(self.option_fields()) if f.data and f.data.strip()]
        return filled.index(int(self.key.data))

    def validate_key(self, field: RadioField) -> None:
        """The key must be one of the options filled in."""
        if field.data not in {str(i) for i in range(MAX_OPTIONS)}:
            return  # not one of the form's letters: the field itself says "Not a valid choice."
        chosen = self.option_fields()[int(field.data)]
        if not (chosen.data and chosen.data.strip()):
            raise ValidationError("The right answer must be one of the options you filled in.")

    def validate_option_1(self, _field: StringField) -> None:
        """Options must differ from each other."""
        options = [o.lower() for o in self.options()]
        if len(set(options)) < len(options):
            raise ValidationError("Two options are the same.")

    def fill(self, stem: str, options: list[str], key: int) -> None:
        """Show an existing question."""
        self.stem.data = stem
        for field, text in zip(self.option_fields(), options, strict=False):
            field.data = text
        self.key.data = str(key)


class ImportForm(FlaskForm):
    """A question set exported from another tool (or from this one), as a new draft quiz."""

    upload = FileField("Question file (at most 1 MB)")
    file_format = SelectField(
        "Format",
        choices=[
            SelectChoice("", "Detect from the file"),
            *(SelectChoice(name, FORMATS[name].label) for name in IMPORTABLE),
        ],
        validators=[Optional()],
    )
    title = StringField(
        "Title",
        validators=[Optional(), Length(max=200)],
        description="Leave empty to use the file's.",
    )


class ClassForm(FlaskForm):
    """A new class."""

    name = StringField("Class name", validators=[InputRequired(), Length(1, 100)])
    external_id = StringField(
        "Course id in your LMS (optional)",
        validators=[Optional(), Length(max=100)],
        description="Kept with the class, for linking it to a course later.",
    )


class JoinForm(FlaskForm):
    """A class's join code, as the teacher gave it."""

    code = StringField(
        "Join code",
        validators=[InputRequired(), Length(4, 20)],
        description="The code your teacher gave you, for example K7MPQ2XR.",
    )


YEARS = (2000, 2100)  # the years an assignment's times may fall in


class AssignForm(FlaskForm):
    """A published quiz set to classes, with its window, limits, grading and review."""

    classes = SelectMultipleField(
        "Classes",
        coerce=int,
        widget=ListWidget(prefix_label=False),
        option_widget=CheckboxInput(),
        validators=[InputRequired(message="Choose at least one class.")],
    )
    opens_at = DateTimeLocalField(
        "Opens", format="%Y-%m-%dT%H:%M", validators=[Optional()], description="Empty: now."
    )
    closes_at = DateTimeLocalField(
        "Closes", format="%Y-%m-%dT%H:%M", validators=[Optional()], description="Empty: never."
    )
    max_attempts = IntegerField(
        "Attempts allowed",
        validators=[Optional(), NumberRange(1, 100)],
        description="Empty: unlimited.",
    )
    time_limit_minutes = IntegerField(
        "Time limit in minutes",
        validators=[Optional(), NumberRange(1, 24 * 60)],
        description="Empty: none.",
    )
    grading = SelectField(
        "Grade from several attempts",
        choices=[
            SelectChoice("highest", "the highest score"),
            SelectChoice("latest", "the latest attempt"),
            SelectChoice("first", "the first attempt"),
            SelectChoice("average", "the average of all attempts"),
        ],
        default="highest",
    )
    review = SelectField(
        "Show students the answers and sources",
        choices=[
            SelectChoice(REVIEW_AFTER_ATTEMPT, "right after each attempt"),
            SelectChoice(REVIEW_AFTER_CLOSE, "after the quiz closes"),
            SelectChoice(REVIEW_NEVER, "never (the score only)"),
        ],
        default=REVIEW_AFTER_ATTEMPT,
    )

    def validate_opens_at(self, field: DateTimeLocalField) -> None:
        """A year a school could mean."""
        if field.data and not YEARS[0] <= field.data.year <= YEARS[1]:
            raise ValidationError(f"Give a date between {YEARS[0]} and {YEARS[1]}.")

    def validate_closes_at(self, field: DateTimeLocalField) -> None:
        """A quiz closes after it opens, and after now (times in the school's zone)."""
        if not field.data:
            return
        self.validate_opens_at(field)
        opens = self.opens_at.data or localtime.to_local(utcnow()).replace(tzinfo=None)
        if field.data <= opens:
            raise ValidationError(
                "The quiz must close after it opens."
                if self.opens_at.data
                else "This close time has passed: the quiz would never be open."
            )

    def validate_review(self, field: SelectField) -> None:
        """Answers shown after the close need a close time."""
        if field.data == REVIEW_AFTER_CLOSE and self.closes_at.data is None:
            raise ValidationError("Answers shown after the close need a close time.")


class RenameForm(FlaskForm):
    """A quiz's new title."""

    title = StringField("Title", validators=[InputRequired(), Length(1, 200)])


class QuizSearchForm(FlaskForm):
    """Search and sort My quizzes (a GET form: nothing changes, no CSRF token)."""

    class Meta:
        csrf = False

    q = StringField("Search titles", validators=[Optional(), Length(max=200)])
    sort = SelectField(
        "Sort by",
        choices=[
            SelectChoice("newest", "newest first"),
            SelectChoice("oldest", "oldest first"),
            SelectChoice("title", "title"),
        ],
        default="newest",
        validators=[Optional()],
    )
    archived = SelectField(
        "Show",
        choices=[SelectChoice("", "current quizzes"), SelectChoice("1", "archived quizzes")],
        default="",
        validators=[Optional()],
    )
