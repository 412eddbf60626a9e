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
    assert {p.name for p in scripts} >= {"startup.py", "matrix.py", "documents.py"}
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
    done = subprocess.run(
        [sys.executable, "-c", startup.CHILD, folder], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout.strip().splitlines()[-1]) > 0  # the moment the window was painted
