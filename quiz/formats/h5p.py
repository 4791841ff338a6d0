"""H5P Question Set (.h5p): a zip of h5p.json and content/content.json for H5P.QuestionSet 1.20
holding one H5P.MultiChoice 1.16 question per question, without the libraries' own folders.

Package layout, from H5P's specification (h5p.org/documentation/developers/h5p-specification,
"File Structure" and "Package Definition (h5p.json)", https://h5p.org/node/599): a zip named
.h5p with h5p.json at its root (title, language, mainLibrary, embedTypes and
preloadedDependencies are mandatory; "und" is the language of content in no one language;
license "U" is "undisclosed") and content/content.json, the main library's parameters as its
semantics.json defines them. The rules H5P's PHP core checks h5p.json against are
H5PValidator::$h5pRequired/$h5pOptional in h5p/h5p-php-library h5p.classes.php: a title of 1 to
255 bytes on one line, language /^[-a-zA-Z]{1,10}$/, major and minor versions of 1 to 5 digits.

Parameters, from the libraries' semantics.json: h5p/h5p-question-set (1.20: introPage,
progressType, passPercentage, questions as a list of library values, texts, endGame...; the
field names also in its language/.en.json) and h5p/h5p-multi-choice (question, answers of
text/correct/tipsAndFeedback, overallFeedback, behaviour, UI, confirmCheck, confirmRetry; the
names of 1.16's behaviour and UI fields from its language/.en.json, js/multichoice.js defaults
and tests/fixtures/content/single-answer.json). H5P's content validator (H5PContentValidator in
h5p.classes.php) keeps a question only if its library string is one of QuestionSet's options
("H5P.MultiChoice 1.16" in 1.20), keeps only library, params, subContentId and metadata, drops
a subContentId that is not a lowercase UUID, and treats every text as HTML: a text with "tags"
keeps only those tags (and div, span, p, br), any other text is HTML-escaped. So every text here
is escaped, the question wrapped in <p> (its enterMode), and a group of a single field
(overallFeedback) holds that field's value. MultiChoice shuffles answers unless
behaviour.randomAnswers is false: numbers keep their ascending order. The source sentence is
each question's overall feedback, shown once the answer is checked.

Without the libraries: H5P's PHP core (Moodle's own H5P, the WordPress, Drupal and mod_hvp
plugins) reads library folders from a package only if present, and accepts a dependency the
package does not hold when that major.minor is installed already (H5PValidator::isValidPackage:
getMissingLibraries, then getLibraryId); else it fails with "Missing required library", unless
the site has a newer version of the main library (libraryHasUpgrade). Lumi
(@lumieducation/h5p-server 10, PackageImporter.processPackage) installs the package's own
libraries, then refuses it ("install-missing-libraries") unless every dependency in h5p.json is
installed at that major.minor. So the package imports where the Question Set and Multiple Choice
content types are installed, as Moodle installs them from the H5P hub by its scheduled task
"Download available H5P content types from h5p.org" (see also
https://snordian.de/2022/12/31/why-cant-i-upload-h5p-content). h5p.com's importer is not
public and was not checked. QuestionSet 1.21 is on the hub too, but its library.json asks for
H5P core API 1.28, which many Moodle sites lack; 1.20 installs on more of them.
"""

from __future__ import annotations

import json
import uuid
from html import escape
from typing import Any

from quiz.formats.model import (
    QuestionSet,
    is_ordered,
    one_line,
    question_name,
    xml_safe,
    xml_text,
    zipped,
)
from quiz.generator import Question

QUESTION_SET = ("H5P.QuestionSet", 1, 20)
MULTI_CHOICE = ("H5P.MultiChoice", 1, 16)
TITLE_BYTES = 255  # H5P core's /^.{1,255}$/ on h5p.json's title counts bytes
PASS_PERCENTAGE = 50  # QuestionSet's default
# subContentIds are UUIDs derived in this namespace from the set's title and the question.
SUB_CONTENT = uuid.uuid5(uuid.NAMESPACE_URL, "quiz:h5p:subContentId")

# QuestionSet 1.20's interface texts: its semantics' English defaults.
TEXTS = {
    "prevButton": "Previous question",
    "nextButton": "Next question",
    "finishButton": "Finish",
    "submitButton": "Submit",
    "textualProgress": "Question: @current of @total questions",
    "jumpToQuestion": "Question %d of %total",
    "questionLabel": "Question",
    "readSpeakerProgress": "Question @current of @total",
    "unansweredText": "Unanswered",
    "answeredText": "Answered",
    "currentQuestionText": "Current question",
    "navigationLabel": "Questions",
}
END_GAME = {
    "showResultPage": True,
    "showSolutionButton": True,
    "showRetryButton": True,
    "noResultMessage": "Finished",
    "message": "Your result:",
    "scoreBarLabel": "You got @finals out of @totals points",
    "overallFeedback": [{"from": 0, "to": 100}],
    "solutionButtonText": "Show solution",
    "retryButtonText": "Retry",
    "finishButtonText": "Finish",
    "submitButtonText": "Submit",
    "showAnimations": False,
    "skippable": False,
    "skipButtonText": "Skip video",
}
# MultiChoice 1.16's interface texts: its language/.en.json defaults.
UI = {
    "checkAnswerButton": "Check",
    "submitAnswerButton": "Submit",
    "showSolutionButton": "Show solution",
    "tryAgainButton": "Retry",
    "tipsLabel": "Show tip",
    "scoreBarLabel": "You got :num out of :total points",
    "tipAvailable": "Tip available",
    "feedbackAvailable": "Feedback available",
    "wrongAnswer": "Wrong answer",
    "correctAnswer": "Correct answer",
    "shouldCheck": "Should have been checked",
    "shouldNotCheck": "Should not have been checked",
    "noInput": "Please answer before viewing the solution",
    "a11yCheck": "Check the answers. The responses will be marked as correct, incorrect, "
    "or unanswered.",
    "a11yShowSolution": "Show the solution. The task will be marked with its correct solution.",
    "a11yRetry": "Retry the task. Reset all responses and start the task over again.",
}
CONFIRM_CHECK = {
    "header": "Finish ?",
    "body": "Are you sure you wish to finish ?",
    "cancelLabel": "Cancel",
    "confirmLabel": "Finish",
}
CONFIRM_RETRY = {
    "header": "Retry ?",
    "body": "Are you sure you wish to retry ?",
    "cancelLabel": "Cancel",
    "confirmLabel": "Confirm",
}


