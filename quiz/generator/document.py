"""A document read once: its sentences tagged, their names typed and tied together across
sentences, which sentences can carry questions, and the facts distractors draw on."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from quiz.generator import (
    acronyms,
    clauses,
    context,
    distractors,
    entities,
    filters,
    lexicon,
    places,
    references,
    resources,
    terms,
    text,
    times,
)
from quiz.generator import tokens as tok
from quiz.generator.entities import ORGANIZATION, OTHER, PERSON, PLACE, Entity
from quiz.generator.lang import en, en_names
from quiz.generator.people import same_person

_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


@dataclass
class Sentence:
    """A sentence with its tags, names, clause shape, and whether it may carry questions."""

    number: int
    source: text.Sentence
    tokens: list[tok.Token]
    names: list[Entity]
    skip: str | None
    clause: clauses.Clause | None = None
    resolved: bool = False
    earlier_heads: context.EarlierNouns = field(  # the nouns named before it
        default_factory=lambda: context.EarlierNouns({}, 0)
    )


@dataclass
class Document:
    """A text read once, which every later stage reads and extends (as spaCy's Doc)."""

    sentences: list[Sentence]
    date: dt.date | None
    topic: references.Topic
    facts: distractors.DocumentFacts
    words: int
    lowered: str  # the text in lower case, to count what it writes
    title: str | None = None  # the name the text is headed with, if any ('Pelé')
    acronyms: dict[str, str] = field(default_factory=dict)  # {'SSS': 'sea surface salinity'}
    guide_place: str | None = None  # the place a travel guide is about ('Phoenix')
    _mentions: dict[str, int] = field(default_factory=dict, repr=False)

    def mentions(self, phrase: str) -> int:
        """How often the text writes *phrase*, in any case (counted once per phrase)."""
        lowered = phrase.lower()
        if lowered not in self._mentions:
            self._mentions[lowered] = self.lowered.count(lowered)
        return self._mentions[lowered]


Progress = Callable[[int, int], None]  # (sentences read, sentences in all)


def read(
    document_text: str, lex: lexicon.Lexicon | None, progress: Progress | None = None
) -> Document:
    """Split, tag and analyse a text: its sentences, date, topic person and distractor facts.
    *progress*, if given, hears how many sentences are read as reading goes on."""
    found, date = text.sentences(document_text)
    heading = text.heading(document_text)
    title = text.title_name(heading)
    sentences, topic = analyse(found, lex, date, title, progress, heading=heading)
    distractor_facts = facts(sentences, date, topic, lex)
    distractor_facts.terms = terms.subject_terms((s.tokens for s in sentences), lex)
    distractor_facts.nouns = frozenset(
        t.lower for s in sentences for t in s.tokens if t.tag in {"NN", "NNS"}
    )
    if lex is not None:
        senses = {noun: lex.noun_lexname(noun) for noun in distractor_facts.nouns}
        distractor_facts.person_nouns = frozenset(
            noun for noun, sense in senses.items() if sense == "noun.person"
        )
        distractor_facts.event_nouns = frozenset(
            noun for noun in distractor_facts.nouns if lex.is_event_noun(noun)
        )
    return Document(
        sentences,
        date,
        topic,
        distractor_facts,
        len(document_text.split()),
        document_text.lower(),
        title,
        acronyms.defined(document_text),
        _guide_place(document_text, title),
    )


def _guide_place(document_text: str, title: str | None) -> str | None:
    """The place a travel guide is about: its title, when the text is a guide (see
    :func:`text.is_guide`) headed by a name rather than by a section heading ('Understand')."""
    if not title or title.lower() in en.GUIDE_HEADINGS or not text.is_guide(document_text):
        return None
    return title


def analyse(
    found: list[text.Sentence],
    lex: lexicon.Lexicon | None,
    date: dt.date | None = None,
    title: str | None = None,
    progress: Progress | None = None,
    *,
    heading: str | None = None,
) -> tuple[list[Sentence], references.Topic]:
    """Tag sentences, find names, resolve subject pronouns, decide which can carry questions;
    also who the text is about. *heading* is the text's first line, when it is one."""
    casing = _casing(found)
    analysed = []
    for number, sentence in enumerate(found):
        analysed.append(_read(number, sentence, casing, lex, date))
        if progress is not None:
            progress(number + 1, len(found))
    _skip_inside_quotations(analysed)
    _skip_captions(analysed)
    _skip_made_up_examples(analysed)
    _unify_people(analysed)
    first = next((s for s in analysed if not s.skip), None)
    about = references.topic(
        [(s.tokens, s.names) for s in analysed], _subject_names(first) if first else [], title
    )
    if about.person and _kin_shares_given_name(analysed, about.person):
        about = replace(about, by_given_name=False)
    _resolve_definites(analysed, lex, title, heading)
    for number, sentence in enumerate(analysed):
        if sentence.skip:
            continue
        pronoun = references.subject_pronoun(sentence.tokens, sentence.clause)
        if pronoun is None:
            continue
        window = 0 if about.person and _opens_paragraph(analysed, number) else 3
        earlier = list(reversed(analysed[max(0, number - window) : number]))
        recent = [_subject_names(s) for s in earlier]
        mentioned = frozenset(  # people, and two-word names our typing left open
            e
            for s in earlier[:2]
            for e in s.names
            if (e.kind == PERSON or (e.kind == OTHER and " " in e.text))
            and not _epithet(s.tokens, e)
        )
        unknown = [_unknown_subject(s, about) for s in earlier]
        replaced = references.resolve(
            sentence.tokens, pronoun, recent, about, mentioned, unknown=unknown
        )
        person = replaced is not None
        before = analysed[number - 1] if number else None
        if replaced is None and before is not None and before.clause is not None:
            replaced = references.resolve_thing(
                sentence.tokens,
                pronoun,
                before.tokens,
                before.clause.subject,
                before.names,
                own_names=sentence.names,
            )
            if replaced is not None and not _predicate_fits(sentence, before, lex):
                replaced = None  # 'India said ... It is the most powerful earthquake'
        if replaced is None:
            sentence.skip = "unresolved pronoun"
            continue
        sentence.tokens, sentence.resolved = replaced, True
        sentence.names = [  # the name written for 'he' is a person's, however it reads alone
            replace(e, kind=PERSON) if person and e.start == pronoun and e.kind == OTHER else e
            for e in entities.find(replaced, lex)
        ]
        sentence.clause = clauses.analyse(replaced)
    _unify_people(analysed)
    _note_earlier_heads(analysed, lex)
    return analysed, about


def _read(
    number: int,
    sentence: text.Sentence,
    casing: _Casing,
    lex: lexicon.Lexicon | None,
    date: dt.date | None,
) -> Sentence:
    """Tag one sentence, drop a linking opening, date its relative times, find its names and
    clause."""
    tagged = _without_ages(_without_footnote_mark(tok.tag(sentence.text)))
    tagged = _names_read_as_verbs(_mark_proper_start(tagged, casing), casing.proper)
    tagged = _without_stray_comma(tagged)
    skip = filters.skip_reason(tagged, False) if tagged else "empty"
    if not skip:
        lead = context.opening(tagged)
        if lead is None:
            skip = "leans on the previous sentence"
        else:
            tagged = times.absolute(context.without_pointing_adverbs(tagged[lead:]), date)
    names = entities.find(tagged, lex) if tagged else []
    clause = clauses.analyse(tagged)
    if clause is None and not skip:
        skip = "no main clause"  # a caption or a heading: "Portrait shot of Dennis Hopper, ..."
    return Sentence(number, sentence, tagged, names, skip, clause)


def _resolve_definites(
    analysed: list[Sentence],
    lex: lexicon.Lexicon | None,
    title: str | None,
    heading: str | None = None,
) -> None:
    """Write the name a definite description refers back to: 'the war' -> 'the Korean War',
    'the islands' -> 'the Chatham Islands' (the text's title). A name of a *heading* that is
    no title is its rival: 'the revolution' under '31.4 The Iranian Revolution of 1979' is not
    the shah's White Revolution, named twice (reading n16)."""
    earlier = references.EarlierNames()
    if heading and heading != title:
        earlier.rivals = {name.text for name in entities.find(tok.tag(heading), lex)}
    if title:
        titled = entities.find(tok.tag(title), lex)
        if len(titled) == 1 and titled[0].end - titled[0].start == len(title.split()) - (
            title.lower().startswith("the ")
        ):
            earlier.title = title.removeprefix("The ")
            place = places.lookup(titled[0].text)
            earlier.add(
                earlier.title, place.kind if place else "", after_the=title != earlier.title
            )
    kinds: dict[str, str] = {}
    for sentence in analysed:
        if not sentence.skip:
            replaced = references.resolve_definites(sentence.tokens, earlier)
            if replaced is not None:
                sentence.tokens, sentence.resolved = replaced, True
                sentence.names = entities.find(replaced, lex)
                sentence.clause = clauses.analyse(replaced)
        for e in sentence.names:
            written = _whole_name(sentence.tokens, e)
            if e.kind == PLACE and written not in kinds:
                place = places.lookup(written)
                kinds[written] = place.kind if place else entities.coarse_place(e.subtype)
            start = e.end - len(written.split())
            after_the = start > 0 and sentence.tokens[start - 1].lower == "the"
            earlier.add(written, kinds.get(written, ""), after_the=after_the)


def _predicate_fits(sentence: Sentence, before: Sentence, lex: lexicon.Lexicon | None) -> bool:
    """Whether what *sentence* says its subject pronoun is ('It is the most powerful earthquake
    ...') can describe the name the subject of the sentence *before* writes (India: a country is
    no earthquake). A sentence whose verb is not 'be' says nothing of the kind."""
    clause, subject = sentence.clause, before.clause
    if lex is None or clause is None or subject is None:
        return True
    tokens = sentence.tokens
    if not all(t.lower in en.BE_FORMS for t in tokens[slice(*clause.verb)]):
        return True
    start, end = subject.subject
    kind = next((e.kind for e in before.names if e.end == end and e.start >= start), None)
    # the noun phrase right after 'be': 'the most powerful earthquake', not 'famous for the fire'
    phrase = list(itertools.takewhile(lambda t: t.tag in _PREDICATE_TAGS, tokens[clause.verb[1] :]))
    nouns = [t for t in phrase if t.tag in {"NN", "NNS"}]
    return kind is None or not nouns or entities.describes(nouns[-1], kind, lex)


# Tags of the noun phrase right after 'be': its last noun is what the subject is said to be.
_PREDICATE_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "RB", "RBS", "CD", "PRP$", "NN", "NNS"})


