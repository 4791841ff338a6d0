"""The generator pipeline: text in, ranked multiple-choice questions out, precision first.

clean and split (text) -> read each sentence once (document: tags, names, clause, pronouns)
-> simple statements (simplify) -> typed keys (answers) -> statements that stand alone
(context) -> stems (stems) -> distractors (distractors) -> item checks (checks) -> score and
select (ranking). A question is emitted only when every stage is confident; when a text gives
fewer than were asked, the result says why.
"""

from __future__ import annotations

import itertools
import random
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace

from quiz.generator import (
    acronyms,
    checks,
    context,
    distractors,
    entities,
    lexicon,
    places,
    ranking,
    references,
    simplify,
    stems,
    terms,
    worth,
)
from quiz.generator import answers as A
from quiz.generator import tokens as tok
from quiz.generator.document import Document, Progress, Sentence, read, roles_of
from quiz.generator.entities import ORGANIZATION, OTHER, PERSON, PLACE, Entity
from quiz.generator.lang import en, en_names
from quiz.generator.questions import Question, Source

MAX_STATEMENT_TOKENS = 50  # longer statements make stems no one reads through
# Longer "sentences" are lists or flattened tables; splitting one into statements costs time
# quadratic in its clauses (a pasted 30 kB run-on sentence took minutes).
MAX_SENTENCE_TOKENS = 300
WORDS_PER_QUESTION = 110  # the default output: about one question per this many words
MIN_DEFAULT = 3
# Statements taken whole from a sentence, or one of its clauses as written ('A did X, and B did
# Y'); derived ones (relative clauses, shared subjects) splice.
TRUSTED_ORIGINS = frozenset({"sentence", "appositive", "coordinate"})
ALL_KINDS = frozenset(A.NUMERIC_KINDS | {PERSON, ORGANIZATION, PLACE, A.TERM})
# The kinds of key the output asks unless told otherwise: numbers, dates and people. Blind
# readers of tuning text accepted 40 of 202 place questions (20%; 30% in the last four readings,
# after every fix of their distractors: guessable, also true or far-fetched), none of 37 subject
# terms and none of 16 organizations; other kinds read often were accepted at 38-72%.
ASKED_KINDS = ALL_KINDS - {PLACE, ORGANIZATION, A.TERM}


@dataclass(frozen=True)
class _Candidate:
    sentence: Sentence
    statement: simplify.Statement
    answer: A.Answer
    stem: stems.Stem
    key: str


@dataclass
class Generation:
    """What a run produced: the questions, best first, and why there are not more."""

    questions: list[Question]
    features: list[dict[str, float]] = field(default_factory=list)  # the ranker's, per question
    sentences: int = 0
    usable_sentences: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    note: str = ""
    spares: list[Question] = field(default_factory=list)  # the next best, for replacements


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
    """How the key is written among the options: people in full, places in plain English
    letters like GeoNames' options ('Łódź' beside 'Krakow' would stand out)."""
    if answer.kind not in {PERSON, PLACE, ORGANIZATION}:
        return answer.text
    parts = answer.text.split(" and ") if answer.pair else [answer.text]
    written = [facts.display(answer.kind, part) for part in parts]
    if answer.kind == PLACE:
        written = [places.english(part) for part in written]
    return " and ".join(written)


