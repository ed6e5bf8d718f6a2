"""Opening the one SQLite file: checks, lock, pragmas, migrations (with a copy first), transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from unionclerk.core.messages import msg, reason_of
from unionclerk.store import backup as backups
from unionclerk.store.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseReadOnly,
    NeedsUpgrade,
    NewerSchema,
    NotAUnionclerkFile,
    StoreError,
)
from unionclerk.store.files import read_only_connect, writable
from unionclerk.store.lock import FileLock
from unionclerk.store.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"


def default_db_path() -> Path:
    """The clerk's database in the user data directory."""
    return Path(platformdirs.user_data_dir("unionclerk", appauthor=False)) / "unionclerk.db"


def data_file(given: str | os.PathLike[str] | None) -> Path:
    """The data file a command works on.

    A given path must exist: only `unionclerk new` and `demo --out` create files, so a mistyped --db is refused
    rather than made into an empty database. Without one, the user's default file, created with its folder on
    first use, as the window does.
    """
    if given is not None:
        path = Path(given).expanduser()
        if path.is_dir():
            _check_exists(path)
        if not path.exists():
            raise StoreError(
                f"找不到数据文件“{path}”：请检查 --db 的路径（只有 unionclerk new 和 demo --out 会新建数据文件）。"
            )
        return path
    path = default_db_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        Store.open(path, daily_backup=False).close()
    return path


def _check_exists(path: Path) -> None:
    if path.is_dir():
        raise NotAUnionclerkFile(_a_folder(path))
    if not path.exists():
        raise StoreError(msg("找不到数据文件“{path}”。", path=str(path)))
    if path.stat().st_size:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise NotAUnionclerkFile(_not_sqlite(path))


def _a_folder(path: Path) -> str:
    return msg("“{path}”是一个文件夹，不是 unionclerk 数据文件：请给出文件夹中的 .db 文件。", path=str(path))


def _not_sqlite(path: Path) -> str:
    return msg("“{name}”不是 unionclerk 数据文件（也不是 SQLite 数据库）。", name=path.name)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise NotAUnionclerkFile(_a_folder(path))
    folder = path.parent
    if not folder.exists():
        raise StoreError(msg("文件夹“{folder}”不存在。", folder=str(folder)))
    if path.exists():
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise DatabaseReadOnly(
                msg(
                    "数据文件“{path}”是只读的（可能在写保护的U盘或只读文件夹中），无法保存修改。"
                    "请把它复制到可写的位置，或选择另一个文件。",
                    path=str(path),
                )
            )
        if path.stat().st_size:
            with path.open("rb") as handle:
                if handle.read(16) != SQLITE_HEADER:
                    raise NotAUnionclerkFile(_not_sqlite(path))
    elif not os.access(folder, os.W_OK):
        raise DatabaseReadOnly(msg("文件夹“{folder}”是只读的，无法在这里新建数据文件。", folder=str(folder)))


def _read_only(exc: sqlite3.Error) -> bool:
    """SQLITE_READONLY or one of its extended codes."""
    return exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY


