"""Question sets for the format tests: every character the formats treat specially."""

from __future__ import annotations

from html.parser import HTMLParser

from quiz.formats import QuestionSet
from quiz.generator import Question, Source

LONG_OPTION = (
    "The treaty that ended the war, signed after eleven months of negotiations between the "
    "delegations of twelve states, several international organizations and observers from the "
    "press, in a palace whose gardens had been closed to the public for the occasion"
)


def _question(stem: str, options: list[str], key: int, kind: str, sentence: str) -> Question:
    return Question(
        stem=stem,
        options=tuple(options),
        answer_index=key,
        kind=kind,
        source=Source("awkward.txt", sentence, 0, len(sentence)),
        score=0.5,
    )


AWKWARD = QuestionSet(
    title='Awkward text: "quotes", {braces} & <tags> / Ünïcödé — 中文',
    questions=(
        _question(
            'Which sign marks the right answer in GIFT: "=" or "~"?',
            ["=", "~", "#", "{}"],
            0,
            "term",
            "In GIFT, {=right ~wrong} marks answers; # starts feedback; a colon: names.",
        ),
        _question(
            "In which year did Zoë Ångström & José Núñez sign the <Traité de Paris>?",
            ["1947", "1951", "1957", "1963"],
            1,
            "year",
            "Zoë Ångström & José Núñez signed the <Traité de Paris> in 1951 (see §3 & note 'a').",
        ),
        _question(
            "Какой город является столицей России?",
            ["Москва", "Санкт-Петербург", "Казань", "Новосибирск"],
            0,
            "place",
            "Москва — столица России.",
        ),
        _question(
            "哪个城市是中国的首都？",  # noqa: RUF001 (the full-width question mark is intended)
            ["上海", "北京", "广州", "深圳"],
            1,
            "place",
            "北京是中国的首都。",
        ),
        _question(
            "What ended the war described in the text?",
            ["A ceasefire", "A referendum", LONG_OPTION, "An election"],
            2,
            "term",
            "The war ended with a treaty; the ceasefire of 1949 had failed.",
        ),
        _question(
            r"Which path is a Windows folder: C:\Users or /home? (50% of 1/2 -> ~25%)",
            [r"C:\Users", "/home", "~/docs", "a -> b"],
            0,
            "term",
            r"Windows keeps user folders under C:\Users\; $CATEGORY: is not a category here.",
        ),
    ),
)


class _TextOf(HTMLParser):
    """The text an HTML fragment shows, entities decoded (the standard library's parser)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def shown_text(fragment: str) -> str:
    """The text an HTML fragment shows, read by html.parser rather than our own code."""
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts)
