"""Backups of the whole site: every table but the job queue's, written as one zip archive and
restored, in one transaction, into an empty database of either engine (SQLite or PostgreSQL).

The archive holds ``manifest.json`` (format version, schema revision, creation time, and per
table its file, columns, row count, SHA-256 and the next id to give) and one JSON Lines file per
table, a row per line as an object by column name, in primary-key order. Times are ISO 8601
as stored (naive values are UTC, as the site keeps them); binary values are base64.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import secrets
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Connection, Engine, Table, func, insert, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from quiz import MIGRATIONS
from quiz.models import db

FORMAT = "quiz-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
# Jobs are work in progress of the queue, whose own store is not backed up: a queued job
# restored without its queue entry would hold its teacher's one active job forever.
LEFT_OUT = frozenset({"generation_jobs"})
BATCH = 1000  # rows read per round trip, and inserted per statement


class BackupError(Exception):
    """A backup cannot be written or restored; the message says why in one line."""


MAX_ID = 2**31 - 1  # ids are INTEGER columns on PostgreSQL


def backed_up_tables() -> list[Table]:
    """The tables a backup holds, each after the tables it refers to."""
    return [table for table in db.metadata.sorted_tables if table.name not in LEFT_OUT]


def schema_revision() -> str:
    """The Alembic revision of this release's schema."""
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def describe(counts: dict[str, int]) -> str:
    """'users 3, classes 1, ...': the rows of each table."""
    return ", ".join(f"{table} {rows}" for table, rows in counts.items())


# --- writing --------------------------------------------------------------------------------


def export_all(engine: Engine, path: Path) -> dict[str, int]:
    """Write every backed-up table of the database to a new archive at *path* (readable by its
    owner only; replaced whole, never left half written). Returns the rows of each table."""
    revision = schema_revision()
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with engine.connect() as connection:
            _read_snapshot(connection)
            found = MigrationContext.configure(connection).get_current_revision()
            if found != revision:
                raise BackupError(
                    f"the database's schema is at revision {found or 'none'}, this release's is "
                    f"{revision}: run `quiz init-db` first"
                )
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with (
                os.fdopen(descriptor, "wb") as file,
                zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive,
            ):
                entries = [_write_table(connection, archive, table) for table in backed_up_tables()]
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "alembic_revision": revision,
                    "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "left_out": sorted(LEFT_OUT),
                    "tables": entries,
                }
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        os.replace(temporary, path)
    except OSError as error:
        raise BackupError(f"cannot write {path}: {error.strerror or error}") from error
    except SQLAlchemyError as error:
        raise BackupError(f"cannot read the database: {_first_line(error)}") from error
    finally:
        temporary.unlink(missing_ok=True)
    return {entry["table"]: entry["rows"] for entry in entries}


def _read_snapshot(connection: Connection) -> None:
    """Make every following read see the database as it was at one moment."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")  # the driver starts none before a read
    elif connection.dialect.name == "postgresql":
        connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def _write_table(connection: Connection, archive: zipfile.ZipFile, table: Table) -> dict:
    """Stream *table* into its JSON Lines member; its manifest entry."""
    name = f"{table.name}.jsonl"
    digest, rows = hashlib.sha256(), 0
    query = select(table).order_by(*table.primary_key.columns)
    result = connection.execution_options(yield_per=BATCH).execute(query)
    member_info = zipfile.ZipInfo(name, dt.datetime.now().timetuple()[:6])
    member_info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(member_info, "w", force_zip64=True) as member:
        for row in result.mappings():
            values = {column: _encode(value) for column, value in row.items()}
            line = (json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
            digest.update(line)
            member.write(line)
            rows += 1
    return {
        "table": table.name,
        "file": name,
        "columns": [column.name for column in table.columns],
        "rows": rows,
        "sha256": digest.hexdigest(),
        "next_id": _next_id(connection, table),
    }


def _next_id(connection: Connection, table: Table) -> int:
    """The id the database would give the table's next row: past the rows deleted since, where
    it keeps count (PostgreSQL's sequences, SQLite's AUTOINCREMENT tables), else past the
    highest."""
    (key,) = table.primary_key.columns
    last = connection.scalar(select(func.max(key))) or 0
    if connection.dialect.name == "postgresql":
        issued = connection.scalar(
            text(
                "SELECT pg_sequence_last_value(pg_get_serial_sequence(:table, :column)::regclass)"
            ),
            {"table": table.name, "column": key.name},
        )
        last = max(last, issued or 0)
    elif connection.dialect.name == "sqlite" and table.dialect_options["sqlite"]["autoincrement"]:
        issued = connection.scalar(
            text("SELECT seq FROM sqlite_sequence WHERE name = :table"), {"table": table.name}
        )
        last = max(last, issued or 0)
    return last + 1


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dt.date):  # and dt.datetime, with its offset if it has one
        return value.isoformat()
    return value


# --- restoring ------------------------------------------------------------------------------


def import_all(engine: Engine, path: Path, create_schema: Callable[[], None]) -> dict[str, int]:
    """Restore the archive at *path* into the empty database of *engine*, in one transaction:
    on any error nothing is written, and a SQLite file the restore created is removed again.
    A database without tables first gets the schema from *create_schema*. Returns the rows of
    each table."""
    created = _create_sqlite_file(engine)
    try:
        return _restore(engine, path, create_schema)
    except BaseException:
        if created is not None:
            _remove_if_unused(engine, *created)
        raise


def _create_sqlite_file(engine: Engine) -> tuple[Path, int] | None:
    """Create the file of *engine*'s SQLite database if there is none, never through a
    symbolic link; the file and its inode. None for other engines, in-memory databases, and a
    file (or link) that is already there: that is the operator's."""
    url = engine.url
    name = url.database or ""
    if url.get_backend_name() != "sqlite" or name in {"", ":memory:"} or name.startswith("file:"):
        return None
    file = Path(name)
    try:
        os.close(os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, 0o600))
    except FileExistsError:
        return None
    return file, file.lstat().st_ino


