"""Inputs: files built from real texts of ../shared/corpus in every type the readers know, with
the clutter real documents carry (headers, footers, page numbers, tables, captions, menus).
The extracted text keeps at least 98% of the source's words in order, and gives the same
questions as the .txt."""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from quiz import readers, sources
from quiz.generator import generate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TEXTS = ["textbook/textbook_alamo.txt", "bio/bio_hadid.txt", "news/news_crane.txt"]
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian's fonts-dejavu-core


def _paragraphs(path: str) -> list[str]:
    if not (CORPUS / path).exists():
        pytest.skip(f"{CORPUS / path} is missing (CI has ../shared beside the clone)")
    text = (CORPUS / path).read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Running header: not the text"
    section.footer.paragraphs[0].text = "Page footer: not the text"
    document.add_heading(paragraphs[0], level=1)
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Table cell", "not the text"
    document.add_paragraph("Figure 1: a caption, not the text", style="Caption")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _odt(paragraphs: list[str]) -> bytes:
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    table = (
        '<table:table table:name="T"><table:table-row><table:table-cell>'
        "<text:p>Table cell, not the text</text:p></table:table-cell></table:table-row>"
        "</table:table>"
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}{table}</office:text></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return out.getvalue()


def _pptx(paragraphs: list[str]) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    for paragraph in paragraphs:
        slide = presentation.slides.add_slide(presentation.slide_layouts[6])  # blank
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6))
        box.text_frame.text = paragraph
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


def _pdf(paragraphs: list[str]) -> bytes:
    from fpdf import FPDF

    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (apt-get install fonts-dejavu-core)")

    class Document(FPDF):
        def header(self) -> None:
            self.set_font("body", size=8)
            self.cell(0, 6, "A running header, not the text", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("body", size=8)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Document(format=(105, 148))  # A6: a few pages, so that running headers show
    pdf.add_font("body", fname=str(FONT))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("body", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    assert pdf.page_no() >= 2
    return bytes(pdf.output())


def _html(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[1:])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(paragraphs[0])}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>'
        f"<main><article><h1>{escape(paragraphs[0])}</h1>{body}</article></main>"
        "<footer>Copyright 2026. Subscribe to our newsletter.</footer></body></html>"
    ).encode()


def _epub(paragraphs: list[str]) -> bytes:
    chapter = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>c</title></head><body>"
        f"<h1>{escape(paragraphs[0])}</h1>"
        + "".join(f"<p>{escape(p)}</p>" for p in paragraphs[1:])
        + "</body></html>"
    )
    package = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<manifest><item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/>'
        '</manifest><spine><itemref idref="c1"/></spine></package>'
    )
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        '<rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", container)
        archive.writestr("OEBPS/book.opf", package)
        archive.writestr("OEBPS/chapter.xhtml", chapter)
    return out.getvalue()


def _markdown(paragraphs: list[str]) -> bytes:
    lines = [f"# {paragraphs[0]}", *paragraphs[1:], "```\ncode, not the text\n```"]
    return "\n\n".join(lines).encode()


BUILDERS = {
    "report.docx": _docx,
    "report.odt": _odt,
    "slides.pptx": _pptx,
    "printed.pdf": _pdf,
    "saved.html": _html,
    "book.epub": _epub,
    "notes.md": _markdown,
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
    pdf = _pdf(paragraphs)
    assert readers.read(pdf, "renamed.txt") == readers.read(pdf, "printed.pdf")
    docx = _docx(paragraphs)
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
        (lambda: b"x" * 4_000_001, "huge.pdf", "huge.pdf is 4,000,001 bytes; the limit"),
        (lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00", "photo.png", "photo.png is a binary file"),
    ],
)
def test_unreadable_files_get_one_clear_line(data, name: str, message: str) -> None:
    with pytest.raises(sources.SourceError) as refused:
        readers.read(data(), name)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)
