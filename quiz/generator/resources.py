"""Offline NLP resources: built from registry packages, found again at run time.

`nltk.download()` cannot reach its server on our machines, so every resource is built into a
project-local NLTK data folder by :func:`build_all` (the ``quiz setup-data`` command):

* ``taggers/averaged_perceptron_tagger_eng/``: the averaged-perceptron POS tagger shipped by
  PyPI ``textblob-aptagger`` (a pickle, unpickled once here, then written as NLTK's JSON);
* ``tokenizers/punkt_tab/english/``: trained Punkt parameters shipped by PyPI ``nupunkt``;
* ``corpora/wordnet/``: WordNet 3.0 from Debian's ``wordnet-base`` and ``wordnet-sense-index``;
* ``quiz/lexicon.sqlite``: the small extract of WordNet the generator reads (see ``lexicon.py``);
* ``quiz/gazetteer.json``: the places of GeoNames and ISO 3166 the generator knows (``places.py``).

The running generator only reads JSON, text and SQLite files; it never unpickles anything.
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

import nltk

from quiz.generator.lang import en

DATA_ENV = "QUIZ_NLTK_DATA"
WORDNET_ENV = "QUIZ_WORDNET_DIR"
SYSTEM_WORDNET = Path("/usr/share/wordnet")

TAGGER_DIR = "taggers/averaged_perceptron_tagger_eng"
PUNKT_DIR = "tokenizers/punkt_tab/english"
PUNKT_STAMP = "quiz-build.txt"  # which build of ours wrote the splitter's parameters
PUNKT_VERSION = 3  # raise when _build_punkt changes: set-up rebuilds older parameters
WORDNET_DIR = "corpora/wordnet"
LEXICON_FILE = "quiz/lexicon.sqlite"
GAZETTEER_FILE = "quiz/gazetteer.json"

# WordNet's lexicographer files in their numbered order; Debian does not ship this file.
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
    "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
_SYNTACTIC_CATEGORY = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}


class ResourceError(RuntimeError):
    """A resource cannot be built or found; the message says what to do."""


def data_dir() -> Path:
    """The NLTK data folder of this installation.

    ``$QUIZ_NLTK_DATA`` when set; ``nltk_data/`` beside ``pyproject.toml`` in a source checkout;
    otherwise a per-user folder.
    """
    configured = os.environ.get(DATA_ENV)
    if configured:
        return Path(configured).resolve()
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file():
        return checkout / "nltk_data"
    user_data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return user_data / "quiz" / "nltk_data"


def use_data_dir() -> Path:
    """Put :func:`data_dir` first on ``nltk.data.path`` and return it."""
    folder = data_dir()
    if str(folder) not in nltk.data.path:
        nltk.data.path.insert(0, str(folder))
    return folder


def _package_file(distribution: str, suffix: str) -> Path:
    """The installed file of *distribution* whose path ends with *suffix*."""
    try:
        files = metadata.distribution(distribution).files or []
    except metadata.PackageNotFoundError as error:
        raise ResourceError(f"the Python package {distribution!r} is not installed") from error
    for file in files:
        if str(file).endswith(suffix):
            return Path(str(file.locate()))
    raise ResourceError(f"{distribution!r} does not contain {suffix!r}")


class _SetOnlyUnpickler(pickle.Unpickler):
    """Unpickles plain data; the only class the tagger pickle may name is ``set``."""

    def find_class(self, module: str, name: str) -> type:
        if (module, name) in {("__builtin__", "set"), ("builtins", "set")}:
            return set
        raise pickle.UnpicklingError(f"unexpected class {module}.{name} in the tagger pickle")


def _tagger_parameters() -> tuple[dict, dict, set]:
    """Weights, tag dictionary and classes from textblob-aptagger's pickle."""
    source = _package_file("textblob-aptagger", "trontagger-0.1.0.pickle")
    with source.open("rb") as stream:
        return _SetOnlyUnpickler(stream, encoding="latin1").load()


def _build_tagger(target: Path) -> None:
    from nltk.tag.perceptron import PerceptronTagger

    weights, tagdict, classes = _tagger_parameters()
    tagger = PerceptronTagger(load=False)
    tagger.decode_json_params((weights, tagdict, sorted(classes)))
    tagger.save_to_json(lang="eng", loc=str(target))


