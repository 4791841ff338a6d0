"""Simple factual statements from a complex sentence (after Heilman & Smith's simplification).

"NATO, a military alliance formed in 1949 by 12 countries, ..." also states "NATO was formed in
1949 by 12 countries"; "a rebellion that has left 14,000 people dead" states "a rebellion has left
14,000 people dead". Each statement is a token list (inserted words have no offsets) on which
answers and stems are found exactly as on a sentence.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from quiz.generator.clauses import FINITE, NOUNS, Clause, analyse, verb_group_end
from quiz.generator.context import singular
from quiz.generator.lang import en
from quiz.generator.tokens import Token

# Tags of a verb that continues a list of a clause's verbs after a comma: 'post ..., look'.
_LISTED = FINITE | {"VB"}

_FULL_STOP = Token(".", ".")
_NP_TAGS = frozenset(
    {"NN", "NNS", "NNP", "NNPS", "JJ", "JJS", "JJR", "DT", "POS", "CD", "PRP$", "VBN", "RBS"}
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One simple statement: its tokens, how it was obtained, and its clause, analysed once
    when the statement is made (again by ``dataclasses.replace`` with other tokens)."""

    tokens: tuple[Token, ...]
    origin: str = "sentence"  # sentence, appositive, relative, conjunct, coordinate, clause
    clause: Clause | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "clause", analyse(list(self.tokens)))


def _finish(tokens: list[Token]) -> tuple[Token, ...]:
    """Drop trailing commas and make sure the statement ends with a full stop."""
    while tokens and (tokens[-1].text in {",", ";", ":", "--", "-"} or tokens[-1].tag == "CC"):
        tokens = tokens[:-1]
    if tokens and tokens[-1].tag != ".":
        tokens = [*tokens, _FULL_STOP]
    return tuple(tokens)


def _is_list_comma(tokens: list[Token], comma: int) -> bool:
    """True for the commas of 'the US, Canada, UK and France'."""
    segment = []
    for token in tokens[comma + 1 :]:
        if token.text in {",", ";"} or token.tag == ".":
            break
        segment.append(token)
    if not segment or len(segment) > 4 or any(t.tag in FINITE for t in segment):
        return False
    if tokens[comma - 1].tag == "NNP" and all(t.tag == "NNP" for t in segment):
        return True  # "Norfolk, England": a place and its country
    return segment[0].tag in {"NNP", "NNPS", "NN", "NNS", "DT", "CC"}


def _is_date_comma(tokens: list[Token], comma: int) -> bool:
    """True for the comma of 'April 29, 2011'."""
    return (
        comma >= 2
        and comma + 1 < len(tokens)
        and tokens[comma - 2].text in en.MONTHS
        and tokens[comma - 1].text.isdigit()
        and tokens[comma + 1].text.isdigit()
    )


def _next_comma(tokens: list[Token], start: int) -> int:
    """Index of the next comma (or of the final punctuation) at or after *start*."""
    for i in range(start, len(tokens)):
        if tokens[i].tag == "." or tokens[i].text == ";":
            return i
        if (
            tokens[i].text == ","
            and not _is_list_comma(tokens, i)
            and not _is_date_comma(tokens, i)
        ):
            return i
    return len(tokens)


def remove_asides(tokens: list[Token]) -> list[Token]:
    """Drop parentheses and a dash-led afterthought ('-- where ...'), not a score's dash."""
    kept: list[Token] = []
    depth = 0
    for i, token in enumerate(tokens):
        if token.tag == "-LRB-":
            depth += 1
        elif token.tag == "-RRB-" and depth:
            depth -= 1
        elif (
            token.text in {"--", "-"}
            and token.tag == ":"
            and not depth
            and not _between_numbers(tokens, i)
            and not _inside_a_word(tokens, i)
        ):
            return [*kept, *[t for t in tokens[i:] if t.tag == "."][-1:]]
        elif not depth and not (token.text == "," and kept and kept[-1].text == ","):
            kept.append(token)  # "skills [17], [18], though": one comma is left of three
    return kept