def _candidates(
    document: Document, lex: lexicon.Lexicon | None, unnamed: str = ""
) -> list[_Candidate]:
    """Every (statement, key, stem) that stands alone, one per sentence and key; none from a
    sentence naming the *unnamed* subject (see :func:`_unnamed_subject`)."""
    best: dict[tuple[int, str], _Candidate] = {}
    facts = document.facts
    place_names = facts.names_of(PLACE)
    subject = document.topic.person
    famous = bool(subject) and lex is not None and lex.person(subject) is not None
    guide_words = _telling_words(document.guide_place) if document.guide_place else None
    for sentence in document.sentences:
        if sentence.skip or len(sentence.tokens) > MAX_SENTENCE_TOKENS:
            continue
        if unnamed and any(t.text == unnamed for t in sentence.tokens):
            continue  # "In ____, Chao served as president of ...": which Chao?
        describes = _describer(sentence, lex)
        for found in simplify.statements(sentence.tokens, describes):
            if found.origin not in TRUSTED_ORIGINS or len(found.tokens) > MAX_STATEMENT_TOKENS:
                continue  # a long sentence gives its parts: "A; B", an apposition
            whole, named = _clause_pronoun(found, sentence, document.topic, lex)
            personal = any(t.lower in en.PERSONAL_GENDERED for t in sentence.tokens)
            statement, names = _in_full(
                whole,
                [*_names_in(whole.tokens, sentence), *named],
                facts,
                document.topic.person,
                personal=personal,
                famous=famous,
            )
            if guide_words is not None and not _names_a_place(statement, names, guide_words):
                continue  # 'In which year was the Gothic Town Hall completed?': in Tallinn
            people = _person_tokens(names, document.topic.person)
            earlier = _earlier_nouns(sentence, statement)
            told = context.Told(
                earlier, earlier.named_events(), facts.event_nouns, facts.person_nouns
            )
            unknown = _unknown_person(statement.tokens, names, lex, document.topic.person, facts)
            for answer in _answers(statement, names, facts, lex, _life_story(document)):
                if (
                    not worth.worth_asking(statement.tokens, answer)
                    or worth.gives_away(statement.tokens, answer, names, place_names)
                    or worth.of_today(statement.tokens, answer, guide=guide_words)
                ):
                    continue
                if facts.date is not None and (
                    worth.day_of_no_event(statement.tokens, answer, facts.date)
                    or worth.news_amount_untimed(statement.tokens, answer, statement.clause)
                ):
                    continue  # "Microsoft announced on ____ that ...": the news's own days
                if unknown is not None and not answer.start <= unknown < answer.end:
                    continue  # "In 1911, Díaz was forced to resign": which Díaz?
                key_span = range(
                    min(answer.start, answer.phrase[0]), max(answer.end, answer.phrase[1])
                )
                if context.leaning(list(statement.tokens), key_span, told, answer.kind, people):
                    continue
                stem = stems.build(list(statement.tokens), answer, lex, clause=statement.clause)
                if stem is None:
                    continue
                written = acronyms.spelled_out(stem.text, document.acronyms, answer.text)
                stem = replace(stem, text=written)
                candidate = _Candidate(sentence, statement, answer, stem, _display(answer, facts))
                slot = (sentence.number, distractors.normalise(candidate.key))
                held = best.get(slot)
                if held is None or _preference(candidate) > _preference(held):
                    best[slot] = candidate
    return list(best.values())


def _telling_words(guide_place: str) -> frozenset[str]:
    """The words of a guide's title that say which place it is: 'Banff' of 'Banff National
    Park'."""
    return frozenset(
        word
        for word in re.findall(r"[\w'\u2019-]+", guide_place)
        if word.lower() not in en.GENERIC_PLACE_WORDS and len(word) > 2
    )


def _names_a_place(
    statement: simplify.Statement, names: list[Entity], telling: frozenset[str]
) -> bool:
    """Whether a statement of a travel guide names a place, or the place the guide is about:
    readers of guides written for development (and of the devset's articles on places)
    rejected stems that leave it out ('The Ville Nouvelle was built under French rule',
    'Dr Arthur Campbell, appointed superintendent in ____'). A place is a typed place that
    is no spot inside a town (reading n6: 'The Japanese community is remembered by the
    Japanese Covered Bridge'), a telling word of the guide's title (:func:`_telling_words`),
    or a name after a preposition of place ('much of Oia', 'on Toompea') that is no person,
    month or day."""
    if any(e.kind == PLACE and e.subtype not in en_names.LANDMARK_HEADS for e in names):
        return True  # a town or region, not 'the Japanese Covered Bridge' of which town?
    tokens = statement.tokens
    if any(t.text in telling or t.text.split("-")[0] in telling for t in tokens):
        return True
    people = {i for e in names if e.kind == PERSON for i in range(e.start, e.end)}
    return any(
        token.tag == "NNP"
        and tokens[i - 1].lower in en.GUIDE_PLACE_LEADS
        and i not in people
        and token.text not in en.MONTHS
        and token.lower not in en.LOWERCASE_WEEKDAYS
        for i, token in enumerate(tokens)
        if i
    )


def _clause_pronoun(
    statement: simplify.Statement,
    sentence: Sentence,
    topic: references.Topic,
    lex: lexicon.Lexicon | None,
) -> tuple[simplify.Statement, list[Entity]]:
    """A clause cut from its sentence whose subject is 'he' or 'she', with the pronoun written
    as the one person the sentence's own subject names ('In 2012, Zaha Hadid was made a Dame
    ..., and in 2015 she became' -> 'in 2015 Zaha Hadid became'), and that name; the statement
    as it was, and no name, otherwise: also when the subject is a person named by a noun
    ('Mozart's father taught him ..., and in 1763, he took the family ...': he is the father)
    or another person is named before the pronoun."""
    begins = next((t.start for t in statement.tokens if t.start >= 0), 0)
    clause, whole = statement.clause, sentence.clause
    if begins == 0 or clause is None or whole is None:
        return statement, []
    index = clause.subject[0]
    if index >= len(statement.tokens) or whole.subject[1] > len(sentence.tokens):
        return statement, []
    first, last = whole.subject
    subject = [e for e in sentence.names if first <= e.start and e.end <= last]
    if sentence.tokens[last - 1].end > begins:
        return statement, []  # the pronoun is in the sentence's own subject
    head = sentence.tokens[last - 1]
    if (
        head.tag in {"NN", "NNS"}
        and lex
        and lex.noun_lexname(head.lower) in entities.DESCRIBING_SENSES[PERSON]
    ):
        return statement, []  # "Marie Curie's elder daughter ..., and in 1935, she won"
    pronoun = statement.tokens[index].lower
    others = [
        e for e in sentence.names if e.start >= last and sentence.tokens[e.end - 1].end <= begins
    ]
    name = references.person_before(subject, pronoun, topic, others)
    if name is None:
        return statement, []
    tokens = references.stand_in(statement.tokens, index, name)
    entity = Entity(index, index + len(name.split()), name, PERSON)
    return replace(statement, tokens=tuple(tokens)), [entity]


