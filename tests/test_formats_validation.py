"""Exports checked by software we did not write: the IMS XSD schemas, two independent GIFT
parsers, the standard library's csv, json and HTML parsers."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree
from question_sets import AWKWARD, shown_text

from quiz.formats import FORMATS, QuestionSet, qti
from quiz.formats.model import LETTERS
from quiz.generator import Question, Source

ROOT = Path(__file__).resolve().parents[1]
XSD = ROOT.parent / "shared" / "xsd"
GIFT_CHECK = ROOT / "tools" / "gift-check"


def _required(what: str, fix: str) -> None:
    """Skip, or fail under CI, when a checker is missing."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing: {fix}")
    pytest.skip(f"{what} is missing: {fix}")


@pytest.fixture(scope="module")
def schemas() -> dict[str, etree.XMLSchema]:
    """The official IMS QTI 2.1 and IMS CP 1.1 schemas, read from ../shared/xsd."""
    qti_xsd, cp_xsd = XSD / "qtiv2p1" / "imsqti_v2p1.xsd", XSD / "imscp_v1p1.xsd"
    if not (qti_xsd.exists() and cp_xsd.exists()):
        _required(f"the IMS schemas in {XSD}", "CI runs with ../shared beside the clone")
    return {
        "qti": etree.XMLSchema(etree.parse(str(qti_xsd))),
        "cp": etree.XMLSchema(etree.parse(str(cp_xsd))),
    }


# --- IMS QTI 2.1 content package ------------------------------------------------------------


def test_every_qti_document_is_valid_against_the_ims_schemas(question_set, schemas) -> None:
    documents = qti.documents(question_set)
    for path, data in documents.items():
        schema = schemas["cp"] if path == "imsmanifest.xml" else schemas["qti"]
        document = etree.fromstring(data)
        assert schema.validate(document), f"{path}: {schema.error_log.last_error}"


def test_the_schemas_reject_a_broken_item(schemas) -> None:
    """The validation above can fail: an item without its response declaration is invalid."""
    item = etree.fromstring(qti.documents(AWKWARD)["items/ITEM_0001.xml"])
    item.remove(item[0])  # responseDeclaration
    body = item.find(f"{{{qti.QTI}}}itemBody")
    etree.SubElement(body, "unknownElement")
    assert not schemas["qti"].validate(item)


def test_qti_items_carry_the_key_the_options_and_the_test_orders_them(question_set) -> None:
    namespaces = {"q": qti.QTI, "cp": qti.CP}
    documents = qti.documents(question_set)
    test = etree.fromstring(documents["test.xml"])
    refs = test.findall(".//q:assessmentItemRef", namespaces)
    assert len(refs) == len(question_set.questions)
    manifest = etree.fromstring(documents["imsmanifest.xml"])
    listed = {f.get("href") for f in manifest.findall(".//cp:file", namespaces)}
    for ref, question in zip(refs, question_set.questions, strict=True):
        assert ref.get("href") in listed
        item = etree.fromstring(documents[ref.get("href")])
        choices = item.findall(".//q:simpleChoice", namespaces)
        assert [c.text for c in choices] == list(question.options)
        key = item.findtext(".//q:correctResponse/q:value", namespaces=namespaces)
        assert [c.get("identifier") for c in choices].index(key) == question.answer_index
        assert item.findtext(".//q:prompt", namespaces=namespaces) == question.stem
        processing = item.find("q:responseProcessing", namespaces)
        assert processing.get("template").endswith("/rptemplates/match_correct")


# --- Moodle XML -----------------------------------------------------------------------------


def test_moodle_xml_is_well_formed_and_holds_each_question(question_set) -> None:
    root = etree.fromstring(FORMATS["moodle-xml"].export(question_set).encode("utf-8"))
    assert root.tag == "quiz"
    category = root.find("question[@type='category']")
    assert category.findtext("category/text").startswith("$course$/top/")
    questions = root.findall("question[@type='multichoice']")
    assert len(questions) == len(question_set.questions)
    for element, question in zip(questions, question_set.questions, strict=True):
        assert element.findtext("single") == "true"
        assert element.findtext("answernumbering") == "abc"
        assert element.findtext("shuffleanswers") in {"true", "false"}
        assert shown_text(element.findtext("questiontext/text")) == question.stem
        answers = element.findall("answer")
        assert [shown_text(a.findtext("text")) for a in answers] == list(question.options)
        fractions = [a.get("fraction") for a in answers]
        assert fractions[question.answer_index] == "100"
        assert fractions.count("0") == len(answers) - 1
        assert shown_text(element.findtext("generalfeedback/text")) == question.source.sentence


