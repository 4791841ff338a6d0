"""The H5P Question Set package: golden files, the zip, h5p.json against H5P's package
definition and its PHP core's rules, and content.json against the libraries' semantics.

No registry holds H5P.QuestionSet's or H5P.MultiChoice's semantics.json (npm has no
h5p-question-set or h5p-multi-choice package, PyPI none), so the semantics are transcribed
below from the libraries' repositories and checked the way H5P's content validator checks them
(H5PContentValidator in h5p/h5p-php-library h5p.classes.php): what it would drop or rewrite is
reported here as a problem.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import replace
from typing import Any

from question_sets import AWKWARD, shown_text
from test_formats_golden import GOLDEN, _check

from quiz.formats import QuestionSet, h5p
from quiz.formats.model import ZIP_TIME, is_ordered, one_line
from quiz.generator import Question, Source

# --- semantics, in semantics.json's own form ------------------------------------------------


def _field(name: str, kind: str, optional: bool = False, **rest: Any) -> dict[str, Any]:
    return {"name": name, "type": kind, "optional": optional, **rest}


def text(name: str, optional: bool = False, tags: list[str] | None = None) -> dict[str, Any]:
    return _field(name, "text", optional, **({"tags": tags} if tags is not None else {}))


def boolean(name: str, optional: bool = False) -> dict[str, Any]:
    return _field(name, "boolean", optional)


def number(name: str, low: int | None = None, high: int | None = None, **rest: Any) -> dict:
    bounds = {k: v for k, v in (("min", low), ("max", high)) if v is not None}
    return _field(name, "number", rest.pop("optional", False), **bounds, **rest)


def select(name: str, values: list[str], optional: bool = False) -> dict[str, Any]:
    return _field(name, "select", optional, options=[{"value": v} for v in values])


def group(name: str, fields: list[dict], optional: bool = False, **rest: Any) -> dict[str, Any]:
    return _field(name, "group", optional, fields=fields, **rest)


def listing(name: str, field: dict, low: int | None = None, optional: bool = False) -> dict:
    return _field(name, "list", optional, field=field, **({"min": low} if low else {}))


def library(name: str, options: list[str], optional: bool = False) -> dict[str, Any]:
    return _field(name, "library", optional, options=options)


def _range_list(name: str) -> dict[str, Any]:
    """The overall feedback group both libraries use: one list, so it holds the list itself."""
    ranges = group(
        name,
        [number("from", 0, 100), number("to", 0, 100), text("feedback", optional=True)],
    )
    return group(name, [listing(name, ranges, low=1, optional=True)])


def _confirm(name: str) -> dict[str, Any]:
    body = text("body", tags=["strong", "em", "del", "u"])
    return group(name, [text("header"), body, text("cancelLabel"), text("confirmLabel")])


HEADING = ["strong", "em", "code"]
# H5P.QuestionSet 1.20's semantics.json (h5p/h5p-question-set; 1.20.7 as CurrikiStudio's
# library seeder copies it, less that seeder's own "currikisettings" group; field names checked
# against h5p/h5p-question-set language/.en.json).
QUESTION_SET = [
    group(
        "introPage",
        [
            boolean("showIntroPage"),
            text("title", optional=True, tags=["sub", "sup", *HEADING]),
            text("introduction", optional=True, tags=["sub", "sup", "strong", "em", "p", "code"]),
            text("startButtonText", optional=True),
            _field("backgroundImage", "image", optional=True),
        ],
    ),
    _field("backgroundImage", "image", optional=True),
    select("progressType", ["textual", "dots"]),
    number("passPercentage", 0, 100, step=1),
    listing(
        "questions",
        library(
            "question",
            [
                "H5P.MultiChoice 1.16",
                "H5P.DragQuestion 1.14",
                "H5P.Blanks 1.14",
                "H5P.MarkTheWords 1.11",
                "H5P.DragText 1.10",
                "H5P.TrueFalse 1.8",
                "H5P.Essay 1.5",
            ],
        ),
        low=1,
    ),
    group(
        "texts",
        [
            text("prevButton"),
            text("nextButton"),
            text("finishButton"),
            text("submitButton"),
            text("textualProgress", tags=HEADING),
            text("jumpToQuestion"),
            text("questionLabel"),
            text("readSpeakerProgress"),
            text("unansweredText"),
            text("answeredText"),
            text("currentQuestionText"),
            text("navigationLabel"),
        ],
    ),
    boolean("disableBackwardsNavigation", optional=True),
    boolean("randomQuestions"),
    number("poolSize", 1, optional=True),
    group(
        "endGame",
        [
            boolean("showResultPage"),
            boolean("showSolutionButton"),
            boolean("showRetryButton"),
            text("noResultMessage", optional=True),
            text("message", tags=HEADING),
            text("scoreBarLabel"),
            _range_list("overallFeedback"),
            group(
                "oldFeedback",
                [
                    text("successGreeting", optional=True, tags=HEADING),
                    text("successComment", optional=True, tags=["sub", "sup", "a", "p", *HEADING]),
                    text("failGreeting", optional=True, tags=HEADING),
                    text("failComment", optional=True, tags=["sub", "sup", "a", "p", *HEADING]),
                ],
                deprecated=True,
            ),
            text("solutionButtonText"),
            text("retryButtonText"),
            text("finishButtonText"),
            text("submitButtonText"),
            boolean("showAnimations"),
            boolean("skippable"),
            text("skipButtonText"),
            _field("successVideo", "video", optional=True),
            _field("failVideo", "video", optional=True),
        ],
    ),
    group(
        "override",
        [
            boolean("checkButton", optional=True),
            select("showSolutionButton", ["on", "off"], optional=True),
            select("retryButton", ["on", "off"], optional=True),
        ],
        optional=True,
    ),
]
FEEDBACK_TAGS = ["strong", "em", "sub", "sup", "a"]
# H5P.MultiChoice 1.16's semantics.json (h5p/h5p-multi-choice): the fields of its stored
# semantics.json; UI's and behaviour's names as 1.16 has them (language/.en.json,
# js/multichoice.js's defaults, tests/fixtures/content/single-answer.json). The UI texts that
# file does not show are taken as optional, as its other UI texts are.
MULTI_CHOICE = [
    group(
        "media",
        [
            library("type", ["H5P.Image 1.1", "H5P.Video 1.6", "H5P.Audio 1.5"], optional=True),
            boolean("disableImageZooming", optional=True),
        ],
    ),
    text("question", tags=["strong", "em", "sub", "sup", "h2", "h3"]),
    listing(
        "answers",
        group(
            "answer",
            [
                text("text", tags=["strong", "em", "sub", "sup"]),
                boolean("correct"),
                group(
                    "tipsAndFeedback",
                    [
                        text("tip", optional=True, tags=["p", "br", "strong", "em", "a"]),
                        text("chosenFeedback", optional=True, tags=FEEDBACK_TAGS),
                        text("notChosenFeedback", optional=True, tags=FEEDBACK_TAGS),
                    ],
                    optional=True,
                ),
            ],
        ),
        low=1,
    ),
    _range_list("overallFeedback"),
    group(
        "UI",
        [
            text("checkAnswerButton"),
            text("submitAnswerButton", optional=True),
            text("showSolutionButton"),
            *(
                text(name, optional=True)
                for name in (
                    "tryAgainButton",
                    "tipsLabel",
                    "scoreBarLabel",
                    "tipAvailable",
                    "feedbackAvailable",
                    "readFeedback",
                    "wrongAnswer",
                    "correctAnswer",
                    "shouldCheck",
                    "shouldNotCheck",
                    "noInput",
                    "a11yCheck",
                    "a11yShowSolution",
                    "a11yRetry",
                )
            ),
        ],
    ),
    group(
        "behaviour",
        [
            boolean("enableRetry", optional=True),
            boolean("enableSolutionsButton", optional=True),
            boolean("enableCheckButton", optional=True),
            select("type", ["auto", "multi", "single"]),
            boolean("singlePoint"),
            boolean("randomAnswers"),
            boolean("showSolutionsRequiresInput", optional=True),
            boolean("confirmCheckDialog"),
            boolean("confirmRetryDialog"),
            boolean("autoCheck"),
            number("passPercentage", 0, 100, step=1),
            boolean("showScorePoints"),
        ],
        optional=True,
    ),
    _confirm("confirmCheck"),
    _confirm("confirmRetry"),
]
LICENSES = "U CC_BY CC_BY-SA CC_BY-ND CC_BY-NC CC_BY-NC-SA CC_BY-NC-ND CC0_1.0 CC_PDM GNU_GPL PD"
# A sub-content's metadata: H5PContentValidator::getMetadataSemantics in h5p.classes.php.
METADATA = [
    text("title"),
    select("license", [*LICENSES.replace("_", " ").split(), "ODC PDDL", "C"]),
    select("licenseVersion", ["4.0", "3.0", "2.5", "2.0", "1.0"], optional=True),
    number("yearFrom", -9999, 9999, optional=True),
    number("yearTo", -9999, 9999, optional=True),
    text("source", optional=True),
    text("licenseExtras", optional=True),
    text("authorComments", optional=True),
    text("contentType", optional=True),
    text("defaultLanguage", optional=True),
]
LIBRARIES = {"H5P.QuestionSet 1.20": QUESTION_SET, "H5P.MultiChoice 1.16": MULTI_CHOICE}

# --- H5P's content validator, reporting instead of rewriting --------------------------------

SUB_CONTENT_ID = re.compile(r"\{?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\}?")
# Entities filter_xss keeps, and those htmlspecialchars(..., double_encode=FALSE) leaves alone.
ENTITY = r"&(?:#[0-9]+;|#[xX]0*(?:[0-9A-Fa-f]{2})+;|[A-Za-z][A-Za-z0-9]*;)"
BARE_AMPERSAND = re.compile(rf"&(?!{ENTITY[1:]})")
TAG = re.compile(r"<(/?)([a-zA-Z0-9-]+)([^<>]*)>")


def _allowed_tags(tags: list[str]) -> set[str]:
    """The tags validateText keeps for a field's "tags"."""
    allowed = {"div", "span", "p", "br", *tags}
    for tag, also in (("b", "strong"), ("i", "em"), ("ul", "li"), ("ol", "li"), ("del", "s")):
        if tag in allowed:
            allowed.add(also)
    return allowed


