"""Web pages (main content by trafilatura), Markdown and EPUB (its chapters' paragraphs)."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree, html

from quiz.readers.office import paragraphs_text

_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")


def html_text(data: bytes) -> str:
    """The main content of a saved web page: trafilatura drops menus, footers, comments and
    tables; paragraphs are kept."""
    import trafilatura

    page = data.decode("utf-8", errors="replace")
    extracted = trafilatura.extract(
        page, include_tables=False, include_comments=False, include_images=False, favor_recall=True
    )
    return paragraphs_text((extracted or "").split("\n"))


_MD_CODE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
# Each span stops at the next bracket, delimiter or line end, so that unclosed ones ("[[[[",
# "*a *a *a") cost a step each: scanning on to the end for each made a 60 kB file take a minute.
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^)\[\n]*\)")
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\([^)\[\n]*\)")
_MD_LINE_MARKS = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)([^\n*_`]+?)(?<=\S)\1")
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)


def markdown_text(data: bytes) -> str:
    """Markdown without its markup: code blocks, images and tables dropped, links kept as their
    words, headings and list items as paragraphs."""
    text = data.decode("utf-8-sig", errors="replace")
    text = _MD_CODE.sub("", text)
    text = _MD_TABLE_ROW.sub("", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_MARKS.sub("\n", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    blocks = re.split(r"\n\s*\n", text)
    return paragraphs_text(blocks)


def epub_text(data: bytes) -> str:
    """The paragraphs of an EPUB's chapters in reading order (its package's spine)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        container = etree.fromstring(archive.read("META-INF/container.xml"), _SAFE_XML)
        package_path = container.find(".//{*}rootfile").get("full-path")
        package = etree.fromstring(archive.read(package_path), _SAFE_XML)
        folder = posixpath.dirname(package_path)
        items = {
            item.get("id"): item.get("href") for item in package.iterfind(".//{*}manifest/{*}item")
        }
        found = []
        for ref in package.iterfind(".//{*}spine/{*}itemref"):
            href = items.get(ref.get("idref"))
            if href is None:
                continue
            chapter = html.fromstring(archive.read(posixpath.join(folder, href)))
            found.extend(
                element.text_content()
                for element in chapter.iter(*_BLOCKS)
                if not any(a.tag in ("table", "figure", "nav") for a in element.iterancestors())
                and not any(child.tag in _BLOCKS for child in element)
            )
    return paragraphs_text(found)
