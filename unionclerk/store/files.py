"""Opening a database file without writing to it (check, export, backups, a write-protected USB stick)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any


def read_only_connect(path: str | os.PathLike[str], **options: Any) -> sqlite3.Connection:
    """A connection to an existing file that never changes it.

    A file nobody can write (a write-protected USB stick, a CD) is opened immutable: SQLite then needs no -shm
    file beside it, which it could not create there, and takes no locks, which is safe because nothing can
    change the file. A writable file is opened mode=rw with PRAGMA query_only, so it may be read while the
    window writes to it, and the reader, if last, tidies the -wal/-shm files away as it closes (a mode=ro
    connection would leave them beside the file). `options` go to sqlite3.connect.
    """
    path = Path(path).absolute()
    if writable(path):
        conn = sqlite3.connect(path.as_uri() + "?mode=rw", uri=True, **options)
        conn.execute("PRAGMA query_only = ON")
        return conn
    return sqlite3.connect(path.as_uri() + "?mode=ro&immutable=1", uri=True, **options)


def writable(path: Path) -> bool:
    """Whether both the file and its folder can be written (what SQLite needs for its journal files)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
