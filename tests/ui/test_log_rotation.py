"""The window's log rotates as logging.handlers.RotatingFileHandler did: unionclerk.log grows to its limit, then
becomes unionclerk.log.1 (older ones move up), and only the newest LOG_KEPT old files stay."""

from __future__ import annotations

import logging
from pathlib import Path

from unionclerk.ui import errors


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger(f"unionclerk-rotation-test-{id(handler)}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return logger


def test_the_log_rotates_at_its_size_and_keeps_the_newest_files(tmp_path: Path) -> None:
    path = tmp_path / "unionclerk.log"
    handler = errors.RotatingLog(path, max_bytes=100, kept=2)
    logger = _logger(handler)
    try:
        for number in range(8):  # 40 bytes a line: two lines a file
            logger.info("line %02d %s", number, "x" * 31)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unionclerk.log", "unionclerk.log.1", "unionclerk.log.2"]
    assert all(p.stat().st_size < 100 for p in tmp_path.iterdir())
    assert [line[:7] for line in path.read_text(encoding="utf-8").splitlines()] == ["line 06", "line 07"]
    assert [line[:7] for line in (tmp_path / "unionclerk.log.1").read_text().splitlines()] == ["line 04", "line 05"]
    assert [line[:7] for line in (tmp_path / "unionclerk.log.2").read_text().splitlines()] == ["line 02", "line 03"]


def test_a_log_under_its_limit_is_appended_to_not_rotated(tmp_path: Path) -> None:
    path = tmp_path / "unionclerk.log"
    path.write_text("earlier session\n", encoding="utf-8")
    handler = errors.setup_logging(tmp_path)
    try:
        logging.getLogger("unionclerk").info("启动")
    finally:
        errors.remove_logging(handler)
    assert [p.name for p in tmp_path.iterdir()] == ["unionclerk.log"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "earlier session" and lines[1].endswith("INFO unionclerk: 启动")
    assert handler.max_bytes == 1_000_000 and handler.kept == 5


def test_a_full_log_from_an_earlier_session_is_rotated_on_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "unionclerk.log"
    path.write_text("x" * 99 + "\n", encoding="utf-8")
    handler = errors.RotatingLog(path, max_bytes=100, kept=5)
    logger = _logger(handler)
    try:
        logger.info("new session")
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert path.read_text(encoding="utf-8") == "new session\n"
    assert (tmp_path / "unionclerk.log.1").read_text(encoding="utf-8") == "x" * 99 + "\n"
