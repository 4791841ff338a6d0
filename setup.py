"""The build step pyproject.toml cannot declare: the site's templates and demo texts, kept at the
top of the repository (templates/, seeds/), are copied into the package of a wheel as
quiz/templates and quiz/seeds. Everything else is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TOP_LEVEL_FOLDERS = ("templates", "seeds")
SKIPPED = shutil.ignore_patterns("__pycache__", "*.py[cod]", ".*")


class BuildPyWithSiteFolders(build_py):
    """build_py, then templates/ and seeds/ into the built package (a fresh copy each time, so
    a file deleted from the repository leaves no stale copy in build/)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads them from the checkout
            return
        for name in TOP_LEVEL_FOLDERS:
            target = Path(self.build_lib) / "quiz" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(name, target, ignore=SKIPPED)


setup(cmdclass={"build_py": BuildPyWithSiteFolders})
