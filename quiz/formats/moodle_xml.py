"""Moodle XML: a <quiz> of <question type="multichoice">, text as HTML inside CDATA.

https://docs.moodle.org/en/Moodle_XML_format
"""

from __future__ import annotations

from html import escape as html_escape

from lxml import etree

from quiz.formats.model import (
    FormatError,
    Imported,
    QuestionSet,
    category_level,
    category_name,
    html_text,
    imported_question,
    is_ordered,
    one_line,
    question_name,
    xml_safe,
)

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _html_text(parent: etree._Element, tag: str, text: str) -> etree._Element:
    """<tag format="html"><text><![CDATA[<p>text</p>]]></text></tag> under *parent*."""
    element = etree.SubElement(parent, tag, format="html")
    etree.SubElement(element, "text").text = etree.CDATA(f"<p>{html_escape(text)}</p>")
    return element


def _plain(parent: etree._Element, tag: str, value: str) -> None:
    etree.SubElement(parent, tag).text = value


def _cdata(text: str) -> etree.CDATA | str:
    """*text* as CDATA, or as escaped text when it holds ']]>' (which no CDATA can)."""
    return text if "]]>" in text else etree.CDATA(text)


def export(question_set: QuestionSet) -> str:
    """The set as a Moodle XML file, in a category named after the quiz."""
    question_set = xml_safe(question_set)
    root = etree.Element("quiz")
    category = etree.SubElement(root, "question", type="category")
    category_text = etree.SubElement(category, "category")
    level = category_level(question_set.title)
    # In CDATA: Moodle's importer decodes '&amp; &lt;' in a category or a name once more, so a
    # title 'Q&A <basics>' written as entities came back as 'Q&A' and a tag.
    etree.SubElement(category_text, "text").text = _cdata(f"$course$/top/{level}")
    for number, question in enumerate(question_set.questions, 1):
        element = etree.SubElement(root, "question", type="multichoice")
        name = etree.SubElement(element, "name")
        etree.SubElement(name, "text").text = _cdata(question_name(number, question.stem))
        _html_text(element, "questiontext", question.stem)
        _html_text(element, "generalfeedback", question.source.sentence)
        _plain(element, "defaultgrade", "1")
        _plain(element, "penalty", "0.3333333")
        _plain(element, "hidden", "0")
        _plain(element, "single", "true")
        _plain(element, "shuffleanswers", "false" if is_ordered(question) else "true")
        _plain(element, "answernumbering", "abc")
        for index, option in enumerate(question.options):
            fraction = "100" if index == question.answer_index else "0"
            answer = _html_text(element, "answer", option)
            answer.set("fraction", fraction)
            feedback = etree.SubElement(answer, "feedback", format="html")
            etree.SubElement(feedback, "text").text = ""
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text


def _text_of(element: etree._Element | None, where: str) -> str:
    """The plain text of an HTML or plain <text> inside *element*."""
    if element is None:
        return ""
    text = element.findtext("text")
    if text is None:
        raise FormatError(f"{where}: <text> is missing")
    if element.get("format", "html") in {"html", "moodle_auto_format", "markdown"} and (
        "<" in text or "&" in text
    ):
        text = html_text(text)
    return one_line(text)


def parse(text: str) -> Imported:
    """The multiple-choice questions of a Moodle XML file; other types are counted, not read."""
    try:
        root = etree.fromstring(text.encode("utf-8"), PARSER)
    except etree.XMLSyntaxError as error:
        raise FormatError(f"line {error.lineno}: not well-formed XML ({error.msg})") from None
    if root.tag != "quiz":
        raise FormatError(f"line {root.sourceline}: the root element is <{root.tag}>, not <quiz>")
    found = Imported()
    for element in root.iterchildren("question"):
        kind = element.get("type")
        where = f'line {element.sourceline}: <question type="{kind}">'
        if kind == "category":
            found.title = found.title or category_name(element.findtext("category/text") or "")
            continue
        if kind != "multichoice" or (element.findtext("single") or "true").strip() not in {
            "true",
            "1",
        }:
            found.skipped += 1
            continue
        stem = _text_of(element.find("questiontext"), where)
        options, keys = [], []
        for answer in element.iterchildren("answer"):
            try:
                fraction = float(answer.get("fraction", "0"))
            except ValueError:
                raise FormatError(
                    f"line {answer.sourceline}: <answer> fraction is not a number"
                ) from None
            options.append(_text_of(answer, f"line {answer.sourceline}: <answer>"))
            keys.append(fraction >= 100)
        if sum(keys) != 1 or len(options) < 2:
            found.skipped += 1  # partial credit or several right answers: not one-right-answer
            continue
        source = _text_of(element.find("generalfeedback"), where)
        found.questions.append(imported_question(where, stem, options, keys.index(True), source))
    return found
