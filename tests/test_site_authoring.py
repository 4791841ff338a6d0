"""Teachers: making a quiz from text, reviewing and editing it, publishing it."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from quiz import quizzes
from quiz.models import Document, GenerationJob, Question, Quiz, User, db

BENCHMARK_TEXT = Path(__file__).parents[1] / "benchmarks" / "data" / "wikipedia-2016.txt.gz"


def quiz_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Quiz))


def first_quiz_id(page: str) -> int:
    return int(re.search(r"/teach/(\d+)/statistics", page).group(1))


def sent_file(teacher, data: bytes, name: str, **fields) -> str:
    """The page after sending *data* as the file *name* on the new-quiz form (no title unless
    *fields* give one)."""
    form = {"title": "", "text": "", "seed": "", "count": 3, "choices": 4, **fields}
    form["upload"] = (io.BytesIO(data), name)
    return teacher.post(
        "/teach/new", form, content_type="multipart/form-data", follow_redirects=True
    ).get_data(as_text=True)


@pytest.fixture
def teacher(visitor):
    visitor.register("tess", "teacher")
    return visitor


def test_a_pasted_text_becomes_a_draft_to_review(app, teacher, short_text) -> None:
    page = teacher.new_quiz(short_text, title="NATO basics").get_data(as_text=True)
    assert "questions generated. Review them, then publish." in page
    assert "Draft" in page and "NATO basics" in page
    assert "Source: <q>NATO was formed in 1949" in page  # provenance shown
    assert page.count('class="key"') >= 3  # every question marks its key
    with app.app_context():
        quiz = db.session.scalars(select(Quiz).where(Quiz.title == "NATO basics")).one()
        assert not quiz.is_published
        assert quiz.document.text == short_text
        assert all(len(q.options) == 4 and q.key for q in quiz.questions)


def test_an_uploaded_file_and_a_bundled_text(app, teacher, short_text) -> None:
    page = sent_file(teacher, short_text.encode(), "article.txt", title="Uploaded", choices=3)
    assert "from article.txt" in page
    bundled = {
        "title": "Seed",
        "text": "",
        "seed": "bbc-2022-02-04-ukraine.txt",
        "count": 30,
        "choices": 4,
    }
    page = teacher.post(
        "/teach/new", bundled, content_type="multipart/form-data", follow_redirects=True
    ).get_data(as_text=True)
    assert "from bbc-2022-02-04-ukraine.txt" in page
    assert "Check: " in page  # the generator's flags are shown for review
    with app.app_context():
        uploaded = db.session.scalars(select(Quiz).where(Quiz.title == "Uploaded")).one()
        assert all(len(q.options) == 3 for q in uploaded.questions)


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        ((b"", "empty.txt"), "empty.txt is empty."),
        ((b"\x00\x01binary", "data.txt"), "data.txt is a binary file, not text."),
        (
            (b"PK\x03\x04 torn", "notes.docx"),
            "notes.docx is a zip file that is no Word, OpenDocument",
        ),
        (
            (b"x" * 1_000_001, "big.txt"),
            "big.txt is 1,000,001 bytes; a text file may be at most 1 MB (1,000,000 bytes).",
        ),
        ((b"%PDF-1.7\n%broken", "notes.txt"), "notes.txt looks like a PDF file but cannot be"),
    ],
)
def test_bad_uploads_get_a_clear_message_and_store_nothing(app, teacher, upload, message) -> None:
    before = quiz_count(app)
    # a document file is read by the job worker, whose page then gives the reason
    assert message in sent_file(teacher, upload[0], upload[1], title="Bad")
    assert quiz_count(app) == before
    with app.app_context():  # a file that could not be read is not kept
        assert (
            db.session.scalars(
                select(GenerationJob.upload).where(GenerationJob.upload.is_not(None))
            ).all()
            == []
        )


def test_a_huge_request_gets_the_size_page(app, teacher) -> None:
    data = {
        "title": "Huge",
        "text": "",
        "seed": "",
        "count": 3,
        "choices": 4,
        "upload": (io.BytesIO(b"a" * 6_000_000), "huge.txt"),
    }
    page = teacher.post("/teach/new", data, content_type="multipart/form-data")
    text = page.get_data(as_text=True)
    assert page.status_code == 413
    assert re.search(r"What you sent is 6,0\d\d,\d\d\d bytes: a file may be at most 4 MB", text)
    assert "Traceback" not in text
    assert "Log out" in text  # the page still shows who is logged in


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (
            b"a" * 4_512_732,
            "huge.txt",
            "huge.txt is 4,512,732 bytes; a text file may be at most 1 MB (1,000,000 bytes).",
        ),
        (
            b"%PDF-1.7\n" + b"a" * 4_100_000,
            "huge.pdf",
            "huge.pdf is 4,100,009 bytes; a document file may be at most 4 MB (4,000,000 bytes).",
        ),
    ],
)
def test_a_file_over_its_limit_is_told_its_real_size(app, teacher, data, name, message) -> None:
    """Only the first 4 MB are read, but the message gives the whole file's size, and the limit
    of its kind: 1 MB of text in a plain-text file, 4 MB for a document."""
    before = quiz_count(app)
    assert message in sent_file(teacher, data, name, title="Big")
    assert quiz_count(app) == before


def test_a_paste_of_1_mb_goes_through_the_form_as_a_browser_sends_it(app, teacher) -> None:
    wikipedia = gzip.decompress(BENCHMARK_TEXT.read_bytes()).decode("utf-8")
    paragraphs, size = [], 0
    for paragraph in wikipedia.split("\n"):
        size += len(paragraph.encode("utf-8")) + 1
        if size > 1_000_000:
            break
        paragraphs.append(paragraph)
    pasted = "\r\n".join(paragraphs)  # a browser sends a textarea's lines as CRLF
    assert 990_000 < len(pasted.replace("\r\n", "\n").encode("utf-8")) <= 1_000_000
    # (Flask's default MAX_FORM_MEMORY_SIZE, 500,000 bytes, once made this a 413.)
    page = teacher.new_quiz(pasted, title="A megabyte", count=5)
    assert "questions generated" in page.get_data(as_text=True)
    too_much = teacher.new_quiz(pasted + "x" * 100_000, title="Too much", count=5)
    assert "the limit is 1,000,000 (1 MB)" in too_much.get_data(as_text=True)
    with app.app_context():
        titles = set(db.session.scalars(select(Quiz.title)))
    assert "A megabyte" in titles and "Too much" not in titles


def test_form_errors_are_shown_beside_the_fields(app, teacher, short_text) -> None:
    before = quiz_count(app)
    none = teacher.new_quiz("", count=5).get_data(as_text=True)
    assert "Paste a text, upload a file, or choose a bundled text: one." in none
    both = teacher.new_quiz(short_text, seed="bbc-2022-02-04-ukraine.txt").get_data(as_text=True)
    assert "Paste a text, upload a file, or choose a bundled text: one." in both
    silly = teacher.new_quiz(short_text, count=0).get_data(as_text=True)
    assert "Number must be between 1 and 100." in silly
    unknown_seed = teacher.new_quiz("", seed="../../etc/passwd").get_data(as_text=True)
    assert "Not a valid choice" in unknown_seed
    useless = teacher.new_quiz("Hello there? Are you well?").get_data(as_text=True)
    assert "No sentence of the text can carry a question" in useless
    assert quiz_count(app) == before


def _review(teacher, short_text) -> tuple[int, str]:
    page = teacher.new_quiz(short_text).get_data(as_text=True)
    return first_quiz_id(page), page


def _question_ids(app, quiz_id: int) -> list[int]:
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        return [q.id for q in quiz.questions]


def test_edit_a_question(app, teacher, short_text) -> None:
    quiz_id, _ = _review(teacher, short_text)
    first = _question_ids(app, quiz_id)[0]
    url = f"/teach/{quiz_id}/questions/{first}/edit"
    assert "Right answer" in teacher.text(url)
    data = {
        "stem": "In which year was NATO founded?",
        "option_0": "1949",
        "option_1": "1939",
        "option_2": "1955",
        "option_3": "1962",
        "key": "0",
    }
    teacher.post(url, data)
    with app.app_context():
        question = db.session.get(Question, first)
        assert question.stem == "In which year was NATO founded?"
        assert [o.text for o in question.options] == ["1949", "1939", "1955", "1962"]
        assert question.key.text == "1949"
    bad_key = teacher.post(url, {**data, "option_3": "", "key": "3"}).get_data(as_text=True)
    assert "The right answer must be one of the options you filled in." in bad_key
    same = teacher.post(url, {**data, "option_1": "1949"}).get_data(as_text=True)
    assert "Two options are the same." in same
    no_stem = teacher.post(url, {**data, "stem": ""}).get_data(as_text=True)
    assert "This field is required." in no_stem


def test_add_delete_move_regenerate_publish(app, teacher, short_text) -> None:
    quiz_id, _ = _review(teacher, short_text)
    ids = _question_ids(app, quiz_id)
    teacher.post(
        f"/teach/{quiz_id}/questions/new",
        {
            "stem": "Which alliance did Ukraine want to join?",
            "option_0": "NATO",
            "option_1": "OPEC",
            "option_2": "ASEAN",
            "key": "0",
        },
    )
    after_add = _question_ids(app, quiz_id)
    assert len(after_add) == len(ids) + 1
    added = after_add[-1]
    teacher.post(
        f"/teach/{quiz_id}/questions/{added}/move",
        {"direction": "up"},
        form_page=f"/teach/{quiz_id}",
    )
    assert _question_ids(app, quiz_id)[-2] == added
    teacher.post(f"/teach/{quiz_id}/questions/{ids[0]}/delete", form_page=f"/teach/{quiz_id}")
    assert ids[0] not in _question_ids(app, quiz_id)
    with app.app_context():
        before = db.session.get(Question, ids[1]).stem
    teacher.post(f"/teach/{quiz_id}/questions/{ids[1]}/regenerate", form_page=f"/teach/{quiz_id}")
    with app.app_context():
        after = db.session.get(Question, ids[1])
        assert after.stem != before and after.key is not None
    page = teacher.post(
        f"/teach/{quiz_id}/publish", form_page=f"/teach/{quiz_id}", follow_redirects=True
    ).get_data(as_text=True)
    assert "Published: assign it to a class, or share it by link." in page
    with app.app_context():
        assert db.session.get(Quiz, quiz_id).is_published
    bad = teacher.post(
        f"/teach/{quiz_id}/questions/{ids[1]}/move",
        {"direction": "sideways"},
        form_page=f"/teach/{quiz_id}",
    )
    assert bad.status_code == 400


def test_a_generator_failure_shows_its_reason_and_makes_no_quiz(
    app, teacher, monkeypatch, short_text
) -> None:
    from quiz import generation

    def broken(*_args, **_kwargs):
        raise RuntimeError("generator failed")

    before = quiz_count(app)
    monkeypatch.setattr(generation, "run", broken)
    page = teacher.new_quiz(short_text)
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "The generator failed on this text." in text
    assert "RuntimeError" not in text
    assert quiz_count(app) == before
    with app.app_context():  # the text the teacher gave is kept with the failed job
        assert db.session.scalar(select(func.count()).select_from(Document)) == 2


def test_a_text_with_fewer_good_sentences_than_asked_says_why(app, teacher, short_text) -> None:
    page = teacher.new_quiz(short_text, title="Short", count=10).get_data(as_text=True)
    with app.app_context():
        made = len(db.session.scalars(select(Quiz).where(Quiz.title == "Short")).one().questions)
    assert made < 10
    assert f"{made} of 10 questions: only" in page


def test_an_uploaded_word_file_is_read_by_the_job_worker(app, teacher, short_text) -> None:
    import docx

    document = docx.Document()
    for paragraph in short_text.split("\n\n"):
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    data = {"title": "From Word", "text": "", "seed": "", "count": 3, "choices": 4}
    data["upload"] = (io.BytesIO(out.getvalue()), "lesson.docx")
    sent = teacher.post("/teach/new", data, content_type="multipart/form-data")
    assert sent.status_code == 302 and "/teach/jobs/" in sent.location
    page = teacher.client.get(sent.location, follow_redirects=True).get_data(as_text=True)
    assert "questions generated" in page and "NATO" in page
    with app.app_context():
        job = db.session.scalars(select(GenerationJob)).one()
        assert job.upload is None and "NATO was formed in 1949" in job.document.text


PANAMA = (  # the Panama Canal's opening: a sentence that gives two questions
    "After the French effort failed, the United States took over the Panama Canal project in "
    "1904 and opened the Panama Canal on August 15, 1914.\n\n"
    "About 5,600 workers died during the American construction of the canal.\n\n"
    "The Panama Canal Zone was returned to Panama in 1999 under the Torrijos-Carter Treaties.\n\n"
    "Ferdinand de Lesseps began the French attempt to build the Panama Canal in 1881.\n"
)


def test_regenerate_takes_no_second_question_on_a_sentence_the_quiz_uses(app) -> None:
    """Two questions on one sentence state each other's keys ('took over the project in ____
    and opened the canal on August 15, 1914' beside '... in 1904 and opened the canal on
    ____'); a question's own sentence may still give its replacement."""
    with app.app_context():
        owner = User(username="tess", password_hash="-", role="teacher")
        db.session.add(owner)
        db.session.flush()
        quiz, _ = quizzes.build_quiz(
            owner.id, "Panama", PANAMA, document_name="panama.txt", count=4, choices=4
        )
        db.session.flush()
        by_key = {q.key.text: q for q in quiz.questions}
        canal_keys = {"1904", "August 15, 1914"}
        assert len(by_key) == 4 and {"1999", "5,600", "1881"} <= set(by_key)
        canal = next(q for key, q in by_key.items() if key in canal_keys)  # one per sentence
        assert not quizzes.regenerate(by_key["1881"])  # only the canal sentence's other is left
        assert by_key["1881"].key.text == "1881"
        first = canal.key.text
        assert quizzes.regenerate(canal)  # its own sentence's other question
        assert {first, canal.key.text} == canal_keys
        sentences = [q.source_sentence for q in quiz.questions]
        assert len(set(sentences)) == len(sentences)


def test_deleting_a_question_asks_first(app, teacher, short_text) -> None:
    quiz_id, review = _review(teacher, short_text)
    ids = _question_ids(app, quiz_id)
    delete = f"/teach/{quiz_id}/questions/{ids[0]}/delete"
    assert f'action="{delete}"' not in review  # no one-click deletion
    assert f'href="{delete}"' in review
    with app.app_context():
        stem = db.session.get(Question, ids[0]).stem
    page = teacher.text(delete)
    assert "Delete question 1 of “Test quiz”?" in page and str(escape(stem)) in page
    assert "Past attempts keep it as they showed it" in page
    assert f'action="{delete}"' in page and 'name="csrf_token"' in page
    assert f'href="/teach/{quiz_id}#q{ids[0]}"' in page  # cancel
    assert _question_ids(app, quiz_id) == ids  # asking deletes nothing
    done = teacher.post(delete, follow_redirects=True).get_data(as_text=True)
    assert "Question deleted." in done
    assert _question_ids(app, quiz_id) == ids[1:]
    assert teacher.client.get(delete).status_code == 404


def _flag(app, question_id: int, flags: list[str]) -> None:
    with app.app_context():
        db.session.get(Question, question_id).flags_json = json.dumps(flags)
        db.session.commit()


def _flags(app, question_id: int) -> list[str]:
    with app.app_context():
        return db.session.get(Question, question_id).flags


def test_review_flags_are_in_plain_words_and_an_edit_drops_those_that_no_longer_hold(
    app, teacher, short_text
) -> None:
    quiz_id, _ = _review(teacher, short_text)
    first = _question_ids(app, quiz_id)[0]
    _flag(app, first, ["cloze", "reported claim"])
    page = teacher.text(f"/teach/{quiz_id}")
    assert "fill-in-the-blank wording" in page
    assert "states what someone claimed: check it is fact" in page
    assert "Check: cloze" not in page and "reported claim" not in page
    url = f"/teach/{quiz_id}/questions/{first}/edit"
    data = {"option_0": "1949", "option_1": "1939", "option_2": "1955", "key": "0"}
    teacher.post(url, {**data, "stem": "NATO was formed in ____."})
    assert _flags(app, first) == ["cloze", "reported claim"]  # still a blank to fill
    teacher.post(url, {**data, "stem": "In which year was NATO formed?"})
    assert _flags(app, first) == ["reported claim"]  # stored names stay as they were


def test_an_upload_without_a_title_is_named_after_its_file(app, teacher, short_text) -> None:
    page = sent_file(teacher, short_text.encode(), "lesson.txt")
    assert "<h1>lesson</h1>" in page and "from lesson.txt" in page
    before = quiz_count(app)
    pasted = teacher.new_quiz(short_text, title="  ").get_data(as_text=True)
    assert "Give the quiz a title" in pasted  # pasted text has no name to take
    assert quiz_count(app) == before
