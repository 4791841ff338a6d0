"""The Canvas QTI package and the Common Cartridge 1.1 package (QTI 1.2 items).

Checked by software and rules we did not write: text2qti (an independent writer of the QTI 1.2
dialect Canvas imports) builds the same quiz, and the parts Canvas reads must agree; the IMS
CP 1.1 schema validates both manifests (their elements moved from the CC namespace to CP 1.1's,
since no registry package ships the CC 1.1 schemas); the rules of the CC 1.1 profile of QTI
1.2.1 and of its manifest (the XSD restrictions and Schematron rule sets of
ccv1p1_qtiasiv1p2p1_v1p0.xsd and ccv1p1_imscp_v1p2_v1p0.xsd) are asserted structurally.
"""

from __future__ import annotations

import html
import io
import os
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html
from question_sets import AWKWARD
from test_formats_golden import GOLDEN, _check

from quiz.formats import QuestionSet, canvas, cc, qti12
from quiz.formats.model import ZIP_TIME, is_ordered, one_line, question_name
from quiz.generator import Question, Source

XSD = Path(__file__).resolve().parents[2] / "shared" / "xsd"
CP11 = "http://www.imsglobal.org/xsd/imscp_v1p1"
NS = {"q": qti12.QTI}
MODULES = {"canvas": canvas, "cc": cc}


def _question(stem: str, options: list[str], key: int, kind: str = "term") -> Question:
    sentence = "A sentence of the source text, which holds the answer."
    return Question(stem, tuple(options), key, kind, Source("t.txt", sentence, 0, 1), 0.5)


TRUE_FALSE = QuestionSet(
    "Facts",
    (
        _question("Paris is the capital of France.", ["True", "False"], 0),
        _question("Which river flows through Cairo?", ["Nile", "Danube", "Rhine"], 0, "place"),
    ),
)


@pytest.fixture(params=["awkward", "seed", "true-false"])
def question_set(request, seed_questions) -> QuestionSet:
    """The awkward set, the questions of the seed article, and a set with a True/False question."""
    sets = {
        "awkward": AWKWARD,
        "seed": QuestionSet("Ukraine crisis (BBC, 4 February 2022)", tuple(seed_questions)),
        "true-false": TRUE_FALSE,
    }
    return sets[request.param]


def _text(fragment: str) -> str:
    """The text an HTML fragment shows, read by lxml's HTML parser."""
    return lxml_html.fragment_fromstring(fragment, create_parent="div").text_content()


def _unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        return {i.filename: package.read(i) for i in package.infolist() if not i.is_dir()}


def _assessment_path(files: dict[str, bytes]) -> str:
    (path,) = [p for p in files if p.endswith(".xml") and "/" in p and "assessment_meta" not in p]
    return path


def _items(files: dict[str, bytes]) -> list[etree._Element]:
    root = etree.fromstring(files[_assessment_path(files)])
    return root.findall("q:assessment/q:section/q:item", NS)


def _fields(parent: etree._Element) -> list[tuple[str, str]]:
    return [
        (f.findtext("q:fieldlabel", namespaces=NS), f.findtext("q:fieldentry", namespaces=NS) or "")
        for f in parent.findall("q:qtimetadata/q:qtimetadatafield", NS)
    ]


# --- golden files and the zips ---------------------------------------------------------------


@pytest.mark.parametrize("name", MODULES)
def test_every_file_of_the_package_matches_its_golden_file(name) -> None:
    documents = MODULES[name].documents(AWKWARD)
    assert len(documents) == {"canvas": 3, "cc": 2}[name]
    for path, data in documents.items():
        _check(GOLDEN / f"awkward-{name}" / path, data)


@pytest.mark.parametrize("name", MODULES)
def test_the_zip_holds_exactly_those_files_at_a_fixed_time(name) -> None:
    module = MODULES[name]
    data = module.export(AWKWARD)
    assert data == module.export(AWKWARD)
    assert _unzip(data) == module.documents(AWKWARD)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert {i.date_time for i in package.infolist()} == {ZIP_TIME}
        assert package.namelist()[0] == "imsmanifest.xml"


# --- the Canvas package against text2qti --------------------------------------------------------

