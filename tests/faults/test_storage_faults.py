"""Locks, read-only copies, damaged files, a full disk, leftovers and bugs: each gives a clear
message and a way forward, never a traceback, and loses nothing."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from planner import cli
from planner.core.errors import UserError
from planner.services.container import Services
from planner.storage.database import DamagedDatabaseError, ReadOnlyError, StorageError, open_database


def planner(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "planner", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults-demo")
    services = Services.open(folder)
    services.create_demo(workers=12, seed=2, force=False)
    services.close()
    return folder


# -- locks -------------------------------------------------------------------------------------


def test_reading_never_waits_for_a_writer(demo_dir):
    writer = sqlite3.connect(demo_dir / "planner.sqlite3", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE settings SET value = value")
    try:
        started = time.monotonic()
        result = planner("--data-dir", str(demo_dir), "status", "--format", "json")
        took = time.monotonic() - started
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.returncode == 0, result.stderr
    assert took < 8, f"status waited {took:.1f} s for the writer's lock"


def test_a_write_waits_for_another_writer_then_goes_through(demo_dir):
    services = Services.open(demo_dir)
    worker = services.people.workers()[0]
    writer = sqlite3.connect(demo_dir / "planner.sqlite3", isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE settings SET value = value")
    release = __import__("threading").Timer(1.0, lambda: writer.execute("COMMIT"))
    release.start()
    try:
        _, entry_id = services.learning.add_entry(
            worker.id, {"occurred_on": date(2026, 11, 2), "title": "Waited", "kind": "reading", "hours": 1}
        )
    finally:
        release.join()
        writer.close()
    assert services.learning.entry(entry_id).title == "Waited"
    services.close()


LOOP = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from planner.services.container import Services
    folder, session_id, which, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    s = Services.open(folder)
    workers = [w.id for w in s.people.workers()]
    mine = workers[which::2]
    done = failed = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for w in mine[:3]:
            try:
                s.training.book(session_id, [w])
                s.training.release(session_id, w)
                s.learning.add_entry(w, {"occurred_on": date(2026, 11, 1), "title": "loop", "kind": "reading",
                                         "hours": 0.25})
                done += 1
            except Exception as exc:
                failed += 1
                print(type(exc).__name__, exc, file=sys.stderr)
    print(done, failed)
    """
)


def test_two_processes_booking_and_recording_for_30_seconds_never_fail(tmp_path):
    folder = tmp_path / "busy"
    services = Services.open(folder)
    services.create_demo(workers=12, seed=4, force=False)
    module_id = services.training.module_by_code("NES-TSP")
    _, session_id = services.training.add_session({"module_id": module_id, "held_on": date(2026, 12, 1)})
    services.close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", LOOP, str(folder), session_id, str(i), "30"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in (0, 1)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    totals = [tuple(map(int, out.split())) for out, _ in results]
    errors = "".join(err for _, err in results)
    print("two writers for 30 s: operations done, failed per process:", totals)
    assert all(failed == 0 for _, failed in totals), errors[:2000]
    assert all(done > 20 for done, _ in totals), totals
    services = Services.open(folder)
    assert services.check() == []
    booked = [b for b in services.training.bookings(session_id) if b.status in ("booked", "waiting")]
    assert booked == []  # every booking made was released again
    services.close()


def test_a_second_copy_is_told_of_changes(demo_dir):
    first, second = Services.open(demo_dir), Services.open(demo_dir)
    before = first.data_version()
    worker = second.people.workers()[0]
    second.learning.add_entry(
        worker.id, {"occurred_on": date(2026, 11, 3), "title": "Elsewhere", "kind": "reading", "hours": 1}
    )
    assert first.data_version() != before
    own = first.data_version()
    first.learning.add_entry(
        worker.id, {"occurred_on": date(2026, 11, 3), "title": "Here", "kind": "reading", "hours": 1}
    )
    assert first.data_version() == own  # its own changes are not news
    first.close()
    second.close()


