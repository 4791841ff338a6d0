"""Quality report over the development set: run ``python tools/devset_report.py``.

For every document in tests/data/devset/ it generates questions and prints how many there are,
the share that pass the mechanical item-writing checks (run on the output alone), the share of
WH-questions, and crashes. ``--show N`` prints the top N questions of each document, for reading.
"""

from __future__ import annotations

import argparse
import traceback
from pathlib import Path

from quiz.generator import checks, generate

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "data" / "devset"


def _share(part: int, questions: list) -> str:
    return f"{part / len(questions):.0%}" if questions else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print the top N questions of each")
    parser.add_argument("--choices", type=int, default=4)
    arguments = parser.parse_args()
    totals = {"questions": 0, "passing": 0, "wh": 0, "crashes": 0, "documents": 0}
    print(f"{'document':34} {'questions':>9} {'pass':>6} {'WH':>6}")
    for path in sorted(DEVSET.glob("*.txt")):
        totals["documents"] += 1
        try:
            questions = generate(
                path.read_text(encoding="utf-8"), choices=arguments.choices, document=path.name
            )
        except Exception:  # a crash is what this report counts
            totals["crashes"] += 1
            print(f"{path.name:34} CRASH")
            traceback.print_exc()
            continue
        passing = sum(
            not checks.item_problems(q, arguments.choices)
            and not checks.set_problems(q, questions[:i])
            for i, q in enumerate(questions)
        )
        wh = sum(q.stem.endswith("?") for q in questions)
        totals["questions"] += len(questions)
        totals["passing"] += passing
        totals["wh"] += wh
        print(
            f"{path.name:34} {len(questions):9} {_share(passing, questions):>6} "
            f"{_share(wh, questions):>6}"
        )
        for q in questions[: arguments.show]:
            options = " | ".join(
                ("*" if i == q.answer_index else "") + o for i, o in enumerate(q.options)
            )
            print(f"    [{q.score:.2f} {q.kind}] {q.stem}\n        {options}")
    count = totals["questions"] or 1
    print(
        f"\n{totals['documents']} documents, {totals['questions']} questions "
        f"({totals['questions'] / max(1, totals['documents']):.1f} per document), "
        f"{totals['passing'] / count:.1%} pass the checks, {totals['wh'] / count:.1%} WH, "
        f"{totals['crashes']} crashes"
    )


if __name__ == "__main__":
    main()
