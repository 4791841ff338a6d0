"""Stage 5: item-writing checks (Haladyna's rules, as far as a machine can check them).

``item_problems`` looks at one question, ``set_problems`` at a question beside the ones ranked
above it. The generator rejects any question with a problem; the evaluation script and the tests
run the same checks on finished output, knowing nothing of how it was made.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.generator import numbers
from quiz.generator.distractors import clashes, normalise
from quiz.generator.entities import ORGANIZATION, PERSON, PLACE, aliases
from quiz.generator.lang import en
from quiz.generator.questions import Question
from quiz.generator.stems import BLANK

ANSWER_IN_STEM = "answer in stem"
DUPLICATE_OPTIONS = "duplicate options"
OVERLAPPING_OPTIONS = "overlapping options"
MIXED_TYPES = "mixed option types"
ARTICLE_CUE = "a/an cue"
NUMBER_CUE = "singular/plural cue"
LONG_KEY = "key much longer than distractors"
MALFORMED = "malformed"
NEAR_DUPLICATE = "near-duplicate question"
GIVEAWAY = "stem gives away another answer"
MAX_PER_SENTENCE = 1  # questions one source sentence gives a set
NAME_KEYS = frozenset({PERSON, PLACE, ORGANIZATION})  # kinds a set asks once per name

_WORD = re.compile(r"[\w']+")


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def _spellings(option: str, kind: str) -> tuple[str, ...]:
    """How a stem may write an option: its aliases, and a person's surname alone."""
    found = aliases(option)
    if kind == "person" and len(option.split()) > 1:
        found = (*found, option.rsplit(maxsplit=1)[-1])  # "Einstein" for "Albert Einstein"
    return found


def _contains(stem: str, option: str, kind: str = "") -> bool:
    """Whether the option, in any of its spellings, appears as whole words in the stem."""
    stem_text = f" {' '.join(_WORD.findall(_plain(stem)))} "
    for spelling in _spellings(option, kind):
        words = _WORD.findall(_plain(spelling))
        if words and f" {' '.join(words)} " in stem_text:
            return True
    return False


def _plain(text: str) -> str:
    """Lower case without punctuation: 'the U.S.?' -> 'the us'."""
    return re.sub(r"[^\w%$£€' ]", "", text.lower().replace("-", " "))


def shape(option: str) -> str:
    """The surface type of an option: year, number, name or phrase."""
    text = option.strip()
    if re.fullmatch(r"1\d{3}|20\d{2}", text):
        return "year"
    first = text.split()[0].lower() if text.split() else ""
    if re.search(r"\d", text) or numbers.word_number(first) is not None or numbers.ordinal(first):
        return "number"
    return "name" if text[:1].isupper() else "phrase"


def starts_with_vowel_sound(text: str) -> bool:
    """Whether a word takes 'an': 'an hour', 'an FBI agent', 'a union'."""
    word = text.lower()
    if en.A_BEFORE_VOWEL.match(word):
        return False
    if en.AN_BEFORE_CONSONANT.match(word):
        return True
    if re.match(r"[A-Z]{2,}\b", text):  # an acronym, spelled out: "an FBI agent"
        return text[0] in en.VOWEL_SOUND_LETTERS
    return word[:1] in "aeiou"


def item_problems(question: Question, choices: int | None = None) -> list[str]:
    """Every item-writing problem of one question."""
    options = question.options
    stem = question.stem
    if (
        not stem.strip()
        or len(options) < 2
        or (choices is not None and len(options) != choices)
        or not 0 <= question.answer_index < len(options)
        or any(not o.strip() for o in options)
        or not (stem.rstrip().endswith("?") or BLANK in stem)
    ):
        return [MALFORMED]
    problems = []
    key = options[question.answer_index]
    if _contains(stem.replace(BLANK, " "), key, question.kind):
        problems.append(ANSWER_IN_STEM)
    normalised = [normalise(o) for o in options]
    if len(set(normalised)) < len(options):
        problems.append(DUPLICATE_OPTIONS)
    elif any(clashes(a, b) for i, a in enumerate(options) for b in options[i + 1 :]):
        problems.append(OVERLAPPING_OPTIONS)
    if len({shape(o) for o in options}) > 1:
        problems.append(MIXED_TYPES)
    article = re.search(r"\b(a|an|A|An) " + re.escape(BLANK), stem)
    if article and len({starts_with_vowel_sound(o) for o in options}) > 1:
        problems.append(ARTICLE_CUE)
    if len({" and " in o for o in options}) > 1:
        problems.append(NUMBER_CUE)
    distractor_lengths = [len(o) for i, o in enumerate(options) if i != question.answer_index]
    longest = max(distractor_lengths)
    if len(key) > 1.5 * longest and len(key) - longest >= 10:
        problems.append(LONG_KEY)
    return problems


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in en.STOPWORDS and any(map(str.isalpha, w)))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass(frozen=True, slots=True)
class _Profile:
    """What the set checks compare, computed once per question."""

    sentence: str
    key: str
    content: frozenset[str]
    stem: str  # plain words, space-padded
    spellings: tuple[str, ...]  # the key's spellings as plain words, space-padded

    @classmethod
    def of(cls, question: Question) -> _Profile:
        spellings = tuple(
            f" {' '.join(words)} "
            for words in (
                _WORD.findall(_plain(s)) for s in _spellings(question.answer, question.kind)
            )
            if words
        )
        stem = f" {' '.join(_WORD.findall(_plain(question.stem)))} "
        return cls(
            question.source.sentence,
            normalise(question.answer),
            _content(question.stem),
            stem,
            spellings,
        )

    def mentions(self, other: _Profile) -> bool:
        """Whether this stem writes the other question's key."""
        return any(spelling in self.stem for spelling in other.spellings)


