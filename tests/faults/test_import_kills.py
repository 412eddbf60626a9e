"""A staff import killed at random points leaves the database exactly as it was before (or, when
the kill came after the commit, exactly as the finished import left it): never half an import."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time

from planner.services.container import Services

ROWS = 40_000
MIN_LANDED = 8  # kills that land while the import runs
MAX_STARTS = 30


def fingerprint(folder) -> str:
    services = Services.open(folder)
    try:
        assert services.check() == []
        team_names = {t.id: t.name for t in services.people.teams(include_retired=True)}
        rows = sorted(  # by content, not ids: each import run makes ids of its own
            (
                w.staff_no,
                w.name,
                w.email,
                team_names.get(w.team_id or "", ""),
                tuple(sorted(a.role_id for a in w.roles)),
                w.retired,
            )
            for w in services.people.workers(include_retired=True)
        )
        teams = sorted(t.name for t in services.people.teams(include_retired=True))
    finally:
        services.close()
    return hashlib.sha256(repr((rows, teams)).encode()).hexdigest()


def test_killing_an_import_leaves_all_or_nothing(tmp_path):
    folder = tmp_path / "data"
    services = Services.open(folder)
    services.create_demo(workers=4, seed=3, force=False)
    services.close()
    path = tmp_path / "staff.csv"
    lines = ["Employee ID,Full name,Job title,Team,Start date"]
    lines += [f"{n:06d},Person {n},Social worker,Team {n % 40},01/0{1 + n % 9}/2025" for n in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = fingerprint(folder)
    base = tmp_path / "base.sqlite3"
    shutil.copyfile(folder / "planner.sqlite3", base)  # to start again when an import finishes first
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    finished_copy = tmp_path / "finished"
    shutil.copytree(folder, finished_copy)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(finished_copy), "import", "staff", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    duration = time.monotonic() - started  # kills are spread over this machine's time for it
    after = fingerprint(finished_copy)  # what a whole import leaves
    assert after != before
    rng = random.Random(11)
    landed = 0
    for _ in range(MAX_STARTS):
        if landed >= MIN_LANDED:
            break
        proc = subprocess.Popen(
            [sys.executable, "-m", "planner", "--data-dir", str(folder), "import", "staff", str(path)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 0.95) * duration)
        finished = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = fingerprint(folder)
        assert now in (before, after), "a kill left a partial import"
        if now == after:  # the kill came after the commit: all of it is there; start again
            for extra in ("planner.sqlite3-wal", "planner.sqlite3-shm"):
                (folder / extra).unlink(missing_ok=True)
            shutil.copyfile(base, folder / "planner.sqlite3")
            assert fingerprint(folder) == before
            continue
        landed += int(not finished)
    print(f"import kills that landed mid-way: {landed}")
    assert landed >= MIN_LANDED
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(folder), "import", "staff", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert fingerprint(folder) == after
    services = Services.open(folder)
    assert len(services.people.workers()) == 4 + ROWS
    services.close()