MARKDOWN = "\\`*_{}[]()#+-.!$"  # Python-Markdown's escapable characters, and text2qti's $ (math)


def _markdown(text: str) -> str:
    """Plain text as text2qti's Markdown: HTML characters as entities, the others escaped."""
    text = html.escape(one_line(text), quote=False)
    return "".join(f"\\{c}" if c in MARKDOWN else c for c in text)


def _text2qti_quiz(question_set: QuestionSet) -> str:
    """The set in text2qti's plain-text quiz format (https://github.com/gpoore/text2qti)."""
    shuffle = not any(is_ordered(q) for q in question_set.questions)
    lines = [
        f"Quiz title: {one_line(question_set.title)}",
        f"Shuffle answers: {str(shuffle).lower()}",
        "",
    ]
    for number, question in enumerate(question_set.questions, 1):
        lines += [
            f"Title: {question_name(number, question.stem)}",
            f"{number}.  {_markdown(question.stem)}",
        ]
        lines += [f"... {_markdown(question.source.sentence)}"] if question.source.sentence else []
        for index, option in enumerate(question.options):
            mark = "*" if index == question.answer_index else ""
            lines.append(f"{mark}{chr(ord('a') + index)})  {_markdown(option)}")
        lines.append("")
    return "\n".join(lines)


def _text2qti(question_set: QuestionSet) -> dict[str, bytes]:
    from text2qti.config import Config
    from text2qti.qti import QTI
    from text2qti.quiz import Quiz

    return _unzip(QTI(Quiz(_text2qti_quiz(question_set), config=Config())).zip_bytes())


def _resources(files: dict[str, bytes]) -> dict:
    """What Canvas reads from the manifest, with the identifiers replaced by their roles."""
    manifest = etree.fromstring(files["imsmanifest.xml"])
    ns = {"cp": manifest.nsmap[None]}
    resources = {r.get("identifier"): r for r in manifest.findall("cp:resources/cp:resource", ns)}
    (quiz,) = [r for r in resources.values() if r.get("type") == canvas.QTI_RESOURCE]
    ident = quiz.get("identifier")
    (dependency,) = [resources[d.get("identifierref")] for d in quiz.findall("cp:dependency", ns)]
    meta_path = f"{ident}/assessment_meta.xml"
    assessment = etree.fromstring(files[f"{ident}/{ident}.xml"]).find("q:assessment", NS)
    return {
        "namespace": manifest.nsmap[None],
        "schema": manifest.findtext("cp:metadata/cp:schema", namespaces=ns),
        "schemaversion": manifest.findtext("cp:metadata/cp:schemaversion", namespaces=ns),
        "resources": len(resources),
        "quiz files": [
            f.get("href") == f"{ident}/{ident}.xml" for f in quiz.findall("cp:file", ns)
        ],
        "dependency type": dependency.get("type"),
        "dependency href": dependency.get("href") == meta_path,
        "dependency files": [f.get("href") == meta_path for f in dependency.findall("cp:file", ns)],
        "assessment ident is the resource's": assessment.get("ident") == ident,
        "files": sorted(p.replace(ident, "A") for p in files),
    }


def _condition(condition: etree._Element, labels: list[str], response: str) -> tuple:
    test = condition.find("q:conditionvar", NS)
    varequal = test.find("q:varequal", NS)
    key = None
    if varequal is not None:
        key = (varequal.get("respident") == response, labels.index(varequal.text))
    setvar = condition.find("q:setvar", NS)
    shown = condition.find("q:displayfeedback", NS)
    return (
        condition.get("continue"),
        [child.tag for child in test],
        key,
        None if setvar is None else (setvar.get("action"), setvar.get("varname"), setvar.text),
        None if shown is None else (shown.get("feedbacktype"), shown.get("linkrefid")),
    )


