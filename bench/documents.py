"""PDF benchmark: prints the time to write 1,000 individual learning records (a folder, one file
per worker, over two processes), one combined PDF of 1,000 records, certificates for 1,000
workers, and the team completion report for 10,000 workers.

Run: .venv/bin/python bench/documents.py
Targets on the 2-core machine: 1,000 records in < 15 s; the 10,000-worker report in < 4 s.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from matrix import data_dir

from planner.services import batch
from planner.services.documents import DocumentService
from planner.services.workspace import Workspace


def timed(label: str, work) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"{label:<58} {time.perf_counter() - start:6.2f} s  {result}")


def main() -> None:
    out = Path(tempfile.mkdtemp(prefix="planner-docs-"))
    ws = Workspace.open(data_dir(1000))
    ids = [w.id for w in ws.people_repo.workers()][:1000]
    timed(
        "1,000 learning records, a folder (two processes)",
        lambda: f"{len(batch.export(ws, 'records', ids, out / 'records'))} files",
    )
    timed(
        "1,000 learning records, one combined PDF",
        lambda: f"{len(batch.export(ws, 'records', ids, out / 'records.pdf'))} file",
    )
    timed(
        "certificates for 1,000 workers, a folder",
        lambda: f"{len(batch.export(ws, 'certificates', ids, out / 'certificates'))} files",
    )
    ws.close()
    big = Workspace.open(data_dir(10000))
    timed(
        "team completion report, 10,000 workers",
        lambda: f"{DocumentService(big).export_team_report(None, out / 'team.pdf').stat().st_size // 1024} KB",
    )
    big.close()
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
