"""Kill at random points: a CPL entry saved with evidence files, a session's attendance, and a
batch export of learning records, each SIGKILLed at least 50 times mid-way. After every kill the
data folder must be sound (``check() == []``), each operation all or nothing, and every PDF at a
final name complete.

One helper process (the "zygote") imports the app once; for each kill it forks a worker that
opens the data folder and repeats the operation until it is killed, so a kill costs a fork, not
an interpreter start-up. Each worker is its own process group, so a batch export's rendering
helpers die with it. The worker marks how far it got in a stage file (plain writes, which a
SIGKILL does not lose), so the test can say where its kills landed. Delays come from
``random.Random(seed)``: a run is reproducible up to the scheduler.

``pytest -s`` prints the kill counts, where they landed, and the temporary files left behind.
"""

from __future__ import annotations

import hashlib
import io
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from planner.services.container import Services

MIN_KILLS = 50  # kills that land inside the operation, per test
MAX_STARTS = 90  # workers started at most, per test (some kills land between operations)
EVIDENCE_PER_ENTRY = 3
BOOKED, PRESENT = 6, 4

# -- the helper process ----------------------------------------------------------------------
ZYGOTE = r"""
import hashlib, os, random, sys, time, traceback
from datetime import date, timedelta
from pathlib import Path

folder, scratch, stage_path = sys.argv[1:4]
EVIDENCE, BOOKED, PRESENT = map(int, sys.argv[4:7])
from planner.services.container import Services
import planner.services.batch, planner.services.documents, planner.services.training  # noqa: F401
import planner.reports.learning_record, planner.reports.certificate  # noqa: F401
import reportlab.platypus  # noqa: F401

def say(text):
    os.write(1, (text + "\n").encode())

BLOB = os.urandom(700_000)
stage_fd = os.open(stage_path, os.O_RDWR | os.O_CREAT, 0o644)

def stage(mark):
    os.pwrite(stage_fd, mark.encode(), 0)

def free_day(s, worker_id, module_id, rng, today):
    for _ in range(200):
        day = today - timedelta(days=rng.randint(1, 900))
        if s._ws.people_repo.find_completion(worker_id, module_id, day) is None:
            return day
    raise RuntimeError("no free day")

def op_cpl(s, child, i, rng, ctx):
    stage("s")  # writing the source files (not the product yet)
    sources = []
    for j in range(EVIDENCE):
        p = Path(scratch) / f"{child}-{i}-{j}.bin"
        p.write_bytes(f"kill-cpl {child}-{i}-{j}\n".encode() + BLOB[: rng.randint(200_000, 700_000)])
        sources.append(str(p))
    worker = rng.choice(ctx["workers"])
    fields = {"occurred_on": ctx["today"] - timedelta(days=rng.randint(0, 400)),
              "title": f"kill-cpl {child}-{i}", "hours": 1.5}
    if i % 2:  # a catalogue module: the entry is that module's completion too
        module = rng.choice(ctx["modules"])
        fields.update(module_id=module, occurred_on=free_day(s, worker, module, rng, ctx["today"]))
    stage("e")  # the product copies evidence in, then writes its rows in one transaction
    s.learning.add_entry(worker, fields, sources)
    stage("x")
    for p in sources:
        os.unlink(p)

def op_attend(s, child, i, rng, ctx):
    stage("p")
    module = rng.choice(ctx["modules"])
    held = ctx["today"] - timedelta(days=rng.randint(1, 700))
    people = rng.sample(ctx["workers"], BOOKED)
    _, session = s.training.add_session({"module_id": module, "held_on": held, "venue": f"kill-att {child}-{i}"})
    stage("b")
    s.training.book(session, people)
    stage("a")
    s.training.set_attendance(session, people[:PRESENT], today=ctx["today"])

def op_export(s, child, i, rng, ctx):
    out = Path(scratch)
    stage("r")  # gathering and rendering; each file is written as soon as it is rendered
    variant = child % 4
    if variant == 0:
        s.batch_export("records", ctx["workers"], out)  # 48 files: rendered by two helper processes
    elif variant == 1:
        s.batch_export("records", ctx["workers"][:16], out)  # a few files: rendered in this process
    elif variant == 2:
        s.batch_export("records", ctx["workers"], out / "all-records.pdf")  # one combined file
    else:
        s.batch_export("records", ctx["workers"][16:40], out)

in_txn = False

def trace(sql):
    global in_txn
    head = sql.lstrip()[:6].upper()
    if head.startswith("BEGIN"):
        in_txn = True
        stage("t")
    elif head.startswith("COMMIT"):
        in_txn = False
        stage("c")
    elif in_txn and head in ("INSERT", "UPDATE", "DELETE"):
        time.sleep(0.001)  # a slower disk: widens the transaction so more kills land inside it

def run(kind, child, seed):
    rng = random.Random(seed)
    s = Services.open(folder)
    s._ws.db.conn.set_trace_callback(trace)
    ctx = {"today": date.today(),
           "workers": sorted(w.id for w in s._ws.people_repo.workers()),
           "modules": sorted(m.id for m in s._ws.catalogue_repo.load().modules if not m.retired)}
    op = {"cpl": op_cpl, "attend": op_attend, "export": op_export}[kind]
    if kind == "export":  # a slower disk: each PDF takes 20 ms between written and renamed into place
        real_fsync = os.fsync
        def slow_fsync(fd):
            stage("w")
            time.sleep(0.02)
            real_fsync(fd)
            stage("r")
        os.fsync = slow_fsync
    stage("o")
    say(f"ready {os.getpid()}")
    i = 0
    while True:
        op(s, child, i, rng, ctx)
        stage("d")
        say(f"done {child} {i}")
        i += 1

for line in sys.stdin:
    cmd, *args = line.split()
    if cmd == "run":
        pid = os.fork()
        if pid == 0:
            try:
                os.setpgid(0, 0)
                run(args[0], int(args[1]), int(args[2]))
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                os._exit(3)
        try:
            os.setpgid(pid, pid)
        except OSError:
            pass
        say(f"pid {pid}")
    elif cmd == "reap":
        pid = int(args[0])
        _, status = os.waitpid(pid, 0)
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        say(f"reaped {pid} {sig} {code}")
"""


