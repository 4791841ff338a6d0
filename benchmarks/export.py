"""Export speed: a 1,000-question set in every format, beside a baseline in the same run.

The set is made of real generated questions (from the benchmark corpus,
benchmarks/data/wikipedia-2016.txt.gz), so texts have realistic lengths and characters. The
baseline is the cheapest serialisation of the same data: ``json.dumps`` of the questions'
dicts. Each format is timed several times, alternating with the baseline; medians are reported.
Target: every format under 1 s. Run: ``make benchmark-export`` or
``python benchmarks/export.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from quiz.formats import FORMATS, QuestionSet
from quiz.generator import Question, generate

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "data" / "wikipedia-2016.txt.gz"
SET_SIZE = 1000


def question_set(size: int) -> QuestionSet:
    """*size* questions generated from the corpus, paragraph group by paragraph group."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as corpus:
        paragraphs = corpus.read().split("\n\n")
    questions: list[Question] = []
    for start in range(0, len(paragraphs), 40):
        questions.extend(generate("\n\n".join(paragraphs[start : start + 40])))
        if len(questions) >= size:
            break
    if len(questions) < size:
        raise SystemExit(f"the corpus gives only {len(questions)} questions")
    return QuestionSet("Benchmark: 1,000 questions", tuple(questions[:size]))


def site_client(questions: QuestionSet, folder: Path) -> tuple[object, int]:
    """A test client of the site, logged in as the teacher who owns *questions* as a quiz."""
    from quiz import create_app, exchange
    from quiz.database import init_db
    from quiz.models import TEACHER, User, db
    from quiz.views.auth import SESSION_USER, SESSION_VERSION

    app = create_app(
        {"SECRET_KEY": "benchmark", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'b.db'}"}
    )
    with app.app_context():
        init_db(load_seeds=False)
        teacher = User(username="bench", password_hash="-", role=TEACHER)
        db.session.add(teacher)
        db.session.flush()
        quiz = exchange.import_quiz(teacher.id, questions.title, list(questions.questions))
        db.session.commit()
        teacher_id, quiz_id = teacher.id, quiz.id
    client = app.test_client()
    with client.session_transaction() as session:
        session[SESSION_USER], session[SESSION_VERSION] = teacher_id, 0  # a new account's
    return client, quiz_id


def _seconds(task: Callable[[], object]) -> float:
    start = time.perf_counter()
    task()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description="export benchmark")
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    questions = question_set(SET_SIZE)
    characters = sum(
        len(q.stem) + sum(map(len, q.options)) + len(q.source.sentence) for q in questions.questions
    )

    def baseline() -> str:
        return json.dumps([q.to_dict() for q in questions.questions], ensure_ascii=False)

    print(f"set: {len(questions.questions)} questions, {characters:,} characters of text")
    print(f"{'format':12} {'seconds':>8} {'output KB':>10} {'x baseline':>11}")
    worst, all_bases = 0.0, []
    for name, chosen in FORMATS.items():
        times, bases = [], []
        for _ in range(rounds):  # alternate, so a slow spell of the machine hits both alike
            bases.append(_seconds(baseline))
            times.append(_seconds(lambda chosen=chosen: chosen.export(questions)))
        seconds, base = statistics.median(times), statistics.median(bases)
        all_bases += bases
        worst = max(worst, seconds)
        size = len(chosen.export(questions)) / 1024
        print(f"{name:12} {seconds:8.3f} {size:10.0f} {seconds / base:11.1f}")
    print(f"baseline (json.dumps of the same questions): {statistics.median(all_bases):.3f} s")
    print(f"slowest format: {worst:.3f} s (target: every format < 1 s)")

    with tempfile.TemporaryDirectory() as folder:
        client, quiz_id = site_client(questions, Path(folder))
        print("\nthe same set stored as a quiz, downloaded from the site (database read included):")
        worst = 0.0
        for name in FORMATS:
            url = f"/teach/{quiz_id}/export/{name}"
            times = []
            for _ in range(rounds):
                start = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - start)
                assert response.status_code == 200, (url, response.status_code)
            worst = max(worst, statistics.median(times))
            print(f"{name:12} {statistics.median(times):8.3f}")
        print(f"slowest download: {worst:.3f} s")


if __name__ == "__main__":
    main()