def _remove_if_unused(engine: Engine, file: Path, inode: int) -> None:
    """After a failed restore, remove the SQLite file it created (with SQLite's side files),
    unless it is no longer that file or another process has put accounts in it meanwhile (a
    site started on it during the restore)."""
    engine.dispose()  # its pooled connections hold the file open
    try:
        found = file.lstat()
    except FileNotFoundError:
        return
    same = found.st_ino == inode and stat.S_ISREG(found.st_mode)
    if not same or _holds_accounts(engine):
        return
    for suffix in ("", "-journal", "-wal", "-shm"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)


def _holds_accounts(engine: Engine) -> bool:
    """Whether the database has a users table with a row in it."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT 1 FROM users LIMIT 1")).first() is not None
    except SQLAlchemyError:  # no such table: nothing anyone made
        return False
    finally:
        engine.dispose()


def _restore(engine: Engine, path: Path, create_schema: Callable[[], None]) -> dict[str, int]:
    try:
        with _open_archive(path) as archive:
            entries = _read_manifest(archive, path)
            if not inspect(engine).get_table_names():
                create_schema()
            with engine.begin() as connection:
                _take_database(connection)
                for table, entry in zip(backed_up_tables(), entries, strict=True):
                    _restore_table(connection, archive, table, entry)
                _set_next_ids(connection, entries)
    except SQLAlchemyError as error:
        raise BackupError(
            f"the archive's rows do not fit the database, nothing was restored: "
            f"{_first_line(error)}"
        ) from error
    return {entry["table"]: entry["rows"] for entry in entries}


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError) as error:
        raise BackupError(f"{path} is not a quiz backup, or a truncated one ({error})") from error
    except OSError as error:
        raise BackupError(f"cannot read {path}: {error.strerror or error}") from error


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> list[dict]:
    """The manifest's table entries, once it is known to describe this release's schema."""
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError as error:
        raise BackupError(f"{path} has no {MANIFEST}: it is not a quiz backup") from error
    except (ValueError, zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise BackupError(f"{path} is damaged: its {MANIFEST} cannot be read") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a quiz backup (its {MANIFEST} is another program's)")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is a backup of format version {manifest.get('format_version')}; this "
            f"release reads version {FORMAT_VERSION}"
        )
    revision, ours = manifest.get("alembic_revision"), schema_revision()
    if revision != ours:
        raise BackupError(
            f"{path} holds schema revision {revision}, this release's is {ours}: restore it with "
            "the release that wrote it, then upgrade"
        )
    expected = [
        (table.name, [column.name for column in table.columns]) for table in backed_up_tables()
    ]
    entries = manifest.get("tables")
    try:
        found = [(entry["table"], entry["columns"]) for entry in entries]
        for entry in entries:
            int(entry["rows"]), str(entry["sha256"])
            if entry["file"] != f"{entry['table']}.jsonl":
                raise ValueError(entry["file"])
            if not 1 <= int(entry["next_id"]) <= MAX_ID:
                raise ValueError(entry["next_id"])
    except (TypeError, KeyError, ValueError) as error:
        raise BackupError(f"{path} is damaged: its {MANIFEST} lacks table entries") from error
    if found != expected:
        raise BackupError(f"{path} is damaged: its tables are not those of revision {ours}")
    return entries


def _take_database(connection: Connection) -> None:
    """Keep other writers out until the restore commits, and refuse a database with rows."""
    tables = db.metadata.sorted_tables
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        names = ", ".join(connection.dialect.identifier_preparer.format_table(t) for t in tables)
        connection.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
    found = MigrationContext.configure(connection).get_current_revision()
    if found != schema_revision():
        raise BackupError(
            f"the database's schema is at revision {found or 'none'}, not {schema_revision()}: "
            "restore into a new, empty database"
        )
    for table in tables:
        rows = connection.scalar(select(func.count()).select_from(table))
        if rows:
            raise BackupError(
                f"the database is not empty ({table.name} has {rows} row{'s' * (rows > 1)}): "
                "restore only into a new, empty database"
            )


def _restore_table(
    connection: Connection, archive: zipfile.ZipFile, table: Table, entry: dict
) -> None:
    """Insert the rows of *entry*'s member, checking them against the manifest."""
    name = entry["file"]
    digest, rows, batch = hashlib.sha256(), 0, []
    try:
        with archive.open(name) as member:
            for rows, line in enumerate(_lines(member, digest), 1):
                batch.append(_decode(table, line, f"{name} line {rows}"))
                if len(batch) == BATCH:
                    connection.execute(insert(table), batch)
                    batch = []
    except KeyError as error:
        raise BackupError(f"the archive is damaged: {name} is missing") from error
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise BackupError(f"the archive is damaged: {name} cannot be read ({error})") from error
    if rows != entry["rows"] or digest.hexdigest() != entry["sha256"]:
        raise BackupError(
            f"the archive is damaged: {name} does not match its manifest entry "
            f"({rows} rows read, {entry['rows']} listed, or another checksum)"
        )
    if batch:
        connection.execute(insert(table), batch)


