"""Canvas Classic Quizzes package: the QTI 1.2 zip that Canvas exports and reads back through
Settings > Import Course Content > "QTI .zip file", in the layout text2qti writes.

- ``imsmanifest.xml``: a resource of type ``imsqti_xmlv1p2`` for ``A/A.xml`` (A: the quiz's
  identifier) that depends on an ``associatedcontent/imscc_xmlv1p1/learning-application-resource``
  for ``A/assessment_meta.xml``.
- ``A/A.xml``: the assessment, one item per question (see `qti12`), each with the item metadata
  Canvas reads: ``question_type`` (``multiple_choice_question``, or ``true_false_question`` for
  True/False), ``points_possible`` (1), ``original_answer_ids`` (the options' identifiers) and
  ``assessment_question_identifierref``.
- ``A/assessment_meta.xml``: Canvas's quiz settings (namespace cccv1p0). Canvas looks for them
  at exactly ``<assessment ident>/assessment_meta.xml``. Canvas shuffles answers per quiz, not per
  question, so ``shuffle_answers`` is on only when no question's options are numbers.

Sources: text2qti 0.8.0 (https://github.com/gpoore/text2qti: qti.py, xml_imsmanifest.py,
xml_assessment.py, xml_assessment_meta.py), and Canvas's own writer and reader
(instructure/canvas-lms: lib/cc/qti/qti_manifest.rb, qti_generator.rb, qti_items.rb;
lib/cc/importer/canvas/quiz_metadata_converter.rb).
"""

from __future__ import annotations

from lxml import etree

from quiz.formats import qti12
from quiz.formats.model import QuestionSet, is_ordered, xml_safe, zipped
from quiz.generator import Question

CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"  # the namespace Canvas's manifests use
CANVAS = "http://canvas.instructure.com/xsd/cccv1p0"
CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
QTI_SCHEMA = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CANVAS_SCHEMA = "https://canvas.instructure.com/xsd/cccv1p0.xsd"
QTI_RESOURCE = "imsqti_xmlv1p2"
META_RESOURCE = "associatedcontent/imscc_xmlv1p1/learning-application-resource"
META = "assessment_meta.xml"
POINTS = 1  # each question's worth


def _item_metadata(question: Question, number: int) -> qti12.Fields:
    item = qti12.item_id(number, question)
    kind = "true_false_question" if qti12.is_true_false(question) else "multiple_choice_question"
    return [
        ("question_type", kind),
        ("points_possible", str(POINTS)),
        ("original_answer_ids", ",".join(qti12.choice_ids(item, question))),
        ("assessment_question_identifierref", f"{item}_bank"),
    ]


def _assessment(question_set: QuestionSet) -> etree._Element:
    items = [
        qti12.item(question, number, _item_metadata(question, number))
        for number, question in enumerate(question_set.questions, 1)
    ]
    return qti12.questestinterop(question_set, QTI_SCHEMA, [("cc_maxattempts", "1")], items)


def _manifest(ident: str) -> etree._Element:
    manifest = etree.Element(
        f"{{{CP}}}manifest",
        nsmap={None: CP, "xsi": qti12.XSI},
        attrib={
            f"{{{qti12.XSI}}}schemaLocation": f"{CP} {CP_SCHEMA}",
            "identifier": f"{ident}_manifest",
        },
    )
    metadata = etree.SubElement(manifest, f"{{{CP}}}metadata")
    etree.SubElement(metadata, f"{{{CP}}}schema").text = "IMS Content"
    etree.SubElement(metadata, f"{{{CP}}}schemaversion").text = "1.1.3"
    etree.SubElement(manifest, f"{{{CP}}}organizations")
    resources = etree.SubElement(manifest, f"{{{CP}}}resources")
    quiz = etree.SubElement(resources, f"{{{CP}}}resource", identifier=ident, type=QTI_RESOURCE)
    etree.SubElement(quiz, f"{{{CP}}}file", href=f"{ident}/{ident}.xml")
    etree.SubElement(quiz, f"{{{CP}}}dependency", identifierref=f"{ident}_meta")
    meta_href = f"{ident}/{META}"
    meta = etree.SubElement(
        resources,
        f"{{{CP}}}resource",
        identifier=f"{ident}_meta",
        type=META_RESOURCE,
        href=meta_href,
    )
    etree.SubElement(meta, f"{{{CP}}}file", href=meta_href)
    return manifest


def _settings(question_set: QuestionSet) -> list[tuple[str, str]]:
    """The quiz settings Canvas reads, in the order Canvas writes them."""
    points = f"{POINTS * len(question_set.questions):.1f}"
    shuffle = not any(is_ordered(q) for q in question_set.questions)
    return [
        ("title", qti12.title(question_set)),
        ("description", ""),
        ("shuffle_answers", str(shuffle).lower()),
        ("scoring_policy", "keep_highest"),
        ("quiz_type", "assignment"),
        ("points_possible", points),
        ("show_correct_answers", "true"),
        ("anonymous_submissions", "false"),
        ("could_be_locked", "false"),
        ("allowed_attempts", "1"),
        ("one_question_at_a_time", "false"),
        ("cant_go_back", "false"),
        ("available", "false"),
    ]


def _meta(question_set: QuestionSet, ident: str) -> etree._Element:
    quiz = etree.Element(
        f"{{{CANVAS}}}quiz",
        nsmap={None: CANVAS, "xsi": qti12.XSI},
        attrib={
            f"{{{qti12.XSI}}}schemaLocation": f"{CANVAS} {CANVAS_SCHEMA}",
            "identifier": ident,
        },
    )
    for tag, value in _settings(question_set):
        etree.SubElement(quiz, f"{{{CANVAS}}}{tag}").text = value
    return quiz


def documents(question_set: QuestionSet) -> dict[str, bytes]:
    """Path in the package -> XML bytes, manifest first."""
    question_set = xml_safe(question_set)
    ident = qti12.assessment_id(question_set)
    return {
        "imsmanifest.xml": qti12.xml_bytes(_manifest(ident)),
        f"{ident}/{ident}.xml": qti12.xml_bytes(_assessment(question_set)),
        f"{ident}/{META}": qti12.xml_bytes(_meta(question_set, ident)),
    }


def export(question_set: QuestionSet) -> bytes:
    """The Canvas QTI package as zip bytes."""
    return zipped(documents(question_set))
