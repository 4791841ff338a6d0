"""The command line: output formats and every error path."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import main
from quiz.generator import Question, checks

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_json_output_follows_the_documented_schema(runner: CliRunner) -> None:
    result = runner.invoke(main, ["generate", str(SEEDS), "-n", "3", "--format", "json"])
    assert result.exit_code == 0, result.output
    questions = json.loads(result.stdout)["questions"]
    assert len(questions) == 3
    for question in questions:
        assert set(question) == {
            "stem",
            "options",
            "answer_index",
            "kind",
            "source",
            "score",
            "flags",
        }
        assert set(question["source"]) == {"document", "sentence", "start", "end"}
        assert question["source"]["document"].endswith("bbc-2022-02-04-ukraine.txt")
        assert 0 <= question["answer_index"] < len(question["options"]) == 4
        assert checks.item_problems(Question.from_dict(question), 4) == []


def test_text_output_prints_a_quiz_and_its_answer_key(runner: CliRunner) -> None:
    result = runner.invoke(main, ["generate", str(SEEDS), "-n", "3", "--choices", "3"])
    assert result.exit_code == 0
    body, key = result.stdout.split("Answer key")
    assert body.count("\n   A. ") == 3 and "   D. " not in body
    assert len(key.strip().splitlines()) == 3


def test_stdin_and_several_files(runner: CliRunner, tmp_path: Path) -> None:
    text = "NATO was formed in 1949 by 12 countries. Russia annexed Crimea in 2014.\n"
    result = runner.invoke(main, ["generate", "-", "--format", "json"], input=text)
    questions = json.loads(result.stdout)["questions"]
    assert questions and all(q["source"]["document"] == "stdin" for q in questions)
    other = tmp_path / "other.txt"
    other.write_text(text)
    both = runner.invoke(main, ["generate", str(SEEDS), str(other), "--format", "json"])
    documents = {q["source"]["document"] for q in json.loads(both.stdout)["questions"]}
    assert len(documents) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        (b"\x00\x01\x02binary", "is a binary file"),
        (b"%PDF-1.4 torn off", "looks like a PDF file but cannot be read; it may be damaged"),
        (b"", "is empty"),
        (b"  \n\n\t ", "is empty"),
    ],
)
def test_unusable_input_is_one_line_and_exit_code_2(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "quiz", "generate", str(path)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_without_text_files_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["generate", str(tmp_path)])
    assert result.exit_code == 2
    assert "holds no .txt files" in result.stderr


def test_a_text_without_usable_sentences_gives_zero_questions_and_a_note(
    runner: CliRunner,
) -> None:
    result = runner.invoke(main, ["generate", "-", "--format", "json"], input="Hello? Yes!\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["questions"] == []
    assert "No sentence of the text can carry a question" in result.stderr


def test_bad_options_are_usage_errors(runner: CliRunner) -> None:
    assert runner.invoke(main, ["generate", str(SEEDS), "--choices", "1"]).exit_code == 2
    assert runner.invoke(main, ["generate", str(SEEDS), "-n", "-3"]).exit_code == 2
    assert runner.invoke(main, ["generate"]).exit_code == 2


def test_init_db_creates_the_demo_quiz_once(runner: CliRunner, tmp_path: Path) -> None:
    environment = {"DATABASE_URL": f"sqlite:///{tmp_path / 'quiz.sqlite'}"}
    first = runner.invoke(main, ["init-db"], env=environment)
    assert first.exit_code == 0, first.output
    assert first.stdout == "Database ready (1 demo quiz created).\n"
    again = runner.invoke(main, ["init-db"], env=environment)
    assert again.stdout == "Database ready (0 demo quizzes created).\n"


def test_fewer_questions_than_asked_come_with_a_note(runner: CliRunner) -> None:
    result = runner.invoke(main, ["generate", str(SEEDS), "-n", "30"])
    assert result.exit_code == 0
    assert "of 30 questions: only" in result.stderr
    assert "bbc-2022-02-04-ukraine.txt" in result.stderr


class _Ended:
    """A child process that has already ended well (`quiz serve`'s children, not started)."""

    returncode = 0

    def poll(self) -> int:
        return 0

    def wait(self, timeout: float | None = None) -> int:
        return 0


def test_serve_on_a_taken_port_says_so_and_starts_nothing(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda command: started.append(command) or _Ended())
    environment = {"DATABASE_URL": f"sqlite:///{tmp_path / 'quiz.sqlite'}"}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(main, ["serve", "--port", str(port)], env=environment)
    assert result.exit_code == 2
    assert result.stderr == f"quiz: error: port {port} is in use; choose another with --port\n"
    assert started == []


def test_serve_runs_gunicorn_without_the_shared_control_socket(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gunicorn's control socket has one path for every instance: two sites would remove each
    other's when one stops."""
    gunicorn = [str(Path(sys.executable).parent / "gunicorn"), "--help"]
    options = subprocess.run(gunicorn, check=True, capture_output=True, text=True).stdout
    assert "--no-control-socket" in options  # an option of the installed gunicorn
    started: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda command: started.append(command) or _Ended())
    monkeypatch.setattr(signal, "signal", lambda *_: None)  # pytest keeps its own handlers
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    environment = {"DATABASE_URL": f"sqlite:///{tmp_path / 'quiz.sqlite'}"}
    result = runner.invoke(main, ["serve", "--port", str(port)], env=environment)
    assert result.exit_code == 0, result.output
    web = next(command for command in started if "--bind" in command)
    assert web[web.index("--bind") + 1] == f"127.0.0.1:{port}"
    assert "--no-control-socket" in web