def _whole_name(tokens: list[tok.Token], name: Entity) -> str:
    """A name with the capitalised words before it that our typing set aside ('Korean War')."""
    start = name.start
    while (
        start > 1
        and tokens[start - 1].tag in {"NNP", "NNPS", "JJ"}
        and tokens[start - 1].text[:1].isupper()
    ):
        start -= 1
    return " ".join(t.text for t in tokens[start : name.end])


def _without_footnote_mark(tagged: list[tok.Token]) -> list[tok.Token]:
    """'1 In a 2007 study ...': a footnote number left before a sentence goes, and so do
    bracketed citation marks anywhere ('[3] Goode was educated at Exeter School [4] ...'), with
    the commas of a list of them ('lexical abilities [22], [23].'); what is left is tagged
    again."""
    kept: list[tok.Token] = []
    i = 0
    while i < len(tagged):
        if _citation_mark(tagged, i):
            i += 3
            while tagged[i : i + 1] and tagged[i].text == "," and _citation_mark(tagged, i + 1):
                i += 4
            continue
        kept.append(tagged[i])
        i += 1
    number = len(kept) > 2 and kept[0].text.isdigit() and len(kept[0].text) <= 2
    kept = kept[1:] if number and kept[1].text[:1].isupper() else kept
    return tok.retag(kept) if len(kept) < len(tagged) else tagged  # tags read without marks


