"""Golden files: every format's export of the awkward set, byte for byte.

The files under tests/data/golden/ were read and checked by hand. After an intended change of
output, rewrite them with QUIZ_UPDATE_GOLDEN=1 and read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from question_sets import AWKWARD

from quiz.formats import FORMATS, qti

GOLDEN = Path(__file__).parent / "data" / "golden"
UPDATE = os.environ.get("QUIZ_UPDATE_GOLDEN") == "1"


def _check(path: Path, produced: bytes) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(produced)
    assert path.exists(), f"{path} is missing: run with QUIZ_UPDATE_GOLDEN=1 and review it"
    assert produced == path.read_bytes(), f"{path.name} differs from the golden file"


@pytest.mark.parametrize("name", [name for name, f in FORMATS.items() if not f.binary])
def test_text_formats_match_their_golden_files(name: str) -> None:
    chosen = FORMATS[name]
    produced = chosen.export(AWKWARD)
    assert isinstance(produced, str)
    _check(GOLDEN / f"awkward.{chosen.extension}", produced.encode("utf-8"))


def test_every_file_of_the_qti_package_matches_its_golden_file() -> None:
    documents = qti.documents(AWKWARD)
    assert len(documents) == 2 + len(AWKWARD.questions)
    for path, data in documents.items():
        _check(GOLDEN / "awkward-qti" / path, data)


def test_the_qti_zip_holds_exactly_those_files() -> None:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(qti.export(AWKWARD))) as package:
        assert package.testzip() is None
        assert {i.filename: package.read(i) for i in package.infolist()} == qti.documents(AWKWARD)


def test_exports_are_deterministic() -> None:
    for chosen in FORMATS.values():
        assert chosen.export(AWKWARD) == chosen.export(AWKWARD), chosen.name


def test_the_kahoot_sheet_matches_its_golden_rows() -> None:
    from quiz.formats import kahoot

    rows = kahoot.rows(AWKWARD)
    produced = "".join(
        "\t".join("" if cell is None else str(cell) for cell in row) + "\n" for row in rows
    )
    _check(GOLDEN / "awkward.kahoot.tsv", produced.encode("utf-8"))


def test_the_anki_package_s_notes_match_their_golden_file() -> None:
    from quiz.formats import apkg

    produced = "".join(f"{guid}\t{front}\t{back}\n" for guid, (front, back) in apkg.notes(AWKWARD))
    _check(GOLDEN / "awkward.apkg-notes.tsv", produced.encode("utf-8"))