def _item_structure(item: etree._Element) -> dict:
    """What Canvas reads from an item, with the identifiers replaced by their roles."""
    fields = dict(_fields(item.find("q:itemmetadata", NS)))
    response = item.find("q:presentation/q:response_lid", NS)
    labels = [
        label.get("ident") for label in response.findall("q:render_choice/q:response_label", NS)
    ]
    processing = item.find("q:resprocessing", NS)
    return {
        "children": [child.tag for child in item],
        "fields": list(fields),
        "question_type": fields["question_type"],
        "points_possible": fields["points_possible"],
        "original_answer_ids are the options": fields["original_answer_ids"].split(",") == labels,
        "response": (response.get("ident"), response.get("rcardinality"), len(labels)),
        "decvar": dict(processing.find("q:outcomes/q:decvar", NS).attrib),
        "conditions": [
            _condition(c, labels, response.get("ident"))
            for c in processing.findall("q:respcondition", NS)
        ],
        "feedback": [f.get("ident") for f in item.findall("q:itemfeedback", NS)],
    }


def _meta(files: dict[str, bytes]) -> dict:
    (path,) = [p for p in files if p.endswith("/assessment_meta.xml")]
    quiz = etree.fromstring(files[path])
    return {
        "tag": quiz.tag,
        "identifier is the folder": path == f"{quiz.get('identifier')}/assessment_meta.xml",
        "title": quiz.findtext("{*}title"),
        "shuffle_answers": quiz.findtext("{*}shuffle_answers"),
        "points_possible": float(quiz.findtext("{*}points_possible")),
    }


def test_canvas_package_agrees_with_text2qti_on_what_canvas_reads(question_set) -> None:
    ours, theirs = canvas.documents(question_set), _text2qti(question_set)
    assert _resources(ours) == _resources(theirs)
    assert _meta(ours) == _meta(theirs)
    ours_root, theirs_root = (etree.fromstring(f[_assessment_path(f)]) for f in (ours, theirs))
    assert ours_root.get(f"{{{qti12.XSI}}}schemaLocation") == theirs_root.get(
        f"{{{qti12.XSI}}}schemaLocation"
    )
    assessments = [r.find("q:assessment", NS) for r in (ours_root, theirs_root)]
    assert [a.get("title") for a in assessments] == [one_line(question_set.title)] * 2
    assert _fields(assessments[0]) == _fields(assessments[1])
    assert [a.find("q:section", NS).get("ident") for a in assessments] == ["root_section"] * 2
    ours_items, theirs_items = _items(ours), _items(theirs)
    assert len(ours_items) == len(theirs_items) == len(question_set.questions)
    for mine, other in zip(ours_items, theirs_items, strict=True):
        assert mine.get("title") == other.get("title")
        assert _item_structure(mine) == _item_structure(other)


def test_the_comparison_with_text2qti_can_fail() -> None:
    """Another key, or a metadata field left out, is a difference from text2qti's item."""
    theirs = _item_structure(_items(_text2qti(TRUE_FALSE))[1])
    assert _item_structure(_items(canvas.documents(TRUE_FALSE))[1]) == theirs
    wrong_key = _items(canvas.documents(TRUE_FALSE))[1]
    key = wrong_key.find("q:resprocessing/q:respcondition[@continue='No']//q:varequal", NS)
    key.text = wrong_key.findall(".//q:response_label", NS)[2].get("ident")
    assert _item_structure(wrong_key) != theirs
    unreferenced = _items(canvas.documents(TRUE_FALSE))[1]
    fields = unreferenced.find("q:itemmetadata/q:qtimetadata", NS)
    fields.remove(fields[-1])  # assessment_question_identifierref
    assert _item_structure(unreferenced)["fields"] != theirs["fields"]


def test_canvas_question_types_points_and_settings() -> None:
    items = _items(canvas.documents(TRUE_FALSE))
    assert [dict(_fields(i.find("q:itemmetadata", NS)))["question_type"] for i in items] == [
        "true_false_question",
        "multiple_choice_question",
    ]
    meta = _meta(canvas.documents(TRUE_FALSE))
    assert meta["points_possible"] == 2.0
    assert meta["shuffle_answers"] == "true"  # no numbers: Canvas may shuffle every question
    assert _meta(canvas.documents(AWKWARD))["shuffle_answers"] == "false"  # a year question