def _text_problems(value: Any, field: dict, path: str) -> list[str]:
    if not isinstance(value, str):
        return [f"{path}: not a string"]
    if "tags" not in field:  # plain text: htmlspecialchars would change any of these
        raw = [c for c in "<>\"'" if c in value] + (["&"] if BARE_AMPERSAND.search(value) else [])
        return [f"{path}: unescaped {''.join(raw)!r} in plain text"] if raw else []
    problems = []
    allowed = _allowed_tags(field["tags"])
    for slash, tag, attributes in TAG.findall(value):
        if tag.lower() not in allowed:
            problems.append(f"{path}: <{tag}> is not allowed")
        if attributes.strip() and not slash:
            problems.append(f"{path}: <{tag}> has attributes")
    outside = TAG.sub("", value)
    if "<" in outside or ">" in outside:
        problems.append(f"{path}: a bare < or > in HTML")
    if BARE_AMPERSAND.search(value):
        problems.append(f"{path}: a bare & in HTML")
    return problems


def _number_problems(value: Any, field: dict, path: str) -> list[str]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return [f"{path}: not a number"]
    low, high, step = field.get("min"), field.get("max"), field.get("step")
    if (low is not None and value < low) or (high is not None and value > high):
        return [f"{path}: {value} out of [{low}, {high}]"]
    if step and (value - (low or 0)) % step:
        return [f"{path}: {value} not a multiple of {step}"]
    return []


