"""Stage 3: question stems. A grammatical WH-question where the statement's shape allows one
("In which year was NATO formed?"), otherwise a cloze with a blank in place of the key."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import EllipsisType

from quiz.generator import answers as A
from quiz.generator import clauses
from quiz.generator.entities import ORGANIZATION, PERSON, PLACE, coarse_place
from quiz.generator.lang import en, en_names
from quiz.generator.lexicon import Lexicon, plural
from quiz.generator.tokens import Token

BLANK = "____"
_NO_SPACE_BEFORE = (
    frozenset({",", ".", ";", ":", "?", "!", "'", "%", ")", "]", "-RRB-"}) | en.CLITICS
)
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "£", "€", "-LRB-"})
_CLOSING_QUOTES = frozenset({'"', "''", "\u201d", "'", "\u2019"})


@dataclass(frozen=True, slots=True)
class Stem:
    """The stem's text and whether it is a WH-question (else a cloze)."""

    text: str
    wh: bool


def _doubled_stop(prior: str, previous: str, piece: str) -> bool:
    """A full stop the sentence already has: 'A.M.P.A.S.' ends it with its own, and so does
    a quotation closed after one ('suspicious of "popery."')."""
    if piece != ".":
        return False
    quoted_stop = previous in _CLOSING_QUOTES and prior.endswith((".", "?", "!"))
    return previous.endswith(".") or quoted_stop


def render(words: list[Token | str]) -> str:
    """Join tokens into text with ordinary spacing and quotes."""
    text = ""
    quotes = 0
    previous = prior = ""
    before: Token | str = ""
    for word in words:
        piece = word if isinstance(word, str) else word.text
        if not piece or _doubled_stop(prior, previous, piece):
            continue
        glue = not text or piece in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER
        glue = glue or (bool(_JOINERS & {piece, previous}) and _touching(before, word))
        if piece == '"':
            quotes += 1
            glue = glue or quotes % 2 == 0
        elif previous == '"' and quotes % 2 == 1:
            glue = True
        text += piece if glue else " " + piece
        prior, previous, before = previous, piece, word
    return text


_JOINERS = frozenset({"-", "°"})  # written as in the source: 'U.S.-owned', '40.7 °C'


def _touching(before: Token | str, word: Token | str) -> bool:
    """Whether two tokens were written without a space between them in the source: the hyphen
    of 'U.S.-owned', not the spaced one of 'Scientology - owned'; '°C'."""
    if isinstance(before, str) or isinstance(word, str):
        return False
    return before.end >= 0 and word.start >= 0 and word.start == before.end


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_proper_adjective(token: Token) -> bool:
    return token.tag == "JJ" and (
        token.text in en_names.DEMONYMS or token.text.endswith(("an", "ese", "ish", "ic"))
    )


def _lower_first(
    token: Token, lexicon: Lexicon | None = None, following: Token | None = None
) -> Token | str:
    """A sentence-initial word moved inside a question loses its capital, names keep theirs
    (a person WordNet knows too, whom the tagger read as a noun: 'was Napoleon crowned'), but
    for a participle the tagger read as a name before a common noun ('did Forced coffee
    cultivation linger', reading n12)."""
    participle = (
        lexicon is not None
        and following is not None
        and following.text[:1].islower()
        and token.lower.endswith(("ed", "ing"))
        and lexicon.verb_base(token.lower) is not None
    )
    if participle:
        return token.text[:1].lower() + token.text[1:]
    if token.tag in {"NNP", "NNPS"} or token.text == "I" or _is_proper_adjective(token):
        return token
    if lexicon is not None and token.text.istitle() and lexicon.person(token.text) is not None:
        return token
    if len(token.text) > 1 and token.text.isupper():
        return token
    return token.text[:1].lower() + token.text[1:]


def type_noun(answer: A.Answer) -> str | None:
    """'country', 'news agency', 'peninsula': the noun of 'Which ... ?' for a name."""
    if answer.unit:
        noun = answer.unit.lower()
    elif answer.kind == PLACE:
        coarse = coarse_place(answer.group)
        noun = coarse if coarse in en.WHICH_PLACE_NOUNS else None  # a capital is asked as a city
    elif answer.kind == ORGANIZATION:
        noun = (
            answer.group
            if answer.group in {"news agency", "newspaper", "broadcaster"}
            else ("organization")
        )
    else:
        noun = None
    if noun and answer.pair:
        return plural(noun)
    return noun


