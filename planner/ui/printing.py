"""Print and export actions shared by the screens: choose a file or folder, run the job off the
GUI thread with a progress dialog and Cancel, then say where the result is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from planner.core.files import WEB_PAGE_SUFFIXES, is_web_page, safe_filename
from planner.services.printing import write_document
from planner.ui.background import BackgroundTask
from planner.ui.bug_report import report

_running: list[BackgroundTask] = []  # keep jobs alive until they finish


def document_kinds(parent: QWidget) -> dict[str, str]:
    """What a document can be saved as: a PDF (the default), or an accessible web page that a
    screen reader reads in order (ReportLab cannot tag a PDF)."""
    return {".pdf": parent.tr("PDF document"), ".html": parent.tr("Accessible web page (HTML)")}


def ask_target(
    parent: QWidget, title: str, suggested: str, kinds: dict[str, str], also: tuple[str, ...] = ()
) -> Path | None:
    """Ask where to save (``kinds``: file suffix -> its description, the first the default); a
    name without one of those suffixes (or of the ``also`` accepted) gets the suffix of the
    kind chosen."""
    filters = [f"{label} (*{suffix})" for suffix, label in kinds.items()]
    first = next(iter(kinds))
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / f"{safe_filename(suggested)}{first}"), ";;".join(filters)
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in kinds and target.suffix.lower() not in also:
        suffix = next((s for s, f in zip(kinds, filters, strict=True) if f == chosen), first)
        target = target.with_name(target.name + suffix)
    return target


def ask_document(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save a document: a .pdf, or a .html (or .htm) web page. The kind chosen last
    time is offered first."""
    settings: QSettings | None = getattr(parent.window(), "settings", None)  # the window's remembered layout
    kinds = document_kinds(parent)
    last = str(settings.value("documents/kind", ".pdf")) if settings is not None else ".pdf"
    if last in kinds:
        kinds = {last: kinds[last], **{k: v for k, v in kinds.items() if k != last}}
    target = ask_target(parent, title, suggested, kinds, also=WEB_PAGE_SUFFIXES)
    if target is not None and settings is not None:
        settings.setValue("documents/kind", ".html" if is_web_page(target) else ".pdf")
    return target


def save_document(parent: QWidget, title: str, suggested: str, render: Callable[[bool], bytes]) -> Path | None:
    """Ask where to save, render the document (``render(True)``: as a web page), write it
    atomically, and say where it went. A problem (disk full, no permission, nothing to print)
    is shown, never raised."""
    path = ask_document(parent, title, suggested)
    if path is None:
        return None
    try:
        write_document(path, render(is_web_page(path)))
    except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
        report(parent, exc, None, parent.tr("Not saved"))
        return None
    saved(parent, path)
    return path


def export_file(
    parent: QWidget, title: str, suggested: str, kinds: dict[str, str], write: Callable[[Path], object]
) -> Path | None:
    """Ask where to export (``kinds``: file suffix -> its description, the first the default),
    write it, and say where it went; a problem is a message in words, never raised."""
    target = ask_target(parent, title, suggested, kinds)
    if target is None:
        return None
    try:
        write(target)
    except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
        report(parent, exc, None, parent.tr("Not exported"))
        return None
    saved(parent, target)
    return target


def ask_folder(parent: QWidget, title: str) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(path) if path else None


def run_job(
    parent: QWidget,
    title: str,
    work: Callable[[Callable[[int, int], bool]], Any],
    done: Callable[[Any], None] | None = None,
) -> BackgroundTask:
    """Run ``work(progress)`` on a worker thread with a progress dialog; Cancel stops it."""
    dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setMinimumDuration(300)
    task = BackgroundTask(work, parent)
    _running.append(task)

    def progressed(n: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(n, total))

    def finished(result: Any) -> None:
        dialog.reset()
        _running.remove(task)
        if done is not None:
            done(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        _running.remove(task)
        if not task.cancelled:
            report(parent, exc, None, title)

    task.progressed.connect(progressed)
    task.finished.connect(finished)
    task.failed.connect(failed)
    dialog.canceled.connect(task.cancel)
    task.start()
    return task


def saved(parent: QWidget, path: Path, count: int = 1) -> None:
    """Tell the person where the file(s) went, and offer to open them."""
    what = parent.tr("Saved %d files in %s.") % (count, path) if count > 1 else parent.tr("Saved %s.") % path
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("Saved"), what, parent=parent)
    open_btn = box.addButton(parent.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_btn:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
