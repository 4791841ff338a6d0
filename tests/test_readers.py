"""Inputs: files built from real texts of ../shared/corpus in every type the readers know, with
the clutter real documents carry (headers, footers, page numbers, tables, captions, menus).
The extracted text keeps at least 98% of the source's words in order, and gives the same
questions as the .txt."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import documents
import pytest

from quiz import readers, sources
from quiz.generator import generate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TEXTS = ["textbook/textbook_alamo.txt", "bio/bio_hadid.txt", "news/news_crane.txt"]


def _paragraphs(path: str) -> list[str]:
    if not (CORPUS / path).exists():
        pytest.skip(f"{CORPUS / path} is missing (CI has ../shared beside the clone)")
    text = (CORPUS / path).read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


BUILDERS = {
    "report.docx": documents.docx,
    "report.odt": documents.odt,
    "slides.pptx": documents.pptx,
    "printed.pdf": documents.pdf,
    "saved.html": documents.html,
    "book.epub": documents.epub,
    "notes.md": documents.markdown,
}


def _kept_in_order(source: str, extracted: str) -> float:
    """The share of the source's words found, in order, in the extracted text."""
    theirs, ours = source.split(), extracted.split()
    matcher = difflib.SequenceMatcher(None, theirs, ours, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(theirs)


@pytest.mark.parametrize("path", TEXTS)
@pytest.mark.parametrize("file_name", list(BUILDERS))
def test_each_file_type_keeps_the_text_and_gives_the_same_questions(
    path: str, file_name: str
) -> None:
    paragraphs = _paragraphs(path)
    source = "\n\n".join(paragraphs)
    extracted = readers.read(BUILDERS[file_name](paragraphs), file_name)
    assert _kept_in_order(source, extracted) >= 0.98
    assert "not the text" not in extracted  # headers, footers, tables, captions, code, menus
    assert "Subscribe" not in extracted and "About us" not in extracted
    expected = [(q.stem, q.answer) for q in generate(source, n=8)]
    assert [(q.stem, q.answer) for q in generate(extracted, n=8)] == expected


def test_the_content_tells_the_type_not_the_name() -> None:
    paragraphs = _paragraphs(TEXTS[0])
    pdf = documents.pdf(paragraphs)
    assert readers.read(pdf, "renamed.txt") == readers.read(pdf, "printed.pdf")
    docx = documents.docx(paragraphs)
    assert readers.read(docx, "report.pdf") == readers.read(docx, "report.docx")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        (
            "cp1252",
            "Le café où José a dîné coûte 12 € ; c\u2019est à Paris, près de l\u2019église.",
        ),
        ("latin-1", "Der Bürgermeister von Köln eröffnete die Brücke über den Fluß."),
        ("utf-16", "Zürich liegt am Zürichsee und hat über 400.000 Einwohner."),
    ],
)
def test_text_in_common_encodings_is_read(encoding: str, text: str) -> None:
    assert readers.read((text * 3).encode(encoding), "notes.txt") == text * 3


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "A secret text.")
    return bytes(pdf.output())


def _scanned_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a picture, no text
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (_encrypted_pdf, "locked.pdf", "locked.pdf is an encrypted PDF"),
        (_scanned_pdf, "scan.pdf", "scan.pdf holds no text (a scanned PDF"),
        (lambda: b"%PDF-1.7\n1 0 obj broken", "torn.pdf", "torn.pdf looks like a PDF file but"),
        (lambda: b"PK\x03\x04" + b"\x00" * 40, "torn.docx", "torn.docx is a zip file that is no"),
        (
            lambda: b"%PDF-" + b"x" * 4_000_000,
            "huge.pdf",
            "huge.pdf is 4,000,005 bytes; a document file may be at most 4 MB",
        ),
        (lambda: b"x" * 1_000_001, "huge.txt", "huge.txt is 1,000,001 bytes; a text file may be"),
        (lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00", "photo.png", "photo.png is a binary file"),
    ],
)
def test_unreadable_files_get_one_clear_line(data, name: str, message: str) -> None:
    with pytest.raises(sources.SourceError) as refused:
        readers.read(data(), name)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_file_read_only_in_part_is_told_as_more_than_its_limit() -> None:
    told = sources.too_big("huge.txt", None, sources.MAX_BYTES, "a text file")
    assert (
        str(told) == "huge.txt is more than 1 MB; a text file may be at most 1 MB (1,000,000 bytes)"
    )
