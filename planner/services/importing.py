"""Importing staff from HR exports and completions from learning systems.

A file is read into a :class:`Table` (CSV in UTF-8, UTF-8 with BOM or Windows-1252, comma,
semicolon or tab; or an XLSX sheet), its header row found below any title rows, and its columns
recognised (or mapped by the person, remembered for files with the same headers). A preview says
what each row would do — new, updated (and what changes), unchanged, rejected (line and reason),
and, for a full HR export, who would leave. Applying recomputes that preview inside one write
transaction and carries it out whole: the preview and the apply agree, and a failure (or a
kill) leaves the data exactly as it was."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from planner.core.dates import uk
from planner.core.errors import UserError
from planner.core.hours import hours_text
from planner.core.i18n import fill, translate
from planner.core.importing import (
    ImportProblem,
    RowOutcome,
    key,
    parse_date,
    parse_hours,
    recognise,
    text_value,
)
from planner.core.model import Catalogue, Role, Worker
from planner.core.wording import plural
from planner.services.changes import Changed
from planner.services.import_files import KINDS, Table, read_table
from planner.services.import_plan import CompletionAction, HoursAction, Preview, StaffAction
from planner.services.workspace import Workspace
from planner.storage.base import new_id
from planner.storage.database import now_stamp

ROLE_MAP_KEY = "import_job_titles"
COURSE_MAP_KEY = "import_courses"
Progress = Callable[[int, int], bool]


class ImportService:
    """Reading, previewing and applying imports; remembering column, job-title and course mappings."""

    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def read(self, path: str | Path, kind: str, sheet: str | None = None) -> Table:
        return read_table(path, kind, sheet)

    # -- remembered mappings ------------------------------------------------------------------
    def _json(self, setting: str) -> dict[str, Any]:
        try:
            value = json.loads(self.ws.settings_repo.get(setting) or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def columns(self, table: Table, kind: str) -> dict[int, str]:
        """Column index -> field: the mapping remembered for files with these headers, else the
        headers recognised."""
        fields = KINDS[kind]
        remembered = self._json(f"import_columns:{kind}").get(table.signature())
        if isinstance(remembered, dict):
            by_header = {h: i for i, h in enumerate(table.headers)}
            out = {by_header[h]: f for h, f in remembered.items() if h in by_header and f in fields}
            if out:
                return out
        return recognise(table.headers, fields)

    def remember_columns(self, table: Table, kind: str, columns: Mapping[int, str]) -> None:
        saved = self._json(f"import_columns:{kind}")
        saved[table.signature()] = {table.headers[i]: f for i, f in columns.items() if i < len(table.headers)}
        with self.ws.db.atomic():
            self.ws.settings_repo.set(f"import_columns:{kind}", json.dumps(saved, ensure_ascii=False))

    def role_map(self) -> dict[str, str]:
        """Job title (as matched) -> role code."""
        return {k: str(v) for k, v in self._json(ROLE_MAP_KEY).items()}

    def course_map(self) -> dict[str, str]:
        """Course title (as matched) -> module code."""
        return {k: str(v) for k, v in self._json(COURSE_MAP_KEY).items()}

    def map_titles(self, job_titles: Mapping[str, str] = {}, courses: Mapping[str, str] = {}) -> None:
        """Remember job title -> role code and course title -> module code (an empty code forgets)."""
        catalogue = self.ws.catalogue_repo.load()
        roles = {r.code for r in catalogue.roles}
        modules = {m.code for m in catalogue.modules}
        for title, code in job_titles.items():
            if code and code not in roles:
                raise UserError(
                    fill(
                        translate("importing", "There is no role with the code '%1' (planner roles lists them)."), code
                    )
                )
        for title, code in courses.items():
            if code and code not in modules:
                raise UserError(
                    fill(
                        translate(
                            "importing", "There is no module with the code '%1' (planner frameworks lists them)."
                        ),
                        code,
                    )
                )
        with self.ws.db.atomic():
            for setting, mapping in ((ROLE_MAP_KEY, job_titles), (COURSE_MAP_KEY, courses)):
                if not mapping:
                    continue
                saved = self._json(setting)
                for title, code in mapping.items():
                    if code:
                        saved[key(title)] = code
                    else:
                        saved.pop(key(title), None)
                self.ws.settings_repo.set(setting, json.dumps(saved, ensure_ascii=False))

    # -- staff --------------------------------------------------------------------------------
    def preview_staff(self, table: Table, columns: Mapping[int, str], full_export: bool = False) -> Preview:
        if "staff_no" not in columns.values():
            raise _which(table, translate("importing", "the staff number"))
        if "name" not in columns.values() and "surname" not in columns.values():
            raise _which(table, translate("importing", "the name (or the forename and surname)"))
        catalogue = self.ws.catalogue_repo.load()
        roles_by_title = self._roles_by_title(catalogue)
        workers = {w.staff_no: w for w in self.ws.people_repo.workers(include_retired=True)}
        teams = {t.name.casefold(): t for t in self.ws.people_repo.teams(include_retired=True)}
        team_names = {t.id: t.name for t in teams.values()}
        preview = Preview("staff", [])
        seen: dict[str, int] = {}
        new_teams: dict[str, str] = {}
        for line, cells in table.rows:
            values = {f: (cells[i] if i < len(cells) else None) for i, f in columns.items()}
            row = RowOutcome(line, "rejected")
            try:
                action = self._staff_row(values, row, workers, roles_by_title, catalogue, team_names, teams)
            except ImportProblem as exc:
                row.reason = str(exc)
                preview.rows.append(row)
                continue
            if row.staff_no in seen:
                row.outcome, row.reason = (
                    "rejected",
                    fill(
                        translate("importing", "staff number %1 is also on line %2"), row.staff_no, seen[row.staff_no]
                    ),
                )
                preview.rows.append(row)
                continue
            seen[row.staff_no] = line
            if action.team and action.team.casefold() not in teams:
                new_teams.setdefault(action.team.casefold(), action.team)
            for note in row.notes:
                if note.startswith("role to map: "):
                    preview.unmapped[note.removeprefix("role to map: ")] += 1
            preview.rows.append(row)
            if row.outcome != "unchanged":
                preview.plan.append(action)
        if full_export:
            for staff_no, worker in sorted(workers.items()):
                if staff_no not in seen and not worker.retired:
                    preview.rows.append(
                        RowOutcome(
                            0,
                            "leaver",
                            staff_no,
                            worker.name,
                            reason=fill(
                                translate("importing", "not in the file: leaves on %1 (the file's date)"),
                                uk(table.file_date),
                            ),
                        )
                    )
                    preview.plan.append(StaffAction(worker.id, {}, "", None, table.file_date, table.file_date, False))
        preview.new_teams = sorted(new_teams.values(), key=_natural)
        current = sum(1 for w in workers.values() if not w.retired)
        leaving = preview.count("leaver")
        if leaving and (not seen or leaving > max(5, current // 2)):
            preview.mass_leavers = fill(
                translate(
                    "importing",
                    "%1 of the %2 current workers would leave: is %3 really the whole export? If it is, "
                    "confirm the leavers (--confirm-leavers).",
                ),
                leaving,
                current,
                table.path.name,
            )
        return preview

    @staticmethod
    def _roles_by_title(catalogue: Catalogue) -> dict[str, Role]:
        out: dict[str, Role] = {}
        for role in catalogue.roles:
            out.setdefault(key(role.name), role)
            out.setdefault(key(role.code), role)
        return out

    def _staff_row(
        self,
        values: dict[str, object],
        row: RowOutcome,
        workers: dict[str, Worker],
        roles_by_title: dict[str, Role],
        catalogue: Catalogue,
        team_names: dict[str, str],
        teams: dict[str, Any],
    ) -> StaffAction:
        staff_no = text_value(values.get("staff_no"))
        name = text_value(values.get("name")) or " ".join(
            t for t in (text_value(values.get("forename")), text_value(values.get("surname"))) if t
        )
        row.staff_no, row.name = staff_no, name
        if not staff_no:
            raise ImportProblem(translate("importing", "no staff number"))
        if len(staff_no) > 40:
            raise ImportProblem(translate("importing", "the staff number is over 40 characters"))
        if not name:
            raise ImportProblem(translate("importing", "no name"))
        if len(name) > 200:
            raise ImportProblem(translate("importing", "the name is over 200 characters"))
        email = text_value(values.get("email"))
        if email and ("@" not in email or " " in email):
            raise ImportProblem(fill(translate("importing", "'%1' is not an email address"), email))
        team = text_value(values.get("team"))[:120]
        started = parse_date(values["start_date"]) if text_value(values.get("start_date")) else None
        left = parse_date(values["leaving_date"]) if text_value(values.get("leaving_date")) else None
        if started and left and left < started:
            raise ImportProblem(
                fill(translate("importing", "the leaving date %1 is before the start date %2"), uk(left), uk(started))
            )
        title = text_value(values.get("job_title"))
        role = None
        if title:
            code = self.role_map().get(key(title))
            role = (
                next((r for r in catalogue.roles if r.code == code), None) if code else roles_by_title.get(key(title))
            )
        if title and role is None:
            row.notes.append(fill(translate("importing", "role to map: %1"), title))
        existing = workers.get(staff_no)
        if existing is None:
            _refuse_lost_zeros(staff_no, workers)
        fields: dict[str, Any] = {"staff_no": staff_no, "name": name}
        if email or existing is None:
            fields["email"] = email
        if existing is None:
            row.outcome = "new"
            if left is not None:
                row.notes.append(fill(translate("importing", "left on %1: recorded as a leaver"), uk(left)))
            if role is not None and role.regulator:
                fields["regulator"] = role.regulator
            return StaffAction(None, fields, team, role.id if role else None, started or self.today, left)
        changes: dict[str, tuple[str, str]] = {}
        if name != existing.name:
            changes["name"] = (existing.name, name)
        if email and email.casefold() != existing.email.casefold():
            changes["email"] = (existing.email, email)
        current_team = team_names.get(existing.team_id or "", "")
        if team and team.casefold() != current_team.casefold():
            changes["team"] = (current_team, team)
        held = {a.role_id for a in existing.roles if a.ended_on is None}
        if role is not None and role.id not in held:
            changes["role"] = ("", role.name)
        if left and existing.left_on != left:
            changes["left"] = (uk(existing.left_on) if existing.left_on else "", uk(left))
        back = existing.retired and left is None
        if back:
            changes["status"] = ("left", "current")
        row.changes = changes
        row.outcome = "updated" if changes else "unchanged"
        return StaffAction(
            existing.id,
            fields,
            team if "team" in changes else "",
            role.id if "role" in changes and role else None,
            started or self.today,
            left if "left" in changes else None,
            back,
        )

    def apply_staff(
        self,
        table: Table,
        columns: Mapping[int, str],
        full_export: bool = False,
        skip_rejected: bool = False,
        confirm_leavers: bool = False,
    ) -> Preview:
        """Carry out the preview, all or nothing, in one transaction (the preview is made again
        inside it, so what is applied is what the data holds at that moment). Refused, with the
        preview attached (:class:`ImportRefused`), when rows are rejected and not to be skipped,
        or when a full export would make most people leave and that is not confirmed."""
        with self.ws.db.atomic():
            preview = self.preview_staff(table, columns, full_export)
            _refuse_rejected(preview, skip_rejected)
            if preview.mass_leavers and not confirm_leavers:
                raise ImportRefused(
                    fill(translate("importing", "Nothing was imported: %1"), preview.mass_leavers), preview
                )
            self._write_staff(preview)
        return preview

    def _write_staff(self, preview: Preview) -> None:
        repo = self.ws.people_repo
        conn = self.ws.db.conn
        stamp = now_stamp()
        team_ids = {t.name.casefold(): t.id for t in repo.teams(include_retired=True)}
        for name in preview.new_teams:
            team_ids[name.casefold()] = repo.add_team(name)
        new_workers, new_roles = [], []
        for action in preview.plan:
            if not isinstance(action, StaffAction):
                continue
            team_id = team_ids.get(action.team.casefold()) if action.team else None
            if action.worker_id is None:
                worker_id = new_id()
                f = action.fields
                new_workers.append(
                    (
                        worker_id,
                        f["staff_no"],
                        f["name"],
                        f.get("email", ""),
                        team_id,
                        f.get("regulator", "none"),
                        stamp,
                        stamp,
                    )
                )
                if action.role_id:
                    new_roles.append((new_id(), worker_id, action.role_id, action.started_on.isoformat(), stamp, stamp))
                continue  # a leaving date is set below, once the worker exists
            update = {k: v for k, v in action.fields.items() if k in ("name", "email")}
            if team_id:
                update["team_id"] = team_id
            if update:
                repo.update_worker(action.worker_id, update)
            if action.back_from_left:
                repo.undo_left(action.worker_id)
            if action.role_id:
                repo.assign_role(action.worker_id, action.role_id, action.started_on)
        conn.executemany(
            "INSERT INTO workers (id, staff_no, name, email, team_id, regulator, register_part, registration_no, "
            "retired, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', '', 0, ?, ?)",
            new_workers,
        )
        conn.executemany(
            "INSERT INTO worker_roles (id, worker_id, role_id, started_on, ended_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, NULL, ?, ?)",
            new_roles,
        )
        by_staff = {row[1]: row[0] for row in new_workers}
        for action in preview.plan:
            if isinstance(action, StaffAction) and action.left_on:
                worker_id = action.worker_id or by_staff[action.fields["staff_no"]]
                repo.mark_left(worker_id, action.left_on)

    # -- completions ----------------------------------------------------------------------------
    def preview_completions(self, table: Table, columns: Mapping[int, str]) -> Preview:
        found = set(columns.values())
        if not found & {"staff_no", "email"}:
            raise _which(table, translate("importing", "the staff number (or the email address)"))
        if not found & {"course", "course_code"}:
            raise _which(table, translate("importing", "the course title (or its code)"))
        if "completed_on" not in found:
            raise _which(table, translate("importing", "the completion date"))
        catalogue = self.ws.catalogue_repo.load()
        modules_by_key: dict[str, Any] = {}
        for m in catalogue.modules:
            modules_by_key.setdefault(key(m.code), m)
            modules_by_key.setdefault(key(m.title), m)
        modules_by_code = {m.code: m for m in catalogue.modules}
        mapped = self.course_map()
        workers = self.ws.people_repo.workers(include_retired=True)
        by_staff = {w.staff_no: w for w in workers}
        emails: dict[str, list[Worker]] = {}
        for w in workers:
            if w.email:
                emails.setdefault(w.email.casefold(), []).append(w)
        held = self.ws.cpl_repo.module_entries()
        preview = Preview("completions", [])
        in_file: dict[tuple[str, str, date], int] = {}
        for line, cells in table.rows:
            values = {f: (cells[i] if i < len(cells) else None) for i, f in columns.items()}
            row = RowOutcome(line, "rejected")
            try:
                worker = self._person(values, by_staff, emails)
                row.staff_no, row.name = worker.staff_no, worker.name
                code, title = text_value(values.get("course_code")), text_value(values.get("course"))
                module = (modules_by_key.get(key(code)) if code else None) or (
                    modules_by_key.get(key(title)) if title else None
                )
                if module is None:
                    target = mapped.get(key(title)) or mapped.get(key(code))
                    module = modules_by_code.get(target) if target else None
                if module is None:
                    what = title or code
                    preview.unmapped[what] += 1
                    raise ImportProblem(
                        fill(translate("importing", "the course '%1' is not matched to a module: map it"), what)
                    )
                when = parse_date(values.get("completed_on") if values.get("completed_on") is not None else "")
                if when > self.today:
                    raise ImportProblem(
                        fill(translate("importing", "the completion date %1 is in the future"), uk(when))
                    )
                hours = parse_hours(values.get("hours"))
                provider = text_value(values.get("provider"))[:200] or None
            except ImportProblem as exc:
                row.reason = str(exc)
                preview.rows.append(row)
                continue
            item = (worker.id, module.id, when)
            if item in held and item not in in_file and hours is not None and hours != held[item][1]:
                in_file[item] = line
                row.outcome = "updated"
                row.changes = {"hours": (hours_text(held[item][1]), hours_text(hours))}
                preview.plan.append(HoursAction(held[item][0], hours))
            elif item in held:
                row.outcome, row.reason = (
                    "unchanged",
                    fill(translate("importing", "%1 on %2 is recorded already"), module.code, uk(when)),
                )
            elif item in in_file:
                row.outcome, row.reason = (
                    "unchanged",
                    fill(translate("importing", "the same completion as line %1"), in_file[item]),
                )
            else:
                in_file[item] = line
                row.outcome = "new"
                row.changes = {"completion": ("", f"{module.code} on {uk(when)}")}
                preview.plan.append(CompletionAction(worker.id, module.id, when, hours, provider))
            preview.rows.append(row)
        return preview

    @staticmethod
    def _person(values: dict[str, object], by_staff: dict[str, Worker], emails: dict[str, list[Worker]]) -> Worker:
        staff_no = text_value(values.get("staff_no"))
        if staff_no:
            worker = by_staff.get(staff_no)
            if worker is None:
                _refuse_lost_zeros(staff_no, by_staff)
                raise ImportProblem(fill(translate("importing", "no worker has the staff number %1"), staff_no))
            return worker
        email = text_value(values.get("email")).casefold()
        if not email:
            raise ImportProblem(translate("importing", "no staff number or email"))
        matches = emails.get(email, [])
        if not matches:
            raise ImportProblem(fill(translate("importing", "no worker has the email %1"), email))
        if len(matches) > 1:
            raise ImportProblem(
                fill(
                    translate("importing", "%1 workers share the email %2: give the staff number"), len(matches), email
                )
            )
        return matches[0]

    def apply_completions(self, table: Table, columns: Mapping[int, str], skip_rejected: bool = False) -> Preview:
        from planner.services.learning import LearningService

        learning = LearningService(self.ws, today=self._today)
        with self.ws.db.atomic():
            preview = self.preview_completions(table, columns)
            _refuse_rejected(preview, skip_rejected)
            for action in preview.plan:
                if isinstance(action, HoursAction):
                    learning.update_entry(action.entry_id, {"hours": action.hours})
                    continue
                learning.record_completion(
                    action.worker_id,
                    action.module_id,
                    action.completed_on,
                    hours=action.hours,
                    provider=action.provider,
                    source="import",
                )
        return preview


def _which(table: Table, what: str) -> UserError:
    headers = ", ".join(f"'{h}'" for h in table.headers if h) or "none"
    return UserError(
        fill(
            translate(
                "importing",
                "Which column holds %1? None of the file's headers (%2) is one this app knows: "
                "choose it under “Which column is which”, or name it with --mapping on the command line.",
            ),
            what,
            headers,
        )
        + (f" {table.note}" if table.note else "")
    )


class ImportRefused(UserError):
    """Nothing was imported; ``preview`` says row by row why."""

    def __init__(self, message: str, preview: Preview) -> None:
        super().__init__(message)
        self.preview = preview


def _refuse_lost_zeros(staff_no: str, workers: Mapping[str, Worker]) -> None:
    """A staff number a spreadsheet stored as a number loses its leading zeros: 123 for 00123."""
    if staff_no.isdigit():
        padded = [s for s in workers if s.isdigit() and s.lstrip("0") == staff_no.lstrip("0") and s != staff_no]
        if padded:
            raise ImportProblem(
                fill(
                    translate(
                        "importing",
                        "staff number %1 looks like %2 with its leading zeros lost (a spreadsheet number?): "
                        "format the column as text and export it again",
                    ),
                    staff_no,
                    padded[0],
                )
            )


def _natural(text: str) -> tuple[object, ...]:
    """Team 2 before Team 10."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", text))


def _refuse_rejected(preview: Preview, skip_rejected: bool) -> None:
    rejected = preview.rejected
    if rejected and not skip_rejected:
        first = "; ".join(fill(translate("importing", "line %1: %2"), r.line, r.reason) for r in rejected[:3])
        raise ImportRefused(
            fill(
                translate(
                    "importing",
                    "Nothing was imported: %1 rejected (%2%3). Correct the file, or import the rest without them.",
                ),
                plural(len(rejected), "row"),
                first,
                "; …" if len(rejected) > 3 else "",
            ),
            preview,
        )


def changed_by(preview: Preview) -> Changed:
    return Changed.PEOPLE if preview.kind == "staff" else Changed.RECORDS | Changed.PEOPLE


def iter_lines(preview: Preview) -> Iterable[str]:
    for r in preview.rows:
        if r.outcome == "rejected":
            yield fill(translate("importing", "line %1: %2"), r.line, r.reason)
