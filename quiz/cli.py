"""The ``quiz`` command line."""

from __future__ import annotations

import errno
import shutil
import signal
import socket
import string
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click

from quiz import readers, sources
from quiz.formats import FORMATS, QuestionSet
from quiz.generator import Question, resources
from quiz.wording import plural

USAGE_ERROR = 2


def _fail(message: str) -> NoReturn:
    """One clear line on stderr and exit code 2, never a traceback."""
    click.echo(f"quiz: error: {message}", err=True)
    sys.exit(USAGE_ERROR)


@contextmanager
def site() -> Iterator[None]:
    """The site's application context for a command, its database connections closed after."""
    from quiz import create_app
    from quiz.models import db

    app = create_app()
    try:
        with app.app_context():
            yield
    finally:
        with app.app_context():  # after the session has given its connection back
            db.engine.dispose()


@click.group()
def main() -> None:
    """Turn factual texts into multiple-choice quizzes."""


@main.command("setup-data")
@click.option("--force", is_flag=True, help="Rebuild resources that are already present.")
def setup_data(force: bool) -> None:
    """Build the offline NLP data (tagger, sentence splitter, WordNet extract)."""
    try:
        notes = resources.build_all(force=force, log=click.echo)
    except resources.ResourceError as error:
        _fail(str(error))
    for note in notes:
        click.echo(f"note: {note}", err=True)
    click.echo(f"NLP data ready in {resources.data_dir()}")


def _read_inputs(paths: tuple[str, ...]) -> list[tuple[str, str]]:
    documents: list[tuple[str, str]] = []
    for given in paths:
        if given == "-":
            documents.append(("stdin", readers.read(sys.stdin.buffer.read(), "standard input")))
        else:
            documents.extend(sources.read_path(Path(given)))
    return documents


def format_text(questions: list[Question]) -> str:
    """A readable quiz followed by its answer key."""
    lines = []
    for number, question in enumerate(questions, 1):
        lines.append(f"{number}. {question.stem}")
        lines.extend(
            f"   {letter}. {option}"
            for letter, option in zip(string.ascii_uppercase, question.options, strict=False)
        )
        lines.append("")
    lines.append("Answer key")
    for number, question in enumerate(questions, 1):
        letter = string.ascii_uppercase[question.answer_index]
        lines.append(f"{number}. {letter} ({question.answer}): {question.source.sentence}")
    return "\n".join(lines)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-n", "count", type=click.IntRange(min=0), help="At most this many questions.")
@click.option(
    "--choices",
    type=click.IntRange(2, 26),
    default=4,
    show_default=True,
    help="Options per question.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for distractor choice.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", *FORMATS]),
    default="text",
    show_default=True,
    help="text, or any export format.",
)
@click.option("--title", help="The set's title in the export (default: the first file's name).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file instead of standard output (needed for qti).",
)
def generate(
    files: tuple[str, ...],
    *,
    count: int | None,
    choices: int,
    seed: int,
    output_format: str,
    title: str | None,
    output: Path | None,
) -> None:
    """Print questions generated from FILES (a file, a folder of .txt files, or - for stdin)."""
    from quiz.generator import run

    try:
        documents = _read_inputs(files)
    except sources.SourceError as error:
        _fail(str(error))
    questions: list[Question] = []
    for name, text in documents:
        result = run(text, n=count, choices=choices, seed=seed, document=name)
        questions.extend(result.questions)
        if result.note:
            click.echo(f"quiz: note: {name}: {result.note}", err=True)
    questions.sort(key=lambda q: -q.score)
    if count is not None:
        questions = questions[:count]
    if output_format == "text":
        _write(format_text(questions) + "\n", output)
        return
    set_title = title or (Path(documents[0][0]).stem if documents else "Quiz")
    _export(QuestionSet(set_title, tuple(questions)), output_format, output)


def _export(question_set: QuestionSet, format_name: str, output: Path | None) -> None:
    """Write *question_set* in a format to *output*, or to standard output if it is text."""
    chosen = FORMATS[format_name]
    if chosen.binary and output is None:
        _fail(
            f"{format_name} writes a {chosen.file_type} file: give it a name with -o FILE"
            f" (for example -o {chosen.file_name(question_set.title)})"
        )
    _write(chosen.export(question_set), output)


def _write(data: str | bytes, output: Path | None) -> None:
    if output is None:
        click.echo(data, nl=False)
        return
    try:
        if isinstance(data, bytes):
            output.write_bytes(data)
        else:
            output.write_text(data, encoding="utf-8")
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror}")
    click.echo(f"Wrote {output}", err=True)


@main.command()
@click.argument("quiz_id", required=False, type=int, metavar="QUIZ")
@click.option(
    "--format",
    "format_name",
    type=click.Choice(list(FORMATS)),
    default="gift",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file instead of standard output (needed for qti).",
)
def export(quiz_id: int | None, format_name: str, output: Path | None) -> None:
    """Write the stored quiz number QUIZ in a format; without QUIZ, list the quizzes."""
    from sqlalchemy import select

    from quiz import exchange
    from quiz.models import Quiz, db

    with site():
        if quiz_id is None:
            for quiz in db.session.scalars(select(Quiz).order_by(Quiz.id)):
                state = "published" if quiz.is_published else "draft"
                count = plural(len(quiz.questions), "question")
                click.echo(f"{quiz.id}\t{count}\t{state}\t{quiz.title}")
            return
        quiz = db.session.get(Quiz, quiz_id)
        if quiz is None:
            _fail(f"there is no quiz {quiz_id} (quiz export without QUIZ lists them)")
        question_set = exchange.question_set(quiz)
    _export(question_set, format_name, output)


