"""The wheel: built from a copy of the repository without network, installed away from it, it
holds the site's files and runs the site with nothing read from the checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# What a build does not read: environments, generated data, caches, tests and tools.
NOT_BUILT = shutil.ignore_patterns(
    *(".venv", ".git", "nltk_data", "instance", "node_modules", "build", "dist", "*.egg-info"),
    *("__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "tests", "docs", "tools"),
    "benchmarks",
)

# Run in a fresh interpreter from the installed wheel: -S leaves out site-packages' .pth files
# (the checkout's editable install), PYTHONPATH gives the wheel first, then the dependencies.
SITE_CHECK = """
import json, sys
from pathlib import Path

import quiz
from quiz import create_app
from quiz.database import init_db
from quiz.models import DEMO_TEACHER, Quiz, User, db

folder = Path(sys.argv[1])
app = create_app({
    "TESTING": True,
    "SECRET_KEY": "wheel-test",
    "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'quiz.sqlite'}",
    "RATELIMIT_ENABLED": False,
})
with app.app_context():
    created = init_db()
    demos = db.session.scalars(
        db.select(Quiz.title).join(User).where(User.username == DEMO_TEACHER)
    ).all()
    db.engine.dispose()
client = app.test_client()
print(json.dumps({
    "package": quiz.__file__,
    "templates": app.template_folder,
    "seeds": app.config["SEEDS_DIR"],
    "created": created,
    "demos": demos,
    "status": {
        path: client.get(path).status_code for path in ("/", "/auth/login", "/static/style.css")
    },
}))
"""


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the repository (the checkout gets no build/ folder)."""
    folder = tmp_path_factory.mktemp("wheel")
    source = folder / "source"
    shutil.copytree(REPO, source, ignore=NOT_BUILT)
    python = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    _run([*python, "--no-index", "--quiet", "--wheel-dir", str(folder / "dist"), "."], source)
    (built,) = (folder / "dist").glob("quiz-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The wheel installed into a folder of its own, outside the repository."""
    target = tmp_path_factory.mktemp("installed") / "lib"
    pip = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet"]
    _run([*pip, "--target", str(target), str(wheel)], target.parent)
    return target


def _files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_holds_templates_static_files_seeds_and_migrations(wheel) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    package = REPO / "quiz"
    expected = (
        {f"quiz/templates/{name}" for name in _files(REPO / "templates")}
        | {f"quiz/seeds/{name}" for name in _files(REPO / "seeds")}
        | {f"quiz/static/{name}" for name in _files(package / "static")}
        | {f"quiz/migrations/{name}" for name in _files(package / "migrations")}
        | {"quiz/generator/ranking_weights.json"}
    )
    assert "quiz/templates/auth/login.html" in expected
    assert "quiz/migrations/alembic.ini" in expected
    assert expected - names == set()


def test_an_installed_wheel_sets_up_its_data_and_runs_the_site(installed, tmp_path) -> None:
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    env = {name: value for name, value in os.environ.items() if name != "QUIZ_NLTK_DATA"}
    env |= {
        "PYTHONPATH": os.pathsep.join([str(installed), *sorted(dependencies)]),
        "XDG_DATA_HOME": str(tmp_path / "share"),  # the NLP data of an installed quiz
        "QUIZ_QUEUE_PATH": str(tmp_path / "queue.sqlite"),
    }
    python = [sys.executable, "-S"]
    ready = _run([*python, "-m", "quiz", "setup-data"], tmp_path, env)
    assert f"NLP data ready in {tmp_path / 'share' / 'quiz' / 'nltk_data'}" in ready

    found = json.loads(_run([*python, "-c", SITE_CHECK, str(tmp_path)], tmp_path, env))

    package = installed / "quiz"
    assert Path(found["package"]) == package / "__init__.py"
    assert Path(found["templates"]) == package / "templates"
    assert Path(found["seeds"]) == package / "seeds"
    assert found["status"] == {"/": 200, "/auth/login": 200, "/static/style.css": 200}
    assert found["created"] == 1
    (demo,) = found["demos"]
    assert demo.startswith("Demo: ")