def _wordnet_words(source: Path, part: str) -> set[str]:
    """The single-word lemmas of one part of speech in WordNet's index ('century', 'bomb')."""
    with (source / f"index.{part}").open(encoding="utf-8") as lines:
        lemmas = (line.split(" ", 1)[0] for line in lines if not line.startswith(" "))
        return {lemma for lemma in lemmas if "_" not in lemma}


def _vocabulary() -> set[str]:
    """Single words the tagger's training text (news) or WordNet knows ('wall', 'century')."""
    vocabulary = {f[len("i word ") :] for f in _tagger_parameters()[0] if f.startswith("i word ")}
    source = wordnet_source()
    if source is not None:
        for part in ("noun", "verb", "adj", "adv"):
            vocabulary |= _wordnet_words(source, part)
    return vocabulary


def _not_abbreviations(types: Iterable[str]) -> set[str]:
    """The abbreviation types nupunkt learnt that end sentences in prose: every word of five
    letters or more ('victories', 'bombed', 'Melaka', OCR slips such as 'ofcongo') but the few
    real ones (en.ABBREVIATIONS: 'approx', 'messrs'), and shorter ones that are ordinary words
    ('wall', 'week') but for real abbreviations spelt like words ('gen', 'no')."""
    real = en.WORDLIKE_ABBREVIATIONS | en.ABBREVIATIONS
    vocabulary = _vocabulary()
    return {
        a
        for a in types
        if a not in real
        and "." not in a
        and ((len(a) >= MIN_LONG_WORD and a.isalpha()) or (len(a) >= 3 and a in vocabulary))
    }


MIN_LONG_WORD = 5  # an abbreviation this long is a word, but for the few en.ABBREVIATIONS lists


def _punkt_stamp() -> str:
    """What a current build of the splitter's parameters says of itself: our version, and
    whether WordNet's words were there to sift its abbreviations with."""
    return f"{PUNKT_VERSION} {'wordnet' if wordnet_source() else 'no-wordnet'}\n"


def _build_punkt(target: Path) -> None:
    source = _package_file("nupunkt", "models/default_model.json.gz")
    with gzip.open(source, "rt", encoding="utf-8") as stream:
        parameters = json.load(stream)["parameters"]
    # nupunkt learnt its abbreviations from legal text, where "century." or "week." can end an
    # abbreviated citation; in prose they end sentences ('Japan won a series of victories.
    # Singapore ... surrendered' was one sentence: reading n12; so was '... in Melaka. Together
    # with George Town': n15).
    dropped = _not_abbreviations(parameters["abbrev_types"])
    abbreviations = [a for a in parameters["abbrev_types"] if a not in dropped]
    (target / PUNKT_STAMP).write_text(_punkt_stamp(), encoding="utf-8")
    files = {
        "abbrev_types.txt": sorted(abbreviations),
        "collocations.tab": sorted("\t".join(pair) for pair in parameters["collocations"]),
        "sent_starters.txt": sorted(parameters["sent_starters"]),
        "ortho_context.tab": [f"{k}\t{v}" for k, v in sorted(parameters["ortho_context"].items())],
    }
    for name, lines in files.items():
        (target / name).write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")


def wordnet_source() -> Path | None:
    """The folder holding WordNet 3.0's database files, if this machine has one."""
    folder = Path(os.environ.get(WORDNET_ENV) or SYSTEM_WORDNET)
    return folder if (folder / "data.noun").is_file() else None


def _build_wordnet(target: Path) -> None:
    source = wordnet_source()
    if source is None:
        raise ResourceError(
            "WordNet 3.0 is not installed: as root, run "
            "`apt-get install wordnet-base wordnet-sense-index`"
        )
    for pattern in ("data.*", "index.*", "*.exc"):
        for file in source.glob(pattern):
            shutil.copy2(file, target / file.name)
    lines = [
        f"{number:02d}\t{name}\t{_SYNTACTIC_CATEGORY[name.split('.')[0]]}"
        for number, name in enumerate(LEXNAMES)
    ]
    (target / "lexnames").write_text("\n".join(lines) + "\n", encoding="ascii")


def _build_lexicon(target: Path) -> None:
    from quiz.generator import lexicon

    lexicon.build(target / Path(LEXICON_FILE).name)


def _build_gazetteer(target: Path) -> None:
    from quiz.generator import places

    places.write(target / Path(GAZETTEER_FILE).name)