def _lines(member: IO[bytes], digest: Any) -> Iterator[bytes]:
    for line in member:
        digest.update(line)
        yield line


def _decode(table: Table, line: bytes, where: str) -> dict[str, Any]:
    try:
        values = json.loads(line)
    except ValueError as error:
        raise BackupError(f"the archive is damaged: {where} is not JSON") from error
    if not isinstance(values, dict) or set(values) != set(table.columns.keys()):
        raise BackupError(f"the archive is damaged: {where} has other columns than {table.name}")
    return {name: _decoded(table.columns[name], value, where) for name, value in values.items()}


def _decoded(column: Column, value: Any, where: str) -> Any:
    """*value* as the column's Python type, or a clear error."""
    if value is None:
        if column.nullable:
            return None
        raise BackupError(f"the archive is damaged: {where} has no {column.name}")
    kind = column.type.python_type
    try:
        if kind is bytes:
            return base64.b64decode(value, validate=True)
        if kind is dt.datetime:
            parsed = dt.datetime.fromisoformat(value)
            if (parsed.tzinfo is not None) != bool(column.type.timezone):
                raise ValueError("a time with a time zone where none is kept, or the reverse")
            return parsed
        if kind is dt.date:
            return dt.date.fromisoformat(value)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
    except (TypeError, ValueError, binascii.Error) as error:
        raise BackupError(
            f"the archive is damaged: {where}: {column.name} is unreadable"
        ) from error
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BackupError(f"the archive is damaged: {where}: {column.name} is not {kind.__name__}")
    return value


def _set_next_ids(connection: Connection, entries: list[dict]) -> None:
    """Make each table give new rows the ids its source database would have (past the restored
    ids and past those of rows deleted before the backup): PostgreSQL's sequences and SQLite's
    AUTOINCREMENT counters. SQLite's other tables go on from their highest id by themselves."""
    for table, entry in zip(backed_up_tables(), entries, strict=True):
        (key,) = table.primary_key.columns
        values = {"table": table.name, "column": key.name, "next": int(entry["next_id"])}
        if connection.dialect.name == "postgresql":
            connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, :column), "
                    f"GREATEST(MAX({key.name}) + 1, :next), false) FROM {table.name}"
                ),
                values,
            )
        elif (
            connection.dialect.name == "sqlite" and table.dialect_options["sqlite"]["autoincrement"]
        ):
            counter = {"table": table.name, "last": values["next"] - 1}
            moved = connection.execute(
                text("UPDATE sqlite_sequence SET seq = MAX(seq, :last) WHERE name = :table"),
                counter,
            )
            if moved.rowcount == 0:
                connection.execute(
                    text("INSERT INTO sqlite_sequence (name, seq) VALUES (:table, :last)"),
                    counter,
                )


def _first_line(error: SQLAlchemyError) -> str:
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]
