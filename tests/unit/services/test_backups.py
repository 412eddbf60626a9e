"""Backups: made with the online backup API, rotated by day and ISO week on an injected clock,
read without writing beside them, and restored only when sound, keeping the data in use."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from planner.core.errors import UserError
from planner.services import backups, folders
from planner.services.backups import BackupService
from planner.services.workspace import Workspace
from planner.storage import backups as store
from planner.storage.database import NewerDatabaseError, ReadOnlyError, StorageError, open_database, schema_version

DATA = Path(__file__).parents[2] / "data"


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def names(folder: Path) -> set[str]:
    return {b.path.name for b in store.backups(folder)}


def stamp(d: datetime) -> str:
    return d.strftime("planner-%Y%m%d-%H%M%S")


def rows(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


def marker(ws: Workspace) -> str | None:
    return ws.settings_repo.get("marker")


def set_marker(ws: Workspace, value: str) -> None:
    with ws.db.atomic():
        ws.settings_repo.set("marker", value)


def damage(path: Path) -> None:
    """Garbage over the middle pages, the header left intact: SQLite opens it, the check fails."""
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(2, min(len(data) // page - 1, 40)):
        data[n * page : n * page + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


# -- rotation ---------------------------------------------------------------------------------


def test_rotation_keeps_the_newest_of_7_days_and_4_iso_weeks_across_two_months(starter_ws):
    clock = Clock(datetime(2026, 1, 1, 9, 0, 0))  # a Thursday
    service = BackupService(starter_ws, now=clock)
    folder = starter_ws.folder
    made_each_day = {}
    day = date(2026, 1, 1)
    while day <= date(2026, 3, 1):  # a Sunday: ISO week 9 of 2026 is 23 Feb – 1 Mar
        clock.now = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)
        if day.day % 10 != 5:  # some days the app is not opened: no backup at all
            made = service.daily()
            assert made is not None and made.exists()
            assert service.daily() is None  # once a day
            if day.weekday() == 2:  # Wednesdays: an import later in the day
                clock.now += timedelta(hours=5)
                made = service.make("before-import")
                assert made.exists()  # never the one just made
            made_each_day[day] = made.name
            assert len(names(folder)) <= 7 + 4
        day += timedelta(days=1)
    # the newest of each of the last 7 days with backups (25 Feb is a day without one) ...
    days = [date(2026, 2, d) for d in (22, 23, 24, 26, 27, 28)] + [date(2026, 3, 1)]
    # ... and the newest of each of the last 4 ISO weeks: weeks 9, 8 (22 Feb), 7 (14 Feb: none on
    # the 15th) and 6 (8 Feb)
    weeks = [date(2026, 3, 1), date(2026, 2, 22), date(2026, 2, 14), date(2026, 2, 8)]
    assert names(folder) == {made_each_day[d] for d in days + weeks}
    assert len(names(folder)) == 9  # the Sunday of week 8 is both a day and a week kept
    assert date(2026, 2, 25) not in made_each_day
    assert made_each_day[date(2026, 2, 18)].endswith("-before-import.sqlite3")


def test_the_kept_counts_are_a_setting(starter_ws):
    clock = Clock(datetime(2026, 5, 4, 8, 0))  # a Monday
    service = BackupService(starter_ws, now=clock)
    assert (service.kept_daily, service.kept_weekly) == (7, 4)
    service.set_kept(2, 1)
    assert (service.kept_daily, service.kept_weekly) == (2, 1)
    assert starter_ws.settings_repo.get("backup_daily") == "2"
    made = []
    for n in range(10):
        clock.now = datetime(2026, 5, 4, 8, 0) + timedelta(days=n)
        made.append(service.daily().name)
    assert names(starter_ws.folder) == {made[-1], made[-2]}  # 13 May and 12 May; both in week 20
    for bad in ((-1, 4), (7, 10_000), (0, 0)):
        with pytest.raises(UserError):
            service.set_kept(*bad)
    with starter_ws.db.atomic():
        starter_ws.settings_repo.set("backup_weekly", "lots")
    assert service.kept_weekly == 4  # a value nobody should have typed: the default


def test_the_copy_before_a_restore_and_before_an_upgrade_survive_rotation(starter_ws):
    folder = starter_ws.folder
    base = datetime(2026, 6, 1, 9)
    found = [
        store.BackupFile(folder / f"{stamp(base + timedelta(days=h))}{suffix}.sqlite3", base + timedelta(days=h), r)
        for h, suffix, r in (
            (0, "-before-upgrade-0009", "before-upgrade-0009"),
            (1, "-before-restore", "before-restore"),
            (2, "-before-restore", "before-restore"),
            (3, "", ""),
        )
    ]
    removed = {b.path.name for b in store.to_remove(found, daily=1, weekly=1)}
    # kept: the newest of the day (3), the newest before a restore (2) and before an upgrade (0)
    assert removed == {found[1].path.name}


def test_every_backup_of_the_last_day_survives_rotation(starter_ws):
    """Two imports this morning, then Back up now: both copies made before the imports stay."""
    folder = starter_ws.folder
    base = datetime(2026, 6, 10, 8)
    found = [
        store.BackupFile(folder / f"{stamp(base + timedelta(hours=h))}{suffix}.sqlite3", base + timedelta(hours=h), r)
        for h, suffix, r in (
            (-72, "", ""),
            (-48, "", ""),
            (0, "-before-import", "before-import"),
            (1, "-before-import", "before-import"),
            (2, "", ""),
        )
    ]
    removed = {b.path.name for b in store.to_remove(found, daily=2, weekly=0)}
    assert removed == {found[0].path.name}  # beyond two days; the last day's three all stay


# -- making -----------------------------------------------------------------------------------


def test_a_backup_is_a_sound_standalone_database_with_the_same_rows(demo_ws):
    set_marker(demo_ws, "at backup")
    path = BackupService(demo_ws).make()
    assert path.parent == demo_ws.folder / "backups" and store.parse(path) is not None
    assert not list(path.parent.glob("*-wal")) and not list(path.parent.glob("*.partial"))
    copy = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        for table in ("workers", "completions", "cpl_entries", "worker_roles", "settings", "schema_migrations"):
            assert rows(copy, table) == rows(demo_ws.db.conn, table), table
        assert copy.execute("SELECT COUNT(*) FROM workers").fetchone()[0] == 48
    finally:
        copy.close()
    [info] = BackupService(demo_ws).list()
    assert (info.path, info.workers, info.sound, info.reason) == (path, 48, True, "")
    assert info.size == path.stat().st_size > 100_000


def test_two_backups_in_one_second_never_replace_each_other(starter_ws):
    clock = Clock(datetime(2026, 7, 1, 12, 0, 0))
    service = BackupService(starter_ws, now=clock)
    first = service.make("before-import")
    second = service.make("before-import")
    assert first != second and first.exists() and second.exists()


def test_a_copy_to_a_file_of_ones_choosing_and_mistakes_about_it(demo_ws, tmp_path):
    service = BackupService(demo_ws)
    target = service.make(target=tmp_path / "elsewhere.sqlite3")
    assert target == tmp_path / "elsewhere.sqlite3" and store.inspect(target, thorough=True).workers == 48
    assert service.list() == []  # a copy elsewhere is not one of the folder's backups
    for bad in (tmp_path / "no-such-folder" / "x.sqlite3", tmp_path, demo_ws.database_path):
        with pytest.raises(UserError):
            service.make(target=bad)


def test_read_only_data_gets_no_automatic_backup_but_can_be_copied_elsewhere(demo_ws, tmp_path):
    folder = demo_ws.folder
    demo_ws.close()
    ws = Workspace(db=open_database(folder / "planner.sqlite3", read_only=True), folder=folder)
    try:
        service = BackupService(ws)
        assert ws.read_only and service.daily() is None
        with pytest.raises(ReadOnlyError):
            service.make("before-import")
        assert not (folder / "backups").exists()
        assert service.make(target=tmp_path / "copy.sqlite3").exists()
    finally:
        ws.close()


def test_an_empty_database_in_memory_gets_no_daily_backup():
    ws = Workspace.in_memory()
    try:
        assert BackupService(ws).daily() is None and BackupService(ws).list() == []
    finally:
        ws.close()


def test_a_killed_backups_temporary_file_is_removed_once_stale(starter_ws):
    folder = starter_ws.folder / "backups"
    folder.mkdir()
    old, young = folder / "planner-20260101-090000.sqlite3.partial", folder / "planner-20260102-090000.sqlite3.partial"
    for path in (old, young):
        path.write_bytes(b"half")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    BackupService(starter_ws).make()
    assert not old.exists() and young.exists()  # young: another copy may still be writing it


# -- listing ----------------------------------------------------------------------------------


def test_a_damaged_backup_is_listed_as_damaged_not_an_error(demo_ws):
    clock = Clock(datetime(2026, 8, 3, 9))
    service = BackupService(demo_ws, now=clock)
    good = service.make()
    clock.now += timedelta(days=1)
    bad = service.make()
    damage(bad)
    clock.now += timedelta(days=1)
    junk = store.folder_of(demo_ws.folder) / f"{stamp(clock.now)}.sqlite3"
    junk.write_text("not a database")
    listed = {b.path: b for b in service.list()}
    assert [b.path for b in service.list()] == [junk, bad, good]  # newest first
    assert listed[good].sound and listed[good].workers == 48
    assert not listed[bad].sound and "damaged" in listed[bad].problem
    assert not listed[junk].sound and listed[junk].workers is None
    assert listed[junk].as_json()["sound"] is False


def test_a_damaged_database_at_start_up_is_offered_the_latest_good_backup(demo_ws):
    clock = Clock(datetime(2026, 8, 3, 9))
    service = BackupService(demo_ws, now=clock)
    older = service.make()
    clock.now += timedelta(days=1)
    latest_good = service.make()
    clock.now += timedelta(days=1)
    damaged = service.make()
    damage(damaged)
    for n, path in enumerate((older, latest_good, damaged)):  # files' times follow their names
        os.utime(path, (1_700_000_000 + n * 86400,) * 2)
    assert folders.earlier_copies(demo_ws.folder) == [latest_good, older]


# -- restoring --------------------------------------------------------------------------------


def test_restore_brings_the_data_back_and_keeps_the_data_in_use_as_a_backup(demo_ws):
    set_marker(demo_ws, "then")
    service = BackupService(demo_ws, now=Clock(datetime(2026, 9, 1, 9)))
    made = service.make()
    set_marker(demo_ws, "now")
    other = Workspace.reader(demo_ws.folder)  # another window (or copy of the app) on the folder
    try:
        seen = other.data_version()
        kept = backups.restore_into(demo_ws.folder, made)
        # both connections read the restored data, and the other one sees that it changed
        assert marker(demo_ws) == "then" and marker(other) == "then"
        assert other.data_version() != seen
        assert demo_ws.check() == []
    finally:
        other.close()
    assert kept is not None and kept.name.endswith("-before-restore.sqlite3")
    old = sqlite3.connect(f"{kept.as_uri()}?mode=ro&immutable=1", uri=True)
    assert old.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone()[0] == "now"
    old.close()
    assert backups.restore_into(demo_ws.folder, kept) is not None  # a restore can itself be undone
    assert marker(demo_ws) == "now"
    set_marker(demo_ws, "written after restoring")  # the open connection still writes
    assert marker(demo_ws) == "written after restoring"


@pytest.mark.parametrize("kind", ["damaged", "text", "empty", "foreign", "newer", "missing", "folder"])
def test_restore_refuses_what_is_not_a_sound_backup_and_changes_nothing(demo_ws, tmp_path, kind):
    set_marker(demo_ws, "untouched")
    candidate = tmp_path / f"{kind}.sqlite3"
    if kind == "damaged":
        BackupService(demo_ws).make(target=candidate)
        damage(candidate)
    elif kind == "text":
        candidate.write_text("name,team\nAnna,North\n" * 200)
    elif kind == "empty":
        candidate.write_bytes(b"")
    elif kind == "foreign":
        conn = sqlite3.connect(candidate)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        BackupService(demo_ws).make(target=candidate)
        conn = sqlite3.connect(candidate)
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'future', '2030-01-01')", [schema_version() + 1])
        conn.commit()
        conn.close()
    elif kind == "folder":
        candidate.mkdir()
    before = rows(demo_ws.db.conn, "workers")
    with pytest.raises(NewerDatabaseError if kind == "newer" else StorageError) as caught:
        backups.restore_into(demo_ws.folder, candidate)
    assert "\n" not in str(caught.value) and str(candidate) in str(caught.value)
    assert marker(demo_ws) == "untouched" and rows(demo_ws.db.conn, "workers") == before
    assert BackupService(demo_ws).list() == []  # not even the copy of the data in use was made


def test_restore_refuses_the_database_in_use(demo_ws):
    with pytest.raises(StorageError, match="in use"):
        backups.restore_into(demo_ws.folder, demo_ws.database_path)


def test_a_backup_from_an_earlier_version_is_upgraded_when_restored(demo_ws):
    kept = backups.restore_into(demo_ws.folder, DATA / "planner-schema4.sqlite3")
    assert kept is not None
    db = open_database(demo_ws.database_path)
    try:
        assert [r[0] for r in db.conn.execute("SELECT number FROM schema_migrations")] == list(
            range(1, schema_version() + 1)
        )
        assert db.conn.execute("SELECT COUNT(*) FROM completions").fetchone()[0] == 357
    finally:
        db.close()
    reasons = {b.reason for b in store.backups(demo_ws.folder)}
    assert "before-restore" in reasons and "before-upgrade-0005" in reasons


def test_a_backup_with_another_page_size_is_restored(demo_ws, tmp_path):
    set_marker(demo_ws, "8k")
    copy = BackupService(demo_ws).make(target=tmp_path / "8k.sqlite3")
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA page_size=8192")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()
    set_marker(demo_ws, "later")
    backups.restore_into(demo_ws.folder, copy)
    assert marker(demo_ws) == "8k" and demo_ws.check() == []
    assert not list((demo_ws.folder / "backups").glob("*.partial"))


def test_restore_over_a_database_too_damaged_to_open_moves_it_aside(demo_ws, tmp_path):
    folder = demo_ws.folder
    good = BackupService(demo_ws).make(target=tmp_path / "good.sqlite3")
    demo_ws.close()
    database = folder / "planner.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(f"{database}{extra}").unlink(missing_ok=True)
    data = bytearray(database.read_bytes())
    data[:100] = b"\x00" * 100
    database.write_bytes(bytes(data))
    kept = backups.restore_into(folder, good)
    assert kept is not None and kept.name.startswith("planner.damaged-") and kept.exists()
    ws = Workspace.open(folder)
    try:
        assert ws.check() == [] and len(ws.people_repo.workers()) == 48
    finally:
        ws.close()


def test_restore_into_a_folder_with_no_data_yet(demo_ws, tmp_path):
    good = BackupService(demo_ws).make(target=tmp_path / "good.sqlite3")
    new = tmp_path / "new-folder"
    assert backups.restore_into(new, good) is None
    shutil.rmtree(new / "backups", ignore_errors=True)
    ws = Workspace.open(new)
    try:
        assert len(ws.people_repo.workers()) == 48
    finally:
        ws.close()
