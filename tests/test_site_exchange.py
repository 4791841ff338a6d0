"""Teachers export a quiz in every format from its review page, and import question files."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest
from lxml import etree
from markupsafe import escape
from question_sets import AWKWARD
from sqlalchemy import func, select

from quiz.formats import FORMATS, IMPORTABLE
from quiz.models import Attempt, Question, Quiz, db


@pytest.fixture
def teacher(visitor):
    visitor.register("tess", "teacher")
    return visitor


@pytest.fixture
def quiz_id(teacher, short_text) -> int:
    page = teacher.new_quiz(short_text, title="NATO: facts & figures").get_data(as_text=True)
    return int(re.search(r"/teach/(\d+)/statistics", page).group(1))


def stored(app, quiz_id: int) -> list[tuple[str, tuple[str, ...], int]]:
    """(stem, options, key index) of each stored question, in order."""
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        return [
            (
                q.stem,
                tuple(o.text for o in q.options),
                next(i for i, o in enumerate(q.options) if o.is_key),
            )
            for q in quiz.questions
        ]


def quiz_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Quiz))


def upload(teacher, data: bytes, filename: str, **fields):
    form = {"file_format": "", "title": "", **fields, "upload": (io.BytesIO(data), filename)}
    return teacher.post(
        "/teach/import", form, content_type="multipart/form-data", follow_redirects=True
    )


# --- export ---------------------------------------------------------------------------------


def test_the_review_page_links_every_format_grouped_by_platform(teacher, quiz_id) -> None:
    from quiz.formats import PLATFORMS

    page = teacher.text(f"/teach/{quiz_id}")
    for name, chosen in FORMATS.items():
        assert f'href="/teach/{quiz_id}/export/{name}"' in page
        assert chosen.label in page
    for platform, where, names in PLATFORMS:
        group = page[page.index(f"<dt>{escape(platform)}</dt>") :].split("</dd>")[0]
        assert escape(where) in group
        assert all(f"/export/{name}" in group for name in names)


def test_each_download_is_a_file_in_its_format(app, teacher, quiz_id) -> None:
    questions = stored(app, quiz_id)
    for name, chosen in FORMATS.items():
        response = teacher.client.get(f"/teach/{quiz_id}/export/{name}")
        assert response.status_code == 200, name
        assert response.mimetype == chosen.media_type.split(";")[0]
        disposition = response.headers["Content-Disposition"]
        assert f"nato-facts-figures.{chosen.extension}" in disposition
        assert disposition.startswith("inline" if name == "worksheet" else "attachment")
        assert response.headers["Cache-Control"] == "no-store"
        body = response.get_data()
        if chosen.parse is not None:
            parsed = chosen.parse(body.decode("utf-8"))
            assert [(q.stem, q.options, q.answer_index) for q in parsed.questions] == questions
    package = zipfile.ZipFile(io.BytesIO(teacher.client.get(f"/teach/{quiz_id}/export/qti").data))
    assert len([n for n in package.namelist() if n.startswith("items/")]) == len(questions)
    rows = list(csv.reader(io.StringIO(teacher.text(f"/teach/{quiz_id}/export/csv")[1:])))
    assert [row[0] for row in rows[1:]] == [stem for stem, _, _ in questions]


def test_an_edited_question_is_exported_as_edited(app, teacher, quiz_id) -> None:
    with app.app_context():
        question = db.session.scalars(select(Question).where(Question.quiz_id == quiz_id)).first()
        question.stem = 'Edited: which "alliance" {formed} in 1949?'
        db.session.commit()
    exported = json.loads(teacher.text(f"/teach/{quiz_id}/export/json"))
    assert exported["questions"][0]["stem"] == 'Edited: which "alliance" {formed} in 1949?'
    assert exported["title"] == "NATO: facts & figures"


def test_each_format_downloads_under_its_own_telling_name(teacher, quiz_id) -> None:
    names = {
        name: teacher.client.get(f"/teach/{quiz_id}/export/{name}").headers["Content-Disposition"]
        for name in FORMATS
    }
    assert "filename=nato-facts-figures.canvas.zip" in names["canvas"]
    assert "filename=nato-facts-figures.qti21.zip" in names["qti"]
    assert "filename=nato-facts-figures.kahoot.xlsx" in names["kahoot"]
    assert "filename=nato-facts-figures.wayground.xlsx" in names["wayground"]
    assert len(set(names.values())) == len(FORMATS)


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if not f.binary])
def test_a_text_export_names_its_charset_once(teacher, quiz_id, name) -> None:
    response = teacher.client.get(f"/teach/{quiz_id}/export/{name}")
    assert response.headers["Content-Type"] == FORMATS[name].media_type
    assert response.headers["Content-Type"].count("charset") <= 1


def test_the_worksheet_opens_in_the_browser_with_its_print_styles(teacher, quiz_id) -> None:
    response = teacher.client.get(f"/teach/{quiz_id}/export/worksheet")
    assert "style-src 'unsafe-inline'" in response.headers["Content-Security-Policy"]
    assert "script-src" not in response.headers["Content-Security-Policy"]
    page = etree.HTML(response.get_data())
    assert page.find(".//section[@class='key']") is not None


def test_an_unknown_format_is_404(teacher, quiz_id) -> None:
    assert teacher.client.get(f"/teach/{quiz_id}/export/docx").status_code == 404


# --- import ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", IMPORTABLE)
def test_an_export_imports_back_as_a_new_draft(app, teacher, name) -> None:
    """Every importable format, text or workbook, told from the file without being chosen."""
    chosen = FORMATS[name]
    exported = chosen.export(AWKWARD)
    data = exported if isinstance(exported, bytes) else exported.encode("utf-8")
    read = chosen.parse_bytes(data) if chosen.parse_bytes else chosen.parse(exported)
    expected = [(q.stem, q.options, q.answer_index) for q in read.questions]
    assert len(expected) >= len(AWKWARD.questions) - 1  # Kahoot leaves out its over-long one
    before = quiz_count(app)
    filename = f"set.{chosen.extension}"
    page = upload(teacher, data, filename)
    text = page.get_data(as_text=True)
    assert f"{len(expected)} questions imported as a draft." in text
    assert quiz_count(app) == before + 1
    with app.app_context():
        quiz = db.session.scalars(select(Quiz).order_by(Quiz.id.desc())).first()
        assert not quiz.is_published and quiz.owner.username == "tess"
        assert quiz.title == (read.title or "set")
        new_id = quiz.id
    assert stored(app, new_id) == expected


@pytest.mark.parametrize(
    ("filename", "title"),
    [
        ("Rivers.aiken.txt", "Rivers"),
        ("Rivers.blackboard.txt", "Rivers"),
        ("Rivers.gift.txt", "Rivers"),
        ("my.rivers.txt", "my.rivers"),
        ("Rivers.txt", "Rivers"),
    ],
)
def test_an_imported_set_is_titled_after_its_file_without_the_format(
    app, teacher, filename, title
) -> None:
    aiken = b"Which river is the longest?\nA. Nile\nB. Thames\nANSWER: A\n"
    upload(teacher, aiken, filename, file_format="aiken")
    with app.app_context():
        newest = db.session.scalars(select(Quiz).order_by(Quiz.id.desc())).first()
        assert newest.title == title


def test_a_site_export_imports_back_unchanged(app, teacher, quiz_id) -> None:
    exported = teacher.client.get(f"/teach/{quiz_id}/export/moodle-xml").get_data()
    upload(teacher, exported, "nato.xml", title="Copy of NATO")
    with app.app_context():
        copy = db.session.scalars(select(Quiz).where(Quiz.title == "Copy of NATO")).one()
        copy_id = copy.id
    assert stored(app, copy_id) == stored(app, quiz_id)


def test_other_question_types_are_skipped_and_counted(app, teacher) -> None:
    gift = (
        "::TF::The sun is a star.{T}\n\n"
        "::Essay::Write.{}\n\n"
        "::MC::Which city is the capital of Poland?{~Krakow =Warsaw ~Gdansk}\n"
    )
    page = upload(teacher, gift.encode(), "mixed.gift", file_format="gift").get_data(as_text=True)
    expected = "1 question imported as a draft. Left out: 2 with not multiple choice with one"
    assert expected in page


def test_questions_with_more_options_than_the_editor_shows_are_skipped(teacher) -> None:
    many = "Which?\n" + "".join(f"{c}. {c.lower()}\n" for c in "ABCDEFGH") + "ANSWER: B\n\n"
    two = "Which of two?\nA. yes\nB. no\nANSWER: A\n"
    page = upload(teacher, (many + two).encode(), "x.txt").get_data(as_text=True)
    assert "1 question imported as a draft. Left out: 1 with not 2 to 6 options." in page


def test_imports_hold_to_the_editor_s_rules_and_the_quiz_size_limit(app, teacher) -> None:
    long_stem = "Which " + "very " * 250 + "long one?"
    bad = (
        f"::Long::{long_stem}{{=a ~b}}\n\n"
        f"::LongOption::Which?{{={'x' * 301} ~b}}\n\n"
        "::Same::Which city?{=Paris ~paris ~Rome}\n\n"
    )
    good = "".join(f"::Q{i}::Which number is {i}?{{={i} ~{i + 1}}}\n\n" for i in range(501))
    page = upload(teacher, (bad + good).encode(), "big.gift").get_data(as_text=True)
    assert "500 questions imported as a draft." in page
    for reason in (
        "1 with an empty question or one over 1,000 characters",
        "1 with an empty option or one over 300 characters",
        "1 with two options the same",
        "1 with over the limit of 500 questions a quiz holds",
    ):
        assert reason in page
    with app.app_context():
        newest = db.session.scalars(select(Quiz).order_by(Quiz.id.desc())).first()
        assert len(newest.questions) == 500
        full = newest.id
    added = teacher.client.get(f"/teach/{full}/questions/new", follow_redirects=True)
    assert "A quiz holds at most 500 questions" in added.get_data(as_text=True)


@pytest.mark.parametrize(
    ("file", "fields", "message"),
    [
        ((b"::Q::Which?{=a ~b\n", "bad.gift"), {}, "bad.gift is not valid gift: line 1:"),
        (
            (b"<quiz><question type='multichoice'>\n</quiz>", "bad.xml"),
            {},
            "bad.xml is not valid moodle-xml: line 2: not well-formed XML",
        ),
        ((b'{"questions": 3}', "bad.json"), {}, "the top level must be an object"),
        ((b"Which?\nA. a\nB. b\n", "bad.txt"), {"file_format": "aiken"}, "no ANSWER: line"),
        ((b"", "empty.gift"), {}, "empty.gift is empty."),
        ((b"\x00\x01\x02PK", "set.zip"), {}, "set.zip is a binary file, not text."),
        ((b"\xff\xfeQ\x00\x00\xd8", "utf16.gift"), {}, "utf16.gift is not valid UTF-16 text."),
        ((b"caf\xe9 {=a ~b}", "latin1.gift"), {}, "latin1.gift is not UTF-8 text"),
        (
            (b"x" * 4_512_732, "huge.gift"),
            {},
            "huge.gift is 4,512,732 bytes; a question file may be at most 1 MB (1,000,000 bytes).",
        ),
        ((b"Just some notes.", "notes.txt"), {}, "The format cannot be told from the file"),
        ((b"::TF::The sun is a star.{T}\n", "tf.gift"), {}, "holds no question the site can use"),
        ((b"{}", "x.json"), {"file_format": "pdf"}, "Not a valid choice."),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_stores_nothing(app, teacher, file, fields, message):
    before = quiz_count(app)
    response = upload(teacher, *file, **fields)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert message.replace('"', "&#34;") in page or message in page, page[-2000:]
    assert 'class="errors"' in page
    assert quiz_count(app) == before


def test_a_utf16_file_from_windows_notepad_is_read(app, teacher) -> None:
    aiken = "Quelle est la capitale ?\r\nA. Paris\r\nB. Lyon\r\nANSWER: A\r\n"
    page = upload(teacher, aiken.encode("utf-16"), "capitale.txt").get_data(as_text=True)
    assert "1 question imported as a draft." in page
    assert "Quelle est la capitale ?" in page


def test_an_import_without_a_file_asks_for_one(app, teacher) -> None:
    before = quiz_count(app)
    page = teacher.post("/teach/import", {"file_format": "", "title": ""}).get_data(as_text=True)
    assert "Choose a file to import." in page
    assert quiz_count(app) == before


def test_students_cannot_import_and_a_form_needs_its_token(app, visitor) -> None:
    visitor.register("sam")
    response = visitor.post(
        "/teach/import",
        {"upload": (io.BytesIO(b"Q?\nA. a\nB. b\nANSWER: A\n"), "a.txt")},
        form_page="/",
        content_type="multipart/form-data",
    )
    assert response.status_code == 403
    visitor.logout()
    visitor.register("tess", "teacher")
    before = quiz_count(app)
    forged = visitor.client.post("/teach/import", data={"title": "x"})
    assert forged.status_code == 400
    assert quiz_count(app) == before


def test_an_imported_quiz_can_be_published_and_taken(app, teacher) -> None:
    upload(teacher, FORMATS["gift"].export(AWKWARD).encode(), "awkward.gift")
    with app.app_context():
        quiz_id = db.session.scalars(select(Quiz).order_by(Quiz.id.desc())).first().id
    teacher.post(f"/teach/{quiz_id}/publish", form_page=f"/teach/{quiz_id}")
    teacher.post(f"/teach/{quiz_id}/share", form_page=f"/teach/{quiz_id}")
    with app.app_context():
        link = f"/q/{db.session.get(Quiz, quiz_id).share_token}"
    teacher.logout()
    teacher.register("sam")
    page = teacher.text(link)
    assert "Какой город является столицей России?" in page
    assert "&lt;Traité de Paris&gt;" in page  # escaped, never markup
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Attempt)) == 1