_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD"})
_AUXILIARIES = en.words("has have had is are was were will would can could may might must should")


def _kin_shares_given_name(analysed: list[Sentence], person: str) -> bool:
    """Whether the text names a relative by *person*'s given name ('Their son John was born'
    in a life of John F. Kennedy: an independent review)."""
    given = person.split(maxsplit=1)[0]
    return any(
        token.text == given and i > 0 and sentence.tokens[i - 1].lower in en.KIN_NOUNS
        for sentence in analysed
        for i, token in enumerate(sentence.tokens)
    )


def _opens_paragraph(analysed: list[Sentence], number: int) -> bool:
    """Whether sentence *number* begins a paragraph: in a life, a paragraph that opens with
    'He' speaks of its subject, whoever the paragraph before ended with (a tuning-part life:
    '... Lafayette commissioned L'Enfant to paint a portrait of Washington. || He was wounded
    at the Siege of Savannah')."""
    return number > 0 and analysed[number - 1].source.paragraph != analysed[number].source.paragraph


def _epithet(tokens: list[tok.Token], name: Entity) -> bool:
    """A name the text gives someone in quotation marks ('the French called him "the Sea
    Wolf"'): no one else a later 'he' could stand for (a tuning lesson on Thomas Cochrane).
    Not a person named to a post ('Clinton named Susan Rice assistant secretary')."""
    before = tokens[max(0, name.start - 4) : name.start]
    given = [i for i, t in enumerate(before) if t.lower in en.NAME_GIVING_WORDS]
    return bool(given) and any(t.text in {'"', "“"} for t in before[given[0] :])


def _without_stray_comma(tagged: list[tok.Token]) -> list[tok.Token]:
    """A comma the text put between its subject and verb goes: 'The Internet security firm
    Secunia.com, has said that ...' (tuning reading t14: ungrammatical), before an auxiliary
    verb only: not one that opens a reporting aside ('Institutional recipients, said Mauer,
    ...', 'The Great Fire, recalled the diarist Samuel Pepys, began ...')."""
    comma = next((i for i, t in enumerate(tagged) if t.text == ","), 0)
    if comma < 2 or comma + 2 >= len(tagged) or tagged[comma + 1].tag not in clauses.FINITE:
        return tagged
    if any(t.tag not in _SUBJECT_TAGS for t in tagged[:comma]):
        return tagged
    if tagged[comma + 1].lower not in _AUXILIARIES:
        return tagged  # 'The Great Fire, recalled the diarist Samuel Pepys, began ...'
    if any(t.text == "," for t in tagged[comma + 1 : comma + 5]):
        return tagged
    return tagged[:comma] + tagged[comma + 1 :]