def _unnamed_subject(document: Document, lex: lexicon.Lexicon | None) -> str:
    """The surname of a life's subject that the text never writes in full, nor heads itself
    with, nor WordNet knows ('Chao' in a life of Yuen Ren Chao that says only 'Chao'): blind
    readers of tuning text rejected every stem naming him so, and 'Askia' too in a lesson that
    calls him 'Askia the Great' once ('Askia is a title', reading t13). Empty for any other
    text."""
    person = document.topic.person
    if not person or " " in person or (lex is not None and lex.person(person) is not None):
        return ""
    headed = document.title is not None and person in document.title.split()
    return "" if headed else person  # a life headed "Pelé" names him as he is known


def _earlier_nouns(sentence: Sentence, statement: simplify.Statement) -> context.EarlierNouns:
    """The nouns written before a statement: in the sentences before, and in its own sentence
    before it ('... from either side, but South Korea evacuated ... near the area')."""
    begins = next((t.start for t in statement.tokens if t.start >= 0), 0)
    own = frozenset(
        context.singular(t.lower)
        for t in sentence.tokens
        if t.tag in {"NN", "NNS"} and 0 <= t.end <= begins
    )
    return replace(sentence.earlier_heads, also=own) if own else sentence.earlier_heads


def _person_tokens(names: list[Entity], topic: str) -> set[int]:
    """Where a statement names people: its person names, and the text's own subject however
    its name was read ('Chao' in a biography of Yuen Ren Chao)."""
    surname = topic.rsplit(maxsplit=1)[-1] if topic else None
    return {
        i
        for e in names
        if e.kind == PERSON or (e.kind == OTHER and e.text.split()[-1] == surname)
        for i in range(e.start, e.end)
    }


def _life_story(document: Document) -> bool:
    """Whether a text tells one person's life: it is about a person and bears no date of its
    own, as news does. Blind readers found the day or month of a life's events trivial."""
    return bool(document.topic.person) and document.date is None


def _answers(
    statement: simplify.Statement,
    names: list[Entity],
    facts: distractors.DocumentFacts,
    lex: lexicon.Lexicon | None,
    life_story: bool = False,
) -> list[A.Answer]:
    """The statement's typed keys, and the subject terms it names. In a life story the year of
    a date is asked, not its day or month ('born on 31 October ____')."""
    found = A.find(list(statement.tokens), names)
    if life_story:
        years = (
            A.year_of_date(list(statement.tokens), a) if a.kind == A.DATE else a for a in found
        )
        found = [a for a in years if a is not None]
    if lex is not None:
        taken = {i for a in found for i in range(a.phrase[0], a.phrase[1])}
        found.extend(
            A.Answer(A.TERM, i, i + 1, statement.tokens[i].text, term.lemma, phrase=(i, i + 1))
            for i, term in terms.keys(list(statement.tokens), facts.terms, lex)
            if i not in taken
        )
    return found


def _unknown_person(
    tokens: tuple[tok.Token, ...],
    names: list[Entity],
    lex: lexicon.Lexicon | None,
    topic: str,
    facts: distractors.DocumentFacts,
) -> int | None:
    """Where a statement names someone a student cannot place: by one name only that the text
    never writes in full ('Díaz'), or someone WordNet does not know and the sentence does not
    say who they are ('Daniel Montalvo was released on bail'; not the text's own subject). A
    lesson or a life (a text with no date of its own) that says elsewhere who someone is
    ('Thomas Cochrane, a former British naval officer') has introduced them: its reader knows
    them from it, as a news reader does not know a passer-by."""
    for name in names:
        if name.kind != PERSON or name.text == topic or name.text.lower() in en_names.NOT_PEOPLE:
            continue  # 'God' is no one a student must place
        introduced = facts.date is None and " " in name.text and bool(facts.roles.get(name.text))
        ruler = bool(en_names.REGNAL.search(name.text))  # 'Fernando VII': a monarch's number
        known = introduced or ruler or (lex is not None and lex.person(name.text) is not None)
        if not known and (" " not in name.text or not roles_of(list(tokens), name)):
            return name.start
    return None


