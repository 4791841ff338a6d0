"""Does a statement stand alone? A student sees the stem without the text it came from.

A statement leans on text it does not carry when it holds a pronoun or a demonstrative, a word
that points elsewhere ("also", "instead", "the latter"), a time relative to when it was written
("last week", "on Tuesday"), a reference to the page ("Figure 2"), or a definite description
whose referent was named before ("the match", "the city"). Openings that only link to the
previous sentence ("However,") are dropped; openings that depend on it ("As a result,") are not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field

from quiz.generator.clauses import FINITE
from quiz.generator.lang import en, en_names
from quiz.generator.tokens import Token

_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")

YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")

_NOUN_TAGS = frozenset({"NN", "NNS"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
# Tags of the words that open a sentence with a capital without naming anything.
_CLOSED_CLASS_TAGS = frozenset(
    {"DT", "PDT", "IN", "RB", "CC", "CD", "PRP", "PRP$", "WDT", "WP", "WRB", "EX", "TO", "MD"}
    | {"JJ", "JJS", "JJR"}  # 'Several', 'Most'
)
_ASIDE_WORDS = [phrase.split() for phrase in en.LINKING_ASIDES]
_ASIDE_FIRST_WORDS = frozenset(words[0] for words in _ASIDE_WORDS)
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "CD", "NN", "NNS", "RB", "POS"})


@dataclass(frozen=True, slots=True)
class EarlierNouns:
    """The common nouns a text names before sentence *before*: a view on one shared table of
    first mentions, so that no sentence holds a copy of every noun before it."""

    first: Mapping[str, int]
    before: int
    also: frozenset[str] = frozenset()  # nouns of the sentence itself before a statement
    # First mentions of events, as nouns or as verbs ('won': the win), in the same table form.
    events: Mapping[str, int] = field(default_factory=dict)

    def __contains__(self, noun: object) -> bool:
        if not isinstance(noun, str):
            return False
        return (
            noun in self.also
            or self.first.get(noun, self.before) < self.before
            or self.events.get(noun, self.before) < self.before
        )

    def named_events(self) -> EarlierNouns:
        """The events named in the sentences before ('during construction', 'won')."""
        return EarlierNouns(self.events, self.before)


@dataclass(frozen=True, slots=True)
class Told:
    """What a reader of the text has been told before a statement.

    *heads* are the common nouns named before it: a definite phrase headed by one of them
    ("the competition") most likely refers back. *events* are the events among them: one
    opening the statement without an article ("Main construction began in 1999") is the one
    told of before. *event_nouns* and *person_nouns* are the text's nouns that name an event
    or a person: one opening a statement so before a verb of a phase ("Construction began at
    Rome, New York": of what?), or 'the singer' alone, is one named before.
    """

    heads: Container[str] = ()
    events: Container[str] = ()
    event_nouns: Container[str] = ()
    person_nouns: Container[str] = ()


NOTHING_TOLD = Told()


def _opening_words(tokens: list[Token], limit: int = 6) -> tuple[str, int] | None:
    """The words before the first comma, if that comes early: ('as a result', 3)."""
    for i, token in enumerate(tokens[: limit + 1]):
        if token.text == ",":
            return " ".join(t.lower for t in tokens[:i]), i
    return None


def opening(tokens: list[Token]) -> int | None:
    """How many tokens at the start to drop (a linking word and its comma), or None when the
    statement opens by depending on the previous sentence ("As a result, ...", "But ...")."""
    if tokens and tokens[0].lower in {"and", "but", "or", "so", "yet", "also", "then"}:
        return None
    found = _opening_words(tokens)
    if found is None:
        return None if _dependent_start(tokens) else 0
    words, comma = found
    if words in en.DEPENDENT_OPENINGS:
        return None
    if words in en.DROPPABLE_OPENINGS or _a_case_of_its_own(words):
        return comma + 1
    if words.endswith((" case", " instance")):
        return None  # 'In that case,', 'In either case,': which?
    return 0


def _a_case_of_its_own(words: str) -> bool:
    """'In the most dramatic case,': an opening that only ranks the example it introduces."""
    return words.startswith("in the most ") and words.endswith((" case", " instance"))


def _dependent_start(tokens: list[Token]) -> bool:
    """Whether the statement opens with a dependent opening written without its comma ('As a
    result Congress repealed the tax', 'In turn Britain sent 4,000 soldiers')."""
    words = [t.lower for t in tokens[:_LONGEST_OPENING]]
    return any(
        words[: len(opening)] == opening
        and len(words) > len(opening)
        and tokens[len(opening)].tag not in {"IN", "TO", "POS"}  # 'At the time of the census'
        for opening in _DEPENDENT_OPENING_WORDS
    )


_DEPENDENT_OPENING_WORDS = [opening.split() for opening in en.DEPENDENT_OPENINGS]
_LONGEST_OPENING = max(len(words) for words in _DEPENDENT_OPENING_WORDS) + 1


def _definite_phrases(
    tokens: list[Token], skip: range, counted: bool = False
) -> list[tuple[int, int, int, bool]]:
    """(start, head, end, quantified) of each 'the ... NOUN' phrase without a name in it,
    outside *skip*, or across it when it is a number that *counted* the phrase ('The ____
    studies tested ...': which studies?); also 'most internees', 'many of the settlers'
    (quantified)."""
    found = []
    for i, token in enumerate(tokens):
        quantified = token.lower in en.GROUP_QUANTIFIERS and token.tag in {"JJS", "JJ", "DT"}
        if (token.lower != "the" and not quantified) or i in skip:
            continue
        j = i + 1
        if counted and skip.start == i + 1:
            if singular(tokens[skip.stop - 1].lower) not in en.ANAPHORIC_HEADS:
                continue  # 'The 13 colonies declared independence': which they are is known
            j = skip.stop  # the phrase ends with the counted noun: 'The six studies tested'
        else:
            while (
                j < len(tokens) and tokens[j].tag in _MODIFIER_TAGS | _NAME_TAGS and j not in skip
            ):
                j += 1
        phrase = tokens[i + 1 : j]
        nouns = [k for k in range(i + 1, j) if tokens[k].tag in _NOUN_TAGS]
        named = any(t.tag in _NAME_TAGS or t.text[:1].isupper() for t in phrase)
        if not nouns or (named and not _a_country_s_side(phrase)):
            continue  # "the British government" says which
        head = nouns[-1]
        found.append((i, head, head + 1, quantified))
        owner = nouns[0]  # 'the region's goldfields': the region is a definite phrase too
        if owner != head and tokens[owner + 1].tag == "POS" and not _named_before_it(tokens, i):
            found.append((i, owner, owner + 1, quantified))
    return found


def _a_country_s_side(phrase: list[Token]) -> bool:
    """'the French side' (of a tunnel, a border, a war? reading n14); not 'the Confederate
    side', which names the war's side."""
    return len(phrase) == 2 and phrase[0].text in en_names.DEMONYMS and phrase[1].lower == "side"


def _named_before_it(tokens: list[Token], i: int) -> bool:
    """Whether the statement writes a name before tokens[i]: 'Cleveland has added ... the
    city's'."""
    return any(t.tag in _NAME_TAGS for t in tokens[:i])


def _specified(tokens: list[Token], end: int) -> bool:
    """'the population of Lodz', 'the war in Vietnam', 'the man who ...', 'the goal of
    achieving the greatest good', 'the order of their atomic weights', 'the order to retreat',
    'the order authorizing the internment': the phrase says which. A decade does not: 'the
    executive order in the 1940s' (tuning reading t17)."""
    if end >= len(tokens):
        return False
    following = tokens[end]
    if following.lower in en.RELATIVE_WORDS and following.tag in {"WP", "WDT", "WRB", "WP$"}:
        return True
    if following.text == "," and _named_in_apposition(tokens, end + 1):
        return True  # 'the first ecumenical council, the Council of Nicaea, ...'
    if following.tag == "VBG":  # 'the order authorizing the internment', not 'the
        return following.lower not in en.TIMING_PARTICIPLES  # discussions beginning in 1580'
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if following.lower == "to" and after and after.tag == "VB":  # 'the order to launch', not
        return tokens[end - 1].lower in en.PURPOSE_HEADS  # 'convincing the school to let him'
    if following.lower not in en.SPECIFYING_PREPOSITIONS:
        return False
    rest = [t for t in tokens[end + 1 : end + 5] if not en.DECADE_WORD.match(t.text)]
    if following.lower == "of" and rest and rest[0].tag in {"DT", "JJ", "VBG", "NN", "NNS", "PRP$"}:
        return True  # 'the theory of the general will': a phrase of its own, checked alone
    if tokens[end - 1].lower in en.PLACE_KIND_NOUNS:  # 'the country in 1788' says no country
        return any(t.tag in _NAME_TAGS for t in rest)
    if any(t.tag in _NAME_TAGS and t.text not in en.MONTHS for t in rest):
        return True  # 'the war in Vietnam'; not 'ratified the treaty on October 20, 1803'
    # A number says which after 'of' ('the war of 1812'), and after 'in' in the subject ('The
    # earthquake in 1906 destroyed ...'); after a verb it times or measures the clause ('Spain
    # joined the war in 1779', 'the school for the next twelve years': devset reading d1)
    in_subject = following.lower == "in" and _in_the_subject(tokens, end)
    return (following.lower == "of" or in_subject) and any(t.tag == "CD" for t in rest)


def _named_in_apposition(tokens: list[Token], i: int) -> bool:
    """Whether a name in apposition starts at *i* ('the Council of Nicaea,'), not a
    parenthetical speaker ('the Soviets said')."""
    if i < len(tokens) and tokens[i].lower == "the":
        i += 1
    start = i
    while i < len(tokens) and (tokens[i].tag in _NAME_TAGS or tokens[i].lower == "of"):
        i += 1
    closed = i < len(tokens) and (tokens[i].text in {",", ".", ";"} or tokens[i].tag == "TO")
    listed = (  # "the summit, Obama, Merkel and Hollande agreed": a list, no apposition
        i + 1 < len(tokens)
        and tokens[i].text == ","
        and (tokens[i + 1].tag in _NAME_TAGS or tokens[i + 1].lower == "and")
    )
    return i > start and closed and not listed


def singular(word: str) -> str:
    """A plural noun's likely singular, by spelling alone: 'cities' -> 'city', 'boxes' -> 'box';
    'census', 'corpus' and 'analysis' stay as they are."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")) or not word.endswith("s"):
        return word
    return word[:-1]


def _relative_time(tokens: list[Token], i: int, key: range = range(0)) -> bool:
    token = tokens[i]
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if token.lower in en.RELATIVE_DAYS:
        if token.lower == "recently" and following == "as":
            return False  # "as recently as 1995" gives the time
        return not (token.lower == "today" and following == "'s")  # "today's Iran"
    if token.lower == "now":
        before = [t.lower for t in tokens[max(0, i - 2) : i]]
        if before in (["what", "is"], ["what", "are"]):
            return False  # "near what is now Boston" renames a place
        return following not in en.RENAMING_WORDS  # "now called Istanbul" is no time
    if token.lower in en.LOWERCASE_WEEKDAYS:
        return True
    if token.lower in en.TIMES_OF_DAY and i > 0 and tokens[i - 1].lower == "at":
        return _undated_time_of_day(tokens, key)
    if token.lower not in en.RELATIVE_PERIOD_LEADS or i + 1 >= len(tokens):
        return False
    if _counted_period(tokens, i, key):
        return True
    month = tokens[i + 1].text in en.MONTHS and token.lower in en.RELATIVE_MONTH_LEADS
    return following in en.PERIOD_NOUNS or month  # 'last October'


def _counted_period(tokens: list[Token], i: int, key: range) -> bool:
    """'For the next ____ centuries', 'Over the next five months': next after what, when the
    statement gives no year, not even as its key (reading n12)."""
    counted = i + 2 < len(tokens) and (tokens[i + 1].tag == "CD" or i + 1 in key)
    if not counted or tokens[i].lower not in en.SEQUENCE_LEADS:
        return False  # not 'said that 27 years in prison had taught him'
    if singular(tokens[i + 2].lower) not in en.PERIOD_NOUNS:
        return False
    of_what = i + 3 < len(tokens) and tokens[i + 3].lower == "of"  # 'the last ten years of'
    return not of_what and not any(YEAR.fullmatch(t.text) for t in tokens)


def _undated_time_of_day(tokens: list[Token], key: range) -> bool:
    """'... and at midnight replaced the elected Legislative Council': of which day? (reading
    n11). Not when the statement dates it outside the key ('at midnight on June 30, 1997') or
    tells what is done every day ('opens at dawn')."""
    dated = any(k not in key and _a_time(t) for k, t in enumerate(tokens))
    habitual = any(t.tag in {"VBZ", "VBP"} for t in tokens)
    return not (dated or habitual)


def _last_time(tokens: list[Token], i: int) -> bool:
    """'The Cubs last won the World Series in ____': the last time before the text's day, which
    a later one may have followed (reading n10)."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].lower == "last" and following is not None and following.tag == "VBD"


def _superlative_alone(tokens: list[Token], i: int) -> bool:
    """'The longest, the Summit Tunnel, was ...', 'The oldest, opened in 1883, runs ...': a
    superlative standing for a noun of the text before (reading n10)."""
    following = tokens[i + 2] if i + 2 < len(tokens) else None
    return (
        tokens[i].lower == "the"
        and i + 1 < len(tokens)
        and tokens[i + 1].tag == "JJS"
        and following is not None
        and (following.text == "," or following.tag in FINITE)
    )


def _demonstrative(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is 'this', 'that', 'these' or 'those' pointing at something: as a
    determiner however tagged ('Airbnb has reconfigured that model'), not the conjunction after
    a verb ('officials said that inflation rose')."""
    token = tokens[i]
    if token.lower not in en.DEMONSTRATIVES:
        return False
    if token.lower != "that":
        return token.tag == "DT"
    noun = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    verb_after = after is not None and (after.tag.startswith("VB") or after.tag == "MD")
    clause_after = any(t.tag in FINITE for t in tokens[i + 2 : i + 6])  # 'that X Y can be'
    reported = _verb_before_a_time(tokens, i) and clause_after
    if token.tag == "DT":
        verb_before = _verb_before_a_time(tokens, i)
        return not (
            verb_before and noun is not None and noun.tag in _NOUN_TAGS and (verb_after or reported)
        )
    return (
        token.tag in {"IN", "WDT"}
        and noun is not None
        and noun.tag == "NN"
        and not verb_after
        and not reported
    )


def _names_after_its_opening(tokens: list[Token], i: int, people: Container[int]) -> bool:
    """Whether the possessive at *i* stands in an opening phrase, before the first comma and
    any verb, and a name the pronoun fits opens the clause after it: 'At its height, Great
    Zimbabwe ...', 'In his first year in office, Lincoln ...' (reading n19)."""
    comma = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].tag not in _NAME_TAGS:
        return False
    if any(t.tag.startswith("VB") or t.text == "," for t in tokens[:comma]):
        return False
    person = comma + 1 in people
    return person if tokens[i].lower in {"his", "her"} else not person


def _verb_before_a_time(tokens: list[Token], i: int) -> bool:
    """Whether a verb comes just before tokens[i], or before a time between them: 'said that',
    'ruled on May 13, 2014 that internet search engines can be required' (reading n19)."""
    k = i - 1
    while k >= 0 and (
        tokens[k].tag in {"CD", ","}
        or tokens[k].text in en.MONTHS
        or tokens[k].lower in {"on", "in"}
    ):
        k -= 1
    return k >= 0 and tokens[k].tag.startswith("VB")


def _restricted(tokens: list[Token], i: int) -> bool:
    """Whether 'those' at *i* is defined by the relative clause after it, not by earlier text:
    'those who opposed the king', 'those Portuguese who had been taken'."""
    following = [t.lower for t in tokens[i + 1 : i + 3]]
    return tokens[i].lower == "those" and bool(set(following) & en.RELATIVE_WORDS)


def _antecedent_before(
    tokens: list[Token], i: int, key: range, key_kind: str, people: Container[int]
) -> bool:
    """Whether pronoun tokens[i] can refer to something written before it in the statement:
    'he' to a person (*people* holds the indices of person names), 'its' to a name or noun."""
    word = tokens[i].lower
    before = [t for k, t in enumerate(tokens[:i]) if k not in key]
    key_before = key and key.start < i and key_kind in {"person", "place", "organization"}
    if word in {"himself", "herself"}:
        return any(t.tag == "NNP" for t in before) or bool(key_before)  # "Nader crowned himself"
    following = tokens[i + 1].tag if i + 1 < len(tokens) else "."
    object_her = word == "her" and (tokens[i].tag == "PRP" or following not in _NOUN_PHRASE)
    object_pronoun = word == "him" or object_her  # 'had her executed', 'made her his ...'
    if object_pronoun and _only_its_subject_before(tokens, i, people):
        return False  # 'Pizarro had him executed in July 1533': not Pizarro; whom, then?
    if word in {"its", "his", "her"} and _names_after_its_opening(tokens, i, people):
        return True  # 'At its height in the fourteenth century, Great Zimbabwe may have had'
    if word in {"he", "she", "him", "his", "her"}:
        person_before = any(k in people for k in range(i) if k not in key)
        return (
            (key_before and key_kind == "person")
            or person_before
            or _opening_names(tokens, i, people)
        )
    if word in {"it", "them"} and _object_of_the_subject_s_verb(tokens, i, key):
        return False  # 'Apple plans to release it': not Apple; what, then?
    if word == "them" and _partitive_of_the_subject(tokens, i, key):
        return False  # 'the United States had more than 3,000 miles of them': of what?
    if word in {"it", "they"} and _after_a_prepositional_opening(tokens, i):
        return False  # 'Under the command of Captain Bannister, it landed': what landed?
    if word in {"it", "its", "itself"}:  # a thing, not a person: 'Mendeleev estimated that it'
        things = [t for k, t in enumerate(tokens[:i]) if k not in key and k not in people]
        thing_key = key_before and key_kind != "person"
        return i > 0 and (thing_key or any(t.tag in {"NNP", "NN"} for t in things))
    if word in {"they", "their", "them", "themselves", "theirs"}:  # one person is no 'them'
        plural_key = key_before and key_kind != "person"
        return plural_key or any(t.tag in {"NNS", "NNPS"} or t.lower == "and" for t in before)
    return False


# What may follow a word that stands for a noun: a verb, a preposition, the clause's end
_AFTER_A_PRONOUN = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "MD", "IN", "RB", ".", ":"})
# What follows 'it' that begins a clause or is no object: 'stated it would', 'made it hard'
_BEFORE_A_PREDICATE = frozenset({"MD", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "JJ", "JJR", "RBR"})


