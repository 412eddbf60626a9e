"""Migrations: built from scratch, upgraded from an older file, refused when newer, atomic."""

from __future__ import annotations

import sqlite3

import pytest

from planner.storage import database
from planner.storage.database import NewerDatabaseError, StorageError, migrate, open_database

EXPECTED_TABLES = {
    "frameworks": {
        "id",
        "code",
        "name",
        "description",
        "source",
        "tags",
        "position",
        "example",
        "retired",
        "created_at",
        "updated_at",
        "local_scale",
    },
    "levels": {"id", "framework_id", "rank", "name", "description", "created_at", "updated_at"},
    "modules": {
        "id",
        "code",
        "title",
        "provider",
        "delivery",
        "hours",
        "renewal_months",
        "url",
        "source",
        "example",
        "retired",
        "created_at",
        "updated_at",
        "topics",
        "sssc_elements",
    },
    "roles": {
        "id",
        "code",
        "name",
        "sector",
        "description",
        "due_days",
        "example",
        "retired",
        "created_at",
        "updated_at",
        "supervision_days",
        "regulator",
    },
    "role_levels": {"role_id", "framework_id", "level_id", "source"},
    "role_modules": {"role_id", "module_id", "source"},
    "role_stages": {"id", "role_id", "level_id", "module_id", "due_days", "name"},
    "cpl_entries": {
        "id",
        "worker_id",
        "occurred_on",
        "title",
        "kind",
        "provider",
        "hours",
        "participatory",
        "module_id",
        "completion_id",
        "frameworks",
        "sssc_elements",
        "topics",
        "learned",
        "practice_change",
        "prompt",
        "prompt_response",
        "deleted_at",
        "created_at",
        "updated_at",
        "reflective_account",
        "source",
        "completion_ref",
        "reflection_written",
        "reflection_shared",
    },
    "supervision_sessions": {
        "id",
        "worker_id",
        "occurred_on",
        "kind",
        "minutes",
        "supervisor",
        "topics",
        "private_notes",
        "prompt",
        "prompt_response",
        "deleted_at",
        "created_at",
        "updated_at",
    },
    "registrations": {
        "worker_id",
        "declaration_on",
        "career_pathway",
        "funded_elc",
        "revalidation_on",
        "signoff_on",
        "created_at",
        "updated_at",
        "applied_on",
        "registered_on",
        "snct",
        "associate",
        "details_updated_on",
        "prd_on",
    },
    "revalidations": {
        "worker_id",
        "cycle_end",
        "practice_hours",
        "dual_registration",
        "feedback",
        "discussion_on",
        "discussion_with",
        "confirmer",
        "confirmed_on",
        "health_character",
        "indemnity",
        "created_at",
        "updated_at",
    },
    "audit_log": {"id", "at", "actor", "action", "entity", "entity_id", "worker_id", "summary"},
    "workers": {
        "id",
        "staff_no",
        "name",
        "email",
        "team_id",
        "regulator",
        "register_part",
        "registration_no",
        "retired",
        "created_at",
        "updated_at",
        "left_on",
    },
    "worker_roles": {"id", "worker_id", "role_id", "started_on", "ended_on", "created_at", "updated_at"},
    "completions": {"id", "worker_id", "module_id", "completed_on", "source", "created_at", "updated_at"},
}


def test_fresh_schema_has_every_table_and_column():
    db = open_database(None)
    for table, columns in EXPECTED_TABLES.items():
        assert set(_columns(db, table)) == columns, table
    assert database.applied_migrations(db) == list(range(1, database.schema_version() + 1))


def test_file_pragmas(tmp_path):
    db = open_database(tmp_path / "p.sqlite3")
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] == database.BUSY_TIMEOUT_MS


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "p.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    db.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(path)


