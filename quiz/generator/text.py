"""Stage 1: clean a document, find its date, split it into sentences with their offsets.

Cleaning normalises Unicode (curly quotes, dashes, odd spaces) while remembering where every
cleaned character came from, so a sentence can always be traced back to the text the user gave.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from quiz.generator import resources
from quiz.generator.lang import en, en_names

_REPLACEMENTS = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"),
    **dict.fromkeys("\u2014\u2015", "--"),
    **dict.fromkeys(
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000\t\f\v",
        " ",
    ),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
    "\u2026": "...",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
}
# Characters that need more than a table lookup: anything outside printable ASCII.
_SPECIAL = re.compile(r"[^\x20-\x7e\n]")


@dataclass(frozen=True, slots=True)
class CleanText:
    """Normalised text and the map from its offsets back to the original text."""

    text: str
    _clean_starts: tuple[int, ...]  # where each changed stretch starts in `text`
    _original_starts: tuple[int, ...]  # and where it came from in the original

    def original_offset(self, offset: int) -> int:
        """The offset in the original text that cleaned offset *offset* comes from."""
        index = bisect.bisect_right(self._clean_starts, offset) - 1
        if index < 0:
            return offset
        return self._original_starts[index] + (offset - self._clean_starts[index])


def _replacement(char: str) -> str:
    if char in _REPLACEMENTS:
        return _REPLACEMENTS[char]
    category = unicodedata.category(char)
    if category in {"Cc", "Cf", "Cs", "Co", "Cn"}:
        return " " if category == "Cc" else ""
    if category == "Zs":
        return " "
    return unicodedata.normalize("NFKC", char)


def clean(text: str) -> CleanText:
    """Normalise quotes, dashes, spaces and compatibility characters, keeping an offset map."""
    parts: list[str] = []
    clean_starts: list[int] = []
    original_starts: list[int] = []
    position = length = 0
    for match in _SPECIAL.finditer(text):
        start = match.start()
        parts.append(text[position:start])
        length += start - position
        replacement = _replacement(match.group())
        if text[start] == "\r" and text[start + 1 : start + 2] == "\n":
            replacement = ""
        parts.append(replacement)
        # Characters of the replacement map to the replaced character; what follows maps 1:1.
        clean_starts.extend((length, length + len(replacement)))
        original_starts.extend((start, start + 1))
        length += len(replacement)
        position = start + 1
    parts.append(text[position:])
    cleaned = "".join(parts)
    return CleanText(cleaned, tuple(clean_starts), tuple(original_starts))


_MONTH_PATTERN = "|".join(en.MONTHS)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) ({_MONTH_PATTERN}),? (\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_PATTERN}) (\d{{1,2}}),? (\d{{4}})\b")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$")
PROSE_WORDS = 25  # a line without a final stop this long is a paragraph, not a heading


def _date_in(line: str) -> dt.date | None:
    try:
        if match := _ISO_DATE.search(line):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_MONTH_YEAR.search(line):
            return dt.date(int(match[3]), en.MONTHS.index(match[2]) + 1, int(match[1]))
        if match := _MONTH_DAY_YEAR.search(line):
            return dt.date(int(match[3]), en.MONTHS.index(match[1]) + 1, int(match[2]))
    except ValueError:
        return None
    return None


def is_metadata(line: str) -> bool:
    """True for lines that are not prose: date headers, photo credits, bylines, headings."""
    stripped = line.strip()
    if not stripped:
        return True
    if (
        en.DATE_HEADER.match(stripped)
        or en.CREDIT_LINE.match(stripped)
        or en.BYLINE.match(stripped)
    ):
        return True
    if stripped[0] in "([" and stripped[-1] in ")]":
        return True  # a caption or credit in brackets
    # A heading or caption: short and without sentence-final punctuation. A long line without
    # a final stop is prose whose last full stop was lost (an article pasted as one line).
    return not _SENTENCE_END.search(stripped) and len(stripped.split()) < PROSE_WORDS


def document_date(text: str, *, header_lines: int = 5) -> dt.date | None:
    """The document's own date, from a date header or dateline near the top, if it gives one."""
    lines = [line for line in text.splitlines() if line.strip()][:header_lines]
    for line in lines:
        if line.split()[0].lower().rstrip(":") in en.EVENT_LABELS:
            continue  # an infobox's "Born 23 January 1928 Paris, France" dates a life, not the text
        if en.DATE_HEADER.match(line) or (len(line.split()) <= 8 and is_metadata(line)):
            found = _date_in(line)
            if found:
                return found
    return None


