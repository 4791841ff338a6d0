"""The shared reading corpus (``../shared/corpus``), split once into a tuning and a held-out part.

``python tools/corpus.py split`` drew the split (seed ``SPLIT_SEED``, 40% of each folder held out,
rounded up) and wrote ``tools/corpus_split.json``; it refuses to draw again over an existing file.
Everything else reads that file: tune on ``documents("tuning")``, report on
``documents("held-out")``. The texts are read in place and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SPLIT_FILE = ROOT / "tools" / "corpus_split.json"
SPLIT_SEED = 20261126
HELD_OUT_SHARE = 0.4
# Folder -> genre as the issue names them; the world-history pages are textbook text.
GENRES = {
    "news": "news",
    "textbook": "textbook",
    "textbook-world-history": "textbook",
    "bio": "biography",
    "voyage": "travel",
    "academic": "academic",
}


@dataclass(frozen=True)
class Document:
    """One corpus text: its path relative to the corpus, genre, and text."""

    path: str
    genre: str

    def text(self) -> str:
        """The document's text, read in place."""
        return (CORPUS / self.path).read_text(encoding="utf-8")


def _draw() -> dict[str, list[str]]:
    """Per folder, a random 40% (rounded up) held out; the rest for tuning."""
    split: dict[str, list[str]] = {"tuning": [], "held-out": []}
    for folder in sorted(GENRES):
        paths = sorted(f"{folder}/{p.name}" for p in (CORPUS / folder).glob("*.txt"))
        rng = random.Random(f"{SPLIT_SEED}:{folder}")
        held = set(rng.sample(paths, math.ceil(HELD_OUT_SHARE * len(paths))))
        split["held-out"].extend(p for p in paths if p in held)
        split["tuning"].extend(p for p in paths if p not in held)
    return split


def documents(part: str) -> list[Document]:
    """The documents of one part of the split: "tuning" or "held-out"."""
    recorded = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    return [Document(path, GENRES[path.split("/")[0]]) for path in recorded[part]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["split", "show"])
    arguments = parser.parse_args()
    if arguments.command == "split":
        if SPLIT_FILE.exists():
            raise SystemExit(f"{SPLIT_FILE} exists: the split is drawn once")
        split = _draw()
        record = {"seed": SPLIT_SEED, "held_out_share": HELD_OUT_SHARE, **split}
        SPLIT_FILE.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    for part in ("tuning", "held-out"):
        found = documents(part)
        by_genre: dict[str, int] = {}
        for document in found:
            by_genre[document.genre] = by_genre.get(document.genre, 0) + 1
        print(part, len(found), dict(sorted(by_genre.items())))


if __name__ == "__main__":
    main()
