"""Shallow clause analysis over POS tags: leading adverbial, subject, verb group, predicate.

Good enough to move a question word to the front and invert the auxiliary, which is all the stem
builder needs; no parser is involved.
"""

from __future__ import annotations

from dataclasses import dataclass

from quiz.generator.lang import en
from quiz.generator.tokens import Token

FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})
VERBS = frozenset({"MD", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})
NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
_LEAD_TAGS = frozenset({"IN", "TO", "RB", "RBR", "JJR", "VBG", "VBN", "WRB", "CC", "EX"})


@dataclass(frozen=True, slots=True)
class Clause:
    """Spans (start, end) of a clause's parts in its token list."""

    lead_end: int  # tokens[:lead_end] is a leading adverbial with its comma ("Earlier, ...")
    subject: tuple[int, int]
    verb: tuple[int, int]  # the verb group: "will be deployed", "has", "plans"
    end: int  # where the clause stops (before the final full stop)

    @property
    def first_verb(self) -> int:
        """Index of the finite verb."""
        return self.verb[0]


def is_approximator(tokens: list[Token], i: int) -> bool:
    """True for 'about' in 'about 2,000 troops'."""
    return tokens[i].lower in en.APPROXIMATORS and i + 1 < len(tokens) and tokens[i + 1].tag == "CD"


def _lead_end(tokens: list[Token], verb: int) -> int:
    """Skip comma-closed leading adverbials before the subject.

    Also part of the lead: names or a year continuing an adverbial ("Born in Hodgenville,
    Kentucky,", "On July 2, 1776,") and a describing noun phrase before a name ("A member of the
    United Nations since 1992, Azerbaijan was elected ...").
    """
    start = 0
    while True:
        comma = next((i for i in range(start, verb) if tokens[i].text == ","), None)
        if comma is None:
            return _time_phrase_end(tokens, start, verb)
        first = tokens[start]
        segment = tokens[start:comma]
        continues = start > 0 and all(t.tag in {"NNP", "NNPS", "CD"} for t in segment)
        is_lead = first.tag in _LEAD_TAGS or first.lower in en.LEAD_WORDS
        timed = tokens[comma - 1].lower in {"later", "earlier", "ago", "afterwards"}
        describing = (
            first.lower in {"a", "an"}
            and not any(t.tag in FINITE for t in segment)
            and comma + 1 < verb
            and tokens[comma + 1].tag in {"NNP", "NNPS"}
        )
        if not (continues or timed or describing) and (
            not is_lead or is_approximator(tokens, start)
        ):
            return start
        start = comma + 1


def _time_phrase_end(tokens: list[Token], start: int, verb: int) -> int:
    """Skip a leading time phrase without a comma ("In 1095 the Lord of Caboet signed ..."),
    or another leading phrase when :func:`_subject_after_phrase` finds where its subject
    begins."""
    if start >= verb or tokens[start].tag != "IN" or is_approximator(tokens, start):
        return start
    end = start + 1
    decade = [t.lower for t in tokens[end : end + 3]]
    if decade[:1] == ["the"]:  # "In the 1960s Hadid attended ...", "In the early 1500s"
        offset = 2 if decade[1:2] and decade[1] in {"early", "late", "mid"} else 1
        if end + offset < verb and en.DECADE_WORD.match(tokens[end + offset].text):
            return end + offset + 1
    while end < verb and (tokens[end].tag == "CD" or tokens[end].text in en.MONTHS):
        end += 1
    has_number = any(t.tag == "CD" for t in tokens[start + 1 : end])
    if has_number and end < verb and tokens[end].tag != "CC":
        return end
    return _subject_after_phrase(tokens, start, verb)


_PHRASE_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})