def _in_full(
    statement: simplify.Statement,
    names: list[Entity],
    facts: distractors.DocumentFacts,
    topic: str = "",
    *,
    personal: bool = True,
    famous: bool = False,
) -> tuple[simplify.Statement, list[Entity]]:
    """Write the first mention of each person by surname alone in full: 'Chao' -> 'Yuen Ren
    Chao', so the stem says who is meant; the text's own subject (*topic*) too, however its
    name was typed: by given name ('Jared' -> 'Jared Padalecki'), or by surname in a sentence
    that speaks of a 'he' or 'she' (*personal*: 'Mohamed' -> 'Ahmed Mohamed'), not one that
    speaks of it as a thing ('Honda opened its first factory'), nor, in a sentence without 'he'
    or 'she', when the text names a firm after a subject WordNet does not know (*famous*:
    it knows Walt Disney; 'In 2015, Honda sold 4.7 million cars'); and any other one-word name
    as the text introduced it ('Discovery' -> 'Space Shuttle Discovery'). Only a statement so
    changed is made anew (and its clause analysed again)."""
    tokens = list(statement.tokens)
    shifted: list[Entity] = []
    offset = 0
    seen: set[str] = set()
    thing = any(t.lower in {"its", "it"} for t in tokens)  # "Honda opened its first factory"
    for name in sorted(names, key=lambda e: e.start):
        moved = replace(name, start=name.start + offset, end=name.end + offset)
        before = tokens[moved.start - 1] if moved.start else None
        topical = bool(topic) and moved.kind == OTHER and moved.text in _short_names(topic)
        by_surname = topical and moved.text == topic.rsplit(maxsplit=1)[-1]
        if by_surname and (not personal or thing or _company_after(tokens, moved.end)):
            topical = False
        single = (moved.kind == PERSON or topical) and " " not in moved.text and not moved.modifier
        if single and not personal and not famous and moved.text in topic.split()[-1:]:
            single = not _firm_named_after(moved.text, facts)  # 'In 2015, Honda sold 4.7 million'
        single = single and not (before and (before.tag == "NNP" or before.text == '"'))
        comma = before is not None and before.text == "," and moved.start > 1
        word_before = tokens[moved.start - 2].lower if comma else (before.lower if before else "")
        single = single and word_before not in en.KIN_NOUNS  # 'son Matthew', 'son, Matthew,'
        full = (topic if topical else facts.display(PERSON, moved.text)) if single else None
        if moved.kind == OTHER and not topical and " " not in moved.text and not moved.modifier:
            firm = moved.text in facts.full_names and not personal  # 'Honda sold 4.7 million cars'
            of_form = facts.long_forms.get(moved.text, "").startswith(f"{moved.text} of ")
            the = before is not None and before.lower == "the"
            # 'the Corps' is the Corps of Discovery, a list's 'Republic' no Republic of
            # Macedonia; 'the Empire' stays
            stays_short = not the if of_form else the
            firm = firm or stays_short
            firm = firm or (before is not None and before.tag == "POS")  # "Seven Years' War"
            named = before is not None and (
                before.tag in {"NNP", "NNPS"} or before.text in en_names.DEMONYMS
            )
            firm = firm or named  # 'the new German Empire' is no Holy Roman Empire (n9)
            full = None if firm else facts.long_forms.get(moved.text)  # 'Space Shuttle Discovery'
        if full and before is not None and full.lower().split()[-2:-1] == [before.lower]:
            full = None  # 'hidalgo don Quixote' is no 'don Don Quixote' (reading n12)
        if full and " " in full and full not in seen and moved.end - moved.start == 1:
            written = [tok.Token(part, "NNP") for part in full.split()]
            tokens[moved.start : moved.end] = written
            offset += len(written) - 1
            moved = replace(moved, end=moved.start + len(written), text=full)
        seen.add(moved.text)
        shifted.append(moved)
    if tokens != list(statement.tokens):
        statement = replace(statement, tokens=tuple(tokens))
    return statement, shifted


def _firm_named_after(surname: str, facts: distractors.DocumentFacts) -> bool:
    """Whether the text names a firm after a person ('Honda Motor Company')."""
    return any(surname in name.split() for name in facts.names_of(ORGANIZATION))


def _company_after(tokens: list[tok.Token], end: int) -> bool:
    """'Honda Motor', 'Ford Company': the name is a firm's here."""
    return end < len(tokens) and tokens[end].lower in en_names.ORGANIZATION_HEADS


def _short_names(person: str) -> set[str]:
    """What a text may call its subject for short: 'Padalecki' and 'Jared' of Jared Padalecki."""
    words = person.split()
    return {words[0], words[-1]} if len(words) > 1 else set()


def _describer(sentence: Sentence, lex: lexicon.Lexicon | None) -> simplify.Describes:
    """Apposition check: 'Illinois, a Whig Party leader' is no apposition (a leader is a person)."""
    kinds = {sentence.tokens[e.end - 1]: e.kind for e in sentence.names}

    def describes(name: list[tok.Token], noun: tok.Token) -> bool:
        kind = kinds.get(name[-1])
        return lex is None or kind is None or entities.describes(noun, kind, lex)

    return describes


