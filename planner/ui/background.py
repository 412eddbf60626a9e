"""The one helper for slow work off the GUI thread: run a function in a QThread, report
progress, allow cancelling, and deliver the result (or the exception) back on the GUI
thread. Task bodies never touch widgets."""

from __future__ import annotations

import atexit
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QWidget


class _Runner(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception itself (Cancelled when cancelled)

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancelled

        try:
            result = self._work(progress)
        except Exception as exc:  # noqa: BLE001 - handed over whole, to be shown or logged as a bug
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            # End the thread from inside, so that waiting for it on the GUI thread cannot deadlock.
            QThread.currentThread().quit()


class BackgroundTask(QObject):
    """``work(progress)`` runs on its own thread; ``progress(done, total)`` returns False once
    the task was cancelled, and the work should then stop (by raising)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception itself (Cancelled when cancelled)

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.finished.connect(self._done_with)
        self._runner.failed.connect(self._failed_with)

    def start(self) -> None:
        _watch_quit()
        _under_way.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._runner.cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._runner.cancelled

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        _under_way.discard(self)

    def _done_with(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)

    def _failed_with(self, exc: BaseException) -> None:
        self._stop()
        self.failed.emit(exc)

    def wait(self) -> None:
        self._thread.wait()


# Tasks started and not yet finished. Quitting waits for them (cancelled first, so work that
# checks progress stops early): Qt aborts the whole process when a thread object is destroyed
# while its thread still runs, as closing the window during Home's figures for 10,000 workers did.
_under_way: set[BackgroundTask] = set()
_watching = False


def finish_all() -> None:
    """Cancel every task under way and wait until each has ended."""
    for task in list(_under_way):
        task.cancel()
    for task in list(_under_way):
        task.wait()
    _under_way.clear()


def _watch_quit() -> None:
    global _watching
    if _watching:
        return
    _watching = True
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(finish_all)
    atexit.register(finish_all)  # a script that ends without running the event loop


# Organisations with this many workers are counted on a worker thread; below it, counting on
# the spot is quicker than starting one (the matrix, Home, What is due, Training sessions).
BACKGROUND_FROM = 2000


class LatestJob:
    """One kind of work a page does off the GUI thread (its figures, its suggestions): starting
    it again drops the run under way, only the latest run's result reaches ``done``, and a
    failure is shown as a message or a bug, never a cancelled run's."""

    def __init__(self, parent: QObject, title: str) -> None:
        self._parent, self._title = parent, title
        self._task: BackgroundTask | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def start(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.cancel()
        task = BackgroundTask(lambda _progress: work(), self._parent)
        task.finished.connect(lambda result, t=task: self._finish(t, result, done))
        task.failed.connect(lambda exc, t=task: self._fail(t, exc))
        self._task = task
        task.start()

    def _finish(self, task: BackgroundTask, result: Any, done: Callable[[Any], None]) -> None:
        if task is self._task:
            self._task = None
            done(result)

    def _fail(self, task: BackgroundTask, exc: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        from planner.core.errors import Cancelled
        from planner.ui.bug_report import report

        if not isinstance(exc, Cancelled):
            report(self._parent if isinstance(self._parent, QWidget) else None, exc, None, self._title)