@main.command("init-db")
@click.option("--no-seeds", is_flag=True, help="Do not create the demo quizzes.")
@click.pass_context
def init_db(ctx: click.Context, no_seeds: bool) -> None:
    """Upgrade the database to the latest schema and, on first run, make a demo quiz per text
    in seeds/."""
    from quiz import database

    with site():  # the same command as `flask --app quiz init-db`
        ctx.invoke(database.init_db_command, no_seeds=no_seeds)


@main.command("create-admin")
@click.argument("username")
def create_admin(username: str) -> None:
    """Make an admin: a teacher who invites other teachers from the site (Invite teachers, on
    their account page). A new USERNAME is asked a password; an existing teacher becomes an
    admin and keeps theirs. The database is upgraded first (with the demo quizzes if new)."""
    from sqlalchemy import select

    from quiz import accounts, database, passwords, usernames
    from quiz.models import User, db

    name = usernames.normalise(username)
    with site():
        database.init_db()
        found = db.session.scalar(select(User).where(User.username == name))
        if name in usernames.RESERVED or (found is not None and not found.is_teacher):
            _fail(f"{name} cannot be an admin: choose the username of a teacher or a new one")
        if found is not None:
            found.is_admin = True
            db.session.commit()
            click.echo(f"{name} is now an admin: they invite teachers from their account page.")
            return
        problem = usernames.problem(name)
        if problem:
            _fail(problem)
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        problem = passwords.problem(password, name)
        if problem:
            _fail(problem)
        try:
            accounts.create_admin(name, password)
        except accounts.UsernameTaken:
            _fail(f"{name} was registered a moment ago: run the command again")
        db.session.commit()
    click.echo(f"Admin {name} created: log in, then invite teachers from your account page.")


def _refuse(message: str) -> NoReturn:
    """One clear line on stderr and exit code 1: the command could not do its work."""
    click.echo(f"quiz: error: {message}", err=True)
    sys.exit(1)


@main.command("export-all")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def export_all(file: Path) -> None:
    """Back up the whole site (accounts, classes, quizzes, assignments, attempts) into FILE, a
    zip archive that `quiz import-all` restores; jobs still being made are left out."""
    from quiz import backup
    from quiz.models import db

    with site():
        try:
            counts = backup.export_all(db.engine, file)
        except backup.BackupError as error:
            _refuse(str(error))
    click.echo(f"Wrote {file}: {backup.describe(counts)}")


@main.command("import-all")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_all(file: Path) -> None:
    """Restore a backup FILE of `quiz export-all` into an empty database (DATABASE_URL, SQLite
    or PostgreSQL), in one transaction; a database with any rows is refused and left as is."""
    from quiz import backup, database
    from quiz.models import db

    with site():
        try:
            counts = backup.import_all(db.engine, file, database.upgrade_schema)
        except backup.BackupError as error:
            _refuse(str(error))
    click.echo(f"Restored {file}: {backup.describe(counts)}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", default=3, show_default=True, type=click.IntRange(1, 64))
@click.option(
    "--job-workers",
    default=1,
    show_default=True,
    type=click.IntRange(0, 64),
    help="Processes making quizzes from texts beside the site (0: none, run `quiz worker` "
    "elsewhere).",
)
def serve(host: str, port: int, workers: int, job_workers: int) -> None:
    """Run the site with gunicorn (several worker processes) and the job queue's worker,
    upgrading the database first; Ctrl+C stops both."""
    from quiz import database

    _check_port(host, port)
    with site():
        created = database.init_db()
    if created:
        click.echo(f"First run: {plural(created, 'demo quiz', 'demo quizzes')} from seeds/.")
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    web = [
        *(gunicorn, "--workers", str(workers), "--bind", f"{host}:{port}"),
        *("--timeout", "300", "--access-logfile", "-"),
        # No control socket: gunicorn's default path is the same for every instance on the
        # machine, so stopping one site would remove another's.
        *("--no-control-socket", "quiz:create_app()"),
    ]
    children = []
    if job_workers:
        worker = [sys.executable, "-m", "quiz", "worker", "--processes", str(job_workers)]
        children.append(subprocess.Popen(worker))
    children.append(subprocess.Popen(web))
    click.echo(f"Serving on http://{host}:{port}/ (Ctrl+C stops)")
    _wait_for_any(children)


def _check_port(host: str, port: int) -> None:
    """Fail with one clear line if the site could not listen on *host*:*port* (another program
    holds the port, or the address is not this machine's), before anything is started."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, protocol) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn binds
            probe.bind(address)
    except socket.gaierror as error:
        _fail(f"cannot listen on {host}: {error.strerror}")
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            _fail(f"port {port} is in use; choose another with --port")
        _fail(f"cannot listen on {host}:{port}: {error.strerror}")


def _wait_for_any(children: list[subprocess.Popen]) -> None:
    """Wait until a child ends or we are told to stop; then stop them all."""
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    while not stop.wait(0.5) and all(child.poll() is None for child in children):
        pass
    for child in children:
        if child.poll() is None:
            child.terminate()
    for child in children:
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
    failed = [child.returncode for child in children if child.returncode not in (0, -15)]
    if failed and not stop.is_set():
        _fail("the site or the job worker stopped unexpectedly; see the messages above")


@main.command()
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1, 64))
def worker(processes: int) -> None:
    """Make quizzes from texts: take jobs off the queue (SQLite in instance/, or Redis with
    REDIS_URL) until stopped. Several may run, on several machines sharing REDIS_URL and
    DATABASE_URL."""
    from quiz import jobs

    click.echo(f"Job worker: {plural(processes, 'process', 'processes')}")
    jobs.run_worker(processes)