def _subject_after_phrase(tokens: list[Token], start: int, verb: int) -> int:
    """Where the subject begins after a leading prepositional phrase without a comma ("After a
    brief period in Frankfurt the family moved", "In his memory Byron composed", "Over time it
    has merged"): a subject pronoun, a name, or a phrase opened by 'the' or 'a' just before the
    verb, right after a noun that ends the phrase; *start* when there is no such subject."""
    if tokens[start].tag != "IN" or is_approximator(tokens, start):
        return start
    subject = verb - 1
    if tokens[subject].lower not in en.SUBJECT_PRONOUNS:
        while subject > start and tokens[subject - 1].tag in {"NNP", "NNPS"}:
            subject -= 1
        if tokens[subject].tag not in {"NNP", "NNPS"} or tokens[subject - 1].tag in {"NNP", "NNPS"}:
            subject = next(
                (i for i in range(verb - 1, start, -1) if tokens[i].lower in {"the", "a", "an"}),
                start,
            )
            if any(t.tag not in {"JJ", "NN", "NNS"} for t in tokens[subject + 1 : verb]):
                return start
    phrase = tokens[start + 1 : subject]
    if len(phrase) < 1 or tokens[subject - 1].tag not in _PHRASE_END_TAGS:
        return start
    if any(t.tag in VERBS or t.text in {",", "(", ")"} for t in phrase):
        return start
    return subject


def _finite_verb(tokens: list[Token], start: int, end: int) -> int | None:
    """The clause's finite verb, skipping relative clauses, parentheses and participle asides
    inside the subject ('The term Ethiopic Ocean, derived from Ethiopia, was applied')."""
    in_relative = depth = 0
    for i in range(start, end):
        token = tokens[i]
        if token.tag == "-LRB-":
            depth += 1
        elif token.tag == "-RRB-":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif (token.tag in {"WDT", "WP", "WP$"} or _relative_that(tokens, i, end)) and i > start:
            in_relative = 1
        elif token.tag in FINITE:
            if in_relative:
                in_relative = 0
                continue  # the relative clause's own verb
            if (
                _participle_aside(tokens, i, end)
                or _second_opening_participle(tokens, start, i)
                or _reduced_passive(tokens, start, i)
                or _inside_an_opening_participle(tokens, start, i)
            ):
                continue
            return i
        elif token.text == "," and in_relative:
            in_relative = 0
    return None


def _relative_that(tokens: list[Token], i: int, end: int) -> bool:
    """'that' right before a finite verb, however tagged, opens a relative clause: 'A
    sternwheeler built in 1922 that carried silver ore' (a guide's fragment, reading n7)."""
    return tokens[i].lower == "that" and i + 1 < end and tokens[i + 1].tag in FINITE


def _inside_an_opening_participle(tokens: list[Token], start: int, i: int) -> bool:
    """'Built by the Emperor Justinian ... over the grave believed to be that of St John': a
    past form after a common noun, before the comma that would close an opening participle
    ('Built by ...'), is the participle's own (a guide's fragment, reading n7). 'Organised
    crime grew', 'Reduced fares were introduced' open with an adjective, not a phrase."""
    return (
        tokens[start].tag == "VBN"
        and start + 1 < i
        and tokens[start + 1].tag in {"IN", "TO"}
        and tokens[i - 1].tag in {"NN", "NNS"}
        and not any(t.text == "," for t in tokens[start:i])
    )


def _second_opening_participle(tokens: list[Token], start: int, i: int) -> bool:
    """'Listed as a World Heritage Site in 1985 and voted one of the New Seven Wonders in
    2007, it is ...': a past form after 'and' that continues an opening participle."""
    if i <= start or tokens[i].tag != "VBD":
        return False
    return tokens[i - 1].lower == "and" and tokens[start].tag == "VBN"


def _reduced_passive(tokens: list[Token], start: int, i: int) -> bool:
    """'Two ornate halls built in 1643 for the shoguns.', 'A religious school built in the
    1350s by the sultan': after a noun phrase opened by a number or an article, a verb of making
    followed by a preposition and no other verb is a participle (the halls were built), so the
    line is a fragment. Not after a name ('Michelangelo painted for four years') nor before the
    clause's own verb ('The town founded by settlers in 1850 grew')."""
    if i <= start + 1 or i + 1 >= len(tokens) or tokens[i].lower not in en.MAKING_VERBS:
        return False
    if tokens[start].tag not in {"DT", "CD"} or tokens[i - 1].tag not in {"NN", "NNS"}:
        return False
    return tokens[i + 1].tag == "IN" and not any(t.tag in FINITE for t in tokens[i + 1 :])