def _install(relative: str, builder: Callable[[Path], None], *, is_file: bool = False) -> None:
    """Build one resource in a temporary folder, then move it into place atomically."""
    root = use_data_dir()
    final = root / relative
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=final.parent))
    try:
        builder(staging)
        built = staging / final.name if is_file else staging
        if final.is_dir():
            shutil.rmtree(final)
        os.replace(built, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _present(relative: str) -> bool:
    path = data_dir() / relative
    if relative == LEXICON_FILE:
        from quiz.generator import lexicon

        return path.is_file() and lexicon.is_current(path)  # an older extract is rebuilt
    if relative == PUNKT_DIR:  # of this version, and sifted with WordNet if it is here now
        stamp = path / PUNKT_STAMP
        if not stamp.is_file():
            return False
        version, _, sifted = stamp.read_text(encoding="utf-8").strip().partition(" ")
        return version == str(PUNKT_VERSION) and (sifted == "wordnet" or wordnet_source() is None)
    if relative == GAZETTEER_FILE:
        from quiz.generator import places

        return path.is_file() and places.is_current(path)  # so is a gazetteer of other code
    return path.is_dir() and any(path.iterdir())


def build_all(*, force: bool = False, log: Callable[[str], None] = print) -> list[str]:
    """Build every missing resource (all of them with *force*); return the notes to show.

    WordNet needs Debian's packages; without them the other resources are still built and a note
    says what is missing.
    """
    notes: list[str] = []
    steps: list[tuple[str, Callable[[Path], None], bool]] = [
        (TAGGER_DIR, _build_tagger, False),
        (PUNKT_DIR, _build_punkt, False),
        (GAZETTEER_FILE, _build_gazetteer, True),
        (WORDNET_DIR, _build_wordnet, False),
        (LEXICON_FILE, _build_lexicon, True),
    ]
    for relative, builder, is_file in steps:
        if _present(relative) and not force:
            log(f"present: {relative}")
            continue
        if builder in (_build_wordnet, _build_lexicon) and wordnet_source() is None:
            notes.append(
                "WordNet is not installed, so distractors come from the document and the "
                "built-in gazetteer only. As root: apt-get install wordnet-base wordnet-sense-index"
            )
            break
        log(f"building: {relative}")
        _install(relative, builder, is_file=is_file)
    return notes


def ensure_core() -> None:
    """Build the tagger and sentence splitter if they are missing (both come from PyPI)."""
    for relative, builder in ((TAGGER_DIR, _build_tagger), (PUNKT_DIR, _build_punkt)):
        if not _present(relative):
            _install(relative, builder)


@functools.cache
def tagger() -> nltk.tag.perceptron.PerceptronTagger:
    """The POS tagger, loaded once from its JSON files.

    The files are read with the standard json module rather than NLTK's bounded loader, which
    takes twice as long on 7.6 MB of weights: they are our own build output, not downloads.
    """
    from nltk.tag.perceptron import PerceptronTagger

    folder = use_data_dir() / TAGGER_DIR
    ensure_core()
    model = PerceptronTagger(load=False)
    parameters = []
    for part in ("weights", "tagdict", "classes"):
        with (folder / f"averaged_perceptron_tagger_eng.{part}.json").open(encoding="utf-8") as f:
            parameters.append(json.load(f))
    model.decode_json_params(parameters)
    return model


@functools.cache
def sentence_splitter() -> nltk.tokenize.punkt.PunktSentenceTokenizer:
    """NLTK's Punkt sentence splitter with the trained English parameters."""
    import nltk.data
    from nltk.tokenize.punkt import PunktSentenceTokenizer, load_punkt_params

    use_data_dir()
    ensure_core()
    return PunktSentenceTokenizer(load_punkt_params(nltk.data.find(PUNKT_DIR + "/")))


def lexicon_path() -> Path | None:
    """The WordNet extract, or None (with one note on stderr) when it was never built or was
    built by an older version."""
    if _present(LEXICON_FILE):
        return data_dir() / LEXICON_FILE
    _warn_once(
        "quiz: WordNet data not found or out of date; distractors come from the document and "
        "the gazetteer only. Run `quiz setup-data` after installing wordnet-base and "
        "wordnet-sense-index."
    )
    return None


def gazetteer_path() -> Path | None:
    """The gazetteer file `quiz setup-data` writes, if there is one (without it, or when it is
    out of date, the generator reads GeoNames itself, which takes longer)."""
    path = data_dir() / GAZETTEER_FILE
    return path if path.is_file() else None


@functools.cache
def _warn_once(message: str) -> None:
    logging.getLogger(__name__).warning(message)