def _count_phrase(tokens: list[Token], answer: A.Answer) -> str:
    approximate = tokens[answer.phrase[0]].lower if answer.phrase[0] < answer.start else ""
    base = "how old" if answer.group == A.AGE else f"how many {answer.unit}"
    return f"{approximate} {base}" if approximate in en.KEPT_APPROXIMATORS else base


def wh_phrase(
    tokens: list[Token],
    answer: A.Answer,
    preposition: str | None,
    role: str,
    *,
    motion: bool = False,
) -> str | None:
    """The question phrase replacing the answer's phrase, or None when no natural one exists.

    *role* is 'subject', 'object' (right after the verb) or 'prepositional'; *motion* says the
    verb moves something, so 'to X' is a destination ('deployed to Poland') and not a result
    ('changed to Azerbaijan').
    """
    kind = answer.kind
    prep = (preposition or "").lower()
    if kind == A.YEAR:
        table = {
            "in": "in which year",
            "during": "in which year",
            "since": "since which year",
            "by": "by which year",
            "until": "until which year",
            "from": "from which year",
        }
        return table.get(prep) if role == "prepositional" else None
    if kind == A.DATE:
        unit = "month" if answer.group == "month" else "date"
        if role != "prepositional":
            return None
        if prep in {"in", "on"}:
            return f"{'in' if unit == 'month' else 'on'} which {unit}"
        return f"{prep} which {unit}" if prep in {"by", "since", "until", "from"} else None
    if kind == A.COUNT:
        phrase = _count_phrase(tokens, answer)
        if role == "prepositional":
            return f"{prep} {phrase}" if prep in {"by", "with", "for", "of"} else None
        return phrase
    if kind == A.PERCENTAGE:
        return f"{prep} what percentage" if role == "prepositional" else "what percentage"
    if kind == A.MONEY:
        if role == "object":
            return "how much"
        return "for how much" if prep == "for" else None
    if kind == PERSON:
        if role == "subject":
            return "who"
        if role == "object":
            return "whom"
        return (
            f"{prep} whom" if prep in {"with", "by", "to", "for", "from", "against", "on"} else None
        )
    noun = type_noun(answer)
    if kind == PLACE and role == "prepositional" and prep in en.WHERE_PREPOSITIONS:
        if prep in en.DESTINATION_PREPOSITIONS and not motion:
            return None
        return "where"
    if kind in {PLACE, ORGANIZATION} and noun:
        if role != "prepositional":
            return f"which {noun}"
        return f"{prep} which {noun}" if prep in en.WHICH_PREPOSITIONS else None
    return None


def _trailing_lead(tokens: list[Token], clause: clauses.Clause) -> list[Token | str] | None:
    """Leading adverbials to append to a question, minus commas; discourse words drop. None
    when a lead that cannot move holds a number or a name ('Already in 1905, ...'): the
    question would lose its time."""
    kept: list[Token | str] = []
    segment: list[Token] = []
    for token in tokens[: clause.lead_end]:
        if token.text != ",":
            segment.append(token)
            continue
        # Prepositional leads move to the end; discourse words, participles and CCs drop.
        if (
            segment
            and not (len(segment) == 1 and segment[0].lower in en.DISCOURSE_WORDS)
            and segment[0].tag in {"IN", "TO"}
            and segment[0].lower not in en.CONCESSIVE_LEADS
        ):
            kept.extend([_lower_first(segment[0]), *segment[1:]])
        elif any(t.tag in {"CD", "NNP", "NNPS"} for t in segment[1:]):
            return None
        segment = []
    return kept


def _embedded(tokens: list[Token], start: int, end: int) -> bool:
    """True when tokens[start:end] crosses into another clause (a that-, wh- or finite clause)."""
    return any(
        t.tag in clauses.FINITE
        or t.tag in {"WDT", "WP", "WP$", "WRB"}
        or t.lower in {"that", "whether"}
        for t in tokens[start:end]
    )


def _coordinated_verbs(tokens: list[Token], start: int, end: int) -> bool:
    """True for '... annexed Crimea and supported a rebellion' or 'supported X, formed Y': a
    second verb shares the subject."""
    verbs = clauses.FINITE | {"VBN"}
    return any(
        (t.lower in {"and", "but"} or t.text == ",")
        and any(u.tag in verbs for u in tokens[i + 1 : i + 3])
        and tokens[i + 1].tag in verbs | {"RB"}
        for i, t in enumerate(tokens[start : end - 1], start)
    )


