"""Word (.docx), OpenDocument (.odt) and PowerPoint (.pptx): their paragraphs of running text,
without tables, headers, footers, captions or tables of contents."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

SKIPPED_STYLES = ("caption", "header", "footer", "toc", "table")
ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
ODF_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"


def paragraphs_text(paragraphs: list[str]) -> str:
    """Paragraphs as text: one per block, a blank line between, inner whitespace single."""
    kept = [" ".join(p.split()) for p in paragraphs]
    return "\n\n".join(p for p in kept if p)


def docx_text(data: bytes) -> str:
    """The body paragraphs of a Word file (python-docx reads the body only: headers and
    footers stay out, and tables are not paragraphs of the body)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    return paragraphs_text(
        [
            p.text
            for p in document.paragraphs
            # the paragraph's style id, read from its XML: resolving each style cost 25x more
            if not (p._p.style or "").lower().startswith(SKIPPED_STYLES)
        ]
    )


def odt_text(data: bytes) -> str:
    """The paragraphs and headings of an OpenDocument text, outside tables and frames
    (captions, text boxes) and the table of contents."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(
            archive.read("content.xml"), etree.XMLParser(resolve_entities=False)
        )
    found = []
    for element in root.iter(f"{{{ODF_TEXT}}}p", f"{{{ODF_TEXT}}}h"):
        outside = (
            f"{{{ODF_TABLE}}}table",
            f"{{{ODF_DRAW}}}frame",
            f"{{{ODF_TEXT}}}table-of-content",
            f"{{{ODF_TEXT}}}note",
        )
        if any(ancestor.tag in outside for ancestor in element.iterancestors()):
            continue
        found.append("".join(_odf_text(element)))
    return paragraphs_text(found)


def _odf_text(element: etree._Element):
    """An ODF paragraph's text, its spaces, tabs and line breaks as single spaces."""
    if element.text:
        yield element.text
    for child in element:
        if child.tag in (f"{{{ODF_TEXT}}}s", f"{{{ODF_TEXT}}}tab", f"{{{ODF_TEXT}}}line-break"):
            yield " "
        elif child.tag != f"{{{ODF_TEXT}}}note":
            yield from _odf_text(child)
        if child.tail:
            yield child.tail


def pptx_text(data: bytes) -> str:
    """The text of each slide's text boxes, slide by slide; one paragraph per bullet (tables,
    charts and speaker notes are left out)."""
    from pptx import Presentation

    found = []
    for slide in Presentation(io.BytesIO(data)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                found.extend(p.text for p in shape.text_frame.paragraphs)
    return paragraphs_text(found)