def _participle_aside(tokens: list[Token], i: int, end: int) -> bool:
    """A past form right after a comma, closed by another comma before the real verb."""
    if tokens[i].tag != "VBD" or i == 0 or tokens[i - 1].text != ",":
        return False
    closing = next((j for j in range(i + 1, end) if tokens[j].text == ","), None)
    return closing is not None and any(t.tag in FINITE for t in tokens[closing + 1 : end])


def verb_group_end(tokens: list[Token], verb: int) -> int:
    """End of the verb group starting at *verb*: auxiliaries, adverbs, participles."""
    end = verb + 1
    last_verb = tokens[verb]
    i = verb + 1
    while i < len(tokens):
        token = tokens[i]
        if token.tag == "RB" or token.lower == "n't":
            i += 1
            continue
        auxiliary = (
            last_verb.tag == "MD" or last_verb.lower in en.BE_FORMS | en.HAVE_FORMS | en.DO_FORMS
        )
        if token.tag in {"VB", "VBN", "VBG"} and auxiliary:
            last_verb = token
            i += 1
            end = i
            continue
        break
    return end


def _main_after_subordinate(tokens: list[Token], end: int) -> Clause | None:
    """'While many civilians supported the war, others voiced opposition': the main clause
    after a leading subordinate clause, at the first comma after which one begins."""
    for comma in (i for i in range(1, end) if tokens[i].text == ","):
        verb = _finite_verb(tokens, comma + 1, end)
        if verb is None:
            return None
        clause = _clause_from(tokens, comma + 1, verb, end)
        if clause is not None:
            return clause
    return None


def _clause_from(tokens: list[Token], start: int, verb: int, end: int) -> Clause | None:
    """The clause whose subject runs from *start* (after its leading adverbials) to *verb*."""
    lead = start + _lead_end(tokens[start:], verb - start)
    subject_tags = {t.tag for t in tokens[lead:verb]}
    if not subject_tags & (NOUNS | {"EX"}) or (
        tokens[lead].tag in {"IN", "TO", "CC", "WDT", "WP", "WRB"}
        and not (is_approximator(tokens, lead))
    ):
        return None
    return Clause(lead, (lead, verb), (verb, verb_group_end(tokens, verb)), end)


def analyse(tokens: list[Token]) -> Clause | None:
    """Find subject and verb group of a declarative clause, or None when it has no such shape."""
    end = len(tokens)
    while end and tokens[end - 1].tag in {".", ":", "''"}:
        end -= 1
    if tokens and tokens[0].lower in en.LEADING_SUBORDINATORS:
        main = _main_after_subordinate(tokens, end)
        if main is not None:
            return main  # else a preposition: "Since 2007 the program has ..."
    verb = _finite_verb(tokens, 0, end)
    if verb is None:
        return None
    return _clause_from(tokens, 0, verb, end)


def is_negated(tokens: list[Token], clause: Clause) -> bool:
    """True when the verb group carries 'not', 'n't' or 'never', or its object is 'no ...'
    ('Dylan made no public comment on Thursday': reading n6 found that day no fact), unless
    'until' says when it changed ('The church had no roof until 1850')."""
    if any(t.lower in {"not", "n't", "never"} for t in tokens[slice(*clause.verb)]):
        return True
    after = clause.verb[1]
    no_object = after < len(tokens) and tokens[after].lower == "no"
    return no_object and not any(t.lower in {"until", "till"} for t in tokens[after : clause.end])


def auxiliary(tokens: list[Token], clause: Clause) -> int | None:
    """Index of the verb to move before the subject in a question, or None (do-support)."""
    first = tokens[clause.first_verb]
    group_verbs = [t for t in tokens[slice(*clause.verb)] if t.tag in VERBS]
    if first.tag == "MD" or first.lower in en.BE_FORMS:
        return clause.first_verb
    if first.lower in en.HAVE_FORMS | en.DO_FORMS and len(group_verbs) > 1:
        return clause.first_verb
    return None
