"""Reflections private by construction (migration 0007): an organisation's copy keeps only the
fact that a reflection was written unless the worker shared it; a worker's own copy keeps all."""

from __future__ import annotations

import sqlite3

import pytest

from planner.storage import database
from planner.storage.database import open_database

STAMP = "2026-01-01T00:00:00+00:00"


def _schema(conn: sqlite3.Connection, upto: int) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")
    for migration in database.migrations()[:upto]:
        for statement in database.statements(migration.sql):
            conn.execute(statement)


def _entry(conn, entry_id: str, learned: str = "", shared: int | None = None) -> None:
    columns = "id, worker_id, occurred_on, title, kind, hours, learned, practice_change, created_at, updated_at"
    values = [entry_id, "w", "2026-01-01", "T", "reading", 1, learned, "", STAMP, STAMP]
    if shared is not None:
        columns += ", reflection_shared"
        values.append(shared)
    conn.execute(f"INSERT INTO cpl_entries ({columns}) VALUES ({', '.join('?' for _ in values)})", values)


def _row(conn, entry_id: str) -> tuple:
    return conn.execute(
        "SELECT learned, practice_change, reflection_written, reflection_shared FROM cpl_entries WHERE id = ?",
        [entry_id],
    ).fetchone()


@pytest.mark.parametrize("personal", [False, True])
def test_upgrade_keeps_text_only_in_a_workers_own_copy(personal):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    _schema(conn, 6)
    if personal:
        conn.execute("INSERT INTO settings VALUES ('mode', 'personal')")
    _entry(conn, "a", learned="I noticed the child's cues")
    _entry(conn, "b")
    conn.execute(
        "INSERT INTO supervision_sessions (id, worker_id, occurred_on, kind, minutes, private_notes, "
        "prompt_response, created_at, updated_at) VALUES ('s', 'w', '2026-01-01', 'peer', 60, 'notes', 'answer', ?, ?)",
        [STAMP, STAMP],
    )
    for migration in database.migrations()[6:]:
        for statement in database.statements(migration.sql):
            conn.execute(statement)
    assert _row(conn, "a") == (("I noticed the child's cues" if personal else ""), "", 1, 0)
    assert _row(conn, "b") == ("", "", 0, 0)
    notes = conn.execute("SELECT private_notes, prompt_response FROM supervision_sessions").fetchone()
    assert notes == (("notes", "answer") if personal else ("", ""))


def test_an_organisations_copy_drops_unshared_text_whatever_writes_it():
    db = open_database(None)
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    _entry(conn, "a", learned="private words")
    _entry(conn, "b", learned="shared words", shared=1)
    assert _row(conn, "a") == ("", "", 1, 0)
    assert _row(conn, "b") == ("shared words", "", 1, 1)
    # a later edit that writes text, or clears it, never lowers the flag here
    conn.execute("UPDATE cpl_entries SET practice_change = 'more words' WHERE id = 'a'")
    assert _row(conn, "a") == ("", "", 1, 0)
    conn.execute("UPDATE cpl_entries SET learned = '' WHERE id = 'b'")
    assert _row(conn, "b")[2] == 1
    # no longer shared: the text goes
    conn.execute("UPDATE cpl_entries SET learned = 'again', reflection_shared = 0 WHERE id = 'b'")
    assert _row(conn, "b") == ("", "", 1, 0)
    conn.execute(
        "INSERT INTO supervision_sessions (id, worker_id, occurred_on, kind, minutes, private_notes, "
        "created_at, updated_at) VALUES ('s', 'w', '2026-01-01', 'peer', 60, 'notes', ?, ?)",
        [STAMP, STAMP],
    )
    assert conn.execute("SELECT private_notes FROM supervision_sessions").fetchone() == ("",)
    conn.execute("UPDATE supervision_sessions SET private_notes = 'x', prompt_response = 'y'")
    assert conn.execute("SELECT private_notes, prompt_response FROM supervision_sessions").fetchone() == ("", "")


def test_a_workers_own_copy_keeps_text_and_the_flag_follows_it():
    db = open_database(None)
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO settings VALUES ('mode', 'personal')")
    _entry(conn, "a", learned="my words")
    assert _row(conn, "a") == ("my words", "", 1, 0)
    conn.execute("UPDATE cpl_entries SET learned = '' WHERE id = 'a'")
    assert _row(conn, "a") == ("", "", 0, 0)
    conn.execute("UPDATE cpl_entries SET practice_change = 'changed my practice' WHERE id = 'a'")
    assert _row(conn, "a") == ("", "changed my practice", 1, 0)
