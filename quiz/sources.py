"""Reading a user's text: bytes from a file, stdin or an upload, checked before anything uses it."""

from __future__ import annotations

import codecs
from pathlib import Path

MB = 1_000_000
MAX_BYTES = 1 * MB


class SourceError(ValueError):
    """The input cannot be used as a text; the message says why, in one line."""


def megabytes(count: int) -> str:
    """A size limit as people read it: '1 MB', '4 MB'."""
    return f"{count / MB:g} MB"


def too_big(name: str, size: int | None, limit: int, what: str) -> SourceError:
    """The error for *name*, of *size* bytes, over the *limit* of *what* it is ('a text file');
    a *size* of None (only the first part was read) is told as 'more than' the limit."""
    told = f"{size:,} bytes" if size is not None else f"more than {megabytes(limit)}"
    return SourceError(
        f"{name} is {told}; {what} may be at most {megabytes(limit)} ({limit:,} bytes)"
    )


def decode(data: bytes, name: str, *, guess_encoding: bool = False) -> str:
    """The text of *data* (UTF-8, or UTF-16 with its byte-order mark; with *guess_encoding*,
    also Windows-1252, Latin-1 and the other encodings charset-normalizer recognises), or
    SourceError if it is binary, in another encoding, or empty (its size is checked before)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = _utf16_as_utf8(data, name)  # what Windows Notepad saves as "Unicode"
    if b"\x00" in data:
        raise SourceError(f"{name} is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        guessed = _guessed(data) if guess_encoding else None
        if guessed is None:
            raise SourceError(
                f"{name} is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
            ) from None
        text = guessed
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise SourceError(f"{name} is a binary file, not text")
    if not text.strip():
        raise SourceError(f"{name} is empty")
    return text


def _guessed(data: bytes) -> str | None:
    """*data* decoded in the encoding charset-normalizer finds most likely, if any."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _utf16_as_utf8(data: bytes, name: str) -> bytes:
    try:
        return data.decode("utf-16").encode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(f"{name} is not valid UTF-16 text") from None


def read_path(path: Path) -> list[tuple[str, str]]:
    """(name, text) for a file of any type the readers know, or for each .txt file of a
    folder, sorted by name."""
    from quiz import readers  # which reads its text files with decode() here

    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
        if not files:
            raise SourceError(f"{path} holds no .txt files")
    elif path.exists():
        files = [path]
    else:
        raise SourceError(f"{path} does not exist")
    documents = []
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as error:
            raise SourceError(f"{file} cannot be read: {error.strerror}") from None
        documents.append((str(file), readers.read(data, str(file))))
    return documents
