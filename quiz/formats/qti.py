"""IMS QTI 2.1 content package: a zip of one assessmentItem per question, an assessmentTest
that orders them and sums their scores, and an IMS CP 1.1 imsmanifest.xml that lists them all.

Items use a single-choice choiceInteraction and the standard match_correct response processing;
each is worth 1 (SCORE's normalMaximum) and the test's MAXSCORE is their number. The source
sentence stays out of the item: it would show with the question and give the answer away.

Canvas reads a package as QTI 2 only when its manifest declares a QTI 2 namespace or names a
QTIv2 schema in its metadata (``is_qti_2`` in Canvas's qti_exporter); ours does both, or Canvas
sends it through its QTI 1.2 converter, which finds no item.
"""

from __future__ import annotations

from lxml import etree

from quiz.formats.model import (
    QuestionSet,
    is_ordered,
    one_line,
    question_name,
    xml_safe,
    zipped,
)
from quiz.generator import Question

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
QTI_SCHEMA = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"
# Fixed time inside the zip, so the same set always gives the same bytes.


def _q(tag: str) -> str:
    return f"{{{QTI}}}{tag}"


def _root(tag: str, namespace: str, schema: str, **attributes: str) -> etree._Element:
    return etree.Element(
        f"{{{namespace}}}{tag}",
        nsmap={None: namespace, "xsi": XSI},
        attrib={f"{{{XSI}}}schemaLocation": f"{namespace} {schema}", **attributes},
    )


def _item(question: Question, identifier: str, number: int) -> etree._Element:
    title = question_name(number, question.stem)
    item = _root(
        "assessmentItem",
        QTI,
        QTI_SCHEMA,
        identifier=identifier,
        title=title,
        adaptive="false",
        timeDependent="false",
    )
    response = etree.SubElement(
        item,
        _q("responseDeclaration"),
        identifier="RESPONSE",
        cardinality="single",
        baseType="identifier",
    )
    correct = etree.SubElement(response, _q("correctResponse"))
    etree.SubElement(correct, _q("value")).text = f"CHOICE_{question.answer_index}"
    score = etree.SubElement(
        item,
        _q("outcomeDeclaration"),
        identifier="SCORE",
        cardinality="single",
        baseType="float",
        normalMaximum="1",
    )
    default = etree.SubElement(score, _q("defaultValue"))
    etree.SubElement(default, _q("value")).text = "0"
    body = etree.SubElement(item, _q("itemBody"))
    interaction = etree.SubElement(
        body,
        _q("choiceInteraction"),
        responseIdentifier="RESPONSE",
        shuffle="false" if is_ordered(question) else "true",
        maxChoices="1",
    )
    etree.SubElement(interaction, _q("prompt")).text = question.stem
    for index, option in enumerate(question.options):
        choice = etree.SubElement(interaction, _q("simpleChoice"), identifier=f"CHOICE_{index}")
        choice.text = option
    etree.SubElement(item, _q("responseProcessing"), template=MATCH_CORRECT)
    return item


def _test(question_set: QuestionSet, identifiers: list[str]) -> etree._Element:
    title = one_line(question_set.title) or "Quiz"
    test = _root(
        "assessmentTest",
        QTI,
        QTI_SCHEMA,
        identifier="TEST",
        title=title,
    )
    for name, default in (("SCORE", "0"), ("MAXSCORE", str(len(identifiers)))):
        declared = etree.SubElement(
            test, _q("outcomeDeclaration"), identifier=name, cardinality="single", baseType="float"
        )
        etree.SubElement(etree.SubElement(declared, _q("defaultValue")), _q("value")).text = default
    part = etree.SubElement(
        test,
        _q("testPart"),
        identifier="PART_1",
        navigationMode="linear",
        submissionMode="individual",
    )
    section = etree.SubElement(
        part,
        _q("assessmentSection"),
        identifier="SECTION_1",
        title=title,
        visible="true",
    )
    for identifier in identifiers:
        etree.SubElement(
            section, _q("assessmentItemRef"), identifier=identifier, href=f"items/{identifier}.xml"
        )
    total = etree.SubElement(
        etree.SubElement(test, _q("outcomeProcessing")), _q("setOutcomeValue"), identifier="SCORE"
    )
    etree.SubElement(
        etree.SubElement(total, _q("sum")), _q("testVariables"), variableIdentifier="SCORE"
    )
    return test


def _manifest(identifiers: list[str]) -> etree._Element:
    manifest = etree.Element(
        f"{{{CP}}}manifest",
        nsmap={None: CP, "imsqti": QTI, "xsi": XSI},  # the QTI namespace: Canvas's is_qti_2
        attrib={f"{{{XSI}}}schemaLocation": f"{CP} {CP_SCHEMA}", "identifier": "MANIFEST_1"},
    )
    metadata = etree.SubElement(manifest, f"{{{CP}}}metadata")
    etree.SubElement(metadata, f"{{{CP}}}schema").text = "QTIv2.1 Package"
    etree.SubElement(metadata, f"{{{CP}}}schemaversion").text = "1.0.0"
    etree.SubElement(manifest, f"{{{CP}}}organizations")
    resources = etree.SubElement(manifest, f"{{{CP}}}resources")
    test = etree.SubElement(
        resources,
        f"{{{CP}}}resource",
        identifier="RES_TEST",
        type="imsqti_test_xmlv2p1",
        href="test.xml",
    )
    etree.SubElement(test, f"{{{CP}}}file", href="test.xml")
    for identifier in identifiers:
        etree.SubElement(test, f"{{{CP}}}dependency", identifierref=f"RES_{identifier}")
    for identifier in identifiers:
        href = f"items/{identifier}.xml"
        resource = etree.SubElement(
            resources,
            f"{{{CP}}}resource",
            identifier=f"RES_{identifier}",
            type="imsqti_item_xmlv2p1",
            href=href,
        )
        etree.SubElement(resource, f"{{{CP}}}file", href=href)
    return manifest


def _bytes(element: etree._Element) -> bytes:
    return etree.tostring(element, pretty_print=True, xml_declaration=True, encoding="UTF-8")


def documents(question_set: QuestionSet) -> dict[str, bytes]:
    """Path in the package -> XML bytes, manifest first."""
    question_set = xml_safe(question_set)
    identifiers = [f"ITEM_{n:04d}" for n in range(1, len(question_set.questions) + 1)]
    files = {
        "imsmanifest.xml": _bytes(_manifest(identifiers)),
        "test.xml": _bytes(_test(question_set, identifiers)),
    }
    for number, (identifier, question) in enumerate(
        zip(identifiers, question_set.questions, strict=True), 1
    ):
        files[f"items/{identifier}.xml"] = _bytes(_item(question, identifier, number))
    return files


def export(question_set: QuestionSet) -> bytes:
    """The content package as zip bytes."""
    return zipped(documents(question_set))