def test_moodle_xml_keeps_html_text_in_cdata() -> None:
    exported = FORMATS["moodle-xml"].export(AWKWARD)
    assert "<text><![CDATA[<p>In which year did Zoë Ångström &amp; José Núñez" in exported


# --- GIFT -----------------------------------------------------------------------------------


def _gift_pegjs(text: str) -> list[dict]:
    node = shutil.which("node")
    if node is None or not (GIFT_CHECK / "node_modules" / "gift-pegjs").exists():
        _required("gift-pegjs (Node.js)", "`make gift-check` installs it from npm")
    done = subprocess.run(
        [node, str(GIFT_CHECK / "parse.js")],
        input=text,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_gift_pegjs_reads_every_question_as_we_wrote_it(question_set) -> None:
    """gift-pegjs implements Moodle's GIFT grammar as a PEG parser (npm, MIT)."""
    parsed = _gift_pegjs(FORMATS["gift"].export(question_set))
    category, *questions = parsed
    assert category["type"] == "Category"
    assert len(questions) == len(question_set.questions)
    for found, question in zip(questions, question_set.questions, strict=True):
        assert found["type"] == "MC"
        assert found["stem"]["text"] == question.stem
        assert [c["text"]["text"] for c in found["choices"]] == list(question.options)
        assert [c["isCorrect"] for c in found["choices"]].index(True) == question.answer_index
        assert sum(c["isCorrect"] for c in found["choices"]) == 1
        assert found["globalFeedback"]["text"] == question.source.sentence


def test_gift_pegjs_rejects_what_is_not_gift() -> None:
    """The check above can fail: an unescaped brace inside an answer is a syntax error."""
    with pytest.raises(AssertionError, match="Expected"):
        _gift_pegjs("::Q1::Which one?{=a } b ~c}\n")


def _pygiftparser_readable(question) -> bool:
    """pygiftparser 1.1 ends the answer block at an escaped brace and reads any "->" in an
    answer as a matching pair (Moodle does neither); such questions are left to gift-pegjs."""
    texts = [question.stem, *question.options, question.source.sentence]
    return not any("}" in t or "->" in t for t in texts)


# pygiftparser looks up the locale for its messages the deprecated way.
@pytest.mark.filterwarnings("ignore:'locale.getdefaultlocale' is deprecated:DeprecationWarning")
def test_pygiftparser_reads_every_question_it_can(question_set) -> None:
    from pygiftparser import parser, utils

    def unescape(text: str) -> str:
        return utils.transformSpecials(text).replace("\\\\", "\\")

    parsed = parser.parseFile(io.StringIO(FORMATS["gift"].export(question_set)))
    assert len(parsed) == len(question_set.questions)
    checked = 0
    for found, question in zip(parsed, question_set.questions, strict=True):
        if not _pygiftparser_readable(question):
            continue
        assert found.valid
        assert unescape(found.text) == question.stem
        answers = found.answers.answers
        assert [unescape(a.answer) for a in answers] == list(question.options)
        assert [a.fraction for a in answers].index(100) == question.answer_index
        assert unescape(found.generalFeedback) == question.source.sentence
        checked += 1
    assert checked >= len(question_set.questions) - 2


# --- CSV, Anki, JSON, worksheet -------------------------------------------------------------


def test_csv_reads_back_with_the_csv_module(question_set) -> None:
    exported = FORMATS["csv"].export(question_set)
    assert exported.startswith("\ufeff")
    assert "\r\n" in exported
    rows = list(csv.reader(io.StringIO(exported.removeprefix("\ufeff"), newline="")))
    header, *body = rows
    width = max(len(q.options) for q in question_set.questions)
    assert header == [
        "question",
        *(f"option {LETTERS[i]}" for i in range(width)),
        "answer",
        "source",
    ]
    assert len(body) == len(question_set.questions)
    for row, question in zip(body, question_set.questions, strict=True):
        assert len(row) == len(header)
        stem, *options, key, source = row
        assert stem == question.stem
        assert [o.removeprefix("'") for o in options if o] == list(question.options)
        assert key == LETTERS[question.answer_index]
        assert source == question.source.sentence


def test_csv_cells_never_start_a_spreadsheet_formula() -> None:
    formula = QuestionSet(
        "t",
        (
            AWKWARD.questions[0].__class__(
                stem='=HYPERLINK("http://evil")',
                options=("-5", "+2", "@SUM(A1)", "=1+1"),
                answer_index=0,
                kind="count",
                source=AWKWARD.questions[0].source,
                score=0.0,
            ),
        ),
    )
    rows = list(csv.reader(io.StringIO(FORMATS["csv"].export(formula).removeprefix("\ufeff"))))
    stem, *options, _key, _source = rows[1]
    assert stem == '\'=HYPERLINK("http://evil")'
    assert options == ["-5", "+2", "'@SUM(A1)", "'=1+1"]  # numbers stay numbers


def test_anki_file_has_its_headers_and_one_note_per_question(question_set) -> None:
    lines = FORMATS["anki"].export(question_set).splitlines()
    headers = [line for line in lines if line.startswith("#")]
    assert headers == [
        "#separator:tab",
        "#html:true",
        "#columns:Front\tBack\tTags",
        "#tags column:3",
    ]
    notes = [line.split("\t") for line in lines if not line.startswith("#")]
    assert len(notes) == len(question_set.questions)
    for (front, back, tags), question in zip(notes, question_set.questions, strict=True):
        assert shown_text(front) == question.stem + "".join(question.options)
        answer = question.options[question.answer_index]
        assert shown_text(back).startswith(f"{LETTERS[question.answer_index]}. {answer}")
        assert tags.startswith("quiz::") and " " not in tags


def test_json_holds_the_generator_schema_and_the_title(question_set) -> None:
    document = json.loads(FORMATS["json"].export(question_set))
    assert document["format"] == "quiz-json" and document["version"] == 1
    assert document["title"] == question_set.title
    for found, question in zip(document["questions"], question_set.questions, strict=True):
        assert set(found) >= {"stem", "options", "answer_index", "kind", "source", "score"}
        assert found["options"] == list(question.options)
        assert found["options"][found["answer_index"]] == question.answer


def test_worksheet_lists_questions_then_the_key_on_its_own_page(question_set) -> None:
    page = etree.HTML(FORMATS["worksheet"].export(question_set))
    items = page.findall(".//ol[@class='questions']/li")
    assert len(items) == len(question_set.questions)
    for item, question in zip(items, question_set.questions, strict=True):
        assert item.findtext("p") == question.stem
        assert [li.text for li in item.findall("ol/li")] == list(question.options)
    key = page.find(".//section[@class='key']")
    assert len(key.findall("ol/li")) == len(question_set.questions)
    style = page.findtext(".//style")
    assert ".key { break-before: page;" in style and "@media print" in style


# Canvas's qti_exporter (gems/plugins/qti_exporter/lib/qti/qti_exporter.rb): a package is QTI 2
# when its manifest declares one of these namespaces, or its metadata's schema says QTIv2.x;
# otherwise Canvas sends it through its QTI 1.2 converter, which finds no item in ours.
CANVAS_QTI_2_NAMESPACES = (
    "http://www.imsglobal.org/xsd/imsqti_v2p0",
    "http://www.imsglobal.org/xsd/imsqti_v2p1",
    "http://www.imsglobal.org/xsd/qti/qtiv2p0",
    "http://www.imsglobal.org/xsd/qti/qtiv2p1",
)


def _canvas_is_qti_2(manifest: bytes) -> tuple[bool, bool]:
    """Canvas's two tests, each on its own: (a QTI 2 namespace, a QTIv2 schema)."""
    root = etree.fromstring(manifest)
    declared = {ns for element in root.iter() for ns in element.nsmap.values()}
    by_namespace = any(ns.startswith(CANVAS_QTI_2_NAMESPACES) for ns in declared)
    schema = root.find("{*}metadata/{*}schema")
    by_schema = schema is not None and re.search(r"QTIv2\.", schema.text or "", re.I) is not None
    return by_namespace, by_schema


def test_canvas_reads_our_package_as_qti_2_with_points_and_no_answer_in_the_stem(
    question_set,
) -> None:
    documents = qti.documents(question_set)
    assert _canvas_is_qti_2(documents["imsmanifest.xml"]) == (True, True)
    namespaces = {"q": qti.QTI}
    test = etree.fromstring(documents["test.xml"])
    maximum = test.find("q:outcomeDeclaration[@identifier='MAXSCORE']", namespaces)
    assert maximum.findtext(".//q:value", namespaces=namespaces) == str(len(question_set.questions))
    for question, (path, data) in zip(
        question_set.questions,
        [(p, d) for p, d in documents.items() if p.startswith("items/")],
        strict=True,
    ):
        item = etree.fromstring(data)
        score = item.find("q:outcomeDeclaration[@identifier='SCORE']", namespaces)
        assert score.get("normalMaximum") == "1", path
        body = "".join(item.find("q:itemBody", namespaces).itertext())
        if question.source.sentence:
            assert question.source.sentence not in body  # the source would give the key away


def test_the_kahoot_sheet_keeps_kahoot_s_template_rules(question_set) -> None:
    """Read with openpyxl, as Kahoot's importer reads its template: the header on row 8 in
    columns B to H, then questions within Kahoot's limits."""
    import openpyxl

    from quiz.formats import kahoot

    long_stem = replace(question_set.questions[0], stem="Why " + "very " * 40 + "long?")
    padded = QuestionSet(question_set.title, (*question_set.questions, long_stem))
    sheet = openpyxl.load_workbook(io.BytesIO(FORMATS["kahoot"].export(padded))).active
    header = [sheet.cell(row=8, column=c).value for c in range(2, 9)]
    assert header[0].startswith("Question - max 120") and header[6].startswith("Correct answer")
    rows = list(sheet.iter_rows(min_row=9, min_col=1, max_col=8, values_only=True))
    left_out = len(padded.questions) - len(rows)
    assert left_out >= 1  # the long one, at least
    plural = "s" if left_out != 1 else ""
    assert f"{left_out} question{plural} over Kahoot's limits" in sheet["B3"].value
    for number, (index, stem, *cells) in enumerate(rows, 1):
        answers, time_limit, correct = [a for a in cells[:4] if a], cells[4], cells[5]
        assert index == number and len(stem) <= 120
        assert 2 <= len(answers) <= 4 and all(len(a) <= 75 for a in answers)
        assert time_limit in kahoot.TIME_LIMITS
        assert all(1 <= int(n) <= len(answers) for n in str(correct).split(","))


def test_anki_opens_the_package_and_a_second_import_adds_nothing(question_set, tmp_path) -> None:
    """Anki's own library (the `anki` package) imports the .apkg: one note and one card per
    question; importing it again updates those notes and adds none."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    package = tmp_path / "set.apkg"
    package.write_bytes(FORMATS["apkg"].export(question_set))
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(package), options=ImportAnkiPackageOptions(with_scheduling=False)
        )
        collection.import_anki_package(request)
        counts = (collection.note_count(), collection.card_count())
        assert counts == (len(question_set.questions), len(question_set.questions))
        fronts = {collection.get_note(note_id)["Question"] for note_id in collection.find_notes("")}
        assert all(any(q.stem.split()[0] in f for f in fronts) for q in question_set.questions)
        collection.import_anki_package(request)
        assert (collection.note_count(), collection.card_count()) == counts
    finally:
        collection.close()


def test_kahoot_takes_the_generator_s_shorter_stem_for_a_question_over_its_limit() -> None:
    """A stem over 120 characters is replaced by its shorter wording, if the generator has one;
    one without is left out and counted."""
    import openpyxl

    from quiz.generator.shorten import shorter_stem

    long_cloze = (
        "Following the advice of his mentor Vilhelm Thomsen, Otto Jespersen returned to "
        "Copenhagen in August ____ and began work on his doctoral dissertation on the English "
        "case system."
    )
    shortened = Question(
        long_cloze, ("1880", "1884", "1887", "1893"), 2, "year", Source("", "", 0, 0), 0.5
    )
    hopeless = replace(shortened, stem="Why " + "very " * 40 + "long?")
    sheet = openpyxl.load_workbook(
        io.BytesIO(FORMATS["kahoot"].export(QuestionSet("Jespersen", (shortened, hopeless))))
    ).active
    rows = list(sheet.iter_rows(min_row=9, min_col=2, max_col=8, values_only=True))
    assert [row[0] for row in rows] == [shorter_stem(long_cloze, 120)]
    assert len(rows[0][0]) <= 120 and "Copenhagen in August ____" in rows[0][0]
    assert rows[0][1:5] == ("1880", "1884", "1887", "1893") and rows[0][6] == "3"
    assert "1 question over Kahoot's limits" in sheet["B3"].value