@dataclass
class KillLog:
    kills: int = 0  # workers that were alive and died of our SIGKILL
    done: list[int] = field(default_factory=list)  # operations each worker reported complete
    stages: Counter = field(default_factory=Counter)  # where each kill landed
    last: str = ""  # where the latest one landed
    outside: str = "odsx"  # stages outside the operation: start-up, between two, the test's own files

    @property
    def in_op(self) -> int:
        return self.kills - sum(self.stages[c] for c in self.outside)

    def more(self) -> bool:
        return self.in_op < MIN_KILLS + 2 and self.kills < MAX_STARTS


class Zygote:
    def __init__(self, folder: Path, scratch: Path, tmp: Path) -> None:
        self.stage_path = tmp / "stage"
        self.stage_path.write_bytes(b"-")
        self.stderr = (tmp / "zygote.err").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(folder), str(scratch), str(self.stage_path)]
            + [str(n) for n in (EVIDENCE_PER_ENTRY, BOOKED, PRESENT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            start_new_session=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.live: int | None = None

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put(raw.decode().strip())
        self.lines.put("eof")

    def _send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((text + "\n").encode())
        self.proc.stdin.flush()

    def _expect(self, prefix: str, seen: list[str]) -> str:
        while True:
            try:
                line = self.lines.get(timeout=60)
            except queue.Empty:
                raise AssertionError(f"no '{prefix}' from the helper in 60 s; {self.errors()}") from None
            if line == "eof":
                raise AssertionError(f"the helper ended; {self.errors()}")
            if line.startswith(prefix):
                return line
            seen.append(line)

    def errors(self) -> str:
        self.stderr.flush()
        return "stderr: " + Path(self.stderr.name).read_text(errors="replace")[-3000:]

    def kill_once(self, kind: str, child: int, seed: int, delay: float, log: KillLog) -> None:
        """Start a worker repeating ``kind``, let it run ``delay`` s after it is ready, SIGKILL it."""
        self.stage_path.write_bytes(b"-")
        self._send(f"run {kind} {child} {seed}")
        seen: list[str] = []
        pid = int(self._expect("pid ", seen).split()[1])
        self.live = pid
        self._expect(f"ready {pid}", seen)
        time.sleep(delay)
        try:
            os.killpg(pid, signal.SIGKILL)  # the worker and any rendering helpers it started
        except ProcessLookupError:
            pass  # it ended by itself: the reaped status below says how
        self._send(f"reap {pid}")
        _, _, sig, code = self._expect(f"reaped {pid}", seen).split()
        self.live = None
        assert (int(sig), int(code)) == (signal.SIGKILL, -1), f"worker ended by itself ({code}); {self.errors()}"
        log.kills += 1
        log.done.append(sum(1 for line in seen if line.startswith(f"done {child} ")))
        log.last = self.stage_path.read_bytes()[:1].decode()
        log.stages[log.last] += 1

    def close(self) -> None:
        if self.live is not None:
            try:
                os.killpg(self.live, signal.SIGKILL)
            except ProcessLookupError:
                pass
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        assert self.proc.stdout is not None
        self.reader.join(timeout=5)
        self.proc.stdout.close()
        self.stderr.close()


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    s = Services.open(data)
    s.create_demo(workers=48, seed=7)
    assert s.check() == []
    s.close()
    return data


@pytest.fixture
def zygote(folder, tmp_path):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    z = Zygote(folder, scratch, tmp_path)
    yield z
    z.close()


def report(name: str, log: KillLog, extra: str = "") -> None:
    stages = ", ".join(f"{k}:{v}" for k, v in sorted(log.stages.items()))
    print(
        f"\n[{name}] kills={log.kills} inside the operation={log.in_op} operations completed={sum(log.done)} "
        f"kills with no operation completed={log.done.count(0)} landed at {{{stages}}} {extra}"
    )


def _temporary_files(folder: Path) -> list[Path]:
    """Temporary files under the data folder: copies and evidence being written when killed."""
    found = list(folder.glob("*.partial")) + list(folder.glob(".*.partial*"))
    return found + list((folder / "evidence").glob(".incoming-*"))


@dataclass
class Findings:
    temporary: int = 0  # temporary files found right after a kill
    not_cleaned: list[str] = field(default_factory=list)  # temporary files start-up did not remove
    leaks: dict[str, str] = field(default_factory=dict)  # check() problem -> the kill that first showed it


def start_up(folder: Path, findings: Findings, kill: int, stage: str) -> Services:
    """Open the data folder as the app does after a crash, and check it. The app removes only
    temporary files and unused evidence older than a few minutes (another copy of it may still be
    writing), so they are first made to look old: this open is "the next start-up"."""
    temps = _temporary_files(folder)
    findings.temporary += len(temps)
    old = time.time() - 3600
    # an hour later: evidence files copied in for a save that never committed look old too
    for t in [*temps, *(folder / "evidence").glob("??/*")]:
        os.utime(t, (old, old))
    s = Services.open(folder)
    findings.not_cleaned += [f"kill {kill} ({stage}): {t.name}" for t in _temporary_files(folder)]
    problems = s.check()
    leaks = [p for p in problems if p.startswith("leftover temporary file") or "not used by any record" in p]
    for p in leaks:
        findings.leaks.setdefault(p, f"kill {kill} (stage {stage})")
    # the database itself: sound after every kill
    assert [p for p in problems if p not in leaks] == [], (kill, stage, problems)
    return s


def assert_no_leaks(findings: Findings) -> None:
    assert findings.not_cleaned == [], f"{len(findings.not_cleaned)} temporary files survived start-up"
    shown = [f"{when}: {p}" for p, when in list(findings.leaks.items())[:5]]
    assert not findings.leaks, f"check() after start-up: {len(findings.leaks)} problems, first {shown}"


def _q(s: Services, sql: str, args=()) -> list[tuple]:
    return s._ws.db.conn.execute(sql, list(args)).fetchall()


def _check_prefix(s: Services, table: str, column: str, tag: str, child: int, done: int) -> list[int]:
    """The operations of worker ``child`` that left a row: 0..done-1 all, maybe ``done`` (the one
    the kill interrupted), never anything after it."""
    rows = _q(s, f"SELECT {column} FROM {table} WHERE {column} LIKE ?", [f"{tag} {child}-%"])
    found = sorted(int(r[0].rsplit("-", 1)[1]) for r in rows)
    assert found in (list(range(done)), list(range(done + 1))), (tag, child, done, found)
    return found


# -- CPL save -----------------------------------------------------------------------------------
def test_killing_a_cpl_save_leaves_the_entry_whole_or_absent(zygote, folder):
    rng = random.Random(20261122)
    log = KillLog()
    findings = Findings()
    verified: set[str] = set()  # entries already found whole (a dead worker's entries never change)
    entries = 0
    child = -1
    while log.more():
        child += 1
        zygote.kill_once("cpl", child, rng.randrange(1 << 30), rng.uniform(0.0, 0.3), log)
        s = start_up(folder, findings, child, log.last)
        try:
            _check_prefix(s, "cpl_entries", "title", "kill-cpl", child, log.done[-1])
            rows = _q(
                s,
                "SELECT id, worker_id, module_id, completion_id, occurred_on, hours, deleted_at FROM cpl_entries "
                "WHERE title LIKE 'kill-cpl %'",
            )
            assert verified <= {r[0] for r in rows}
            entries = len(rows)
            for entry_id, worker_id, module_id, completion_id, occurred_on, hours, deleted in rows:
                if entry_id in verified:
                    continue
                assert deleted is None and hours == 1.5
                evidence = s.learning.evidence(entry_id)
                assert len(evidence) == EVIDENCE_PER_ENTRY, (child, entry_id, evidence)
                for _link, _name, stored, size in evidence:  # every file stored, whole
                    assert stored.is_file() and stored.stat().st_size == size, (entry_id, stored)
                    assert hashlib.sha256(stored.read_bytes()).hexdigest() == stored.name, (entry_id, stored)
                if module_id is None:
                    assert completion_id is None
                else:  # the entry is the module's completion: both or neither
                    assert _q(
                        s, "SELECT worker_id, module_id, completed_on FROM completions WHERE id = ?", [completion_id]
                    ) == [(worker_id, module_id, occurred_on)], entry_id
                verified.add(entry_id)
            # no completion the kill separated from its entry
            assert (
                _q(
                    s,
                    "SELECT COUNT(*) FROM completions c WHERE NOT EXISTS (SELECT 1 FROM cpl_entries e "
                    "WHERE e.completion_id = c.id AND e.deleted_at IS NULL)",
                )[0][0]
                == 0
            )
        finally:
            s.close()
    # CPL hours: what the service counts is what the database holds, for everyone touched
    s = Services.open(folder)
    try:
        touched = [r[0] for r in _q(s, "SELECT DISTINCT worker_id FROM cpl_entries WHERE title LIKE 'kill-cpl %'")]
        for worker_id in touched:
            counted = sum(e.hours for e in s.learning.entries(worker_id))
            held = _q(s, "SELECT SUM(hours) FROM cpl_entries WHERE worker_id = ? AND deleted_at IS NULL", [worker_id])
            assert counted == pytest.approx(held[0][0]), worker_id
        referenced = {r[0] for r in _q(s, "SELECT sha256 FROM cpl_evidence")}
        stored = [p for p in (folder / "evidence").rglob("*") if p.is_file()]
        orphans = [p for p in stored if not p.name.startswith(".") and p.name not in referenced]
    finally:
        s.close()
    report(
        "cpl save",
        log,
        f"entries={entries}; temporary files found after kills={findings.temporary}, "
        f"not removed by start-up={len(findings.not_cleaned)}; stored evidence files no entry uses "
        f"at the end={len(orphans)}, left by {len(set(findings.leaks.values()))} kills",
    )
    for p, when in list(findings.leaks.items())[:6]:
        print(f"    {when}: {p}")
    assert log.in_op >= MIN_KILLS, log.stages
    assert log.stages["t"] + log.stages["c"] >= 3, log.stages  # some kills inside the transaction
    assert log.stages["e"] >= 3, log.stages  # and some while evidence was being copied in
    assert entries >= 20  # the loop did real work between kills
    assert_no_leaks(findings)  # a killed save leaves nothing behind that the next start-up keeps


# -- session attendance -----------------------------------------------------------------------
def test_killing_attendance_leaves_each_booking_with_exactly_its_completion(zygote, folder):
    rng = random.Random(1122)
    log = KillLog()
    findings = Findings()
    verified: set[str] = set()  # sessions already found consistent (a dead worker's never change)
    completed = 0
    child = -1
    while log.more():
        child += 1
        zygote.kill_once("attend", child, rng.randrange(1 << 30), rng.uniform(0.0, 0.3), log)
        s = start_up(folder, findings, child, log.last)
        try:
            _check_prefix(s, "training_sessions", "venue", "kill-att", child, log.done[-1])
            sessions = _q(
                s, "SELECT id, module_id, held_on, status, venue FROM training_sessions WHERE venue LIKE 'kill-att %'"
            )
            assert verified <= {r[0] for r in sessions}
            completed = sum(r[3] == "completed" for r in sessions)
            for session_id, module_id, held_on, status, venue in sessions:
                if session_id in verified:
                    continue
                verified.add(session_id)
                owner, op = map(int, venue.split()[1].split("-"))
                bookings = _q(
                    s, "SELECT worker_id, status, completion_id FROM bookings WHERE session_id = ?", [session_id]
                )
                assert len(bookings) in (0, BOOKED), (venue, bookings)  # booking is one step
                if op < log.done[owner]:
                    assert status == "completed", venue  # every operation reported done is whole
                if status == "planned":
                    assert all(b[1] == "booked" and b[2] is None for b in bookings), (venue, bookings)
                    continue
                assert status == "completed" and len(bookings) == BOOKED, (venue, status, bookings)
                assert sorted(b[1] for b in bookings) == ["attended"] * PRESENT + ["no-show"] * (BOOKED - PRESENT)
                for worker_id, state, completion_id in bookings:
                    if state != "attended":
                        assert completion_id is None, (venue, worker_id)
                        continue
                    assert _q(
                        s, "SELECT worker_id, module_id, completed_on FROM completions WHERE id = ?", [completion_id]
                    ) == [(worker_id, module_id, held_on)], (venue, worker_id)
                    entries = _q(
                        s,
                        "SELECT COUNT(*) FROM cpl_entries WHERE completion_id = ? AND deleted_at IS NULL",
                        [completion_id],
                    )
                    assert entries == [(1,)], (venue, worker_id)  # counted in CPL hours exactly once
            # no completion made by attending that no attended booking holds
            assert (
                _q(
                    s,
                    "SELECT COUNT(*) FROM completions c WHERE c.source = 'session' AND NOT EXISTS "
                    "(SELECT 1 FROM bookings b WHERE b.completion_id = c.id AND b.status = 'attended')",
                )[0][0]
                == 0
            )
            assert (
                _q(
                    s,
                    "SELECT COUNT(*) FROM cpl_entries e WHERE e.source = 'session' AND e.deleted_at IS NULL "
                    "AND NOT EXISTS (SELECT 1 FROM completions c WHERE c.id = e.completion_id)",
                )[0][0]
                == 0
            )
        finally:
            s.close()
    s = Services.open(folder)
    try:  # CPL hours: each attendance's learning counted once, as the database holds it
        for (worker_id,) in _q(s, "SELECT id FROM workers"):
            counted = sum(e.hours for e in s.learning.entries(worker_id))
            held = _q(s, "SELECT TOTAL(hours) FROM cpl_entries WHERE worker_id = ? AND deleted_at IS NULL", [worker_id])
            assert counted == pytest.approx(held[0][0]), worker_id
    finally:
        s.close()
    report("attendance", log, f"sessions completed={completed}; temporary files found={findings.temporary}")
    assert log.in_op >= MIN_KILLS, log.stages
    assert log.stages["t"] + log.stages["c"] >= 3, log.stages
    assert completed >= 20
    assert_no_leaks(findings)


# -- batch export -----------------------------------------------------------------------------
def _complete_pdf(path: Path) -> str | None:
    """None when ``path`` is a whole PDF, else what is wrong with it."""
    from pypdf import PdfReader

    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        return f"{path.name}: {len(data)} bytes, no %PDF header"
    if not data.rstrip().endswith(b"%%EOF"):
        return f"{path.name}: {len(data)} bytes, no %%EOF at the end"
    try:
        pages = len(PdfReader(io.BytesIO(data), strict=True).pages)
    except Exception as exc:  # noqa: BLE001 - any failure to read is the finding
        return f"{path.name}: pypdf cannot read it ({exc})"
    return None if pages >= 1 else f"{path.name}: no pages"


def test_killing_a_batch_export_leaves_no_partial_pdf_at_a_final_name(zygote, folder, tmp_path):
    rng = random.Random(4711)
    log = KillLog()
    out = tmp_path / "scratch"
    verified: dict[str, tuple[int, int, int]] = {}
    mid_write = 0  # kills that left a new temporary file: they landed while a PDF was being written
    partials_seen = 0
    findings = Findings()
    versions = 0  # complete PDFs seen at final names, counting each rewrite
    child = -1
    while log.more():
        child += 1
        longest = (2.6, 0.7, 1.2, 1.0)[child % 4]  # how long the child's export takes (see op_export)
        zygote.kill_once("export", child, rng.randrange(1 << 30), rng.uniform(0.05, longest), log)
        partials_now = sum(1 for p in out.iterdir() if p.name.endswith(".partial"))
        mid_write += partials_now > partials_seen
        partials_seen = partials_now
        problems = []
        for p in out.iterdir():
            if p.name.endswith(".partial"):
                continue
            assert p.suffix == ".pdf" and not p.name.startswith("."), p.name  # only final PDFs
            st = p.stat()
            key = (st.st_ino, st.st_size, st.st_mtime_ns)
            if verified.get(p.name) != key:
                problem = _complete_pdf(p)
                if problem:
                    problems.append(problem)
                verified[p.name] = key
                versions += 1
        assert problems == [], f"after kill {child}: {problems}"
        start_up(folder, findings, child, log.last).close()  # exporting only reads the database
    partials = sorted(p.name for p in out.iterdir() if p.name.endswith(".partial"))
    pdfs = [p for p in out.iterdir() if p.suffix == ".pdf"]
    report(
        "batch export",
        log,
        f"final PDFs={len(pdfs)} (combined file among them: {(out / 'all-records.pdf').exists()}), PDF versions verified complete={versions}, kills mid-write={mid_write}, "
        f".partial files left in the export folder={len(partials)}",
    )
    assert log.in_op >= MIN_KILLS, log.stages
    assert versions >= MIN_KILLS and len(pdfs) >= 16  # the exports got under way between kills
    assert mid_write >= 1, log.stages  # some kills landed while a PDF was being written
    assert_no_leaks(findings)
