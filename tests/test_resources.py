"""The offline NLP data: built from registry packages, read back without NLTK's downloader."""

from __future__ import annotations

import io
import pickle
import shutil
import sqlite3

import pytest

from quiz.generator import lexicon, places, resources


def test_every_resource_is_in_the_project_data_folder() -> None:
    folder = resources.data_dir()
    assert (folder / resources.TAGGER_DIR / "averaged_perceptron_tagger_eng.weights.json").is_file()
    assert (folder / resources.PUNKT_DIR / "abbrev_types.txt").is_file()
    assert (folder / resources.WORDNET_DIR / "lexnames").read_text().count("\n") == 45
    assert (folder / resources.LEXICON_FILE).is_file()
    assert places.is_current(folder / resources.GAZETTEER_FILE)


def test_building_again_changes_nothing() -> None:
    messages: list[str] = []
    assert resources.build_all(log=messages.append) == []
    assert all(m.startswith("present:") for m in messages)


def test_an_extract_of_an_older_version_is_not_used_and_set_up_rebuilds_it(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(resources.DATA_ENV, str(tmp_path))
    stale = tmp_path / resources.LEXICON_FILE
    stale.parent.mkdir(parents=True)
    sqlite3.connect(stale).close()  # built before extracts had versions
    built: list[str] = []
    monkeypatch.setattr(resources, "_install", lambda relative, *_a, **_k: built.append(relative))
    lexicon.load.cache_clear()
    try:
        assert lexicon.load() is None
        resources.build_all(log=lambda _message: None)
        assert resources.LEXICON_FILE in built
    finally:
        lexicon.load.cache_clear()


def test_splitter_parameters_of_an_older_build_are_rebuilt_without_common_words(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Punkt's English model lists 'victories', 'bombed' and 'Melaka' among its abbreviations;
    the build drops every word of five letters or more but the few real ones, and ordinary
    shorter words, and set-up redoes a build that predates that (one without a stamp, or one
    made before WordNet was installed)."""
    tagger = resources.data_dir() / resources.TAGGER_DIR
    monkeypatch.setenv(resources.DATA_ENV, str(tmp_path))
    shutil.copytree(tagger, tmp_path / resources.TAGGER_DIR)
    folder = tmp_path / resources.PUNKT_DIR
    folder.mkdir(parents=True)
    (folder / "abbrev_types.txt").write_text("victories\n")  # built before stamps
    resources.ensure_core()
    kept = set((folder / "abbrev_types.txt").read_text().split())
    assert {"gen", "no", "approx", "messrs"} <= kept
    assert not kept & {"victories", "bombed", "galaxies", "invaders", "century", "melaka"}
    stamp = folder / resources.PUNKT_STAMP
    stamp.write_text(f"{resources.PUNKT_VERSION} no-wordnet\n")
    resources.ensure_core()
    assert stamp.read_text() == f"{resources.PUNKT_VERSION} wordnet\n"
    # an independent review: a build sifted with WordNet is kept when WordNet is gone since
    monkeypatch.setenv(resources.WORDNET_ENV, str(tmp_path / "no-wordnet-here"))
    resources.ensure_core()
    assert stamp.read_text() == f"{resources.PUNKT_VERSION} wordnet\n"


def test_the_gazetteer_file_holds_what_geonames_and_iso_give(tmp_path) -> None:
    path = tmp_path / "gazetteer.json"
    places.write(path)
    from_file, from_packages = places.read_file(path), places.read_sources()
    assert from_file == from_packages
    assert len(from_file.readings["Paris"]) > 1  # Paris, Texas too
    coordinates = [  # not compared by ==
        [(town.latitude, town.longitude) for town in gazetteer.cities["FR"]]
        for gazetteer in (from_file, from_packages)
    ]
    assert coordinates[0] == coordinates[1]


def test_a_gazetteer_of_other_code_or_data_is_not_read_and_set_up_rebuilds_it(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = (resources.data_dir() / resources.GAZETTEER_FILE).read_text()
    monkeypatch.setenv(resources.DATA_ENV, str(tmp_path))
    stale = tmp_path / resources.GAZETTEER_FILE
    stale.parent.mkdir(parents=True)
    stale.write_text(current.replace('"fingerprint":"', '"fingerprint":"0', 1))
    assert not places.is_current(stale)
    damaged = current.replace('"places":[[', '"places":[["x"],[', 1)  # current, but broken
    for content in ("{not json", "null", "[]", "{}", damaged):
        stale.write_text(content)
        assert not places.is_current(stale), content
    built: list[str] = []
    monkeypatch.setattr(resources, "_install", lambda relative, *_a, **_k: built.append(relative))
    resources.build_all(log=lambda _message: None)
    assert resources.GAZETTEER_FILE in built
    stale.unlink()
    (stale / "left-over").mkdir(parents=True)  # a folder where the file belongs
    assert resources.gazetteer_path() is None
    built.clear()
    resources.build_all(log=lambda _message: None)
    assert resources.GAZETTEER_FILE in built


def test_the_tagger_pickle_may_only_hold_plain_data() -> None:
    payload = pickle.dumps(({}, {}, {"NN"}))
    assert resources._SetOnlyUnpickler(io.BytesIO(payload)).load()[2] == {"NN"}
    hostile = pickle.dumps(print)
    with pytest.raises(pickle.UnpicklingError, match="unexpected class"):
        resources._SetOnlyUnpickler(io.BytesIO(hostile)).load()


def test_the_extract_agrees_with_nltks_own_wordnet_reader() -> None:
    from nltk.corpus import wordnet

    resources.use_data_dir()
    extract = lexicon.load()
    poland = wordnet.synsets("Poland")[0]
    named = extract.named("Poland")[0]
    assert named.synset == poland.offset()
    assert extract.class_name(named.classes[0]) == "European country"
    hungary = wordnet.synset("hungary.n.01")
    members = {words[0] for words in extract.members(named.classes[0])}
    assert hungary.lemmas()[0].name() in members
    assert extract.noun_lexname("alliance") == wordnet.synsets("alliance", "n")[0].lexname()
    for form, base in [
        ("formed", "form"),
        ("denies", "deny"),
        ("left", "leave"),
        ("planned", "plan"),
        ("goes", "go"),
    ]:
        assert extract.verb_base(form) == base
        assert wordnet.morphy(form, "v") == base