def _preference(candidate: _Candidate) -> tuple[bool, bool, int]:
    """WH-questions first, then a whole sentence whose opening phrase holds the key, then
    shorter stems. 'In 1641, the Dutch and troops from Johor defeated the Portuguese, and the
    Dutch East India Company took control of Malacca': the year is of both clauses, and the
    first alone says nowhere where (tuning reading t14)."""
    return candidate.stem.wh, _key_opens_sentence(candidate), -len(candidate.stem.text)


def _key_opens_sentence(candidate: _Candidate) -> bool:
    """Whether the candidate is a whole sentence and its key lies in an opening phrase that
    ends with a comma ('In 1641, ...')."""
    tokens = candidate.statement.tokens
    if candidate.statement.origin != "sentence" or not tokens or tokens[0].tag != "IN":
        return False
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), 0)
    later_time = any(t.tag == "CD" for t in tokens[comma:])  # '..., and ... Malacca in 1824'
    return candidate.answer.end <= comma and not later_time


def _excluded(candidate: _Candidate, facts: distractors.DocumentFacts) -> set[str]:
    """Options that would also be true, or give the key away: names and numbers of the sentence."""
    excluded = {distractors.normalise(candidate.key)}
    for e in candidate.sentence.names:
        excluded.add(distractors.normalise(facts.display(e.kind, e.text)))
        excluded.add(distractors.normalise(e.text))
    for token in candidate.sentence.tokens:
        if token.tag == "CD" or A.DECADE_PATTERN.match(token.text):  # "the 1960s and ____"
            excluded.add(distractors.normalise(token.text))
    return excluded


def _written_names(candidate: _Candidate, facts: distractors.DocumentFacts) -> tuple[str, ...]:
    """The names the key's sentence writes (besides the key): no option may be one of them."""
    key = distractors.normalise(candidate.key)
    found = {facts.display(e.kind, e.text) for e in candidate.sentence.names}
    found |= {e.text for e in candidate.sentence.names}
    return tuple(sorted(n for n in found if distractors.normalise(n) != key))


def _years_of(candidate: _Candidate) -> tuple[int, ...]:
    """The years the statement gives besides the key, of the key's era ('after a plague of 433
    BC' beside a key of 431 BC), the first year of a war it names before the key ('to
    rebuild countries after World War II': no 1934), and the year after a war the key lies
    inside ('in the Great War', 1916: no 1919; devset reading d1)."""
    answer, tokens = candidate.answer, candidate.statement.tokens
    key = range(answer.phrase[0], answer.phrase[1])
    if A.counts_backwards(answer):  # only other years of that era count
        return tuple(
            int(t.text)
            for i, t in enumerate(tokens)
            if i not in key and A.before_common_era(tokens, i)
        )
    written = tuple(
        year for i, t in enumerate(tokens) if i not in key for year in A.years_written(t.text)
    )
    text = " ".join(t.text for t in tokens)
    named = [war for war in en.WARS if re.search(rf"\b{war}\b", text)]
    value = answer.value or 0
    return (
        written
        + tuple(en.WARS[war][0] for war in named if value > en.WARS[war][0])
        + tuple(  # a year in a war: none after it ('in the Great War', 1916: not 1919),
            en.WARS[war][1] + 1  # unless the key is its last year (the latest option)
            for war in named
            if en.WARS[war][0] < value < en.WARS[war][1]
            and re.search(rf"\b(?:in|during) (?:the )?{war}\b", text)  # not 'after' it
        )
    )


def _dates_of(candidate: _Candidate) -> tuple[tuple[int, int, int], ...]:
    """The days and months the statement gives besides a date key ('and on August 9, a second
    bomb', 'followed with Alan Shepard's flight in May 1961'), as (year, month, day) with 0
    for a year or day it does not give. A month with neither its day nor its year beside it
    is no date ('Theresa May', 'the Long March')."""
    if candidate.answer.kind != A.DATE:
        return ()
    tokens = candidate.statement.tokens
    key = range(candidate.answer.start, candidate.answer.end)
    found = []
    for i, token in enumerate(tokens):
        if i in key or token.text not in en.MONTHS:
            continue
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        before = tokens[i - 1].text if i else ""
        day = next((n for n in (after, before) if n.isdigit() and int(n) <= 31), "0")
        near = [t.text for t in tokens[i + 1 : i + 4]]  # 'August 9, 1945', '9 August 1945'
        year = next((n for n in near if A.YEAR_PATTERN.match(n)), "0")
        if day == "0" and not A.YEAR_PATTERN.match(after):
            continue
        found.append((int(year), en.MONTHS.index(token.text) + 1, int(day)))
    return tuple(found)


