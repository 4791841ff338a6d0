"""Word tokens with their offsets, in Penn Treebank style, and their part-of-speech tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from quiz.generator import resources
from quiz.generator.lang import en

_TOKEN = re.compile(
    r"""
    (?P<word>[^\W\d_]+(?=n't\b))                     # do|n't
    | (?P<negation>n't\b)
    | (?P<clitic>(?<=[\w.])'(?:s|re|ve|ll|d|m)\b)   # Ukraine|'s
    | (?P<initials>(?:[^\W\d_]\.){2,})              # U.S. e.g.
    | (?P<number>(?<![\w.])\.\d+\b                  # a batting average: .348
        | \d++(?:[.,:/\u2044-]\d++)*+(?:st|nd|rd|th|s)?(?:-[^\W_]+)*(?![^\W\d_]))  # not 3|9A
    | (?P<term>\w(?:\w|[-&/](?=\w)|'(?!(?:s|re|ve|ll|d|m)\b)(?=\w)|\.(?=\w)|(?<=\d)[,:](?=\d))*\.?)
    | (?P<punct>--|\.\.\.|[^\w\s])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark, its tag, and where it lies in its sentence (-1: inserted)."""

    text: str
    tag: str
    start: int = -1
    end: int = -1
    lower: str = field(init=False, repr=False, compare=False)  # the text in lower case

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())


def _split_full_stop(text: str, start: int, is_last: bool, following: str) -> list[tuple]:
    """Keep an abbreviation's full stop on the word; split a sentence's final full stop off."""
    word = text[:-1]
    keeps_stop = len(word) == 1 and word.isupper()  # an initial: J. R. Smith
    keeps_stop = keeps_stop or word.lower() in en.ABBREVIATIONS
    keeps_stop = keeps_stop or (not is_last and following[:1].islower())
    if keeps_stop and not (is_last and word.lower() not in en.ABBREVIATIONS):
        return [(text, start)]
    return [(word, start), (".", start + len(word))]


def tokenize(sentence: str) -> list[tuple[str, int, int]]:
    """(text, start, end) of each token of *sentence*."""
    pieces: list[tuple[str, int]] = []
    matches = list(_TOKEN.finditer(sentence))
    for index, match in enumerate(matches):
        text, start = match.group(), match.start()
        if match.lastgroup == "term" and text.endswith(".") and len(text) > 1:
            following = sentence[match.end() :].lstrip()
            pieces.extend(_split_full_stop(text, start, index == len(matches) - 1, following))
        else:
            pieces.append((text, start))
    return [(text, start, start + len(text)) for text, start in pieces]


_TREEBANK_FORMS = {
    "(": "-LRB-",
    "[": "-LRB-",
    "{": "-LRB-",
    ")": "-RRB-",
    "]": "-RRB-",
    "}": "-RRB-",
    "-": "--",
}


def _tagger_form(text: str, opening: bool) -> str:
    """How the Treebank-trained tagger expects to see a token."""
    if text == '"':
        return "``" if opening else "''"
    return _TREEBANK_FORMS.get(text, text)


_FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})
_NOUN_MODIFIERS = frozenset({"CD", "DT", "JJ", "JJR", "JJS", "PRP$", "POS"})


def _repair(tags: list[str], words: list[str]) -> list[str]:
    """Fix the tagger's commonest slips: plural nouns read as verbs on news text, a middle
    initial read as a noun."""
    for i in range(1, len(tags)):
        if tags[i] == "VBZ" and tags[i - 1] in _NOUN_MODIFIERS and words[i].endswith("s"):
            tags[i] = "NNS"  # the 8,500 troops
        elif (
            tags[i] == "VBZ"
            and tags[i - 1] == "NNS"
            and i >= 2
            and tags[i - 2] in {"NNP", "PRP"}
            and i + 1 < len(tags)
            and tags[i + 1] in {"IN", "DT", "TO"}
        ):
            tags[i - 1], tags[i] = "VBZ", "NNS"  # Moscow denies plans for
    for i in range(1, len(tags)):  # "Abbas I/PRP came to the throne": a ruler's number
        if words[i] == "I" and tags[i] == "PRP" and tags[i - 1] == "NNP":
            tags[i] = "NNP"
    for i in range(1, len(tags) - 1):  # "Francisco I./NN Madero": a middle initial
        initial = len(words[i]) == 2 and words[i][0].isupper() and words[i][1] == "."
        if initial and tags[i - 1] == "NNP" and tags[i + 1] == "NNP":
            tags[i] = "NNP"
    if not _FINITE & set(tags):  # "The US and its allies sent/VBN troops": a past tense
        for i in range(1, len(tags)):
            if tags[i] == "VBN" and tags[i - 1] in {"NN", "NNS", "NNP", "NNPS", "PRP"}:
                tags[i] = "VBD"
                break
    return tags


def retag(tokens: list[Token]) -> list[Token]:
    """*tokens* tagged again as one sentence, at the same offsets (after some were dropped)."""
    forms = [t.tag if t.text == '"' else _TREEBANK_FORMS.get(t.text, t.text) for t in tokens]
    tags = _repair([tag for _, tag in resources.tagger().tag(forms)], forms) if forms else []
    return [replace(t, tag=tag) for t, tag in zip(tokens, tags, strict=True)]


def tag(sentence: str) -> list[Token]:
    """Tokenize and POS-tag one sentence."""
    spans = tokenize(sentence)
    forms = []
    for text, start, _end in spans:
        opening = start == 0 or sentence[start - 1].isspace() or sentence[start - 1] in "([{"
        forms.append(_tagger_form(text, opening))
    tags = _repair([tag for _, tag in resources.tagger().tag(forms)], forms) if forms else []
    return [
        Token(text, tag, start, end) for (text, start, end), tag in zip(spans, tags, strict=True)
    ]
