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
    """The running text of a PDF; SourceError for an encrypted one. pypdf's layout mode keeps
    the blank space between paragraphs, which is where they are split."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise sources.SourceError("is an encrypted PDF; save a copy without a password")
    pages = [
        [
            " ".join(line.split())
            for line in (page.extract_text(extraction_mode="layout") or "").splitlines()
        ]
        for page in reader.pages
    ]
    repeated = _running_lines(pages)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for page in pages:
        body = [line for line in page if line not in repeated and not PAGE_NUMBER.match(line)]
        while body and not body[-1]:  # the space above a footer ends no paragraph
            body.pop()
        for line in body:
            if line:
                current.append(line)
            elif current:
                paragraphs.append(current)
                current = []
        if current and SENTENCE_END.search(current[-1]):  # else it goes on over the page
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs_text([_joined(lines) for lines in paragraphs])


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines among the first or last two of at least half the pages, and of two or more:
    running headers and footers (a one-page document keeps its own)."""
    if len(pages) < 2:
        return set()
    edges = Counter(
        line
        for page in pages
        for line in {*[x for x in page if x][:2], *[x for x in page if x][-2:]}
    )
    return {line for line, count in edges.items() if count >= max(2, len(pages) / 2)}


def _joined(lines: list[str]) -> str:
    """A paragraph's lines as one: 'exam-' + 'ple' is 'example'."""
    joined = ""
    for line in lines:
        if joined.endswith("-") and line[:1].islower() and joined[-2:-1].isalpha():
            joined = joined[:-1] + line
        else:
            joined = f"{joined} {line}" if joined else line
    return joined
