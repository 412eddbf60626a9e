"""PDF benchmark: prints the time to write 1,000 individual learning records (a folder, one file
per worker, over two processes), one combined PDF of 1,000 records, certificates for 1,000
workers, and the team completion report for 10,000 workers; beside them, the raw floor measured
in the same run: reportlab's canvas drawing the same number of pages of plain lines (no layout,
no database), over two processes for a folder and in one for a single file (PERFORMANCE.md:
canvas drawing and two processes are what the building blocks reach).

Run: .venv/bin/python bench/documents.py
Targets on the 2-core machine (issue 14): 1,000 records into a folder ≤ 8 s, one combined PDF
≤ 10 s; the 10,000-worker report in < 4 s.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from matrix import data_dir
from pypdf import PdfReader

from planner.services import batch
from planner.services.documents import DocumentService
from planner.services.workspace import Workspace


def timed(label: str, work, floor=None) -> None:  # type: ignore[no-untyped-def]
    """The work's time, and beside it the floor's (a function giving seconds), if any."""
    start = time.perf_counter()
    result = work()
    took = time.perf_counter() - start
    beside = ""
    if floor is not None:
        f = floor()
        beside = f"  floor {f:5.2f} s ({took / f:.1f}x)"
    print(f"{label:<58} {took:6.2f} s  {result}{beside}")


LINES = 55  # lines of text a floor page holds, about a learning record's full page


def _canvas_pages(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    for page in range(pages):
        for line in range(LINES):
            c.drawString(50, 800 - 14 * line, f"Learning line {page}.{line}: 12 Mar 2026 course 12.5 hours recorded")
        c.showPage()
    c.save()


def _canvas_files(folder: Path, first: int, count: int, pages: int) -> None:
    for n in range(first, first + count):
        _canvas_pages(folder / f"{n}.pdf", pages)


def floor_folder(files: int, pages: int, folder: Path) -> float:
    """Seconds to draw ``files`` PDFs of ``pages`` pages each on the canvas, over two processes."""
    from multiprocessing import get_context

    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    half = files // 2
    helper = get_context("fork").Process(target=_canvas_files, args=(folder, half, files - half, pages))
    helper.start()
    _canvas_files(folder, 0, half, pages)
    helper.join()
    return time.perf_counter() - start


def floor_file(pages: int, path: Path) -> float:
    """Seconds to draw one PDF of ``pages`` pages on the canvas, in one process."""
    start = time.perf_counter()
    _canvas_pages(path, pages)
    return time.perf_counter() - start


def main() -> None:
    out = Path(tempfile.mkdtemp(prefix="planner-docs-"))
    ws = Workspace.open(data_dir(1000))
    ids = [w.id for w in ws.people_repo.workers()][:1000]
    files: list[Path] = []
    pages = 0

    def records_folder() -> str:
        files.extend(batch.export(ws, "records", ids, out / "records"))
        return f"{len(files)} files"

    def folder_floor() -> float:  # the same number of files and pages, drawn on the canvas
        nonlocal pages
        pages = sum(len(PdfReader(f).pages) for f in files)  # counted outside the timings
        return floor_folder(len(files), max(1, round(pages / len(files))), out / "floor")

    timed("1,000 learning records, a folder (two processes)", records_folder, folder_floor)
    timed(
        "1,000 learning records, one combined PDF",
        lambda: f"{len(batch.export(ws, 'records', ids, out / 'records.pdf'))} file",
        lambda: floor_file(pages, out / "floor.pdf"),
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
