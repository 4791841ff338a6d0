"""The part of WordNet 3.0 the generator needs, as a small read-only SQLite file.

Loading WordNet through NLTK takes seconds; the generator needs only a few lookups per document
(what kind of thing a proper name is, which names share its class, which nouns are co-hyponyms of
a term, a verb's base form, which people lived in the same era as someone). :func:`build`
extracts those relations once, at set-up time, and :class:`Lexicon` answers them from indexed
tables in microseconds.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.generator import people, resources
from quiz.generator.lang import en, en_names

if TYPE_CHECKING:
    from nltk.corpus.reader.wordnet import Synset, WordNetCorpusReader

EXTRACT_VERSION = 5  # raise when the schema or what fills it changes: set-up rebuilds older ones

SCHEMA = """
CREATE TABLE synset (
    id INTEGER PRIMARY KEY,      -- offset in data.noun
    lexname TEXT NOT NULL,       -- lexicographer file, e.g. noun.location
    words TEXT NOT NULL,         -- its lemmas as written, '|'-separated, most usual first
    instance INTEGER NOT NULL,   -- 1 for a named individual (Poland, Vladimir Putin)
    count INTEGER NOT NULL       -- SemCor tag count over its lemmas: how familiar it is
);
CREATE TABLE sense (lemma TEXT NOT NULL, synset INTEGER NOT NULL, rank INTEGER NOT NULL);
CREATE TABLE hypernym (synset INTEGER NOT NULL, hypernym INTEGER NOT NULL);
CREATE TABLE verb_lemma (lemma TEXT PRIMARY KEY);
CREATE TABLE verb_exception (form TEXT PRIMARY KEY, base TEXT NOT NULL);
CREATE TABLE noun_exception (form TEXT PRIMARY KEY, base TEXT NOT NULL);
CREATE TABLE person (
    synset INTEGER PRIMARY KEY,  -- a named person: an instance under 'person' (no deity, no myth)
    born INTEGER,                -- year of birth read from the gloss, BC negative; NULL if unknown
    died INTEGER,                -- year of death; NULL if unknown or alive (WordNet 3.0: 2006)
    flourished INTEGER,          -- a year they were active, when the gloss gives only that
    mentions INTEGER NOT NULL,   -- how many glosses and names of things name them: how known
    nation TEXT,                 -- the nationality the gloss opens with ('Soviet statesman ...')
    gender TEXT                  -- 'female', 'male' (people.gender: 'English actress') or NULL
);
CREATE TABLE part (synset INTEGER NOT NULL, whole INTEGER NOT NULL);  -- Sahara, Africa
CREATE INDEX sense_by_lemma ON sense (lemma);
CREATE INDEX part_by_synset ON part (synset);
CREATE INDEX hypernym_by_synset ON hypernym (synset);
CREATE INDEX hypernym_by_hypernym ON hypernym (hypernym);
"""


def _tag_counts(wordnet_dir: Path) -> dict[str, int]:
    """Sense key -> SemCor tag count, from index.sense."""
    counts: dict[str, int] = {}
    with (wordnet_dir / "index.sense").open(encoding="utf-8") as lines:
        for line in lines:
            key, _offset, _number, count = line.split()
            counts[key] = int(count)
    return counts


def _senses(index: Path) -> list[tuple[str, int, int]]:
    """(lemma, synset offset, sense rank) rows from an index file, whose offsets are ranked."""
    rows = []
    with index.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):  # the licence header
                continue
            fields = line.split()
            synset_count = int(fields[2])
            lemma = fields[0].replace("_", " ")
            offsets = fields[-synset_count:]
            rows.extend((lemma, int(offset), rank) for rank, offset in enumerate(offsets, 1))
    return rows


def _exceptions(path: Path) -> list[tuple[str, str]]:
    pairs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            form, base, *_ = line.split()
            pairs.append((form.replace("_", " "), base.replace("_", " ")))
    return pairs


def _named_first(gloss: str, classes: list[Synset]) -> list[Synset]:
    """An individual's classes, beginning with the one its gloss names first: Churchill, "British
    statesman and ... received Nobel prize for literature", is a statesman, then a writer.
    (NLTK gives them in an order that changes from run to run.)"""

    def position(synset: Synset) -> tuple[int, int]:
        found = [
            match.start()
            for name in synset.lemma_names()
            if (match := re.search(rf"\b{re.escape(name.replace('_', ' '))}\b", gloss, re.I))
        ]
        return min(found, default=len(gloss)), synset.offset()

    return sorted(classes, key=position)


def _is_person(synset: Synset, person: Synset) -> bool:
    """Whether a named individual is a human being (not a deity, an angel or a mythical being)."""
    if synset.lexname() != "noun.person" or not synset.instance_hypernyms():
        return False
    return person in synset.closure(lambda s: s.hypernyms() + s.instance_hypernyms())


def _person_names(wordnet: WordNetCorpusReader, persons: list[Synset]) -> dict[str, int | None]:
    """Every name of a person, mapped to that person when it names nobody and nothing else
    ('Niels Bohr', 'Bohr'), else to None ('George Bush': two presidents; 'Newton': a unit)."""
    owners: dict[str, set[int]] = {}
    for synset in persons:
        for lemma in synset.lemma_names():
            owners.setdefault(lemma, set()).add(synset.offset())
    return {
        lemma.replace("_", " "): next(iter(ids))
        if len(ids) == 1 and ("_" in lemma or len(wordnet.synsets(lemma)) == 1)
        else None
        for lemma, ids in owners.items()
    }


def _texts(synset: Synset) -> list[tuple[int | None, str]]:
    """A synset's gloss and names, as texts that may name people (a noun's own do not count)."""
    source = synset.offset() if synset.pos() == "n" else None
    names = (name.replace("_", " ") for name in synset.lemma_names())
    return [(source, text) for text in (synset.definition(), *names)]


def _people(
    wordnet: WordNetCorpusReader, persons: list[Synset], texts: list[tuple[int | None, str]]
) -> list[tuple[int | None, ...]]:
    """Rows of the person table: each person's life from their gloss, and how many of *texts*
    (glosses, names of things: "Planck's constant") name them unambiguously."""
    mentions = people.mentions(texts, _person_names(wordnet, persons))
    return [
        (
            s.offset(),
            *people.parse_life(s.definition()),
            mentions[s.offset()],
            people.nation(s.definition()),
            people.gender(s.definition()),
        )
        for s in persons
    ]


def build(path: Path) -> None:
    """Write the extract to *path* from the WordNet in the NLTK data folder."""
    from nltk.corpus import wordnet

    wordnet_dir = resources.use_data_dir() / resources.WORDNET_DIR
    counts = _tag_counts(wordnet_dir)
    person = wordnet.synset("person.n.01")
    synsets, hypernyms, persons, texts, parts = [], [], [], [], []
    for synset in wordnet.all_synsets("n"):
        lemmas = synset.lemmas()
        instance_of = _named_first(synset.definition(), synset.instance_hypernyms())
        synsets.append(
            (
                synset.offset(),
                synset.lexname(),
                "|".join(lemma.name().replace("_", " ") for lemma in lemmas),
                int(bool(instance_of)),
                sum(counts.get(lemma.key(), 0) for lemma in lemmas),
            )
        )
        hypernyms.extend((synset.offset(), h.offset()) for h in synset.hypernyms() + instance_of)
        texts.extend(_texts(synset))
        if instance_of:
            parts.extend((synset.offset(), whole.offset()) for whole in synset.part_holonyms())
        if _is_person(synset, person):
            persons.append(synset)
    texts.extend(text for synset in wordnet.all_synsets("a") for text in _texts(synset))
    verbs = {lemma.replace("_", " ") for lemma in wordnet.all_lemma_names("v")}
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA)
        db.execute(f"PRAGMA user_version = {EXTRACT_VERSION}")
        db.executemany("INSERT INTO synset VALUES (?, ?, ?, ?, ?)", synsets)
        db.executemany("INSERT INTO sense VALUES (?, ?, ?)", _senses(wordnet_dir / "index.noun"))
        db.executemany("INSERT INTO hypernym VALUES (?, ?)", hypernyms)
        db.executemany("INSERT INTO part VALUES (?, ?)", parts)
        db.executemany("INSERT INTO verb_lemma VALUES (?)", [(v,) for v in sorted(verbs)])
        db.executemany(
            "INSERT OR IGNORE INTO verb_exception VALUES (?, ?)",
            _exceptions(wordnet_dir / "verb.exc"),
        )
        db.executemany(
            "INSERT OR IGNORE INTO noun_exception VALUES (?, ?)",
            _exceptions(wordnet_dir / "noun.exc"),
        )
        db.executemany(
            "INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?)", _people(wordnet, persons, texts)
        )
    db.close()


def _initial(word: str) -> bool:
    """'C.' in 'George C. Marshall'."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