def _required(field: dict) -> bool:
    """Whether a field holds a value the semantics require (an optional or deprecated field, a
    group of optional fields, does not)."""
    if field.get("optional") or field.get("deprecated"):
        return False
    if field["type"] == "group":
        return any(_required(f) for f in field["fields"])
    return True


def _group_problems(value: Any, field: dict, path: str, flatten: bool = True) -> list[str]:
    fields = field["fields"]
    if flatten and len(fields) == 1:  # a group of one field holds that field's value
        return problems_of(value, fields[0], path)
    if not isinstance(value, dict):
        return [f"{path}: not an object"]
    by_name = {f["name"]: f for f in fields}
    problems = [f"{path}.{key}: not in the semantics" for key in value if key not in by_name]
    for key, item in value.items():
        if key in by_name:
            problems += problems_of(item, by_name[key], f"{path}.{key}")
    if not field.get("optional"):
        problems += [
            f"{path}.{f['name']}: required, missing"
            for f in fields
            if f["name"] not in value and _required(f)
        ]
    return problems


def _library_problems(value: Any, field: dict, path: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{path}: not an object"]
    name = value.get("library")
    if name not in field["options"]:
        return [f"{path}: library {name!r} is not one of {field['options']}"]
    problems = [
        f"{path}.{key}: dropped"
        for key in value
        if key not in {"library", "params", "subContentId", "metadata"}
    ]
    if "subContentId" in value and not SUB_CONTENT_ID.fullmatch(str(value["subContentId"])):
        problems.append(f"{path}.subContentId: not a lowercase UUID")
    params = {"type": "group", "fields": LIBRARIES[name]}
    problems += _group_problems(value.get("params"), params, f"{path}.params", flatten=False)
    if "metadata" in value:
        metadata = {"type": "group", "fields": METADATA, "optional": True}
        problems += _group_problems(value["metadata"], metadata, f"{path}.metadata", False)
    return problems


def problems_of(value: Any, field: dict, path: str) -> list[str]:
    """What H5P's content validator would drop or rewrite in *value*, a value of *field*."""
    kind = field["type"]
    if kind == "text":
        return _text_problems(value, field, path)
    if kind == "number":
        return _number_problems(value, field, path)
    if kind == "boolean":
        return [] if isinstance(value, bool) else [f"{path}: not a boolean"]
    if kind == "select":
        values = [option["value"] for option in field["options"]]
        return [] if value in values else [f"{path}: {value!r} is not one of {values}"]
    if kind == "list":
        if not isinstance(value, list) or len(value) < field.get("min", 0) or not value:
            return [f"{path}: not a list of at least {field.get('min', 1)}"]
        return [
            p
            for i, item in enumerate(value)
            for p in problems_of(item, field["field"], f"{path}[{i}]")
        ]
    if kind == "group":
        return _group_problems(value, field, path)
    if kind == "library":
        return _library_problems(value, field, path)
    return [f"{path}: a {kind} field: this export writes none"]


def content_problems(content: dict[str, Any]) -> list[str]:
    """content.json checked as H5P checks a QuestionSet 1.20's parameters."""
    return _group_problems(content, {"type": "group", "fields": QUESTION_SET}, "content", False)


# --- the tests ------------------------------------------------------------------------------


def _package(question_set: QuestionSet) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(h5p.export(question_set))) as package:
        assert package.testzip() is None
        assert all(info.date_time == ZIP_TIME for info in package.infolist())
        return {info.filename: package.read(info) for info in package.infolist()}


