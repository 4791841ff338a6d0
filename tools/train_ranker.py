"""Learn the ranker's weights from blind readers' verdicts on the tuning part of the corpus and
on the texts written for development.

Every folder of ``docs/readings/`` that holds a ``key.tsv`` (written by ``make quality`` with
the ranking features of each sampled question) and a ``verdicts.tsv`` (the reader's strict and
lenient verdicts) adds one row per question. Readings on held-out documents are left out: they
report, they never train; so are readings made before features were recorded. Readings of the
texts written for development (``tests/data/written``) recorded no features: their questions
that the generator still makes add rows with today's features.

``python tools/train_ranker.py`` prints a cross-validated check (by document, so a text never
helps to judge itself) and writes ``quiz/generator/ranking_weights.json``; ``--dry-run`` only
prints. The model is an L2-regularised logistic regression on the strict verdict, fitted by
gradient descent: a few hundred rows and a few dozen features need nothing more.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import CORPUS, documents

from quiz.generator import lexicon, ranking, run
from quiz.generator.document import read

ROOT = Path(__file__).resolve().parents[1]
READINGS = ROOT / "docs" / "readings"
WEIGHTS = ROOT / "quiz" / "generator" / "ranking_weights.json"
WRITTEN = "tests/data/written/"  # texts written for development (see their README)
L2 = 0.5
EVERY = 1000  # questions asked of each document when recomputing features
STEPS = 3000
RATE = 0.5
FOLDS = 5
VERDICTS = {"yes": True, "1": True, "no": False, "0": False}  # as readers have written them


@dataclass(frozen=True)
class Row:
    """One judged question: its document, features and strict verdict."""

    document: str
    features: dict[str, float]
    acceptable: bool


def strict(written: str) -> bool:
    """A reader's strict verdict ('yes' or '1' is acceptable); an unknown spelling is an error,
    never a silent 'not acceptable' (t13-t16 wrote 1 and 0, which had read as all rejected)."""
    try:
        return VERDICTS[written.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown strict verdict {written!r}") from None


def _text(path: str) -> str:
    """A judged document: a corpus file, or a text written for development."""
    found = ROOT / path if path.startswith(WRITTEN) else CORPUS / path
    return found.read_text(encoding="utf-8")


@functools.cache
def _document_features(path: str) -> dict[str, float]:
    """Document-level features, for readings made before they were recorded."""
    return ranking.document_features(read(_text(path), lexicon.load()))


@functools.cache
def _current_features(path: str) -> dict[tuple[str, str], dict[str, float]]:
    """Today's features of every question the generator makes from a document, by stem and
    key: a judged question the generator still makes is described as the ranker sees it now."""
    result = run(_text(path), n=EVERY, threshold=0.0, document=path)
    return {(q.stem, q.answer): f for q, f in zip(result.questions, result.features, strict=True)}


def _complete(entry: dict[str, str]) -> dict[str, float] | None:
    """A judged question's features: today's, when the generator still makes that question;
    else those recorded with the reading, with document features and interactions added when
    the reading predates them; None when neither exists."""
    current = _current_features(entry["document"]).get((entry.get("stem"), entry.get("key")))
    if current is not None:
        return current
    if "features" not in entry:
        return None
    found = {**_document_features(entry["document"]), **json.loads(entry["features"])}
    return found | ranking.interactions(found)


def load() -> list[Row]:
    """Every judged question of the tuning readings."""
    held_out = {d.path for d in documents("held-out")}
    rows = []
    for key_file in sorted(READINGS.glob("*/key.tsv")):
        verdict_file = key_file.with_name("verdicts.tsv")
        if not verdict_file.exists():
            continue
        with verdict_file.open(encoding="utf-8") as lines:
            verdicts = {r["number"]: r for r in csv.DictReader(lines, delimiter="\t")}
        with key_file.open(encoding="utf-8") as lines:
            entries = list(csv.DictReader(lines, delimiter="\t"))
        written = all(e["document"].startswith(WRITTEN) for e in entries)
        if any(e["document"] in held_out for e in entries) or not (
            written or "features" in entries[0]
        ):
            print(f"left out: {key_file.parent.name}")
            continue
        for entry in entries:
            verdict = verdicts.get(entry["number"])
            features = _complete(entry) if verdict is not None else None
            if verdict is not None and features is not None:
                rows.append(Row(entry["document"], features, strict(verdict["strict"])))
    return rows


def _sigmoid(value: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, value))))


def _predict(weights: dict[str, float], features: dict[str, float]) -> float:
    return _sigmoid(weights["bias"] + sum(weights.get(k, 0.0) * v for k, v in features.items()))


def fit(rows: list[Row]) -> dict[str, float]:
    """Weights minimising the regularised log loss (the bias is not regularised)."""
    names = sorted({k for r in rows for k in r.features})
    weights = dict.fromkeys(["bias", *names], 0.0)
    for _ in range(STEPS):
        gradient = dict.fromkeys(weights, 0.0)
        for row in rows:
            error = _predict(weights, row.features) - row.acceptable
            gradient["bias"] += error
            for name, value in row.features.items():
                gradient[name] += error * value
        for name in weights:
            penalty = 0.0 if name == "bias" else L2 * weights[name]
            weights[name] -= RATE * (gradient[name] + penalty) / len(rows)
    return {k: round(v, 4) for k, v in weights.items()}


def auc(scored: list[tuple[float, bool]]) -> float:
    """The probability that an acceptable question outranks an unacceptable one."""
    good = [s for s, ok in scored if ok]
    bad = [s for s, ok in scored if not ok]
    if not good or not bad:
        return float("nan")
    wins = sum((g > b) + 0.5 * (g == b) for g in good for b in bad)
    return wins / (len(good) * len(bad))


def cross_validate(rows: list[Row]) -> list[tuple[float, bool]]:
    """Out-of-fold scores, folding by document."""
    names = sorted({r.document for r in rows})
    random.Random(0).shuffle(names)
    fold_of = {name: i % FOLDS for i, name in enumerate(names)}
    scored = []
    for fold in range(FOLDS):
        train = [r for r in rows if fold_of[r.document] != fold]
        weights = fit(train)
        scored.extend(
            (_predict(weights, r.features), r.acceptable)
            for r in rows
            if fold_of[r.document] == fold
        )
    return scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    arguments = parser.parse_args()
    rows = load()
    accepted = sum(r.acceptable for r in rows)
    print(f"{len(rows)} judged questions, {accepted} acceptable ({accepted / len(rows):.0%})")
    scored = sorted(cross_validate(rows), reverse=True)
    print(f"cross-validated AUC: {auc(scored):.3f}")
    for share in (0.25, 0.5, 0.75, 1.0):
        top = scored[: max(1, round(share * len(scored)))]
        print(f"  top {share:.0%}: {sum(ok for _, ok in top) / len(top):.0%} acceptable")
    for threshold in (0.2, 0.3, 0.4, 0.5):
        kept = [ok for score, ok in scored if score >= threshold]
        if kept:
            print(
                f"  score >= {threshold}: keeps {len(kept) / len(scored):.0%}, "
                f"{sum(kept) / len(kept):.0%} acceptable"
            )
    weights = fit(rows)
    for name, value in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {value:+.3f}  {name}")
    if not arguments.dry_run:
        WEIGHTS.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
