"""Batch documents for a team: a folder with one PDF per worker (safe file names), or one
combined PDF. Data is gathered here; rendering a folder of many files is shared between two
processes, so both cores work."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from planner.core.errors import Cancelled
from planner.core.files import check_folder, check_target, is_web_page, safe_filename, write_bytes
from planner.core.i18n import translate
from planner.reports import html_documents as html
from planner.reports.base import Bookmark, Document, Letterhead, Subject
from planner.reports.certificate import Certificates
from planner.reports.learning_record import LearningRecord, LearningRecordData
from planner.services.documents import DocumentService
from planner.services.workspace import Workspace
from planner.storage.database import StorageError

Progress = Callable[[int, int], bool]
PARALLEL_FROM = 40  # files: below this one process is quicker than starting two


class CombinedRecords(Document):
    """Many learning records in one PDF, each on its own pages, written by LearningRecord."""

    title = "Learning records"
    subject = LearningRecord.subject

    def __init__(self, letterhead: Letterhead) -> None:
        super().__init__(letterhead)
        self.record = LearningRecord(letterhead)

    def document_title(self, data: Any) -> str:
        return "Learning records"

    def story(self, data: list[LearningRecordData]) -> list[Any]:
        from reportlab.platypus import PageBreak

        out: list[Any] = []
        for i, record in enumerate(data):
            if i:
                out.append(PageBreak())
            out += [
                Subject(f"Learning record: {record.name} ({record.staff_no})"),
                Bookmark(f"{record.name} ({record.staff_no})"),
            ]
            out += self.record.story(record)
        return out


def _die_with_parent(parent: int) -> None:
    """In a helper process: stop when the process that started it dies (killed, crashed), and
    on stopping remove the file half written (SIGTERM unwinds the atomic write)."""
    import signal
    import sys
    import threading
    import time

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    if sys.platform.startswith("linux"):
        import ctypes

        try:  # PR_SET_PDEATHSIG: the kernel sends SIGTERM when the parent goes
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
        except OSError:
            pass

    def watch() -> None:  # everywhere else (and as a second guard): notice the parent is gone
        while os.getppid() == parent:
            time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGTERM)

    if os.getppid() != parent:
        sys.exit(1)
    threading.Thread(target=watch, daemon=True).start()


_helper_docs: dict[tuple[str, date | None], DocumentService] = {}  # in a helper: one per data folder


def _gather_and_render(folder: str, today: date | None, on: date | None, items: Sequence[tuple[str, str]]) -> int:
    """In a helper process: read each worker's record on a connection of its own, render it
    and write it ((path, worker id) pairs): both cores share the reading as well as the layout."""
    docs = _helper_docs.get((folder, today))
    if docs is None:
        docs = _helper_docs[(folder, today)] = DocumentService(Workspace.reader(Path(folder)), today=today).batch()
    return _render_files(
        "records", docs.letterhead(), [(path, docs.record_data(worker_id, on)) for path, worker_id in items]
    )


def _render_files(kind: str, letterhead: Letterhead, items: Sequence[tuple[str, Any]]) -> int:
    """Render and write files (in a helper process)."""
    renderer: Document = LearningRecord(letterhead) if kind == "records" else Certificates(letterhead)
    for path, data in items:
        write_bytes(Path(path), renderer.render(data))
    return len(items)


def _items(
    docs: DocumentService,
    kind: str,
    worker_ids: Sequence[str],
    include_expired: bool,
    on: date | None,
    progress: Progress | None,
    defer: bool = False,
) -> list[tuple[str, str, Any]]:
    """(worker label, file stem, document data) for each worker with something to print; with
    ``defer`` (records only), the worker's id in place of the data, for a helper to read."""
    people = docs.ws.people_repo
    out: list[tuple[str, str, Any]] = []
    used: set[str] = set()
    what = "learning record" if kind == "records" else "certificates"
    for n, worker_id in enumerate(worker_ids, start=1):
        worker = people.worker(worker_id)
        # records and certificates in one folder never share a name; nor do two staff numbers
        # that read alike once made safe for a file name
        stem = base = safe_filename(f"{worker.staff_no} {worker.name} {what}")
        k = 2
        while stem.casefold() in used:
            stem, k = f"{base} ({k})", k + 1
        used.add(stem.casefold())
        if kind == "records":  # never anyone's reflections
            out.append((worker.name, stem, worker_id if defer else docs.record_data(worker_id, on)))
        else:
            certs = docs.certificates_data([worker_id], include_expired)
            if certs:
                out.append((worker.name, stem, certs))
        if progress is not None and n % 25 == 0 and not progress(n // 2, len(worker_ids)):
            raise Cancelled()
    return out


def export(
    ws: Workspace,
    kind: str,
    worker_ids: Sequence[str],
    target: Path,
    include_expired: bool = False,
    on: date | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> list[Path]:
    """Write ``kind`` ("records" or "certificates") for the workers into ``target``: a folder,
    or one combined PDF (or web page) when ``target`` ends in .pdf (.html). Returns the files written. A batch never
    carries reflections: they belong to each worker, who prints their own record with them."""
    if kind not in ("records", "certificates"):
        raise ValueError(kind)
    if not worker_ids:
        raise StorageError(translate("batch", "There is nobody to print for."))
    web_page = is_web_page(target)
    combined = web_page or target.suffix.lower() == ".pdf"
    check_target(target) if combined else check_folder(target)  # before any code is issued
    docs = DocumentService(ws, today=today).batch()
    # a folder of many records: the helpers read each worker's data as well as lay it out
    helpers_read = kind == "records" and not combined and ws.folder is not None and len(worker_ids) >= PARALLEL_FROM
    items = _items(docs, kind, worker_ids, include_expired, on, progress, defer=helpers_read)
    if not items:
        raise StorageError(translate("batch", "There is nothing to print: no completions have been recorded."))
    letterhead = docs.letterhead()
    total = len(worker_ids)
    if combined:
        records = [data for _, _, data in items]
        certs = [c for _, _, some in items for c in some] if kind == "certificates" else []
        if web_page:
            content = (
                html.learning_records(letterhead, records)
                if kind == "records"
                else html.certificates(letterhead, certs)
            )
        else:
            content = (
                CombinedRecords(letterhead).render(records)
                if kind == "records"
                else Certificates(letterhead).render(certs)
            )
        write_bytes(target, content)
        if progress is not None:
            progress(total, total)
        return [target]
    with _folder(target):
        if helpers_read:
            assert ws.folder is not None
            return _write_folder(kind, letterhead, items, target, total, progress, (str(ws.folder), today, on))
        return _write_folder(kind, letterhead, items, target, total, progress)


@contextmanager
def _folder(target: Path) -> Iterator[None]:
    """Make the folder; if the export fails, take away a folder it made and left empty."""
    made = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    try:
        yield
    except BaseException:
        if made and not any(target.iterdir()):
            target.rmdir()
        raise


def _write_folder(
    kind: str,
    letterhead: Letterhead,
    items: list[tuple[str, str, Any]],
    target: Path,
    total: int,
    progress: Progress | None,
    read_in_helpers: tuple[str, date | None, date | None] | None = None,
) -> list[Path]:
    """Write the files; ``read_in_helpers`` (data folder, today, as on) when the items carry
    worker ids for the helpers to read."""
    files = [(str(target / f"{stem}.pdf"), data) for _, stem, data in items]
    half = total // 2
    if len(files) < PARALLEL_FROM:
        for i, (path, data) in enumerate(files, start=1):
            _render_files(kind, letterhead, [(path, data)])
            if progress is not None and not progress(half + i * (total - half) // len(files), total):
                raise Cancelled()
    else:
        chunks = [files[i : i + 25] for i in range(0, len(files), 25)]
        done = 0
        with ProcessPoolExecutor(
            max_workers=2, mp_context=get_context("spawn"), initializer=_die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            futures = [
                pool.submit(_gather_and_render, *read_in_helpers, chunk)
                if read_in_helpers
                else pool.submit(_render_files, kind, letterhead, chunk)
                for chunk in chunks
            ]
            try:
                for future in futures:
                    done += future.result()
                    if progress is not None and not progress(half + done * (total - half) // len(files), total):
                        raise Cancelled()
            except Cancelled:
                for f in futures:
                    f.cancel()
                raise
    return [Path(p) for p, _ in files]
