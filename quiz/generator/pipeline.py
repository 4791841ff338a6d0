"""The generator pipeline: text in, ranked multiple-choice questions out.

clean and split (text) -> tag (tokens) -> names (entities) -> keep sentences (filters)
-> simple statements (simplify) -> answer candidates (answers) -> stems (stems)
-> distractors (distractors) -> checks and score (checks) -> a ranked, varied set.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, replace

from quiz.generator import answers as A
from quiz.generator import (
    checks,
    clauses,
    distractors,
    entities,
    filters,
    lexicon,
    resources,
    simplify,
    stems,
    text,
)
from quiz.generator import tokens as tok
from quiz.generator.entities import ORGANIZATION, OTHER, PERSON, PLACE, Entity
from quiz.generator.questions import Question, Source

MAX_PER_SENTENCE = 3
TITLES = entities.gaz.TITLES
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
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


@dataclass
class _Sentence:
    """A sentence with its tags, names, and whether it may carry questions."""

    number: int
    source: text.Sentence
    tokens: list[tok.Token]
    names: list[Entity]
    skip: str | None
    resolved: bool = False


@dataclass(frozen=True)
class _Candidate:
    sentence: _Sentence
    statement: simplify.Statement
    answer: A.Answer
    stem: stems.Stem
    key: str


def _analyse(found: list[text.Sentence], lex: lexicon.Lexicon | None) -> list[_Sentence]:
    """Tag sentences, find names, decide which sentences can carry questions."""
    analysed: list[_Sentence] = []
    quotation_open = False
    paragraph = -1
    proper = _proper_words(found)
    for number, sentence in enumerate(found):
        if sentence.paragraph != paragraph:
            quotation_open, paragraph = False, sentence.paragraph
        tagged = _mark_proper_start(tok.tag(sentence.text), proper)
        skip = filters.skip_reason(tagged, quotation_open) if tagged else "empty"
        quotation_open = filters.opens_quotation(tagged, quotation_open)
        resolved = False
        pronoun = filters.subject_pronoun(tagged) if not skip else None
        if pronoun is not None:
            recent = [_subject_names(s) for s in reversed(analysed[-3:])]
            replaced = filters.resolve(tagged, pronoun, recent)
            if replaced is None:
                skip = "unresolved pronoun"
            else:
                tagged, resolved = replaced, True
        names = entities.find(tagged, lex) if tagged else []
        analysed.append(_Sentence(number, sentence, tagged, names, skip, resolved))
    _unify_people(analysed)
    return analysed


_NOT_SURNAMES = entities.gaz.PLACE_HEADS | entities.gaz.ORGANIZATION_HEADS
_CLOSED = frozenset({"IN", "DT", "CC", "RB", "PRP", "PRP$", "WDT", "WRB", "WP", "MD", "TO"})
_FUNCTION_STARTS = frozenset(
    "though although while when after before because since if as but and yet so unless until "
    "once whereas".split()
)
_MIDDLE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")


def _subject_names(sentence: _Sentence) -> list[Entity]:
    """The names in a sentence's subject (where 'he' in the next sentence most likely points)."""
    clause = clauses.analyse(sentence.tokens)
    if clause is None:
        return []
    start, end = clause.subject
    return [e for e in sentence.names if start <= e.start and e.end <= end]


def _proper_words(found: list[text.Sentence]) -> frozenset[str]:
    """Words the document capitalises in mid-sentence: names, wherever they stand."""
    return frozenset(word for s in found for word in _MIDDLE_CAPITAL.findall(s.text))


def _mark_proper_start(tagged: list[tok.Token], proper: frozenset[str]) -> list[tok.Token]:
    """Fix the tag of a sentence's first word by how the document capitalises it.

    A name the tagger read as a common word ('Collins was ...', 'Aldous Huxley was ...')
    becomes a name; a common word it read as a name for its capital ('New treaties were
    signed', 'Though Aristotle wrote') becomes common.
    """
    if not tagged:
        return tagged
    first = tagged[0]
    name_like = first.text in proper or entities.leads_a_name(tagged, 0)
    if name_like and first.tag in {"NN", "NNS", "JJ", "FW", "RB", "VBN"}:
        return [replace(first, tag="NNP"), *tagged[1:]]
    usual = resources.tagger().tagdict.get(first.lower)
    common_next = len(tagged) > 1 and tagged[1].text[:1].islower()
    closed = usual in _CLOSED or first.lower in _FUNCTION_STARTS
    if first.tag == "NNP" and (usual or closed) and usual != "NNP" and (common_next or closed):
        usual = usual or "IN"
        return [replace(first, tag=usual), *tagged[1:]]
    return tagged


def _unify_people(analysed: list[_Sentence]) -> None:
    """A surname alone ('Biden') is the person named in full elsewhere ('Joe Biden'), and so is
    an untyped full name with that surname ('Andre Kirk Agassi' once 'Mike Agassi' is known)."""
    surnames = {
        e.text.split()[-1]
        for s in analysed
        for e in s.names
        if e.kind == PERSON and len(e.text.split()) > 1
    }

    def is_person(e: Entity) -> bool:
        last = e.text.split()[-1]
        if e.text in entities.gaz.DEMONYMS or last.lower() in _NOT_SURNAMES:
            return False  # "He taught French", "Wood Buffalo National Park"
        if e.kind == OTHER:
            return last in surnames
        return e.kind == PLACE and e.text in surnames and not e.subtype.endswith("country")

    for sentence in analysed:
        sentence.names = [
            replace(e, kind=PERSON, subtype="") if is_person(e) else e for e in sentence.names
        ]


def _facts(analysed: list[_Sentence], date: object) -> distractors.DocumentFacts:
    facts = distractors.DocumentFacts(date=date)  # type: ignore[arg-type]
    for sentence in analysed:
        for e in sentence.names:
            if e.kind == PERSON and len(e.text.split()) > 1:
                facts.full_names.setdefault(e.text.split()[-1], e.text)  # the first full mention
                facts.given_names.setdefault(e.text.split()[0], e.text)
    for sentence in analysed:
        for e in sentence.names:
            if (e.kind in {PERSON, ORGANIZATION} and not e.modifier) or e.kind == PLACE:
                facts.add_name(sentence.number, e.kind, e.text, e.subtype)
        facts.years.extend(int(y) for y in _YEAR.findall(sentence.source.text))
    facts.years = sorted(set(facts.years))
    return facts


def _names_in(statement: tuple[tok.Token, ...], sentence: _Sentence) -> list[Entity]:
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


def _title_candidates(sentence: _Sentence, facts: distractors.DocumentFacts) -> list[_Candidate]:
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
    analysed: list[_Sentence], facts: distractors.DocumentFacts, lex: lexicon.Lexicon | None
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


def _describer(sentence: _Sentence, lex: lexicon.Lexicon | None) -> simplify.Describes:
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
    analysed = _analyse(found, lex)
    facts = _facts(analysed, date)
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