def _question(words: list[Token | str]) -> str:
    words = [w for w in words if getattr(w, "lower", w) != "also"]  # "Which island is also ...?"
    while words and (words[-1] == "," or getattr(words[-1], "text", "") == ","):
        words = words[:-1]  # "... in Surrey, England, (in 1894)?"
    return _capitalise(render([*words, "?"]))


def _inverted(
    tokens: list[Token],
    clause: clauses.Clause,
    rest: list[Token | str],
    lexicon: Lexicon | None,
    *,
    when: bool = False,
) -> list[Token | str] | None:
    """Subject-auxiliary inversion, with do-support when the verb has no auxiliary. None for a
    question of *when* on a perfect: 'In which month had Santa Anna besieged San Antonio?' is
    ungrammatical (tuning reading t15), and 'did ... besiege' can be false ('In 1520, Cortés
    had entered the Aztec capital' tells where he was by 1520: an independent review); a
    cloze keeps the text's tense."""
    subject = tokens[slice(*clause.subject)]
    if not subject:
        return None
    moved: list[Token | str] = [
        _lower_first(subject[0], lexicon, next(iter(subject[1:]), None))
        if clause.subject[0] == 0
        else subject[0],
        *subject[1:],
    ]
    verb_start, verb_end = clause.verb
    aux = clauses.auxiliary(tokens, clause)
    if aux is not None and when and tokens[aux].lower in en.HAVE_FORMS:
        return None  # a perfect: 'In 1520, Cortés had entered' may mean by 1520, not in it
    if aux is not None:
        others = [t for i, t in enumerate(tokens[verb_start:verb_end], verb_start) if i != aux]
        return [tokens[aux].lower, *moved, *others, *rest]
    main = tokens[verb_start]
    base = lexicon.verb_base(main.text) if lexicon else None
    if base is None or main.tag not in en.DO_SUPPORT:
        return None
    return [en.DO_SUPPORT[main.tag], *moved, base, *tokens[verb_start + 1 : verb_end], *rest]


def _active_count(
    tokens: list[Token], clause: clauses.Clause, answer: A.Answer, rest: list[Token | str]
) -> str | None:
    """'NATO was formed in 1949 by 12 countries' -> 'How many countries formed NATO in 1949?'"""
    group = [t for t in tokens[slice(*clause.verb)] if t.tag in clauses.VERBS]
    if len(group) != 2 or group[0].lower not in {"was", "were"} or group[1].tag != "VBN":
        return None
    if not group[1].lower.endswith("ed"):
        return None  # irregular participles differ from the past tense (written / wrote)
    subject = tokens[slice(*clause.subject)]
    obj = [_lower_first(subject[0]) if clause.subject[0] == 0 else subject[0], *subject[1:]]
    return _question([_count_phrase(tokens, answer), group[1].text, *obj, *rest])