# -- read-only copies --------------------------------------------------------------------------


def test_read_only_data_opens_for_viewing_and_refuses_changes(demo_dir, tmp_path, monkeypatch):
    import shutil

    copy = tmp_path / "cd"
    shutil.copytree(demo_dir, copy)
    for extra in ("planner.sqlite3-shm", "planner.sqlite3-wal"):  # as a clean close leaves it
        (copy / extra).unlink(missing_ok=True)
    # root ignores permissions, so say what a read-only disk would: nothing here can be written
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode, **kw))
    services = Services.open(copy)
    try:
        assert services.read_only
        assert len(services.people.workers()) == 12  # viewing works
        worker = services.people.workers()[0]
        with pytest.raises(ReadOnlyError, match="read-only"):
            services.learning.add_entry(
                worker.id, {"occurred_on": date(2026, 11, 3), "title": "x", "kind": "reading", "hours": 1}
            )
        pdf = tmp_path / "out" / "record.pdf"
        pdf.parent.mkdir()
        monkeypatch.setattr(os, "access", real_access)  # exporting elsewhere is allowed
        services.documents.export_record(worker.staff_no, pdf)
        assert pdf.read_bytes().startswith(b"%PDF")
    finally:
        services.close()
    assert not (copy / "planner.sqlite3-shm").exists()
    assert not (copy / "planner.sqlite3-wal").exists()


# -- damaged and foreign files -----------------------------------------------------------------


def test_an_empty_file_is_not_replaced_by_a_new_database(tmp_path):
    folder = tmp_path / "zero"
    folder.mkdir()
    (folder / "planner.sqlite3").write_bytes(b"")
    result = planner("--data-dir", str(folder), "status")
    assert result.returncode == 1
    assert "empty (0 bytes)" in result.stderr and "Traceback" not in result.stderr
    assert (folder / "planner.sqlite3").stat().st_size == 0


def test_a_file_of_another_kind_is_refused(tmp_path):
    folder = tmp_path / "foreign"
    folder.mkdir()
    (folder / "planner.sqlite3").write_text("name,team\nAmy,North\n")
    with pytest.raises(DamagedDatabaseError, match="not a Pathway Planner database"):
        Services.open(folder)
    assert (folder / "planner.sqlite3").read_text().startswith("name,team")


