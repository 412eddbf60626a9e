"""The whole organisation out and back in, and its main tables for spreadsheets.

- ``export_json`` writes every table of user data, row for row with every column, plus the
  evidence files (base64), in the format documented in ``docs/export-schema.md``.
  ``import_json`` restores such a file into an empty data folder in one transaction, or with
  ``merge`` combines it with the data already there (records matched by their keys; the newer
  ``updated_at`` wins). A file from an older version is first brought up to this schema by
  running the same migrations the database would have had, in memory.
- ``export_csv`` writes the status, completions, CPL (never its reflections) or workers table
  for a spreadsheet (UTF-8 with a BOM, formula-looking values neutralised: ``exports.write_csv``).

Left out of the JSON: ``schema_migrations`` (the version is ``schema_version``), SQLite's own
``sqlite_*`` tables, and ``drafts`` (unsaved form contents autosaved on one machine: they may
hold half-written private reflections and mean nothing elsewhere).
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from planner import __version__
from planner.core.errors import UserError
from planner.core.files import atomic_file
from planner.core.i18n import fill, translate
from planner.core.packs import check_values, later
from planner.services.exports import write_csv
from planner.services.listing import workers_list
from planner.services.status_service import STATUS_FIELDS, StatusService
from planner.services.transfer_schema import (
    FORMAT,
    Row,
    Tables,
    query_rows,
    read_evidence,
    read_rows,
    schema_at,
    table_columns,
    user_tables,
)
from planner.services.workspace import Workspace
from planner.storage.database import migrations, now_stamp, schema_version, statements

# Settings that say what kind of copy a data folder is (a worker's own, or an organisation's):
# a merge never changes them, so an organisation's copy never becomes a worker's by importing.
LOCAL_SETTINGS = ("mode", "me_worker_id")
CSV_KINDS = ("status", "completions", "cpl", "workers")
# Rows that belong to a record without an updated_at of their own: on a merge they follow
# their owner (the owner's newer version brings exactly its own list of these).
OWNED = {
    "module_grants": ("module_id", "modules"),
    "role_levels": ("role_id", "roles"),
    "role_modules": ("role_id", "roles"),
    "role_stages": ("role_id", "roles"),
    "cpl_evidence": ("entry_id", "cpl_entries"),
}
WORKER_FIELDS = ("staff_no", "name", "team", "roles", "regulator", "register_part", "registration_no", "email")
COMPLETION_FIELDS = (
    "staff_no",
    "name",
    "team",
    "module",
    "title",
    "completed_on",
    "source",
    "hours",
    "provider",
    "id",
)
CPL_FIELDS = (
    "staff_no",
    "name",
    "team",
    "date",
    "title",
    "type",
    "provider",
    "hours",
    "participatory",
    "reflective_account",
    "module",
    "frameworks",
    "sssc_elements",
    "topics",
    "source",
    "evidence",
    "id",
)


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    tables: int
    evidence: int
    missing_evidence: int


@dataclass(frozen=True)
class ImportSummary:
    inserted: int
    updated: int
    kept: int
    evidence: int
    missing_evidence: int


class TransferService:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today

    # -- the schema ----------------------------------------------------------------------
    def tables(self) -> list[str]:
        """The tables a JSON export holds, parents before the tables that refer to them."""
        return user_tables(self.ws.db.conn)

    # -- CSV -----------------------------------------------------------------------------
    def export_csv(self, kind: str, path: Path, team: str | None = None, on: date | None = None) -> int:
        """Write one table for a spreadsheet; returns the number of rows written."""
        if kind not in CSV_KINDS:
            raise UserError(
                fill(
                    translate("transfer", "There is no CSV export called '%1': choose one of %2."),
                    kind,
                    ", ".join(CSV_KINDS),
                )
            )
        team_id = self.ws.people_repo.team_by_name(team).id if team else None
        if kind == "status":
            data = list(StatusService(self.ws).rows(on or self._today or date.today(), team))
            fields: tuple[str, ...] = STATUS_FIELDS
        elif kind == "workers":
            people = self.ws.people_repo
            data = workers_list(people.workers(team_id), people.teams(True), self.ws.catalogue_repo.load())
            for row in data:
                row["roles"] = [r["role"] for r in row["roles"]]
            fields = WORKER_FIELDS
        elif kind == "completions":
            data, fields = self._completion_rows(team_id), COMPLETION_FIELDS
        else:
            data, fields = self._cpl_rows(team_id), CPL_FIELDS
        write_csv(path, fields, ([row.get(f) for f in fields] for row in data))
        return len(data)

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        return query_rows(self.ws.db.conn, sql, params)

    def _completion_rows(self, team_id: str | None) -> list[Row]:
        return self._query(
            "SELECT w.staff_no, w.name, COALESCE(t.name, '') AS team, m.code AS module, m.title, c.completed_on, "
            "c.source, e.hours, e.provider, c.id FROM completions c "
            "JOIN workers w ON w.id = c.worker_id JOIN modules m ON m.id = c.module_id "
            "LEFT JOIN teams t ON t.id = w.team_id "
            "LEFT JOIN cpl_entries e ON e.completion_id = c.id AND e.deleted_at IS NULL "
            "WHERE ? IS NULL OR w.team_id = ? ORDER BY w.staff_no, c.completed_on, m.code",
            [team_id, team_id],
        )

    def _cpl_rows(self, team_id: str | None) -> list[Row]:
        # The reflection columns (learned, practice_change, prompt, prompt_response) are never read.
        rows = self._query(
            "SELECT w.staff_no, w.name, COALESCE(t.name, '') AS team, e.occurred_on AS date, e.title, "
            "e.kind AS type, e.provider, e.hours, e.participatory, e.reflective_account, m.code AS module, "
            "e.frameworks, e.sssc_elements, e.topics, e.source, e.id, "
            "(SELECT group_concat(v.original_name, '; ') FROM cpl_evidence v WHERE v.entry_id = e.id) AS evidence "
            "FROM cpl_entries e JOIN workers w ON w.id = e.worker_id LEFT JOIN teams t ON t.id = w.team_id "
            "LEFT JOIN modules m ON m.id = e.module_id "
            "WHERE e.deleted_at IS NULL AND (? IS NULL OR w.team_id = ?) ORDER BY w.staff_no, e.occurred_on, e.title",
            [team_id, team_id],
        )
        for row in rows:
            row["participatory"] = bool(row["participatory"])
            row["reflective_account"] = bool(row["reflective_account"])
            for key in ("frameworks", "sssc_elements", "topics"):
                row[key] = _json_list(row[key])
        return rows

    # -- JSON out ------------------------------------------------------------------------
    def export_data(self) -> tuple[dict[str, Any], int]:
        """The whole organisation as one JSON-ready object, and how many evidence files the
        database names that are missing from the data folder (so not in it)."""
        conn = self.ws.db.conn
        tables: Tables = {}
        for table in self.tables():
            cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            names = [d[0] for d in cursor.description]
            tables[table] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        evidence: dict[str, str] = {}
        missing = 0
        for row in tables.get("evidence_files", []):
            sha = str(row["sha256"])
            try:
                evidence[sha] = base64.b64encode(self.ws.evidence.path_for(sha).read_bytes()).decode("ascii")
            except OSError:
                missing += 1
        data = {
            "format": FORMAT,
            "schema_version": schema_version(),
            "app_version": __version__,
            "exported_at": now_stamp(),
            "tables": tables,
            "evidence": evidence,
        }
        return data, missing

    def export_json(self, path: Path) -> ExportSummary:
        data, missing = self.export_data()
        with atomic_file(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
        tables = data["tables"]
        return ExportSummary(sum(len(r) for r in tables.values()), len(tables), len(data["evidence"]), missing)

    # -- JSON in -------------------------------------------------------------------------
    def read(self, path: Path) -> tuple[Tables, dict[str, bytes]]:
        """A JSON export read and checked (brought up to this schema if older): every mistake in
        it is a UserError that names what is wrong, and nothing has been written yet."""
        try:
            text = Path(path).read_bytes().decode("utf-8-sig")
        except FileNotFoundError:
            raise UserError(fill(translate("transfer", "The file %1 does not exist."), path)) from None
        except IsADirectoryError:
            raise UserError(
                fill(translate("transfer", "%1 is a folder: give the JSON file exported from Pathway Planner."), path)
            ) from None
        except OSError as exc:
            raise UserError(
                fill(translate("transfer", "The file %1 cannot be read (%2)."), path, exc.strerror or exc)
            ) from None
        except UnicodeDecodeError:
            raise UserError(
                fill(
                    translate("transfer", "%1 is not a JSON export (it is not UTF-8 text): nothing was imported."),
                    path.name,
                )
            ) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(
                fill(
                    translate("transfer", "%1 is not valid JSON (line %2, column %3: %4): nothing was imported."),
                    path.name,
                    exc.lineno,
                    exc.colno,
                    exc.msg,
                )
            ) from None
        except RecursionError:
            raise UserError(
                fill(translate("transfer", "%1 is nested too deeply to be a Pathway Planner export."), path.name)
            ) from None
        return parse(data, self.ws.db.conn)

    def import_json(self, path: Path, merge: bool = False) -> ImportSummary:
        tables, evidence = self.read(path)
        return self.restore(tables, evidence, merge)

    def restore(self, tables: Tables, evidence: Mapping[str, bytes], merge: bool = False) -> ImportSummary:
        created: list[Path] = []
        try:
            with self.ws.db.atomic():
                if not merge:
                    self._refuse_unless_empty()
                inserted, updated, kept = _write(self.ws.db.conn, tables, merge)
                wanted = {str(r["sha256"]) for r in tables.get("evidence_files", [])}
                for sha in sorted(wanted & set(evidence)):
                    if store_evidence(self.ws.evidence.path_for(sha), evidence[sha]):
                        created.append(self.ws.evidence.path_for(sha))
        except BaseException as exc:
            for p in created:
                p.unlink(missing_ok=True)
            if isinstance(exc, sqlite3.IntegrityError):
                raise UserError(
                    fill(
                        translate(
                            "transfer",
                            "The file's records clash with the rules of the database (%1): nothing was imported. A "
                            "record with the same code or staff number but a different id exists here, or a record "
                            "refers to one that is in neither place.",
                        ),
                        exc,
                    )
                ) from None
            raise
        stored = self.ws.evidence.stored()
        missing = sum(1 for sha in self.ws.cpl_repo.stored_evidence() if sha not in stored)
        return ImportSummary(inserted, updated, kept, len(created), missing)

    def _refuse_unless_empty(self) -> None:
        conn = self.ws.db.conn
        workers = conn.execute("SELECT COUNT(*) FROM workers").fetchone()[0]
        frameworks = conn.execute("SELECT COUNT(*) FROM frameworks").fetchone()[0]
        if workers or frameworks:
            where = f"The data folder {self.ws.folder}" if self.ws.folder else "This data"
            raise UserError(
                fill(
                    translate(
                        "transfer",
                        "%1 is not empty (%2 workers, %3 frameworks): nothing was imported. Import into a new "
                        "data folder (--data-dir NEW_FOLDER), or add --merge to combine the two (records matched "
                        "by id; the newer change wins).",
                    ),
                    where,
                    workers,
                    frameworks,
                )
            )


def parse(data: Any, conn: sqlite3.Connection) -> tuple[Tables, dict[str, bytes]]:
    """Check an export's shape against the schema it names, and bring it up to this one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(
            translate("transfer", 'The file is not a Pathway Planner export (no "format": "pathway-planner-export").')
        )
    version = data.get("schema_version")
    current = schema_version()
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UserError(
            translate("transfer", 'The export\'s "schema_version" is missing or is not a whole number from 1.')
        )
    if version > current:
        raise UserError(
            fill(
                translate(
                    "transfer",
                    "The export was made by a newer version of Pathway Planner (schema %1; this version knows "
                    "up to %2). Install the newer version to import it.",
                ),
                version,
                current,
            )
        )
    raw_tables = data.get("tables")
    if not isinstance(raw_tables, dict):
        raise UserError(
            translate("transfer", 'The export has no "tables" object: it is not a whole-organisation export.')
        )
    old = schema_at(version) if version < current else None
    try:
        schema = table_columns(old or conn)
        tables = {
            name: read_rows(name, raw_tables[name], schema) for name in user_tables(old or conn) if name in raw_tables
        }
        unknown = sorted(set(raw_tables) - set(schema))
        if unknown:
            raise UserError(
                fill(translate("transfer", 'The export has a table this version does not know: "%1".'), unknown[0])
            )
        if old is not None:
            tables = _upgrade(old, tables, version)
        for name, rows in tables.items():  # the same checks as a pack's records
            check_values(f"tables.{name}", name, rows)
    finally:
        if old is not None:
            old.close()
    return tables, read_evidence(data.get("evidence", {}))