def _documents(question_set: QuestionSet) -> tuple[dict[str, Any], dict[str, Any]]:
    files = _package(question_set)
    return json.loads(files["h5p.json"]), json.loads(files["content/content.json"])


def test_h5p_json_and_content_json_match_their_golden_files() -> None:
    for path, data in h5p.documents(AWKWARD).items():
        _check(GOLDEN / "awkward-h5p" / path, data)


def test_the_package_holds_the_two_files_and_no_library_folder() -> None:
    files = _package(AWKWARD)
    assert list(files) == ["h5p.json", "content/content.json"]
    assert files == h5p.documents(AWKWARD)
    assert h5p.export(AWKWARD) == h5p.export(AWKWARD)  # the same bytes every time


# h5p.json as H5P's PHP core checks it: H5PValidator::$h5pRequired in h5p.classes.php (its
# patterns have no /u flag, so a title's 255 are bytes, and "." takes no line break).
REQUIRED = {
    "title": re.compile(rb"^.{1,255}$"),
    "language": re.compile(rb"^[-a-zA-Z]{1,10}$"),
    "mainLibrary": re.compile(rb"^[$a-z_][0-9a-z_.$]{1,254}$", re.IGNORECASE),
}
MACHINE_NAME = re.compile(r"^[\w\-.]{1,255}$")
VERSION = re.compile(r"^[0-9]{1,5}$")
H5P_LICENSE = re.compile(
    r"^(CC BY|CC BY-SA|CC BY-ND|CC BY-NC|CC BY-NC-SA|CC BY-NC-ND|CC0 1\.0|GNU GPL|PD|ODC PDDL"
    r"|CC PDM|U|C)$"
)


