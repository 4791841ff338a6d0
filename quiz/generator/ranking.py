"""Ranking: how likely a candidate question is to be acceptable as it stands.

Each candidate is described by features from the stages before: its key's kind (and for a
place, whether a country or a city), the stem's form and length, the names and years that
anchor it, whether a pronoun was resolved or a claim is reported, where its distractors came
from, where its sentence stands, how often the text names the key, and whether the text is
dated. A logistic model turns them into a score in [0, 1]; candidates below ``THRESHOLD`` are
not emitted. The weights live in ``ranking_weights.json`` beside this module, learned by
``tools/train_ranker.py`` from blind readers' verdicts on the tuning part of the corpus.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.generator.entities import coarse_place
from quiz.generator.lang import en

if TYPE_CHECKING:
    from quiz.generator.distractors import Pool
    from quiz.generator.document import Document
    from quiz.generator.pipeline import _Candidate

WEIGHTS = Path(__file__).with_name("ranking_weights.json")
HISTORY_SHARE = 0.3  # a text with a year in this share of its sentences is a history
CITATIONS = 3  # a text citing this often ("[12]", "et al.") is an academic paper
SECOND_PERSON = 3  # a text saying "you" this often is a guide
YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
THRESHOLD = 0.2
KINDS = (
    "year",
    "decade",
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
    return any(t.lower in en.REPORTING_VERBS for t in before)


def _about_the_topic(candidate: _Candidate, document: Document) -> bool:
    """The key is the person the whole text is about: 'Who ...?' gives itself away."""
    person = document.topic.person
    return bool(person) and candidate.key.split()[-1] == person.split()[-1]


def _anchors(candidate: _Candidate) -> int:
    """Names, years and dates in the stem besides the key: what tells the student which fact
    is meant."""
    key = range(candidate.answer.phrase[0], candidate.answer.phrase[1])
    return sum(
        1
        for i, t in enumerate(candidate.statement.tokens)
        if i not in key and (t.tag in {"NNP", "NNPS"} or YEAR.fullmatch(t.text))
    )


def _definites(candidate: _Candidate) -> int:
    """Phrases 'the NOUN' the stem keeps (the context stage let them pass, but some still
    lean on the text: 'the harbor', 'the large pro-democracy movement')."""
    tokens = candidate.statement.tokens
    return sum(
        t.lower == "the" and i + 1 < len(tokens) and tokens[i + 1].tag in {"NN", "NNS", "JJ"}
        for i, t in enumerate(tokens)
    )


def _named_subject(candidate: _Candidate) -> bool:
    """The statement's subject holds a name (or is the key): 'Athens hosted ...', not 'A runway
    was built ...'."""
    clause = candidate.statement.clause
    if clause is None:
        return False
    start, end = clause.subject
    inside_key = start <= candidate.answer.start < end
    names = any(t.tag in {"NNP", "NNPS"} for t in candidate.statement.tokens[start:end])
    return inside_key or names


def _key_mentions(candidate: _Candidate, document: Document) -> int:
    """How often the text writes the key: a fact about its main subject is worth asking."""
    return document.mentions(candidate.answer.text)


def features(
    candidate: _Candidate,
    pool: Pool,
    document: Document,
    choices: int,
    text_kind: dict[str, float],
) -> dict[str, float]:
    """The candidate's features, by name (see the module docstring); *text_kind* holds the
    document's own (:func:`document_features`, computed once per text)."""
    tokens = candidate.statement.tokens
    words = len(candidate.stem.text.split())
    sentences = len(document.sentences)
    verbs = [t.tag for t in tokens if t.tag in {"VBD", "VBZ", "VBP", "MD"}]
    subtype = coarse_place(candidate.answer.group) if candidate.answer.kind == "place" else ""
    made_up = not pool.ordered or candidate.answer.kind == "date"  # a date's other months too
    found = {f"kind={kind}": float(candidate.answer.kind == kind) for kind in KINDS}
    found |= {
        "wh": float(candidate.stem.wh),
        "stem words over 22": max(0.0, words - 22.0) / 10,
        "stem words under 10": max(0.0, 10.0 - words) / 10,
        "anchors": min(_anchors(candidate), 6) / 6,
        "year in stem": float(any(YEAR.fullmatch(t.text) for t in tokens)),
        "resolved pronoun": float(candidate.sentence.resolved),
        "appositive": float(candidate.statement.origin == "appositive"),
        "outside distractors": float(made_up and pool.from_document < choices - 1),
        "reported claim": float(_reported(candidate)),
        "position": candidate.sentence.number / max(1, sentences),
        "first paragraph": float(candidate.sentence.source.paragraph == 0),
        "key is the topic": float(_about_the_topic(candidate, document)),
        "key mentions": math.log1p(_key_mentions(candidate, document)),
        "country key": float(subtype == "country"),
        "city key": float(subtype == "city"),
        "present tense": float(bool(verbs) and verbs[0] in {"VBZ", "VBP"}),
        "definite phrases": min(_definites(candidate), 3) / 3,
        "named subject": float(_named_subject(candidate)),
    }
    found |= text_kind
    return found | interactions(found)


_CITATION = re.compile(r"\[\d+(?:[,\u2013-]\s*\d+)*\]|\bet al\.|\(\w+(?: & \w+)?,? \d{4}\)")


def document_features(document: Document) -> dict[str, float]:
    """What kind of text the candidate comes from: news is dated, history gives years, papers
    cite, travel guides speak to 'you'. A fact worth learning differs between them."""
    sentences = document.sentences or []
    with_year = sum(bool(YEAR.search(s.source.text)) for s in sentences)
    you = sum(t.lower in {"you", "your"} for s in sentences for t in s.tokens)
    return {
        "dated text": float(document.date is not None),
        "history text": float(with_year >= HISTORY_SHARE * max(1, len(sentences))),
        "cited text": float(len(_CITATION.findall(document.lowered)) >= CITATIONS),
        "second person text": float(you >= SECOND_PERSON),
    }


_NUMBERS = ("kind=count", "kind=money", "kind=percentage")


def interactions(found: dict[str, float]) -> dict[str, float]:
    """Products of features whose meeting says more than each alone: a count in a travel
    guide's present tense is a timetable; a year in a history text is a fact to learn."""
    number = max(found.get(k, 0.0) for k in _NUMBERS)
    return {
        "number in present tense": number * found.get("present tense", 0.0),
        "number in cited text": number * found.get("cited text", 0.0),
        "date in dated text": found.get("kind=date", 0.0) * found.get("dated text", 0.0),
        "year in history text": found.get("kind=year", 0.0) * found.get("history text", 0.0),
        "place in second person text": found.get("kind=place", 0.0)
        * found.get("second person text", 0.0),
    }


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
    if found.get("stem words over 22", 0) > 0.8:
        flags.append("long stem")
    return 1 / (1 + math.exp(-total)), flags
