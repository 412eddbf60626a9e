"""Time from launching the app to its main window being painted, on the example organisation,
beside the raw floor measured in the same run: a bare PySide6 window (QApplication, a
QMainWindow with a label, shown and painted). Launches alternate app and floor so a busy
machine slows both alike; .pyc files are kept, as in an installed copy.

Each launch is timed from just before the process is started to the moment it has painted its
window (it prints the system's monotonic clock then), so neither figure counts the process
closing down afterwards; that is printed apart, as "exit".

Run: .venv/bin/python bench/startup.py [RUNS] [DATA_DIR]
Target (issue 14): ≤ 0.25 s and ≤ 2× the bare window. With a DATA_DIR (e.g. one made by
`planner demo --workers 10000`), launches on that organisation instead.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

APP = r"""
import sys
from planner.ui.application import make_app, build_window
from planner.services.container import Services
app = make_app()
window = build_window(Services.open(sys.argv[1]))
window.show()
app.processEvents()
window.repaint()
"""

PAINTED = "\nimport time\nprint(time.monotonic(), flush=True)\n"

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Pathway Planner"))
window.resize(1024, 700)
window.show()
app.processEvents()
window.repaint()
"""


def launch(code: str, folder: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting the process to its painted window, and from then to its end."""
    start = time.monotonic()  # the same clock as the child's (CLOCK_MONOTONIC, system-wide)
    done = subprocess.run(
        [sys.executable, "-c", code + PAINTED, folder], check=True, capture_output=True, env=env, text=True
    )
    end = time.monotonic()
    painted = float(done.stdout.split()[-1])
    return painted - start, end - painted


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    folder = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp()
    if len(sys.argv) <= 2:
        subprocess.run([sys.executable, "-m", "planner", "--data-dir", folder, "demo"], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    launch(APP, folder, env)  # warm: .pyc written, files in the page cache
    launch(BARE, folder, env)
    app, bare, app_exit, bare_exit = [], [], [], []
    for _ in range(runs):
        shown, ended = launch(APP, folder, env)
        app.append(shown)
        app_exit.append(ended)
        shown, ended = launch(BARE, folder, env)
        bare.append(shown)
        bare_exit.append(ended)
    a, b = statistics.median(app), statistics.median(bare)
    print(
        f"launch to painted main window ({env['QT_QPA_PLATFORM']}, {runs} runs): app median {a * 1000:.0f} ms "
        f"(best {min(app) * 1000:.0f}), bare PySide6 window median {b * 1000:.0f} ms (best {min(bare) * 1000:.0f}): "
        f"{a / b:.2f}x the floor; exit afterwards (not counted): app {statistics.median(app_exit) * 1000:.0f} ms, "
        f"bare {statistics.median(bare_exit) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
