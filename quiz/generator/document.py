"""A document read once: its sentences tagged, their names typed and tied together across
sentences, which sentences can carry questions, and the facts distractors draw on."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from quiz.generator import clauses, distractors, entities, filters, lexicon, resources, text
from quiz.generator import tokens as tok
from quiz.generator.entities import ORGANIZATION, OTHER, PERSON, PLACE, Entity

_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


@dataclass
class Sentence:
    """A sentence with its tags, names, and whether it may carry questions."""

    number: int
    source: text.Sentence
    tokens: list[tok.Token]
    names: list[Entity]
    skip: str | None
    resolved: bool = False


def analyse(found: list[text.Sentence], lex: lexicon.Lexicon | None) -> list[Sentence]:
    """Tag sentences, find names, decide which sentences can carry questions."""
    analysed: list[Sentence] = []
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
        analysed.append(Sentence(number, sentence, tagged, names, skip, resolved))
    _unify_people(analysed)
    return analysed


_NOT_SURNAMES = entities.gaz.PLACE_HEADS | entities.gaz.ORGANIZATION_HEADS
_CLOSED = frozenset({"IN", "DT", "CC", "RB", "PRP", "PRP$", "WDT", "WRB", "WP", "MD", "TO"})
_FUNCTION_STARTS = frozenset(
    "though although while when after before because since if as but and yet so unless until "
    "once whereas".split()
)
_MIDDLE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")


def _subject_names(sentence: Sentence) -> list[Entity]:
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


def _unify_people(analysed: list[Sentence]) -> None:
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


def facts(analysed: list[Sentence], date: dt.date | None) -> distractors.DocumentFacts:
    """What the document offers as distractors: its names, full names and years."""
    found = distractors.DocumentFacts(date=date)
    for sentence in analysed:
        for e in sentence.names:
            if e.kind == PERSON and len(e.text.split()) > 1:
                found.full_names.setdefault(e.text.split()[-1], e.text)  # the first full mention
                found.given_names.setdefault(e.text.split()[0], e.text)
    for sentence in analysed:
        for e in sentence.names:
            if (e.kind in {PERSON, ORGANIZATION} and not e.modifier) or e.kind == PLACE:
                found.add_name(sentence.number, e.kind, e.text, e.subtype)
        found.years.extend(int(y) for y in _YEAR.findall(sentence.source.text))
    found.years = sorted(set(found.years))
    return found
