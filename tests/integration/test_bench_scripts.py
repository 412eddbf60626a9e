"""The benchmarks in bench/ keep working as the code changes: each compiles, and the start-up
benchmark's own window-opening script runs once on an example organisation."""

from __future__ import annotations

import os
import py_compile
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_every_benchmark_compiles():
    scripts = sorted(BENCH.glob("*.py"))
    assert {p.name for p in scripts} >= {"startup.py", "matrix.py", "documents.py", "cli.py", "floor.py"}
    for script in scripts:
        py_compile.compile(str(script), doraise=True)


def test_the_startup_benchmark_opens_the_window(demo_ws):
    sys.path.insert(0, str(BENCH))
    try:
        import startup
    finally:
        sys.path.remove(str(BENCH))
    folder = str(demo_ws.folder)
    demo_ws.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = "\nprint(window.isVisible(), type(window).__name__)"
    # the app, and the floor it is measured against: a bare window
    for script, shown in ((startup.APP, "True MainWindow"), (startup.BARE, "True QMainWindow")):
        done = subprocess.run(
            [sys.executable, "-c", script + probe, folder], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip().splitlines()[-1] == shown


def test_the_floor_writes_every_current_worker(demo_ws):
    """bench/floor.py, what `planner status` is measured against, reads the same workers."""
    import json

    folder = str(demo_ws.folder)
    count = demo_ws.people_repo.count_current()
    demo_ws.close()
    done = subprocess.run(
        [sys.executable, str(BENCH / "floor.py"), folder], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == count and all(row["roles"] for row in rows)