# --- the IMS CP 1.1 schema ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def cp_schema() -> etree.XMLSchema:
    """The official IMS CP 1.1 schema, read from ../shared/xsd."""
    path = XSD / "imscp_v1p1.xsd"
    if not path.exists():
        message = f"the IMS schemas in {XSD} are missing: CI runs with ../shared beside the clone"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return etree.XMLSchema(etree.parse(str(path)))


def _as_cp11(manifest: bytes) -> etree._Element:
    """The manifest with its CC-profile elements in the IMS CP 1.1 namespace, other content kept."""
    root = etree.fromstring(manifest)
    profile = root.nsmap[None]
    for element in root.iter(f"{{{profile}}}*"):
        element.tag = f"{{{CP11}}}{etree.QName(element).localname}"
    etree.cleanup_namespaces(root)
    return root


@pytest.mark.parametrize("name", MODULES)
def test_the_manifests_are_valid_content_packages(name, question_set, cp_schema) -> None:
    manifest = _as_cp11(MODULES[name].documents(question_set)["imsmanifest.xml"])
    assert cp_schema.validate(manifest), cp_schema.error_log.last_error


def test_the_cp_schema_rejects_a_broken_manifest(cp_schema) -> None:
    manifest = _as_cp11(cc.documents(AWKWARD)["imsmanifest.xml"])
    resource = manifest.find(f"{{{CP11}}}resources/{{{CP11}}}resource")
    del resource.attrib["type"]
    assert not cp_schema.validate(manifest)


# --- the CC 1.1 profile of QTI 1.2.1 and of the manifest ----------------------------------------

ASSESSMENT_VALUES = {  # Schematron rule set 1 of ccv1p1_qtiasiv1p2p1_v1p0.xsd
    "cc_profile": {"cc.exam.v0p1"},
    "qmd_assessmenttype": {"Examination"},
    "qmd_scoretype": {"Percentage"},
    "qmd_feedbackpermitted": {"Yes", "No"},
    "qmd_hintspermitted": {"Yes", "No"},
    "qmd_solutionspermitted": {"Yes", "No"},
    "qmd_timelimit": None,
    "cc_allow_late_submission": {"Yes", "No"},
    "cc_maxattempts": {"1", "2", "3", "4", "5", "unlimited", "Examination"},
}
ITEM_VALUES = {  # rule set 2
    "cc_profile": {
        "cc.multiple_choice.v0p1",
        "cc.multiple_response.v0p1",
        "cc.true_false.v0p1",
        "cc.fib.v0p1",
        "cc.pattern_match.v0p1",
        "cc.essay.v0p1",
    },
    "cc_weighting": None,
    "qmd_scoringpermitted": {"Yes"},
    "qmd_computerscored": {"Yes", "No"},
    "cc_question_category": None,
}
MATERIAL = {"mattext", "matref", "matbreak"}


def _metadata_problems(where: str, fields: list[tuple[str, str]], allowed: dict) -> list[str]:
    labels = [label for label, _ in fields]
    problems = [
        f"{where}: {label} is not a profile field" for label in labels if label not in allowed
    ]
    problems += [
        f"{where}: {label} is repeated" for label in set(labels) if labels.count(label) > 1
    ]
    problems += [
        f"{where}: {label} = {entry!r}"
        for label, entry in fields
        if allowed.get(label) is not None and entry not in allowed[label]
    ]
    return problems


def _choice_problems(where: str, item: etree._Element, profile: str) -> list[str]:
    """Rule sets 3 and 4: a single-response choice on response_lid, scored on its own labels."""
    response = item.findall("q:presentation/q:response_lid", NS)
    if len(response) != 1 or response[0].get("rcardinality") != "Single":
        return [f"{where}: one response_lid with rcardinality Single is required"]
    labels = [x.get("ident") for x in response[0].findall("q:render_choice/q:response_label", NS)]
    problems = []
    if item.find("q:presentation/q:response_str", NS) is not None:
        problems.append(f"{where}: response_str is used")
    count_ok = len(labels) == 2 if profile == "cc.true_false.v0p1" else len(labels) > 2
    if not count_ok:
        problems.append(f"{where}: {len(labels)} response labels for {profile}")
    for varequal in item.iterfind("q:resprocessing/q:respcondition/q:conditionvar/q:varequal", NS):
        if varequal.get("respident") != response[0].get("ident"):
            problems.append(f"{where}: varequal names response {varequal.get('respident')}")
        if varequal.text not in labels:
            problems.append(f"{where}: varequal names no response label ({varequal.text})")
    return problems