def _upgrade(conn: sqlite3.Connection, tables: Tables, version: int) -> Tables:
    """Rows of an older schema, put through the migrations since (as an old database would be)."""
    try:
        _write(conn, tables, merge=False)
        for migration in migrations()[version:]:
            for statement in statements(migration.sql):
                conn.execute(statement)
    except sqlite3.DatabaseError as exc:
        raise UserError(
            fill(
                translate(
                    "transfer", "The export's records break the rules of its own schema (%1): nothing was imported."
                ),
                exc,
            )
        ) from None
    upgraded: Tables = {}
    for table in user_tables(conn):
        cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        names = [d[0] for d in cursor.description]
        upgraded[table] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return upgraded


# -- writing -------------------------------------------------------------------------------
def _write(conn: sqlite3.Connection, tables: Tables, merge: bool) -> tuple[int, int, int]:
    """Insert (or, when merging, update where newer) every row, parents first; returns
    (inserted, updated, kept as they were)."""
    schema = table_columns(conn)
    inserted = updated = kept = 0
    follow: dict[str, set[Any]] = {}  # owner table -> ids whose owned rows come from the file
    replaced: dict[str, set[Any]] = {}  # owner table -> ids that existed here and were replaced
    for table in user_tables(conn):
        rows = tables.get(table, [])
        columns = [c.name for c in schema[table]]
        keys = [c.name for c in sorted(schema[table], key=lambda c: c.pk) if c.pk]
        if table == "settings" and merge:  # what kind of copy this is stays as it is
            rows = [r for r in rows if r.get("key") not in LOCAL_SETTINGS]
        if table == "audit_log" and merge:
            added = _merge_audit(conn, rows, columns)
            inserted, kept = inserted + added, kept + len(rows) - added
            continue
        if table in OWNED:
            column, owner = OWNED[table]
            gone = replaced.get(owner, set())
            conn.executemany(f'DELETE FROM "{table}" WHERE "{column}" = ?', [(k,) for k in gone])
            taken = [r for r in rows if r.get(column) in follow.get(owner, set())]
            kept += len(rows) - len(taken)
            upsert_rows(conn, table, taken, keys)
            again = sum(1 for r in taken if r.get(column) in gone)  # replaced with their owner
            inserted, updated = inserted + len(taken) - again, updated + again
            continue
        if not keys:  # every table here has a primary key; a table without one is only added to
            _insert(conn, table, rows)
            inserted += len(rows)
            continue
        stamp = "updated_at" if "updated_at" in columns else "NULL"
        key_sql = ", ".join(f'"{k}"' for k in keys)
        existing = {tuple(r[:-1]): r[-1] for r in conn.execute(f'SELECT {key_sql}, {stamp} FROM "{table}"')}
        new, newer = [], []
        for row in rows:
            key = tuple(row[k] for k in keys)
            if key not in existing:
                new.append(row)
            elif not merge or (stamp != "NULL" and later(row.get("updated_at"), existing[key])):
                newer.append(row)
            else:
                kept += 1
        _insert(conn, table, new)
        _update(conn, table, newer, keys)
        inserted, updated = inserted + len(new), updated + len(newer)
        if len(keys) == 1:
            follow[table] = {r[keys[0]] for r in new + newer}
            replaced[table] = {r[keys[0]] for r in newer}
    return inserted, updated, kept


