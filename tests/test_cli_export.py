"""`quiz export` writes a stored quiz in any format; `quiz generate --format` an unstored set."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from quiz.cli import main
from quiz.formats import FORMATS
from quiz.quizzes import question_from

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def database(app) -> dict[str, str]:
    """The environment that points `quiz` at the test site's database (the demo quiz in it)."""
    return {"DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"]}


@pytest.fixture
def demo(app) -> tuple[int, list[tuple[str, tuple[str, ...], int]]]:
    """The demo quiz's id and its questions."""
    from quiz import exchange
    from quiz.models import Quiz, db

    with app.app_context():
        quiz = db.session.scalars(db.select(Quiz)).first()
        questions = exchange.question_set(quiz).questions
        return quiz.id, [(q.stem, q.options, q.answer_index) for q in questions]


def test_export_without_a_quiz_lists_the_stored_quizzes(database, demo) -> None:
    result = CliRunner().invoke(main, ["export"], env=database)
    assert result.exit_code == 0, result.output
    number, count, state, title = result.stdout.splitlines()[0].split("\t")
    assert int(number) == demo[0]
    assert count == f"{len(demo[1])} questions" and state == "published"
    assert title.startswith("Demo:")


def test_export_lists_a_one_question_quiz_in_the_singular(app, database) -> None:
    from quiz.models import Quiz, User, db

    with app.app_context():
        one = FORMATS["aiken"].parse("Which river is the longest?\nA. Nile\nB. Thames\nANSWER: A\n")
        owner = db.session.scalars(db.select(User)).first()
        quiz = Quiz(owner_id=owner.id, title="One", choices=2)
        quiz.questions = [question_from(one.questions[0], 0)]
        db.session.add(quiz)
        db.session.commit()
    result = CliRunner().invoke(main, ["export"], env=database)
    assert result.stdout.splitlines()[-1].split("\t")[1:] == ["1 question", "draft", "One"]


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if not f.binary])
def test_export_prints_a_stored_quiz_in_each_text_format(database, demo, name) -> None:
    quiz_id, questions = demo
    result = CliRunner().invoke(main, ["export", str(quiz_id), "--format", name], env=database)
    assert result.exit_code == 0, result.output
    parse = FORMATS[name].parse
    if parse is not None:
        found = parse(result.stdout).questions
        assert [(q.stem, q.options, q.answer_index) for q in found] == questions
    else:
        assert questions[0][0].split()[0] in result.stdout


def test_export_writes_the_qti_package_to_a_file(database, demo, tmp_path) -> None:
    quiz_id, questions = demo
    target = tmp_path / "demo.zip"
    runner = CliRunner()
    refused = runner.invoke(main, ["export", str(quiz_id), "--format", "qti"], env=database)
    assert refused.exit_code == 2
    assert "qti writes a zip file: give it a name with -o FILE" in refused.stderr
    assert "(for example -o demo-" in refused.stderr and ".qti21.zip)" in refused.stderr
    result = runner.invoke(
        main, ["export", str(quiz_id), "--format", "qti", "-o", str(target)], env=database
    )
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(target) as package:
        items = [n for n in package.namelist() if n.startswith("items/")]
        assert len(items) == len(questions)
        manifest = etree.fromstring(package.read("imsmanifest.xml"))
        assert manifest.tag.endswith("manifest")


def test_export_of_an_unknown_quiz_fails_with_one_line(database) -> None:
    result = CliRunner().invoke(main, ["export", "999999"], env=database)
    assert result.exit_code == 2
    assert (
        result.stderr
        == "quiz: error: there is no quiz 999999 (quiz export without QUIZ lists them)\n"
    )


def test_export_to_an_unwritable_place_fails_with_one_line(database, demo, tmp_path) -> None:
    target = tmp_path / "missing" / "set.gift"
    result = CliRunner().invoke(main, ["export", str(demo[0]), "-o", str(target)], env=database)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"quiz: error: cannot write {target}:")
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", list(FORMATS))
def test_generate_writes_every_format(name, tmp_path) -> None:
    target = tmp_path / f"set.{FORMATS[name].extension}"
    arguments = ["generate", str(SEEDS), "-n", "3", "--format", name, "-o", str(target)]
    result = CliRunner().invoke(main, [*arguments, "--title", "Ukraine & NATO"])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    if FORMATS[name].binary:
        zipfile.ZipFile(io.BytesIO(data)).testzip()
    elif FORMATS[name].parse is not None:
        found = FORMATS[name].parse(data.decode("utf-8"))
        assert len(found.questions) == 3
        if name not in {"aiken", "blackboard", "brightspace", "csv"}:  # no place for a title
            assert found.title == "Ukraine & NATO"


def test_generate_json_names_the_set_after_the_first_file() -> None:
    result = CliRunner().invoke(main, ["generate", str(SEEDS), "-n", "2", "--format", "json"])
    document = json.loads(result.stdout)
    assert document["title"] == "bbc-2022-02-04-ukraine"
    assert len(document["questions"]) == 2