def test_damaged_pages_are_reported_by_check(demo_dir, tmp_path):
    import shutil

    copy = tmp_path / "damaged"
    shutil.copytree(demo_dir, copy)
    db = copy / "planner.sqlite3"
    data = bytearray(db.read_bytes())
    page = 4096
    for n in range(3, min(len(data) // page, 40), 3):  # scribble over every third page
        data[n * page + 20 : n * page + 400] = os.urandom(380)
    db.write_bytes(bytes(data))
    result = planner("--data-dir", str(copy), "check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "damaged" in result.stderr
    status = planner("--data-dir", str(copy), "status")
    assert status.returncode in (0, 1) and "Traceback" not in status.stderr


def test_data_dir_that_is_a_file_is_a_message(tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    result = planner("--data-dir", str(target), "status")
    assert result.returncode == 2 and "is a file, not a folder" in result.stderr


# -- a full disk ---------------------------------------------------------------------------------


def test_a_full_database_disk_says_so_and_rolls_back(tmp_path):
    services = Services.open(tmp_path / "full")
    services.create_demo(workers=3, seed=1, force=False)
    services._ws.settings_repo.set("mode", "personal")  # reflections are kept only in a worker's own copy
    worker = services.people.workers()[0]
    before = len(services.learning.entries(worker.id))
    db = services._ws.db
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    with pytest.raises(StorageError, match="disk is full"):
        services.learning.add_entry(
            worker.id,
            {"occurred_on": date(2026, 11, 3), "title": "x", "kind": "reading", "hours": 1, "learned": "y" * 19_000},
        )
    assert len(services.learning.entries(worker.id)) == before
    services.close()


def test_a_full_disk_while_writing_a_pdf_leaves_no_file(tmp_path, monkeypatch):
    from planner.core import files

    target = tmp_path / "record.pdf"

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(UserError, match="disk is full"):
        files.write_bytes(target, b"%PDF-1.4 " + b"x" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_storing_evidence_says_so(tmp_path, monkeypatch):
    from planner.storage import evidence

    source = tmp_path / "certificate.pdf"
    source.write_bytes(b"%PDF" + b"y" * 5000)
    store = evidence.EvidenceStore(tmp_path / "store")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(evidence.os, "fsync", full)
    with pytest.raises(StorageError, match="disk is full"):
        store.add(source)
    assert store.stored() == {} and not list((tmp_path / "store").glob(".incoming-*"))


# -- what check reports, and what opening cleans -----------------------------------------------


def test_check_reports_missing_and_unused_evidence_and_leftovers(tmp_path):
    folder = tmp_path / "ev"
    services = Services.open(folder)
    services.create_demo(workers=3, seed=1, force=False)
    worker = services.people.workers()[0]
    proof = tmp_path / "proof.txt"
    proof.write_text("attended")
    services.learning.add_entry(
        worker.id, {"occurred_on": date(2026, 11, 3), "title": "x", "kind": "reading", "hours": 1}, [proof]
    )
    assert services.check() == []
    stored = next(iter(services._ws.evidence.stored().values()))
    stored.unlink()
    stray = folder / "evidence" / "ab" / ("ab" + "0" * 62)
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("nobody's")
    (folder / ".record-x.partial").write_text("half")
    problems = services.check()
    services.close()
    assert any("proof.txt" in p and "missing" in p for p in problems), problems
    assert any("not used by any record" in p for p in problems), problems
    assert any("leftover temporary file" in p for p in problems), problems
    result = planner("--data-dir", str(folder), "check")
    assert result.returncode == 1 and "missing" in result.stderr


def test_opening_removes_stale_temporary_files(tmp_path):
    folder = tmp_path / "tmpfiles"
    Services.open(folder).close()
    old = folder / "planner.before-0006-x.sqlite3.partial"
    new = folder / ".team-report-abc.partial"
    incoming = folder / "evidence" / ".incoming-abc"
    incoming.parent.mkdir(parents=True)
    for path in (old, new, incoming):
        path.write_text("half")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    os.utime(incoming, (hour_ago, hour_ago))
    Services.open(folder).close()
    assert not old.exists() and not incoming.exists()
    assert new.exists()  # young: it may be another copy's, still being written


# -- bugs are logged, not disguised -----------------------------------------------------------


def test_a_bug_in_a_command_is_logged_not_shown_as_a_traceback(demo_dir, capsys, monkeypatch):
    from planner.services.planning import PlanningService

    def broken(self, *args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(PlanningService, "figures", broken)
    code = cli.main(["--data-dir", str(demo_dir), "figures"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Something went wrong — details saved to" in err and "Traceback" not in err
    log = Path(err.split("details saved to ")[1].split(". ")[0])
    assert log.is_relative_to(demo_dir) and "KeyError: 'a bug'" in log.read_text()


def test_a_mistake_is_a_message_not_a_bug(demo_dir, capsys):
    code = cli.main(["--data-dir", str(demo_dir), "pathway", "NOBODY"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("planner: ") and "Something went wrong" not in err
    assert len(err.strip().splitlines()) == 1


def test_open_database_refuses_a_folder_as_file(tmp_path):
    (tmp_path / "planner.sqlite3").mkdir()
    with pytest.raises(DamagedDatabaseError, match="is a folder"):
        open_database(tmp_path / "planner.sqlite3")


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def test_killing_a_batch_export_stops_its_helpers_and_leaves_no_half_pdf(tmp_path):
    import signal

    folder = tmp_path / "batch"
    services = Services.open(folder)
    services.create_demo(workers=60, seed=6, force=False)
    services.close()
    target = tmp_path / "records"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = (
        "import sys; from pathlib import Path; from planner.services.container import Services; "
        "s = Services.open(sys.argv[1]); "
        "s.batch_export('records', [w.id for w in s.people.workers()], Path(sys.argv[2]))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(folder), str(target)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    helpers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(helpers) < 2:  # wait until both helpers render
        helpers |= _children(proc.pid)
        if list(target.glob("*.pdf")):
            break
        time.sleep(0.05)
    helpers |= _children(proc.pid)
    assert helpers, "the export finished before its helpers could be seen"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    alive = set(helpers)
    deadline = time.monotonic() + 10
    while alive and time.monotonic() < deadline:
        alive = {pid for pid in alive if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)}
        time.sleep(0.1)
    assert alive == set(), "helper processes outlived the export they worked for"
    for pdf in target.glob("*.pdf"):
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), pdf
    assert list(target.glob(".*.partial")) == []  # the helpers removed what they had half written


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_demo_force_on_a_folder_with_the_example_adds_another(tmp_path, capsys):
    folder = tmp_path / "twice"
    assert cli.main(["--data-dir", str(folder), "demo", "--workers", "10"]) == 0
    assert cli.main(["--data-dir", str(folder), "demo", "--workers", "10"]) == 2  # refused without --force
    assert cli.main(["--data-dir", str(folder), "demo", "--workers", "10", "--force"]) == 0
    err = capsys.readouterr().err
    assert "Something went wrong" not in err
    services = Services.open(folder)
    assert len(services.people.workers()) == 20 and services.check() == []
    services.close()


# -- found by a hostile user ---------------------------------------------------------------------


def test_an_export_never_overwrites_the_database_or_a_device(demo_dir, capsys):
    staff_no = Services.open(demo_dir).people.workers()[0].staff_no
    for target in (demo_dir / "planner.sqlite3", Path("/dev/null")):
        code = cli.main(["--data-dir", str(demo_dir), "export", "record", staff_no, "-o", str(target)])
        err = capsys.readouterr().err
        assert code == 2 and ("is a database" in err or "not an ordinary file" in err), err
    services = Services.open(demo_dir)
    assert services.check() == []
    services.close()


def test_text_too_long_to_print_is_refused_and_old_long_text_still_prints(tmp_path):
    services = Services.open(tmp_path / "long")
    services.create_demo(workers=3, seed=1, force=False)
    worker = next(w for w in services.people.workers() if w.regulator == "SSSC")
    with pytest.raises(UserError, match="keep it to 300"):
        services.learning.add_entry(
            worker.id, {"occurred_on": date(2026, 6, 1), "title": "word " * 600, "kind": "reading", "hours": 1}
        )
    _, entry_id = services.learning.add_entry(
        worker.id, {"occurred_on": date(2026, 6, 1), "title": "short", "kind": "reading", "hours": 1}
    )
    with services._ws.db.atomic():  # as an earlier version may have stored it
        services._ws.db.execute("UPDATE cpl_entries SET title = ? WHERE id = ?", ["word " * 2000, entry_id])
    pdf = services.documents.sssc_pack(worker.staff_no, None, on=date(2026, 11, 22))
    assert pdf.startswith(b"%PDF")
    services.close()


def test_an_argument_that_is_not_utf8_is_a_message(demo_dir, capsys):
    assert cli.main(["--data-dir", str(demo_dir), "pathway", "\udcff"]) == 2
    assert "not valid text" in capsys.readouterr().err


def test_another_programs_sqlite_file_is_left_as_it_was(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    path = folder / "planner.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = planner("--data-dir", str(folder), "status")
    assert result.returncode == 1 and "another program's SQLite database" in result.stderr
    assert path.read_bytes() == before


def _scribble(db: Path) -> None:
    data = bytearray(db.read_bytes())
    for n in (3, 7, 12, 20):
        data[n * 4096 + 20 : n * 4096 + 400] = b"\xa5" * 380
    db.write_bytes(bytes(data))


def test_damaged_pages_are_named_by_check_and_verify_never_calls_a_code_fake(demo_dir, tmp_path):
    import shutil

    copy = tmp_path / "scribbled"
    shutil.copytree(demo_dir, copy)
    for extra in ("planner.sqlite3-shm", "planner.sqlite3-wal"):
        (copy / extra).unlink(missing_ok=True)
    _scribble(copy / "planner.sqlite3")
    check = planner("--data-dir", str(copy), "check")
    assert check.returncode == 1 and "page" in check.stderr and "Traceback" not in check.stderr
    verify = planner("--data-dir", str(copy), "verify", "ABCD-EFGH")
    assert verify.returncode == 1 and "damaged" in verify.stderr and "matches no certificate" not in verify.stderr
    services = Services.open(copy)
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        services.probe()  # what the app does at start-up: the choices, not an empty organisation
    services.close()


def test_read_only_data_reprints_issued_certificates(demo_dir, tmp_path, monkeypatch):
    import shutil

    services = Services.open(demo_dir)
    worker = next(w for w in services.people.workers() if services.people.completions(w.id))
    issued = services.documents.certificates_data([worker.id])
    services.close()
    copy = tmp_path / "ro"
    shutil.copytree(demo_dir, copy)
    for extra in ("planner.sqlite3-shm", "planner.sqlite3-wal"):
        (copy / extra).unlink(missing_ok=True)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode, **kw))
    services = Services.open(copy)
    try:
        again = services.documents.certificates_data([worker.id])
        assert [c.code for c in again] == [c.code for c in issued] and again
    finally:
        services.close()


def test_a_carriage_return_inside_a_value_cannot_break_a_csv_row():
    from planner.cli.output import csv_text

    text = csv_text([{"a": "\rCR", "b": "x"}], ["a", "b"])
    import csv as csv_module
    import io

    rows = list(csv_module.reader(io.StringIO(text)))
    assert rows == [["a", "b"], ["\nCR", "x"]]


def test_a_failed_folder_export_takes_away_the_folder_it_made(demo_dir, tmp_path, monkeypatch):
    from planner.services import batch

    def full(*args, **kwargs):
        raise UserError("The disk is full: nothing was saved.")

    monkeypatch.setattr(batch, "_render_files", full)
    services = Services.open(demo_dir)
    target = tmp_path / "records"
    with pytest.raises(UserError, match="disk is full"):
        services.batch_export("records", [w.id for w in services.people.workers()][:3], target)
    services.close()
    assert not target.exists()


def test_an_empty_data_folder_name_is_a_message(capsys):
    assert cli.main(["--data-dir", "", "status"]) == 2
    assert "name is empty" in capsys.readouterr().err


def test_a_failed_second_half_of_the_status_list_is_a_bug_not_a_short_list(demo_ws, monkeypatch):
    """If the forked process listing the second half of `planner status` fails (here: it cannot
    open its own connection), the list is not quietly cut short: the first process raises, with
    the helper's traceback for the log, and the helper is gone."""
    from planner.services.status_service import StatusService
    from planner.services.status_stream import StatusStream
    from planner.services.workspace import Workspace
    from tests.conftest import FIXED_TODAY

    def refuse(folder):  # inherited by the fork: the helper's own connection fails to open
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(Workspace, "reader", staticmethod(refuse))
    stream = StatusStream(demo_ws, FIXED_TODAY, None, StatusService(demo_ws).warning_days)
    with pytest.raises(RuntimeError, match="second half(?s:.*)unable to open database file"):
        list(stream.json_runs(split_from=4))
    assert stream.helper > 0
    with pytest.raises(ChildProcessError):
        os.waitpid(stream.helper, os.WNOHANG)