def _the_word_alone(tokens: list[Token], i: int, key: range) -> Token | None:
    """The word after 'the' at *i* when nothing that a noun would need follows it: 'the two
    were', 'the Italian had', 'between the two.' (not 'the two or three largest cities', 'The
    American and French armies')."""
    if tokens[i].lower != "the" or i + 1 >= len(tokens) or i + 1 in key:
        return None
    after = tokens[i + 2].tag if i + 2 < len(tokens) else "."
    return tokens[i + 1] if after in _AFTER_A_PRONOUN else None


def _numeral_pronoun(tokens: list[Token], i: int, key: range) -> bool:
    """'the two' standing for people or things named before ('the two were awarded the Nobel
    Prize'): 'the' and a number that no noun follows."""
    word = _the_word_alone(tokens, i, key)
    return word is not None and word.tag == "CD" and word.lower.isalpha()


def _nationality_for_a_person(tokens: list[Token], i: int, key: range) -> bool:
    """'The Italian had been sacked as coach of Greece': a nationality standing for someone
    named before (a development reading of news written for the purpose); not a whole nation
    ('the French voted', 'the Chinese', 'the Swiss')."""
    word = _the_word_alone(tokens, i, key)
    if word is None or word.text not in en_names.DEMONYMS:
        return False
    return not word.text.endswith(("sh", "ch", "ese", "ss"))


