"""Time from launching the app to its main window being painted, on the example organisation.

Run: .venv/bin/python bench/startup.py   (prints figures; the target is under 0.5 s)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import time, sys
from PySide6.QtWidgets import QApplication
from planner.ui.application import make_app, build_window
from planner.services.container import Services
app = make_app()
window = build_window(Services.open(sys.argv[1]))
window.show()
app.processEvents()
window.repaint()
print(time.time())
"""


def main() -> None:
    folder = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "planner", "--data-dir", folder, "demo"], check=True, capture_output=True)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    for _ in range(7):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, folder], check=True, capture_output=True, text=True, env=env)
        times.append(float(out.stdout.strip().splitlines()[-1]) - start)
    print(
        f"launch to painted main window (example organisation, {env['QT_QPA_PLATFORM']}): "
        f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms, "
        f"worst {max(times) * 1000:.0f} ms over {len(times)} runs"
    )
    status = []
    for _ in range(5):
        start = time.time()
        subprocess.run(
            [sys.executable, "-m", "planner", "--data-dir", folder, "status", "--format", "json"],
            check=True,
            capture_output=True,
        )
        status.append(time.time() - start)
    print(
        f"`planner status --format json` on the example organisation: median {statistics.median(status) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