def _processing_problems(where: str, item: etree._Element) -> list[str]:
    """One SCORE decvar, Set only, feedback shown only when it exists (and the reverse)."""
    problems = []
    for processing in item.findall("q:resprocessing", NS):
        decvars = processing.findall("q:outcomes/q:decvar", NS)
        if [d.get("varname") for d in decvars] != ["SCORE"]:
            problems.append(f"{where}: outcomes must declare SCORE alone")
        if any(d.get("vartype") not in {"Integer", "Decimal"} for d in decvars):
            problems.append(f"{where}: SCORE must be Integer or Decimal")
        for setvar in processing.iterfind("q:respcondition/q:setvar", NS):
            if setvar.get("action", "Set") != "Set" or setvar.get("varname", "SCORE") != "SCORE":
                problems.append(f"{where}: setvar must Set SCORE")
    shown = {d.get("linkrefid") for d in item.iterfind(".//q:displayfeedback", NS)}
    if any(d.get("feedbacktype") is None for d in item.iterfind(".//q:displayfeedback", NS)):
        problems.append(f"{where}: displayfeedback without feedbacktype")
    given = {f.get("ident") for f in item.findall("q:itemfeedback", NS)}
    if shown != given:
        problems.append(f"{where}: feedback shown {sorted(shown)} but given {sorted(given)}")
    return problems


def _item_problems(item: etree._Element) -> list[str]:
    where = f"item {item.get('ident')}"
    if [child.tag for child in item][:2] != [
        f"{{{qti12.QTI}}}itemmetadata",
        f"{{{qti12.QTI}}}presentation",
    ]:
        return [f"{where}: itemmetadata and presentation must come first"]
    fields = _fields(item.find("q:itemmetadata", NS))
    problems = _metadata_problems(where, fields, ITEM_VALUES)
    profiles = [entry for label, entry in fields if label == "cc_profile"]
    if len(profiles) != 1:
        return [*problems, f"{where}: {len(profiles)} cc_profile fields"]
    if profiles[0] in {"cc.multiple_choice.v0p1", "cc.true_false.v0p1"}:
        problems += _choice_problems(where, item, profiles[0])
    problems += _processing_problems(where, item)
    for material in item.iterfind(".//q:material", NS):
        problems += [
            f"{where}: {etree.QName(child).localname} in material"
            for child in material
            if etree.QName(child).localname not in MATERIAL
        ]
    return problems


def cc_qti_problems(document: bytes) -> list[str]:
    """Where a QTI document breaks the CC 1.1 profile of QTI 1.2.1; empty if nowhere."""
    root = etree.fromstring(document)
    if root.tag != f"{{{qti12.QTI}}}questestinterop" or len(root) != 1:
        return ["the root must be questestinterop holding one assessment"]
    assessment = root.find("q:assessment", NS)
    problems = [] if assessment.get("title") else ["the assessment has no title"]
    problems += _metadata_problems("assessment", _fields(assessment), ASSESSMENT_VALUES)
    sections = assessment.findall("q:section", NS)
    if len(sections) != 1 or len(sections[0]) == 0:
        return [*problems, "the assessment must hold one section of items"]
    items = sections[0].findall("q:item", NS)
    if len(items) != len(sections[0]):
        problems.append("the section may hold items only")
    idents = [i.get("ident") for i in items]
    if len(set(idents)) != len(idents):
        problems.append("item idents repeat")  # rule 13a
    for item in items:
        problems += _item_problems(item)
    return problems