class Store:
    """An open unionclerk database. Use `Store.open(path)`; close() when done.

    Writes go through `with store.transaction():`. The connection is in autocommit mode so
    that our explicit BEGIN/COMMIT is the only transaction control. Inside a transaction use
    `store.conn.execute`; sqlite-utils' insert helpers commit on their own and must not be used
    there.
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: FileLock | None, *, read_only: bool = False
    ) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        # Opened with read_only=True: every write is refused with DatabaseReadOnly, and nothing is migrated.
        self.read_only = read_only
        self._depth = 0
        self.migrated_from: int | None = None
        self.pre_migration_backup: Path | None = None
        self.backup_warning: str | None = None  # why today's automatic backup could not be taken

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, daily_backup: bool = True) -> Store:
        path = Path(path).expanduser().absolute()
        _check_file(path)
        lock = FileLock(path)
        lock.acquire()
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            lock.release()
            raise StoreError(msg("无法打开“{path}”：{reason}", path=str(path), reason=str(exc))) from exc
        store = cls(path, conn, lock)
        try:
            store._prepare()
            if daily_backup:
                try:
                    backups.daily_backup_if_due(store)
                except StoreError as exc:  # a full USB stick must not keep the clerk from the data
                    store.backup_warning = reason_of(exc)
        except BaseException:
            store.close()
            raise
        return store

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection (table introspection); imported on first use, it is slow."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @classmethod
    def open_read_only(cls, path: str | os.PathLike[str]) -> Store:
        """Open an existing file to read it only: no lock (it may be open in the window), no backup, no
        migration, and every write refused. Works on a write-protected USB stick or a CD."""
        path = Path(path).expanduser().absolute()
        _check_exists(path)
        try:
            conn = read_only_connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(msg("无法打开“{path}”：{reason}", path=str(path), reason=str(exc))) from exc
        store = cls(path, conn, None, read_only=True)
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_for_reading(cls, path: str | os.PathLike[str]) -> Store:
        """Read-only (open_read_only), except that a writable file of an older data version is opened to work
        on, which upgrades it (with a copy first) as any writable open does."""
        try:
            return cls.open_read_only(path)
        except NeedsUpgrade:
            if not writable(Path(path).expanduser().absolute()):
                raise
            return cls.open(path, daily_backup=False)

    @classmethod
    def open_scratch(cls, path: str | os.PathLike[str]) -> Store:
        """A copy in memory of an existing file, read without writing to it: a dry run writes to the copy and
        rolls back, and nothing ever reaches the file."""
        source = cls.open_for_reading(path)
        try:
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            source.conn.backup(memory)
        finally:
            source.close()
        memory.execute("PRAGMA foreign_keys = ON")
        return cls(source.path, memory, None)

    def _prepare(self) -> None:
        try:
            self.conn.execute("PRAGMA busy_timeout = 5000")
            version, app_id = self._version(), self._application_id()
            has_tables = bool(self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            raise NotAUnionclerkFile(
                msg("“{name}”不是 unionclerk 数据文件，或已损坏：{reason}", name=self.path.name, reason=str(exc))
            ) from exc
        if has_tables and app_id != APPLICATION_ID:
            raise NotAUnionclerkFile(
                msg("“{name}”是 SQLite 数据库，但不是 unionclerk 数据文件，未作任何改动。", name=self.path.name)
            )
        if version > LATEST_VERSION:
            raise NewerSchema(
                msg(
                    "“{name}”由更新版本的 unionclerk 写入（数据版本 {version}，本程序支持到 {latest}）。请升级 unionclerk 后再打开；文件未作任何改动。",
                    name=self.path.name,
                    version=version,
                    latest=LATEST_VERSION,
                )
            )
        if self.read_only and version < LATEST_VERSION:
            raise NeedsUpgrade(
                msg(
                    "“{name}”的数据版本（{version}）较旧，只读时无法升级。请把它复制到可写的位置，用 unionclerk 打开一次（会先备份再升级）。",
                    name=self.path.name,
                    version=version,
                )
            )
        if has_tables:
            try:
                problems = [row[0] for row in self.conn.execute("PRAGMA quick_check").fetchall()]
            except sqlite3.DatabaseError as exc:  # a damaged page can make the check itself fail
                problems = [str(exc)]
            if problems != ["ok"]:
                raise CorruptDatabase(
                    msg("“{name}”已损坏（{problem}）。请用“文件 → 恢复”从备份恢复。", name=self.path.name, problem=problems[0])
                )
        if self.read_only:
            self.conn.execute("PRAGMA query_only = ON")
            self.conn.execute("PRAGMA foreign_keys = ON")
            return
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.migrate()

    def _version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _application_id(self) -> int:
        return int(self.conn.execute("PRAGMA application_id").fetchone()[0])

    @property
    def version(self) -> int:
        return self._version()

    def migrate(self) -> None:
        """Bring the file to LATEST_VERSION, taking a copy first if it already holds data."""
        version = self._version()
        if version >= LATEST_VERSION:
            return
        if version > 0:
            self.pre_migration_backup = backups.make_backup(self, kind=f"before-v{LATEST_VERSION}")
            self.migrated_from = version
        for number in range(version, LATEST_VERSION):
            with self.transaction():
                MIGRATIONS[number](self.conn)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                if number == 0:
                    self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: commit at the end of the block, roll back on any exception. Nests."""
        if self.read_only:
            raise DatabaseReadOnly(
                msg(
                    "“{name}”是只读打开的（可能在写保护的U盘或光盘上），这次修改没有保存。要修改，请把文件复制到可写的位置后再打开。",
                    name=self.path.name,
                )
            )
        if self._depth:
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _read_only(exc):
                raise self._read_only_error(exc) from exc
            raise DatabaseBusy(
                msg(
                    "数据文件“{name}”正被其他程序占用（{reason}），这次修改没有保存。请稍后再试。",
                    name=self.path.name,
                    reason=str(exc),
                )
            ) from exc
        self._depth = 1
        try:
            yield self.conn
        except BaseException as exc:
            # SQLite may already have rolled back by itself (disk full, I/O error): keep the real error.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and _read_only(exc):
                # A write-protected stick the permission check could not see (e.g. running as root).
                raise self._read_only_error(exc) from exc
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise StoreError(
                    msg("无法保存到“{name}”（{reason}），这次修改没有保存。", name=self.path.name, reason=str(exc))
                ) from exc
            # Copy committed pages into the main file now, so that a clerk who copies just the .db file
            # (to a USB stick) while the window is open takes everything saved so far.
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            self._depth = 0

    def _read_only_error(self, exc: sqlite3.Error) -> DatabaseReadOnly:
        return DatabaseReadOnly(
            msg(
                "数据文件“{path}”是只读的（可能在写保护的U盘或只读文件夹中），这次修改没有保存（{reason}）。请把它复制到可写的位置，或选择另一个文件。",
                path=str(self.path),
                reason=str(exc),
            )
        )

    def integrity_problems(self) -> list[str]:
        """Empty when PRAGMA integrity_check says ok."""
        rows = [row[0] for row in self.conn.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def inspect_file(path: str | os.PathLike[str]) -> tuple[int, list[str]]:
    """(schema version, problems) of a file, read-only: nothing is migrated or written."""
    path = Path(path).absolute()
    _check_exists(path)
    if not path.stat().st_size:
        raise NotAUnionclerkFile(msg("“{name}”是空文件，不是 unionclerk 数据文件。", name=path.name))
    problems = backups.check_backup(path)
    conn = read_only_connect(path)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        version = -1
    finally:
        conn.close()
    if 0 < version < LATEST_VERSION:
        problems.append(
            msg("数据版本 {version} 较旧，打开时将自动升级到 {latest}（升级前会先备份）", version=version, latest=LATEST_VERSION)
        )
    return version, problems
