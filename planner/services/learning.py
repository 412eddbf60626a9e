"""A worker's own learning: the CPL log (with reflections and evidence), reflective
supervision, their registration cycle, and the audit trail of every change.

Reflections and private notes belong to the worker: they are returned only when asked for
(``with_reflections``), never put in the audit log, and never part of team-level output.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from planner.core.cpl import CplEntry, check_entry
from planner.core.regulators import CycleSummary, Registration, summarise
from planner.core.supervision import SupervisionSession, check_session
from planner.services.changes import Changed
from planner.services.workspace import Workspace
from planner.storage.database import StorageError

PRIVATE_FIELDS = ("learned", "practice_change", "prompt_response", "private_notes")


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    names = sorted(k for k in after if before.get(k) != after[k])
    return "changed " + ", ".join(names) if names else "no change"


class LearningService:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def _audit(self, action: str, entity: str, entity_id: str, worker_id: str | None, summary: str = "") -> None:
        self.ws.audit_repo.record(_actor(), action, entity, entity_id, worker_id, summary)

    def worker_id(self, staff_no: str) -> str:
        return self.ws.people_repo.worker_by_staff_no(staff_no).id

    # -- CPL entries ---------------------------------------------------------------------
    def entries(self, worker_id: str, with_reflections: bool = False) -> list[CplEntry]:
        entries = self.ws.cpl_repo.entries(worker_id)
        if with_reflections:
            return entries
        return [replace(e, learned="", practice_change="", prompt_response="") if e.has_reflection else e
                for e in entries]

    def reflection_written(self, worker_id: str) -> set[str]:
        """Ids of entries that have a reflection (a manager may see that one was written)."""
        return {e.id for e in self.ws.cpl_repo.entries(worker_id) if e.has_reflection}

    def entry(self, entry_id: str) -> CplEntry:
        return self.ws.cpl_repo.entry(entry_id)

    def _prepare(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        data = dict(fields)
        when = data.get("occurred_on")
        if isinstance(when, str):
            from planner.core.dates import parse_iso

            when = data["occurred_on"] = parse_iso(when)
        hours = float(data.get("hours", 0) or 0)
        data["hours"] = hours
        data.setdefault("kind", "course")
        check_entry(when, str(data.get("title", "")), str(data["kind"]), hours, self.today)
        if data.get("module_id"):
            catalogue = self.ws.catalogue_repo.load()
            module = catalogue.module(data["module_id"])
            codes = {catalogue.framework(catalogue.level(lv).framework_id).code for lv in module.grants}
            data["frameworks"] = sorted(set(data.get("frameworks", ())) | codes)
        return data

    def add_entry(self, worker_id: str, fields: Mapping[str, Any], evidence: Iterable[str] = ()) -> tuple[Changed, str]:
        data = self._prepare(fields)
        stored = [self._store_evidence(path) for path in evidence]  # copy files before writing rows
        with self.ws.db.atomic():
            entry_id = self.ws.cpl_repo.add(worker_id, data)
            self._sync_completion(entry_id, worker_id, data.get("module_id"), data["occurred_on"])
            for sha, size, name in stored:
                self.ws.cpl_repo.link_evidence(entry_id, sha, size, name)
            self._audit("add", "cpl entry", entry_id, worker_id, f"{data['title']} ({data['hours']:.2f} h)")
        return (Changed.RECORDS, entry_id)

    def update_entry(self, entry_id: str, fields: Mapping[str, Any], add_evidence: Iterable[str] = (),
                     remove_evidence: Iterable[str] = ()) -> Changed:
        data = self._prepare(fields)
        remove_evidence = list(remove_evidence)
        stored = [self._store_evidence(path) for path in add_evidence]
        worker_id, _ = self.ws.cpl_repo.owner(entry_id)
        before = self.ws.cpl_repo.entry(entry_id).__dict__
        with self.ws.db.atomic():
            self.ws.cpl_repo.update(entry_id, data)
            self._sync_completion(entry_id, worker_id, data.get("module_id"), data["occurred_on"])
            for link in remove_evidence:
                self.ws.cpl_repo.unlink_evidence(link)
            for sha, size, name in stored:
                self.ws.cpl_repo.link_evidence(entry_id, sha, size, name)
            after = {k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items() if k in before}
            summary = _changed_fields(before, after)
            if stored or remove_evidence:
                summary += f"; evidence +{len(stored)} -{len(remove_evidence)}"
            self._audit("edit", "cpl entry", entry_id, worker_id, summary)
        return Changed.RECORDS

    def _sync_completion(self, entry_id: str, worker_id: str, module_id: str | None, occurred_on: date) -> None:
        """An entry for a catalogue module is that module's completion: keep exactly one."""
        _, completion_id = self.ws.cpl_repo.owner(entry_id)
        if completion_id:
            self.ws.people_repo.delete_completion(completion_id)
            self.ws.cpl_repo.set_completion(entry_id, None)
        if module_id:
            new = self.ws.people_repo.add_completion(worker_id, module_id, occurred_on, source="cpl")
            self.ws.cpl_repo.set_completion(entry_id, new)

    def delete_entry(self, entry_id: str) -> Changed:
        worker_id, completion_id = self.ws.cpl_repo.owner(entry_id)
        with self.ws.db.atomic():
            if completion_id:
                self.ws.cpl_repo.set_completion(entry_id, None)
                self.ws.people_repo.delete_completion(completion_id)
            self.ws.cpl_repo.mark_deleted(entry_id, True)
            self._audit("delete", "cpl entry", entry_id, worker_id)
        return Changed.RECORDS

    def undo_delete_entry(self, entry_id: str) -> Changed:
        worker_id, _ = self.ws.cpl_repo.owner(entry_id)
        with self.ws.db.atomic():
            self.ws.cpl_repo.mark_deleted(entry_id, False)
            entry = self.ws.cpl_repo.entry(entry_id)
            self._sync_completion(entry_id, worker_id, entry.module_id, entry.occurred_on)
            self._audit("restore", "cpl entry", entry_id, worker_id)
        return Changed.RECORDS

    # -- evidence ------------------------------------------------------------------------
    def _store_evidence(self, path: str | os.PathLike[str]) -> tuple[str, int, str]:
        sha, size = self.ws.evidence.add(path)
        return sha, size, Path(path).name

    def evidence(self, entry_id: str) -> list[tuple[str, str, Path, int]]:
        """(link id, original name, stored path, size) of each file attached to an entry."""
        return [(link, name, self.ws.evidence.path_for(sha), size)
                for link, name, sha, size in self.ws.cpl_repo.evidence(entry_id)]

    # -- supervision ---------------------------------------------------------------------
    def sessions(self, worker_id: str, with_notes: bool = False) -> list[SupervisionSession]:
        sessions = self.ws.supervision_repo.sessions(worker_id)
        if with_notes:
            return sessions
        return [replace(s, private_notes="", prompt_response="") for s in sessions]

    def _check_session(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        data = dict(fields)
        if isinstance(data.get("occurred_on"), str):
            from planner.core.dates import parse_iso

            data["occurred_on"] = parse_iso(data["occurred_on"])
        data["minutes"] = int(data.get("minutes", 0))
        check_session(data["occurred_on"], str(data.get("kind", "")), data["minutes"], self.today)
        return data

    def add_session(self, worker_id: str, fields: Mapping[str, Any]) -> tuple[Changed, str]:
        data = self._check_session(fields)
        with self.ws.db.atomic():
            session_id = self.ws.supervision_repo.add(worker_id, data)
            self._audit("add", "supervision", session_id, worker_id, f"{data['kind']}, {data['minutes']} minutes")
        return (Changed.RECORDS, session_id)

    def update_session(self, session_id: str, fields: Mapping[str, Any]) -> Changed:
        data = self._check_session(fields)
        worker_id = self.ws.supervision_repo.owner(session_id)
        with self.ws.db.atomic():
            self.ws.supervision_repo.update(session_id, data)
            self._audit("edit", "supervision", session_id, worker_id, "changed " + ", ".join(sorted(data)))
        return Changed.RECORDS

    def delete_session(self, session_id: str) -> Changed:
        worker_id = self.ws.supervision_repo.owner(session_id)
        with self.ws.db.atomic():
            self.ws.supervision_repo.mark_deleted(session_id, True)
            self._audit("delete", "supervision", session_id, worker_id)
        return Changed.RECORDS

    def undo_delete_session(self, session_id: str) -> Changed:
        worker_id = self.ws.supervision_repo.owner(session_id)
        with self.ws.db.atomic():
            self.ws.supervision_repo.mark_deleted(session_id, False)
            self._audit("restore", "supervision", session_id, worker_id)
        return Changed.RECORDS

    # -- registration --------------------------------------------------------------------
    def registration(self, worker_id: str) -> Registration:
        reg = self.ws.registration_repo.get(worker_id)
        catalogue = self.ws.catalogue_repo.load()
        worker = self.ws.people_repo.worker(worker_id)
        social_worker = any(
            catalogue.has_role(a.role_id) and catalogue.role(a.role_id).sector == "Social work"
            for a in worker.roles if a.ended_on is None
        )
        return replace(reg, social_worker=social_worker)

    def save_registration(self, worker_id: str, reg: Registration) -> Changed:
        with self.ws.db.atomic():
            self.ws.registration_repo.save(worker_id, reg)
            self._audit("edit", "registration", worker_id, worker_id)
        return Changed.RECORDS

    def cycle(self, worker_id: str, on: date | None = None) -> CycleSummary:
        worker = self.ws.people_repo.worker(worker_id)
        return summarise(worker.regulator, self.registration(worker_id), self.ws.cpl_repo.entries(worker_id),
                         on or self.today)

    # -- drafts and audit ----------------------------------------------------------------
    def save_draft(self, key: str, payload: Mapping[str, Any]) -> None:
        self.ws.draft_repo.save(key, payload)

    def draft(self, key: str) -> dict[str, Any] | None:
        return self.ws.draft_repo.load(key)

    def clear_draft(self, key: str) -> None:
        self.ws.draft_repo.clear(key)

    def audit(self, worker_id: str | None = None) -> list[dict[str, Any]]:
        return self.ws.audit_repo.entries(worker_id)


def entry_dict(entry: CplEntry, module_code: str | None, evidence: list[str]) -> dict[str, Any]:
    """One entry for the worker's own export (``planner cpl list``): reflections included."""
    return {
        "id": entry.id,
        "date": entry.occurred_on.isoformat(),
        "title": entry.title,
        "type": entry.kind,
        "provider": entry.provider,
        "hours": entry.hours,
        "participatory": entry.participatory,
        "module": module_code,
        "frameworks": list(entry.frameworks),
        "sssc_elements": list(entry.sssc_elements),
        "topics": list(entry.topics),
        "reflection": {
            "learned": entry.learned,
            "practice_change": entry.practice_change,
            "prompt": entry.prompt,
            "prompt_response": entry.prompt_response,
        },
        "evidence": evidence,
    }


__all__ = ["LearningService", "StorageError", "entry_dict"]