def _beginnings_named(candidate: _Candidate, facts: distractors.DocumentFacts) -> tuple[int, ...]:
    """The years in which the things the stem names began, before a year key: no option may
    date an event of Facebook before it was started ('In ____ Facebook reported revenue of
    $3.7 billion': not 2001; reading n7)."""
    if candidate.answer.kind != A.YEAR or candidate.answer.value is None:
        return ()
    text = " ".join(t.text for t in candidate.statement.tokens)
    return tuple(
        year
        for name, year in facts.beginnings.items()
        if year < candidate.answer.value and re.search(rf"\b{re.escape(name)}\b", text)
    )


def _lived(candidate: _Candidate, lex: lexicon.Lexicon | None) -> tuple[int, int] | None:
    """The years of birth and death WordNet gives a person the statement names beside a year
    key: no option dates their deeds after their death ('As a young researcher in Paris
    around ____, Jean Piaget ...' offered 1995; reading n9). A one-word name counts only when
    the sentence reads it as a person's ('Aristotle', not Jack London's 'London'); a key in
    the year of the death sets no bound ('Lincoln was assassinated in ____' may offer 1868)."""
    if candidate.answer.kind != A.YEAR or lex is None:
        return None
    key = A.signed_year(candidate.answer.value or 0, A.counts_backwards(candidate.answer))
    people = {e.text for e in candidate.sentence.names if e.kind == PERSON}
    lives = []  # of everyone named who lived then: 'Lee surrendered to Grant', beside Lincoln
    for name in _names_written(candidate.statement.tokens):
        if " " not in name and name not in people:
            continue
        life = lex.life(name)
        born, died = life if life is not None else (None, None)
        if born is not None and died is not None and born < key < died:
            lives.append((born, died))
    if not lives:
        return None
    return max(born for born, _ in lives), min(died for _, died in lives)


def _names_written(tokens: tuple[tok.Token, ...]) -> list[str]:
    """The runs of capitalised name words a statement writes ('Jean Piaget', 'Aristotle')."""
    return [
        " ".join(t.text for t in group)
        for named, group in itertools.groupby(tokens, key=lambda t: t.tag in {"NNP", "NNPS"})
        if named
    ]


def _year_of(candidate: _Candidate) -> int | None:
    """A year the statement gives besides the key: the time its people must have lived in."""
    years = _years_of(candidate)
    return years[0] if years else None


def _role_before(candidate: _Candidate) -> str:
    """What the stem calls a person key, just before it: 'General ____', 'singer ____', 'his
    most successful general, ____' (devset reading d1: presidents beside Grant)."""
    answer, tokens = candidate.answer, candidate.statement.tokens
    if answer.kind != PERSON or answer.start == 0:
        return ""
    before = tokens[answer.start - 1]
    if before.text == "," and answer.start > 1:  # 'his most successful general, ____'
        role = tokens[answer.start - 2]
        opening = tokens[0].lower in en.ROLE_OPENINGS  # 'As a boy, ____ played the organ'
        lex = lexicon.load()
        person = lex is not None and lex.noun_lexname(role.lower) == "noun.person"
        if opening or role.lower in en.KIN_NOUNS or not person:
            return ""
        return role.lower if role.text.islower() and role.tag in {"NN", "JJ"} else ""
    title = before.tag == "NNP" and before.lower in en_names.TITLES
    noun = before.tag == "NN" and before.text.islower()
    return before.lower if (title or noun) and before.lower not in en_names.HONORIFICS else ""


def _period(candidate: _Candidate) -> int:
    """Years apart of the events a year key dates: a census every 10, the Olympics every 4."""
    if candidate.answer.kind != A.YEAR:
        return 0
    words = {t.lower for t in candidate.statement.tokens}
    return next((years for word, years in en.PERIODIC_EVENTS.items() if word in words), 0)


def _approximate(candidate: _Candidate) -> bool:
    """Whether the stem writes the key as approximate: 'around ____', 'about ____'."""
    start, tokens = candidate.answer.start, candidate.statement.tokens
    return start > 0 and tokens[start - 1].lower in en.KEPT_APPROXIMATORS


def _race(candidate: _Candidate) -> bool:
    """Whether the key names a race by its distance: 'silver medal in the ____ metres'."""
    answer, tokens = candidate.answer, candidate.statement.tokens
    start = answer.phrase[0]
    return (
        answer.kind == A.COUNT
        and answer.value in en.RACE_DISTANCES
        and answer.unit.lower() in en.METRES
        and start > 0
        and tokens[start - 1].lower == "the"
    )


def _unit_before(candidate: _Candidate) -> str:
    """The unit of a number just before the key: 'feet' in 'Listed at 5 feet ____ inches'."""
    start = candidate.answer.phrase[0]
    tokens = candidate.statement.tokens
    if start >= 2 and tokens[start - 2].tag == "CD":
        return tokens[start - 1].lower
    return ""


