"""Test set-up: Qt offscreen (set once, before Qt is imported), private user folders, a fresh database per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt or platformdirs: no real screen unless asked for, and no test
# may touch the real user settings, data or log folders.
if not os.environ.get("UNIONCLERK_TEST_ON_SCREEN"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
_private_home = Path(tempfile.mkdtemp(prefix="unionclerk-test-home-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_private_home / _var.lower())
os.environ["LANG"] = "zh_CN.UTF-8"

from unionclerk.store.db import Store  # noqa: E402
from unionclerk.store.members import MemberStore  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "union.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A fresh, empty unionclerk database, closed after the test."""
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def members(store: Store) -> MemberStore:
    return MemberStore(store)


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """The interface in English for one test (Qt is imported only by the tests that ask for it)."""
    from unionclerk.ui.i18n import Translators

    translators = Translators(qapp)  # type: ignore[arg-type]
    translators.install("en")
    yield
    translators.remove()
