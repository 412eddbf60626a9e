"""Team matrix benchmark: the real Team matrix page (MatrixView over a real Controller and
Services, as the main window builds it), opened on the whole organisation of 25, 1,000, 10,000
and 100,000 workers (``planner demo --workers N --seed 7`` data), at 1024×700, offscreen.

For each size, in a process of its own: the time from showing the page to its rows painted
(the page computes on a worker thread, and over helper processes when large, as a person's
click does); choosing one team; a filter keystroke typed into the page's filter box; a sort;
and the peak memory of the app and of every helper process together, sampled from /proc while
the page works (helpers counted while alive). Beside it, the raw floor measured in the same
run: bench/floor.py reading the same workers, roles and completions with plain sqlite3 (its
time and peak memory) — the least a whole-organisation view has to do.

Run: .venv/bin/python bench/matrix.py [N ...]      (QT_QPA_PLATFORM=offscreen is set for you)
Targets (issue 14 and the README): 10,000 in < 1 s; 100,000 in < 3 s with every process
together ≤ 250 MB; filter < 100 ms a keystroke and sort < 200 ms on 100,000 rows.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZES = (25, 1000, 10000, 100000)
CACHE = Path(tempfile.gettempdir()) / "planner-bench"
HERE = Path(__file__).parent
PAGE = 4096


def data_dir(n: int) -> Path:
    folder = CACHE / f"org-{n}"
    if not (folder / "planner.sqlite3").exists():
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "planner", "--data-dir", str(folder), "demo", "--workers", str(n), "--seed", "7"],
            check=True,
            capture_output=True,
        )
    return folder


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0  # gone meanwhile


def _descendants(pid: int) -> list[int]:
    """Every live process below ``pid`` (helpers, and their own children)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


class Memory:
    """Peak resident memory of this process and of all its descendants together."""

    def __init__(self) -> None:
        self.peak_total = 0.0
        self.peak_helpers = 0.0
        self.last = 0.0

    def sample(self, every: float = 0.05) -> None:
        if time.perf_counter() - self.last < every:
            return
        self.last = time.perf_counter()
        helpers = sum(_rss_mb(p) for p in _descendants(os.getpid()))
        self.peak_helpers = max(self.peak_helpers, helpers)
        self.peak_total = max(self.peak_total, _rss_mb(os.getpid()) + helpers)


def measure(n: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from planner.services.container import Services
    from planner.ui.controller import Controller
    from planner.ui.matrix_model import FIXED
    from planner.ui.matrix_view import MatrixView

    app = QApplication.instance() or QApplication([])
    memory = Memory()
    services = Services.open(str(data_dir(n)))
    page = MatrixView(Controller(services))
    page.resize(1024, 700)
    out: dict[str, float] = {"workers": n}

    def settle(done: Callable[[], bool]) -> float:
        """Run the real event loop (it sleeps until something happens, as in the app) until
        ``done()``, checked with the memory every 20 ms; seconds taken."""
        start = time.perf_counter()
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(20)

        def check() -> None:
            memory.sample()
            if done():
                loop.quit()

        timer.timeout.connect(check)
        timer.start()
        if not done():
            loop.exec()
        timer.stop()
        app.processEvents()  # the paint of what arrived
        return time.perf_counter() - start

    start = time.perf_counter()
    page.show()  # the page computes when first shown, as when a person opens it
    settle(lambda: page.task is None and page.model.rowCount() == n)
    out["open_s"] = time.perf_counter() - start
    memory.sample(0)
    out["peak_total_mb"] = memory.peak_total
    out["peak_helpers_mb"] = memory.peak_helpers
    out["peak_app_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    team = page.scope.itemData(2)  # the first team
    start = time.perf_counter()
    page.scope.setCurrentIndex(2)
    settle(lambda: page.task is None and 0 < page.model.rowCount() < n)
    out["team_ms"] = (time.perf_counter() - start) * 1000
    out["team_size"] = page.model.rowCount()
    assert team, "no team to choose"
    page.scope.setCurrentIndex(0)
    settle(lambda: page.task is None and page.model.rowCount() == n)

    strokes = []
    for text in ("m", "ma", "mac", ""):
        start = time.perf_counter()
        page.filter.setText(text)
        app.processEvents()
        strokes.append(time.perf_counter() - start)
    out["filter_ms"] = max(strokes) * 1000
    sorts = []
    for column in (len(FIXED), 1, 0):  # the first requirement, a name column, back
        start = time.perf_counter()
        page.model.sort(column, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        sorts.append(time.perf_counter() - start)
    out["sort_ms"] = max(sorts) * 1000
    services.close()
    return out


def floor(n: int) -> tuple[float, float]:
    """(seconds, peak MB) of bench/floor.py on the same data, its output thrown away."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(HERE / "floor.py"), str(data_dir(n))], stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    assert status == 0, "floor.py failed"
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    print("The real Team matrix page at 1024x700 (offscreen); memory: the app and its helpers together")
    print(
        f"{'workers':>8} {'open':>7} {'floor':>7} {'ratio':>6} {'team':>7} {'filter':>7} {'sort':>7} "
        f"{'all MB':>7} {'app MB':>7} {'helpers':>8} {'floor MB':>9}"
    )
    for n in sizes:
        data_dir(n)  # generate outside the measured process
        floor(n)  # warm: the database in the page cache
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        run = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, env=env, check=True
        )
        r = json.loads(run.stdout.strip().splitlines()[-1])
        floor_s, floor_mb = floor(n)
        print(
            f"{n:>8,} {r['open_s']:>6.2f}s {floor_s:>6.2f}s {r['open_s'] / floor_s:>5.1f}x {r['team_ms']:>5.0f}ms "
            f"{r['filter_ms']:>5.0f}ms {r['sort_ms']:>5.0f}ms {r['peak_total_mb']:>7.0f} {r['peak_app_mb']:>7.0f} "
            f"{r['peak_helpers_mb']:>8.0f} {floor_mb:>9.0f}"
        )


if __name__ == "__main__":
    main()