def _groups(rows: list[Row]) -> dict[tuple[str, ...], list[Row]]:
    """Rows by the fields they carry (a missing field takes the column's default)."""
    out: dict[tuple[str, ...], list[Row]] = {}
    for row in rows:
        out.setdefault(tuple(row), []).append(row)
    return out


def _insert(conn: sqlite3.Connection, table: str, rows: list[Row]) -> None:
    for cols, group in _groups(rows).items():
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', [[r[c] for c in cols] for r in group])


def upsert_rows(conn: sqlite3.Connection, table: str, rows: list[Row], keys: list[str]) -> None:
    # An upsert, never INSERT OR REPLACE: a replace deletes first, and the delete would cascade.
    for cols, group in _groups(rows).items():
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c not in keys)
        action = f"DO UPDATE SET {sets}" if sets else "DO NOTHING"
        target = ", ".join(f'"{k}"' for k in keys)
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT ({target}) {action}'
        conn.executemany(sql, [[r[c] for c in cols] for r in group])


def _update(conn: sqlite3.Connection, table: str, rows: list[Row], keys: list[str]) -> None:
    for cols, group in _groups(rows).items():
        values = [c for c in cols if c not in keys]
        if not values:
            continue
        sets = ", ".join(f'"{c}" = ?' for c in values)
        where = " AND ".join(f'"{k}" = ?' for k in keys)
        conn.executemany(
            f'UPDATE "{table}" SET {sets} WHERE {where}', [[r[c] for c in values] + [r[k] for k in keys] for r in group]
        )


def _merge_audit(conn: sqlite3.Connection, rows: list[Row], columns: list[str]) -> int:
    """Audit entries are numbered per database: on a merge, an entry is new unless one with the
    same content is here already, and takes the next number here."""
    fields = [c for c in columns if c != "id"]
    names = ", ".join(f'"{c}"' for c in fields)
    here = {tuple(r) for r in conn.execute(f"SELECT {names} FROM audit_log")}
    new = []
    for row in rows:
        content = tuple(row.get(c) for c in fields)
        if content not in here:
            here.add(content)
            new.append(content)
    marks = ", ".join("?" for _ in fields)
    conn.executemany(f"INSERT INTO audit_log ({names}) VALUES ({marks})", new)
    return len(new)


def store_evidence(path: Path, content: bytes) -> bool:
    """An evidence file written whole under its final name; False when it was there already."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".incoming-", dir=path.parent.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise UserError(
            fill(
                translate("transfer", "An evidence file could not be stored in the data folder: %1."),
                exc.strerror or exc,
            )
        ) from exc
    return True


def _json_list(text: Any) -> list[Any]:
    try:
        value = json.loads(text) if isinstance(text, str) else []
    except json.JSONDecodeError:
        return [text]
    return value if isinstance(value, list) else [value]
