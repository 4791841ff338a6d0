"""quiz: turns factual texts into multiple-choice quizzes and serves them to a class."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # Alembic's, shipped in the package


def _site_folder(name: str) -> Path:
    """templates/ or seeds/: the package's copy in an installed wheel (setup.py puts it there),
    otherwise the folder at the top of the checkout."""
    shipped = Path(__file__).resolve().parent / name
    return shipped if shipped.is_dir() else ROOT / name


def _ensure_instance_config(app: Flask) -> None:
    """Create instance/config.py with a random secret key on first run (never committed)."""
    config = Path(app.instance_path) / "config.py"
    if not config.exists():
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(
            "# Local settings of this installation; not in version control.\n"
            f"SECRET_KEY = {secrets.token_hex(32)!r}\n",
            encoding="utf-8",
        )
        config.chmod(0o600)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The application factory: config from instance/, database, CSRF, blueprints, errors."""
    from flask import Flask  # here, so that the command line's generator never loads Flask

    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(_site_folder("templates")),
    )
    database = Path(app.instance_path) / "quiz.sqlite"
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL") or f"sqlite:///{database}",
        # A pooled connection the database server dropped (a restart) is replaced unseen.
        SQLALCHEMY_ENGINE_OPTIONS={"pool_pre_ping": True},
        # Texts are checked against 1 MB themselves, with a clear message; a request is cut at
        # 5 MB (1 MB of text in a form may take 4 in UTF-8), a form field likewise.
        MAX_CONTENT_LENGTH=5 * 1024 * 1024,
        MAX_FORM_MEMORY_SIZE=5 * 1024 * 1024,
        SESSION_COOKIE_SAMESITE="Lax",
        # A session cookie is refused 12 hours after it was last written: a school day.
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=12),
        SEEDS_DIR=str(_site_folder("seeds")),
        TIMEZONE="UTC",  # the school's IANA time zone, for open and close times
        JOB_TIME_LIMIT=600,  # seconds a generation job may run
        # Proxies in front of the site that set X-Forwarded-For and X-Forwarded-Proto (0: none,
        # the headers are ignored); HTTPS is then known from the proxy (quiz/security.py).
        TRUSTED_PROXIES=0,
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    if test_config is None:
        _ensure_instance_config(app)
        app.config.from_pyfile("config.py")
    else:
        app.config.from_mapping(test_config)

    from flask_migrate import Migrate

    from quiz import database, errors, localtime, ratelimit, routing, security, wording
    from quiz.models import db
    from quiz.views import (
        assignments,
        auth,
        authoring,
        classes,
        exchange,
        health,
        history,
        icon,
        managing,
        quizzes,
        statistics,
    )

    db.init_app(app)
    Migrate(app, db, directory=str(MIGRATIONS), render_as_batch=True, compare_type=True)
    database.init_app(app)
    errors.init_app(app)
    security.init_app(app)
    localtime.init_app(app)
    wording.init_app(app)
    ratelimit.init_app(app)
    routing.init_app(app)
    blueprints = (
        *(auth, quizzes, authoring, managing, classes, assignments),
        *(exchange, statistics, history, health, icon),
    )
    for blueprint in (module.bp for module in blueprints):
        app.register_blueprint(blueprint)
    return app
