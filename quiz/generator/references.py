"""Pronouns that begin a sentence's subject, and the names they stand for.

'He' or 'his' stands for the one person the last sentences were about, or else for the person
the whole document is about (a biography's subject), when the pronoun's gender allows it and no
other reading fits. Anything else ('it', 'they') stays unresolved, and the sentence carries no
question.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from quiz.generator.clauses import Clause
from quiz.generator.entities import OTHER, PERSON, Entity
from quiz.generator.lang import en, en_names
from quiz.generator.tokens import Token

TOPIC_MENTIONS = 3  # a person named this often, and twice as often as anyone else, is the topic
TYPE_MENTIONS = 2  # "the city" stands for the one city named, if the text named it this often


@dataclass(frozen=True, slots=True)
class Topic:
    """The person a document is about, if any, in full, the gender its pronouns give them, and
    whether their given name alone names them (not in a life where 'their son John' is
    someone else)."""

    person: str = ""
    female: bool | None = None
    by_given_name: bool = True


FIRST_SUBJECT_WEIGHT = 2  # the first sentence's subject counts as this many extra mentions


def _without_seat(name: str) -> str:
    """A person's name without the estate or place it is 'of': 'Patrick Gordon of
    Auchleuchries' -> 'Patrick Gordon'."""
    personal = name.split(" of ", maxsplit=1)[0]
    return personal if len(personal.split()) > 1 else name  # not 'University of Copenhagen'


def topic(
    sentences: Sequence[tuple[list[Token], list[Entity]]],
    first_subject: Sequence[Entity] = (),
    title: str | None = None,
) -> Topic:
    """The document's main person: the person its title names, or the one named most often
    (surnames counted, the first sentence's subject weighing more), well ahead of others, in a
    text that speaks of someone as 'he' or 'she' (a name of unknown type counts too)."""
    full: dict[str, Counter[str]] = {}
    named = [_without_seat(e.text) for e in first_subject if e.kind in {PERSON, OTHER}]
    counts: Counter[str] = Counter({name.split()[-1]: FIRST_SUBJECT_WEIGHT for name in named})
    feminine = masculine = 0
    for tokens, names in sentences:
        for e in names:
            if e.kind in {PERSON, OTHER}:
                name = _without_seat(e.text)
                surname = name.split()[-1]
                counts[surname] += 1
                if len(name.split()) > 1:
                    full.setdefault(surname, Counter())[name] += 1
        feminine += sum(t.lower in en.FEMININE_PRONOUNS for t in tokens)
        masculine += sum(t.lower in en.MASCULINE_PRONOUNS for t in tokens)
    female_or_none = None if feminine == masculine else feminine > masculine
    if title and title.split()[0] in en.ARTICLE_WORDS:
        title = None  # 'The Columbian Exchange' names no person (reading n9)
    if title and " " in title and counts.get(title.split()[-1], 0) and feminine + masculine:
        return Topic(title, female_or_none)  # a biography headed "Daniel Bernoulli"
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < TOPIC_MENTIONS or feminine + masculine < TOPIC_MENTIONS:
        return Topic()
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return Topic()
    surname = ranked[0][0]
    female = None if feminine == masculine else feminine > masculine
    first = [name for name in named if name.split()[-1] == surname and " " in name]
    variants = full.get(surname)
    if first:
        return Topic(first[0], female)  # as the first sentence writes it: "Matthew Goode"
    return Topic(variants.most_common(1)[0][0] if variants else surname, female)


def subject_pronoun(tokens: list[Token], clause: Clause | None) -> int | None:
    """Index of a pronoun (or 'the latter') that begins the subject, if any."""
    start = clause.subject[0] if clause else 0
    if start >= len(tokens):
        return None
    if tokens[start].tag == "CD" and start + 1 < len(tokens) and tokens[start + 1].tag == "PRP":
        start += 1  # "In May, 1750 he was elected": the year is no part of the subject
    word = tokens[start].lower
    if word in en.RESOLVABLE_PRONOUNS or word in {
        "it",
        "its",
        "they",
        "their",
        "this",
        "these",
        "such",
    }:
        return start
    if start + 1 < len(tokens) and tokens[start + 1].lower in {"latter", "former"}:
        return start
    return None