def _false_side(candidate: _Candidate) -> str:
    """'below' (or 'above', of a year BC) when only options on one side of a time key are
    false: 'since ____', 'before ____'; 'above' of a lower bound ('more than ____ papers':
    fewer are also true, devset reading d1), 'below' of an upper one ('fewer than ____')."""
    answer, tokens = candidate.answer, candidate.statement.tokens
    if answer.kind in {A.COUNT, A.PERCENTAGE, A.MONEY}:
        return _bound_side(tokens, answer)
    if answer.kind not in {A.YEAR, A.DECADE, A.DATE, A.ORDINAL}:
        return ""
    before = [t.lower for t in tokens[max(0, answer.phrase[0] - 2) : answer.phrase[0]]]
    era = {t.text for t in tokens[answer.end : answer.end + 3]}  # "the fifth century BC"
    flip = A.counts_backwards(answer) or bool(era & en.BC_ERAS)  # years count backwards
    if any(word in en.EARLIER_ONLY_LEADS for word in before):
        return "above" if flip else "below"
    return ""


def _bound_side(tokens: tuple[tok.Token, ...], answer: A.Answer) -> str:
    """'above' when the number is a lower bound ('more than ____', 'over ____': smaller options
    are true as well), 'below' for an upper one ('fewer than', 'under'), swapped after 'no' or
    'not' ('no more than ____'); '' otherwise. The bound may open the key's own phrase."""
    lead = [t.lower for t in tokens[max(0, answer.phrase[0] - 3) : answer.start]]
    for width in (2, 1):
        bound, rest = " ".join(lead[-width:]), lead[:-width]
        if bound in en.LOWER_BOUNDS or bound in en.UPPER_BOUNDS:
            negated = bool(rest) and rest[-1] in en.BOUND_NEGATIONS
            return "above" if (bound in en.LOWER_BOUNDS) != negated else "below"
    return ""


def _placed(candidate: _Candidate) -> bool:
    """Whether the key's sentence names a place or a nationality ('in the Soviet Union')."""
    return any(e.kind == PLACE for e in candidate.sentence.names) or any(
        t.text in en_names.DEMONYMS or t.text in en_names.NATIONALITIES
        for t in candidate.sentence.tokens
    )


def _gender_of(candidate: _Candidate) -> str:
    """'male' or 'female' when a pronoun after a person key gives its gender."""
    if candidate.answer.kind != PERSON:
        return ""
    for token in candidate.statement.tokens[candidate.answer.end :]:
        if token.lower in en.MASCULINE_PRONOUNS:
            return "male"
        if token.lower in en.FEMININE_PRONOUNS:
            return "female"
    return ""


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random(zlib.crc32(repr((seed, *parts)).encode()))


def _balanced_positions(allowed: list[list[int]], choices: int, rng: random.Random) -> list[int]:
    """A key position for each question's options out of those *allowed* it, every position
    used about as often as the others: the questions allowing fewest choose first, each the
    allowed position used least so far (ties at random), so a set of years, some of which can
    only come first or last, does not give most keys one place. A question allowing none
    takes any."""
    used: Counter[int] = Counter()
    positions = [0] * len(allowed)
    ties = [rng.random() for _ in allowed]
    fits = [places or list(range(choices)) for places in allowed]
    for i in sorted(range(len(fits)), key=lambda i: (len(fits[i]), ties[i])):
        least = min(used[p] for p in fits[i])
        positions[i] = rng.choice([p for p in fits[i] if used[p] == least])
        used[positions[i]] += 1
    return positions


def _placed_options(draft: _Draft, choices: int, seed: int, document: str) -> dict[int, Question]:
    """The draft's question with its key at each place its options allow
    (:meth:`distractors.Pool.key_positions`) and pass the item checks at."""
    placed = {}
    for position in draft.pool.key_positions(choices):
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
        if question is not None and not checks.item_problems(question, choices):
            placed[position] = question
    return placed


@dataclass(frozen=True)
class _Draft:
    candidate: _Candidate
    pool: distractors.Pool
    question: Question
    features: dict[str, float]


def _with_article(stem: str, options: list[str]) -> str:
    """'a(n) ____' becomes 'a ____' or 'an ____' when every option takes the same article."""
    if "a(n) " + stems.BLANK not in stem.replace("A(n)", "a(n)"):
        return stem
    takes_an = {checks.starts_with_vowel_sound(o) for o in options}
    if len(takes_an) != 1:
        return stem
    article = "an" if takes_an.pop() else "a"
    return stem.replace("a(n) ", article + " ").replace("A(n) ", article.capitalize() + " ")


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
        stem=_with_article(candidate.stem.text, options),
        options=tuple(options),
        answer_index=index,
        kind=candidate.answer.kind,
        source=Source(document, source.text, source.start, source.end),
        score=round(score, 3),
        flags=tuple(flags),
    )


def _select(drafts: list[_Draft], n: int) -> list[_Draft]:
    """Best first, skipping near-duplicates, giveaways and a second question on one sentence."""
    chosen: list[_Draft] = []
    kept = checks.SetChecker()
    for draft in sorted(drafts, key=lambda d: (-d.question.score, d.candidate.sentence.number)):
        if len(chosen) >= n:
            break
        if kept.admits(draft.question):
            kept.add(draft.question)
            chosen.append(draft)
    return chosen