def _without_ages(tagged: list[tok.Token]) -> list[tok.Token]:
    """A person's age set beside their name goes: 'Emmerson Mnangagwa, 75, was vice
    president from 2014' (how old, and when? reading n14 of news written for development). The
    comma after it goes too before 'and', and before a verb unless the name is itself set
    between commas ('Ben Johnson, 26, handed over his medal', which the tagger read as a
    participle until the age went; 'Its leader, Emmerson Mnangagwa, 75, said', not 'On Monday,
    Ben Johnson, 26, said'). Numbers after a place the gazetteer knows, or after two or more
    one-word names, are counts of places, not ages."""
    ages = [i for i in range(len(tagged)) if _age_aside(tagged, i)]
    if not ages:
        return tagged  # most sentences: no second pass of the tagger
    alone = [i for i in ages if i - _name_start(tagged, i) == 1]
    if len(alone) > 1 or any(_a_place(tagged, i) for i in ages):
        return tagged  # 'in Paris, 11, Nice, 86', 'in New York, 11, and in Boston, 4': places
    kept = list(tagged)
    for i in reversed(ages):
        width = 2  # ', 75'
        if i + 2 < len(tagged) and tagged[i + 2].text == ",":
            without = tok.retag([*tagged[:i], *tagged[i + 3 :]])
            following = without[i] if i < len(without) else None
            verb_after = following is not None and following.tag in clauses.FINITE
            closing = verb_after and _in_apposition(tagged, _name_start(tagged, i))
            joined = following is not None and following.lower == "and"
            width = 3 if (verb_after and not closing) or joined else 2
        del kept[i : i + width]
    return tok.retag(kept)


def _a_place(tagged: list[tok.Token], i: int) -> bool:
    """Whether the name of two words or more that ends before token *i* is a place the
    gazetteer knows ('New York, 11,', 'the United States, 46.')."""
    words = [t.text for t in tagged[_name_start(tagged, i) : i]]
    return len(words) > 1 and places.lookup(" ".join(words)) is not None


def _name_start(tagged: list[tok.Token], i: int) -> int:
    """Where the run of capitalised name words that ends before token *i* begins."""
    start = i
    while start > 0 and tagged[start - 1].tag in {"NNP", "NNPS"}:
        start -= 1
    return start


def _age_aside(tagged: list[tok.Token], i: int) -> bool:
    """Whether ', 75' closed by a comma or a full stop begins at token *i*, right after a
    name."""
    words = tagged[i : i + 3]
    return (
        len(words) == 3
        and words[0].text == ","
        and words[1].text.isdigit()
        and words[1].tag == "CD"
        and 0 < int(words[1].text) <= MAX_AGE
        and words[2].text in {",", "."}
        and i > _name_start(tagged, i)  # last: the walk back over the name costs most
    )


MAX_AGE = 120


def _citation_mark(tagged: list[tok.Token], i: int) -> bool:
    """Whether a bracketed citation mark ('[3]') begins at token *i*."""
    mark = [t.text for t in tagged[i : i + 3]]
    return len(mark) == 3 and mark[0] == "[" and mark[2] == "]" and _citation(mark[1])


def _citation(text: str) -> bool:
    """A citation mark's inside: '3', '12', 'a', 'note 4'."""
    return (text.isdigit() and len(text) <= 3) or (len(text) == 1 and text.isalpha())


def _skip_captions(analysed: list[Sentence]) -> None:
    """A sentence followed in its paragraph by a picture's credit ('Image: NASA.') is the
    picture's caption: it tells what a photograph shows, in the present tense."""
    for sentence, following in itertools.pairwise(analysed):
        same = following.source.paragraph == sentence.source.paragraph
        if same and filters.credits_a_picture(following.source.text) and not sentence.skip:
            sentence.skip = "caption"


def _skip_inside_quotations(analysed: list[Sentence]) -> None:
    """Sentences inside a quotation that spans several sentences of a paragraph are speech."""
    quotation_open, paragraph = False, -1
    for sentence in analysed:
        if sentence.source.paragraph != paragraph:
            quotation_open, paragraph = False, sentence.source.paragraph
        if sentence.tokens[:1] and sentence.tokens[0].text == '"':
            quotation_open = False  # a quotation begins: the last was never closed ('girl," the')
        if quotation_open and not sentence.skip:
            sentence.skip = "quotation"
        quotation_open = filters.opens_quotation(sentence.tokens, quotation_open)


def _skip_made_up_examples(analysed: list[Sentence]) -> None:
    """The figures of an example the text makes up ('Suppose a worker in the United States can
    make either 4 refrigerators or 40 pairs of shoes') are no facts (reading n8 of written
    textbook pages). After a sentence that supposes, the rest of its paragraph is the example,
    and so is a later sentence whose numbers (not years) the example used."""
    used: set[str] = set()
    paragraph = None
    for sentence in analysed:
        numbers = {  # figures written in digits: 'three' and 'one' are any text's words
            t.text
            for t in sentence.tokens
            if t.tag == "CD" and t.text[:1].isdigit() and not _YEAR.fullmatch(t.text)
        }
        if _supposes(sentence.tokens):
            paragraph = sentence.source.paragraph
        elif sentence.source.paragraph != paragraph and not (numbers & used):
            continue
        if sentence.source.paragraph == paragraph:
            used |= numbers  # the example's own figures, not those of a sentence reusing them
        if not sentence.skip:
            sentence.skip = "made-up example"


