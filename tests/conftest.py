"""Shared fixtures: the offline NLP data, the seed article and its questions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quiz.generator import Question, generate, resources

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "bbc-2022-02-04-ukraine.txt"
DEVSET = ROOT / "tests" / "data" / "devset"


@pytest.fixture(scope="session", autouse=True)
def nlp_data() -> None:
    """Build whatever NLP data is missing (a no-op after `quiz setup-data`)."""
    resources.build_all(log=lambda _message: None)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_questions(seed_text: str) -> list[Question]:
    return generate(seed_text, document=SEED.name)


@pytest.fixture(scope="session")
def devset() -> Callable[[str], str]:
    """Reads a document of the development set (real Wikipedia text) by file name."""
    return lambda name: (DEVSET / name).read_text(encoding="utf-8")