def _manifest_problems(manifest: dict[str, Any]) -> list[str]:
    """What H5P's package definition (h5p.org/node/599) and its PHP core's patterns refuse."""
    problems = [
        f"{key}: missing"
        for key in ("title", "mainLibrary", "language", "preloadedDependencies", "embedTypes")
        if key not in manifest
    ]
    for key, pattern in REQUIRED.items():
        if key in manifest and not pattern.search(str(manifest[key]).encode("utf-8")):
            problems.append(f"{key}: {manifest[key]!r} does not match {pattern.pattern!r}")
    if not manifest.get("embedTypes") or set(manifest["embedTypes"]) - {"iframe", "div"}:
        problems.append(f"embedTypes: {manifest.get('embedTypes')!r}")
    if "license" in manifest and not H5P_LICENSE.match(manifest["license"]):
        problems.append(f"license: {manifest['license']!r}")
    for dependency in manifest.get("preloadedDependencies", []):
        if not MACHINE_NAME.match(dependency["machineName"]) or not all(
            isinstance(dependency[k], int) and VERSION.match(str(dependency[k]))
            for k in ("majorVersion", "minorVersion")
        ):
            problems.append(f"preloadedDependencies: {dependency!r}")
    named = [d["machineName"] for d in manifest.get("preloadedDependencies", [])]
    if manifest.get("mainLibrary") not in named:
        problems.append("preloadedDependencies: the main library is not among them")
    return problems


