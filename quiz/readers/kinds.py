"""Telling a file's type from its first bytes (and, inside a zip, its parts), and the reader of
each type."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from quiz import sources
from quiz.readers import markup, office, pdf

TEXT, ARCHIVE, PDF, DOCX, ODT, PPTX, EPUB, HTML, MARKDOWN = (
    "text",
    "archive",
    "pdf",
    "docx",
    "odt",
    "pptx",
    "epub",
    "html",
    "markdown",
)
LABELS = {
    ARCHIVE: "zip",
    PDF: "PDF",
    DOCX: "Word",
    ODT: "OpenDocument",
    PPTX: "PowerPoint",
    EPUB: "EPUB",
    HTML: "web page",
    MARKDOWN: "Markdown",
}
EMPTY_HINTS = {PDF: " (a scanned PDF has only pictures of text: run it through OCR first)"}


def _unknown_archive(_data: bytes) -> str:
    raise sources.SourceError(
        "is a zip file that is no Word, OpenDocument, PowerPoint or EPUB file the site can read"
    )


READERS: dict[str, Callable[[bytes], str]] = {
    ARCHIVE: _unknown_archive,
    PDF: pdf.text,
    DOCX: office.docx_text,
    ODT: office.odt_text,
    PPTX: office.pptx_text,
    EPUB: markup.epub_text,
    HTML: markup.html_text,
    MARKDOWN: markup.markdown_text,
}
ZIPPED = (DOCX, ODT, PPTX, EPUB)
_ZIP_PARTS = {"word/document.xml": DOCX, "ppt/presentation.xml": PPTX}
_ZIP_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": ODT,
    b"application/epub+zip": EPUB,
}


def sniff(data: bytes, name: str) -> str:
    """The file's type: from its content first, then its name (Markdown has no signature)."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data) or ARCHIVE
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or name.lower().endswith((".html", ".htm")):
        return HTML
    if name.lower().endswith((".md", ".markdown")):
        return MARKDOWN
    return TEXT


MIMETYPE_BYTES = 100  # an OpenDocument or EPUB mimetype is one short line


def _zip_kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as mimetype:  # a few bytes, whatever it claims
                    return _ZIP_MIMETYPES.get(mimetype.read(MIMETYPE_BYTES).strip())
            return next((kind for part, kind in _ZIP_PARTS.items() if part in names), None)
    except Exception:  # a damaged zip: BadZipFile, but also ValueError, EOFError, zlib.error...
        return None


MAX_UNZIPPED_BYTES = 50_000_000  # a document's parts unpacked: far more than a 4 MB file's XML


def check_unzipped_size(data: bytes) -> None:
    """SourceError for a zip file whose parts unpack to more than MAX_UNZIPPED_BYTES (a zip
    bomb); zipfile never unpacks a part past the size its directory declares."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        size = sum(info.file_size for info in archive.infolist())
    if size > MAX_UNZIPPED_BYTES:
        raise sources.SourceError(
            f"unpacks to {size:,} bytes; the limit is {MAX_UNZIPPED_BYTES:,} bytes"
        )