def default_count(document_text: str) -> int:
    """How many questions a text of this length gets when none are asked for."""
    return max(MIN_DEFAULT, round(len(document_text.split()) / WORDS_PER_QUESTION))


def _note(result: Generation, wanted: int) -> str:
    """One line on why a text gave fewer questions than wanted."""
    found = len(result.questions)
    if found >= wanted:
        return ""
    if result.usable_sentences == 0:
        common = ", ".join(reason for reason, _ in result.skipped.most_common(2)) or "none"
        return (
            f"No sentence of the text can carry a question on its own "
            f"({result.sentences} sentences; most are: {common})."
        )
    if result.usable_sentences > found:  # the set's checks refused the rest
        return (
            f"{found} of {wanted} questions: {result.usable_sentences} of {result.sentences} "
            "sentences could carry one, but the others would repeat a question already asked "
            "or give its answer away."
        )
    return (
        f"{found} of {wanted} questions: only {result.usable_sentences} of {result.sentences} "
        "sentences state a fact that stands alone with a key that has good wrong options."
    )


def run(
    document_text: str,
    *,
    n: int | None = None,
    choices: int = 4,
    seed: int = 0,
    document: str = "document",
    threshold: float = ranking.THRESHOLD,
    spares: int = 0,
    progress: Progress | None = None,
    asked: frozenset[str] = ASKED_KINDS,
) -> Generation:
    """Questions about *document_text*, best first, with a note when there are fewer than *n*
    (None: the default count for the text's length, see :func:`default_count`). Candidates the
    ranker scores below *threshold*, and keys of kinds not *asked*, are not made. Up to *spares*
    further questions, best first, come with them; *progress* hears how many sentences are read
    as reading goes on."""
    if choices < 2:
        raise ValueError("a question needs at least two options")
    if n is not None and n < 0:
        raise ValueError("n must not be negative")
    wanted = default_count(document_text) if n is None else n
    lex = lexicon.load()
    read_text = read(document_text, lex, progress)
    facts = read_text.facts
    analysed = read_text.sentences
    drafts = []
    text_kind = ranking.document_features(read_text)
    unnamed = _unnamed_subject(read_text, lex)
    for candidate in _candidates(read_text, lex, unnamed):
        if candidate.answer.kind not in asked:
            continue
        request = distractors.Request(
            frozenset(_excluded(candidate, facts)),
            _rng(seed, candidate.sentence.number, candidate.key, "pool"),
            candidate.sentence.number,
            wanted=2 * choices + 2,
            written=_written_names(candidate, facts),
            year=_year_of(candidate),
            years=_years_of(candidate) + _beginnings_named(candidate, facts),
            role=_role_before(candidate),
            gender=_gender_of(candidate),
            side=_false_side(candidate),
            larger_unit=_unit_before(candidate),
            period=_period(candidate),
            approximate=_approximate(candidate),
            race=_race(candidate),
            placed=_placed(candidate),
            lived=_lived(candidate, lex),
            dates=_dates_of(candidate),
        )
        pool = distractors.pool(candidate.answer, facts, lex, request)
        if pool.size() < choices - 1:
            continue
        found = ranking.features(candidate, pool, read_text, choices, text_kind)
        score, flags = ranking.score(found)
        if score < threshold:
            continue
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
            drafts.append(_Draft(candidate, pool, question, found))
    chosen = _select(drafts, wanted)
    placed = [_placed_options(draft, choices, seed, document) for draft in chosen]
    positions = _balanced_positions([list(p) for p in placed], choices, _rng(seed, "positions"))
    final = [
        offers.get(position, draft.question)
        for draft, offers, position in zip(chosen, placed, positions, strict=True)
    ]
    taken = {id(draft) for draft in chosen}
    unused = [d for d in sorted(drafts, key=lambda d: -d.question.score) if id(d) not in taken]
    result = Generation(
        final,
        [draft.features for draft in chosen],
        sentences=len(analysed),
        usable_sentences=len({d.candidate.sentence.number for d in drafts}),
        skipped=Counter(s.skip for s in analysed if s.skip),
        spares=[draft.question for draft in unused[:spares]],
    )
    result.note = _note(result, wanted)
    if result.note and unnamed:
        result.note += (
            f" The text never writes its subject's full name ('{unnamed}'), so no question "
            "names them."
        )
    return result


def generate(
    document_text: str,
    *,
    n: int | None = None,
    choices: int = 4,
    seed: int = 0,
    document: str = "document",
) -> list[Question]:
    """Multiple-choice questions about *document_text*, best first; deterministic for a seed.

    *n* caps how many (None: the default count for the text's length), *choices* is the number
    of options, *document* names the source in each question's provenance.
    """
    return run(document_text, n=n, choices=choices, seed=seed, document=document).questions
