"""The generator pipeline: text in, ranked multiple-choice questions out.

clean and split (text) -> tag (tokens) -> names (entities) -> keep sentences (filters)
-> simple statements (simplify) -> answer candidates (answers) -> stems (stems)
-> distractors (distractors) -> checks and score (checks) -> a ranked, varied set.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, replace

from quiz.generator import answers as A
from quiz.generator import (
    checks,
    clauses,
    distractors,
    entities,
    lexicon,
    simplify,
    stems,
    text,
)
from quiz.generator import tokens as tok
from quiz.generator.document import Sentence, analyse
from quiz.generator.document import facts as gather_facts
from quiz.generator.entities import ORGANIZATION, PERSON, PLACE, Entity
from quiz.generator.questions import Question, Source

MAX_PER_SENTENCE = 3
TITLES = entities.gaz.TITLES
_KIND_BONUS = {
    A.YEAR: 0.1,
    A.COUNT: 0.1,
    PERSON: 0.1,
    PLACE: 0.08,
    ORGANIZATION: 0.08,
    A.DATE: 0.05,
    A.PERCENTAGE: 0.05,
    A.TERM: -0.1,
    A.MONEY: 0.05,
    A.ORDINAL: -0.05,
}


@dataclass(frozen=True)
class _Candidate:
    sentence: Sentence
    statement: simplify.Statement
    answer: A.Answer
    stem: stems.Stem
    key: str


def _names_in(statement: tuple[tok.Token, ...], sentence: Sentence) -> list[Entity]:
    """The sentence's names, re-indexed to a statement's tokens."""
    position = {t: i for i, t in enumerate(statement)}
    found = []
    for e in sentence.names:
        indices = [position.get(t) for t in sentence.tokens[e.start : e.end]]
        if None in indices:
            continue
        first = indices[0]
        if indices == list(range(first, first + len(indices))):
            found.append(replace(e, start=first, end=first + len(indices)))
    return found


def _display(answer: A.Answer, facts: distractors.DocumentFacts) -> str:
    if answer.kind not in {PERSON, PLACE, ORGANIZATION}:
        return answer.text
    parts = answer.text.split(" and ") if answer.pair else [answer.text]
    return " and ".join(facts.display(answer.kind, part) for part in parts)


def _title_candidates(sentence: Sentence, facts: distractors.DocumentFacts) -> list[_Candidate]:
    """'Pentagon spokesman John Kirby' -> 'Who is the Pentagon spokesman?'.

    Only where 'is' is true: in a dated document (news) or a sentence in the present tense.
    """
    verbs = [t.tag for t in sentence.tokens if t.tag in clauses.FINITE]
    if facts.date is None and not (verbs and verbs[0] in {"VBZ", "VBP"}):
        return []
    found = []
    for e in sentence.names:
        if e.kind != PERSON or A._inside_quotes(sentence.tokens, e.start):
            continue
        qualifiers = [w for w in e.title.split() if w[:1].isupper() and w.lower() not in TITLES]
        if not qualifiers:
            continue  # "band leader", "President": not one person's post
        article = "" if "'s" in e.title else "the "
        answer = A.Answer(
            PERSON, e.start, e.end, e.text, e.subtype, phrase=(e.start, e.end), entity=e
        )
        stem = stems.Stem(f"Who is {article}{e.title}?", True)
        statement = simplify.Statement(tuple(sentence.tokens), "title")
        found.append(_Candidate(sentence, statement, answer, stem, _display(answer, facts)))
    return found


def _candidates(
    analysed: list[Sentence], facts: distractors.DocumentFacts, lex: lexicon.Lexicon | None
) -> list[_Candidate]:
    """Every (statement, answer, stem) the document offers, one per sentence and key."""
    best: dict[tuple[int, str], _Candidate] = {}
    for sentence in analysed:
        found = _title_candidates(sentence, facts)
        if not sentence.skip:
            describes = _describer(sentence, lex)
            for statement in simplify.statements(sentence.tokens, describes):
                if _pronoun_subject(statement):
                    continue
                names = _names_in(statement.tokens, sentence)
                for answer in A.find(list(statement.tokens), names):
                    stem = stems.build(list(statement.tokens), answer, lex)
                    if stem is None:
                        continue
                    found.append(
                        _Candidate(sentence, statement, answer, stem, _display(answer, facts))
                    )
        for candidate in found:
            slot = (sentence.number, distractors.normalise(candidate.key))
            held = best.get(slot)
            if held is None or _preference(candidate) > _preference(held):
                best[slot] = candidate
    return list(best.values())


# The senses (WordNet lexicographer files) a noun needs to describe a name of each kind.
_FITTING_SENSES = {
    PERSON: {"noun.person"},
    PLACE: {"noun.location", "noun.object", "noun.group"},
    ORGANIZATION: {"noun.group", "noun.artifact", "noun.communication"},
}


def _describer(sentence: Sentence, lex: lexicon.Lexicon | None) -> simplify.Describes:
    """Apposition check: 'Illinois, a Whig Party leader' is no apposition (a leader is a person)."""
    kinds = {sentence.tokens[e.end - 1]: e.kind for e in sentence.names}

    def describes(name: list[tok.Token], noun: tok.Token) -> bool:
        kind = kinds.get(name[-1])
        if lex is None or kind not in _FITTING_SENSES:
            return True
        lemma = (lex.noun_singular(noun.text) if noun.tag == "NNS" else None) or noun.text
        senses = lex.noun_lexnames(lemma)
        return not senses or bool(senses & _FITTING_SENSES[kind])

    return describes


def _pronoun_subject(statement: simplify.Statement) -> bool:
    """A statement about 'he', 'its children' or 'others' cannot stand alone."""
    clause = clauses.analyse(list(statement.tokens))
    if clause is None:
        return False
    first = statement.tokens[clause.subject[0]]
    return first.tag in {"PRP", "PRP$"} or first.lower in {"others", "another", "both", "each"}


def _preference(candidate: _Candidate) -> tuple[bool, int]:
    """WH-questions first, then shorter stems."""
    return candidate.stem.wh, -len(candidate.stem.text)


def _excluded(candidate: _Candidate, facts: distractors.DocumentFacts) -> set[str]:
    """Options that would also be true, or give the key away: names and numbers of the sentence."""
    excluded = {distractors.normalise(candidate.key)}
    for e in candidate.sentence.names:
        excluded.add(distractors.normalise(facts.display(e.kind, e.text)))
        excluded.add(distractors.normalise(e.text))
    for token in candidate.sentence.tokens:
        if token.tag == "CD":
            excluded.add(distractors.normalise(token.text))
    return excluded


def _reported(candidate: _Candidate) -> bool:
    if candidate.statement.origin == "title":
        return False
    before = candidate.statement.tokens[: candidate.answer.start]
    return any(t.lower in entities.gaz.REPORTING_VERBS for t in before)


def _score(
    candidate: _Candidate, pool: distractors.Pool, total: int, choices: int
) -> tuple[float, list[str]]:
    """A quality score in [0, 1] and the soft flags behind it."""
    flags = []
    score = 0.45 + _KIND_BONUS.get(candidate.answer.kind, 0.0)
    if candidate.stem.wh:
        score += 0.2
    else:
        flags.append("cloze")
    words = len(candidate.stem.text.split())
    if words > 22:
        score -= min(0.25, 0.012 * (words - 22))
    if words > 30:
        flags.append("long stem")
    if candidate.sentence.resolved:
        score -= 0.05
        flags.append("pronoun resolved from the previous sentence")
    if candidate.statement.origin not in {"sentence", "title"}:
        score += 0.03
    if not pool.ordered and pool.from_document < choices - 1:
        score -= 0.05
        flags.append("distractors from outside the document")
    if _reported(candidate):
        score -= 0.1
        flags.append("reported claim")
    score += 0.05 * (1 - candidate.sentence.number / max(1, total))
    return max(0.0, min(1.0, score)), flags


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random(zlib.crc32(repr((seed, *parts)).encode()))


@dataclass(frozen=True)
class _Draft:
    candidate: _Candidate
    pool: distractors.Pool
    question: Question


def _draft(
    candidate: _Candidate,
    pool: distractors.Pool,
    position: int,
    *,
    choices: int,
    seed: int,
    document: str,
    score: float,
    flags: list[str],
) -> Question | None:
    rng = _rng(seed, candidate.sentence.number, candidate.key, "options")
    built = distractors.options(candidate.key, pool, choices, position, rng)
    if built is None:
        return None
    options, index = built
    source = candidate.sentence.source
    return Question(
        stem=candidate.stem.text,
        options=tuple(options),
        answer_index=index,
        kind=candidate.answer.kind,
        source=Source(document, source.text, source.start, source.end),
        score=round(score, 3),
        flags=tuple(flags),
    )


def _select(drafts: list[_Draft], n: int | None) -> list[_Draft]:
    """Best first, skipping near-duplicates, giveaways and a third question on one sentence."""
    chosen: list[_Draft] = []
    kept = checks.SetChecker()
    per_sentence: dict[int, int] = {}
    for draft in sorted(drafts, key=lambda d: (-d.question.score, d.candidate.sentence.number)):
        if n is not None and len(chosen) >= n:
            break
        number = draft.candidate.sentence.number
        if per_sentence.get(number, 0) >= MAX_PER_SENTENCE:
            continue
        if kept.problems(draft.question):
            continue
        kept.add(draft.question)
        chosen.append(draft)
        per_sentence[number] = per_sentence.get(number, 0) + 1
    return chosen


def generate(
    document_text: str,
    *,
    n: int | None = None,
    choices: int = 4,
    seed: int = 0,
    document: str = "document",
) -> list[Question]:
    """Multiple-choice questions about *document_text*, best first; deterministic for a seed.

    *n* caps how many (None: every good question), *choices* is the number of options,
    *document* names the source in each question's provenance.
    """
    if choices < 2:
        raise ValueError("a question needs at least two options")
    if n is not None and n < 0:
        raise ValueError("n must not be negative")
    lex = lexicon.load()
    found, date = text.sentences(document_text)
    analysed = analyse(found, lex)
    facts = gather_facts(analysed, date)
    drafts = []
    for candidate in _candidates(analysed, facts, lex):
        request = distractors.Request(
            frozenset(_excluded(candidate, facts)),
            _rng(seed, candidate.sentence.number, candidate.key, "pool"),
            candidate.sentence.number,
            wanted=2 * choices + 2,
        )
        pool = distractors.pool(candidate.answer, facts, lex, request)
        if pool.size() < choices - 1:
            continue
        score, flags = _score(candidate, pool, len(analysed), choices)
        position = zlib.crc32(candidate.key.encode()) % choices
        question = _draft(
            candidate,
            pool,
            position,
            choices=choices,
            seed=seed,
            document=document,
            score=score,
            flags=flags,
        )
        if question is not None and not checks.item_problems(question, choices):
            drafts.append(_Draft(candidate, pool, question))
    chosen = _select(drafts, n)
    positions = [i % choices for i in range(len(chosen))]
    _rng(seed, "positions").shuffle(positions)
    final = []
    for draft, position in zip(chosen, positions, strict=True):
        question = _draft(
            draft.candidate,
            draft.pool,
            position,
            choices=choices,
            seed=seed,
            document=document,
            score=draft.question.score,
            flags=list(draft.question.flags),
        )
        if question is None or checks.item_problems(question, choices):
            question = draft.question
        final.append(question)
    return final