def _supposes(tokens: list[tok.Token]) -> bool:
    """Whether a sentence opens by supposing: 'Suppose ...', 'Now suppose ...', 'Imagine ...',
    'Consider a simple example ...'."""
    words = [t.lower for t in tokens]
    start = 1 if words[:1] and words[0] in en.SUPPOSING_LEADS else 0
    if words[start : start + 2] == ["let", "us"]:
        start += 2
    if start >= len(words) - 1 or tokens[start + 1].tag in clauses.FINITE:
        return False  # 'Imagine was released by John Lennon in 1971': a title
    if words[start] in en.SUPPOSING_VERBS:
        return True
    return words[start] == "consider" and "example" in words


def _note_earlier_heads(analysed: list[Sentence], lex: lexicon.Lexicon | None) -> None:
    """Give each sentence the common nouns (singular, lower case) of the sentences before it,
    and the events among them or told by a verb of the same word ('won': the win; 'the Dow
    fell 508 points': the fall, though a fall is mostly autumn; reading n14)."""
    first: dict[str, int] = {}
    events: dict[str, int] = {}
    for sentence in analysed:
        sentence.earlier_heads = context.EarlierNouns(first, sentence.number, events=events)
        for noun in _possessive_name_heads(sentence.tokens):
            first.setdefault(noun, sentence.number)
        for token in sentence.tokens:
            if token.tag in {"NN", "NNS"}:
                noun = context.singular(token.lower)
                first.setdefault(noun, sentence.number)
                event = lex is not None and lex.is_event_noun(noun)
            elif token.tag.startswith("VB") and lex is not None:
                noun = lex.verb_base(token.lower) or ""
                event = lex.is_event_noun(noun) or "noun.event" in lex.noun_lexnames(noun)
            else:
                continue
            if event:
                events.setdefault(noun, sentence.number)


def _possessive_name_heads(tokens: list[tok.Token]) -> list[str]:
    """The nouns that end names made with a possessive: 'cup' of "America's Cup", to which
    'the cup' later refers back (reading n15)."""
    return [
        context.singular(tokens[i].lower)
        for i in range(2, len(tokens))
        if tokens[i].tag == "NNP"
        and tokens[i - 1].tag == "POS"
        and tokens[i - 2].tag in {"NNP", "NNPS"}
        and (i + 1 == len(tokens) or tokens[i + 1].tag not in {"NNP", "NNPS"})
    ]


_NOT_SURNAMES = en_names.PLACE_HEADS | en_names.ORGANIZATION_HEADS
_OPENERS = frozenset({'"', "``", "'", ":", "(", "\u201c", "\u2018"})  # a quotation may open
_CLOSED = frozenset({"IN", "DT", "CC", "RB", "PRP", "PRP$", "WDT", "WRB", "WP", "MD", "TO"})
_MIDDLE_CAPITAL = re.compile(r"(?<=[a-z,;.] )[A-Z][a-z]+\b")  # also after "W." or "Mr."


def _subject_names(sentence: Sentence) -> list[Entity]:
    """The names in a sentence's subject (where 'he' in the next sentence most likely points)."""
    if sentence.clause is None:
        return []
    start, end = sentence.clause.subject
    return [
        e
        for e in sentence.names
        if start <= e.start and e.end <= end and not _after_of(sentence.tokens, e.start)
    ]


def _after_of(tokens: list[tok.Token], start: int) -> bool:
    """Whether a name follows 'of' ('the intentions of the Cortes'): not what the subject is."""
    before = [t.lower for t in tokens[max(0, start - 2) : start]]
    return before[-1:] == ["of"] or before == ["of", "the"]


def _unknown_subject(sentence: Sentence, about: references.Topic) -> bool:
    """Whether a sentence's subject is one name of unknown type and nothing else ('Pedro took
    the final step': a person, perhaps), other than a name of the text's topic person ('Jared'
    of Jared Padalecki)."""
    if sentence.clause is None:
        return False
    start, end = sentence.clause.subject
    if start < end and sentence.tokens[start].tag == "DT":
        start += 1  # 'the Tsar'
    return any(
        e.kind == OTHER and not set(e.text.split()) <= set(about.person.split())
        for e in sentence.names
        if (e.start, e.end) == (start, end)
    )


@dataclass(frozen=True)
class _Casing:
    """How the document writes its words: those it capitalises in mid-sentence (names,
    wherever they stand) and those it writes in lower case somewhere (common words)."""

    proper: frozenset[str]
    lowered: frozenset[str]


def _casing(found: list[text.Sentence]) -> _Casing:
    """How the sentences *found* write their words."""
    return _Casing(
        frozenset(word for s in found for word in _MIDDLE_CAPITAL.findall(s.text)),
        frozenset(word for s in found for word in _LOWER_CASE.findall(s.text)),
    )


_LOWER_CASE = re.compile(r"\b[a-z]+\b")