def cc_manifest_problems(files: dict[str, bytes]) -> list[str]:
    """Where a cartridge breaks the CC 1.1 manifest profile; empty if nowhere."""
    manifest = etree.fromstring(files["imsmanifest.xml"])
    ns = {"cp": cc.CP, "lom": cc.LOM}
    problems = []
    if manifest.tag != f"{{{cc.CP}}}manifest":
        return ["the manifest is not in the CC 1.1 namespace"]
    metadata = manifest.find("cp:metadata", ns)
    if metadata is None or (
        metadata.findtext("cp:schema", namespaces=ns),
        metadata.findtext("cp:schemaversion", namespaces=ns),
    ) != ("IMS Common Cartridge", "1.1.0"):
        problems.append("metadata must name IMS Common Cartridge 1.1.0")
    elif metadata.find("lom:lom", ns) is None:
        problems.append("the manifest's LOM metadata is missing")
    organizations = manifest.findall("cp:organizations/cp:organization", ns)
    if len(organizations) > 1 or any(
        o.get("structure") != "rooted-hierarchy" for o in organizations
    ):
        problems.append("at most one rooted-hierarchy organization")
    resources = {r.get("identifier"): r for r in manifest.iterfind("cp:resources/cp:resource", ns)}
    for reference in manifest.iterfind(".//cp:item[@identifierref]", ns):
        if reference.get("identifierref") not in resources:
            problems.append(f"item {reference.get('identifier')} names no resource")
        if reference.find("cp:item", ns) is not None:
            problems.append(f"item {reference.get('identifier')} holds items")  # rule 8b
    for ident, resource in resources.items():
        hrefs = [f.get("href") for f in resource.findall("cp:file", ns)]
        problems += [
            f"{ident}: {href} is not in the package" for href in hrefs if href not in files
        ]
        assessment = resource.get("type") == cc.ASSESSMENT  # rule set 3
        extra = resource.get("href") or resource.find("cp:dependency", ns) is not None
        if assessment and (len(hrefs) != 1 or extra):
            problems.append(f"{ident}: an assessment has one file, no href, no dependency")
    return problems


def test_the_cartridge_keeps_the_cc_rules(question_set) -> None:
    files = cc.documents(question_set)
    assert cc_manifest_problems(files) == []
    (resource,) = etree.fromstring(files["imsmanifest.xml"]).iterfind(f".//{{{cc.CP}}}resource")
    assert resource.get("type") == "imsqti_xmlv1p2/imscc_xmlv1p1/assessment"
    document = files[resource.find(f"{{{cc.CP}}}file").get("href")]
    assert cc_qti_problems(document) == []
    items = etree.fromstring(document).findall(".//q:item", NS)
    for element, question in zip(items, question_set.questions, strict=True):
        fields = dict(_fields(element.find("q:itemmetadata", NS)))
        assert fields["qmd_computerscored"] == "Yes"
        expected = (
            "cc.true_false.v0p1"
            if question.options == ("True", "False")
            else "cc.multiple_choice.v0p1"
        )
        assert fields["cc_profile"] == expected


def _broken_item(change) -> list[str]:
    """The CC problems of the awkward cartridge after *change* to its first item."""
    files = cc.documents(AWKWARD)
    root = etree.fromstring(files[_assessment_path(files)])
    change(root.find(".//q:item", NS))
    return cc_qti_problems(etree.tostring(root))


def _with_text(path: str, text: str):
    """A change to an item: the first element at *path* gets *text*."""

    def change(item: etree._Element) -> None:
        item.find(path, NS).text = text

    return change


def _two_options(item: etree._Element) -> None:
    """The item without its last two options (the key, the first, stays)."""
    render = item.find(".//q:render_choice", NS)
    for label in render.findall("q:response_label", NS)[2:]:
        render.remove(label)


@pytest.mark.parametrize(
    ("change", "found"),
    [
        (_with_text(".//q:varequal", "nothing"), "names no response label"),
        (lambda i: i.find(".//q:response_lid", NS).set("rcardinality", "Multiple"), "Single"),
        (lambda i: i.find(".//q:decvar", NS).set("varname", "POINTS"), "SCORE alone"),
        (lambda i: i.find(".//q:setvar", NS).set("action", "Add"), "Set SCORE"),
        (lambda i: i.remove(i.find("q:itemfeedback", NS)), "feedback shown"),
        (_with_text(".//q:fieldentry", "cc.essay"), "cc_profile = 'cc.essay'"),
        (_two_options, "2 response labels for cc.multiple_choice.v0p1"),
    ],
)
def test_the_cc_qti_checks_can_fail(change, found) -> None:
    problems = _broken_item(change)
    assert len(problems) == 1 and found in problems[0], problems


