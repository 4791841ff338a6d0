"""Shorter wordings of a stem, for platforms with a length limit (Kahoot: 120 characters).

The cuts are the simplifier's. What a sentence says in passing goes: brackets, a dash-led
afterthought, appositions, non-restrictive relative clauses. A cloze may also stop before a
coordinated verb or clause that does not hold the blank ('X returned to Copenhagen in ____ and
began work on ...'), and lose a leading adverbial that does not. Statements the simplifier
rebuilds (from a relative clause, or with a subject carried over) are not used: they change what
the sentence says too often. Of the wordings within the limit, the longest keeps the most context.
"""

from __future__ import annotations

from collections.abc import Iterator

from quiz.generator import simplify, tokens
from quiz.generator.lang import en
from quiz.generator.stems import BLANK, render
from quiz.generator.tokens import Token

LEAST_WORDS = 6


def _capitalised(words: list[Token]) -> list[Token]:
    first = words[0]
    return [Token(first.text[:1].upper() + first.text[1:], first.tag), *words[1:]]


def _leading_parts(stem: list[Token], plain: list[Token]) -> Iterator[list[Token]]:
    """The simple statements of a cloze that are a leading part of its plain sentence."""
    for statement in simplify.statements(stem):
        words = [t for t in statement.tokens if t.text != "."]
        if words and all(t.start >= 0 for t in words) and words == plain[: len(words)]:
            yield list(statement.tokens)


def _cloze_wordings(stem: list[Token], plain: list[Token]) -> Iterator[list[Token]]:
    """Leading parts of a cloze, each also without a leading adverbial that holds no blank."""
    for words in _leading_parts(stem, plain):
        yield words
        lead = simplify.Statement(tuple(words)).clause
        if lead is None or not lead.lead_end or words[lead.lead_end].text == BLANK:
            continue
        if BLANK not in render(words[: lead.lead_end]):
            yield words[lead.lead_end :]


def _acceptable(wording: str, original: str, limit: int) -> bool:
    """Within the limit, long enough, and still asking the same way: a cloze keeps its blank,
    a WH-question its question mark; no pronoun left to begin it without its antecedent."""
    first = wording.split(maxsplit=1)[0].lower() if wording else ""
    return (
        len(wording) <= limit
        and len(wording.split()) >= LEAST_WORDS
        and (BLANK in wording) == (BLANK in original)
        and wording.endswith("?") == original.endswith("?")
        and first not in en.PERSONAL_PRONOUNS | en.UNRESOLVABLE_PRONOUNS
    )


def shorter_stem(stem: str, limit: int) -> str | None:
    """*stem* itself if it is within *limit* characters, else its longest shorter wording that
    is, or None."""
    if len(stem) <= limit:
        return stem
    tagged = tokens.tag(stem)
    plain = simplify.without_asides(tagged)
    wordings = [plain]
    if BLANK in stem:
        wordings.extend(_cloze_wordings(tagged, plain))
    texts = {render(_capitalised(words)) for words in wordings if words}
    fitting = [text for text in texts if _acceptable(text, stem, limit)]
    return max(fitting, key=lambda text: (len(text), text), default=None)