def _is_topic(person: str, document: Topic) -> bool:
    """Whether *person* is the text's topic person: by surname, or by the given name alone
    ('Daniel' in a life of Daniel Bernoulli, whose father is a Bernoulli too)."""
    if not document.person:
        return False
    words, topic = person.split(), document.person.split()
    given = document.by_given_name and len(words) == 1 < len(topic) and words[0] == topic[0]
    return words[-1] == topic[-1] or given


def _gender_allows(person: str, *, female: bool, document: Topic) -> bool:
    """Whether 'she' (female) or 'he' can stand for *person*, judged by the given name, or by
    the document's pronouns when the person is its topic."""
    given = person.split(maxsplit=1)[0].lower()
    if given in en_names.FEMALE_NAMES:
        return female
    if given in en_names.MALE_NAMES:
        return not female
    if _is_topic(person, document) and document.female is not None:
        return document.female == female
    return not female  # surnames alone are usually men in news text


def _of_the_other_gender(person: str, female: bool) -> bool:
    """Whether the given name says *person* is a man (for 'she', *female*) or a woman (for
    'he'); a name it does not know might be either ('Paulette Goddard': an independent
    review)."""
    given = person.split(maxsplit=1)[0].lower()
    return given in (en_names.MALE_NAMES if female else en_names.FEMALE_NAMES)


def _name_tokens(name: str, possessive: bool) -> list[Token]:
    written = [Token(part, "NNP") for part in name.split()]
    return [*written, Token("'s", "POS")] if possessive else written


def _person(
    recent_subjects: list[list[Entity]],
    female: bool,
    document: Topic,
    mentioned: frozenset[Entity] = frozenset(),
    *,
    unknown: Sequence[bool] = (),
) -> str | None:
    """The one person 'he' or 'she' can stand for: the last sentences' subject, or the text's
    topic person; None when both fit and differ (a biography that turns to someone else), and
    None when the last sentences also name another person (*mentioned* holds those names:
    'Carranza ... Villa ... he' is too often the wrong man). A nearer subject that is only a
    name of unknown type (*unknown*, per sentence) gives None too: after 'Pedro took the final
    step', 'he' is not the person of the sentence before. A nearer subject who cannot be meant
    (a man, for 'she') leaves the topic, unless the last sentences name another person who
    could be: 'Truffaut's film Jules et Jim ... In 1983, she was head of the jury' (Moreau)."""
    topic_fits = bool(document.person) and _gender_allows(
        document.person, female=female, document=document
    )
    for i, subjects in enumerate(recent_subjects):
        people = {
            e.text
            for e in subjects
            if e.kind == PERSON or (e.kind == OTHER and _is_topic(e.text, document))
        }
        fitting = {p for p in people if _gender_allows(p, female=female, document=document)}
        surnames = {p.split()[-1] for p in fitting}
        full = {p for p in fitting if " " in p}
        if len(full) > 1 and not all(
            set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())
            for a in full
            for b in full
        ):
            return None  # "Daniel Bernoulli's father Johann Bernoulli": which Bernoulli?
        if len(surnames) == 1:
            found = max(fitting, key=len)
            if _is_topic(found, document):
                return document.person
            alone = {m.text.split()[-1] for m in mentioned} <= surnames
            return None if topic_fits or not alone else found
        if (i < len(unknown) and unknown[i]) or fitting:
            return None  # two people, or a name of unknown type ('Pedro')
        if people and all(_of_the_other_gender(p, female) for p in people):
            others = {  # the topic, unless the last sentences name someone else who could be
                m.text
                for m in mentioned
                if not _is_topic(m.text, document) and not _of_the_other_gender(m.text, female)
            }
            return document.person if topic_fits and not others else None
        if people:
            return None  # about someone else
    return document.person if topic_fits else None


