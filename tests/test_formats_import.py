"""Import: export -> import gives the same questions back; other question types are counted;
a malformed file names the line or element at fault."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from question_sets import AWKWARD

from quiz.formats import FORMATS, IMPORTABLE, FormatError, QuestionSet, gift, guess_format
from quiz.generator import Question, Source

# Formats that carry the title and the source sentence (Aiken has no place for either).
RICH = ["gift", "moodle-xml", "json"]


def _essentials(questions) -> list[tuple]:
    return [(q.stem, q.options, q.answer_index) for q in questions]


@pytest.mark.parametrize("name", [name for name in IMPORTABLE if FORMATS[name].parse])
def test_export_then_import_gives_the_same_questions_options_and_keys(name, seed_questions):
    for question_set in (AWKWARD, QuestionSet("Seed", tuple(seed_questions))):
        chosen = FORMATS[name]
        imported = chosen.parse(chosen.export(question_set))
        assert _essentials(imported.questions) == _essentials(question_set.questions)
        assert imported.skipped == 0
        if name in RICH:
            assert imported.title == question_set.title
            assert [q.source.sentence for q in imported.questions] == [
                q.source.sentence for q in question_set.questions
            ]


def test_json_keeps_the_kind_so_numbers_stay_in_order() -> None:
    imported = FORMATS["json"].parse(FORMATS["json"].export(AWKWARD))
    assert [q.kind for q in imported.questions] == [q.kind for q in AWKWARD.questions]


def test_importable_formats_are_those_the_issues_name() -> None:
    assert sorted(IMPORTABLE) == [
        *("aiken", "blackboard", "brightspace", "csv", "gift", "json", "kahoot", "moodle-xml"),
        "wayground",
    ]


@pytest.mark.parametrize(
    "sheet",
    [
        "Question,A,B,C,D,Answer\n"
        "Which city is the capital of Poland?,Krakow,Warsaw,Gdansk,Poznan,B\n",
        "Which city is the capital of Poland?,Krakow,Warsaw,Gdansk,Poznan,Warsaw\n",
        "question;option A;option B;option C;option D;answer\n"
        "Which city is the capital of Poland?;Krakow;Warsaw;Gdansk;Poznan;2\n",
        "Question\tAnswer 1\tAnswer 2\tAnswer 3\tCorrect answer\n"
        "Which city is the capital of Poland?\tKrakow\tWarsaw\tGdansk\twarsaw\n",
    ],
)
def test_the_common_question_a_b_c_d_answer_sheets_are_read(sheet: str) -> None:
    imported = FORMATS["csv"].parse(sheet)
    (question,) = imported.questions
    assert question.stem == "Which city is the capital of Poland?"
    assert question.options[question.answer_index] == "Warsaw"
    assert question.options[:3] == ("Krakow", "Warsaw", "Gdansk")


def test_a_csv_row_without_a_valid_answer_names_its_row() -> None:
    sheet = "Question,A,B,Answer\nWhich?,yes,no,A\nWhich else?,yes,no,E\nOne option?,only,,A\n"
    with pytest.raises(FormatError, match="row 3: the answer names no option"):
        FORMATS["csv"].parse(sheet)
    imported = FORMATS["csv"].parse(sheet.replace(",E\n", ",B\n"))
    assert len(imported.questions) == 2 and imported.skipped == 1


def test_blackboard_lines_follow_the_upload_rules_and_other_types_are_counted() -> None:
    exported = FORMATS["blackboard"].export(AWKWARD)
    lines = exported.splitlines()
    assert len(lines) == len(AWKWARD.questions) and "" not in lines  # no header, no blank line
    for line, question in zip(lines, AWKWARD.questions, strict=True):
        fields = line.split("\t")
        assert fields[0] == "MC" and len(fields) == 2 + 2 * len(question.options)
        assert fields[3::2].count("correct") == 1 and set(fields[3::2]) <= {"correct", "incorrect"}
    mixed = exported + "TF\tThe sun is a star.\ttrue\nMA\tWhich?\ta\tcorrect\tb\tcorrect\n"
    imported = FORMATS["blackboard"].parse(mixed)
    assert len(imported.questions) == len(AWKWARD.questions) and imported.skipped == 2
    with pytest.raises(FormatError, match="line 1: each answer must be followed by correct"):
        FORMATS["blackboard"].parse("MC\tWhich?\ta\tright\tb\twrong\n")


def test_quizlet_cards_are_question_and_right_answer() -> None:
    lines = FORMATS["quizlet"].export(AWKWARD).splitlines()
    for line, question in zip(lines, AWKWARD.questions, strict=True):
        term, definition = line.split("\t")
        assert definition == " ".join(question.answer.split())
        assert term == " ".join(question.stem.split())


# --- any text survives GIFT ----------------------------------------------------------------

# Any character but surrogates (which no UTF-8 file can hold).
ANY_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=80)
# What an import can give back: stripped, non-empty, line breaks as LF.
FIELD = ANY_TEXT.map(lambda t: gift.normal_newlines(t).strip()).filter(bool)


@given(ANY_TEXT)
def test_any_text_survives_gift_escaping(text: str) -> None:
    escaped = gift.escape(text)
    assert "\n" not in escaped and "\r" not in escaped
    assert gift.unescape(escaped) == gift.normal_newlines(text)


@settings(max_examples=300, deadline=None)
@example("[html]<b>Bold?</b>", ["%50% of them", "=x", "a -> b"], 0, "#1 {x}", "T")
@given(
    FIELD,
    st.lists(FIELD, min_size=2, max_size=6, unique=True),
    st.integers(0, 5),
    FIELD,
    st.text(max_size=40),
)
def test_any_question_survives_a_gift_round_trip(stem, options, key_seed, sentence, title) -> None:
    key = key_seed % len(options)
    question = Question(
        stem=stem,
        options=tuple(options),
        answer_index=key,
        kind="term",
        source=Source("doc", sentence, 0, 0),
        score=0.0,
    )
    imported = gift.parse(gift.export(QuestionSet(title, (question,))))
    assert _essentials(imported.questions) == [(stem, tuple(options), key)]
    assert imported.questions[0].source.sentence == sentence


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT, st.lists(ANY_TEXT, min_size=1, max_size=5), ANY_TEXT, ANY_TEXT)
def test_every_format_exports_any_text(stem, options, sentence, title) -> None:
    question = Question(
        stem=stem,
        options=(*options, "x"),
        answer_index=0,
        kind="term",
        source=Source("doc", sentence, 0, 0),
        score=0.0,
    )
    for chosen in FORMATS.values():
        assert chosen.export(QuestionSet(title, (question,)))


# --- other question types are skipped and counted ------------------------------------------

GIFT_MIXED = """\
// A Moodle export with every GIFT question type.
$CATEGORY: $course$/top/Mixed

