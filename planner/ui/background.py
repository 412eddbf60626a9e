"""The one helper for slow work off the GUI thread: run a function in a QThread, report
progress, allow cancelling, and deliver the result (or the exception) back on the GUI
thread. Task bodies never touch widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


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
        self._thread.start()

    def cancel(self) -> None:
        self._runner.cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._runner.cancelled

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _done_with(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)

    def _failed_with(self, exc: BaseException) -> None:
        self._stop()
        self.failed.emit(exc)

    def wait(self) -> None:
        self._thread.wait()