def test_upgrade_copies_the_file_aside_and_keeps_data(tmp_path, monkeypatch):
    """A database at schema 1 meets a version with a second migration."""
    path = tmp_path / "p.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO settings VALUES ('kept', 'yes')")
    db.close()
    real = database.migrations()
    extra = database.Migration(len(real) + 1, "test_extra", "ALTER TABLE settings ADD COLUMN note TEXT;")
    monkeypatch.setattr(database, "migrations", lambda: [*real, extra])
    db = open_database(path)
    assert "note" in _columns(db, "settings")
    assert db.conn.execute("SELECT value FROM settings WHERE key='kept'").fetchone()[0] == "yes"
    # the copy is made into the backups folder beside the database, with the online backup API
    copies = list((tmp_path / "backups").glob(f"planner-*-before-upgrade-{extra.number:04d}.sqlite3"))
    assert len(copies) == 1
    assert not list(tmp_path.glob("*.partial")) and not list((tmp_path / "backups").glob("*.partial"))
    old = sqlite3.connect(copies[0])
    assert [r[0] for r in old.execute("SELECT number FROM schema_migrations")] == [m.number for m in real]
    assert old.execute("SELECT value FROM settings WHERE key='kept'").fetchone()[0] == "yes"
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failing_migration_leaves_nothing_half_done(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite3"
    open_database(path).close()
    real = database.migrations()
    broken = database.Migration(
        len(real) + 1, "broken", "CREATE TABLE half (x INTEGER);\nINSERT INTO no_such_table VALUES (1);"
    )
    monkeypatch.setattr(database, "migrations", lambda: [*real, broken])
    with pytest.raises(StorageError):
        open_database(path)
    db = sqlite3.connect(path)
    assert "half" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert max(r[0] for r in db.execute("SELECT number FROM schema_migrations")) == len(real)


def test_not_a_database_gives_a_clear_message(tmp_path):
    path = tmp_path / "p.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="is not a Pathway Planner database"):
        open_database(path)


def test_migrate_twice_is_a_no_op():
    db = open_database(None)
    assert migrate(db, None) == []


def test_upgrades_a_database_kept_from_schema_1(tmp_path):
    """tests/data/planner-schema1.sqlite3 was written by version 0.1 (schema 1, 12 workers)."""
    import shutil
    from pathlib import Path

    path = tmp_path / "planner.sqlite3"
    shutil.copy(Path(__file__).parents[2] / "data" / "planner-schema1.sqlite3", path)
    db = open_database(path)
    assert database.applied_migrations(db) == list(range(1, database.schema_version() + 1))
    assert db.conn.execute("SELECT COUNT(*) FROM workers").fetchone()[0] == 12
    days = dict(db.conn.execute("SELECT code, supervision_days FROM roles"))
    assert days["social-worker"] == 30 and days["health-visitor"] == 90 and days["teacher"] is None
    assert database.integrity_problems(db) == []
    assert len(list((tmp_path / "backups").glob("planner-*-before-upgrade-0002.sqlite3"))) == 1


def test_upgrade_from_schema_4_makes_one_learning_history_and_keeps_the_local_mapping(tmp_path):
    """tests/data/planner-schema4.sqlite3 was written by the previous version: the example
    organisation, a CPL entry for LOC-ASP, two attendances of a session, certificates, and a
    local edit (teachers' learning due within 120 days)."""
    import shutil
    from datetime import date
    from pathlib import Path

    from planner.services.learning import LearningService
    from planner.services.starter import StarterService
    from planner.services.workspace import Workspace

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(Path(__file__).parents[2] / "data" / "planner-schema4.sqlite3", folder / "planner.sqlite3")
    ws = Workspace.open(folder)
    try:
        q = ws.db.conn.execute
        assert len(list((folder / "backups").glob("planner-*-before-upgrade-0005.sqlite3"))) == 1
        assert ws.check() == []
        # every completion is exactly one (undeleted) entry of the history, and no entry is lost
        assert q("SELECT COUNT(*) FROM completions").fetchone()[0] == 357
        assert q("SELECT COUNT(*) FROM cpl_entries").fetchone()[0] == 85 + 357 - 1  # the ASP entry was one already
        assert (
            q(
                "SELECT COUNT(*) FROM completions c WHERE (SELECT COUNT(*) FROM cpl_entries e "
                "WHERE e.completion_id = c.id AND e.deleted_at IS NULL) != 1"
            ).fetchone()[0]
            == 0
        )
        # an organisation's copy keeps that a reflection was written, never its words (0007)
        assert q(
            "SELECT learned, reflection_written FROM cpl_entries WHERE title = 'Adult protection e-learning'"
        ).fetchone() == ("", 1)
        # attendance is participatory; LOC-ASP now covers adult support and protection
        assert {r[0] for r in q("SELECT participatory FROM cpl_entries WHERE source = 'session'")} == {1}
        learning = LearningService(ws, today=date(2026, 11, 22))
        asp_worker = ws.people_repo.worker_by_staff_no("E01001")
        assert learning.cycle(asp_worker.id, date(2026, 11, 22)).check("adult-protection").met
        # the organisation's own mapping is kept; new starter roles are offered, not forced
        roles = {r.code: r for r in ws.catalogue_repo.load().roles}
        assert roles["teacher"].due_days == 120 and "police-officer" in roles
        assert "police-response-officer" not in roles
        offered = StarterService(ws).updates()
        assert "police-response-officer" in {code for code, _ in offered.roles}
        assert "HRG-ND" in {code for code, _ in offered.modules}
        # certificates still verify against the completion they certified
        assert q("SELECT COUNT(*) FROM certificates WHERE completion_ref IS NULL").fetchone()[0] == 0
    finally:
        ws.close()


def _columns(db, table: str) -> list[str]:
    return [row[1] for row in db.conn.execute(f"PRAGMA table_info({table})")]
