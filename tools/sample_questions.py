"""Print a random sample of top-ranked questions from the development set, for reading.

``python tools/sample_questions.py [--count 30] [--seed 2026]`` draws from the better-ranked half
of each document's questions and prints stem, options (key starred) and source sentence.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from quiz.generator import generate

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "data" / "devset"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args()
    pool = []
    for path in sorted(DEVSET.glob("*.txt")):
        questions = generate(path.read_text(encoding="utf-8"), document=path.name)
        pool.extend(questions[: max(1, len(questions) // 2)])
    sample = random.Random(arguments.seed).sample(pool, min(arguments.count, len(pool)))
    for number, q in enumerate(sample, 1):
        options = " | ".join(
            ("*" if i == q.answer_index else "") + o for i, o in enumerate(q.options)
        )
        print(f"{number}. [{q.source.document} {q.kind} {q.score:.2f}] {q.stem}\n   {options}")
        print(f"   source: {q.source.sentence}")


if __name__ == "__main__":
    main()
