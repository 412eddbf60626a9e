"""Everything held about one person, out (a subject access request) and away (erasure).

- :meth:`PersonService.export` writes a folder with ``person.json`` (every row of every table
  that refers to the worker, row for row: ``docs/person-export.md``), CSVs of their completions,
  learning (reflections included) and supervision (private notes included), their learning
  record PDF with reflections, and ``evidence/`` with their files under their own names. The
  folder is built beside the target under a hidden ``.NAME-….partial`` name, ``manifest.json``
  is written last, and only then is it renamed into place: a folder at the target is complete.
- :meth:`PersonService.erase` deletes, in one transaction, every row that refers to the worker,
  their unsaved drafts, the evidence files no other record uses, and rewrites audit entries
  elsewhere that name them; one audit entry "a person was erased" (when, who) is kept. Then
  ``VACUUM`` and a WAL checkpoint (TRUNCATE) leave no old page with their data in the database
  file or its write-ahead log. Backups made before the erasure still hold them: they are listed.

Which tables refer to a worker is read from the schema (foreign keys to ``workers``, and to rows
that do), so a table added by a later migration is covered without changing this module.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner import __version__
from planner.core.errors import UserError
from planner.core.files import OutputError, atomic_file, umask, write_bytes
from planner.core.i18n import fill, translate
from planner.core.model import Worker
from planner.core.wording import plural
from planner.services.actor import actor
from planner.services.backups import BackupInfo, list_backups
from planner.services.exports import write_csv
from planner.services.person_files import PARTIAL_MARK, check_export_folder, distinct_names, remove_stale
from planner.services.personal import personal_worker_id
from planner.services.transfer_schema import Row, user_tables
from planner.services.workspace import Workspace
from planner.storage.database import now_stamp, schema_version

FORMAT = "pathway-planner-person"
ERASED = "[erased]"
# How each table's rows are counted in words; a table missing here is named as it is.
NOUNS = {
    "workers": ("worker record", None),
    "worker_roles": ("role", None),
    "completions": ("completion", None),
    "cpl_entries": ("learning entry", "learning entries"),
    "cpl_evidence": ("evidence link", None),
    "supervision_sessions": ("supervision session", None),
    "registrations": ("registration record", None),
    "revalidations": ("revalidation checklist", None),
    "bookings": ("booking", None),
    "certificates": ("certificate", None),
    "audit_log": ("audit entry", "audit entries"),
    "drafts": ("unsaved draft", None),
}
COMPLETION_FIELDS = ("date", "module", "title", "hours", "provider", "source", "expires_note", "id")
CPL_FIELDS = (
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
    "learned",
    "practice_change",
    "prompt",
    "prompt_response",
    "evidence",
    "source",
    "deleted_at",
    "id",
)
SUPERVISION_FIELDS = (
    "date",
    "kind",
    "minutes",
    "supervisor",
    "topics",
    "private_notes",
    "prompt",
    "prompt_response",
    "deleted_at",
    "id",
)


RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 6
MAX_RETENTION_YEARS = 50


def check_retention(years: int) -> None:
    if not 0 <= years <= MAX_RETENTION_YEARS:
        raise UserError(
            fill(
                translate(
                    "person", "Keep leavers' records from 0 to %1 years after they leave (0: never offer erasure)."
                ),
                MAX_RETENTION_YEARS,
            )
        )


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a worker would remove, counted, before anything is changed."""

    worker_id: str
    staff_no: str
    name: str
    rows: dict[str, int]  # table -> rows that refer to the worker (drafts included)
    evidence_files: int  # stored files no other record uses
    audit_rewritten: int  # audit entries about others whose summary names them
    mentions: dict[str, int] = field(default_factory=dict)  # "table.column" -> other records naming them

    def describe(self) -> str:
        parts = [plural(n, *NOUNS.get(t, (t, None))) for t, n in self.rows.items() if n]
        parts.append(plural(self.evidence_files, "evidence file"))
        if self.audit_rewritten:
            parts.append(plural(self.audit_rewritten, "other audit entry", "other audit entries") + " naming them")
        return ", ".join(parts)

    def mentions_text(self) -> str:
        return ", ".join(f"{where} ({n})" for where, n in sorted(self.mentions.items()))


@dataclass(frozen=True)
class Erasure:
    plan: ErasurePlan
    erased_at: datetime  # local time
    older_backups: list[BackupInfo]  # made before the erasure: they still hold the person
    wal_cleared: bool  # False when another connection kept old pages in the write-ahead log


