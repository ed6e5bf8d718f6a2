"""The installed PySide6 does not use up Python's references to None.

PySide6 6.12.0 drops a reference to None on every call of a Qt method that returns nothing (QLabel.setText …) and
every time Qt calls a Python override of a virtual that returns nothing (a paintEvent). On Python 3.11, where None
is not immortal, its count reaches 0 after a few thousand such calls and Python aborts ("none_dealloc: deallocating
None") — a clerk's window would die within minutes. pyproject.toml keeps PySide6 below 6.12 on Python < 3.12; this
test fails on any pair of Python and PySide6 that has the fault. It runs in a child process, since the fault
aborts the interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000  # far more than the references None starts with on Python 3.11 (about 5,000)

_CHILD = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QWidget

app = QApplication([])


class Painted(QWidget):
    def paintEvent(self, event):  # a Python override of a virtual that returns nothing
        pass


label, painted = QLabel(), Painted()
painted.resize(40, 40)
painted.show()
before = sys.getrefcount(None)
for _ in range({CALLS}):
    label.setText("x")
    painted.repaint()
lost = before - sys.getrefcount(None)
print("lost", lost)
sys.exit(1 if lost > 100 else 0)
"""


def test_qt_calls_leave_none_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, (
        f"PySide6 loses references to None ({(done.stdout + done.stderr).strip().splitlines()[:1]}): "
        "install a PySide6 without the fault (pyproject.toml: below 6.12 on Python 3.11)"
    )