def test_the_cc_manifest_checks_can_fail() -> None:
    files = cc.documents(AWKWARD)
    path = _assessment_path(files)
    manifest = etree.fromstring(files["imsmanifest.xml"])
    manifest.find(f".//{{{cc.CP}}}resource").set("href", path)
    manifest.find(f".//{{{cc.CP}}}schemaversion").text = "1.3.0"
    broken = {"imsmanifest.xml": etree.tostring(manifest)}
    assert len(cc_manifest_problems(broken)) == 3  # the version, the href, the missing file


def test_canvas_items_keep_the_same_qti_rules_but_canvas_s_metadata(question_set) -> None:
    """The Canvas dialect is the same QTI 1.2: only its item metadata fields are Canvas's own."""
    items = _items(canvas.documents(question_set))
    for item in items:
        assert _processing_problems(item.get("ident"), item) == []
        assert [label for label, _ in _fields(item.find("q:itemmetadata", NS))] == [
            "question_type",
            "points_possible",
            "original_answer_ids",
            "assessment_question_identifierref",
        ]


# --- what both packages promise --------------------------------------------------------------


@pytest.mark.parametrize("name", MODULES)
def test_the_source_sentence_is_only_in_the_feedback(name, question_set) -> None:
    items = _items(MODULES[name].documents(question_set))
    for item, question in zip(items, question_set.questions, strict=True):
        shown = [_text(m.text) for m in item.iterfind("q:presentation//q:mattext", NS)]
        assert shown == [question.stem, *question.options]
        sentence = question.source.sentence.strip()
        assert sentence and not any(sentence in text for text in shown)
        assert item.get("title") == question_name(item.getparent().index(item) + 1, question.stem)
        feedback = item.findtext("q:itemfeedback/q:flow_mat/q:material/q:mattext", namespaces=NS)
        assert _text(feedback) == sentence


@pytest.mark.parametrize("name", MODULES)
def test_numbers_keep_their_order_other_options_may_shuffle(name) -> None:
    items = _items(MODULES[name].documents(AWKWARD))
    shuffles = [i.find(".//q:render_choice", NS).get("shuffle") for i in items]
    assert shuffles == ["No" if is_ordered(q) else "Yes" for q in AWKWARD.questions]
    assert shuffles[1] == "No"  # the year question: 1947, 1951, 1957, 1963 as written


@pytest.mark.parametrize("name", MODULES)
def test_text_is_cleaned_of_what_xml_cannot_hold(name) -> None:
    dirty = QuestionSet(
        "Bad\x00 title\x0b",
        (replace(AWKWARD.questions[0], stem="Stem\x01 here?", options=("a\x1f", "b", "c", "d")),),
    )
    for data in MODULES[name].documents(dirty).values():
        root = etree.fromstring(data)
        assert not any(c in etree.tostring(root, encoding="unicode") for c in "\x00\x01\x0b\x1f")
    (item,) = _items(MODULES[name].documents(dirty))
    assert (
        _text(item.findtext(".//q:presentation/q:material/q:mattext", namespaces=NS))
        == "Stem here?"
    )


def test_identifiers_are_stable_and_never_shared() -> None:
    """Canvas matches imports by identifier: another set must not replace this one."""
    twin = QuestionSet("Twins", (AWKWARD.questions[0], AWKWARD.questions[0]))
    idents = [i.get("ident") for i in _items(cc.documents(twin))]
    assert len(set(idents)) == 2
    labels = [
        x.get("ident") for x in _items(cc.documents(twin))[0].iterfind(".//q:response_label", NS)
    ]
    assert len(set(labels)) == 4
    assert qti12.assessment_id(AWKWARD) == qti12.assessment_id(replace(AWKWARD))
    assert qti12.assessment_id(AWKWARD) != qti12.assessment_id(replace(AWKWARD, title="Other"))
    assert all(re.fullmatch("g[0-9a-f]{32}", i) for i in idents)  # an XML name: Canvas's form
