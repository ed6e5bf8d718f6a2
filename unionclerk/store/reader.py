"""A second, read-only connection to the open database, for work done off the GUI thread (the summary draft).

The GUI's Store keeps its own connection and lock; a reader sees what that connection has committed (WAL lets
readers and the writer work side by side) and cannot write: the file is opened read-only and query_only is on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from unionclerk.core.messages import msg
from unionclerk.store.db import Store
from unionclerk.store.errors import StoreError


class _NoLock:
    """The GUI's Store holds the file's lock; a reader takes none."""

    def release(self) -> None:
        pass


def open_reader(path: Path) -> Store:
    """A Store over a read-only connection to `path`; close() it when done."""
    try:
        conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as exc:
        raise StoreError(msg("无法读取“{name}”：{reason}", name=Path(path).name, reason=str(exc))) from exc
    return Store(Path(path), conn, _NoLock())  # type: ignore[arg-type]
