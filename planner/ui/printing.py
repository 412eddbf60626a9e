"""Print and export actions shared by the screens: choose a file or folder, run the job off the
GUI thread with a progress dialog and Cancel, then say where the result is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from planner.services.batch import safe_filename
from planner.services.printing import write_document
from planner.ui.background import BackgroundTask
from planner.ui.bug_report import report

_running: list[BackgroundTask] = []  # keep jobs alive until they finish


def ask_pdf(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / f"{safe_filename(suggested)}.pdf"), parent.tr("PDF files (*.pdf)")
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def save_pdf(parent: QWidget, title: str, suggested: str, render: Callable[[], bytes]) -> Path | None:
    """Ask where to save, render the document, write it atomically, and say where it went.
    A problem (disk full, no permission, nothing to print) is shown, never raised."""
    path = ask_pdf(parent, title, suggested)
    if path is None:
        return None
    try:
        write_document(path, render())
    except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
        report(parent, exc, None, parent.tr("Not saved"))
        return None
    saved(parent, path)
    return path


def export_file(
    parent: QWidget, title: str, suggested: str, kinds: dict[str, str], write: Callable[[Path], object]
) -> Path | None:
    """Ask where to export (``kinds``: file suffix -> its description, the first the default),
    give the name the suffix of the kind chosen when it has none of them, write it, and say
    where it went; a problem is a message in words, never raised."""
    filters = [f"{label} (*{suffix})" for suffix, label in kinds.items()]
    first = next(iter(kinds))
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / f"{safe_filename(suggested)}{first}"), ";;".join(filters)
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in kinds:
        suffix = next((s for s, f in zip(kinds, filters, strict=True) if f == chosen), first)
        target = target.with_name(target.name + suffix)
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