def person_before(
    names: Sequence[Entity],
    pronoun: str,
    document: Topic,
    others: Sequence[Entity] = (),
) -> str | None:
    """The one person *names* (those of a sentence's subject, before one of its clauses) give
    whom *pronoun* ('he', 'her') in that clause can stand for: 'In 2012, Zaha Hadid was made a
    Dame ..., and in 2015 she became ...'. None when none or several are named, when a name of
    unknown type, even of one word ('released Nkrumah'), might be another person, when the
    gender does not fit, or when the sentence names another person of that gender before the
    pronoun (*others*: 'Lincoln made Grant commander, and in 1869 he became president')."""
    if pronoun not in en.RESOLVABLE_PRONOUNS:
        return None
    female = pronoun in {"she", "her"}
    if any(
        e.kind == PERSON and _gender_allows(e.text, female=female, document=document)
        for e in others
    ):
        return None
    people = {
        e.text
        for e in names
        if e.kind == PERSON or (e.kind == OTHER and _is_topic(e.text, document))
    }
    untyped = [e for e in names if e.kind == OTHER and e.text not in people]
    if len({p.split()[-1] for p in people}) != 1 or untyped:
        return None
    name = max(people, key=len)
    if not _gender_allows(name, female=female, document=document):
        return None
    return document.person if _is_topic(name, document) else name


def stand_in(tokens: Sequence[Token], index: int, name: str) -> list[Token]:
    """*tokens* with the pronoun at *index* replaced by *name* ('his' by 'Bismarck's')."""
    possessive = en.RESOLVABLE_PRONOUNS[tokens[index].lower]
    return [*tokens[:index], *_name_tokens(name, possessive), *tokens[index + 1 :]]


def resolve(
    tokens: list[Token],
    index: int,
    recent_subjects: list[list[Entity]],
    document: Topic,
    mentioned: frozenset[Entity] = frozenset(),
    *,
    unknown: Sequence[bool] = (),
) -> list[Token] | None:
    """The sentence with the pronoun at *index* replaced by the name it stands for, or None.

    *recent_subjects* holds, nearest first, the names in each previous sentence's subject;
    *mentioned* every person (and untyped name) the last two sentences name; *unknown* whether
    each of those subjects is only a name of unknown type ('Pedro', perhaps the one meant).
    """
    pronoun = tokens[index].lower
    if pronoun not in en.RESOLVABLE_PRONOUNS:
        return None  # 'it' and 'they' too often stand for something other than the last subject
    rest = {t.text for i, t in enumerate(tokens) if i != index}
    if document.person and rest & set(document.person.split()):
        document = Topic()  # "He plagiarized Daniel's book": he is not Daniel
    name = _person(recent_subjects, pronoun in {"she", "her"}, document, mentioned, unknown=unknown)
    return None if name is None else stand_in(tokens, index, name)


_THING_PRONOUNS = {"it": ("singular", False), "its": ("singular", True)} | {
    "they": ("plural", False),
    "their": ("plural", True),
}


def resolve_thing(
    tokens: list[Token],
    index: int,
    previous: list[Token],
    subject: tuple[int, int],
    names: list[Entity],
    *,
    own_names: Sequence[Entity] = (),
) -> list[Token] | None:
    """The sentence with 'it', 'its', 'they' or 'their' at *index* replaced by the subject of
    the sentence before (*previous*, its subject span *subject*, its *names*), when that subject
    is one name of the pronoun's number and no person: 'Phoenix ... It has become' -> 'Phoenix
    has become', 'The Sasanians ... They ruled' -> 'The Sasanians ruled'. None otherwise, and
    None when the sentence itself names another thing of that kind before the pronoun
    (*own_names*), which 'it' may stand for as well."""
    found = _THING_PRONOUNS.get(tokens[index].lower)
    if found is None:
        return None
    number, possessive = found
    start, end = subject
    the = start < end and previous[start].lower == "the"
    if the:
        start += 1
    named = [e for e in names if e.start == start and e.end == end and e.kind != PERSON]
    last = previous[end - 1]
    if the and not named and _national_phrase(previous[start:end]):
        if any(e.end <= index and not e.modifier for e in own_names):
            return None  # 'After Texas declared independence, it joined': Texas, not them
        plural = last.tag == "NNS"  # 'the German armies ... they reached'
    elif len(named) != 1 or any(
        e.end <= index and e.kind == named[0].kind and not e.modifier and e.text != named[0].text
        for e in own_names
    ):
        return None  # "Prague ... While London grew, it ...": Prague, or London?
    else:
        plural = last.tag == "NNPS" or (the and last.tag == "NNP" and last.text.endswith("s"))
    if plural != (number == "plural"):
        return None  # 'They claimed' is not 'Valeska Paris', though her name ends in s
    name = [Token(t.text, t.tag) for t in previous[subject[0] : end]]
    if name[0].lower == "the" and index == 0:
        name[0] = Token("The", "DT")
    elif name[0].lower == "the":
        name[0] = Token("the", "DT")
    ending = [Token("'" if plural else "'s", "POS")] if possessive else []
    return [*tokens[:index], *name, *ending, *tokens[index + 1 :]]


