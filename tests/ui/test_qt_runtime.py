"""The Qt binding itself: a full working day of widget calls must not crash the program.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every void Qt call, and
the interpreter aborted after a few thousand ("none_dealloc"); pyproject pins 6.11.
"""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setObjectName("x")
    label.setText("y")
print(sys.getrefcount(None) - before)
"""


def test_many_void_qt_calls_leave_none_alone():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert proc.returncode == 0, proc.stderr
    assert abs(int(proc.stdout.strip())) < 100