_NP_TAGS = frozenset(
    {"DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "PRP"}
)


def _attaches_to_verb(
    tokens: list[Token], clause: clauses.Clause, preposition: int, answer: A.Answer
) -> bool:
    """Whether the prepositional phrase modifies the verb, so asking 'where/to whom' is sound.

    Time phrases nearly always do. Others must follow the verb, an adverb, or the verb's own
    object ('send troops to Europe'), not an adjective ('native to') or a noun after 'be'
    ('the northernmost city in the United States').
    """
    verb_end = clause.verb[1]
    if answer.kind in {A.YEAR, A.DATE}:  # unless it dates a participle after 'be'
        copula = tokens[verb_end - 1].lower in en.BE_FORMS
        if any(t.lower in en.BOUNDING_PREPOSITIONS for t in tokens[verb_end:preposition]):
            return False  # 'the first to carry Virginia since Johnson in 1964': Johnson's year;
            # 'made Taos his home from 1843 until shortly before his death in 1868': his death's
        return not (copula and any(t.tag == "VBN" for t in tokens[verb_end:preposition]))
    between = tokens[verb_end:preposition]
    start = 0
    while (
        start + 1 < len(between) and between[start].tag == "TO" and between[start + 1].tag == "VB"
    ):
        start += 2  # "plans to send more troops to Europe"
    between = between[start:]
    if all(t.tag in {"RB", "RP"} for t in between):
        return True  # right after the verb: "deployed to Poland", "moved back to Italy"
    if tokens[preposition - 1].tag.startswith("JJ"):
        return False  # "native to Africa"
    copula = tokens[verb_end - 1].lower in en.BE_FORMS
    return not copula and all(t.tag in _NP_TAGS | {"RB"} for t in between)


def _coordinated(tokens: list[Token], p0: int, p1: int) -> bool:
    """The phrase is one half of 'X and Y' (whose other half would stay behind), or of 'in X
    and in Y'."""
    after = tokens[p1].lower if p1 < len(tokens) else ""
    if p0 > 1 and tokens[p0 - 1].tag in {"IN", "TO"}:
        p0 -= 1  # 'in 1896 and in 2004' had asked 'held in 1896 and?'
    before = tokens[p0 - 1].lower if p0 else ""
    return after in {"and", "or"} or before in {"and", "or"}


# Kinds of amount that a WH-question cannot part from the 'of' phrase after them.
_WHOLE_BEFORE_OF = frozenset({A.PERCENTAGE, A.MONEY, A.COUNT})


def _starts_a_change(tokens: list[Token], p0: int, p1: int) -> bool:
    """Whether the time at tokens[p0:p1] dates the start of a change from one value to another
    ('from about 2.5 million pounds in 1760 to more than 50 million by 1800'): the change did
    not happen in that year, it began there."""
    start = next((k for k in range(max(0, p0 - 6), p0) if tokens[k].lower == "from"), None)
    if start is None or not any(t.tag == "CD" for t in tokens[start:p0]):
        return False  # 'returned from South Africa in 1915 to lead': from a place
    to = next((k for k in range(p1, min(p1 + 3, len(tokens))) if tokens[k].lower == "to"), None)
    return to is not None and to + 1 < len(tokens) and tokens[to + 1].tag != "VB"


def wh_question(
    tokens: list[Token], clause: clauses.Clause, answer: A.Answer, lexicon: Lexicon | None
) -> str | None:
    """A WH-question whose answer is *answer*, or None when the statement (of shape *clause*)
    does not allow one."""
    if clauses.is_negated(tokens, clause) or '"' in {t.text for t in tokens}:
        return None
    p0, p1 = answer.phrase
    if p0 and tokens[p0 - 1].lower == "the" and answer.kind == A.COUNT:
        p0 -= 1  # "the 8,500 troops" moves whole
    if answer.kind == A.YEAR and p1 < len(tokens) and tokens[p1].text in en.AD_ERAS:
        p1 += 1  # 'completed in 80 AD': no 'In which year was it completed AD?'
    if (p1 < len(tokens) and tokens[p1].tag == "POS") or _coordinated(tokens, p0, p1):
        return None
    if p1 < len(tokens) and tokens[p1].lower == "of" and answer.kind in _WHOLE_BEFORE_OF:
        return None  # "For what percentage did IE account of the market?", 'How many km does
        # Zermatt have of slopes?': a cloze keeps the amount with what it measures
    if answer.kind in A.TIME_KINDS and any(
        t.lower == "only" for t in tokens[clause.verb[0] - 1 : p0]
    ):
        return None  # 'In which year did the Green Vault only reopen?': a cloze keeps 'only'
    if p0 < answer.start and tokens[p0].lower in en.BOUND_APPROXIMATORS:
        return None  # 'How many did it kill?' of 'over 2,000': a cloze keeps the bound
    if answer.kind in A.TIME_KINDS and _starts_a_change(tokens, p0, p1):
        return None  # 'rose from 2.5 million pounds in ____ to 50 million by 1800' (n12)
    if p1 < clause.end and tokens[p1].tag in clauses.FINITE and p0 > clause.subject[1]:
        return None  # the subject of an embedded clause
    s0, s1 = clause.subject
    if any(
        t.tag == "TO" and tokens[k - 1].tag == "NNP" and tokens[k + 1].tag == "NNP"
        for k, t in enumerate(tokens[s0 + 1 : s1 - 1], s0 + 1)
    ):
        return None  # a route: 'Maun to Kasane via Nata is about 600 km' ('How many km is ...?')
    verb_end = clause.verb[1]
    tail = _trailing_lead(tokens, clause)
    if tail is None:
        return None
    if (
        s0 <= p0
        and p1 == s1
        and all(t.tag in {"NNP", "JJ", "DT"} for t in tokens[s0:p0])
        and (p0 == s0 or (answer.entity is not None and answer.entity.title))
    ):
        phrase = wh_phrase(tokens, answer, None, "subject")
        if phrase is None:
            return None
        return _question([phrase, *tokens[s1 : clause.end], *tail])
    if answer.kind == A.COUNT and p0 == s0 and p1 < s1:  # "About 2,000 troops from Fort Bragg ..."
        return _question([_count_phrase(tokens, answer), *tokens[p1 : clause.end], *tail])
    lead_rest = tokens[p1 : clause.lead_end]
    if (
        p0 == 1
        and p1 <= clause.lead_end
        and all(t.text == "," for t in lead_rest)
        and (tokens[0].tag in {"IN", "TO"})
    ):  # "In 1095, ..."
        phrase = wh_phrase(tokens, answer, tokens[0].text, "prepositional")
        when = _asks_when(answer, tokens[0].text)
        body = _inverted(tokens, clause, list(tokens[verb_end : clause.end]), lexicon, when=when)
        return _question([phrase, *body]) if phrase and body else None
    if p0 < verb_end or p1 > clause.end or _embedded(tokens, verb_end, p0):
        return None
    if _coordinated_verbs(tokens, verb_end, clause.end):
        return None
    if any(
        t.tag == "CC" and (tokens[i + 1].tag in clauses.VERBS or tokens[i - 1].text == ",")
        for i, t in enumerate(tokens[verb_end:p0], verb_end)
    ):
        return None  # the phrase belongs to a second, coordinated part: "held ... and hosted by"
    if answer.kind in A.TIME_KINDS and _second_of_two_times(tokens, verb_end, p0):
        return None  # 'came under Swedish rule in 1561 and Russian rule in ____'
    rest: list[Token | str] = [*tokens[verb_end:p0], *tokens[p1 : clause.end], *tail]
    if p0 == verb_end:
        role, preposition = "object", None
    elif tokens[p0 - 1].tag in {"IN", "TO"} and p0 - 1 >= verb_end and tokens[p0 - 1].lower != "of":
        if not _attaches_to_verb(tokens, clause, p0 - 1, answer):
            return None
        if tokens[p0 - 2].tag == "VBG":  # "starting from ____" would leave "starting?" behind
            return None
        if tokens[p0 - 2].lower == "than":  # 'more visitors than in ____': a comparison's term
            return None
        role, preposition = "prepositional", tokens[p0 - 1].text
        rest = [*tokens[verb_end : p0 - 1], *tokens[p1 : clause.end], *tail]
    else:
        return None
    if answer.kind == A.COUNT and preposition and preposition.lower() == "by":
        active = _active_count(tokens, clause, answer, rest)
        if active:
            return active
    verbs = [t for t in tokens[clause.verb[0] : p0] if t.tag in clauses.VERBS]
    bases = {(lexicon.verb_base(t.text) if lexicon else None) or t.lower for t in verbs}
    phrase = wh_phrase(tokens, answer, preposition, role, motion=bool(bases & en.MOTION_VERBS))
    if phrase is None:
        return None
    body = _inverted(tokens, clause, rest, lexicon, when=_asks_when(answer, preposition))
    return _question([phrase, *body]) if body else None


def _second_of_two_times(tokens: list[Token], verb_end: int, p0: int) -> bool:
    """Whether a time phrase at *p0* follows 'and' after another figure of the predicate: each
    figure times its own half ('Swedish rule in 1561 and Russian rule in 1710'), and a question
    on the second would leave the first asked about its half."""
    conjunction = next(
        (i for i in range(p0 - 1, verb_end - 1, -1) if tokens[i].lower in {"and", "or"}), None
    )
    return conjunction is not None and any(t.tag == "CD" for t in tokens[verb_end:conjunction])


def _time_of_a_past_perfect(tokens: list[Token], clause: clauses.Clause, answer: A.Answer) -> bool:
    """A time asked of a clause in the past perfect ('In ____, the German Confederation had
    been signatories', 'Santa Anna had besieged San Antonio in ____'): the tense says the fact
    held by then, so later times fit too, and readers found the tense clash ungrammatical
    (tuning readings accepted 7 of 21 such stems). 'By ____, ... had' asks what it means."""
    group = [t.lower for t in tokens[slice(*clause.verb)] if t.tag in clauses.VERBS]
    lead = tokens[answer.phrase[0] - 1].text if answer.phrase[0] else None
    return group[:1] == ["had"] and len(group) > 1 and _asks_when(answer, lead)


def _asks_when(answer: A.Answer, preposition: str | None) -> bool:
    """Whether a question asks the time of an event: not 'By which year had ...?', whose
    past perfect the preposition needs."""
    return answer.kind in A.TIME_KINDS and (preposition or "").lower() not in en.PERFECT_LEADS


def cloze(tokens: list[Token], answer: A.Answer) -> str:
    """The statement with a blank for the key ('a(n)' before it: no article gives it away)."""
    words: list[Token | str] = []
    opening = (
        2
        if len(tokens) > 2 and tokens[0].lower in en.DISCOURSE_WORDS and tokens[1].text == ","
        else 0
    )
    comma_moves = _month_comma_before(tokens, answer)  # "In May, 1750 he" -> "In May ____, he"
    perfect = _perfect_before_a_time(tokens, answer)
    for i, token in enumerate(tokens):
        if perfect is not None and i in (perfect, perfect + 1):
            if i == perfect:
                words.append("was" if token.lower == "has" else "were")
            continue  # "has been demonstrated in the late ____" -> "was demonstrated ..."
        if i < opening and answer.start >= opening:
            continue  # "Furthermore, ..." reads badly once the sentence stands alone
        if answer.start <= i < answer.end:
            if i == answer.start:
                words.append(BLANK)
            if i == answer.end - 1 and comma_moves:
                words.append(",")
            continue
        if i == answer.start - 1 and comma_moves:
            continue
        if i == answer.start - 1 and token.lower in {"a", "an"}:
            words.append("a(n)" if token.text.islower() else "A(n)")
            continue
        if i == answer.start - 1 and token.lower == "the" and _options_drop_the(tokens, answer):
            continue  # "The ____ still has" -> "____ still has": 'the Netherlands' and 'Peru'
        words.append(token)
    return _capitalise(render(words))


def _perfect_before_a_time(tokens: list[Token], answer: A.Answer) -> int | None:
    """Where a present perfect passive stands right before the time a cloze asks ('has been
    demonstrated in the late ____': tuning reading t15, ungrammatical with a time of the
    past), so that it is written in the past; None elsewhere ('since ____' needs it)."""
    if answer.kind not in A.TIME_KINDS:
        return None
    lead = answer.start - 1
    while lead > 0 and tokens[lead].lower in en.TIME_POINT_MODIFIERS:
        lead -= 1
    if lead < 3 or tokens[lead].lower not in en.TIME_POINT_PREPOSITIONS:
        return None
    has, been, done = tokens[lead - 3 : lead]
    if has.lower not in {"has", "have"} or been.lower != "been" or done.tag != "VBN":
        return None
    if any(t.lower in en.PERFECT_SPANS for t in tokens):
        return None  # 'has been run in early May since 1875' needs its perfect
    return lead - 3


def _month_comma_before(tokens: list[Token], answer: A.Answer) -> bool:
    """A year key written after its month and a comma, before the clause goes on: 'In May,
    1750 he was elected' (a blank after the comma reads as a list, tuning reading t13)."""
    following = tokens[answer.end] if answer.end < len(tokens) else None
    return (
        answer.kind == A.YEAR
        and answer.start >= 2
        and tokens[answer.start - 1].text == ","
        and tokens[answer.start - 2].text in en.MONTHS
        and following is not None
        and following.text[:1].isalnum()
    )


def _options_drop_the(tokens: list[Token], answer: A.Answer) -> bool:
    """Whether a 'the' before the key goes into the blank: before an organisation or a
    country, whose options may or may not take it; not before a natural feature, whose options
    all do ('south of the ____': Sahara, Kalahari), nor when it belongs to a name the key
    begins ('the ____ 2012 Olympics')."""
    if answer.end < len(tokens) and tokens[answer.end].tag in {"NNP", "NNPS", "CD"}:
        return False
    if answer.kind == ORGANIZATION:
        return True
    return answer.kind == PLACE and coarse_place(answer.group) in _PLACES_WITHOUT_THE


_PLACES_WITHOUT_THE = frozenset({"city", "state", "country", "continent", "place"})


def _says_enough(question: str, least: int = 3) -> bool:
    """At least *least* content words: 'Who was brought up?' and 'In ____.' cannot be answered
    from the stem."""
    words = [w.lower() for w in _WORDS.findall(question)]
    return sum(w not in en.FUNCTION_WORDS for w in words) >= least


_WORDS = re.compile(r"[A-Za-z0-9']+")


def _list_sizes(tokens: list[Token]) -> set[int]:
    """How many items an 'A, B and C' list of the statement may have.

    'two young pigs, Snowball and Napoleon' has two or three (an apposition and a list read
    alike), so every count from two up to the longest reading is returned.
    """
    sizes = set()
    for i, token in enumerate(tokens):
        if token.lower not in {"and", "or"} or i == 0:
            continue
        items, j = 2, i - 1 - (tokens[i - 1].text == ",")
        while True:
            comma = j
            while comma >= 0 and j - comma < 6 and tokens[comma].text not in {",", ":", ";"}:
                comma -= 1
            if comma < 0 or tokens[comma].text != "," or j - comma >= 6:
                break
            items, j = items + 1, comma - 1
        sizes.update(range(2, items + 1))
    return sizes


def _describes_many(tokens: list[Token], clause: clauses.Clause | None, answer: A.Answer) -> bool:
    """'Which country has a high HDI?': a subject question whose predicate fits many others."""
    if clause is None or answer.kind not in {PERSON, PLACE, ORGANIZATION}:
        return False
    if not (clause.subject[0] <= answer.start and answer.end <= clause.subject[1]):
        return False
    group = tokens[clause.verb[0] : clause.verb[1]]
    if {t.lower for t in group} - en.BE_FORMS - en.HAVE_FORMS - {"not"}:
        return False
    predicate = tokens[clause.verb[1] : clause.end]
    specific = any(
        t.tag in {"CD", "JJS", "RBS"}
        or t.lower in en.SPECIFIC_WORDS
        or (t.tag in {"NNP", "NNPS"} and not t.text.isupper())  # a name; not "HDI", "NATO"
        for t in predicate
    )
    return bool(predicate) and predicate[0].lower in {"a", "an"} and not specific


MAX_WH_TOKENS = 30


def _plain_clause(tokens: list[Token], clause: clauses.Clause) -> bool:
    """A clause simple enough to turn into a question safely: no comma or quotation after its
    leading adverbial, and not long. Anything else becomes a cloze of the statement as written."""
    if len(tokens) > MAX_WH_TOKENS:
        return False
    body = tokens[clause.lead_end : clause.end]
    if any(t.text in {",", '"', ";", ":", "--"} or t.tag in {"WDT", "WP", "WP$"} for t in body):
        return False
    predicate_start = clause.verb[1]  # not 'X and his partner Y won'
    return not any(  # a second clause or verb coordinated with the first: "was born but her
        t.tag == "CC"  # parents ...", "edited Oxford Poetry and in June graduated" (devset d1)
        and (
            t.lower == "but"
            or any(u.tag in clauses.VERBS for u in body[i + 1 : i + 5])
            or (
                clause.lead_end + i >= predicate_start
                and any(u.tag in clauses.FINITE for u in body[i + 1 :])
            )
        )
        for i, t in enumerate(body)
    )


def build(
    tokens: list[Token],
    answer: A.Answer,
    lexicon: Lexicon | None,
    *,
    clause: clauses.Clause | EllipsisType | None = ...,
) -> Stem | None:
    """A WH-question when possible, else a cloze; None when no fair stem exists.

    *clause* is the statement's clause (``simplify.Statement.clause``); left out, the tokens are
    analysed here. Unfair: a count the stem lists ('the three orders are A, B and C'), or a
    description so general that distractors would fit it too ('Albania has a high HDI').
    """
    if isinstance(clause, EllipsisType):
        clause = clauses.analyse(tokens)
    if clause is not None and clauses.is_negated(tokens, clause):
        return None  # item-writing rule: no negative stems
    if answer.kind == A.COUNT and answer.value in _list_sizes(tokens[answer.phrase[1] :]):
        return None
    if _describes_many(tokens, clause, answer):
        return None
    if clause is not None and _time_of_a_past_perfect(tokens, clause, answer):
        return None
    question = None
    if clause is not None and _plain_clause(tokens, clause):
        question = wh_question(tokens, clause, answer, lexicon)
    if question and _says_enough(question):
        return Stem(question, True)
    text = cloze(tokens, answer)
    if not (text[:1].isalnum() or text.startswith(BLANK)) or not _says_enough(text, 2):
        return None
    return Stem(text, False)