# Two questions with one key are one question when their content words overlap this much
# (Jaccard): 'Jeanne Moreau made her theatrical debut in ____' and 'In which year did Jeanne
# Moreau make her theatrical debut at the Avignon Festival?' share 4 of 15.
SAME_KEY_OVERLAP = 0.25


class SetChecker:
    """The questions kept so far, indexed so a new one meets only those it could clash with:
    the same sentence, the same key, a key its stem writes, or a stem that writes its key."""

    def __init__(self, questions: Sequence[Question] = ()) -> None:
        self._by_sentence: dict[str, list[_Profile]] = defaultdict(list)
        self._by_key: dict[str, list[_Profile]] = defaultdict(list)
        self._by_key_word: dict[str, list[_Profile]] = defaultdict(list)
        self._by_stem_word: dict[str, list[_Profile]] = defaultdict(list)
        for question in questions:
            self.add(question)

    def add(self, question: Question) -> None:
        """Keep *question*."""
        profile = _Profile.of(question)
        self._by_sentence[profile.sentence].append(profile)
        self._by_key[profile.key].append(profile)
        for word in {spelling.split()[0] for spelling in profile.spellings}:
            self._by_key_word[word].append(profile)
        for word in set(profile.stem.split()):
            self._by_stem_word[word].append(profile)

    def _related(self, profile: _Profile) -> list[_Profile]:
        found = {id(p): p for p in self._by_sentence.get(profile.sentence, ())}
        found.update((id(p), p) for p in self._by_key.get(profile.key, ()))
        for word in set(profile.stem.split()):
            found.update((id(p), p) for p in self._by_key_word.get(word, ()))
        for word in {spelling.split()[0] for spelling in profile.spellings}:
            found.update((id(p), p) for p in self._by_stem_word.get(word, ()))
        return list(found.values())

    def problems(self, question: Question) -> list[str]:
        """Near-duplicates and giveaways between *question* and the questions kept."""
        profile = _Profile.of(question)
        problems = set()
        for other in self._related(profile):
            same_sentence = other.sentence == profile.sentence
            overlap = _jaccard(profile.content, other.content)
            if other.key == profile.key and (same_sentence or overlap >= SAME_KEY_OVERLAP):
                problems.add(NEAR_DUPLICATE)
            elif (same_sentence or overlap >= 0.3) and (
                profile.mentions(other) or other.mentions(profile)
            ):
                problems.add(GIVEAWAY)
        return sorted(problems)

    def admits(self, question: Question) -> bool:
        """Whether *question* may join the questions kept: no problem beside them, its source
        sentence not already used by MAX_PER_SENTENCE of them (two questions on one sentence
        state each other's keys), and a name not already a key (a life whose every person
        question answers 'Daniel Bernoulli' teaches guessing the subject)."""
        crowded = len(self._by_sentence.get(question.source.sentence, ())) >= MAX_PER_SENTENCE
        named_again = question.kind in NAME_KEYS and bool(
            self._by_key.get(_Profile.of(question).key)
        )
        return not crowded and not named_again and not self.problems(question)


def set_problems(question: Question, ranked_above: Sequence[Question]) -> list[str]:
    """Problems of *question* given the questions already kept above it."""
    return SetChecker(ranked_above).problems(question)
