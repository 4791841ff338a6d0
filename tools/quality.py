"""`make quality`: the generator's mechanical figures per genre on the held-out corpus, and the
next blind-reading sample.

``python tools/quality.py [--part held-out|tuning]`` prints, per genre: documents, questions per
document, the share passing the mechanical item checks, kinds, the WH share, documents without
questions, coverage (documents of 150+ words with 3+ questions), words per question and time.

``--sample N --seed S --out FILE`` also writes a reading sample: N questions drawn at random from
the default output (what ``generate()`` returns, what the site puts into a new quiz), spread
evenly over the genres; with ``--every`` (tuning part only) from every question the generator
can make, to train the ranker on. FILE holds what a blind reader sees (kind, stem, options with
the key marked, source sentence); FILE with ``.key.tsv`` added records which document each came
from, and the question's ranking features.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Document, documents

from quiz.generator import Question, checks
from quiz.generator.pipeline import run as generate_run

COVERAGE_WORDS = 150
COVERAGE_QUESTIONS = 3


@dataclass
class GenreFigures:
    """What one genre's documents gave."""

    documents: int = 0
    words: int = 0
    seconds: float = 0.0
    questions: list[Question] = field(default_factory=list)
    passing: int = 0
    empty: int = 0
    long_documents: int = 0
    covered: int = 0


def _passing(questions: list[Question]) -> int:
    return sum(
        not checks.item_problems(q) and not checks.set_problems(q, questions[:i])
        for i, q in enumerate(questions)
    )


def _share(part: float, whole: float) -> str:
    return f"{part / whole:.0%}" if whole else "-"


EVERY = 1000  # with --every: as many questions as the generator will make


def run(
    found: list[Document], count: int | None = None, threshold: float | None = None
) -> tuple[dict[str, GenreFigures], dict[int, dict[str, float]]]:
    """Generate the default output (or *count* questions, or with another ranker *threshold*)
    for every document: figures per genre, and the ranker's features of each question (by the
    question's id)."""
    figures: dict[str, GenreFigures] = defaultdict(GenreFigures)
    features: dict[int, dict[str, float]] = {}
    for document in found:
        text = document.text()
        started = time.perf_counter()
        options = {} if threshold is None else {"threshold": threshold}
        result = generate_run(text, n=count, document=document.path, **options)
        elapsed = time.perf_counter() - started
        questions = result.questions
        features |= {id(q): f for q, f in zip(questions, result.features, strict=True)}
        genre = figures[document.genre]
        words = len(text.split())
        genre.documents += 1
        genre.words += words
        genre.seconds += elapsed
        genre.questions.extend(questions)
        genre.passing += _passing(questions)
        genre.empty += not questions
        if words >= COVERAGE_WORDS:
            genre.long_documents += 1
            genre.covered += len(questions) >= COVERAGE_QUESTIONS
    return figures, features


def report(figures: dict[str, GenreFigures]) -> None:
    """Print the per-genre table and the totals."""
    total = GenreFigures()
    header = (
        f"{'genre':10} {'docs':>5} {'q/doc':>6} {'checks':>7} {'WH':>5} {'no q':>5} "
        f"{'3+ q':>5} {'words/q':>8} {'s/doc':>6}  kinds"
    )
    print(header)
    for name in [*sorted(figures), "all"]:
        genre = figures[name] if name != "all" else total
        if name != "all":
            total.documents += genre.documents
            total.words += genre.words
            total.seconds += genre.seconds
            total.questions.extend(genre.questions)
            total.passing += genre.passing
            total.empty += genre.empty
            total.long_documents += genre.long_documents
            total.covered += genre.covered
        count = len(genre.questions)
        wh = sum(q.stem.rstrip().endswith("?") for q in genre.questions)
        kinds = Counter(q.kind for q in genre.questions).most_common()
        kinds_text = " ".join(f"{k} {_share(n, count)}" for k, n in kinds)
        per_question = f"{genre.words / count:.0f}" if count else "-"
        print(
            f"{name:10} {genre.documents:5} {count / max(1, genre.documents):6.1f} "
            f"{_share(genre.passing, count):>7} {_share(wh, count):>5} {genre.empty:5} "
            f"{_share(genre.covered, genre.long_documents):>5} {per_question:>8} "
            f"{genre.seconds / max(1, genre.documents):6.2f}  {kinds_text}"
        )


def _reader_entry(number: int, question: Question) -> str:
    options = "\n".join(
        f"   {'*' if i == question.answer_index else ' '} {chr(65 + i)}. {option}"
        for i, option in enumerate(question.options)
    )
    return (
        f"Q{number} [{question.kind}]\n   {question.stem}\n{options}\n"
        f"   source: {question.source.sentence}\n"
    )


def write_sample(
    figures: dict[str, GenreFigures],
    features: dict[int, dict[str, float]],
    size: int,
    seed: int,
    out: Path,
) -> list[tuple[str, Question]]:
    """Draw *size* questions at random, evenly over the genres, and write the reader's file."""
    rng = random.Random(seed)
    genres = sorted(figures)
    drawn: list[tuple[str, Question]] = []
    for index, name in enumerate(genres):
        share = size // len(genres) + (index < size % len(genres))
        pool = figures[name].questions
        drawn.extend((name, q) for q in rng.sample(pool, min(share, len(pool))))
    rng.shuffle(drawn)
    header = (
        f"# Reading sample: {len(drawn)} questions, seed {seed}. Judge each question alone with "
        "../shared/quality/RUBRIC.md; the key is marked *.\n\n"
    )
    out.write_text(
        header + "\n".join(_reader_entry(i, q) for i, (_, q) in enumerate(drawn, 1)),
        encoding="utf-8",
    )
    key_lines = ["number\tgenre\tdocument\tkind\tscore\tfeatures\tstem\tkey"] + [
        "\t".join(
            (
                str(i),
                genre,
                q.source.document,
                q.kind,
                str(q.score),
                json.dumps(features[id(q)]),
                q.stem.replace("\t", " "),
                q.answer.replace("\t", " "),
            )
        )
        for i, (genre, q) in enumerate(drawn, 1)
    ]
    Path(f"{out}.key.tsv").write_text("\n".join(key_lines) + "\n", encoding="utf-8")
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["held-out", "tuning"], default="held-out")
    parser.add_argument("--sample", type=int, default=0, help="questions in the reading sample")
    parser.add_argument("--seed", type=int, default=0, help="the reading sample's seed")
    parser.add_argument("--out", type=Path, default=Path("reading-sample.txt"))
    parser.add_argument(
        "--every",
        action="store_true",
        help="draw from every question the generator can make, below the ranker's threshold "
        "too, not the default output (a sample to train the ranker on; tuning part only)",
    )
    arguments = parser.parse_args()
    if arguments.every and arguments.part != "tuning":
        parser.error("--every is for training samples, on the tuning part")
    every = (EVERY, 0.0) if arguments.every else (None, None)
    figures, features = run(documents(arguments.part), *every)
    print(f"{arguments.part} part of ../shared/corpus (tools/corpus_split.json)\n")
    report(figures)
    if arguments.sample:
        drawn = write_sample(figures, features, arguments.sample, arguments.seed, arguments.out)
        print(f"\nreading sample: {len(drawn)} questions, seed {arguments.seed} -> {arguments.out}")


if __name__ == "__main__":
    main()
