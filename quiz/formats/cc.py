"""IMS Common Cartridge 1.1 package (.imscc) holding the set as one CC QTI assessment, for the
course imports of Canvas ("Common Cartridge 1.x Package"), Brightspace and Schoology.

- ``imsmanifest.xml``: CC 1.1 metadata (schema "IMS Common Cartridge", 1.1.0, a LOM title), one
  rooted-hierarchy organization (a folder named after the quiz holding the quiz), and a resource
  of type ``imsqti_xmlv1p2/imscc_xmlv1p1/assessment`` with exactly one file, no href and no
  dependency (the profile's rules 3a-3c for assessments).
- ``A/assessment_qti.xml`` (A: the quiz's identifier): the CC profile of QTI 1.2.1, assessment
  metadata ``cc_profile`` = ``cc.exam.v0p1``, ``qmd_assessmenttype`` = Examination,
  ``qmd_scoretype`` = Percentage; one section; one item per question (see `qti12`) with
  ``cc_profile`` = ``cc.multiple_choice.v0p1`` (``cc.true_false.v0p1`` for True/False) and
  ``qmd_computerscored`` = Yes.

Why 1.1: the assessment profile and its resource type were defined in CC 1.1 and are used
unchanged by 1.2 and 1.3, and 1.1 is read by the most importers: Canvas takes any "Common
Cartridge 1.x Package", Blackboard Learn 1.0 to 1.2, Sakai 1.0 and 1.1, and Moodle's importer
carries the 1.0 and 1.1 schemas only, so 1.3 would shut those out. Brightspace imports Common
Cartridge packages without naming versions. Schoology documents 1.2, and its Common Cartridge
Converter turns a 1.1 package into 1.2 for import.

A question of two options that are not True/False is a ``cc.multiple_choice.v0p1`` item with two
labels, although the profile's rule 4d asks for three; Canvas's own CC export writes such items
the same way (qti_items.rb maps every multiple_choice_question to that profile).

Sources: IMS CC 1.1 Implementation (http://www.imsglobal.org/cc/ccv1p1/
imscc_profilev1p1-Implementation.html) and its schemas with their Schematron rules
(ccv1p1_imscp_v1p2_v1p0.xsd, ccv1p1_qtiasiv1p2p1_v1p0.xsd, ccv1p1_lommanifest_v1p0.xsd);
Canvas's CC writer (instructure/canvas-lms lib/cc/qti/qti_generator.rb, qti_items.rb);
Canvas: https://community.canvaslms.com/t5/The-Product-Blog/Exporting-New-Quizzes-as-a-Common-
Cartridge/ba-p/603703; Blackboard: https://en-us.help.blackboard.com/Learn/9.1_Older_Versions/
9.1_SP_14/Administrator/160_Course_Management/040_Common_Cartridge_Course_Packages;
Schoology: https://uc.powerschool-docs.com/en/schoology/latest/common-cartridge-converter.
"""

from __future__ import annotations

from lxml import etree

from quiz.formats import qti12
from quiz.formats.model import QuestionSet, xml_safe, zipped
from quiz.generator import Question

CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
LOM = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
PROFILE = "http://www.imsglobal.org/profile/cc/ccv1p1"
CP_SCHEMA = f"{PROFILE}/ccv1p1_imscp_v1p2_v1p0.xsd"
LOM_SCHEMA = f"{PROFILE}/LOM/ccv1p1_lommanifest_v1p0.xsd"
QTI_SCHEMA = f"{PROFILE}/ccv1p1_qtiasiv1p2p1_v1p0.xsd"
ASSESSMENT = "imsqti_xmlv1p2/imscc_xmlv1p1/assessment"
QTI_FILE = "assessment_qti.xml"  # the name Canvas gives it
ASSESSMENT_METADATA = [
    ("cc_profile", "cc.exam.v0p1"),
    ("qmd_assessmenttype", "Examination"),
    ("qmd_scoretype", "Percentage"),
    ("qmd_feedbackpermitted", "Yes"),
    ("cc_maxattempts", "1"),
]


def _item_metadata(question: Question) -> qti12.Fields:
    profile = "cc.true_false.v0p1" if qti12.is_true_false(question) else "cc.multiple_choice.v0p1"
    return [("cc_profile", profile), ("qmd_computerscored", "Yes")]


def _assessment(question_set: QuestionSet) -> etree._Element:
    items = [
        qti12.item(question, number, _item_metadata(question))
        for number, question in enumerate(question_set.questions, 1)
    ]
    return qti12.questestinterop(question_set, QTI_SCHEMA, ASSESSMENT_METADATA, items)


def _cp(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{CP}}}{tag}", attributes)


def _metadata(manifest: etree._Element, title: str) -> None:
    metadata = _cp(manifest, "metadata")
    _cp(metadata, "schema").text = "IMS Common Cartridge"
    _cp(metadata, "schemaversion").text = "1.1.0"
    lom = etree.SubElement(metadata, f"{{{LOM}}}lom")
    general = etree.SubElement(lom, f"{{{LOM}}}general")
    etree.SubElement(etree.SubElement(general, f"{{{LOM}}}title"), f"{{{LOM}}}string").text = title


def _organization(manifest: etree._Element, ident: str, title: str) -> None:
    organization = _cp(
        _cp(manifest, "organizations"),
        "organization",
        identifier=f"{ident}_organization",
        structure="rooted-hierarchy",
    )
    root = _cp(organization, "item", identifier=f"{ident}_root")
    folder = _cp(root, "item", identifier=f"{ident}_folder")
    _cp(folder, "title").text = title
    quiz = _cp(folder, "item", identifier=f"{ident}_item", identifierref=ident)
    _cp(quiz, "title").text = title


def _manifest(question_set: QuestionSet, ident: str) -> etree._Element:
    manifest = etree.Element(
        f"{{{CP}}}manifest",
        nsmap={None: CP, "lomimscc": LOM, "xsi": qti12.XSI},
        attrib={
            f"{{{qti12.XSI}}}schemaLocation": f"{CP} {CP_SCHEMA} {LOM} {LOM_SCHEMA}",
            "identifier": f"{ident}_manifest",
        },
    )
    title = qti12.title(question_set)
    _metadata(manifest, title)
    _organization(manifest, ident, title)
    resource = _cp(_cp(manifest, "resources"), "resource", identifier=ident, type=ASSESSMENT)
    _cp(resource, "file", href=f"{ident}/{QTI_FILE}")
    return manifest


def documents(question_set: QuestionSet) -> dict[str, bytes]:
    """Path in the package -> XML bytes, manifest first."""
    question_set = xml_safe(question_set)
    ident = qti12.assessment_id(question_set)
    return {
        "imsmanifest.xml": qti12.xml_bytes(_manifest(question_set, ident)),
        f"{ident}/{QTI_FILE}": qti12.xml_bytes(_assessment(question_set)),
    }


def export(question_set: QuestionSet) -> bytes:
    """The cartridge as .imscc (zip) bytes."""
    return zipped(documents(question_set))
