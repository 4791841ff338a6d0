"""Generation throughput and memory, against the floor of any NLTK pipeline, in one run.

Over the same >= 1 MB of text (benchmarks/data/wikipedia-2016.txt.gz), this measures

* the floor: NLTK sentence splitting + word tokenizing + POS tagging, nothing else;
* ``quiz.generator.generate`` end to end;
* ``quiz generate seeds/`` as a user runs it, interpreter start included;

each in a fresh process (so peak RSS is that task's own), alternating, repeated, and reports
medians and the ratio to the floor. Run: ``make benchmark`` or ``python benchmarks/generation.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "data" / "wikipedia-2016.txt.gz"

# Each task prints {"seconds": ..., "sentences": ...}; RSS comes from the child's rusage.
FLOOR = """
import gzip, json, sys, time
import nltk
from quiz.generator import resources
resources.use_data_dir()
tagger = resources.tagger()
splitter = resources.sentence_splitter()
text = gzip.open(sys.argv[1], "rt", encoding="utf-8").read()
start = time.perf_counter()
sentences = [s for line in text.splitlines() if line.strip() for s in splitter.tokenize(line)]
for sentence in sentences:
    tagger.tag(nltk.word_tokenize(sentence, preserve_line=True))
print(json.dumps({"seconds": time.perf_counter() - start, "sentences": len(sentences)}))
"""
GENERATE = """
import gzip, json, sys, time
from quiz.generator import generate, resources, text as stage
resources.tagger(), resources.sentence_splitter()
text = gzip.open(sys.argv[1], "rt", encoding="utf-8").read()
start = time.perf_counter()
questions = generate(text)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "sentences": len(stage.sentences(text)[0]),
                  "questions": len(questions)}))
"""


def _child(script: str) -> tuple[dict, float]:
    """Run *script* in a fresh interpreter; its JSON result and its peak RSS in MB."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(CORPUS)], stdout=subprocess.PIPE, text=True
    )
    _pid, status, usage = _wait(process)
    if status != 0:
        raise SystemExit(f"benchmark task failed with status {status}")
    return json.loads(process.stdout.read()), usage.ru_maxrss / 1024


def _wait(process: subprocess.Popen) -> tuple[int, int, object]:
    import os

    pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return pid, process.returncode, usage


def _cli_seconds() -> float:
    quiz = shutil.which("quiz", path=str(Path(sys.executable).parent)) or "quiz"
    start = time.perf_counter()
    subprocess.run([quiz, "generate", str(ROOT / "seeds")], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description="generation benchmark")
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    with gzip.open(CORPUS, "rb") as corpus:
        size = len(corpus.read())
    floors, runs, cli = [], [], []
    for _ in range(rounds):  # alternate, so a slow spell of the machine hits both alike
        floors.append(_child(FLOOR))
        runs.append(_child(GENERATE))
        cli.append(_cli_seconds())
    floor_s = statistics.median(r["seconds"] for r, _ in floors)
    run_s = statistics.median(r["seconds"] for r, _ in runs)
    sentences = runs[0][0]["sentences"]
    print(f"corpus: {size / 1e6:.2f} MB, {sentences} sentences, {rounds} rounds (medians)")
    print(f"{'task':44} {'seconds':>8} {'sent/s':>8} {'peak MB':>8} {'ratio':>6}")
    rows = [
        ("NLTK floor: split + word_tokenize + pos_tag", floor_s, max(m for _, m in floors), 1.0),
        ("quiz generate() end to end", run_s, max(m for _, m in runs), run_s / floor_s),
    ]
    for name, seconds, peak, ratio in rows:
        print(f"{name:44} {seconds:8.2f} {sentences / seconds:8.0f} {peak:8.0f} {ratio:6.2f}")
    print(f"questions generated: {runs[0][0]['questions']}")
    print(
        f"`quiz generate seeds/` wall time, interpreter start included: "
        f"{statistics.median(cli):.2f} s (targets: ratio <= 2, peak <= 300 MB, CLI <= 1.5 s)"
    )


if __name__ == "__main__":
    main()