def _mark_proper_start(tagged: list[tok.Token], casing: _Casing) -> list[tok.Token]:
    """Fix the tag of a sentence's first word by how the document capitalises it.

    A name the tagger read as a common word ('Collins was ...', 'Aldous Huxley was ...'), or
    a given name read as a verb ('Alexander the Great died'), becomes a name; a common word
    it read as a name for its capital ('New treaties were signed', 'Though Aristotle wrote'),
    or one the document writes in lower case elsewhere and never capitalises mid-sentence
    ('Work stopped for seven years', reading n18), becomes common.
    """
    if not tagged:
        return tagged
    first = tagged[0]
    name_like = first.text in casing.proper or entities.leads_a_name(tagged, 0)
    epithet = len(tagged) > 2 and tagged[1].lower == "the" and tagged[2].text in en_names.EPITHETS
    given = first.lower in en_names.GIVEN_NAMES and (
        epithet or (len(tagged) > 1 and tagged[1].tag == "NNP")
    )
    if (name_like and first.tag in {"NN", "NNS", "JJ", "FW", "RB", "VBN"}) or (
        given and first.tag.startswith("VB")  # "Alexander the Great died", "Mark Twain wrote"
    ):
        return [replace(first, tag="NNP"), *tagged[1:]]
    usual = resources.tagger().tagdict.get(first.lower)
    common_next = len(tagged) > 1 and tagged[1].text[:1].islower()
    closed = usual in _CLOSED or first.lower in en.FUNCTION_STARTS
    if first.tag == "NNP" and (usual or closed) and usual != "NNP" and (common_next or closed):
        usual = usual or "IN"
        return [replace(first, tag=usual), *tagged[1:]]
    if first.tag == "NNP" and common_next and not name_like and first.lower in casing.lowered:
        return [replace(first, tag="NN"), *tagged[1:]]
    return tagged


def _names_read_as_verbs(tagged: list[tok.Token], proper: frozenset[str]) -> list[tok.Token]:
    """A word inside a sentence that the tagger read as a verb, but that the document always
    capitalises in mid-sentence (*proper*), is a name: 'Yesterday Mohamed received ...'
    ('Mohamed' had been read as a past tense). Not after a quotation mark or a colon."""
    return [
        replace(t, tag="NNP")
        if i > 0
        and t.tag.startswith("VB")
        and t.text in proper
        and tagged[i - 1].text not in _OPENERS
        else t
        for i, t in enumerate(tagged)
    ]


def _has_surname(name: Entity) -> bool:
    """A person written with a surname last ('Otto von Bismarck'): not 'King of Athens' or
    'Catherine of Aragon'."""
    words = name.text.split()
    lower = [w for w in words if w.islower()]
    return name.kind == PERSON and len(words) > 1 and set(lower) <= en_names.SURNAME_PARTICLES


PLACE_SENTENCES = 2


def _unify_people(analysed: list[Sentence]) -> None:
    """A surname alone ('Biden') is the person named in full elsewhere ('Joe Biden'), and so is
    an untyped full name with that surname ('Andre Kirk Agassi' once 'Mike Agassi' is known).
    A place the text spoke of in PLACE_SENTENCES sentences before it names such a person stays
    a place: Alberta, the province, is named after Princess Louise Caroline Alberta; but 'a
    portrait of Washington' is George Washington's, though the text began with the city."""
    surnames: dict[str, int] = {}  # each surname, and the sentence naming its person first
    for sentence in reversed(analysed):
        surnames.update(
            (e.text.split()[-1], sentence.number) for e in sentence.names if _has_surname(e)
        )
    places: Counter[str] = Counter(  # places named alone before a person of their name
        e.text
        for sentence in analysed
        for e in {e.text: e for e in sentence.names}.values()
        if e.kind == PLACE and sentence.number < surnames.get(e.text, -1)
    )

    def is_person(e: Entity) -> bool:
        last = e.text.split()[-1]
        if e.text in en_names.DEMONYMS or last.lower() in _NOT_SURNAMES:
            return False  # "He taught French", "Wood Buffalo National Park"
        if e.kind == OTHER:
            return last in surnames
        return (
            e.kind == PLACE
            and e.text in surnames
            and not e.subtype.endswith("country")
            and places[e.text] < PLACE_SENTENCES
        )

    for sentence in analysed:
        sentence.names = [
            replace(e, kind=PERSON, subtype="") if is_person(e) else e for e in sentence.names
        ]


_LONG_FORM_WORDS = 4  # "Space Shuttle Discovery", "Greater Phoenix Metropolitan Area"


