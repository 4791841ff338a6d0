"""Ranking: how likely a candidate question is to be acceptable as it stands.

Each candidate is described by a few features from the stages before (its key's kind, stem
form and length, whether a pronoun was resolved, where its distractors came from, where the
sentence stands). A logistic model turns them into a score in [0, 1]; candidates below
``THRESHOLD`` are not emitted. The weights live in ``ranking_weights.json`` beside this module.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.generator import entities

if TYPE_CHECKING:
    from quiz.generator.distractors import Pool
    from quiz.generator.document import Document
    from quiz.generator.pipeline import _Candidate

WEIGHTS = Path(__file__).with_name("ranking_weights.json")
THRESHOLD = 0.0
KINDS = (
    "year",
    "date",
    "count",
    "percentage",
    "money",
    "ordinal",
    "person",
    "place",
    "organization",
)


def _reported(candidate: _Candidate) -> bool:
    before = candidate.statement.tokens[: candidate.answer.start]
    return any(t.lower in entities.gaz.REPORTING_VERBS for t in before)


def _about_the_topic(candidate: _Candidate, document: Document) -> bool:
    """The key is the person the whole text is about: 'Who ...?' gives itself away."""
    person = document.topic.person
    return bool(person) and candidate.key.split()[-1] == person.split()[-1]


def features(
    candidate: _Candidate, pool: Pool, document: Document, choices: int
) -> dict[str, float]:
    """The candidate's features, by name."""
    words = len(candidate.stem.text.split())
    sentences = len(document.sentences)
    found = {f"kind={kind}": float(candidate.answer.kind == kind) for kind in KINDS}
    found |= {
        "wh": float(candidate.stem.wh),
        "stem words over 22": max(0.0, words - 22.0),
        "resolved pronoun": float(candidate.sentence.resolved),
        "conjunct": float(candidate.statement.origin == "conjunct"),
        "outside distractors": float(not pool.ordered and pool.from_document < choices - 1),
        "reported claim": float(_reported(candidate)),
        "position": candidate.sentence.number / max(1, sentences),
        "key is the topic": float(_about_the_topic(candidate, document)),
    }
    return found


_FLAGS = {
    "outside distractors": "distractors from outside the document",
    "reported claim": "reported claim",
    "resolved pronoun": "pronoun resolved from the previous sentence",
}


@functools.cache
def _weights() -> dict[str, float]:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def score(found: dict[str, float]) -> tuple[float, list[str]]:
    """The probability-like score of a candidate, and the review flags its features raise."""
    weights = _weights()
    total = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in found.items())
    flags = [flag for name, flag in _FLAGS.items() if found.get(name)]
    if not found.get("wh"):
        flags.append("cloze")
    if found.get("stem words over 22", 0) > 8:
        flags.append("long stem")
    return 1 / (1 + math.exp(-total)), flags