def library_name(library: tuple[str, int, int]) -> str:
    """A library as content names it: "H5P.MultiChoice 1.16"."""
    name, major, minor = library
    return f"{name} {major}.{minor}"


def _dependency(library: tuple[str, int, int]) -> dict[str, Any]:
    name, major, minor = library
    return {"machineName": name, "majorVersion": major, "minorVersion": minor}


def _text(text: str) -> str:
    """Text as H5P holds it: one line, HTML-escaped."""
    return escape(one_line(text))


def _title(title: str) -> str:
    """The set's title on one line, at most 255 UTF-8 bytes, never empty."""
    line = one_line(title) or "Quiz"
    return line.encode("utf-8")[:TITLE_BYTES].decode("utf-8", errors="ignore")


def _behaviour(question: Question) -> dict[str, Any]:
    return {
        "enableRetry": True,
        "enableSolutionsButton": True,
        "enableCheckButton": True,
        "type": "single",
        "singlePoint": False,
        "randomAnswers": not is_ordered(question),
        "showSolutionsRequiresInput": True,
        "confirmCheckDialog": False,
        "confirmRetryDialog": False,
        "autoCheck": False,
        "passPercentage": 100,
        "showScorePoints": True,
    }


def _multi_choice(question: Question) -> dict[str, Any]:
    """MultiChoice's parameters; the source sentence is the feedback shown after "Check"."""
    feedback = {"from": 0, "to": 100}
    if question.source.sentence.strip():
        feedback["feedback"] = _text(question.source.sentence)
    return {
        "question": f"<p>{_text(question.stem)}</p>",
        "answers": [
            {
                "text": _text(option),
                "correct": index == question.answer_index,
                "tipsAndFeedback": {"tip": "", "chosenFeedback": "", "notChosenFeedback": ""},
            }
            for index, option in enumerate(question.options)
        ],
        "overallFeedback": [feedback],
        "behaviour": _behaviour(question),
        "UI": UI,
        "confirmCheck": CONFIRM_CHECK,
        "confirmRetry": CONFIRM_RETRY,
    }


def _sub_content(title: str, number: int, question: Question) -> dict[str, Any]:
    """One question as a library value of QuestionSet's questions list."""
    return {
        "library": library_name(MULTI_CHOICE),
        "params": _multi_choice(question),
        "subContentId": str(uuid.uuid5(SUB_CONTENT, f"{title}\n{number}\n{question.stem}")),
        "metadata": {
            "contentType": "Multiple Choice",
            "license": "U",
            "title": _text(question_name(number, question.stem)),
        },
    }


def manifest(question_set: QuestionSet) -> dict[str, Any]:
    """h5p.json: the package definition, naming the libraries without shipping them."""
    return {
        "title": _title(xml_text(question_set.title)),
        "language": "und",
        "mainLibrary": QUESTION_SET[0],
        "embedTypes": ["iframe"],
        "license": "U",
        "preloadedDependencies": [_dependency(QUESTION_SET), _dependency(MULTI_CHOICE)],
    }


def content(question_set: QuestionSet) -> dict[str, Any]:
    """content/content.json: QuestionSet's parameters."""
    question_set = xml_safe(question_set)
    title = _title(question_set.title)
    return {
        "introPage": {
            "showIntroPage": False,
            "title": escape(title),
            "startButtonText": "Start Quiz",
        },
        "progressType": "dots",
        "passPercentage": PASS_PERCENTAGE,
        "questions": [
            _sub_content(title, number, question)
            for number, question in enumerate(question_set.questions, 1)
        ],
        "texts": TEXTS,
        "disableBackwardsNavigation": False,
        "randomQuestions": False,
        "endGame": END_GAME,
    }


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def documents(question_set: QuestionSet) -> dict[str, bytes]:
    """Path in the package -> JSON bytes, h5p.json first."""
    return {
        "h5p.json": _json(manifest(question_set)),
        "content/content.json": _json(content(question_set)),
    }


def export(question_set: QuestionSet) -> bytes:
    """The .h5p package as zip bytes."""
    return zipped(documents(question_set))