def _long_forms(analysed: list[Sentence]) -> dict[str, str]:
    """One-word names the text introduced by a longer name that ends with them, or by a name of
    two words that begins with them, and that name: 'Díaz' after 'Porfirio Díaz', 'Discovery'
    after 'Space Shuttle Discovery', 'Nader' after 'Nader Afshar' (readers of tuning texts
    asked which Díaz, and what Discovery is). Not a word written alone first
    ("Vava'u" before 'Utu Vava'u'), nor one that ends two longer names, nor a longer name
    that modifies a noun ('17th Century Zurbarán paintings'), nor a people's name ('American'
    of 'African American'; reading n18); only names that are not places."""
    longer: dict[str, set[str]] = {}
    alone_first: set[str] = set()
    for sentence in analysed:
        for e in sentence.names:
            words = e.text.split()
            if e.kind not in {OTHER, PERSON}:
                continue
            if len(words) == 1 and words[0] not in longer:
                alone_first.add(words[0])
            elif 1 < len(words) <= _LONG_FORM_WORDS and all(w[:1].isupper() for w in words):
                if e.modifier:
                    continue  # '17th Century Zurbarán paintings': read as 'Century Zurbarán'
                if words[-1] not in en_names.DEMONYMS:  # 'the "American"' is no African American
                    longer.setdefault(words[-1], set()).add(e.text)
                if len(words) == 2 and words[0] not in en_names.DEMONYMS:
                    longer.setdefault(words[0], set()).add(e.text)  # 'Nader' of 'Nader Afshar'
            elif len(words) == 3 and words[1] == "of" and words[0][:1].isupper():
                longer.setdefault(words[0], set()).add(e.text)  # 'the Corps' of Discovery
    return {
        word: next(iter(names))
        for word, names in longer.items()
        if len(names) == 1 and word not in alone_first and len(word) > 1  # not 'the letter W'
    }


def roles_of(tokens: list[tok.Token], name: Entity) -> set[str]:
    """What the text calls a person: 'Pentagon spokesman John Kirby', 'singer-songwriter Carly
    Simon', 'Paul Dewar, an Ottawa New Democrat MP,', 'the new governor-general, Johannes van
    den Bosch,' (the head nouns, in lower case)."""
    found = {
        w.lower() for w in name.title.split() if w[:1].islower() or w.lower() in en_names.TITLES
    }
    if name.start and tokens[name.start - 1].tag == "NN" and tokens[name.start - 1].text.islower():
        found.add(tokens[name.start - 1].lower)
    closed = name.end >= len(tokens) or tokens[name.end].text in {",", "."}
    if closed and _in_apposition(tokens, name.start):
        found.add(tokens[name.start - 2].lower)
    if name.end + 1 < len(tokens) and tokens[name.end].text == ",":
        i = name.end + 1
        while i < len(tokens) and tokens[i].tag in {"DT", "JJ", "NNP", "NNPS", "NN", "VBN"}:
            i += 1
        head = tokens[i - 1]
        opened = tokens[name.end + 1].tag == "DT"  # 'an Ottawa New Democrat MP', not a list
        subject = i < len(tokens) and tokens[i].tag in clauses.FINITE  # ', the young painter moved'
        common = head.text[:1].islower() or opened  # not 'Carranza, Alvaro Obregon, and ...'
        if i > name.end + 1 and head.tag in {"NN", "NNP"} and common and not subject:
            found.add(head.lower)
    return found


def _in_apposition(tokens: list[tok.Token], start: int) -> bool:
    """Whether a noun phrase opened by a determiner and a comma come just before the name at
    *start*, as its apposition: 'Its leader, Emmerson Mnangagwa', 'the new governor-general,
    Johannes van den Bosch'; not an opening phrase ('After the match, Ben Johnson')."""
    head = start - 2
    if head < 1 or tokens[start - 1].text != ",":
        return False
    word = tokens[head]
    noun = word.tag in {"NN", "NNS"} or (word.tag == "JJ" and "-" in word.text)
    if not noun or not word.text.islower():  # 'governor-general' is read as JJ
        return False
    k = head - 1
    while k >= 0 and tokens[k].tag in {"JJ", "NN", "NNP", "POS", "VBN"}:
        k -= 1  # 'the party's leader'
    if k < 0 or tokens[k].tag not in {"DT", "PRP$"}:
        return False
    return k == 0 or tokens[k - 1].tag not in {"IN", "TO"}  # not 'After the war, Ellen Marsh,'


def _plays(tokens: list[tok.Token], name: Entity) -> bool:
    """A name the text gives as a role: 'as Bruce Wayne', 'the role of Sam Winchester'."""
    before = [t.lower for t in tokens[max(0, name.start - 2) : name.start]]
    if before[-1:] == ["of"]:
        return len(before) == 2 and before[0] in {"role", "character"}
    if before[-1:] == ["as"] and len(before) == 2 and before[0] in en.NOT_A_ROLE_BEFORE_AS:
        return False  # 'philosophers such as Jeremy Bentham'
    return bool(before) and before[-1] in en.CHARACTER_LEADS


def _birth_year(analysed: list[Sentence], topic: references.Topic | None) -> int | None:
    """The year the text's main person was born: 'Zaha Hadid was born on 31 October 1950'."""
    if not topic or not topic.person:
        return None
    surname = topic.person.split()[-1]
    for sentence in analysed:
        words = [t.text for t in sentence.tokens]
        if surname not in words or words[words.index(surname) + 1 :][:1] == ["'s"]:
            continue  # not "Chao's daughter Lensey, born in 1929"
        if "born" in words:
            years = _YEAR.findall(sentence.source.text)
            return int(years[0]) if years else None
        text = sentence.source.text
        life = _LIFE_SPAN.search(text, text.find(surname) + len(surname))
        between = text[text.find(surname) + len(surname) : life.start()].split() if life else []
        if life and all(w in en_names.POST_NOMINALS for w in between):
            return int(life[1])  # "Daniel Bernoulli FRS (8 February 1700 - 27 March 1782) was"
    return None


