"""The check before the window starts: Qt's xcb plugin libraries, named with their apt packages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from unionclerk import syslibs
from unionclerk.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def _qt_folder() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


def _needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of a shared library, as readelf prints them."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def test_the_table_covers_what_the_installed_xcb_plugin_links_to() -> None:
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        pytest.skip("needs Linux and readelf (binutils)")
    plugin = _qt_folder() / "plugins" / "platforms" / "libqxcb.so"
    qt_libs = _qt_folder() / "lib"
    to_read, seen, system = [plugin], set(), set()
    while to_read:
        library = to_read.pop()
        for name in _needed(library):
            bundled = qt_libs / name
            if bundled.exists():
                if name not in seen:
                    seen.add(name)
                    to_read.append(bundled)
            else:
                system.add(name)
    # The C/C++ runtime, zlib and zstd are on every Debian/Ubuntu (dpkg needs them); everything else must be
    # named with its package.
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libpthread.so.0", "libdl.so.2"}
    runtime |= {"librt.so.1", "ld-linux-x86-64.so.2", "libz.so.1", "libzstd.so.1"}
    assert "libQt6XcbQpa.so.6" in seen
    assert system - runtime <= set(syslibs.XCB_LIBRARIES), sorted(
        system - runtime - set(syslibs.XCB_LIBRARIES)
    )


def test_the_readme_apt_line_installs_every_package_of_the_table() -> None:
    line = next(
        line for line in README.read_text(encoding="utf-8").splitlines() if "apt-get install lib" in line
    )
    listed = set(line.split("apt-get install", 1)[1].strip(" `.").split())
    assert set(syslibs.XCB_LIBRARIES.values()) <= listed, set(syslibs.XCB_LIBRARIES.values()) - listed


def test_missing_libraries_are_named_with_their_packages() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libgthread-2.0.so.0", "libglib-2.0.so.0"}
    missing = syslibs.missing_xcb_libraries(lambda soname: soname not in absent)
    assert set(missing) == absent
    message = syslibs.missing_message(missing)
    assert "\n" not in message
    assert "libxcb-icccm.so.4" in message and "libxcb-keysyms.so.1" in message
    command = message.split("sudo apt-get install ", 1)[1].split()
    assert command == ["libxcb-icccm4", "libxcb-keysyms1", "libglib2.0-0"]  # each package once, table order
    assert syslibs.missing_xcb_libraries(lambda soname: True) == []


def test_which_platform_needs_the_check() -> None:
    assert syslibs.uses_xcb({}, "linux")
    assert syslibs.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert syslibs.uses_xcb({"QT_QPA_PLATFORM": "xcb;wayland", "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not syslibs.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not syslibs.uses_xcb({"XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not syslibs.uses_xcb({}, "win32")
    assert not syslibs.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "darwin")


def test_the_window_is_not_started_without_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(syslibs, "_loads", lambda soname: soname != "libxcb-icccm.so.4")  # only this one
    db = tmp_path / "union.db"
    assert main(["--db", str(db)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "libxcb-icccm.so.4" in err and "apt-get install libxcb-icccm4" in err
    assert "libxcb-keysyms" not in err  # the loader asked is the one the test gave
    assert list(tmp_path.iterdir()) == []  # no database, no lock file


def test_a_real_missing_library_ends_the_demo_with_one_line_and_nothing_left(tmp_path: Path) -> None:
    """On a machine that really lacks a library (this one may): a fresh process, no abort, no leftovers."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the xcb platform is Linux only")
    missing = syslibs.missing_xcb_libraries()
    if not missing:
        pytest.skip(
            "every library of the xcb plugin is installed here; the check is covered with a fake loader"
        )
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", TMPDIR=str(temp))
    done = subprocess.run(
        [sys.executable, "-m", "unionclerk", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and all(soname in lines[0] for soname in missing), done.stderr
    assert list(temp.iterdir()) == []  # no demo folder


def test_without_a_display_the_window_is_not_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(syslibs, "_loads", lambda soname: True)
    assert main(["--demo"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "DISPLAY" in err
    assert syslibs.no_display_message({"DISPLAY": ":0"}) is None


def test_qt_starts_before_the_demo_file_is_written(tmp_path: Path) -> None:
    """Whatever else makes Qt abort (here a platform plugin that does not exist), no demo folder is left."""
    import resource

    temp = tmp_path / "tmp"
    temp.mkdir()
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "QT_QPA_PLATFORM": "no-such-platform", "TMPDIR": str(temp), "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-m", "unionclerk", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)),  # no core file
    )
    assert done.returncode != 0 and "no-such-platform" in done.stderr
    assert list(temp.iterdir()) == []  # Qt gave up before the demo folder was made