::TF::The sun is a star.{T}

::Essay::Write about the sea.{}

::Numeric::How many legs has a spider?{#8}

::Short::Which planet is red?{=Mars =mars}

::Match::Match the capitals.{
  =France -> Paris
  =Italy -> Rome
  =Spain -> Madrid
}

::Description::This text introduces the next section.

::Several right::Which are primes?{~%50%2 ~%50%3 ~%-100%4}

::MC::Which city is the capital of Poland?{
  ~Krakow#No, that was the old capital.
  =Warsaw#Yes.
  ~Gdansk
}

::Weighted MC::Which year did NATO form?{~%0%1939 ~%100%1949 ~1955}

Missing word: the capital of France is {=Paris ~Lyon ~Nice} on the Seine.

::HTML::[html]Which is the <b>largest</b> city?{=S&atilde;o Paulo ~Rio ~Bras&iacute;lia}

::Auto::Which is &lt;b&gt; in <i>HTML</i>?{=bold ~%0%%50% italic}
"""


def test_gift_import_keeps_multiple_choice_and_counts_the_rest() -> None:
    imported = gift.parse(GIFT_MIXED)
    assert _essentials(imported.questions) == [
        ("Which city is the capital of Poland?", ("Krakow", "Warsaw", "Gdansk"), 1),
        ("Which year did NATO form?", ("1939", "1949", "1955"), 1),
        ("Missing word: the capital of France is ____ on the Seine.", ("Paris", "Lyon", "Nice"), 0),
        ("Which is the largest city?", ("São Paulo", "Rio", "Brasília"), 0),
        ("Which is <b> in HTML?", ("bold", "%50% italic"), 0),
    ]
    assert imported.skipped == 7
    assert imported.title == "Mixed"


MOODLE_MIXED = """\
<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Geography</text></category></question>
  <question type="truefalse">
    <name><text>TF</text></name>
    <questiontext format="html"><text>The sun is a star.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Several</text></name>
    <questiontext format="html"><text>Which are primes?</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>2</text></answer>
    <answer fraction="50"><text>3</text></answer>
    <answer fraction="-100"><text>4</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Capital</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Which city is the <b>capital</b> of Poland?</p>]]></text>
    </questiontext>
    <generalfeedback format="html"><text>Warsaw &amp; nothing else.</text></generalfeedback>
    <single>true</single>
    <answer fraction="0" format="html"><text><![CDATA[<p>Krak&oacute;w</p>]]></text></answer>
    <answer fraction="100" format="plain_text"><text>Warsaw</text></answer>
    <answer fraction="0"><text>Gda&#324;sk</text></answer>
  </question>
  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext format="html"><text>Write.</text></questiontext>
  </question>
