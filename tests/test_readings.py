"""The blind readings in docs/readings/ train the ranker (tools/train_ranker.py): each
verdict must read as the reader meant it."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
READINGS = ROOT / "docs" / "readings"


@pytest.fixture(scope="module")
def trainer():
    sys.path.insert(0, str(ROOT / "tools"))  # the trainer imports its neighbour corpus.py
    try:
        yield importlib.import_module("train_ranker")
    finally:
        sys.path.remove(str(ROOT / "tools"))


def test_both_spellings_of_a_verdict_count_and_others_are_refused(trainer) -> None:
    assert trainer.strict("yes") and trainer.strict("1") and trainer.strict(" Yes ")
    assert not trainer.strict("no") and not trainer.strict("0")
    with pytest.raises(ValueError, match="unknown strict verdict"):
        trainer.strict("maybe")


def test_every_recorded_verdict_reads(trainer) -> None:
    """t13-t16 wrote 1 and 0 where earlier readers wrote yes and no; the trainer had read
    every 1 as a rejection."""
    files = sorted(READINGS.glob("*/verdicts.tsv"))
    assert files
    for path in files:
        with path.open(encoding="utf-8") as lines:
            for row in csv.DictReader(lines, delimiter="\t"):
                trainer.strict(row["strict"])  # raises on a spelling it cannot read
