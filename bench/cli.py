"""Command-line benchmark: `planner status`, `due` and `needs` (JSON) on an organisation of
10,000 workers (``planner demo --workers 10000``), each beside its raw floor measured in the
same run: plain sqlite3 reading the workers, their roles and completions and writing compact
JSON (``bench/floor.py``), the least any status command has to do. Runs alternate command
and floor so a busy machine slows both alike; prints medians, the ratio to the floor, and each
process's peak memory (its own, from wait4).

Run: .venv/bin/python bench/cli.py [WORKERS] [RUNS]
Targets (issue 14): status ≤ 1.0 s and ≤ 2.5× the floor, ≤ 120 MB; due and needs ≤ 2.5× the floor.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from matrix import data_dir

HERE = Path(__file__).parent
COMMANDS = {
    "status": ["status", "--format", "json"],
    "due": ["due", "--format", "json"],
    "needs": ["needs", "--format", "json"],
}


def run(argv: list[str]) -> tuple[float, float]:
    """(seconds, peak MB) of one process, its output thrown away."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: .pyc kept
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.read().decode() if proc.stderr else status}")
    return took, usage.ru_maxrss / 1024


def main() -> None:
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    folder = data_dir(workers)
    planner = [sys.executable, "-m", "planner", "--data-dir", str(folder)]
    floor_cmd = [sys.executable, str(HERE / "floor.py"), str(folder)]
    for argv in [floor_cmd] + [planner + c for c in COMMANDS.values()]:
        run(argv)  # warm: the database in the page cache, .pyc files written
    print(f"{workers:,} workers, median of {runs} runs, each command paired with the floor")
    print(f"{'command':<28} {'time':>7} {'floor':>7} {'ratio':>6} {'peak MB':>8} {'floor MB':>9}")
    for args in COMMANDS.values():
        mine: list[tuple[float, float]] = []
        floor: list[tuple[float, float]] = []
        for _ in range(runs):
            mine.append(run(planner + args))
            floor.append(run(floor_cmd))
        t = statistics.median(m[0] for m in mine)
        f = statistics.median(m[0] for m in floor)
        print(
            f"{'planner ' + ' '.join(args):<28} {t:>6.2f}s {f:>6.2f}s {t / f:>5.1f}x "
            f"{max(m[1] for m in mine):>8.0f} {max(m[1] for m in floor):>9.0f}"
        )


if __name__ == "__main__":
    main()