def _inside_a_word(tokens: list[Token], i: int) -> bool:
    """A hyphen written with spaces inside a compound: 'the Scientology - owned cruise ship'
    (a name, then a participle or adjective, then the noun they describe)."""
    if not 0 < i < len(tokens) - 2 or tokens[i].text != "-":
        return False
    before, after, noun = tokens[i - 1], tokens[i + 1], tokens[i + 2]
    joined = (
        before.tag in {"NNP", "NN"} and after.tag in {"VBN", "VBD", "JJ"} and after.text.islower()
    )
    return joined and noun.tag in {"NN", "NNS", "JJ"}


def _between_numbers(tokens: list[Token], i: int) -> bool:
    """A dash in a score or a range: 'defeated Chile 2 - 1', 'from 1914 - 1918'."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].tag == "CD" and tokens[i + 1].tag == "CD"


def _noun_phrase_start(tokens: list[Token], end: int) -> int:
    """Start of the noun phrase (with of/in attachments) that ends just before *end*."""
    start = end
    while start > 0 and (
        tokens[start - 1].tag in _NP_TAGS
        or (tokens[start - 1].tag == "RB" and tokens[start].tag in {"JJ", "VBG", "VBN"})
        or (
            tokens[start - 1].lower in en.NOUN_PHRASE_LINKS
            and start - 1 > 0
            and tokens[start - 2].tag in NOUNS
        )
    ):
        start -= 1
    # Do not begin on a preposition or a participle.
    while start < end and (
        tokens[start].lower in en.NOUN_PHRASE_LINKS or tokens[start].tag == "VBN"
    ):
        start += 1
    return start


def _copula(tokens: list[Token], subject: list[Token]) -> Token:
    """'is', 'are', 'was' or 'were', by the sentence's tense and the subject's number."""
    clause = analyse(tokens)
    past = clause is not None and tokens[clause.first_verb].tag == "VBD"
    plural = subject[-1].tag in {"NNS", "NNPS"}
    word = {(False, False): "is", (False, True): "are", (True, False): "was", (True, True): "were"}
    return Token(word[past, plural], "VBD" if past else ("VBP" if plural else "VBZ"))


# Whether a noun (the apposition's head) can describe a name: "NATO, a military alliance".
Describes = Callable[[list[Token], Token], bool]


def _appositives(
    tokens: list[Token], describes: Describes
) -> tuple[list[Statement], list[tuple[int, int]]]:
    """'NAME, a/the NOUN ...,' -> 'NAME is a NOUN' (+ 'NAME was VBN ...'), and the spans to cut."""
    found: list[Statement] = []
    cuts: list[tuple[int, int]] = []
    for c, token in enumerate(tokens[:-2]):
        if token.text != "," or c == 0 or tokens[c - 1].tag not in {"NNP", "NNPS"}:
            continue
        if tokens[c + 1].lower not in {"a", "an", "the"}:
            continue
        end = _next_comma(tokens, c + 1)
        body = tokens[c + 1 : end]
        if any(t.tag in FINITE for t in body) or not any(t.tag in {"NN", "NNS"} for t in body):
            continue
        if _lists_people(body) or _lists_names(body):
            continue  # 'Max Reinhardt, the writer X and the composer Y,': a list of three
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if _ends_the_opening(tokens, c) and not (after and after.tag in FINITE):
            continue  # 'After the partition ... in 387 AD, the provinces ... passed': a subject
        name_start = c - 1
        while name_start > 0 and tokens[name_start - 1].tag in {"NNP", "NNPS", "JJ"}:
            name_start -= 1
        if name_start > 0 and tokens[name_start - 1].lower == "the":
            name_start -= 1  # "the communist Soviet Union"
        if name_start > 0 and tokens[name_start - 1].lower == "of":
            continue  # "a part of X, the ...": the apposition may describe the head noun instead
        name = tokens[name_start:c]
        participle = next((i for i, t in enumerate(body) if t.tag == "VBN" and i > 1), None)
        if participle and any(t.lower in en.RELATIVE_WORDS for t in body[:participle]):
            participle = None  # 'a supernova that Chinese astronomers recorded in 1054' (n16)
        head = body[:participle] if participle else body
        nouns = [t for t in head if t.tag in {"NN", "NNS"}]
        if not nouns or nouns[0].lower in en.CLAUSE_SUMMARY_HEADS:
            continue  # 'voted Yes, a margin of 380,000 votes': the clause's, not Yes's
        if not describes(name, nouns[0]):
            continue
        found.append(Statement(_finish([*name, _copula(tokens, name), *head]), "appositive"))
        if participle:
            passive = Token("was", "VBD")
            found.append(Statement(_finish([*name, passive, *body[participle:]]), "appositive"))
        cuts.append((c, end))
    return found, cuts


def _lists_people(body: list[Token]) -> bool:
    """Whether what follows a name after a comma goes on with 'and' and a further role and name
    ('the writer Hugo von Hofmannsthal and the composer Richard Strauss'): a list, not an
    apposition ('a chain of bridges and an undersea tunnel' is one)."""
    return any(
        a.tag == "CC" and b.tag == "DT" and c.tag == "NN" and d.tag == "NNP"
        for a, b, c, d in zip(body, body[1:], body[2:], body[3:], strict=False)
    )


def _lists_names(body: list[Token]) -> bool:
    """Whether what follows a name after a comma is itself a list of names ('from France, the
    United States, Israel, Britain and other countries', reading n18): the name was its first
    item, not the thing it describes."""
    comma = next((k for k, t in enumerate(body) if t.text == ","), None)
    if comma is None or comma + 1 >= len(body) or body[comma + 1].tag not in {"NNP", "NNPS"}:
        return False
    if any(t.tag not in {"DT", "NNP", "NNPS"} for t in body[:comma]):
        return False  # 'NATO, a military alliance formed ... including the US, Canada, UK'
    return any(t.lower in {"and", "or"} for t in body[comma:])  # not 'Trinity College, Cambridge'


def _ends_the_opening(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at *comma* may close the sentence's opening adverbial (a phrase that
    begins with a preposition and holds no comma or verb before it): what follows may then be
    the main clause's subject, not an apposition (devset reading d1)."""
    before = tokens[:comma]
    return (
        tokens[0].tag == "IN"
        and all(t.text != "," for t in before)
        and not any(t.tag in FINITE for t in before)
    )


def _clause_end(tokens: list[Token], start: int) -> int:
    """End of a relative clause: its next comma, or the main clause's verb after its own
    ('the tribes that ruled over Albania | was the Ardiaei'). A relative clause after the main
    verb runs to its comma or the sentence's end ('..., which held that God had ...'), and on
    past a comma that a further verb of its own follows ('members, who use the site to post
    their histories, look for jobs and contact colleagues')."""
    end = _next_comma(tokens, start)
    finite = [i for i in range(start - 1) if tokens[i].tag in FINITE]
    if finite:
        main = finite[-1]
        while not _awaits_its_verb(tokens, main, start) and _lists_verbs(tokens, end, main):
            end = _next_comma(tokens, end + 1)
        opened = tokens[main + 1 : start - 1]  # 'observed that the date, which ..., coincided'
        waiting = any(t.lower in en.LEADING_SUBORDINATORS | {"that"} for t in opened)
        if not waiting and _goes_on_inside(tokens, start, end):
            return len(tokens) - 1 if tokens[-1].tag == "." else len(tokens)
        return end
    verb = next((i for i in range(start, end) if tokens[i].tag in FINITE), None)
    if verb is None:
        return end
    group_end = verb_group_end(tokens, verb)
    following = next((i for i in range(group_end, end) if tokens[i].tag in FINITE), end)
    if following < end and tokens[following - 1].tag not in {"CC", "WDT", "WP", "IN"}:
        return following
    return end


def _goes_on_inside(tokens: list[Token], start: int, comma: int) -> bool:
    """Whether what follows the comma that seems to close a relative clause after the main verb
    still belongs to it, up to the sentence's end: a participle of its last noun ('the
    Djinguereber Mosque in Timbuktu, built of mud brick'), the rest of its list ('banned
    nuclear tests in the atmosphere, in outer space, and underwater') or a phrase that sums
    it up ('breeders, who changed their stock ..., a process he called artificial selection')."""
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return False
    tail = [t for t in tokens[comma + 1 :] if t.tag != "."]
    if not tail or any(t.text in {":", ";"} for t in tail):
        return False
    first = tail[0]
    if first.lower in {"a", "an"}:
        return True  # its own clause may follow: 'a process he called'
    if _elliptic_comparison(tail):
        return True
    if any(t.tag in FINITE for t in tail):
        return False
    if first.tag == "VBN":
        return True
    # a serial list of the clause's last phrase: 'in the atmosphere, in outer space, and ...'
    own = {t.lower for t in tokens[max(start, comma - 4) : comma] if t.tag == "IN"}
    serial = any(a.text == "," and b.lower in {"and", "or"} for a, b in itertools.pairwise(tail))
    return first.tag == "IN" and first.lower in own and serial


def _elliptic_comparison(tail: list[Token]) -> bool:
    """'as an outside observer would': a comparison whose verb is left out, which compares with
    the verb of the clause before it ('a theory which holds that people infer their attitudes
    from their behavior, as an outside observer would', reading n11)."""
    end = next((k for k, t in enumerate(tail) if t.text == ","), len(tail))
    last = tail[end - 1]
    return tail[0].lower == "as" and end > 2 and (last.tag == "MD" or last.lower in en.DO_FORMS)


def _awaits_its_verb(tokens: list[Token], auxiliary: int, start: int) -> bool:
    """Whether 'do' or a modal at *auxiliary* still waits for its verb where a relative clause
    begins at *start* ('did Lincoln, who was born in Kentucky, become ...')."""
    waiting = tokens[auxiliary].tag == "MD" or tokens[auxiliary].lower in en.DO_FORMS
    return waiting and not any(t.tag.startswith("VB") for t in tokens[auxiliary + 1 : start])


def _lists_verbs(tokens: list[Token], comma: int, main: int) -> bool:
    """Whether the comma at *comma* goes on with a verb of a list that ends in 'and' or 'or'
    ('..., look for jobs and contact colleagues'), and not in the tense of the main verb at
    *main*, whose list it would continue ('He joined the army, which was fighting in France,
    fought at Verdun and was wounded')."""
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return False
    if tokens[comma + 1].tag not in _LISTED or tokens[comma + 1].tag == tokens[main].tag:
        return False
    return any(t.lower in {"and", "or"} for t in tokens[comma + 1 : _next_comma(tokens, comma + 1)])


def _relatives(tokens: list[Token]) -> tuple[list[Statement], list[tuple[int, int]]]:
    """Relative clauses as statements; non-restrictive ones (', which') are cut from the main."""
    found: list[Statement] = []
    cuts: list[tuple[int, int]] = []
    for i, token in enumerate(tokens[:-2]):
        if token.lower not in {"who", "which", "that"} or token.tag not in {"WDT", "WP"} or i == 0:
            continue
        following = tokens[i + 1] if tokens[i + 1].tag != "RB" else tokens[i + 2]
        if following.tag not in FINITE:
            continue
        comma = tokens[i - 1].text == ","
        antecedent_end = i - 1 if comma else i
        if not antecedent_end or tokens[antecedent_end - 1].tag not in {"NN", "NNS", "NNP", "NNPS"}:
            continue
        start = _noun_phrase_start(tokens, antecedent_end)
        if tokens[start].lower == "one" and tokens[start + 1].lower == "of":
            start += 2  # "one of the four countries that form": the countries form
        end = _clause_end(tokens, i + 1)
        if start == antecedent_end:
            continue
        found.append(
            Statement(_finish([*tokens[start:antecedent_end], *tokens[i + 1 : end]]), "relative")
        )
        if comma:
            cuts.append((i - 1, _past_its_own_relatives(tokens, end)))
    # Reduced object relatives: "the 8,500 troops the Pentagon put on alert".
    for i in range(1, len(tokens) - 3):
        if tokens[i].tag not in {"NNS", "NN"} or tokens[i + 1].lower not in {"the", "a"}:
            continue
        if tokens[i + 2].tag not in {"NNP", "NN"} or tokens[i + 3].tag != "VBD":
            continue
        start = _noun_phrase_start(tokens, i + 1)
        if start == i + 1 or tokens[start].lower not in {"the", "a", "an"}:
            continue
        end = _next_comma(tokens, i + 4)
        object_ = tokens[start : i + 1]
        found.append(
            Statement(_finish([*tokens[i + 1 : i + 4], *object_, *tokens[i + 4 : end]]), "relative")
        )
    return found, cuts


def _past_its_own_relatives(tokens: list[Token], end: int) -> int:
    """The end of a relative clause cut at *end*, past the relative clauses of its own nouns
    that follow it: 'Husák, who resigned after swearing in a government under Marián Čalfa, in
    which Communists are a minority' (not 'Husák in which Communists ...', reading n15)."""
    while end + 2 < len(tokens) and tokens[end].text == "," and _opens_a_relative(tokens, end + 1):
        end = _next_comma(tokens, end + 1)
    return end


def _opens_a_relative(tokens: list[Token], k: int) -> bool:
    """Whether a relative clause begins at token *k*: 'which', 'who', 'in which', 'of whom'."""
    if tokens[k].tag in {"WDT", "WP", "WP$"}:
        return True
    return tokens[k].tag == "IN" and tokens[k + 1].lower in {"which", "whom"}


def _shared_auxiliary(tokens: list[Token], verb: tuple[int, int], following: Token) -> Token | None:
    """The passive 'was' that a coordinated participle shares: 'was fortified ... and elevated'."""
    group = tokens[verb[0] : verb[1]]
    passive = len(group) >= 2 and group[0].lower in en.BE_FORMS and group[-1].tag == "VBN"
    if passive and following.tag in {"VBN", "VBD"} and following.lower.endswith("ed"):
        return group[0]
    return None


def _conjuncts(statement: Statement) -> list[Statement]:
    """'X denies A but has deployed B' -> 'X has deployed B'; 'A, and B did C' -> 'B did C'."""
    tokens = list(statement.tokens)
    clause = statement.clause
    if clause is None:
        return []
    found = []
    for k in range(clause.verb[1], len(tokens) - 2):
        if tokens[k].lower in en.STATEMENT_SUBORDINATORS | {"as"} or tokens[k].tag in {
            "WDT",
            "WP",
            "WP$",
        }:
            break  # what follows belongs to another clause
        if tokens[k].lower not in {"and", "but"}:
            continue
        nxt = k + 1 + (tokens[k + 1].tag == "RB")
        if tokens[nxt].text == ",":  # "but, for census purposes, is divided": skip the aside
            closing = next((i for i in range(nxt + 1, len(tokens)) if tokens[i].text == ","), None)
            if closing is None:
                continue
            nxt = closing + 1
        subject = tokens[clause.subject[0] : clause.subject[1]]
        auxiliary = _shared_auxiliary(tokens, clause.verb, tokens[nxt])
        if auxiliary is not None:  # "Benguela was fortified in 1587 and elevated ... in 1617"
            participle = Token(tokens[nxt].text, "VBN", tokens[nxt].start, tokens[nxt].end)
            found.append(Statement(_finish(tokens[:k]), "conjunct"))
            found.append(
                Statement(
                    _finish([*subject, auxiliary, participle, *tokens[nxt + 1 :]]), "conjunct"
                )
            )
            break
        if tokens[nxt].tag in FINITE:
            found.append(Statement(_finish(tokens[:k]), "conjunct"))
            found.append(Statement(_finish([*subject, *tokens[nxt:]]), "conjunct"))
            break
        rest = analyse(tokens[k + 1 :])
        starts_clause = (
            rest is not None
            and rest.subject[0] == rest.lead_end
            and not any(  # not "Basel, and Strasbourg, and earned"
                t.text == "," for t in tokens[k + 1 + rest.subject[0] : k + 1 + rest.verb[0]]
            )
            and tokens[k + rest.verb[0]].tag != "CC"
        )
        enumerated = any(  # "visited twice: A, and B": the clauses are one answer
            t.text == ":"
            and j
            and (tokens[j - 1].lower in en.TIMES_WORDS or tokens[j - 1].tag == "CD")
            for j, t in enumerate(tokens[:k])
        )
        # "defeated a coalition, conquered Larsa in 1763 BCE, and a few years later marched":
        # the last of a list of verbs, whose time the tagger took for a subject (reading n12)
        timed = (
            rest is not None
            and any(  # the 'subject' is a time: 'a few years later'
                singular(a.lower) in en.PERIOD_NOUNS and b.lower in en.TIME_AFTER_WORDS
                for a, b in itertools.pairwise(
                    tokens[k + 1 + rest.subject[0] : k + 2 + rest.subject[1]]
                )
            )
        )
        if (
            tokens[k - 1].text == ","
            and starts_clause
            and rest.subject[1] - rest.subject[0] <= 6
            and not enumerated
            and not timed
            and not _ends_a_list_of_names(tokens, k - 1)
        ):
            # "A did X, and B did Y": two whole clauses, each a statement as written; "A did X,
            # B did Y, and C did Z": the list's first clauses apart too (reading n16)
            found.extend(Statement(_finish(part), "coordinate") for part in _listed(tokens[:k]))
            found.append(Statement(_finish(tokens[k + 1 :]), "coordinate"))
            break
    return found


def _ends_a_list_of_names(tokens: list[Token], comma: int) -> bool:
    """Whether the comma before 'and' ends a list of names, so that the name after 'and' is
    the list's last: 'but Lübeck, Hamburg, and Bremen continued' (reading n19)."""
    before = max((j for j in range(comma) if tokens[j].text == ","), default=None)
    if before is None or before < 1:
        return False
    item = tokens[before + 1 : comma]
    names = {"NNP", "NNPS"}
    return (
        0 < len(item) <= 3 and all(t.tag in names for t in item) and tokens[before - 1].tag in names
    )


_OPENS_A_CLAUSE = en.STATEMENT_SUBORDINATORS | en.LEADING_SUBORDINATORS | {"that"}


def _reduced_relative(subject: list[Token]) -> bool:
    """Whether a would-be subject is a noun and a clause of its own without 'that' ('a play
    Prague audiences first', 'the university he'): a noun followed by a new subject."""
    nouns = [k for k, t in enumerate(subject) if t.tag in {"NN", "NNS"}]
    return bool(nouns) and any(
        t.tag in {"PRP", "NNP", "NNPS", "DT"} for t in subject[nouns[0] + 1 :]
    )


def _listed(tokens: list[Token]) -> list[list[Token]]:
    """The clauses of a list that *tokens* holds before its last ', and', split at each comma
    that a clause of its own follows ('France went to war in April 1792, the monarchy was
    overthrown in August'), or *tokens* whole. Not at an apposition to a name, nor before a
    reporting verb (an independent review)."""
    parts: list[list[Token]] = []
    start = 0
    for comma in range(1, len(tokens) - 2):
        if tokens[comma].text != "," or analyse(tokens[start:comma]) is None:
            continue
        if any(t.lower in _OPENS_A_CLAUSE for t in tokens[start:comma]):
            continue  # 'reported that in the DNA of any species, the amount of adenine is'
        if any(t.tag in {"WDT", "WP", "WRB"} for t in tokens[start:comma]):
            continue
        rest = analyse(tokens[comma + 1 :])
        if rest is None or not rest.subject[0] == rest.lead_end == 0 or rest.verb[0] > 6:
            continue
        if _reduced_relative(tokens[comma + 1 : comma + 1 + rest.verb[0]]):
            continue  # 'The Garden Party, a play Prague audiences first saw': an apposition
        if tokens[comma + 1 + rest.verb[0]].lower in en.REPORTING_VERBS:
            continue  # 'Prices rose in 1973, analysts said, and': the claim keeps its speaker
        parts.append(tokens[start:comma])
        start = comma + 1
    return [*parts, tokens[start:]]


def _subordinate(tokens: list[Token]) -> list[Statement]:
    """'... eight years after Russia annexed Crimea' -> 'Russia annexed Crimea'."""
    found = []
    for i, token in enumerate(tokens[:-3]):
        if token.lower not in en.STATEMENT_SUBORDINATORS or token.tag not in {"IN", "WRB"}:
            continue
        end = _next_comma(tokens, i + 1)
        body = tokens[i + 1 : end]
        clause = analyse(body)
        if clause and clause.subject[0] == 0 and clause.subject[1] <= 6:
            found.append(Statement(_finish(body), "clause"))
    return found


def _cut(tokens: list[Token], cuts: list[tuple[int, int]]) -> list[Token]:
    """Remove spans [start, end) and the comma that closed them, unless it parts a phrase
    (:func:`_parts_a_phrase`). A past participle that the cut brings next to a noun was the
    main verb the aside stood before ('the Assembly, the first parliament, attempted'): the
    tagger, seeing the comma, may have read it as a participle."""
    kept: list[Token] = []
    skip_until = -1
    for i, token in enumerate(tokens):
        for start, end in cuts:
            if i == start:
                closing = end < len(tokens) and tokens[end].text == ","
                skip_until = end + (1 if closing and not _parts_a_phrase(tokens, kept, end) else 0)
        if i < skip_until:
            continue
        joined = i == skip_until and kept and kept[-1].tag in NOUNS
        if joined and token.tag == "VBN" and not any(t.tag in FINITE for t in kept):
            kept.append(replace(token, tag="VBD"))
        else:
            kept.append(token)
    return kept


def _parts_a_phrase(tokens: list[Token], kept: list[Token], comma: int) -> bool:
    """Whether the comma closing an aside parts a phrase that comments on a clause whose verb
    came before, or the next of its verbs: 'seats in the Lok Sabha, the lower house of
    parliament, enough to govern', '..., bringing down the curtain' and 'joined the army,
    which was fighting in France, fought at Verdun' keep it; 'the Silver Dart, a plane built by
    Bell, made', 'did Lincoln, who was born in Kentucky, become' and 'shot Reeva Steenkamp, a
    model, four times' do not."""
    following = tokens[comma + 1] if comma + 1 < len(tokens) else None
    if following is None:
        return False
    if following.tag not in FINITE | {"VBG"} and following.lower not in en.COMMENT_OPENERS:
        return False
    finite = [k for k, t in enumerate(kept) if t.tag in FINITE]
    if not finite or _awaits_its_verb(kept, finite[-1], len(kept)):
        return False
    if any(t.lower in en.LEADING_SUBORDINATORS | {"that"} for t in kept[finite[-1] + 1 :]):
        return False  # 'feared that Muslims, who ..., would be dominated': that clause's verb
    # '..., and on 23 February 1909 the Silver Dart, a plane, made': a verb of a new clause
    new_clause = any(t.tag == "CC" for t in kept[finite[-1] :])
    return following.tag not in FINITE or not new_clause


def without_asides(sentence: list[Token]) -> list[Token]:
    """The sentence without what it says in passing: brackets, a dash-led afterthought,
    appositions ('NATO, a military alliance, ...') and non-restrictive relative clauses."""
    tokens = remove_asides(sentence)
    _, cuts = _appositives(tokens, lambda _name, _noun: True)
    _, relative_cuts = _relatives(tokens)
    return _cut(tokens, cuts + relative_cuts)


def _split_at_semicolons(tokens: list[Token]) -> list[list[Token]]:
    """Independent clauses joined by semicolons, each with a subject and a verb."""
    parts, current = [], []
    for token in tokens:
        if token.text == ";":
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    listed = (
        any(t.text == ":" for t in parts[0])
        and parts[-1][:1] != []
        and (parts[-1][0].lower in {"and", "or"})
    )
    if len(parts) == 1 or listed:
        return [tokens]  # 'three areas: Nyaung U, ...; Old Bagan ...; and New Bagan': a list
    return [part for part in parts if analyse(part) is not None] or [tokens]


def statements(
    sentence: list[Token], describes: Describes = lambda _name, _noun: True
) -> list[Statement]:
    """The sentence's main clause and the simple statements it contains.

    *describes* vets appositions: whether the noun can describe the name before it.
    """
    tokens = remove_asides(sentence)
    appositives, cuts = _appositives(tokens, describes)
    relatives, relative_cuts = _relatives(tokens)
    main = _cut(tokens, cuts + relative_cuts)
    parts = _split_at_semicolons(main)
    found = [
        *(Statement(_finish(part)) for part in parts),
        *appositives,
        *relatives,
        *_subordinate(tokens),
    ]
    for statement in list(found):
        found.extend(_conjuncts(statement))
    seen = {f.tokens for f in found}  # kept as found grows: rebuilt for each made it quartic
    for statement in list(found[1:]):
        inner, _ = _relatives(list(statement.tokens))
        for clause in inner:
            if clause.tokens not in seen:
                seen.add(clause.tokens)
                found.append(clause)
    unique: dict[tuple[Token, ...], Statement] = {}
    for statement in found:
        unique.setdefault(statement.tokens, statement)
    return list(unique.values())
