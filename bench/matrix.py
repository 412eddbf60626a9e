"""Team matrix benchmark: prints, for organisations of 25, 1,000, 10,000 and 100,000 workers
(``planner demo --workers N`` data), the time to compute the states and show the matrix, the
filter and sort times, and peak memory. Each size runs in its own process, so the memory
figure is that size's alone.

Run: .venv/bin/python bench/matrix.py [N ...]      (QT_QPA_PLATFORM=offscreen is set for you)
Targets on the 2-core machine: a team of 25 in < 50 ms from the click, switching team < 40 ms;
10,000 in < 1 s; 100,000 in < 3 s off the GUI thread with peak memory < 250 MB; filter as you
type < 100 ms per keystroke and sort < 200 ms on 100,000 rows.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SIZES = (25, 1000, 10000, 100000)
CACHE = Path(tempfile.gettempdir()) / "planner-bench"


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


def measure(n: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from planner.services.matrix_service import MatrixService, build_detached
    from planner.services.workspace import Workspace
    from planner.ui.matrix_model import FIXED, MatrixModel
    from planner.ui.matrix_view import MatrixView  # noqa: F401 - the real screen's imports

    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(data_dir(n))
    service = MatrixService(ws)
    on = date.today()
    out: dict[str, float] = {"workers": n}

    def paint(model: MatrixModel, view: QTableView) -> None:
        app.processEvents()  # delivers the pending layout and paint, as the event loop would

    model = MatrixModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1400, 800)
    view.show()
    app.processEvents()

    start = time.perf_counter()
    data = build_detached(ws, on)  # what the matrix screen runs on its worker thread
    out["compute_s"] = time.perf_counter() - start
    start = time.perf_counter()
    model.set_matrix(data)
    paint(model, view)
    out["show_s"] = time.perf_counter() - start
    out["open_total_s"] = out["compute_s"] + out["show_s"]

    teams = [t.name for t in ws.people_repo.teams()]
    clicks = []
    for team in teams[:6]:
        start = time.perf_counter()
        model.set_matrix(service.build(on, team))
        paint(model, view)
        clicks.append(time.perf_counter() - start)
    out["team_first_ms"] = clicks[0] * 1000
    out["team_switch_ms"] = statistics.median(clicks[1:]) * 1000
    out["team_size"] = len(model.rows)

    model.set_matrix(data)
    typed = "mac"
    strokes = []
    for i in range(1, len(typed) + 1):
        start = time.perf_counter()
        model.set_filter(text=typed[:i])
        paint(model, view)
        strokes.append(time.perf_counter() - start)
    start = time.perf_counter()
    model.set_filter(text="")
    paint(model, view)
    strokes.append(time.perf_counter() - start)
    out["filter_keystroke_ms"] = max(strokes) * 1000
    sorts = []
    for column in (len(FIXED), 1, 0):
        start = time.perf_counter()
        model.sort(column, Qt.SortOrder.AscendingOrder)
        paint(model, view)
        sorts.append(time.perf_counter() - start)
    out["sort_ms"] = max(sorts) * 1000
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["helper_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # 0: none used
    ws.close()
    return out


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    print(
        f"{'workers':>8} {'compute':>8} {'show':>7} {'open':>7} {'team 1st':>9} {'switch':>7} "
        f"{'filter/key':>10} {'sort':>7} {'peak MB':>8} {'helper MB':>9}"
    )
    for n in sizes:
        data_dir(n)  # generate outside the measured process
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        run = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, env=env, check=True
        )
        r = json.loads(run.stdout.strip().splitlines()[-1])
        print(
            f"{n:>8,} {r['compute_s']:>7.2f}s {r['show_s']:>6.2f}s {r['open_total_s']:>6.2f}s "
            f"{r['team_first_ms']:>7.0f}ms {r['team_switch_ms']:>5.0f}ms {r['filter_keystroke_ms']:>8.0f}ms "
            f"{r['sort_ms']:>5.0f}ms {r['peak_mb']:>8.0f} {r['helper_peak_mb']:>9.0f}"
        )


if __name__ == "__main__":
    main()