_PHRASE_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "NN", "NNS"})


def _national_phrase(words: Sequence[Token]) -> bool:
    """Whether a phrase after 'the' says whose thing it is by a proper adjective before its
    common noun ('German armies', 'Mexican government'), which names it as a name would."""
    if len(words) < 2 or words[-1].tag not in {"NN", "NNS"}:
        return False
    modifiers = words[:-1]
    return all(t.tag in _PHRASE_TAGS | {"NNP"} for t in modifiers) and any(
        t.text[:1].isupper() and t.tag in {"JJ", "NNP"} for t in modifiers
    )


def _definite_at(tokens: list[Token], i: int) -> int | None:
    """The end of 'the [adjectives] NOUN' starting at *i* (a phrase without a name), or None."""
    if tokens[i].lower != "the":
        return None
    j = i + 1
    while j < len(tokens) and tokens[j].tag in _PHRASE_TAGS:
        j += 1
    if j == i + 1 or tokens[j - 1].tag not in {"NN", "NNS"}:
        return None
    if j < len(tokens) and tokens[j].lower in {"of", "'s"}:
        return None  # "the war of 1812", "the city's": said with what follows
    if any(t.lower in en.NOT_THE_SAME for t in tokens[i + 1 : j - 1]):
        return None  # "the new government" is not the Provisional Government named before
    return j


@dataclass
class EarlierNames:
    """The names a text has written so far, indexed by what a definite description can call
    them: their last word ('the war': Korean War) and, for places, their kind ('the city')."""

    title: str = ""
    by_head: dict[str, Counter[str]] = field(default_factory=dict)
    by_kind: dict[str, Counter[str]] = field(default_factory=dict)
    with_the: set[str] = field(default_factory=set)  # names the text writes after 'the'
    # names of a heading that is no title: they make 'the NOUN' ambiguous, never resolve it
    rivals: set[str] = field(default_factory=set)

    def add(self, name: str, place_kind: str = "", *, after_the: bool = False) -> None:
        """Count one more mention of *name* (a place of *place_kind*, if it is one; written
        after 'the', if *after_the*)."""
        if after_the:
            self.with_the.add(name)
        self.by_head.setdefault(name.rsplit(maxsplit=1)[-1].lower(), Counter())[name] += 1
        if place_kind in en.PLACE_KIND_NOUNS:
            self.by_kind.setdefault(place_kind, Counter())[name] += 1

    def antecedent(self, noun: str) -> str | None:
        """The one name that 'the NOUN' can stand for, named at least twice: 'the war' ->
        'Korean War' (the only name ending in War), 'the city' -> 'Cleveland' (the only city
        named); the text's title first, when it fits ('the islands' of the Chatham Islands)."""
        headed = self.by_head.get(noun, Counter())
        typed = self.by_kind.get(noun, Counter())
        if self.title and (self.title in headed or self.title in typed):
            return self.title
        if len(headed) + len(typed) != 1:
            return None
        name, mentions = next(iter((headed or typed).items()))
        rival = any(r != name and r.rsplit(maxsplit=1)[-1].lower() == noun for r in self.rivals)
        return name if mentions >= TYPE_MENTIONS and not rival else None  # Yalta or Potsdam?


def resolve_definites(tokens: list[Token], earlier: EarlierNames) -> list[Token] | None:
    """The sentence with each 'the NOUN' that refers back to a name replaced by that name
    ('the war' -> 'the Korean War', 'the city' -> 'Cleveland', 'the island' -> 'Cape Breton
    Island', which the text never writes after 'the'); None when there is none."""
    written: list[Token] = []
    changed = False
    i = 0
    while i < len(tokens):
        end = _definite_at(tokens, i)
        name = earlier.antecedent(tokens[end - 1].lower) if end else None
        if end is None or name is None:
            written.append(tokens[i])
            i += 1
            continue
        keeps_the = name.split()[-1].lower() == tokens[end - 1].lower and name in earlier.with_the
        written.extend([tokens[i]] if keeps_the else [])
        written.extend(Token(part, "NNP") for part in name.split())
        changed = True
        i = end
    return written if changed else None