def _libraries_used(value: Any) -> set[str]:
    """Every "library" string in content.json, at any depth."""
    if isinstance(value, dict):
        own = {value["library"]} if isinstance(value.get("library"), str) else set()
        return own.union(*(_libraries_used(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_libraries_used(v) for v in value))
    return set()


def test_h5p_json_has_the_documented_fields_and_names_every_library_it_uses(question_set) -> None:
    manifest, content = _documents(question_set)
    assert _manifest_problems(manifest) == []
    assert manifest["mainLibrary"] == "H5P.QuestionSet"
    named = {
        f"{d['machineName']} {d['majorVersion']}.{d['minorVersion']}"
        for d in manifest["preloadedDependencies"]
    }
    assert named == {"H5P.QuestionSet 1.20", "H5P.MultiChoice 1.16"}
    assert _libraries_used(content) | {"H5P.QuestionSet 1.20"} == named
    assert manifest["title"] == one_line(question_set.title)


def test_the_h5p_json_check_can_fail() -> None:
    manifest, _ = _documents(AWKWARD)
    broken = {
        **manifest,
        "title": "x" * 256,
        "language": "es-419",
        "mainLibrary": "H5P.QuestionSet 1.20",
        "license": "MIT",
    }
    del broken["embedTypes"]
    found = _manifest_problems(broken)
    for key in ("title", "language", "mainLibrary", "license", "embedTypes: missing"):
        assert any(p.startswith(key) for p in found), key


def test_a_long_or_broken_title_stays_within_h5p_s_255_bytes_on_one_line() -> None:
    title = "Ünïcödé\x00 title\nover\ttwo lines " + "é" * 300
    manifest, content = _documents(QuestionSet(title, AWKWARD.questions))
    assert _manifest_problems(manifest) == []
    assert len(manifest["title"].encode("utf-8")) <= 255
    assert manifest["title"].startswith("Ünïcödé title over two lines éé")
    assert content_problems(content) == []
    assert _documents(QuestionSet(" \n", AWKWARD.questions))[0]["title"] == "Quiz"


def test_content_json_follows_the_libraries_semantics(question_set) -> None:
    _, content = _documents(question_set)
    assert content_problems(content) == []


def test_the_semantics_check_can_fail() -> None:
    _, content = _documents(AWKWARD)
    first = content["questions"][0]
    first["params"]["behaviour"]["shuffle"] = True  # no such field
    first["params"]["question"] = "<p>Which <script>alert(1)</script> one?</p>"
    first["params"]["answers"][0]["text"] = "<b onclick='x()'>=</b>"
    first["params"]["overallFeedback"][0]["feedback"] = "a <b>plain</b> & text"
    first["subContentId"] = first["subContentId"].upper()
    del first["params"]["answers"][1]["correct"]
    content["questions"][1]["library"] = "H5P.MultiChoice 1.15"
    content["passPercentage"] = 150
    content["progressType"] = "bar"
    found = "\n".join(content_problems(content))
    for expected in (
        "behaviour.shuffle: not in the semantics",
        "<script> is not allowed",
        "<b> has attributes",
        "unescaped '<>&' in plain text",
        "subContentId: not a lowercase UUID",
        "answers[1].correct: required, missing",
        "questions[1]: library 'H5P.MultiChoice 1.15'",
        "passPercentage: 150 out of [0, 100]",
        "progressType: 'bar'",
    ):
        assert expected in found


def test_each_question_holds_its_stem_options_key_and_source(question_set) -> None:
    _, content = _documents(question_set)
    assert len(content["questions"]) == len(question_set.questions)
    pairs = zip(content["questions"], question_set.questions, strict=True)
    for number, (item, question) in enumerate(pairs, 1):
        params = item["params"]
        assert params["question"].startswith("<p>") and params["question"].endswith("</p>")
        assert shown_text(params["question"]) == one_line(question.stem)
        answers = params["answers"]
        assert [shown_text(a["text"]) for a in answers] == [one_line(o) for o in question.options]
        assert [a["correct"] for a in answers].index(True) == question.answer_index
        assert sum(a["correct"] for a in answers) == 1
        assert params["behaviour"]["type"] == "single"
        [feedback] = params["overallFeedback"]
        assert (feedback["from"], feedback["to"]) == (0, 100)
        assert shown_text(feedback.get("feedback", "")) == one_line(question.source.sentence)
        assert shown_text(item["metadata"]["title"]).startswith(f"Q{number} ")


def test_numbers_keep_their_order_and_other_answers_are_shuffled() -> None:
    _, content = _documents(AWKWARD)
    shuffled = [q["params"]["behaviour"]["randomAnswers"] for q in content["questions"]]
    assert shuffled == [not is_ordered(q) for q in AWKWARD.questions]
    assert shuffled[1] is False  # the year question: 1947, 1951, 1957, 1963 stay in order
    assert shuffled.count(True) == len(shuffled) - 1


def test_sub_content_ids_are_unique_uuids_that_depend_on_the_set() -> None:
    _, content = _documents(AWKWARD)
    ids = [q["subContentId"] for q in content["questions"]]
    assert all(SUB_CONTENT_ID.fullmatch(i) for i in ids)
    twice = QuestionSet(AWKWARD.title, AWKWARD.questions + AWKWARD.questions[:1])
    with_copy = [q["subContentId"] for q in _documents(twice)[1]["questions"]]
    assert with_copy[: len(ids)] == ids and len(set(with_copy)) == len(with_copy)
    renamed = _documents(replace(AWKWARD, title="Another title"))[1]
    assert not set(ids) & {q["subContentId"] for q in renamed["questions"]}


def test_control_characters_are_left_out_of_the_text() -> None:
    question = Question(
        "Which\x07 one\x1b?", ("a\x00b", "c"), 0, "term", Source("t", "s\x0c.", 0, 2), 0.5
    )
    _, content = _documents(QuestionSet("Bell\x07", (question,)))
    params = content["questions"][0]["params"]
    assert params["question"] == "<p>Which one?</p>"
    assert [a["text"] for a in params["answers"]] == ["ab", "c"]
    assert content_problems(content) == []