@dataclass(frozen=True)
class PersonExport:
    folder: Path
    rows: int
    evidence: int
    missing_evidence: int
    files: list[str]


class PersonService:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today

    # -- retention ---------------------------------------------------------------------------
    @property
    def retention_years(self) -> int:
        """Years after leaving when a leaver is offered for erasure (0: never offered)."""
        text = self.ws.settings_repo.get(RETENTION_KEY)
        try:
            years = int(text) if text is not None else DEFAULT_RETENTION_YEARS
        except ValueError:
            return DEFAULT_RETENTION_YEARS
        return years if 0 <= years <= MAX_RETENTION_YEARS else DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        check_retention(years)
        with self.ws.db.atomic():
            self.ws.settings_repo.set(RETENTION_KEY, str(years))

    def due_for_erasure(self, on: date | None = None) -> list[Worker]:
        """Leavers whose leaving date is more than the retention period ago, longest gone first."""
        years = self.retention_years
        if years == 0:
            return []
        on = on or self._today or date.today()
        due = [w for w in self.ws.people_repo.leavers() if w.left_on and _years_after(w.left_on, years) <= on]
        return sorted(due, key=lambda w: (w.left_on or on, w.name.casefold()))

    # -- which rows are about a worker ---------------------------------------------------
    def owned_tables(self) -> list[tuple[str, str]]:
        """(table, SQL condition with ``:w`` for the worker id) for every table with rows about
        a worker, parents before children, found from the schema's foreign keys."""
        conn = self.ws.db.conn
        clauses: dict[str, str] = {"workers": "id = :w"}
        for table in user_tables(conn):
            if table == "workers":
                continue
            parts = []
            for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
                parent, column, target = str(fk[2]), str(fk[3]), fk[4] or "rowid"
                if parent == "workers":
                    parts.append(f'"{column}" = :w')
                elif parent in clauses:
                    parts.append(f'"{column}" IN (SELECT "{target}" FROM "{parent}" WHERE {clauses[parent]})')
            columns = {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}
            if not parts and "worker_id" in columns:  # the audit log: a worker_id without a key
                parts.append("worker_id = :w")
                if "entity_id" in columns:
                    parts.append("entity_id = :w")
            if parts:
                clauses[table] = " OR ".join(f"({p})" for p in parts)
        return list(clauses.items())

    def _drafts_clause(self) -> str:
        # The learning window's drafts: "cpl:new:<worker id>" and "cpl:<entry id>".
        return (
            "key = 'cpl:new:' || :w OR key IN (SELECT 'cpl:' || id FROM cpl_entries WHERE worker_id = :w) "
            "OR instr(key, :w) > 0 OR instr(payload, :w) > 0"
        )

    def _rows(self, table: str, where: str, worker_id: str) -> list[Row]:
        cursor = self.ws.db.conn.execute(f'SELECT * FROM "{table}" WHERE {where} ORDER BY rowid', {"w": worker_id})
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def _count(self, table: str, where: str, worker_id: str) -> int:
        row = self.ws.db.conn.execute(f'SELECT COUNT(*) FROM "{table}" WHERE {where}', {"w": worker_id}).fetchone()
        return int(row[0])

    def _evidence_only_theirs(self, worker_id: str) -> list[str]:
        """Stored evidence files the worker's entries use and no other worker's entry does."""
        rows = self.ws.db.conn.execute(
            "SELECT DISTINCT v.sha256 FROM cpl_evidence v JOIN cpl_entries e ON e.id = v.entry_id "
            "WHERE e.worker_id = :w AND NOT EXISTS (SELECT 1 FROM cpl_evidence o JOIN cpl_entries f "
            "ON f.id = o.entry_id WHERE o.sha256 = v.sha256 AND f.worker_id <> :w) ORDER BY v.sha256",
            {"w": worker_id},
        )
        return [str(r[0]) for r in rows]

    def _identifiers(self, worker_id: str) -> list[str]:
        w = self.ws.people_repo.worker(worker_id)
        return [t for t in (w.name.strip(), w.staff_no.strip(), (w.email or "").strip()) if len(t) >= 3]

    def _mentions(self, worker_id: str, owned: list[tuple[str, str]]) -> dict[str, int]:
        """Text in other records (not theirs, not the audit log) that holds their name, staff
        number or email: a supervisor or trainer field, a note. Reported, never changed."""
        conn = self.ws.db.conn
        words = self._identifiers(worker_id)
        own = dict(owned)
        found: dict[str, int] = {}
        for table in user_tables(conn):
            if table == "audit_log":
                continue
            for _, column, decl, *_rest in conn.execute(f'PRAGMA table_info("{table}")'):
                name = str(column)
                if "TEXT" not in str(decl).upper() or name == "id" or name.endswith(("_id", "_ref", "_at", "_on")):
                    continue
                skip = f" AND NOT ({own[table]})" if table in own else ""
                params: dict[str, Any] = {"w": worker_id, **{f"k{i}": v for i, v in enumerate(words)}}
                named = " OR ".join(f'instr("{name}", :k{i}) > 0' for i in range(len(words)))
                if not named:
                    continue
                n = int(conn.execute(f'SELECT COUNT(*) FROM "{table}" WHERE ({named}){skip}', params).fetchone()[0])
                if n:
                    found[f"{table}.{name}"] = n
        return found

    # -- erasing -------------------------------------------------------------------------
    def plan(self, staff_no: str) -> ErasurePlan:
        """What :meth:`erase` would remove; nothing is changed. Refused in a "Just me" copy."""
        worker = self.ws.people_repo.worker_by_staff_no(staff_no)
        if personal_worker_id(self.ws) == worker.id:
            raise UserError(
                fill(
                    translate(
                        "person",
                        "This data folder is %1's own copy (Just me): to erase it, delete the data folder %2 itself.",
                    ),
                    worker.name,
                    self.ws.folder or "",
                )
            )
        owned = self.owned_tables()
        rows = {t: self._count(t, where, worker.id) for t, where in owned}
        rows["drafts"] = self._count("drafts", self._drafts_clause(), worker.id)
        return ErasurePlan(
            worker.id,
            worker.staff_no,
            worker.name,
            rows,
            len(self._evidence_only_theirs(worker.id)),
            self._audit_naming(worker.id, count_only=True),
            self._mentions(worker.id, owned),
        )

    def _audit_naming(self, worker_id: str, count_only: bool) -> int:
        """Audit entries about other things whose summary names the worker; rewritten unless
        ``count_only``."""
        words = self._identifiers(worker_id)
        if not words:
            return 0
        params: dict[str, Any] = {"w": worker_id, **{f"k{i}": v for i, v in enumerate(words)}}
        named = " OR ".join(f"instr(summary, :k{i}) > 0" for i in range(len(words)))
        where = f"({named}) AND NOT (worker_id IS :w OR entity_id = :w)"
        if count_only:
            return int(self.ws.db.conn.execute(f"SELECT COUNT(*) FROM audit_log WHERE {where}", params).fetchone()[0])
        rows = list(self.ws.db.conn.execute(f"SELECT id, summary FROM audit_log WHERE {where}", params))
        for audit_id, summary in rows:
            text = str(summary)
            for word in words:
                text = text.replace(word, ERASED)
            self.ws.db.execute("UPDATE audit_log SET summary = ? WHERE id = ?", [text, audit_id])
        return len(rows)

    def erase(self, staff_no: str) -> Erasure:
        """Remove the worker and everything about them, then compact the database so that no
        old page holds their data (see the module's docstring)."""
        from planner.services.training import TrainingService

        plan = self.plan(staff_no)
        w = plan.worker_id
        files = self._evidence_only_theirs(w)
        owned = self.owned_tables()
        with self.ws.db.atomic():
            # A place they held on a planned session goes to the first on its waiting list.
            training = TrainingService(self.ws)
            for (session_id,) in list(
                self.ws.db.conn.execute(
                    "SELECT b.session_id FROM bookings b JOIN training_sessions s ON s.id = b.session_id "
                    "WHERE b.worker_id = ? AND b.status = 'booked' AND s.status = 'planned'",
                    [w],
                )
            ):
                training.release(str(session_id), w)
            self.ws.db.execute(f"DELETE FROM drafts WHERE {self._drafts_clause()}", {"w": w})
            self._audit_naming(w, count_only=False)
            for table, where in reversed(owned):
                self.ws.db.execute(f'DELETE FROM "{table}" WHERE {where}', {"w": w})
            for sha in files:
                self.ws.db.execute("DELETE FROM evidence_files WHERE sha256 = ?", [sha])
            self.ws.audit_repo.record(actor(), "erase", "person", "", None, "a person was erased")
        for sha in files:  # committed: the files nothing refers to any more go too
            self.ws.evidence.remove(sha)
        erased_at = datetime.now()
        wal_cleared = self._compact()
        older = [b for b in list_backups(self.ws.folder) if b.made_at <= erased_at] if self.ws.folder else []
        return Erasure(plan, erased_at, older, wal_cleared)

    def _compact(self) -> bool:
        """VACUUM (the file rebuilt without free pages), then the write-ahead log copied in and
        emptied. False when another connection still reads old pages (the log cannot be emptied
        until it closes)."""
        conn = self.ws.db.conn
        conn.execute("VACUUM")
        if self.ws.folder is None:
            return True
        for _ in range(20):
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is None or not busy[0]:
                return True
            time.sleep(0.1)
        return False

    # -- export --------------------------------------------------------------------------
    def person_data(self, staff_no: str) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """The person's JSON (docs/person-export.md) and their evidence as (sha256, name)."""
        worker = self.ws.people_repo.worker_by_staff_no(staff_no)
        w = worker.id
        conn = self.ws.db.conn
        tables: dict[str, list[Row]] = {}
        owned = self.owned_tables()
        for table, where in owned:
            tables[table] = self._rows(table, where, w)
        drafts = self._rows("drafts", self._drafts_clause(), w)
        for d in drafts:
            try:
                d["payload"] = json.loads(str(d["payload"]))
            except ValueError:
                pass
        tables["drafts"] = drafts
        # The rows their records point at (teams, roles, modules, sessions, evidence files), so
        # the export can be read without the rest of the organisation.
        own = {t for t, _ in owned}
        referenced: dict[str, list[Row]] = {}
        for table, rows in tables.items():
            if table not in own or not rows:
                continue
            for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
                parent, column, target = str(fk[2]), str(fk[3]), str(fk[4] or "rowid")
                if parent in own:
                    continue
                keys = sorted({r[column] for r in rows if r.get(column) is not None})
                have = {r[target] for r in referenced.get(parent, [])}
                for key in keys:
                    if key not in have:
                        referenced.setdefault(parent, []).extend(self._rows(parent, f'"{target}" = :w', key))
        evidence = [(str(r["sha256"]), str(r["original_name"])) for r in tables.get("cpl_evidence", [])]
        data = {
            "format": FORMAT,
            "schema_version": schema_version(),
            "app_version": __version__,
            "exported_at": now_stamp(),
            "staff_no": worker.staff_no,
            "name": worker.name,
            "tables": tables,
            "referenced": referenced,
            # other people's records that name them in free text (a supervisor, a trainer): counted
            # by table and column, for whoever answers the request to look through
            "named_in_other_records": self._mentions(worker.id, owned),
            "evidence": [],
        }
        return data, evidence

    def export(self, staff_no: str, target: Path) -> PersonExport:
        """Everything about the person into the folder ``target`` (created; an empty one is
        used), complete or not at all."""
        target = Path(target).expanduser()
        worker = self.ws.people_repo.worker_by_staff_no(staff_no)
        check_export_folder(target)
        data, evidence = self.person_data(worker.staff_no)
        remove_stale(target)
        inside = target.is_dir()  # an empty folder (a USB stick's root, say) is written into, never replaced
        try:
            work = Path(
                tempfile.mkdtemp(prefix=f".{target.name}-", suffix=".partial", dir=target if inside else target.parent)
            )
        except OSError as exc:
            raise OutputError(
                fill(translate("person", "The folder %1 cannot be written to (%2)."), target, exc.strerror or exc)
            ) from exc
        try:
            (work / PARTIAL_MARK).write_text("an export being written\n", encoding="utf-8")
            exported = self._write_all(worker.id, data, evidence, work)
            (work / PARTIAL_MARK).unlink()
            os.chmod(work, 0o777 & ~umask())  # mkdtemp makes it owner-only; the user's usual rights
            if inside:  # everything into place, the manifest last: it says the export is whole
                for entry in sorted(work.iterdir(), key=lambda e: e.name == "manifest.json"):
                    os.replace(entry, target / entry.name)
                work.rmdir()
            else:
                os.replace(work, target)
        except BaseException as exc:
            shutil.rmtree(work, ignore_errors=True)
            if isinstance(exc, OSError) and not isinstance(exc, UserError):
                raise OutputError(
                    fill(translate("person", "%1 could not be written: %2."), target, exc.strerror or exc)
                ) from exc
            raise
        return PersonExport(target, exported[0], exported[1], exported[2], exported[3])

    def _write_all(
        self, worker_id: str, data: dict[str, Any], evidence: list[tuple[str, str]], work: Path
    ) -> tuple[int, int, int, list[str]]:
        written: list[str] = []
        names = distinct_names(name for _, name in evidence)
        missing = 0
        listed = []
        for (sha, original), name in zip(evidence, names, strict=True):
            source = self.ws.evidence.path_for(sha)
            try:
                content = source.read_bytes()
            except OSError:
                missing += 1
                listed.append({"sha256": sha, "original_name": original, "file": None})
                continue
            (work / "evidence").mkdir(exist_ok=True)
            write_bytes(work / "evidence" / name, content)
            listed.append({"sha256": sha, "original_name": original, "file": f"evidence/{name}"})
            written.append(f"evidence/{name}")
        data["evidence"] = listed
        with atomic_file(work / "person.json", "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1, default=str)
            f.write("\n")
        written.insert(0, "person.json")
        for file_name, fields, rows in self._csv_tables(worker_id):
            write_csv(work / file_name, fields, ([r.get(k) for k in fields] for r in rows))
            written.append(file_name)
        from planner.services.documents import DocumentService

        pdf = DocumentService(self.ws, today=self._today).learning_record(worker_id, include_reflections=True)
        write_bytes(work / "learning-record.pdf", pdf)
        written.append("learning-record.pdf")
        manifest = {
            "format": FORMAT + "-manifest",
            "complete": True,
            "files": [{"file": n, "size": (work / n).stat().st_size} for n in written],
        }
        with atomic_file(work / "manifest.json", "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1)
            f.write("\n")
        total = sum(len(r) for r in data["tables"].values())
        stored = sum(1 for n in written if n.startswith("evidence/"))
        return total, stored, missing, [*written, "manifest.json"]

    def _query(self, sql: str, worker_id: str) -> list[Row]:
        cursor = self.ws.db.conn.execute(sql, {"w": worker_id})
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def _csv_tables(self, worker_id: str) -> list[tuple[str, tuple[str, ...], list[Row]]]:
        completions = self._query(
            "SELECT c.completed_on AS date, m.code AS module, m.title, e.hours, e.provider, c.source, "
            "'' AS expires_note, c.id FROM completions c JOIN modules m ON m.id = c.module_id "
            "LEFT JOIN cpl_entries e ON e.completion_id = c.id WHERE c.worker_id = :w ORDER BY c.completed_on, m.code",
            worker_id,
        )
        cpl = self._query(
            "SELECT e.occurred_on AS date, e.title, e.kind AS type, e.provider, e.hours, e.participatory, "
            "e.reflective_account, m.code AS module, e.frameworks, e.sssc_elements, e.topics, e.learned, "
            "e.practice_change, e.prompt, e.prompt_response, e.source, e.deleted_at, e.id, "
            "(SELECT group_concat(v.original_name, '; ') FROM cpl_evidence v WHERE v.entry_id = e.id) AS evidence "
            "FROM cpl_entries e LEFT JOIN modules m ON m.id = e.module_id WHERE e.worker_id = :w "
            "ORDER BY e.occurred_on, e.title",
            worker_id,
        )
        for row in cpl:
            row["participatory"] = bool(row["participatory"])
            row["reflective_account"] = bool(row["reflective_account"])
            for key in ("frameworks", "sssc_elements", "topics"):
                row[key] = _json_list(row[key])
        supervision = self._query(
            "SELECT occurred_on AS date, kind, minutes, supervisor, topics, private_notes, prompt, prompt_response, "
            "deleted_at, id FROM supervision_sessions WHERE worker_id = :w ORDER BY occurred_on",
            worker_id,
        )
        return [
            ("completions.csv", COMPLETION_FIELDS, completions),
            ("cpl.csv", CPL_FIELDS, cpl),
            ("supervision.csv", SUPERVISION_FIELDS, supervision),
        ]


def _json_list(text: Any) -> list[Any]:
    try:
        value = json.loads(str(text or "[]"))
    except ValueError:
        return []
    return value if isinstance(value, list) else []