def _object_of_the_subject_s_verb(tokens: list[Token], i: int, key: range) -> bool:
    """Whether pronoun tokens[i] is the object of a verb with no noun before it but the verb's
    own subject, which an object pronoun does not stand for ('UNESCO decided not to list it':
    list what?). A noun after the verb ('bought the painting and sold it') or in an opening
    phrase ('After buying the farm in 1850, Lincoln sold it') may be what it stands for, but
    not the time it gives (reading n12), nor, for 'it', a plural ('required new passenger
    lines to use it', reading n18). Nor may an infinitive's object in the subject stand for the
    noun the infinitive belongs to ('the attempt to launch it')."""
    following = tokens[i + 1].tag if i + 1 < len(tokens) else "."
    if i == 0 or not tokens[i - 1].tag.startswith("VB"):
        return False
    every_noun = {"NN", "NNS", "NNP", "NNPS"}
    verb = next((k for k in range(i) if tokens[k].tag in FINITE), None)
    if verb is None:  # 'the attempt to launch it sideways ... failed': launch what? (n18)
        to = i - 2 if tokens[i - 2].lower == "to" else i - 3  # 'to quickly launch it'
        if to < 1 or tokens[to].lower != "to" or (to == i - 3 and tokens[i - 2].tag != "RB"):
            return False
        return not any(  # the noun 'to' belongs to may not be it; a time is no antecedent
            t.tag in every_noun and not _a_time_word(t) for t in tokens[: to - 1]
        )
    if following in _BEFORE_A_PREDICATE:
        return False
    # 'required new passenger lines to use it': 'it' is no common plural ('the United States')
    nouns = {"NN", "NNP", "NNPS"} if tokens[i].lower == "it" else every_noun
    lead_end = max((k for k in range(verb) if tokens[k].text == ","), default=-1)
    in_lead = any(  # not a time: 'In the fifteenth century, colonists began cultivating it'
        tokens[k].tag in nouns and k not in key and not _a_time_word(tokens[k])
        for k in range(lead_end)
    )
    after_verb = any(  # heads only: not 'passenger' of 'passenger lines'
        (tokens[k].tag in nouns and tokens[k + 1].tag not in every_noun and _may_be_it(tokens, k))
        or k in key
        for k in range(verb + 1, i)
    )
    return not (in_lead or after_verb)


def _may_be_it(tokens: list[Token], k: int) -> bool:
    """Whether the noun at *k* may be what a later 'it' stands for: not a plural name after a
    preposition ('Brazil was the last in the Americas to abolish it'), though one a verb takes
    may be ('toured the United States and later praised it')."""
    if tokens[k].tag != "NNPS":
        return True
    start = k
    while start > 0 and tokens[start - 1].tag in {"NNP", "NNPS", "DT"}:
        start -= 1
    return start > 0 and tokens[start - 1].tag.startswith("VB")


def _a_time_word(token: Token) -> bool:
    """'century', 'years', 'November': a time, which no pronoun stands for."""
    return singular(token.lower) in en.PERIOD_NOUNS or token.text in en.MONTHS


def _only_its_subject_before(tokens: list[Token], i: int, people: Container[int]) -> bool:
    """Whether object pronoun tokens[i] follows the verb of a clause whose subject is a person
    and which names no one else ('after the ransom was collected, Pizarro had him executed',
    reading n12): an object pronoun does not stand for its own subject. Not a possessor
    ('Lincoln's father took him'), nor a person of another clause ('When Grant arrived, the
    council gave him a sword')."""
    start = _clause_start(tokens, i)
    verb = next((k for k in range(start, i) if tokens[k].tag in FINITE), None)
    if verb is None:
        return False
    subject = [k for k in range(start, verb) if k in people]
    possessor = any(k + 1 < len(tokens) and tokens[k + 1].tag == "POS" for k in subject)
    others = any(k in people for k in range(i) if not start <= k < verb)
    return bool(subject) and not possessor and not others