@dataclass(frozen=True, slots=True)
class Named:
    """A named individual in WordNet: its lexicographer file and the classes it belongs to."""

    synset: int
    lexname: str
    words: tuple[str, ...]
    classes: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Person:
    """A named person, their life as their gloss tells it, the nationality it opens with and
    the gender it gives."""

    named: Named
    life: people.Life
    nation: str | None = None
    gender: str | None = None


MAX_SIBLINGS = 60  # co-hyponyms kept per sense: the familiar ones come first


@dataclass(frozen=True, slots=True)
class Sense:
    """A common noun's sense: how familiar it is, its co-hyponyms (their usual words, most
    familiar first) and every word of its hypernyms and co-hyponyms."""

    synset: int
    count: int
    siblings: tuple[str, ...]
    neighbours: frozenset[str]


class Lexicon:
    """Read-only queries on the extract; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self._uri = f"file:{path}?mode=ro&immutable=1"
        self._local = threading.local()

    def _rows(self, sql: str, *parameters: object) -> list[tuple]:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            self._local.connection = connection
        return connection.execute(sql, parameters).fetchall()

    @functools.cached_property
    def _verbs(self) -> frozenset[str]:
        return frozenset(row[0] for row in self._rows("SELECT lemma FROM verb_lemma"))

    @functools.cached_property
    def _verb_exceptions(self) -> dict[str, str]:
        return dict(self._rows("SELECT form, base FROM verb_exception"))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one long-lived Lexicon per process
    def named(self, name: str) -> tuple[Named, ...]:
        """The named individuals written exactly *name* (case matters), most usual first."""
        rows = self._rows(
            "SELECT s.id, s.lexname, s.words FROM sense JOIN synset s ON s.id = sense.synset "
            "WHERE sense.lemma = ? AND s.instance = 1 ORDER BY sense.rank",
            name.lower(),
        )
        found = []
        for synset, lexname, words in rows:
            written = tuple(words.split("|"))
            if name not in written:
                continue
            classes = tuple(
                row[0]
                for row in self._rows("SELECT hypernym FROM hypernym WHERE synset = ?", synset)
            )
            found.append(Named(synset, lexname, written, classes))
        return tuple(found)

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def person(self, name: str) -> Person | None:
        """The most usual person written *name* (or without its middle initials: 'George C.
        Marshall' is WordNet's 'George Marshall'); None for nobody, a deity or a mythical being."""
        parts = name.split()
        plain = " ".join(
            p for i, p in enumerate(parts) if not (0 < i < len(parts) - 1 and _initial(p))
        )
        for named in (*self.named(name), *(self.named(plain) if plain != name else ())):
            rows = self._rows(
                "SELECT born, died, flourished, nation, gender FROM person WHERE synset = ?",
                named.synset,
            )
            if rows:
                born, died, flourished, nation, gender = rows[0]
                return Person(named, people.Life(born, died, flourished), nation, gender)
        return None

    def life(self, name: str) -> tuple[int | None, int | None] | None:
        """The years of birth and death of the most usual person written *name* (BC negative;
        None where the gloss does not say), or None when WordNet knows no such person."""
        found = self.person(name)
        return None if found is None else (found.life.born, found.life.died)

    def peers(
        self,
        name: str,
        count: int,
        *,
        exclude: Iterable[str] = (),
        around: int | None = None,
        compatriots: bool = True,
        gender: str | None = None,
    ) -> list[str]:
        """Up to *count* people of a class of the person written *name* (other presidents, other
        physicists) who were their contemporaries and, when WordNet gives the key's nationality
        and *compatriots* is set, their compatriots; sharing most classes and familiar first.

        With *around* (a year the text gives) they must also have lived near that year; with
        neither the key's dates nor *around* there is no era to judge by, and so no peers. Each
        is written like *name* (see :func:`people.written`): 'Abraham Lincoln' gives 'Andrew
        Jackson', 'Lincoln' gives 'Jackson'. Never the key again, nor anyone written as a name
        in *exclude*, nor two people written alike, nor two people with the same dates (WordNet
        has Lucullus twice). With a *gender* ('female', 'male'), never anyone whose gloss gives
        the other: Lendl, who won men's titles, beside men and not beside Navratilova. Beside a
        woman, the women whose gloss says so come first: most of WordNet's people are men whose
        glosses give no gender (Navratilova beside Evert and Graf before Ashe).
        """
        key = self.person(name)
        if key is None or count < 1:
            return []
        excluded = {written.casefold() for written in exclude}
        taken = excluded | {written.casefold() for written in key.named.words}
        dates = {(key.life.born, key.life.died)}
        full = name != key.named.words[0]
        found: list[str] = []
        classmates = self._classmates(key.named)
        ruler = any(self.class_name(c) in en_names.RULER_CLASSES for c in key.named.classes)
        if key.nation and compatriots:  # a Soviet leader beside Soviet leaders only: readers
            classmates = tuple(  # rejected Sadat
                m for m in classmates if people.same_country(key.nation, m[2])
            )
        if gender == "female":
            classmates = tuple(sorted(classmates, key=lambda m: m[3] != gender))
        numbered = bool(en_names.REGNAL.search(name))
        for words, life, _nation, their_gender in classmates:
            if gender and their_gender and their_gender != gender:
                continue
            form = people.written(words, full=full)
            if numbered:  # 'Henry VIII' beside 'James I', not 'James'
                form = next((w for w in words if en_names.REGNAL.search(w)), "")
                if not form:
                    continue
            span = (life.born, life.died)
            if (
                not people.same_era(life, key.life, around, ruler=ruler)
                or form.casefold() in taken
                or excluded & {w.casefold() for w in words}
                or (None not in span and span in dates)
            ):
                continue
            taken.add(form.casefold())
            dates.add(span)
            found.append(form)
            if len(found) == count:
                break
        return found

    @functools.lru_cache(maxsize=1024)  # noqa: B019
    def _classmates(
        self, key: Named
    ) -> tuple[tuple[tuple[str, ...], people.Life, str | None, str | None], ...]:
        """The other people in the classes of *key*: those sharing most of them first, then
        those of its first class (the one its gloss names first: Lincoln is a president, then a
        lawyer), then the familiar ones (SemCor count, mentions in WordNet, number of names)."""
        classes = ", ".join("(?, ?)" for _ in key.classes)  # (class, its rank for the key)
        rows = self._rows(
            f"SELECT s.words, p.born, p.died, p.flourished, p.nation, p.gender "
            f"FROM (VALUES {classes}) k "
            "JOIN hypernym h ON h.hypernym = k.column1 "
            "JOIN person p ON p.synset = h.synset JOIN synset s ON s.id = p.synset "
            "WHERE p.synset != ? GROUP BY p.synset "
            "ORDER BY COUNT(*) DESC, MIN(k.column2), s.count DESC, p.mentions DESC, "
            "length(s.words) - length(replace(s.words, '|', '')) DESC, s.id",
            *(value for rank, c in enumerate(key.classes) for value in (c, rank)),
            key.synset,
        )
        return tuple(
            (tuple(words.split("|")), people.Life(born, died, flourished), nation, gender)
            for words, born, died, flourished, nation, gender in rows
        )

    @functools.lru_cache(maxsize=1024)  # noqa: B019
    def features_near(self, name: str) -> tuple[tuple[str, ...], ...]:
        """Natural features of the kind of the feature written *name* (deserts beside the
        Sahara, lakes beside Lake Chad) that lie in the same whole (Africa), then in the wholes
        that contain it, familiar first, each as its written forms; none for a place of any
        other kind, one that WordNet places nowhere, or a name of two kinds of place ('the
        Caribbean': a sea and a region). Features that contain the key, or lie in it, never
        come."""
        located = [n for n in self.named(name) if n.lexname in {"noun.location", "noun.object"}]
        if len({n.classes for n in located}) != 1:
            return ()  # 'Caribbean': the sea, or the islands?
        found = located[0]
        kinds = [c for c in found.classes if self.class_name(c) in en.NATURAL_FEATURES]
        if not kinds:
            return ()
        near, region = self._region(found.synset)
        ranked: list[tuple[int, int, str]] = []
        for kind in kinds:
            anywhere = not region and self.class_name(kind) in {"ocean", "sea"}
            for synset, words, count in self._rows(
                "SELECT s.id, s.words, s.count FROM hypernym h JOIN synset s ON s.id = h.synset "
                "WHERE h.hypernym = ? AND s.id != ?",
                kind,
                found.synset,
            ):
                its_near, its_region = self._region(synset)
                if found.synset in its_region or synset in region or not words[:1].isupper():
                    continue
                if its_near & near or its_region & region or anywhere:
                    ranked.append((0 if its_near & near else 1, -count, words))
        return tuple(tuple(words.split("|")) for _tier, _count, words in sorted(ranked))

    def _region(self, synset: int) -> tuple[frozenset[int], frozenset[int]]:
        """The wholes a place lies in, and those with the wholes that contain them."""
        near = frozenset(self._wholes(synset))
        return near, near.union(*(self._wholes(whole) for whole in near))

    def _wholes(self, synset: int) -> tuple[int, ...]:
        """The places *synset* is part of, short of a hemisphere ('Africa', not 'Old World')."""
        rows = self._rows(
            "SELECT whole, words FROM part JOIN synset s ON s.id = whole WHERE synset = ?", synset
        )
        return tuple(
            whole for whole, words in rows if words.split("|")[0].lower() not in en.WORLD_PARTS
        )

    @functools.lru_cache(maxsize=1024)  # noqa: B019
    def members(self, class_id: int) -> tuple[tuple[str, ...], ...]:
        """The names of every individual in a class, each as its written forms."""
        rows = self._rows(
            "SELECT s.words FROM hypernym h JOIN synset s ON s.id = h.synset "
            "WHERE h.hypernym = ? AND s.instance = 1 ORDER BY s.count DESC, s.id",
            class_id,
        )
        return tuple(tuple(words.split("|")) for (words,) in rows)

    def class_name(self, class_id: int) -> str:
        """The usual name of a class, e.g. 'European country'."""
        rows = self._rows("SELECT words FROM synset WHERE id = ?", class_id)
        return rows[0][0].split("|")[0] if rows else ""

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def noun_lexname(self, lemma: str) -> str | None:
        """The lexicographer file of the most usual sense of a common noun."""
        rows = self._rows(
            "SELECT s.lexname FROM sense JOIN synset s ON s.id = sense.synset "
            "WHERE sense.lemma = ? AND s.instance = 0 ORDER BY sense.rank LIMIT 1",
            lemma.lower(),
        )
        return rows[0][0] if rows else None

    def is_event_noun(self, lemma: str) -> bool:
        """Whether a common noun's most usual sense is an act, an event or a process ('win')."""
        return self.noun_lexname(lemma) in en.EVENT_SENSES

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def noun_lexnames(self, lemma: str) -> frozenset[str]:
        """The lexicographer files of every sense of a common noun."""
        rows = self._rows(
            "SELECT DISTINCT s.lexname FROM sense JOIN synset s ON s.id = sense.synset "
            "WHERE sense.lemma = ? AND s.instance = 0",
            lemma.lower(),
        )
        return frozenset(row[0] for row in rows)

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def usage(self, lemma: str) -> int:
        """How often WordNet's corpus uses *lemma*'s commonest noun sense: high is everyday."""
        rows = self._rows(
            "SELECT MAX(s.count) FROM sense JOIN synset s ON s.id = sense.synset "
            "WHERE sense.lemma = ? AND s.instance = 0",
            lemma.lower(),
        )
        return rows[0][0] or 0

    @functools.lru_cache(maxsize=512)  # noqa: B019
    def senses(self, lemma: str) -> tuple[Sense, ...]:
        """The common-noun senses of *lemma*, most usual first, each with its co-hyponyms
        ('quartile': percentile, decile) and the words around it in WordNet."""
        rows = self._rows(
            "SELECT sense.synset, s.count FROM sense JOIN synset s ON s.id = sense.synset "
            "WHERE sense.lemma = ? AND s.instance = 0 ORDER BY sense.rank",
            lemma.lower(),
        )
        found = []
        for synset, count in rows:
            siblings = self._rows(
                "SELECT DISTINCT s.id, s.words, s.count FROM hypernym up "
                "JOIN hypernym down ON down.hypernym = up.hypernym "
                "JOIN synset s ON s.id = down.synset "
                "WHERE up.synset = ? AND down.synset != ? AND s.instance = 0 "
                "ORDER BY s.count DESC, s.id",
                synset,
                synset,
            )
            parents = self._rows(
                "SELECT s.words FROM hypernym h JOIN synset s ON s.id = h.hypernym "
                "WHERE h.synset = ?",
                synset,
            )
            siblings = siblings[:MAX_SIBLINGS]
            words = [w.split("|")[0] for _id, w, _count in siblings]
            around = {w for (ws,) in parents for w in ws.split("|")}
            around |= {w for _id, ws, _count in siblings for w in ws.split("|")}
            found.append(Sense(synset, count, tuple(words), frozenset(around)))
        return tuple(found)

    def verb_base(self, form: str) -> str | None:
        """The base form of an inflected verb ('denies' -> 'deny'), or None if unknown."""
        word = form.lower()
        if word in self._verb_exceptions:
            return self._verb_exceptions[word]
        if word in self._verbs:
            return word
        for ending, replacement in en.VERB_ENDINGS:
            if word.endswith(ending):
                stem = word[: -len(ending)]
                if stem + replacement in self._verbs:
                    return stem + replacement
                doubled = replacement == "" and len(stem) > 2 and stem[-1] == stem[-2]
                if doubled and stem[:-1] in self._verbs:  # planned -> plan
                    return stem[:-1]
        return None

    @functools.cached_property
    def _plurals(self) -> dict[str, str]:
        return {base: form for form, base in self._rows("SELECT form, base FROM noun_exception")}

    def noun_plural(self, noun: str) -> str:
        """The plural of a noun, irregular ones from WordNet ('man' -> 'men')."""
        return self._plurals.get(noun.lower()) or plural(noun)

    def noun_singular(self, plural: str) -> str | None:
        """The singular of a plural noun WordNet knows ('countries' -> 'country')."""
        word = plural.lower()
        rows = self._rows("SELECT base FROM noun_exception WHERE form = ?", word)
        if rows:
            return rows[0][0]
        for ending, replacement in en.NOUN_ENDINGS:
            if word.endswith(ending) and self.noun_lexname(word[: -len(ending)] + replacement):
                return word[: -len(ending)] + replacement
        return None


def plural(noun: str) -> str:
    """The regular plural of an English noun: 'city' -> 'cities', 'box' -> 'boxes'."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "z", "ch", "sh")) else "s")


@functools.cache
def load() -> Lexicon | None:
    """The process's lexicon, or None when WordNet data was never built (or built by an
    older version: `quiz setup-data` rebuilds it)."""
    path = resources.lexicon_path()
    return Lexicon(path) if path else None


def is_current(path: Path) -> bool:
    """Whether the extract at *path* was built by this version of :func:`build`."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute("PRAGMA user_version").fetchone()[0] == EXTRACT_VERSION
