"""Reading files: extraction time per MB of text for each input type, beside the generator's
time on the same text, in one run.

The same ~300 KB of Wikipedia text (benchmarks/data/) is written as .txt (Windows-1252, so the
encoding is guessed), .docx, .odt, .pptx, .pdf, .html, .md and .epub with the builders of the
input tests, then read back with ``quiz.readers.read``; medians of 3 rounds. Reported: seconds
per MB of extracted text, and the ratio to ``generate()`` on that text (the baseline).

Run: ``make benchmark-inputs`` or ``python benchmarks/inputs.py``.
"""

from __future__ import annotations

import gzip
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_readers import BUILDERS  # noqa: E402  (the input tests' file builders)

from quiz import readers  # noqa: E402
from quiz.generator import generate  # noqa: E402

SIZE = 300_000
ROUNDS = 3


def _paragraphs() -> list[str]:
    text = gzip.decompress((ROOT / "benchmarks" / "data" / "wikipedia-2016.txt.gz").read_bytes())
    paragraphs, size = [], 0
    for line in text.decode("utf-8").splitlines():
        words = " ".join(line.split())
        if not words:
            continue
        size += len(words.encode("utf-8"))
        if size > SIZE:
            break
        paragraphs.append(words)
    return paragraphs


def _median_seconds(work) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    paragraphs = _paragraphs()
    text = "\n\n".join(paragraphs)
    megabytes = len(text.encode("utf-8")) / 1_000_000
    baseline = _median_seconds(lambda: generate(text)) / megabytes
    files = {"notes.txt": text.encode("cp1252", errors="replace")}
    files |= {name: build(paragraphs) for name, build in BUILDERS.items()}
    print(f"{megabytes:.2f} MB of text; generate(): {baseline:.2f} s/MB (the baseline)")
    print(f"{'file':<14}{'file MB':>9}{'s per MB':>10}{'/ generate':>12}")
    for name, data in files.items():
        seconds = _median_seconds(lambda data=data, name=name: readers.read(data, name))
        per_mb = seconds / megabytes
        print(f"{name:<14}{len(data) / 1e6:>9.2f}{per_mb:>10.3f}{per_mb / baseline:>12.3f}")


if __name__ == "__main__":
    main()
