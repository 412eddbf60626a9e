"""Half of a whole-organisation job worked out by a forked copy of this process, at the same
time as this process works out the other half: the command line's way onto a second core.

The copy inherits everything already loaded (nothing to import again), opens a database
connection of its own (never the parent's), writes its result into an unnamed temporary file
and leaves at once, without running the parent's clean-up. :meth:`Forked.result` waits for it
and hands back the file, rewound; if the copy failed, it raises with the copy's traceback (a
bug, for the log), so a half is never silently missing. Leaving the ``with`` block early (an
error, a reader that stopped) ends and reaps the copy.

Only for the command line: the GUI runs threads, and forking a process with threads is unsafe.
Systems without fork, and single-core machines, do the whole job in one process."""

from __future__ import annotations

import os
import signal
import tempfile
import traceback
from collections.abc import Callable
from contextlib import suppress
from types import TracebackType
from typing import IO, Self

ERROR_CHARS = 32_000  # of the copy's traceback, passed back for the log
SPLIT_FROM = 2_000  # current workers: below this, a second process costs more than it saves


def available() -> bool:
    """Whether a second process can take half the work here."""
    return hasattr(os, "fork") and (os.cpu_count() or 1) >= 2


class Forked:
    """``with Forked(work, "what it is") as helper:`` runs ``work(file)`` in a forked copy,
    ``file`` an unnamed temporary file open for binary writing; ``helper.result()`` waits and
    returns the file rewound for reading."""

    def __init__(self, work: Callable[[IO[bytes]], None], what: str) -> None:
        self.work = work
        self.what = what
        self.pid = 0
        self._reaped = False

    def __enter__(self) -> Self:
        self.file = tempfile.TemporaryFile()
        errors_in, errors_out = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the copy
            code = 0
            try:
                os.close(errors_in)
                self.work(self.file)
                self.file.flush()
            except BaseException:  # noqa: BLE001 - told to the parent, which raises it as a bug
                code = 1
                with suppress(BaseException):
                    os.write(errors_out, traceback.format_exc()[-ERROR_CHARS:].encode())
            finally:
                os._exit(code)  # none of the parent's clean-up: its buffers, its connection
        os.close(errors_out)
        self._errors = errors_in
        return self

    def result(self) -> IO[bytes]:
        """The copy's file, rewound, once the copy has finished; RuntimeError if it failed."""
        _pid, status = os.waitpid(self.pid, 0)
        self._reaped = True
        with open(self._errors, "rb", closefd=False) as told:
            error = told.read().decode(errors="replace")
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"the process working out {self.what} failed:\n{error}")
        self.file.seek(0)
        return self.file

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        os.close(self._errors)
        if not self._reaped:  # stopped early: stop the copy too
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self._reaped = True
        self.file.close()


__all__ = ["Forked", "available"]
