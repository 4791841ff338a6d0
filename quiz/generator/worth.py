"""Which keys test a fact worth learning: not a speaker, an example, one end of a range, a
time that others share ("by ____", "as early as ____", a lasting state), a news story's day of
a statement, a plan or a minor event of its own, nor a key the stem gives away ("the Marshall
Plan, named for ____")."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from quiz.generator import answers as A
from quiz.generator import entities, places, resources, times
from quiz.generator import tokens as tok
from quiz.generator.clauses import FINITE, VERBS, Clause
from quiz.generator.entities import ORGANIZATION, PERSON, PLACE, Entity
from quiz.generator.lang import en, en_names


def _speaker(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """The key is who said something ('Who said ...?', '____, an Ottawa MP, said ...', 'Who is
    quoted as thanking the Academy?'), or a name in what someone said ('Wilkins said ____ was an
    artist'): neither is worth learning."""
    following = tokens[answer.end :]
    before = tokens[: answer.start]
    verb = next((i for i, t in enumerate(following) if t.tag in {"VBD", "VBZ", "VBP"}), None)
    group = tuple(t.lower for t in following[verb : verb + 3]) if verb is not None else ()
    said = bool(group) and group[0] in en.REPORTING_VERBS
    quoted = bool(group) and group[0] in en.BE_FORMS and group[1:] == en.QUOTED_AS
    return said or quoted or any(t.lower in en.REPORTING_VERBS for t in before)


def day_of_no_event(tokens: tuple[tok.Token, ...], answer: A.Answer, text_date: dt.date) -> bool:
    """A news story's day that dates no event: of a statement ('Microsoft announced on ____
    that'), of a figure ('as of ____, IE6 has 277 vulnerabilities') or of a plan ('On ____,
    Mohamed and his father are to travel', 'plans to release', 'are scheduled to meet').
    Tuning reading t13 rejected each as trivia. So is the day of one of the story's own minor
    events (see :func:`_minor_day`)."""
    if answer.kind != A.DATE:
        return False
    start, end = _own_clause(tokens, answer)
    if _minor_day(tokens[start:end], answer, text_date):
        return True
    before = [t.lower for t in tokens[max(0, answer.phrase[0] - 2) : answer.phrase[0]]]
    planned = any(
        t.lower == "will" or (t.lower == "to" and i > 0 and tokens[i - 1].lower in en.PLAN_WORDS)
        for i, t in enumerate(tokens[start:end], start)
    )
    return before == ["as", "of"] or planned or _speaker(tokens, answer)


def _minor_day(clause: tuple[tok.Token, ...], answer: A.Answer, text_date: dt.date) -> bool:
    """The day of a minor event of the story the text tells: a day near the text's own date
    whose *clause* tells of a visit, a reception, a meeting or a hand-over (MINOR_EVENT_VERBS:
    'On ____ Ahmed Mohamed received VIP attention at Google headquarters', 'someone who gave
    it to the CBC on ____'), or, but for the story's own day, of no deaths, attack or disaster
    (MAJOR_EVENT_WORDS). Both tuning readers of t15 and t16 rejected those two as trivia and
    accepted the days of an artillery attack and of a crane's fall killing 107; written news
    readings accepted 9 of 30 other days of a story (an autopsy, a scrubbed launch, an
    evacuation: n1-n13)."""
    day = times.day_named(answer.text)
    if day is None or abs((text_date - day).days) > times.RECENT_DAYS:
        return False
    if any(t.lower in en.MINOR_EVENT_VERBS and t.tag.startswith("VB") for t in clause):
        return True
    return day != text_date and not any(t.lower in en.MAJOR_EVENT_WORDS for t in clause)


def _own_clause(tokens: tuple[tok.Token, ...], answer: A.Answer) -> tuple[int, int]:
    """The span of the coordinated clause holding the key: '..., and tomorrow he plans to
    meet ...' is not the clause of 'Yesterday Mohamed received ... on ____'."""
    bounds = [
        i
        for i in range(1, len(tokens))
        if (tokens[i].tag == "CC" and tokens[i - 1].text == ",") or tokens[i].text == ";"
    ]
    start = max((i for i in bounds if i < answer.start), default=0)
    end = min((i for i in bounds if i >= answer.end), default=len(tokens))
    return start, end


def _example(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'all European nations, including ____': the key is one member of a set or list."""
    start = min(answer.start, answer.phrase[0])
    before = [t.lower for t in tokens[max(0, start - 4) : start]]
    if any(w in en.EXAMPLE_LEADS for w in before) or "such as" in " ".join(before):
        return True
    if before and before[-1] in {"and", "or"}:
        return "," in [t.text for t in tokens[max(0, start - 8) : start - 1]]
    return False


def _dated(tokens: tuple[tok.Token, ...], _answer: A.Answer) -> bool:
    """A month or day is a fact only with its year, in the key or the stem."""
    return any(A.YEAR_PATTERN.match(t.text) for t in tokens)


def gives_away(
    tokens: tuple[tok.Token, ...], answer: A.Answer, names: list[Entity], context: list[str]
) -> bool:
    """The stem names a person key's surname ('the Marshall Plan, named for ____'), a place
    key's country another way ('an Iraqi family ... in ____': Iraq), a word made from its name
    ('trans-Saharan': Sahara) or a place inside it ('Northeast Ohio ... in ____': United
    States); or a name holds a year key's own year ('In which year was Windows 95 expected?',
    see :func:`_year_in_a_name`)."""
    stem_words = {t.text for i, t in enumerate(tokens) if not answer.start <= i < answer.end}
    if answer.kind == PERSON:
        return answer.text.split()[-1] in stem_words  # "the Marshall Plan for ... ____"
    if answer.kind == A.DATE:
        return _holiday_of(tokens, answer) or _month_counted_from_a_month(tokens, answer)
    if answer.kind == A.YEAR:
        return _year_in_a_name(tokens, answer)
    if answer.kind == A.DECADE:
        return _decade_beside_a_decade(tokens, answer)
    if answer.kind != PLACE:
        return False
    if any(len(w) >= 3 and answer.text.startswith(w) for w in stem_words if w[:1].isupper()):
        return True  # "Lao was spoken in ____" (Laos)
    root = _name_root(answer.text)
    if root and any(root in w.lower() for w in stem_words):
        return True  # "trans-Saharan trade ... ____" (Sahara)
    key = entities.canonical(answer.text)
    if any(
        entities.canonical(en_names.DEMONYMS.get(t.text, "")) == key
        for i, t in enumerate(tokens)
        if not answer.start <= i < answer.end
    ):
        return True
    place = places.lookup(answer.text, context)
    if place is None:
        return False
    inside = (
        places.lookup(e.text, context) for e in names if e.kind == PLACE and e.start != answer.start
    )
    return any(p is not None and places.contains(place, p) for p in inside)


def _month_counted_from_a_month(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """A month key the stem counts to from another month ('reached Itokawa in September 2005,
    and spent two months studying it before ... in ____': November; reading n18), or that
    counts to the key's."""
    if not set(answer.text.replace(",", " ").split()) & set(en.MONTHS):
        return False
    outside = [t for i, t in enumerate(tokens) if not answer.start <= i < answer.end]
    counted = any(
        t.lower in {"month", "months"} and k > 0 and outside[k - 1].tag == "CD"
        for k, t in enumerate(outside)
    )
    return counted and any(t.text in en.MONTHS for t in outside)


def _decade_beside_a_decade(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """A decade joined to the one before or after it ('in the late ____ and early 1930s': the
    1920s; reading n18), which leaves the key one neighbour to choose from; not the far end of
    a span ('between the early ____ and the 1860s')."""
    near = range(max(0, answer.start - 4), min(len(tokens), answer.end + 4))
    for i in near:
        if answer.start <= i < answer.end or not A.DECADE_PATTERN.match(tokens[i].text):
            continue
        between = tokens[min(i, answer.end) : max(i, answer.start)]
        joined = any(t.lower in {"and", "or", "to", "-", "\u2013"} for t in between)
        if joined and abs(int(tokens[i].text[:4]) - (answer.value or 0)) == DECADE_YEARS:
            return True
    return False


DECADE_YEARS = 10


def _year_in_a_name(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """A name ending in a number that is the year key's, or its last two figures, give or take
    one ('Windows 95' of 1994 or 1995, 'Euro 2004', 'Expo 67'; reading n14: 1994 was the obvious
    pick). Not 'Apollo 11' of 1969; nor a time ('November 1915', 'Sept. 1994', 'Christmas
    1994') or a numbered thing ('Article 68' of 1969: en.NUMBERED_NAME_HEADS)."""
    if answer.value is None:
        return False
    key = int(answer.value)
    for i in range(1, len(tokens)):
        if answer.start <= i < answer.end or not _a_name_s_word(tokens[i - 1]):
            continue
        figures = tokens[i].text
        if not figures.isdigit():
            continue
        if len(figures) == 2 and (key - int(figures)) % 100 in {0, 1, 99}:
            return True  # 'Windows 95' of 1994, 'Windows 98' of 1999
        if len(figures) == 4 and abs(key - int(figures)) <= 1:
            return True
    return False


def _a_share(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'three quarters of the oil': a fraction of something, not a count of quarters (a city
    'divided into four quarters of unequal size' has four)."""
    end = max(answer.end, answer.phrase[1])  # past its unit noun
    after = tokens[end].lower if end < len(tokens) else ""
    whole = en.FRACTION_NOUNS.get(answer.unit.lower(), 0)
    return after == "of" and (answer.value or 0) < whole


def _a_name_s_word(token: tok.Token) -> bool:
    """A capitalised noun that may begin a name ('Windows', 'Euro'), not a time ('November',
    'Christmas', 'Summer') nor a numbered thing ('Article')."""
    return (
        token.text[:1].isupper()
        and token.text.isalpha()
        and token.tag.startswith("NN")
        and token.text not in en.MONTHS
        and token.text not in en.WEEKDAYS
        and token.text not in en.AD_ERAS | en.BC_ERAS
        and token.lower not in en.HOLIDAY_WORDS | en.PERIOD_NOUNS
        and token.lower not in en.ABBREVIATIONS
        and token.lower not in en.NUMBERED_NAME_HEADS
    )


def _holiday_of(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """The stem names a day that falls on the key's date ('April Fool's pranks ... on ____':
    April 1)."""
    rest = " ".join(
        t.lower if t.tag != "NNP" or t.lower in en.HOLIDAY_WORDS else "|"
        for i, t in enumerate(tokens)
        if not answer.start <= i < answer.end
    )  # a name after the day's words is something else: 'Christmas Island'
    rest = rest.replace(" 's", "'s").replace(" ' s", "'s")
    month = _month_of(answer.text)
    return any(  # the month is given away too: 'as a Christmas gift' beside September
        date.split()[0] == month and re.search(rf"\b{re.escape(holiday)}\b(?! \|)", rest)
        for holiday, date in en.HOLIDAY_DATES.items()
    )


def _names_a_thing(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """Whether the number is part of a name: 'Interstate 16', 'Route 66' (reading n9)."""
    before = tokens[answer.start - 1] if answer.start else None
    return (
        before is not None and before.lower in en.NUMBERED_NAME_HEADS and before.text[0].isupper()
    )


def _month_of(date: str) -> str:
    """'April' of 'April 1, 2004', of '1 April 2004' and of 'April 2004'."""
    return next((w for w in date.replace(",", " ").split() if w in en.MONTHS), "")


def _name_root(name: str) -> str:
    """What words derived from a place's name share with it: 'sahar' of Sahara ('Saharan'),
    'sumatr' of Sumatra; empty for a name too short to tell."""
    word = max((w for w in name.split() if w not in en.FEATURE_WORDS), key=len, default="")
    root = word.lower().rstrip("aeiouy")
    return root if len(root) >= 5 else ""


def _part_of_a_name(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'Soviet ____' (Union): a capitalised word before the key makes it half a name."""
    if answer.start == 0:
        return False
    before = tokens[answer.start - 1]
    title = before.lower in en_names.TITLES
    return before.text[:1].isupper() and before.tag in {"NNP", "NNPS", "JJ"} and not title


def _bounded(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """The key is a time something had happened by: 'By ____, Villa was in power', 'by the
    middle of the ____ century'; or one of several it happened in: 'as early as the ____
    century', 'especially during the ____ century'."""
    i = answer.phrase[0] - 1
    while i >= 0 and tokens[i].lower in en.PART_OF_A_PERIOD:
        i -= 1
    if i < 0:
        return False
    lead = " ".join(t.lower for t in tokens[max(0, i - 2) : i + 1])
    return tokens[i].lower in en.UPPER_BOUND_LEADS or any(
        lead.endswith(words) for words in en.OPEN_TIME_LEADS
    )


def _lasting_state(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'In ____, Mexico was embroiled in violent conflict', 'In which year did IE account for 70
    percent of the market?': a state that lasts holds in the years around the key as well
    (tuning readings t8 to t13). Not the year it ended ('remained in power until ____'), a year
    another verb has ('Elected in ____, Washington remained in office'), nor a state told in a
    clause of its own ('where he remained')."""
    lead = answer.phrase[0] - 1
    if lead >= 0 and tokens[lead].lower in en.END_OF_A_STATE:
        return False
    verb = tokens[lead - 1] if lead >= 1 else None
    if verb is not None and verb.tag.startswith("VB") and verb.lower not in en.LASTING_STATES:
        return False
    for i, token in enumerate(tokens):
        if token.lower not in en.LASTING_STATES or not token.tag.startswith("VB"):
            continue
        low, high = sorted((i, answer.start))
        if not any(tokens[k].tag in {"WDT", "WP", "WRB"} for k in range(low, high)):
            return True
    return False


def _state_of_an_age(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'In the ____ century, the Qing dynasty ruled China as one of the largest states', 'In the
    early ____, moving goods across the United States was slow': a state held in the centuries
    or decades beside the key as well (reading n8 of written textbook pages). A verb of ruling
    or lasting, or 'was' with an adjective; not a ruling ('the court ruled that'), nor an age
    that a noun names ('touchstones of the ____')."""
    lead = next((t.lower for t in reversed(tokens[: answer.start]) if t.tag in {"IN", "TO"}), "")
    if lead not in en.DURING_WORDS:
        return False
    for i, token in enumerate(tokens):
        if answer.start <= i < answer.end or not token.tag.startswith("VB"):
            continue
        low, high = sorted((i, answer.start))
        if any(_verb_of_its_own(tokens, k) for k in range(low + 1, high)):
            continue  # 'was subject to incursions, beginning in the ____ century': an event's
        between = tokens[low + 1 : high]
        if any(t.tag == "CC" for t in between) or (
            i < answer.start and any(t.text == "," for t in between)
        ):
            continue  # 'ruled China from 1644, and in the 18th century it conquered Tibet'
        following = tokens[i + 1] if i + 1 < len(tokens) else tok.Token(".", ".")
        lasting = token.lower in en.LASTING_STATES | en.AGE_LONG_STATES
        if lasting and following.lower not in en.RULING_OBJECTS:
            return True
        if token.lower in en.BE_FORMS and following.tag == "JJ":
            return True
        after_to = tokens[i + 2].lower if i + 2 < len(tokens) else ""
        if token.lower in en.SEEMING_VERBS and following.lower == "to" and after_to == "be":
            return True  # 'In the ____, Iran appeared to be one of the most stable allies' (n16)
    return False


def _verb_of_its_own(tokens: tuple[tok.Token, ...], k: int) -> bool:
    """Whether tokens[k] is a verb that a time may belong to: a finite verb, a participle, or a
    participle phrase after a comma (', beginning with'); not a gerund subject ('moving goods
    ... was slow')."""
    verbs = FINITE | {"VBN"}
    tag = tokens[k].tag
    if tag == "VBG":  # after the clause's verb: 'In the early ____, moving goods' is a subject
        return tokens[k - 1].text == "," and any(t.tag in verbs for t in tokens[:k])
    return tag in verbs


def _year_of_a_figure(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'In ____, the population of Phoenix was 1.4 million', '... 40 percent of Americans lived
    in cities in ____': the year a figure was measured is trivia; the figure is the fact (ask
    it instead). The statement gives another number, names what was measured and has no verb
    of an event ('In 1994, Mandela won 62 percent of the vote' dates an election)."""
    measured = any(t.lower in en.STATISTIC_NOUNS for t in tokens)
    other = any(t.tag == "CD" and not answer.start <= i < answer.end for i, t in enumerate(tokens))
    verbs = [t.lower for t in tokens if t.tag.startswith("VB")]
    return measured and other and all(v in en.FIGURE_VERBS for v in verbs)


def _in_a_name(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """A number that ends a name ('Internet Explorer 6 has 277 vulnerabilities'): no noun
    after it says what it counts."""
    after = tokens[answer.end] if answer.end < len(tokens) else None
    verb = after is None or after.lower in en.BE_FORMS | en.HAVE_FORMS | en.DO_FORMS
    counted = not verb and after.tag in {"NN", "NNS", "JJ", "NNP", "NNPS"}  # ('6 has': NNS)
    return answer.start > 0 and tokens[answer.start - 1].tag in {"NNP", "NNPS"} and not counted


def _as_of(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'as of March 4, ____', 'As of January ____': the day a count was taken, not a fact
    (tuning reading t13 rejected 'as of ____, IE6 has 277 vulnerabilities' as trivia)."""
    start = min(answer.start, answer.phrase[0])
    before = [t.lower for t in tokens[max(0, start - 5) : start]]
    return any(before[i : i + 2] == ["as", "of"] for i in range(len(before) - 1))


def _range_end(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'from ____ to 1801', '2000-2050', 'either 2 or ____', 'the 1960s and ____': one end
    of a range or a choice; the stem would cut the range or the options would be true."""
    before = [t.lower for t in tokens[max(0, answer.start - 2) : answer.start]]
    after = [t.lower for t in tokens[answer.end : answer.end + 2]]
    numbers = [_numeric(t) for t in tokens[answer.end + 1 : answer.end + 2]]
    joined = after[:1] in (["to"], ["-"], ["--"], ["and"], ["or"], ["through"]) and any(numbers)
    joined = joined or (before[-1:] == ["from"] and after[:1] in (["to"], ["until"], ["through"]))
    ranged = before[-1:] in (["-"], ["--"], ["to"], ["and"], ["or"], ["through"], ["until"])
    ranged = ranged and any(
        _numeric(t) for t in tokens[max(0, answer.start - 3) : answer.start - 1]
    )
    months = [t.lower for t in tokens[max(0, answer.start - 3) : answer.start]]
    from_month = (  # 'from March to ____', not 'rose in July to ____'
        len(months) == 3
        and months[0] in {"from", "between"}
        and tokens[answer.start - 2].text in en.MONTHS
        and months[-1] in {"to", "and", "until", "through"}
    )
    return (
        joined or ranged or from_month or "between" in before or _a_side_of_a_size(tokens, answer)
    )


def _a_side_of_a_size(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'an irregular body about 43 by ____ kilometres', '100 km by ____ km': one side of a
    size, which no teacher asks alone; not 'formed in 1949 by 12 countries'."""
    words = [t.lower for t in tokens]

    def unit(i: int) -> bool:
        return 0 <= i < len(words) and words[i] in en.MEASURE_UNITS

    after = answer.end + unit(answer.end)  # past the key's own unit: '____ km by 30 km'
    if after + 1 < len(words) and words[after] == "by" and _numeric(tokens[after + 1]):
        return unit(after + 2) or unit(answer.end)
    before = answer.start - 1
    if before >= 1 and words[before] == "by":
        other = before - 1 - unit(before - 1)  # '100 km by ____ km'
        return other >= 0 and _numeric(tokens[other]) and (unit(answer.end) or unit(before - 1))
    return False


def _in_a_list(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'in ____, 1964, and 1970', 'in 1958, ____, and 1970': the key is an item of a list of
    numbers joined by commas and closed by 'and' or 'or' (the last item is an end of a range
    to :func:`_range_end`). 'In 1944, 150,000 troops landed' is no list."""
    first, last = answer.start, answer.end
    while first >= 2 and tokens[first - 1].text == "," and _numeric(tokens[first - 2]):
        first -= 2
    while last + 1 < len(tokens) and tokens[last].text == "," and _numeric(tokens[last + 1]):
        last += 2
    joint = last + 1 if last < len(tokens) and tokens[last].text == "," else last  # ", and"
    closed = (
        joint + 1 < len(tokens)
        and tokens[joint].lower in {"and", "or"}
        and _numeric(tokens[joint + 1])
    )
    return closed and (first < answer.start or last > answer.end)


def _numeric(token: tok.Token) -> bool:
    """A number, or a decade ('the 1960s and ____')."""
    return token.tag == "CD" or bool(A.DECADE_PATTERN.match(token.text))


def _timed(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """Whether the statement says when, besides the key: a year, a date, or a 'when' clause
    ('at 31, when he joined the army'; 'aged 31 in 1873')."""
    outside = [t for i, t in enumerate(tokens) if not answer.phrase[0] <= i < answer.phrase[1]]
    return any(A.YEAR_PATTERN.match(t.text) or t.lower in en.WHEN_WORDS for t in outside)


def news_amount_untimed(
    tokens: tuple[tok.Token, ...], answer: A.Answer, clause: Clause | None
) -> bool:
    """'Two marines were killed, and ____ other marines were wounded': an amount of a news
    story's past event that does not say when, and so which story (a reading of news written
    for development: readers asked which attack, which crisis). A lasting fact in the present
    tense needs no time ('Yeonpyeong lies about 12 kilometres from the coast'), nor does the
    story's own plan ('About 2,000 troops will be deployed')."""
    if answer.kind not in {A.COUNT, A.PERCENTAGE, A.MONEY} or _timed(tokens, answer):
        return False
    if clause is None:
        return True
    verbs = [t for t in tokens[slice(*clause.verb)] if t.tag in VERBS]
    if all(t.lower in en.BE_FORMS for t in verbs):
        return False  # a description: 'Sandy was the largest Atlantic hurricane on record'
    return tokens[clause.first_verb].tag not in {"VBZ", "VBP", "MD"}  # not a lasting fact or plan


def of_today(
    tokens: tuple[tok.Token, ...], answer: A.Answer, *, guide: frozenset[str] | None
) -> bool:
    """A price of today ('De Lijn tickets cost around ____', 'hotels can cost ____ or more per
    night') or, in a travel guide, a travel time ('Flights from Athens take about ____
    minutes') or directions (:func:`_directions`): it changes, often leaves out where from,
    and no teacher asks it (development readings of travel guides written for the purpose).
    *guide* holds the words that name a guide's place ('Ljubljana'); None for other texts.
    The verb nearest before the key must be in the present tense or 'can', 'may' or 'must':
    'In 1850 a ticket could cost $500', 'Congress approved $12 billion', 'Officials say the
    rescue took 22 hours' and 'Light takes about 8 minutes to reach Earth' (no guide) stay."""
    if not _in_the_present(tokens, answer):
        return False
    if answer.kind == A.MONEY:
        return any(t.lower in en.PRICE_WORDS for t in tokens)
    return (
        guide is not None
        and answer.kind == A.COUNT
        and (_travel_time(tokens, answer) or _directions(tokens, answer, guide))
    )


def _directions(tokens: tuple[tok.Token, ...], answer: A.Answer, guide: frozenset[str]) -> bool:
    """A guide's count of kilometres or miles to something from the guide's own place
    ('Brnik, ____ km north of Ljubljana'), between a place and an airport or station ('____
    miles from Albuquerque International Sunport') or from nowhere named ('villages ____ km
    to the south'): directions, not a fact to learn (reading n6 of guides written for
    development). Where the place lies from another town stays (earlier readings accepted
    'Tallinn lies ____ km south of Helsinki'), and so does a size ('____ km from east to
    west')."""
    if answer.unit.lower() not in en.DISTANCE_UNITS:
        return False
    after = answer.end + len(answer.unit.split())
    if after >= len(tokens) or tokens[after].lower not in en.DISTANCE_LEADS:
        return False
    phrase = list(itertools.takewhile(lambda t: t.tag not in {",", "."}, tokens[after:]))
    if len(phrase) > 1 and phrase[1].lower in en.COMPASS_POINTS:
        return False  # 'stretches 446 km from east to west': a size
    names = [t for t in phrase if t.tag in {"NNP", "NNPS"}]
    return (
        not names
        or all(t.text in guide for t in names)  # 'Ljubljana', not 'Guatemala City' of Antigua's
        or any(t.lower in en.FACILITY_WORDS for t in tokens)  # 'Queenstown Airport is 290 km'
    )


def _travel_time(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """A count of minutes, hours or days that says how long something takes ('takes about ____
    minutes'), not how many days it happens on ('rain falling on about ____ days', '____ days
    a year')."""
    if answer.unit.lower() not in en.DURATION_UNITS or answer.per:
        return False
    before = [t.lower for t in tokens[: answer.start] if t.lower not in en.APPROXIMATORS]
    return not before or before[-1] != "on"


def _in_the_present(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """Whether the finite verb nearest before the key is in the present tense ('costs', 'can
    cost'); a key before any verb takes the first after it ('About 45 minutes separate ...')."""
    before = [t for t in tokens[: answer.start] if t.tag in FINITE]
    after = [t for t in tokens[answer.end :] if t.tag in FINITE]
    verb = before[-1] if before else (after[0] if after else None)
    if verb is None:
        return False
    return verb.tag in {"VBZ", "VBP"} or verb.lower in en.PRESENT_MODALS


def _currency_cut(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'CA $300', 'US $100', 'A $40': a currency's letters before a sum's symbol, which a stem
    would leave behind its blank ('Toyota paid GM $1 billion' is no such case)."""
    return answer.start >= 1 and tokens[answer.start - 1].text in en.CURRENCY_PREFIXES


def _only_a_description(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """'____ was a Roman general.': the statement only says what kind of person the key was,
    which every option of the same field and country also was."""
    rest = [t for t in tokens[answer.end :] if t.tag != "."]
    if answer.start != 0 or len(rest) < 3 or rest[0].lower not in {"was", "is", "were", "are"}:
        return False
    described = rest[2:] if rest[1].lower in {"a", "an", "the"} else rest[1:]
    return len(described) <= DESCRIPTION_WORDS and all(
        t.tag in {"JJ", "NN", "NNS", "NNP", "NNPS", "CC", ","} for t in described
    )


DESCRIPTION_WORDS = 5  # "a Roman general", "an American civil rights leader"


def _computable(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """A number the stem lets one work out: '2007, the 20th anniversary of 1987', 'completed
    in just ____ years, between 532 and 537' (reading n12)."""
    if any(t.lower in en.ARITHMETIC_WORDS for t in tokens):
        return True
    if answer.kind != A.COUNT or answer.unit.lower() not in {"year", "years"}:
        return False
    key = range(answer.start, answer.end)
    years = [  # a year, or an early one after a word of a span: 'between 532 and 537'
        year
        for i, t in enumerate(tokens)
        if i not in key
        for year in A.years_written(t.text)
        + ((int(t.text),) if _early_year_of_a_span(tokens, i) else ())
    ]
    spans = {abs(b - a) for a, b in itertools.combinations(years, 2)}
    return answer.value in spans


def _early_year_of_a_span(tokens: tuple[tok.Token, ...], i: int) -> bool:
    """A year of three digits after a word that opens or closes a span: 'between 532 and 537'
    (not 'from 30 to 50 mills')."""
    spanning = i > 0 and tokens[i - 1].lower in {"between", "and", "from", "to"}
    early = len(tokens[i].text) == 3 and A.EARLY_YEAR_PATTERN.match(tokens[i].text) is not None
    return spanning and early


def _several_periods(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """An ordinal before 'centuries': 'in the first centuries CE' (reading n12); other plural
    periods are no ranked periods at all."""
    return answer.end < len(tokens) and tokens[answer.end].lower == "centuries"


def _idiom(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """A number inside an idiom: 'their fifteen minutes of fame'."""
    phrase = " ".join(t.lower for t in tokens[answer.start : answer.end + 3])
    return any(phrase.startswith(idiom) for idiom in en.NUMBER_IDIOMS)


def _anchored(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """The stem names something (a person, place, thing or event) besides the key: 'A runway
    was constructed in ____' could be any runway."""
    key = range(min(answer.start, answer.phrase[0]), max(answer.end, answer.phrase[1]))
    return any(
        t.tag in {"NNP", "NNPS"} or (t.text[:1].isupper() and (i > 0 or _group_name(t)))
        for i, t in enumerate(tokens)
        if i not in key and t.text[:1].isalpha()
    )


def _group_name(token: tok.Token) -> bool:
    """'Africans', 'Moriori': a capitalised plural that is no common word."""
    return token.tag in {"NNS", "NNPS"} and token.lower not in resources.tagger().tagdict


def _a_title_s_deed(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """A bare year that opens the statement as the subject of what a work does or has done to
    it ('1917 won three Oscars', '1984 was published in 1949'): a title (reading n18); a time
    sees, changes or marks ('1968 saw protests', '1848 produced revolutions')."""
    if answer.start != 0 or answer.end + 1 >= len(tokens):
        return False
    verb, after = tokens[answer.end], tokens[answer.end + 1]
    if verb.lower in en.TITLE_DEEDS:
        return True
    return verb.lower in {"is", "was"} and after.lower in en.TITLE_PASSIVES


def worth_asking(tokens: tuple[tok.Token, ...], answer: A.Answer) -> bool:
    """Keys that test a fact: not a small or vague count, not the speaker, not a deity, not a
    person known by a surname alone or by a place ('of Auchleuchries'), not a month without its
    year (the stem giving the key away is :func:`gives_away`)."""
    if answer.kind == A.DATE and not _dated(tokens, answer):
        return False
    if answer.kind in A.NUMERIC_KINDS and (
        _range_end(tokens, answer)
        or _in_a_list(tokens, answer)
        or _computable(tokens, answer)
        or _idiom(tokens, answer)
    ):
        return False
    if answer.kind not in {A.TERM, PERSON} and not _anchored(tokens, answer):
        return False  # a subject term is its own anchor; a person's deed names them
    if answer.kind == A.COUNT and (
        (answer.value or 0) < 3 or answer.unit.lower() in en.VAGUE_UNITS
    ):
        return False
    if answer.kind == A.COUNT and _a_share(tokens, answer):
        return False  # 'about ____ quarters of the former Sudan's oil production' (n16)
    if answer.kind == A.COUNT and _in_a_name(tokens, answer):
        return False  # 'Internet Explorer 6', 'Apollo 11': a version, not a count
    if (
        answer.kind == A.DATE
        and answer.end < len(tokens)
        and tokens[answer.end].lower in en.DAY_PARTS
    ):
        return False  # 'stole the paintings on ____ morning': 'on August 22, 2004 morning'
    if answer.kind == A.MONEY and _currency_cut(tokens, answer):
        return False  # 'often CA ____ or more a night': the currency split in two
    if answer.kind == A.ORDINAL and _several_periods(tokens, answer):
        return False  # 'in the ____ centuries CE': 'first centuries' is no one century
    if answer.kind == A.COUNT and _names_a_thing(tokens, answer):
        return False  # 'Interstate ____ leads into the city': a road's name, not a number
    if answer.kind == A.YEAR and answer.start and _a_name_s_word(tokens[answer.start - 1]):
        return False  # 'Windows ____ succeeded Windows 98': a product's name, not its year
    if answer.kind == A.YEAR and _a_title_s_deed(tokens, answer):
        return False  # '1917 won three Oscars': a film (reading n18)
    if answer.kind == A.COUNT and answer.per in en.SCHEDULE_PERIODS:
        return False  # "Air Chathams fly ____ days per week": a timetable, not a fact
    if answer.group == A.AGE and not _timed(tokens, answer):
        return False  # "He was 20 years old": when?
    if answer.kind in {PERSON, ORGANIZATION, PLACE} and _speaker(tokens, answer):
        return False
    if answer.kind in {PERSON, ORGANIZATION, PLACE, A.TERM} and _example(tokens, answer):
        return False
    if answer.kind in A.TIME_KINDS and _bounded(tokens, answer):
        return False  # "by the ____ century": earlier ones may be true as well
    if answer.kind in {A.YEAR, A.DATE} and _lasting_state(tokens, answer):
        return False
    if answer.kind in {A.ORDINAL, A.DECADE} and _state_of_an_age(tokens, answer):
        return False
    if answer.kind in {A.YEAR, A.DATE} and (
        _year_of_a_figure(tokens, answer) or _as_of(tokens, answer)
    ):
        return False
    if answer.kind == A.ORDINAL and answer.per not in en.RANKED_PERIODS:
        return False  # "the first time since", "the fifth cataract": only centuries and the like
    if answer.kind in {PLACE, ORGANIZATION, PERSON} and _part_of_a_name(tokens, answer):
        return False
    if answer.kind == PLACE and entities.coarse_place(answer.group) in {"country", "continent"}:
        return False  # blind readers found them guessable or also true (tuning: 15% accepted)
    if answer.kind == PERSON and (" of " in answer.text or " " not in answer.text):
        return False  # 'Gordon of Auchleuchries' stands out; a surname alone may be anyone
    if answer.kind == PERSON and _only_a_description(tokens, answer):
        return False  # "____ was a Roman general": Pompey and Mark Antony were too
    return not (answer.kind == PERSON and answer.text.lower() in en_names.NOT_PEOPLE)