TITLE_WORDS = 5


def heading(text: str) -> str | None:
    """The text's first line when it is a heading ('31.4 The Iranian Revolution of 1979',
    'Daniel Bernoulli'), not a sentence, a long headline or a date."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    words = first.split()
    if not words or len(words) > HEADING_WORDS or not is_metadata(first) or _date_in(first):
        return None
    return first


HEADING_WORDS = 12


def title_name(first: str | None) -> str | None:
    """The name a text's heading (:func:`heading`) is, if it is one: 'The Chatham Islands',
    'Daniel Bernoulli'; not a headline, a date or a section heading ('Early life')."""
    words = (first or "").split()
    if not words or len(words) > TITLE_WORDS:
        return None
    lowered = {"the", "of", "and"} | en_names.SURNAME_PARTICLES  # 'Torres del Paine'
    named = [w for w in words if w.lower() not in lowered]
    return first if named and all(w[:1].isupper() for w in named) else None


def is_guide(text: str) -> bool:
    """Whether *text* is a travel guide: it has travel guides' own section headings ('Get
    in', 'Sleep'), each a line of its own."""
    found = sum(line.strip().lower() in en.GUIDE_HEADINGS for line in text.splitlines())
    return found >= en.GUIDE_HEADING_COUNT


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of cleaned text, where it lies in the original, and its paragraph."""

    text: str
    start: int  # offsets in the original document
    end: int
    paragraph: int


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when lines were broken at a fixed width (most lines nearly as long as the longest)."""
    lengths = [len(line) for line in lines if line.strip()]
    if len(lengths) < 4 or max(lengths) > 120:
        return False
    long_lines = sum(length >= 0.7 * max(lengths) for length in lengths)
    return long_lines >= 0.5 * len(lengths)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Prose paragraphs of cleaned *text* with their offsets; metadata lines left out.

    One line is one paragraph, unless the text is hard-wrapped: then blank lines separate
    paragraphs and the line breaks inside one become spaces (so offsets still line up).
    """
    lines = text.split("\n")
    found: list[tuple[int, str]] = []
    if not _is_hard_wrapped(lines):
        offset = 0
        for line in lines:
            if not is_metadata(line):
                found.append((offset, line))
            offset += len(line) + 1
        return found
    for block in re.finditer(r"[^\n]+(?:\n[^\n]*\S[^\n]*)*", text):
        start, body = block.start(), block.group()
        first, _, rest = body.partition("\n")
        if rest and not _SENTENCE_END.search(first) and len(first.split()) <= 10:
            start, body = start + len(first) + 1, rest  # a heading above the paragraph
        body = body.replace("\n", " ")
        if not is_metadata(body):
            found.append((start, body))
    return found


_CONTINUES = re.compile(r"\s*[(,;a-z]")  # what follows '!' or '?' inside a sentence


def _joined_at_titles(paragraph: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans joined again where one ended at a title's '!' or '?' that the sentence
    goes on after: 'for Viva Maria! (1965), and the César Award ...'."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        previous = joined[-1] if joined else None
        if (
            previous
            and paragraph[previous[1] - 1] in "!?"
            and _CONTINUES.match(paragraph, previous[1])
        ):
            joined[-1] = (previous[0], end)
        else:
            joined.append((start, end))
    return joined


def sentences(document: str) -> tuple[list[Sentence], dt.date | None]:
    """Clean *document*, drop metadata lines, split prose into sentences; also its date."""
    cleaned = clean(document)
    splitter = resources.sentence_splitter()
    found: list[Sentence] = []
    for number, (offset, paragraph) in enumerate(paragraphs(cleaned.text)):
        for start, end in _joined_at_titles(paragraph, splitter.span_tokenize(paragraph)):
            found.append(
                Sentence(
                    " ".join(paragraph[start:end].split()),
                    cleaned.original_offset(offset + start),
                    cleaned.original_offset(offset + end - 1) + 1,
                    number,
                )
            )
    return found, document_date(cleaned.text)
