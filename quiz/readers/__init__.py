"""Texts from the files teachers have: plain text in any common encoding, Word, OpenDocument,
PowerPoint, PDF, web pages, Markdown and EPUB. The type is told from the content, not only the
name (a PDF renamed .txt is read as a PDF). Each reader keeps paragraphs (blank lines between)
and drops what is not running text: headers, footers, page numbers, tables, captions, markup.

``read(data, name)`` returns the text or raises ``sources.SourceError`` with one clear line.
"""

from __future__ import annotations

from quiz import sources
from quiz.readers import kinds

MAX_FILE_BYTES = 4_000_000  # a document file; its text is held to sources.MAX_BYTES


def size_limit(kind: str) -> tuple[int, str]:
    """The most bytes a file of *kind* may hold, and what the limit is of in a message: a
    plain-text file is its text, held to sources.MAX_BYTES; a document may be MAX_FILE_BYTES."""
    if kind == kinds.TEXT:
        return sources.MAX_BYTES, "a text file"
    return MAX_FILE_BYTES, "a document file"


def check_size(data: bytes, name: str, kind: str, size: int | None) -> None:
    """SourceError for a file over the limit of its *kind*. *size* is the whole file's size,
    None if unknown (*data* being only the first part read of a bigger file)."""
    limit, what = size_limit(kind)
    if len(data) > limit:
        raise sources.too_big(name, size, limit, what)


def read(data: bytes, name: str) -> str:
    """The running text of the file *data* named *name*."""
    kind = kinds.sniff(data, name)
    check_size(data, name, kind, len(data))
    if kind == kinds.TEXT:
        return sources.decode(data, name, guess_encoding=True)
    try:
        if kind in kinds.ZIPPED:
            kinds.check_unzipped_size(data)
        text = kinds.READERS[kind](data)
    except sources.SourceError as error:
        raise sources.SourceError(f"{name} {error}") from None
    except Exception:  # a damaged file: the libraries raise all sorts
        raise sources.SourceError(
            f"{name} looks like a {kinds.LABELS[kind]} file but cannot be read; it may be damaged"
        ) from None
    size = len(text.encode("utf-8"))
    if size > sources.MAX_BYTES:
        raise sources.SourceError(
            f"the text of {name} is {size:,} bytes; the limit is {sources.MAX_BYTES:,} bytes"
        )
    if not text.strip():
        raise sources.SourceError(f"{name} holds no text" + kinds.EMPTY_HINTS.get(kind, ""))
    return text
