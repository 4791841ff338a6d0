"""IMS QTI 1.2 multiple-choice items, as Canvas and Common Cartridge read them: the item writer
that the `canvas` and `cc` packages share.

Each question is an ``item`` whose ``presentation`` holds the stem as ``mattext`` (HTML, escaped)
and a ``response_lid`` with one ``response_label`` per option; its ``resprocessing`` declares
SCORE (0-100) and sets it to 100 when the response is the key. The source sentence, which holds
the answer, is never in the question: it is the general feedback (``itemfeedback general_fb``),
shown once the question is answered. Numbers keep their ascending order
(``render_choice shuffle="No"``); other options may be shuffled.

Layout followed: the QTI 1.2 items that Canvas Classic Quizzes export and that text2qti writes
(text2qti 0.8.0, xml_assessment.py; Canvas lib/cc/qti/qti_items.rb), and the IMS Common
Cartridge 1.1 profile of QTI 1.2.1 (ccv1p1_qtiasiv1p2p1_v1p0.xsd and its Schematron rules).

Identifiers come from the text: the same set gives the same identifiers, and two different
sets do not share one. Canvas matches imported objects by identifier, so a quiz imported again
replaces itself and never another quiz.
"""

from __future__ import annotations

import hashlib
from html import escape

from lxml import etree

from quiz.formats.model import QuestionSet, is_ordered, one_line, question_name
from quiz.generator import Question

QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
RESPONSE = "response1"  # the response_lid's ident, as Canvas and text2qti name it
GENERAL_FEEDBACK = "general_fb"
TRUE_FALSE = ("false", "true")  # sorted

Fields = list[tuple[str, str]]


def identifier(*parts: str) -> str:
    """A stable identifier for some text: "g" and 32 hex digits, a valid XML name (as Canvas's)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"g{digest[:32]}"


def assessment_id(question_set: QuestionSet) -> str:
    """The quiz's identifier: from its title and every question."""
    texts = [question_set.title]
    for question in question_set.questions:
        texts += [question.stem, *question.options, str(question.answer_index)]
    return identifier("assessment", *texts)


def item_id(number: int, question: Question) -> str:
    """A question's identifier: from its place, stem and options."""
    return identifier("item", str(number), question.stem, *question.options)


def choice_ids(item: str, question: Question) -> list[str]:
    """The identifiers of a question's options, in order."""
    return [f"{item}_{index}" for index in range(1, len(question.options) + 1)]


def is_true_false(question: Question) -> bool:
    """Whether the options are True and False, which LMSs keep as a true/false question."""
    return tuple(sorted(o.strip().lower() for o in question.options)) == TRUE_FALSE


def title(question_set: QuestionSet) -> str:
    """The quiz's title on one line."""
    return one_line(question_set.title) or "Quiz"


def _q(tag: str) -> str:
    return f"{{{QTI}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str):
    element = etree.SubElement(parent, _q(tag), attributes)
    element.text = text
    return element


def _metadata(parent: etree._Element, fields: Fields) -> None:
    metadata = _sub(parent, "qtimetadata")
    for label, entry in fields:
        field = _sub(metadata, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _html(parent: etree._Element, text: str) -> None:
    """A material of HTML text: the plain text escaped, so that "<" shows as itself."""
    _sub(_sub(parent, "material"), "mattext", escape(text, quote=False), texttype="text/html")


def _presentation(item: etree._Element, question: Question, choices: list[str]) -> None:
    presentation = _sub(item, "presentation")
    _html(presentation, question.stem)
    response = _sub(presentation, "response_lid", ident=RESPONSE, rcardinality="Single")
    render = _sub(response, "render_choice", shuffle="No" if is_ordered(question) else "Yes")
    for choice, option in zip(choices, question.options, strict=True):
        _html(_sub(render, "response_label", ident=choice), option)


def _processing(item: etree._Element, key: str, feedback: bool) -> None:
    processing = _sub(item, "resprocessing")
    _sub(
        _sub(processing, "outcomes"),
        "decvar",
        maxvalue="100",
        minvalue="0",
        varname="SCORE",
        vartype="Decimal",
    )
    if feedback:
        shown = _sub(processing, "respcondition", **{"continue": "Yes"})
        _sub(_sub(shown, "conditionvar"), "other")
        _sub(shown, "displayfeedback", feedbacktype="Response", linkrefid=GENERAL_FEEDBACK)
    right = _sub(processing, "respcondition", **{"continue": "No"})
    _sub(_sub(right, "conditionvar"), "varequal", key, respident=RESPONSE)
    _sub(right, "setvar", "100", action="Set", varname="SCORE")


def item(question: Question, number: int, metadata: Fields) -> etree._Element:
    """One question as a QTI 1.2 item with the given item metadata fields."""
    ident = item_id(number, question)
    element = etree.Element(_q("item"), ident=ident, title=question_name(number, question.stem))
    _metadata(_sub(element, "itemmetadata"), metadata)
    choices = choice_ids(ident, question)
    _presentation(element, question, choices)
    sentence = question.source.sentence.strip()
    _processing(element, choices[question.answer_index], feedback=bool(sentence))
    if sentence:
        feedback = _sub(element, "itemfeedback", ident=GENERAL_FEEDBACK)
        _html(_sub(feedback, "flow_mat"), sentence)
    return element


def questestinterop(
    question_set: QuestionSet, schema: str, metadata: Fields, items: list[etree._Element]
) -> etree._Element:
    """The assessment: its metadata and one section of the given items."""
    root = etree.Element(
        _q("questestinterop"),
        nsmap={None: QTI, "xsi": XSI},
        attrib={f"{{{XSI}}}schemaLocation": f"{QTI} {schema}"},
    )
    assessment = _sub(
        root, "assessment", ident=assessment_id(question_set), title=title(question_set)
    )
    _metadata(assessment, metadata)
    _sub(assessment, "section", ident="root_section").extend(items)
    return root


def xml_bytes(element: etree._Element) -> bytes:
    """An XML document's bytes, UTF-8 with its declaration."""
    return etree.tostring(element, pretty_print=True, xml_declaration=True, encoding="UTF-8")
