"""Quitting while work runs off the GUI thread: Qt aborts the whole process (SIGABRT, a core
dump) when a thread object is destroyed while its thread still runs. Closing the window while
Home worked out a 10,000-worker organisation's figures did exactly that. Each case runs in its
own process, since an abort would take the test run down with it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))

START = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from planner.ui.background import BackgroundTask
app = QApplication(sys.argv[:1])
ended = []
def work(progress):
    for _ in range(40):  # half a second or so, asking now and then whether to go on
        time.sleep(0.0125)
        if not progress(0, 1):
            ended.append("cancelled")
            raise RuntimeError("cancelled")
    ended.append("whole")
    return 1
BEFORE_START
task = BackgroundTask(work)
task.start()
time.sleep(0.05)  # under way
"""

ENDINGS = {
    # the window closed: the event loop ends and the program returns
    "quit": START.replace("BEFORE_START", "")
    + "from PySide6.QtCore import QTimer\nQTimer.singleShot(0, app.quit)\napp.exec()\nprint(ended)\n",
    # a script that never runs the event loop simply ends (exit handlers run last first, so
    # this one, registered before the task starts, prints after the task has been waited for)
    "script": START.replace("BEFORE_START", "import atexit\natexit.register(lambda: print(ended, flush=True))"),
}


@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_ending_while_a_task_runs_waits_for_it_instead_of_aborting(ending):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", ENDINGS[ending]], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert "Destroyed while thread" not in done.stderr
    assert "['cancelled']" in done.stdout  # asked to stop, and stopped early rather than run on
