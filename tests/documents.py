"""Documents of every type the readers know, built from paragraphs with the clutter real files
carry (headers, footers, page numbers, tables, captions, menus): the input tests and the fuzz
seeds read them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian's fonts-dejavu-core


def docx(paragraphs: list[str]) -> bytes:
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


def odt(paragraphs: list[str]) -> bytes:
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


def pptx(paragraphs: list[str]) -> bytes:
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


def pdf(paragraphs: list[str]) -> bytes:
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


def html(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[1:])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(paragraphs[0])}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>'
        f"<main><article><h1>{escape(paragraphs[0])}</h1>{body}</article></main>"
        "<footer>Copyright 2026. Subscribe to our newsletter.</footer></body></html>"
    ).encode()


def epub(paragraphs: list[str]) -> bytes:
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


def markdown(paragraphs: list[str]) -> bytes:
    lines = [f"# {paragraphs[0]}", *paragraphs[1:], "```\ncode, not the text\n```"]
    return "\n\n".join(lines).encode()