_LIFE_SPAN = re.compile(  # "(8 February 1700 - 27 March 1782)"
    r"\([^()]*?\b(1[0-9]{3}|20[0-9]{2})\b[^()]*?[-\u2013][^()]*?\b\d{4}\b[^()]*\)"
)


def facts(
    analysed: list[Sentence],
    date: dt.date | None,
    topic: references.Topic | None = None,
    lex: lexicon.Lexicon | None = None,
) -> distractors.DocumentFacts:
    """What the document offers as distractors: its names, full names and years. A surname
    that two people of the text share has no full name: 'Goode' could be either."""
    found = distractors.DocumentFacts(date=date)
    people: dict[str, list[str]] = {}
    for sentence in analysed:
        for e in sentence.names:
            if _has_surname(e):
                people.setdefault(e.text.split()[-1], []).append(e.text)
    if topic and " " in topic.person:
        people.setdefault(topic.person.split()[-1], []).insert(0, topic.person)
    for surname, written in people.items():
        first = written[0]
        mine = bool(topic and topic.person and topic.person.split()[-1] == surname)
        if mine:
            first = topic.person  # in a life of Zaha Hadid, "Hadid" is she, not her father
        if mine or all(same_person(first, other) for other in written):
            found.full_names[surname] = first
        else:
            found.ambiguous.add(surname)
    given: dict[str, set[str]] = {}
    for written in people.values():
        for name in written:
            if en_names.REGNAL.search(name):
                continue  # 'Napoleon' is not Napoleon III, whose uncle he may be (reading n9)
            first = name.split()[0]  # 'Jared' is Jared Padalecki, not his mother Odette
            same = [other for other in written if other.split()[0] == first]
            given.setdefault(first, set()).add(max(same, key=len))
    found.given_names = {g: names.pop() for g, names in given.items() if len(names) == 1}
    found.long_forms = _long_forms(analysed)
    found.born = _birth_year(analysed, topic)
    found.topic = topic.person if topic else ""
    for sentence in analysed:
        for e in sentence.names:
            if e.kind == PERSON:
                roles = found.roles.setdefault(found.display(PERSON, e.text), set())
                roles.update(roles_of(sentence.tokens, e))
    found.characters = {
        found.display(PERSON, e.text)
        for sentence in analysed
        for e in sentence.names
        if e.kind == PERSON and _plays(sentence.tokens, e)
    }
    for sentence in analysed:
        for e in sentence.names:
            if (e.kind in {PERSON, ORGANIZATION} and not e.modifier) or e.kind == PLACE:
                found.add_name(sentence.number, e.kind, e.text, e.subtype)
        found.years.extend(int(y) for y in _YEAR.findall(sentence.source.text))
    found.years = sorted(set(found.years))
    if lex is not None:
        found.beginnings = _beginnings(analysed, lex)
    return found


BEGINNING_REACH = 10  # tokens from a founding verb to the year it gives


def _beginnings(analysed: list[Sentence], lex: lexicon.Lexicon) -> dict[str, int]:
    """The year the text says each named thing began, the first it gives: 'Mark Zuckerberg,
    who started Facebook in his Harvard University dormitory in 2004' (Facebook: 2004), 'the
    Football League, formed in 1888'; not a year before the common era ('Babylon was founded in
    1894 BC'). People are born, not begun."""
    found: dict[str, int] = {}
    for sentence in analysed:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            if token.tag not in {"VBD", "VBN"} or lex.verb_base(token.lower) not in (
                en.BEGINNING_VERBS
            ):
                continue
            begun = _begun(sentence, i)
            year = _year_after(tokens, i)
            if begun is not None and year is not None:
                found.setdefault(begun, year)
    return found


def _begun(sentence: Sentence, verb: int) -> str | None:
    """The name a founding verb at *verb* begins: its object ('started Facebook'), or its
    subject in the passive or an apposition ('the League was formed', 'the League, formed')."""
    tokens = sentence.tokens
    before = tokens[verb - 1].lower if verb > 1 else ""
    passive = tokens[verb].tag == "VBN" and before in {"was", "were", ","}
    for e in sentence.names:
        if e.kind == PERSON:
            continue
        if (passive and e.end == verb - 1) or (tokens[verb].tag == "VBD" and e.start == verb + 1):
            return e.text
    return None


def _year_after(tokens: list[tok.Token], verb: int) -> int | None:
    """The year 'in' gives after a verb, before the clause ends ('formed in 1888')."""
    for i in range(verb + 1, min(len(tokens), verb + BEGINNING_REACH)):
        if tokens[i].text in {",", ";", ".", ":"} or tokens[i].tag in clauses.FINITE:
            return None
        if _YEAR.fullmatch(tokens[i].text) and tokens[i - 1].lower == "in":
            era = tokens[i + 1].text if i + 1 < len(tokens) else ""
            return None if era in en.BC_ERAS else int(tokens[i].text)  # not '1894 BC'
    return None
