"""Before the window starts on Linux: are the system libraries Qt's xcb platform plugin needs installed?

Without them Qt aborts with a message that names the wrong package. This check runs before anything is
created (no demo folder, no lock file) and names what is missing and the apt command that installs it.
No Qt is imported here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

# The system libraries that PySide6's libqxcb.so and the Qt libraries it loads link to directly (read from
# their ELF headers; tests/test_syslibs.py checks the table against the installed plugin), with the
# Debian/Ubuntu package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will start with the xcb platform: Linux, and QT_QPA_PLATFORM asks for xcb first, or is
    unset outside a Wayland session (in one, Qt tries Wayland first)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    return environ.get("XDG_SESSION_TYPE", "") != "wayland"


def _loads(soname: str) -> bool:
    import ctypes  # only where the check runs (xcb), not on every start

    try:
        ctypes.CDLL(soname, mode=os.RTLD_LAZY)
    except OSError:
        return False
    return True


def missing_xcb_libraries(loads: Callable[[str], bool] | None = None) -> list[str]:
    """The libraries of XCB_LIBRARIES the dynamic loader cannot load (with `loads`, default: dlopen), in
    table order."""
    loads = loads or _loads
    return [soname for soname in XCB_LIBRARIES if not loads(soname)]


def no_display_message(environ: Mapping[str, str] | None = None) -> str | None:
    """One line when xcb has no X display to connect to (Qt would abort), else None."""
    environ = os.environ if environ is None else environ
    if environ.get("DISPLAY"):
        return None
    return (
        "无法打开窗口：没有图形显示（环境变量 DISPLAY 未设置）。请在桌面中运行；"
        "在没有桌面的电脑上可以使用命令行子命令（unionclerk --help）。"
    )


def missing_message(missing: list[str]) -> str:
    """One line: what is missing and the command that installs it."""
    packages = list(dict.fromkeys(XCB_LIBRARIES[soname] for soname in missing))
    return (
        f"无法打开窗口：缺少 Qt 图形界面（xcb）所需的系统库 {'、'.join(missing)}。"
        f"请先安装：sudo apt-get install {' '.join(packages)}"
    )
