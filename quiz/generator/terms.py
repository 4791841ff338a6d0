"""Subject terms: the technical nouns a text is about, and the terms that could stand in for them.

A subject term is a common noun the text names at least twice (or names: "particles called
atoms") that is not everyday English: WordNet's usage counts say how everyday a word is. Its
distractors are WordNet co-hyponyms of the sense the text means ('quartile': percentile, decile),
and the sense is the one whose neighbours in WordNet the text itself names; a term whose sense
the text does not settle gets no question. Arbitrary vocabulary ("staff" for "workforce") never
becomes a key.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from quiz.generator.lang import en
from quiz.generator.lexicon import Lexicon, Sense
from quiz.generator.tokens import Token

MIN_MENTIONS = 2
EVERYDAY_COUNT = 20  # a noun whose commonest sense WordNet counts this often is everyday English
TECHNICAL_COUNT = 5  # a noun with one sense counted this rarely is technical wherever it stands
MIN_SIBLINGS = 3
MIN_EVIDENCE = 2  # WordNet neighbours of a sense the text must name to settle on that sense


@dataclass(frozen=True, slots=True)
class Term:
    """A subject term: its lemma, how often the text names it, and the sense it has there."""

    lemma: str
    mentions: int
    sense: Sense
    technical: bool  # one rare sense: a key wherever the text names it


def _lemma(token: Token, lexicon: Lexicon) -> str:
    word = token.lower
    return (lexicon.noun_singular(word) if token.tag == "NNS" else None) or word


def _is_head(tokens: list[Token], i: int) -> bool:
    following = tokens[i + 1].tag if i + 1 < len(tokens) else "."
    return following not in {"NN", "NNS", "NNP", "NNPS", "POS"}


def _named(tokens: list[Token]) -> Iterable[int]:
    """Nouns right after a naming phrase: 'particles called atoms', 'a process known as ...'."""
    for i, token in enumerate(tokens[:-1]):
        naming = token.lower in en.NAMING_VERBS
        known_as = token.lower == "as" and i > 0 and tokens[i - 1].lower == "known"
        if (naming or known_as) and tokens[i + 1].tag in {"NN", "NNS"}:
            yield i + 1


def _sense(lemma: str, nouns: frozenset[str], lexicon: Lexicon) -> Sense | None:
    """The sense the text means: the one whose WordNet neighbours it names most, if any does;
    a noun with one sense needs no such evidence."""
    senses = [s for s in lexicon.senses(lemma) if len(_usable(s.siblings, lemma)) >= MIN_SIBLINGS]
    if not senses:
        return None
    evidence = [(len(s.neighbours & nouns), -i, s) for i, s in enumerate(senses)]
    best_count, _rank, best = max(evidence)
    if best_count >= MIN_EVIDENCE:
        return best
    return senses[0] if len(lexicon.senses(lemma)) == 1 else None


def _usable(words: Iterable[str], lemma: str) -> list[str]:
    """Co-hyponyms that can be options: plain lower-case words, not the key written again."""
    return [w for w in words if w.islower() and len(w.split()) <= 2 and lemma not in w]


def subject_terms(sentences: Iterable[list[Token]], lexicon: Lexicon | None) -> dict[str, Term]:
    """The text's subject terms, by lemma."""
    if lexicon is None:
        return {}
    mentions: Counter[str] = Counter()
    written: dict[str, set[str]] = {}
    named: set[str] = set()
    for tokens in sentences:
        for token in tokens:
            if token.tag in {"NN", "NNS"} and token.text.isalpha() and token.text.islower():
                lemma = _lemma(token, lexicon)
                mentions[lemma] += 1
                written.setdefault(lemma, set()).add(token.lower)
        named.update(_lemma(tokens[i], lexicon) for i in _named(tokens))
    nouns = frozenset(mentions)
    found = {}
    for lemma, count in mentions.items():
        if (count < MIN_MENTIONS and lemma not in named) or lemma in en.GENERIC_NOUNS:
            continue
        everyday = _everyday(lemma, lexicon) or any(
            _everyday(form, lexicon) for form in written[lemma]
        )
        sense = None if everyday or len(lemma) < 4 else _sense(lemma, nouns, lexicon)
        if sense is not None:
            technical = len(lexicon.senses(lemma)) == 1 and sense.count <= TECHNICAL_COUNT
            found[lemma] = Term(lemma, count, sense, technical)
    return found


def alternatives(term: Term, written: str, lexicon: Lexicon, nouns: Iterable[str]) -> list[str]:
    """Terms that could stand in the key's place, in its number, those the text names first;
    none unless the text names one of them (the surest sign it means this sense), and none
    that is everyday English."""
    plural = written.lower() != term.lemma
    named = set(nouns)
    options = [w for w in _usable(term.sense.siblings, term.lemma) if not _everyday(w, lexicon)]
    options.sort(key=lambda w: w not in named and lexicon.noun_plural(w) not in named)
    if not options or (options[0] not in named and lexicon.noun_plural(options[0]) not in named):
        return []
    return [_plural(w, lexicon) if plural else w for w in options]


def _plural(phrase: str, lexicon: Lexicon) -> str:
    """'leading man' -> 'leading men': the last word takes the plural."""
    *first, last = phrase.split()
    return " ".join([*first, lexicon.noun_plural(last)])


def _everyday(word: str, lexicon: Lexicon) -> bool:
    return lexicon.usage(word) > EVERYDAY_COUNT


def _defines(tokens: list[Token], i: int) -> bool:
    """The statement defines the noun at *i*: 'particles called atoms', 'Quartiles are ...'."""
    if i in set(_named(tokens)):
        return True
    following = [t.lower for t in tokens[i + 1 : i + 3]]
    opens = i == 0 or (i == 1 and tokens[0].tag == "DT")
    return opens and bool(following) and following[0] in {"is", "are", "refers", "means"}


def keys(
    tokens: list[Token], terms: dict[str, Term], lexicon: Lexicon
) -> Iterable[tuple[int, Term]]:
    """Where a statement names a subject term as the head of a noun phrase that is no compound
    ('light bulb'), and either defines it or the term is technical wherever it stands."""
    for i, token in enumerate(tokens):
        if token.tag not in {"NN", "NNS"} or not token.text.islower() or not _is_head(tokens, i):
            continue
        if i and tokens[i - 1].tag in {"NN", "NNS", "NNP", "NNPS"}:
            continue  # a compound: the blank would test a collocation
        term = terms.get(_lemma(token, lexicon))
        if term is not None and (term.technical or _defines(tokens, i)):
            yield i, term