</quiz>
"""


def test_moodle_xml_import_keeps_multiple_choice_and_counts_the_rest() -> None:
    imported = FORMATS["moodle-xml"].parse(MOODLE_MIXED)
    assert _essentials(imported.questions) == [
        ("Which city is the capital of Poland?", ("Kraków", "Warsaw", "Gdańsk"), 1)
    ]
    assert imported.questions[0].source.sentence == "Warsaw & nothing else."
    assert imported.skipped == 3
    assert imported.title == "Geography"


def test_moodle_xml_import_reads_no_external_entities(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    hostile = f"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY leak SYSTEM "file://{secret}">]>
<quiz><question type="multichoice"><questiontext><text>Which? &leak;</text></questiontext>
<answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>
</question></quiz>"""
    imported = FORMATS["moodle-xml"].parse(hostile)
    assert "TOP SECRET" not in imported.questions[0].stem


# --- malformed files: the message names the line or element --------------------------------


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("gift", "::Q1::Which?{\n=a\n~b\n", "line 1: the question has no closing }"),
        ("gift", "// header\n\n::Q1 Which?{=a ~b}\n", "line 3: the question's ::name:: is not"),
        ("gift", "::Q1::{=a ~b}\n", "line 1: the question has no text"),
        ("gift", "::Q1::Which?{=a ~ ~b}\n", "line 1: an option is empty"),
        ("moodle-xml", "<quiz>\n<question type='multichoice'>\n</quiz>", "line 3: not well-formed"),
        ("moodle-xml", "<?xml version='1.0'?>\n<questions/>", "line 2: the root element is"),
        (
            "moodle-xml",
            "<quiz>\n<question type='multichoice'><questiontext><text>Q?</text></questiontext>\n"
            "<answer fraction='lots'><text>a</text></answer></question></quiz>",
            "line 3: <answer> fraction is not a number",
        ),
        (
            "moodle-xml",
            "<quiz>\n<question type='multichoice'><questiontext/>\n</question></quiz>",
            'line 2: <question type="multichoice">: <text> is missing',
        ),
        ("json", '{"questions": [\n  {"stem": "Q?",}\n]}', "line 2: not valid JSON"),
        ("json", '{"items": []}', 'the top level must be an object with a "questions" list'),
        (
            "json",
            '{"questions": [{"stem": "Q?", "options": ["a", "b"], "answer_index": 2}]}',
            "questions[0].answer_index: must be an index into the options",
        ),
        (
            "json",
            '{"questions": [{"stem": "Q?", "options": ["a", 3], "answer_index": 0}]}',
            "questions[0].options[1]: must be a non-empty string",
        ),
        ("aiken", "Which?\nA. a\nB. b\n", "line 3: the question has no ANSWER: line"),
        ("aiken", "Which?\nA. a\nB. b\nANSWER: D\n", "line 4: ANSWER: D names no option"),
        ("aiken", "Which?\nA. a\nC. b\nANSWER: A\n", "line 3: option C is out of order"),
        ("aiken", "Which?\nA. a\nANSWER: A\n", "line 1: a question needs at least two options"),
        ("aiken", "Which?\nA. a\nB. b\nANSWER: A\nstray\n", "line 5: expected an option"),
    ],
)
def test_a_malformed_file_gets_a_message_naming_the_place(name, text, message) -> None:
    with pytest.raises(FormatError) as raised:
        FORMATS[name].parse(text)
    assert str(raised.value).startswith(message), str(raised.value)


@pytest.mark.parametrize(
    ("filename", "text", "expected"),
    [
        ("set.json", "anything", "json"),
        ("set.xml", "anything", "moodle-xml"),
        ("set.gift", "anything", "gift"),
        ("export.txt", '  {"questions": []}', "json"),
        ("export.txt", "<?xml version='1.0'?><quiz/>", "moodle-xml"),
        ("export.txt", "Which?\nA. a\nB. b\nANSWER: B\n", "aiken"),
        ("export.txt", "::Q::Which?{=a ~b}", "gift"),
        ("upload.txt", "MC\tWhich?\ta\tcorrect\tb\tincorrect\n", "blackboard"),
        ("notes.txt", "Just some notes.", None),
    ],
)
def test_the_format_is_told_from_the_name_then_the_content(filename, text, expected) -> None:
    assert guess_format(filename, text) == expected


@pytest.mark.parametrize("title", ["Q&A <basics>", "Odd ]]> title & <more>"])
def test_moodle_xml_keeps_the_category_and_names_as_written(title: str) -> None:
    question = Question(
        stem=f"{title}: which is right?",
        options=("this", "that"),
        answer_index=0,
        kind="term",
        source=Source("doc", "", 0, 0),
        score=0.0,
    )
    exported = FORMATS["moodle-xml"].export(QuestionSet(title, (question,)))
    if "]]>" not in title:  # Moodle decodes entities in these once more: CDATA keeps them
        assert f"<![CDATA[$course$/top/{title}]]>" in exported
    imported = FORMATS["moodle-xml"].parse(exported)
    assert imported.title == title
    assert imported.questions[0].stem == question.stem


def test_every_format_is_offered_under_a_platform_once() -> None:
    from quiz.formats import PLATFORMS

    offered = [name for _platform, _where, names in PLATFORMS for name in names]
    assert sorted(offered) == sorted(FORMATS)