def _partitive_of_the_subject(tokens: list[Token], i: int, key: range) -> bool:
    """Whether 'them' at *i* ends a measure or part ('miles of them', 'many of them') after a
    verb whose subject is the only plural before it: an object pronoun does not stand for its
    own clause's subject, nor for the measure it follows."""
    if i < 2 or tokens[i - 1].lower != "of":
        return False
    verb = next((k for k in reversed(range(i)) if tokens[k].tag in FINITE), None)
    if verb is None:
        return False
    plural = {"NNS", "NNPS"}
    # the verb's clause begins after the last comma, conjunction or preposition before it
    # ('The canals were popular, and the state built 300 miles of them': the canals)
    subject = 1 + max(
        (k for k in range(verb) if tokens[k].text == "," or tokens[k].tag in {"CC", "IN"}),
        default=-1,
    )
    before = any(tokens[k].tag in plural and k not in key for k in range(subject))
    after_verb = any(tokens[k].tag in plural and k not in key for k in range(verb + 1, i - 2))
    return not (before or after_verb)


def _after_a_prepositional_opening(tokens: list[Token], i: int) -> bool:
    """Whether the subject pronoun at *i* follows the comma of an opening phrase that begins
    with a preposition or a participle and holds no other verb ('Under the command of Captain
    Mike Bannister, the airline's chief pilot, it landed', 'Cut into the side of Mount Pion,
    it could hold'): what such a phrase names is not what 'it' stands for (readings n6, n7).
    Several may open it, each after the other's comma ('on July 19, 1956, angered by Nasser's
    dealings with the communist world, they withdrew the offer', reading n11)."""

    def opens_a_part(k: int) -> bool:
        return tokens[k].tag in {"VBN", "VBG"} and tokens[k - 1].text == ","

    return (
        i > 1
        and tokens[0].tag in {"IN", "VBN", "VBG"}
        and tokens[i - 1].text == ","
        and not any(tokens[k].tag.startswith("VB") and not opens_a_part(k) for k in range(1, i))
    )


def _opening_names(tokens: list[Token], i: int, people: Container[int]) -> bool:
    """Whether pronoun tokens[i] sits in an opening phrase whose comma the person it stands for
    follows: 'Despite his aristocratic origins, L'Enfant ...', 'Late in his life, Chao ...'."""
    comma = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), None)
    opening = all(t.text != "," for t in tokens[:i])
    return opening and comma is not None and comma + 1 in people


