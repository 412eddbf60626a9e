"""Document jobs the GUI runs on a worker thread: each opens its own connection to the data
folder (SQLite connections stay on the thread that made them) and reports progress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.core.files import write_bytes
from planner.services.workspace import Workspace

# The documents (and reportlab under them) are imported by the jobs when they run: the windows
# that offer printing open without them.

Progress = Callable[[int, int], bool]


def _reader(ws: Workspace) -> Workspace:
    return Workspace.reader(ws.folder) if ws.folder is not None else ws


def team_report_job(ws: Workspace, team: str | None, target: Path, on: date) -> Callable[[Progress], Path]:
    def work(progress: Progress) -> Path:
        from planner.services.documents import DocumentService

        reader = _reader(ws)
        try:
            progress(0, 2)
            DocumentService(reader).export_team_report(team, target, on)
            progress(2, 2)
            return target
        finally:
            if reader is not ws:
                reader.close()

    return work


def batch_job(
    ws: Workspace, kind: str, worker_ids: list[str], target: Path, include_expired: bool = False
) -> Callable[[Progress], list[Path]]:
    def work(progress: Progress) -> list[Path]:
        reader = _reader(ws)
        try:
            from planner.services import batch

            return batch.export(reader, kind, worker_ids, target, include_expired, progress=progress)
        finally:
            if reader is not ws:
                reader.close()

    return work


def write_document(target: Path, content: bytes) -> Path:
    write_bytes(target, content)
    return target
