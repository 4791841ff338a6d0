"""PDF: the text pypdf extracts, page by page, with running headers and footers, page numbers
and line-end hyphenation taken out, and lines joined back into paragraphs."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from quiz import sources
from quiz.readers.office import paragraphs_text

logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file gets our one line, no more
PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d{1,4}(\s*(/|of)\s*\d{1,4})?\s*$", re.I)
SENTENCE_END = re.compile(r"[.!?:;\"\u201d\u2019)]$")  # closing quotes and brackets too


def text(data: bytes) -> str:
    """The running text of a PDF; SourceError for an encrypted one."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise sources.SourceError("is an encrypted PDF; save a copy without a password")
    pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
    repeated = _running_lines(pages)
    lines = []
    for page in pages:
        for line in page:
            stripped = " ".join(line.split())
            if stripped and stripped not in repeated and not PAGE_NUMBER.match(stripped):
                lines.append(stripped)
        lines.append("")  # a page break may end a paragraph; joining decides
    return paragraphs_text(_paragraphs(lines))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines on at least half of 3+ pages, first or last on them: headers and footers."""
    if len(pages) < 3:
        return set()
    edges = Counter(
        " ".join(line.split()) for page in pages for line in {*page[:2], *page[-2:]} if line.strip()
    )
    return {line for line, count in edges.items() if count >= len(pages) / 2}


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs: a line ending a sentence and shorter than most lines ends
    its paragraph; 'exam-' + 'ple' is 'example'."""
    widths = sorted(len(line) for line in lines if line)
    full = widths[int(len(widths) * 0.6)] if widths else 0
    paragraphs, current = [], ""
    for line in lines:
        if not line:
            continue
        if current.endswith("-") and line[:1].islower() and current[-2:-1].isalpha():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if SENTENCE_END.search(line) and len(line) < 0.85 * full:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