def _pointing(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a word that points to text outside the statement, as used here."""
    token, word = tokens[i], tokens[i].lower
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.tag in _NAME_TAGS:
        return False
    if word in en.AFTER_A_TIME and _time_before(tokens, i):
        return False  # "Founded in 1944, the World Bank later shifted its focus"
    if word == "another" and i > 0 and tokens[i - 1].lower == "one":
        return False  # "did battle with one another": each other, within the statement
    if word in en.POINTING_WORDS:
        return not _part_of_a_time(tokens, i)
    if word == en.SUCH:
        return following is None or following.lower != "as"
    if word in en.BOTH_LIKE:
        return not any(t.lower in {"and", "or", "nor"} for t in tokens[i + 1 : i + 12])
    if word in en.FORMER_LIKE:
        return following is None or following.tag not in _NOUN_TAGS | _NAME_TAGS | {"JJ"}
    if word == "there":  # 'There, Martin Luther translated ...': not 'there was'
        existential = token.tag == "EX" and following is not None and following.text != ","
        return not existential and not _place_named_before(tokens, i)
    if word == "following":
        return i > 0 and tokens[i - 1].lower == "the"
    if word == "response":  # 'passed a series of reforms in response,': to what? (n13)
        return (
            i > 0 and tokens[i - 1].lower == "in" and (following is None or following.lower != "to")
        )
    if word == "so":
        return i > 0 and tokens[i - 1].lower in {"doing", "do", "did", "done"}  # "in doing so"
    if word in en.OTHER_WORDS:
        previous = tokens[i - 1].lower if i else ""
        as_well_as = [t.lower for t in tokens[max(0, i - 3) : i]] == ["as", "well", "as"]
        anchored = previous in en.OTHER_ANCHORS or as_well_as  # 'Prussia as well as other states'
        return not anchored and not (following and following.lower == "than")
    return False


def _time_before(tokens: list[Token], i: int) -> bool:
    """Whether the statement gives a year or a decade before tokens[i] (the key's too: the
    blank is a time), of either era ('around 550 BCE ..., a few years later'; reading n19)."""
    return any(
        YEAR.fullmatch(t.text)
        or en.DECADE_WORD.match(t.text)
        or (t.text.isdigit() and k + 1 < i and tokens[k + 1].text in en.BC_ERAS | en.AD_ERAS)
        for k, t in enumerate(tokens[:i])
    )


def _same_time(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] begins 'that year' or 'same year' after the statement gave a year:
    'Chao returned to China in 1920, marrying Yang Buwei there that year'."""
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return (
        tokens[i].lower in {"that", "same"}
        and following in {"year", "month", "day"}
        and _time_before(tokens, i)
    )


def _place_named_before(tokens: list[Token], i: int) -> bool:
    """Whether a place name after a preposition comes before tokens[i] ('there'): 'Chao left
    for the US in 1938, and resided there afterwards'."""
    for k in range(1, i):
        at = k - 2 if tokens[k - 1].lower == "the" and k > 1 else k - 1
        lead, before = tokens[at].lower, tokens[at - 1].lower if at > 0 else ""
        name = tokens[k]
        if name.tag not in _NAME_TAGS or lead not in en.PLACE_LEADS:
            continue
        if before in en.NOT_PLACE_LEADS or name.text in en.MONTHS:
            continue  # "According to Reuters", "In January"
        if name.lower in en.LOWERCASE_WEEKDAYS:
            continue
        return True
    return False


def _ranked(tokens: list[Token], start: int, head: int, end: int) -> bool:
    """'the first woman to receive the Pritzker Prize', 'the first time since the 1940s',
    'the 14th century': a rank says which one, with what it ranks in, or of a century."""
    modifiers = tokens[start + 1 : head]
    ranked = any(
        t.lower in en.RANK_WORDS or t.tag == "JJS" or _ORDINAL_NUMBER.fullmatch(t.lower)
        for t in modifiers
    )
    if not ranked:
        return False
    if tokens[head].lower in en.RANKED_PERIODS:
        return True
    following = end
    if following < len(tokens) and tokens[following].lower == "and":  # 'child and second son of'
        following += 1
        while following < len(tokens) and tokens[following].tag in _MODIFIER_TAGS:
            following += 1
    return following < len(tokens) and tokens[following].lower in en.RANK_COMPLEMENTS


def _named_before(tokens: list[Token], start: int, noun: str) -> bool:
    """'In Peru, the abolition of slavery left the country desperate for workers', 'Mexico's
    president ... the country': a place kind ('the country', 'the city') after the name the
    statement opens with, not a name further in ('At talks in Vienna, the country agreed')."""
    if noun not in en.PLACE_KIND_NOUNS or start == 0:
        return False
    first = next((k for k in range(start) if tokens[k].tag in _NAME_TAGS), None)
    if first is not None and first + 2 < start and tokens[first + 1].tag == "POS":
        return tokens[first + 2].lower in en.POLITY_NOUNS  # "Mexico's president ... the country"
    return tokens[0].lower == "in" and _place_named_before(tokens, min(start, 3))  # not "From"


def _part_of_a_time(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] ('later', 'earlier') only says which part of a period a time is: 'the
    later 1940s', 'the earlier nineteenth century'."""
    following = tokens[i + 1 : i + 4]
    return (
        tokens[i].lower in {"later", "earlier"}
        and i > 0
        and tokens[i - 1].lower == "the"
        and any(
            en.DECADE_WORD.match(t.text) or t.lower in {"century", "centuries"} for t in following
        )
    )


def leaning(
    tokens: list[Token],
    key: range,
    told: Told = NOTHING_TOLD,
    key_kind: str = "",
    people: Container[int] = (),
) -> str | None:
    """Why the statement cannot stand alone (its key span *key* aside), or None when it can,
    given what the reader has been *told* before it. A pronoun is fine when what it stands for
    is written before it ("Lincoln won his second term"; *people* holds the indices of the
    tokens of person names)."""
    for i, token in enumerate(tokens):
        if i in key or _same_time(tokens, i):
            continue
        word = token.lower
        if word in en.PERSONAL_PRONOUNS and token.tag in {"PRP", "PRP$"}:
            if not _antecedent_before(tokens, i, key, key_kind, people):
                return f"pronoun '{token.text}'"
        elif word in en.FIRST_AND_SECOND_PERSON and token.tag in {"PRP", "PRP$"}:
            return f"first or second person '{token.text}'"
        elif (
            _demonstrative(tokens, i)
            and not _restricted(tokens, i)
            and not _noun_written_before(tokens, i)
        ):
            return f"demonstrative '{token.text}'"
        elif _pointing(tokens, i):
            return f"pointing word '{token.text}'"
        elif (
            _superlative_alone(tokens, i)
            or _numeral_pronoun(tokens, i, key)
            or _nationality_for_a_person(tokens, i, key)
        ):
            return f"'{token.text} {tokens[i + 1].text}' refers back"
        elif _relative_time(tokens, i, key) or _last_time(tokens, i):
            return f"relative time '{token.text}'"
        elif word in en.DOCUMENT_WORDS and token.tag in _NOUN_TAGS and i > 0:
            before = tokens[i - 1].lower
            if before in en.DOCUMENT_LEADS or word.startswith("fig"):
                return f"reference to the text '{token.text}'"
    for start, head, end, quantified in _definite_phrases(tokens, key, key_kind == "count"):
        noun = tokens[head].lower
        if _counted_before(tokens, start, head, told.heads) and not (
            _in_the_subject(tokens, start) and _specified(tokens, end)
        ):
            return f"definite '{' '.join(t.text for t in tokens[start:end])}' refers back"
        if (
            noun in en.UNIQUE_HEADS
            or _specified(tokens, end)
            or _ranked(tokens, start, head, end)
            or _named_before(tokens, start, noun)
            or any(_same_time(tokens, k) for k in range(start, head))
            or (noun == "year" and end == key.start)  # "in the year 2193 BCE": the key says which
            or _one_of_a_class(tokens, start)
        ):
            continue
        counted = key.start == start + 1  # 'All ____ members present voted': of what?
        listed = (not quantified or counted) and (
            noun in en.ANAPHORIC_HEADS or singular(noun) in en.ANAPHORIC_HEADS
        )
        one = not quantified and tokens[head].tag == "NN"  # a singular, not 'most internees'
        someone = one and noun in told.person_nouns
        # 'The final assault began', 'The discovery is described': not 'the trans-Atlantic slave
        # trade', which its modifiers name
        bare_event = all(t.lower in en.RANK_WORDS | {"final"} for t in tokens[start + 1 : head])
        happening = one and bare_event and noun in told.event_nouns
        if listed or someone or happening or singular(noun) in told.heads:
            return f"definite '{' '.join(t.text for t in tokens[start:end])}' refers back"
    if _indefinite_rank(tokens, key):
        return f"'{tokens[0].text} {tokens[1].text} {tokens[2].text}' of what"
    bare = _bare_subject_head(tokens, key)
    if bare is not None and (
        tokens[bare].lower in told.events
        or (tokens[bare].lower in told.event_nouns and tokens[bare + 1].lower in en.PHASE_VERBS)
    ):
        return f"'{tokens[bare].text}' of what"
    for check, reason, kinds in _STATEMENT_CHECKS:
        if (not kinds or key_kind in kinds) and check(tokens, key):
            return reason.format(first=tokens[0].text)
    return None


def _one_of_a_class(tokens: list[Token], start: int) -> bool:
    """Whether the definite phrase at *start* follows 'one of' and names a class, not things
    told before: 'Susa, one of the royal capitals' (reading n19); 'one of the two companies'
    is counted (:func:`_counted_before`)."""
    return start >= 2 and [t.lower for t in tokens[start - 2 : start]] == ["one", "of"]


def _counted_before(
    tokens: list[Token], start: int, head: int, earlier_heads: Container[str]
) -> bool:
    """'the two companies' of things the text named before: after the verb a place after it
    ('work for the two companies in the United Kingdom') says where they are, not which they
    are (in the subject it may: 'The two sides in the Korean War signed'); 'of' or a relative
    clause may ('the three branches of government')."""
    count = tokens[start + 1].lower
    following = tokens[head + 1].lower if head + 1 < len(tokens) else ""
    return (
        head == start + 2
        and count in en.CARDINAL_UNITS[2:13]
        and tokens[head].tag == "NNS"
        and singular(tokens[head].lower) in earlier_heads
        and following != "of"
        and following not in en.RELATIVE_WORDS
    )


def _in_the_subject(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] comes before the statement's first finite verb."""
    return not any(t.tag in FINITE for t in tokens[:i])


def _indefinite_rank(tokens: list[Token], key: range) -> bool:
    """The statement opens with one of a series that it does not name: 'A first attempt on May
    27, 2020 was called off' (of what?), 'A second wave struck in 1919'; not 'A second wave of
    the epidemic', nor 'An only child'."""
    if len(tokens) < 4 or any(k in key for k in range(3)):
        return False
    opening = tokens[0].lower in {"a", "an"} and tokens[1].lower in en.ORDINAL_UNITS[1:]
    compound = tokens[2].lower in en.RANKED_COMPOUND_HEADS  # 'A third party won 12 seats'
    return (
        opening
        and not compound
        and tokens[2].tag == "NN"
        and tokens[3].lower not in en.RANK_COMPLEMENTS
    )


def _bare_subject_head(tokens: list[Token], key: range) -> int | None:
    """The head of a subject that opens the statement as a singular common noun without an
    article or a phrase saying whose ('Main construction began', not 'Construction of the
    tunnel began'), or None."""
    head = 0
    while head < len(tokens) and (
        tokens[head].tag in {"JJ", "VBN"} or (head == 0 and tokens[head].tag == "NNP")
    ):
        if tokens[head].text in en_names.DEMONYMS:
            return None  # 'British colonization began in 1607': whose it is
        head += 1
    if (
        head + 1 >= len(tokens)
        or head in key
        or tokens[head].tag != "NN"
        or tokens[head + 1].tag not in FINITE
    ):
        return None
    return head


def _unit_after(tokens: list[Token], key: range) -> int | None:
    """The index of the unit of measure of the key's phrase ('46 miles', '32 ° C'), if any."""
    return next(
        (
            i
            for i in range(key.start + 1, min(key.stop + 1, len(tokens)))
            if tokens[i].lower in en.MEASURE_UNITS or tokens[i].text == "°"
        ),
        None,
    )


def _distance_from_nowhere(tokens: list[Token], key: range) -> bool:
    """'Salt Lake City is about ____ miles away': away from where? (a development reading of
    travel guides written for the purpose: the guide's own place goes unsaid); so is 'Wai-O-
    Tapu, ____ km south on State Highway 5' (reading n15), a direction not followed by 'of',
    whatever the key ('Elmina Castle, 13 km west, was built in ____', both readers of n17)."""
    measured = [
        i
        for i, t in enumerate(tokens)
        if i and (i - 1 in key or tokens[i - 1].lower in en.MEASURE_UNITS)
    ]
    away = any(tokens[i].lower == "away" for i in measured)
    heading = any(_direction_of_nothing(tokens, i) for i in measured)
    return (away or heading) and not any(t.lower == "from" for t in tokens)


def _direction_of_nothing(tokens: list[Token], i: int) -> bool:
    """Whether a compass point begins at tokens[i] ('south', 'to the south', 'further south')
    and no 'of' follows it to say of what."""
    words = [t.lower for t in tokens[i : i + 3]]
    skip = 2 if words[:2] == ["to", "the"] else 1 if words[:1] == ["further"] else 0
    if i + skip >= len(tokens) or tokens[i + skip].lower not in en.COMPASS_POINTS:
        return False
    after = i + skip + 1
    return after >= len(tokens) or tokens[after].lower != "of"


def _lying_toward_nothing(tokens: list[Token], key: range) -> bool:
    """'Portugal founded the colony of Luanda to the south': south of what? (reading n19; both
    readers). 'To the' and a compass point with no 'of' after it, whatever the key."""
    return any(
        t.lower == "to"
        and i + 2 < len(tokens)
        and tokens[i + 1].lower == "the"
        and tokens[i + 2].text.islower()  # not 'the flow of people to the West'
        and _direction_of_nothing(tokens, i)
        for i, t in enumerate(tokens)
        if i not in key
    )


def _measure_nowhere(tokens: list[Token], key: range) -> bool:
    """'Summer highs are about ____ ° C': a temperature, height or length with no name in the
    statement to say of what place or thing (the same reading)."""
    unit = _unit_after(tokens, key)
    if unit is None:
        return False
    units = {unit, unit + 1} if tokens[unit].text == "°" else {unit}
    return not any(
        t.tag in _NAME_TAGS and len(t.text) > 1
        for i, t in enumerate(tokens)
        if i not in key and i not in units
    )


def _answer_to_nothing(tokens: list[Token], key: range) -> bool:
    """'____ refused, because he wanted to study mathematics': refused what? (tuning reading
    t14). An active verb of refusing or consenting that the clause ends right after ('refused,',
    'agreed because'); not 'was refused by', 'agreed in 1215 to the demands'."""
    for i, token in enumerate(tokens):
        if i in key or token.lower not in en.CONSENT_VERBS or not token.tag.startswith("VB"):
            continue
        if i and tokens[i - 1].lower in en.BE_FORMS:
            continue  # a passive names what was refused: its subject
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is None or following.text in {",", ".", ";"}:
            return True
        if following.lower in en.CLAUSE_ENDING_CONJUNCTIONS:
            return True
    return False


def _response_to_nothing(tokens: list[Token], key: range) -> bool:
    """'Pope Leo X responded with a papal bull in June 1520': to what? A verb of answering with
    no 'to' just after it (an adverb may come between: 'reacted angrily to'), nor 'by' and
    what it did ('responded by sending James Monroe to France')."""
    for i, token in enumerate(tokens):
        if i in key or token.lower not in en.RESPONSE_VERBS or token.tag != "VBD":
            continue  # not 'faster than church authorities could respond', 'Sodium reacts'
        following = [t.lower for t in tokens[i + 1 : i + 3]]
        if not {"to", "against"} & set(following) and following[:1] != ["by"]:
            return True  # 'responded by sending': how; 'retaliated against France': whom
    return False


def _change_untimed(tokens: list[Token], key: range) -> bool:
    """'The cost of shipping a ton of freight fell from about ____ to less than $10': a change
    from one value to another that the statement does not date."""
    changes = any(t.lower in en.CHANGE_VERBS and t.tag.startswith("VB") for t in tokens)
    spans = any(t.lower == "from" for t in tokens) and any(t.lower == "to" for t in tokens)
    timed = any(
        YEAR.fullmatch(t.text)
        or en.DECADE_WORD.match(t.text)
        or t.text in en.MONTHS
        or t.lower in en.TIMING_WORDS  # 'during the 19th century', 'after the canal opened'
        for k, t in enumerate(tokens)
        if k not in key
    )
    return changes and spans and not timed


def _taking_part_unsaid(tokens: list[Token], key: range) -> bool:
    """'Participants were deceived and put under intense distress': the statement opens with
    the people who took part, without saying in what."""
    if len(tokens) < 2 or 0 in key:
        return False
    opening, following = tokens[0], tokens[1]
    return (  # past: 'Passengers pay 3 euros for the ferry' is a guide's, of today
        opening.lower in en.TAKING_PART_PLURALS and opening.tag == "NNS" and following.tag == "VBD"
    )


def _own_alone(tokens: list[Token], key: range) -> bool:
    """'Wallace described a theory almost identical to his own': 'own' standing for a noun of
    the text before ('his own theory'); not 'founded his own company'."""
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower != "own" or i in key or tokens[i - 1].tag != "PRP$":
            continue
        if i > 1 and tokens[i - 2].lower in {"on", "of"}:
            continue  # 'fought on its own', 'no children of their own'
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is None or following.tag not in _NOUN_TAGS | _NAME_TAGS | {"JJ", "VBG"}:
            return True
    return False


def _nation_unsaid(tokens: list[Token], key: range) -> bool:
    """'In which year did Parliament make it legal for workers to strike?': which country's?
    (tuning readings t10, t12, t13). 'Parliament', capitalised, in a statement that names
    nothing else with a capital (a country, a people, an empire: 'Parliament abolished slavery
    throughout the British Empire') and is not part of a name ('the Houses of Parliament',
    'the Parliament Act')."""
    bodies = [i for i, t in enumerate(tokens) if t.text in en.NATIONAL_BODIES and i not in key]
    if not bodies:
        return False
    for i in bodies:
        before = tokens[i - 1].lower if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if before == "of" or (
            after is not None and (after.tag in _NAME_TAGS or after.lower == "of")
        ):
            return False
    return _names_nothing(tokens, bodies, key)


def _population_nowhere(tokens: list[Token], key: range) -> bool:
    """'About 87 percent of ____ households used electricity': whose? (tuning reading t17, both
    readers). A count or share of households, residents or citizens ('____ rural households',
    '____ of households') in a statement that names nothing with a capital: no country, town
    or people."""
    counted = tokens[max(key.start, key.stop - 1) : key.stop + 3]  # the key may hold its noun
    if not any(t.lower in en.POPULATION_NOUNS for t in counted):
        return False
    return _names_nothing(tokens, key)


def _names_nothing(tokens: list[Token], *skipped: Container[int]) -> bool:
    """Whether no word has a capital but a month, those at *skipped* indices and a first word
    of a closed class ('About', 'The', 'Several'): 'Americans own ...' names a people."""
    return not any(
        t.text[:1].isupper()
        and t.text not in en.MONTHS
        and (k > 0 or t.tag not in _CLOSED_CLASS_TAGS)
        and not any(k in skip for skip in skipped)
        for k, t in enumerate(tokens)
    )


def _arrival_nowhere(tokens: list[Token], key: range) -> bool:
    """'L'Enfant arrived in ____ at the age of 23': arrived where? (tuning reading t13). A verb
    of arriving or returning, with no object ('returned the letter'), whose clause says
    neither where to or from ('returned to Prague', 'returned from exile', 'returned home')
    nor names a place after it."""
    for i, token in enumerate(tokens):
        if i in key or token.lower not in en.ARRIVAL_VERBS or not token.tag.startswith("VB"):
            continue
        after = _clause_after(tokens, i)
        if after and after[0].tag in {"DT", "PRP$", "NN", "NNS"} | _NAME_TAGS:
            continue  # an object, or a place right after the verb
        if not _place_said(after):
            return True
    return False


def _election_to_nothing(tokens: list[Token], key: range) -> bool:
    """'Ferdinand Marcos was first elected in ____ and re-elected in 1969': elected to what?
    (reading n14 of news written for development). The office is said right after 'elected'
    ('elected president', 'elected to the Senate', 'elected a Fellow of the Royal Society') or
    before it ('The mayor was elected', 'President Lincoln was re-elected') or anywhere as an
    office ('remained in office'), or a body is elected ('The European Parliament was first
    elected in 1979')."""
    elected = [i for i, t in enumerate(tokens) if t.lower in _ELECTED and t.tag.startswith("VB")]
    if not elected or any(i in key for i in elected):
        return False
    clause = tokens[_clause_start(tokens, elected[0]) : elected[0]]
    if any(t.tag in _NOUN_TAGS or t.lower in _OFFICE_TITLES for t in clause):
        return False  # 'The mayor was elected', 'President Lincoln was re-elected'
    if any(t.lower in _OFFICES for t in tokens):
        return False  # 'Elected in 1789, George Washington remained in office for eight years'
    return not any(_office_after(tokens, i, key) for i in elected)


def _office_after(tokens: list[Token], i: int, key: range) -> bool:
    """Whether an office or a body follows 'elected' at *i*: a noun or a name, after 'to' or
    'as' and an article or adjectives if any ('elected to the Senate', 'elected its first
    president'), not a time ('elected in 1965')."""
    k = i + 1
    if k < len(tokens) and tokens[k].lower in {"to", "as"}:
        k += 1
    while k < len(tokens) and tokens[k].tag in {"DT", "PRP$", "JJ", "JJS", "RB"} | {"CD"}:
        if k in key:
            return False
        k += 1
    return k < len(tokens) and k not in key and tokens[k].tag in _NOUN_TAGS | _NAME_TAGS


_ELECTED = frozenset({"elected", "re-elected", "reelected"})
# Words that say what someone was elected to or as: before 'elected' in its clause, a title
# of an office or a body (not 'Mr', 'Dr' or 'Saint'); anywhere, an office or its title
# ('became president'), but no word that only qualifies one ('state media said').
_COURTESY = en_names.HONORIFICS | {"saint", "st.", "st", "sir", "dame", "lord", "lady"}
_OFFICE_TITLES = (
    (en_names.TITLES | en_names.ORGANIZATION_HEADS)
    - _COURTESY
    - {
        "news",
        "times",
        "post",
    }
)
_QUALIFIERS = {"state", "foreign", "defence", "defense", "interior", "finance", "health"}
_OFFICES = (en_names.TITLES - _COURTESY - _QUALIFIERS - {"justice", "deputy", "chief", "vice"}) | {
    "office",
    "presidency",
    "premiership",
    "seat",
    "seats",
    "term",
    "government",
}


def _clause_after(tokens: list[Token], i: int) -> list[Token]:
    """The words after tokens[i] up to the end of its clause (a comma, colon or conjunction)."""
    after: list[Token] = []
    for token in tokens[i + 1 :]:
        if token.text in {",", ";", ":"} or token.tag == "CC":
            break
        after.append(token)
    return after


def _place_said(after: list[Token]) -> bool:
    """Whether words after a verb of moving name a place or say where to or from ('returned to
    Prague', 'returned from exile', 'returned home')."""
    named = any(t.tag in _NAME_TAGS and t.text not in en.MONTHS for t in after)
    return (
        named
        or any(t.lower in en.DESTINATIONS for t in after)
        or any(
            before.lower in {"to", "from", "into"} and following.tag != "CD"
            for before, following in itertools.pairwise(after)
        )
    )


def _first_verb(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is the statement's first verb: no clause before it says what it is
    of ('a city Hemingway had left', 'fewer than 1,000 bison were left', 'riots followed')."""
    return not any(t.tag.startswith("VB") or t.tag == "MD" for t in tokens[:i])


def _departure_from_nowhere(tokens: list[Token], key: range) -> bool:
    """'British and French troops left by December 1956': left where? (reading n11). A verb of
    leaving that opens the statement's verbs, with no object ('left 6,434 people dead',
    'withdrew 500,000 troops', 'left behind') and no place after it."""
    for i, token in enumerate(tokens):
        leaving = token.lower in en.DEPARTURE_VERBS and token.tag in {"VBD", "VBN"}
        if i in key or not leaving or not _first_verb(tokens, i):
            continue
        after = _clause_after(tokens, i)
        if after and (after[0].tag in _OBJECT_STARTS or after[0].lower == "behind"):
            continue
        if not _place_said(after):
            return True
    return False


_WHEN_WORDS = en.AFTER_A_TIME | {"early", "late", "soon", "shortly", "quickly", "immediately"}


def _a_time_after(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a word of when, no adjective of a noun: 'followed early on July 17',
    not 'followed early traders' (an independent review)."""
    after = tokens[k + 1].tag if k + 1 < len(tokens) else "."
    return tokens[k].lower in _WHEN_WORDS and after not in _NOUN_TAGS | {"JJ", "NNP", "NNPS"}


def _sequel_to_nothing(tokens: list[Token], key: range) -> bool:
    """'New financial institutions followed, including the Bank of England': followed what?
    (reading n11). A verb of coming after that opens the statement's verbs, with no object
    ('followed the war'), nor the passive's 'by' ('was followed by a famine'), nor a phrase
    before it that says what came first ('After Nasser's death in 1970, a power struggle
    followed'), nor a relative clause's ('the conflict that followed'). A time after it is no
    object ('Fragments B and C followed early on July 17', reading n16)."""
    for i, token in enumerate(tokens[:-1]):
        if i in key or token.lower not in en.SEQUEL_VERBS or token.tag != "VBD":
            continue
        before = {t.lower for t in tokens[:i]}
        if not _first_verb(tokens, i) or before & (en.RELATIVE_WORDS | en.SEQUENCE_OPENERS):
            continue
        following = tokens[i + 1]
        if token.lower == "followed" and (
            (following.tag in _OBJECT_STARTS and not _a_time_after(tokens, i + 1))
            or following.lower in {"by", "up", "suit"}
            or any(t.lower == "footsteps" for t in tokens[i + 1 : i + 5])
        ):
            continue
        return True
    return False


def _comparison_to_nothing(tokens: list[Token], key: range) -> bool:
    """'a 99-year lease on the much larger New Territories': larger than what? (reading n11).
    An adjective of comparison between 'the' and a noun, with no 'than' in the statement, or
    after 'a' with a word of degree ('a far smaller producer') or in the subject ('A stronger
    law came only after ...'); not the comparatives that name a kind ('the younger brother',
    'the upper house') nor one without an article ('for shorter hours')."""
    if any(
        t.lower == "than" and tokens[k - 1].lower not in _AMOUNT_BOUNDS
        for k, t in enumerate(tokens)
        if k > 0
    ):
        return False  # 'larger than Kowloon'; not 'more than one hundred people'
    for i, token in enumerate(tokens[1:-1], 1):
        if token.tag != "JJR" or i in key or token.lower in en.KIND_COMPARATIVES:
            continue
        degree = tokens[i - 1].lower in en.DEGREE_WORDS
        before = i - 1 if degree else i
        if before == 0 or tokens[i + 1].tag not in _NOUN_TAGS | _NAME_TAGS:
            continue
        article = tokens[before - 1].lower
        # 'a far smaller producer', 'A stronger law came only after ...' (reading n13)
        of_what = i + 2 < len(tokens) and tokens[i + 2].lower == "of"  # 'A smaller version of'
        indefinite = article in {"a", "an"} and (degree or _in_the_subject(tokens, i))
        indefinite = indefinite and not of_what
        if article == "the" or indefinite:
            return True
    return False


def _amount_of_nothing(tokens: list[Token], key: range) -> bool:
    """'Fewer than ____ landed in North America' (5 percent of whom? reading n12): a number or
    share that is itself the subject of a verb, with no noun of what it counts."""
    if not key or key.stop >= len(tokens) or tokens[0].lower == "of":
        return False  # 'Of the 270 men who sailed, only 18 returned'
    last = tokens[key.stop - 1]
    counted = last.tag in _NOUN_TAGS | _NAME_TAGS and last.lower not in en.PERCENT_WORDS
    return tokens[key.stop].tag in FINITE and not counted  # not '____ Americans died'


def _within_a_time_of_nothing(tokens: list[Token], key: range) -> bool:
    """'Seoul fell within ____ days', 'fled to France within months': within that time of what?
    (reading n12). Not 'within three days of the invasion'."""
    for i, token in enumerate(tokens[:-1]):
        if token.lower != "within":
            continue
        start = _clause_start(tokens, i)
        if i > 0 and tokens[i - 1].tag == "CC":
            continue  # 'crossed the Rubicon in 49 BC and within three months': from that
        if any(_a_time(t) for k, t in enumerate(tokens[start:i], start) if k not in key):
            continue  # 'In 1519, within two years ...' (not a year of another clause)
        k = i + 1
        while k < len(tokens) and (tokens[k].tag == "CD" or k in key or tokens[k].lower == "a"):
            k += 1  # the key may hold the number and its unit: 'within ____ days'
        if k < len(tokens) and tokens[k].tag in _NOUN_TAGS:
            k += 1
        period = singular(tokens[k - 1].lower) in en.PERIOD_NOUNS
        of_what = k < len(tokens) and tokens[k].lower in {"of", "'s", "'"}  # 'days' march of'
        if period and not of_what:
            return True
    return False


def _clause_start(tokens: list[Token], i: int) -> int:
    """Where the clause holding token *i* starts: just after the last comma or semicolon before
    it, or at the start of the statement."""
    return 1 + max((k for k in range(i) if tokens[k].text in {",", ";"}), default=-1)


def _a_time(token: Token) -> bool:
    """A year, an era or a month: 'in 49 BC', 'in 1950', 'in June'."""
    return bool(YEAR.fullmatch(token.text)) or token.text in en.MONTHS or token.text in en.BC_ERAS


def _end_of_nothing(tokens: list[Token], key: range) -> bool:
    """'At the top end, Amangalla occupies the former New Oriental Hotel': the top end of what?
    (a guide's price range, reading n11); not 'At the end of the war'."""
    words = [t.lower for t in tokens[:5]]
    if words[:2] != ["at", "the"] or "end" not in words[2:]:
        return False
    end = words.index("end", 2)
    return end not in key and end + 1 < len(tokens) and tokens[end + 1].text == ","


_NOUN_PHRASE = frozenset(
    {"NN", "NNS", "JJ", "JJS", "JJR", "CD", "NNP", "NNPS", "VBG", "RB", "RBS", "RBR"}
)  # what may follow a possessive 'her': 'her very first flight'
_AMOUNT_BOUNDS = frozenset({"more", "less", "fewer", "rather", "other"})
_OBJECT_STARTS = frozenset({"DT", "PRP", "PRP$", "CD", "JJ", "NN", "NNS"}) | _NAME_TAGS


def _month_without_year(tokens: list[Token], key: range) -> bool:
    """'marched on Anahuac in June': which June? (tuning reading t13). Not when the key or
    the stem gives a year, nor in a name ('the October Revolution')."""
    if any(YEAR.fullmatch(t.text) or t.text in en.BC_ERAS for t in tokens):
        return False
    return any(
        i not in key
        and t.text in en.MONTHS
        and t.tag == "NNP"
        and not (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper())
        for i, t in enumerate(tokens)
    )


def _noun_written_before(tokens: list[Token], i: int) -> bool:
    """Whether the noun after demonstrative tokens[i] is written once before it, so that the
    statement says what it points to: 'the Third Dynasty of Ur ... this dynasty'."""
    phrase = []
    for token in tokens[i + 1 : i + 4]:  # 'this dynasty' (though tagged an adjective)
        if not token.text.isalpha() or token.tag.startswith(("VB", "IN", "DT")):
            break
        phrase.append(singular(token.lower))
    named = [singular(t.lower) for t in tokens[:i] if t.tag in _NOUN_TAGS | _NAME_TAGS]
    return bool(phrase) and named.count(phrase[-1]) == 1  # not 'the Ming dynasty replaced the
    # Yuan dynasty, and this dynasty ...' (an independent review)


def _ranking_without_year(tokens: list[Token], key: range) -> bool:
    """'the 15th largest metropolitan area': rankings change, and the stem gives no year."""
    if any(i not in key and YEAR.fullmatch(t.text) for i, t in enumerate(tokens)):
        return False
    return any(
        t.lower in en.RANKING_WORDS
        and i > 0
        and (tokens[i - 1].tag in {"JJ", "CD"} or i - 1 in key)
        and tokens[i - 1].lower not in {"the", "a"}
        for i, t in enumerate(tokens)
    )


def without_pointing_adverbs(tokens: list[Token]) -> list[Token]:
    """Leave out 'also', 'too', 'still', 'as well' and asides like ', for example,' or
    ', however,' where they only link to other sentences, not to the fact, and 'further'
    after a number ('two further symphonies': tuning reading t15, which symphonies before?)."""
    kept: list[Token] = []
    i = 0
    while i < len(tokens):
        aside = _aside_end(tokens, i)
        if aside:
            i = aside
            continue
        token = tokens[i]
        following = tokens[i + 1].tag if i + 1 < len(tokens) else "."
        droppable = token.lower in en.DROPPABLE_ADVERBS and token.tag == "RB" and i > 0
        if token.lower == "still" and following in {"VBN", "JJ"}:
            droppable = False  # 'the oldest newspaper still published' (reading n10)
        if token.lower in en.COUNTED_MORE and i > 0 and tokens[i - 1].tag == "CD":
            compared = any(t.lower == "than" for t in tokens[i + 1 : i + 6])  # '4 million more'
            droppable = following == "NNS" and not compared  # 'visitors than in 2015' is a rise
        if not (droppable and (token.lower != "too" or following in {",", "."})) and not (
            _sequence_adverb(tokens, i)
        ):
            kept.append(token)  # "too" only at a clause's end: not "too many"
        i += 1
    return kept


def _sequence_adverb(tokens: list[Token], i: int) -> bool:
    """'then' between a subject and a verb of an event that only places the fact after others
    ('Chao then became', 'Chao then moved'); not 'since then', 'the then king', 'Back then',
    and not 'was then prime minister' or 'Rome then controlled', where it means 'at that
    time'."""
    if not 0 < i < len(tokens) - 1 or tokens[i].lower not in en.SEQUENCE_ADVERBS:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    subject = before.tag in {"NNP", "NNPS", "NN", "NNS", "PRP"}
    return subject and after.lower in en.EVENT_VERBS_AFTER_THEN


def _aside_end(tokens: list[Token], i: int) -> int:
    """The end of a linking aside starting at *i* (', for example,', 'as well' at the end),
    including the comma before it, or 0 when none starts there."""
    if i == 0:
        return 0
    comma = tokens[i].text == ","
    start = i + 1 if comma else i
    if start >= len(tokens) or tokens[start].lower not in _ASIDE_FIRST_WORDS:
        return 0
    for words in _ASIDE_WORDS:
        end = start + len(words)
        if [t.lower for t in tokens[start:end]] != words:
            continue
        closed = end < len(tokens) and tokens[end].text in {",", ".", ";"}
        if comma and closed:
            opening = tokens[0].tag == "IN" and not any(t.tag.startswith("VB") for t in tokens[:i])
            if opening:  # "In 325, for example, Constantine": "In 325, Constantine"
                return end
            relative = (
                end + 1 < len(tokens) and tokens[end + 1].lower in en.NONRESTRICTIVE_RELATIVES
            )
            if relative:  # "with Carranza, however, who refused": "with Carranza, who"
                return end
            return end + (tokens[end].text == ",")  # ", however," goes with both commas
        if not comma and end < len(tokens) and tokens[end].tag == ".":
            return end  # "... destabilization since the 1960s as well."
        if not comma and words == ["as", "well"] and end < len(tokens) and tokens[end].text == ",":
            return end  # "revolt broke out against his administration as well, and ..." (t16)
    return 0


_AMOUNTS = frozenset({"count", "percentage"})
# What a statement must say itself, checked in this order: (check, why not, the key kinds it
# applies to, or all when empty). '{first}' is the statement's first word.
_STATEMENT_CHECKS: tuple[tuple[Callable[[list[Token], range], bool], str, frozenset[str]], ...] = (
    (_ranking_without_year, "a ranking without its year", frozenset()),
    (_month_without_year, "a month without its year", frozenset()),
    (_arrival_nowhere, "an arrival without its place", frozenset()),
    (_departure_from_nowhere, "a departure without its place", frozenset()),
    (_sequel_to_nothing, "a sequel to something unsaid", frozenset()),
    (_comparison_to_nothing, "a comparison with something unsaid", frozenset()),
    (_end_of_nothing, "an end of a range unsaid", frozenset()),
    (_amount_of_nothing, "an amount of something unsaid", _AMOUNTS),
    (_within_a_time_of_nothing, "a time from something unsaid", frozenset()),
    (_answer_to_nothing, "a refusal or consent to something unsaid", frozenset()),
    (_response_to_nothing, "a response to something unsaid", frozenset()),
    (_change_untimed, "a change without its time", _AMOUNTS | {"money"}),
    (_taking_part_unsaid, "'{first}' of what", frozenset()),
    (_own_alone, "'own' without its noun", frozenset()),
    (_nation_unsaid, "a parliament without its country", frozenset()),
    (_population_nowhere, "a population without its place", _AMOUNTS),
    (_distance_from_nowhere, "a distance without its starting point", frozenset()),
    (_lying_toward_nothing, "a direction from something unsaid", frozenset()),
    (_measure_nowhere, "a measure without its place", frozenset({"count"})),
    (_election_to_nothing, "an election to an office unsaid", frozenset()),
)
