"""A worker's own learning: their one learning history (CPL entries, of which completions of
catalogue modules are a part), reflective supervision, their registration cycle, and the audit
trail of every change.

**One history.** Recording a completion (on the pathway, by attending a session, by import)
records a CPL entry with the module's title, provider, typical hours and delivery; a CPL entry
for a catalogue module records that completion. The two are one event: shown once, counted
once, edited and deleted together. Everything that counts learning reads :meth:`history`.

Reflections and private notes belong to the worker: they are returned only when asked for
(``with_reflections``), never put in the audit log, and never part of team-level output.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from planner.core.cpl import (
    CPL_TYPES,
    SSSC_ELEMENT_NAMES,
    TOPIC_NAMES,
    CplEntry,
    check_entry,
    check_lengths,
    cpl_type,
    default_participatory,
    topic_name,
)
from planner.core.dates import parse_iso, uk
from planner.core.errors import UserError
from planner.core.history import history
from planner.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from planner.core.model import Catalogue, Worker
from planner.core.packs import PRIVATE_SUPERVISION, REFLECTION_COLUMNS
from planner.core.regulators import (
    DEFAULT_ELC_HOURS,
    ELC_HOURS_SOURCE,
    CycleSummary,
    Registration,
    RegulatorSettings,
    Revalidation,
    cycle_bounds,
    on_social_worker_part,
    sssc_anchor,
    summarise,
)
from planner.core.status import first_start
from planner.core.supervision import SupervisionSession, check_session
from planner.services.actor import actor
from planner.services.changes import Changed
from planner.services.personal import is_personal
from planner.services.workspace import Workspace
from planner.storage.certificate_repository import CertificateRepository
from planner.storage.database import StorageError
from planner.storage.training_repository import TrainingRepository

PRIVATE_HERE = QT_TRANSLATE_NOOP(
    "learning",
    "Reflections and private notes stay in the worker's own copy: this organisation's copy keeps only "
    "that a reflection was written (--reflection-written on the command line). The worker can share "
    "their words from their own copy with a learning pack.",
)
PRIVATE_FIELDS = ("learned", "practice_change", "prompt_response", "private_notes")
ELC_HOURS_KEY = "elc_hours"
SSSC_MANDATORY = ("trauma", "child-protection", "adult-protection")


def _changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    names = sorted(k for k in after if before.get(k) != after[k])
    return "changed " + ", ".join(names) if names else "no change"


@dataclass(frozen=True)
class DeclarationDue:
    """An SSSC registrant whose annual declaration falls due soon with mandatory learning missing."""

    worker: Worker
    team: str
    due_on: date
    missing: tuple[str, ...]  # topic names


class LearningService:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def _audit(self, action: str, entity: str, entity_id: str, worker_id: str | None, summary: str = "") -> None:
        self.ws.audit_repo.record(actor(), action, entity, entity_id, worker_id, summary)

    def worker_id(self, staff_no: str) -> str:
        return self.ws.people_repo.worker_by_staff_no(staff_no).id

    # -- the learning history ------------------------------------------------------------
    def entries(self, worker_id: str, with_reflections: bool = False) -> list[CplEntry]:
        """Every entry of the history as recorded, newest first."""
        entries = self.ws.cpl_repo.entries(worker_id)
        if with_reflections:
            return entries
        # A reflection the worker shared through a pack is theirs to show; any other is not.
        return [
            replace(e, learned="", practice_change="", prompt_response="")
            if e.has_reflection and not e.reflection_shared
            else e
            for e in entries
        ]

    def history(self, worker_id: str, with_reflections: bool = False) -> list[CplEntry]:
        """The history with what each entry covers worked out (its module's frameworks, topics
        and elements): what every count and regulator check reads. Newest first."""
        return history(self.entries(worker_id, with_reflections), self.ws.catalogue_repo.load())

    def completions(self, worker_id: str) -> list[CplEntry]:
        """The entries that complete a catalogue module, newest first."""
        return [e for e in self.entries(worker_id) if e.completion_id]

    def reflection_written(self, worker_id: str) -> set[str]:
        """Ids of entries that have a reflection (a manager may see that one was written)."""
        return {e.id for e in self.ws.cpl_repo.entries(worker_id) if e.has_reflection}

    def entry(self, entry_id: str) -> CplEntry:
        return self.ws.cpl_repo.entry(entry_id)

    def _refuse_private_text(self, data: Mapping[str, Any], keys: Iterable[str]) -> None:
        """An organisation's copy never takes a worker's private words (the database would drop
        them): say so rather than lose them without a word."""
        if any(str(data.get(k) or "").strip() for k in keys) and not is_personal(self.ws):
            raise UserError(translate("learning", PRIVATE_HERE))

    def _prepare(self, fields: Mapping[str, Any], before: CplEntry | None = None) -> dict[str, Any]:
        """Check an entry's fields; fill what a catalogue module implies and was not given."""
        data = dict(fields)
        self._refuse_private_text(data, REFLECTION_COLUMNS)
        when = data.get("occurred_on", before.occurred_on if before else None)
        if isinstance(when, str):
            when = parse_iso(when)
        if when is None:
            raise UserError(translate("learning", "Give the date of the learning."))
        data["occurred_on"] = when
        module_id = data.get("module_id", before.module_id if before else None)
        if module_id:
            catalogue = self.ws.catalogue_repo.load()
            if not catalogue.has_module(module_id):
                raise StorageError(translate("learning", "That module no longer exists."))
            module = catalogue.module(module_id)
            if before is None:  # a new entry takes what it does not say from its module
                if not str(data.get("title") or "").strip():
                    data["title"] = module.title
                if data.get("provider") is None:
                    data["provider"] = module.provider
                data.setdefault("kind", cpl_type(module.delivery))
                if data.get("hours") is None:
                    data["hours"] = module.hours or 0.0
                if data.get("participatory") is None:
                    data["participatory"] = default_participatory(module.delivery, data.get("source") == "session")
        if before is not None and module_id and module_id != before.module_id:
            if before.source == "session":
                raise StorageError(
                    translate(
                        "learning",
                        "This learning was recorded by attending a training session of its module: to change it, "
                        "take back the attendance on the Training sessions page instead.",
                    )
                )
            catalogue = self.ws.catalogue_repo.load()
            old_title = (
                catalogue.module(before.module_id).title
                if before.module_id and catalogue.has_module(before.module_id)
                else None
            )
            if str(data.get("title", before.title)) == old_title:  # named after its module: follow the new one
                data["title"] = catalogue.module(module_id).title
        elif (
            before is not None
            and before.module_id
            and "module_id" in data
            and not module_id
            and before.source == "session"
        ):
            raise StorageError(
                translate(
                    "learning",
                    "This learning was recorded by attending a training session of its module: to change it, "
                    "take back the attendance on the Training sessions page instead.",
                )
            )
        title = str(data.get("title", before.title if before else ""))
        kind = str(data.get("kind", before.kind if before else "course"))
        hours_value = data.get("hours", before.hours if before else 0)
        try:
            hours = float(hours_value if hours_value is not None else 0)
        except (TypeError, ValueError):
            raise UserError(fill(translate("learning", "'%1' is not a number of hours."), hours_value)) from None
        check_entry(when, title, kind, hours, self.today)
        check_lengths(data)
        data.update(title=title.strip(), kind=kind, hours=hours)
        if data.get("participatory") is None:
            data["participatory"] = before.participatory if before else False
        for key, known, what in (("topics", TOPIC_NAMES, "topic"), ("sssc_elements", SSSC_ELEMENT_NAMES, "element")):
            unknown = [c for c in data.get(key, ()) if c not in known]
            if unknown:
                raise UserError(
                    fill(translate("learning", "Unknown %1 '%2': use one of %3."), what, unknown[0], ", ".join(known))
                )
        known_frameworks = {f.code for f in self.ws.catalogue_repo.load().frameworks}
        unknown = [c for c in data.get("frameworks", ()) if c not in known_frameworks]
        if unknown:
            raise UserError(
                fill(
                    translate("learning", "Unknown framework '%1': use one of %2."),
                    unknown[0],
                    ", ".join(sorted(known_frameworks)),
                )
            )
        return data

    def add_entry(self, worker_id: str, fields: Mapping[str, Any], evidence: Iterable[str] = ()) -> tuple[Changed, str]:
        """Record learning; with a catalogue module it is that module's completion too."""
        worker = self.ws.people_repo.worker(worker_id)  # refuses an unknown worker
        data = self._prepare(fields)
        data.setdefault("source", "cpl")
        if data.get("module_id"):
            self._refuse_duplicate(worker, data["module_id"], data["occurred_on"])
        stored = [self._store_evidence(path) for path in evidence]  # copy files before writing rows
        with self.ws.db.atomic():
            entry_id = self.ws.cpl_repo.add(worker_id, data)
            self._sync_completion(entry_id, worker_id, data.get("module_id"), data["occurred_on"], data["source"])
            for sha, size, name in stored:
                self.ws.cpl_repo.link_evidence(entry_id, sha, size, name)
            self._audit("add", "cpl entry", entry_id, worker_id, f"{data['title']} ({data['hours']:g} h)")
        return (Changed.RECORDS, entry_id)

    def _refuse_duplicate(
        self, worker: Worker, module_id: str, completed_on: date, entry_id: str | None = None
    ) -> None:
        """One completion of a module per day: the same learning recorded twice would count twice."""
        found = self.ws.people_repo.find_completion(worker.id, module_id, completed_on)
        if found is not None and found != entry_id and self.ws.cpl_repo.entry_for_completion(found) != entry_id:
            code = self.ws.catalogue_repo.load().module(module_id).code
            raise StorageError(
                fill(
                    translate(
                        "learning",
                        "%1 is already recorded for %2 on %3: correct that record instead of adding it again.",
                    ),
                    code,
                    worker.name,
                    uk(completed_on),
                )
            )

    def record_completion(
        self,
        worker_id: str,
        module_id: str,
        completed_on: date,
        *,
        hours: float | None = None,
        provider: str | None = None,
        participatory: bool | None = None,
        source: str = "pathway",
    ) -> tuple[Changed, str]:
        """A catalogue module completed: learning in the history with the module's title,
        provider, typical hours and delivery unless given. Returns the entry's id (the completion
        has the same id)."""
        fields: dict[str, Any] = {
            "occurred_on": completed_on,
            "module_id": module_id,
            "hours": hours,
            "participatory": participatory,
            "source": source,
        }
        if provider is not None:
            fields["provider"] = provider
        return self.add_entry(worker_id, fields)

    def update_entry(
        self,
        entry_id: str,
        fields: Mapping[str, Any],
        add_evidence: Iterable[str] = (),
        remove_evidence: Iterable[str] = (),
    ) -> Changed:
        before_entry = self.ws.cpl_repo.entry(entry_id)
        data = self._prepare(fields, before_entry)
        remove_evidence = list(remove_evidence)
        stored = [self._store_evidence(path) for path in add_evidence]
        worker_id, _completion_id = self.ws.cpl_repo.owner(entry_id)
        new_module = data.get("module_id", before_entry.module_id)
        if new_module:
            self._refuse_duplicate(self.ws.people_repo.worker(worker_id), new_module, data["occurred_on"], entry_id)
        before = before_entry.__dict__
        with self.ws.db.atomic():
            self.ws.cpl_repo.update(entry_id, data)
            module_id = data.get("module_id", before_entry.module_id)
            self._sync_completion(entry_id, worker_id, module_id, data["occurred_on"], before_entry.source)
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

    def _sync_completion(
        self, entry_id: str, worker_id: str, module_id: str | None, occurred_on: date, source: str
    ) -> None:
        """An entry for a catalogue module is that module's completion: keep exactly one, with
        the same id as the entry for a new one, updated in place when the entry changes (so its
        certificates and bookings keep pointing at it)."""
        _, completion_id = self.ws.cpl_repo.owner(entry_id)
        people = self.ws.people_repo
        exists = (
            completion_id is not None
            and self.ws.db.conn.execute("SELECT 1 FROM completions WHERE id = ?", [completion_id]).fetchone()
            is not None
        )
        if module_id and exists:
            assert completion_id is not None
            people.update_completion(completion_id, module_id, occurred_on)
        elif module_id:
            new = people.add_completion(
                worker_id, module_id, occurred_on, source=source, completion_id=completion_id or entry_id
            )
            self.ws.cpl_repo.set_completion(entry_id, new)
            CertificateRepository(self.ws.db).relink(new)
        elif exists:
            assert completion_id is not None
            self.ws.cpl_repo.set_completion(entry_id, None)
            people.delete_completion(completion_id)

    def delete_entry(self, entry_id: str) -> Changed:
        """Delete learning (undoable): its completion goes with it, and a session attendance
        that made it becomes a no-show."""
        worker_id, completion_id = self.ws.cpl_repo.owner(entry_id)
        entry = self.ws.cpl_repo.entry(entry_id)
        with self.ws.db.atomic():
            if completion_id:
                training = TrainingRepository(self.ws.db)
                booking = training.booking_for_completion(completion_id)
                if booking is not None and booking.status == "attended":
                    training.set_booking(booking.id, "no-show")
                self.ws.cpl_repo.set_completion(entry_id, None, keep_ref=True)
                if self.ws.db.conn.execute("SELECT 1 FROM completions WHERE id = ?", [completion_id]).fetchone():
                    self.ws.people_repo.delete_completion(completion_id)
            self.ws.cpl_repo.mark_deleted(entry_id, True)
            self._audit(
                "delete",
                "completion" if completion_id else "cpl entry",
                entry_id,
                worker_id,
                f"{entry.title} ({entry.occurred_on.isoformat()})",
            )
        return Changed.RECORDS | Changed.SESSIONS

    def undo_delete_entry(self, entry_id: str) -> Changed:
        worker_id, completion_id = self.ws.cpl_repo.owner(entry_id)
        with self.ws.db.atomic():
            self.ws.cpl_repo.mark_deleted(entry_id, False)
            entry = self.ws.cpl_repo.entry(entry_id)
            self._sync_completion(entry_id, worker_id, entry.module_id, entry.occurred_on, entry.source)
            if completion_id:
                training = TrainingRepository(self.ws.db)
                booking = training.booking_for_completion(completion_id)
                if booking is not None and booking.status == "no-show":
                    training.set_booking(booking.id, "attended", completion_id)
            self._audit("restore", "completion" if completion_id else "cpl entry", entry_id, worker_id)
        return Changed.RECORDS | Changed.SESSIONS

    def entry_for_completion(self, completion_or_entry_id: str) -> str:
        """The entry id of a completion, given the completion's id or the entry's own."""
        found = self.ws.cpl_repo.entry_for_completion(completion_or_entry_id)
        if found is not None:
            return found
        try:
            entry = self.ws.cpl_repo.entry(completion_or_entry_id)
        except StorageError:
            raise StorageError(
                fill(
                    translate(
                        "learning",
                        "There is no completion with the id '%1': see `planner completion list STAFF_NO` for the ids.",
                    ),
                    completion_or_entry_id,
                )
            ) from None
        if entry.completion_id is None:
            raise StorageError(
                translate(
                    "learning",
                    "That learning entry does not complete a catalogue module: use `planner cpl delete` for it.",
                )
            )
        return entry.id

    def delete_completion(self, completion_or_entry_id: str) -> Changed:
        return self.delete_entry(self.entry_for_completion(completion_or_entry_id))

    # -- evidence ------------------------------------------------------------------------
    def _store_evidence(self, path: str | os.PathLike[str]) -> tuple[str, int, str]:
        sha, size = self.ws.evidence.add(path)
        return sha, size, Path(path).name

    def evidence(self, entry_id: str) -> list[tuple[str, str, Path, int]]:
        """(link id, original name, stored path, size) of each file attached to an entry."""
        return [
            (link, name, self.ws.evidence.path_for(sha), size)
            for link, name, sha, size in self.ws.cpl_repo.evidence(entry_id)
        ]

    # -- supervision ---------------------------------------------------------------------
    def sessions(self, worker_id: str, with_notes: bool = False) -> list[SupervisionSession]:
        sessions = self.ws.supervision_repo.sessions(worker_id)
        if with_notes:
            return sessions
        return [replace(s, private_notes="", prompt_response="") for s in sessions]

    def _check_session(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        data = dict(fields)
        self._refuse_private_text(data, PRIVATE_SUPERVISION)
        if isinstance(data.get("occurred_on"), str):
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
        """What the worker told us, with what follows from their own record: the register part
        (the SSSC's two extra elements) and their registration number."""
        worker = self.ws.people_repo.worker(worker_id)
        return _with_worker(self.ws.registration_repo.get(worker_id), worker)

    def save_registration(self, worker_id: str, reg: Registration) -> Changed:
        with self.ws.db.atomic():
            self.ws.registration_repo.save(worker_id, reg)
            self._audit("edit", "registration", worker_id, worker_id)
        return Changed.RECORDS

    def revalidation(self, worker_id: str, cycle_end: date) -> Revalidation:
        return self.ws.revalidation_repo.get(worker_id, cycle_end)

    def save_revalidation(self, worker_id: str, rv: Revalidation) -> Changed:
        if rv.practice_hours < 0 or rv.feedback < 0:
            raise UserError(translate("learning", "Practice hours and pieces of feedback cannot be negative."))
        if rv.confirmed_on is not None and rv.confirmed_on > self.today:
            raise UserError(translate("learning", "The confirmation date is in the future."))
        if rv.confirmed_on is not None and not rv.confirmer.strip():
            raise UserError(translate("learning", "Give the name of the person confirming."))
        with self.ws.db.atomic():
            self.ws.revalidation_repo.save(worker_id, rv)
            self._audit("edit", "revalidation", worker_id, worker_id, f"cycle ending {rv.cycle_end.isoformat()}")
        return Changed.RECORDS

    def regulator_settings(self) -> RegulatorSettings:
        value = self.ws.settings_repo.get(ELC_HOURS_KEY)
        return RegulatorSettings(elc_hours=float(value) if value is not None else DEFAULT_ELC_HOURS)

    def set_elc_hours(self, hours: float) -> Changed:
        from planner.core.hours import check_hours

        check_hours(hours)
        self.ws.settings_repo.set(ELC_HOURS_KEY, f"{hours:g}")
        return Changed.SETTINGS

    @staticmethod
    def elc_source() -> str:
        return ELC_HOURS_SOURCE

    def cycle(self, worker_id: str, on: date | None = None, catalogue: Catalogue | None = None) -> CycleSummary:
        """Where the worker stands in their regulator's cycle that contains ``on`` (default today):
        the one summary the registration tab, the learning record, the SSSC pack and
        ``planner registration`` all show."""
        on = on or self.today
        worker = self.ws.people_repo.worker(worker_id)
        reg = _with_worker(self.ws.registration_repo.get(worker_id), worker)
        catalogue = catalogue or self.ws.catalogue_repo.load()
        revalidation = None
        if worker.regulator == "NMC" and reg.revalidation_on is not None:
            revalidation = self.revalidation(worker_id, cycle_bounds(reg.revalidation_on, 3, on)[1])
        return summarise(
            worker.regulator,
            reg,
            # learning after the "as on" date does not count yet (as for every requirement's state)
            history([e for e in self.ws.cpl_repo.entries(worker_id) if e.occurred_on <= on], catalogue),
            on,
            self.regulator_settings(),
            revalidation,
            first_start(worker.roles, catalogue, on),
        )

    def declarations_due(self, on: date, days: int, team: str | None = None) -> list[DeclarationDue]:
        """SSSC registrants (of a team, or all) whose annual declaration falls within ``days`` of
        ``on`` while trauma, child protection or adult support and protection learning is
        missing from the year. Only workers whose own date is known are counted."""
        people = self.ws.people_repo
        team_id = people.team_by_name(team).id if team else None
        workers = [w for w in people.workers(team_id) if w.regulator == "SSSC"]
        regs = self.ws.registration_repo.by_worker(w.id for w in workers)
        horizon = on + timedelta(days=days)
        soon: list[tuple[Worker, Registration, date, date]] = []
        for w in workers:
            reg = _with_worker(regs.get(w.id, Registration()), w)
            anchor = sssc_anchor(reg)
            if anchor is None:
                continue
            start, end = cycle_bounds(anchor, 1, on)
            if end <= horizon:
                soon.append((w, reg, start, end))
        if not soon:
            return []
        catalogue = self.ws.catalogue_repo.load()
        entries = self.ws.cpl_repo.entries_by_worker(
            [w.id for w, *_ in soon], since=min(start for _w, _r, start, _e in soon)
        )
        teams = {t.id: t.name for t in people.teams(include_retired=True)}
        out = []
        for w, _reg, start, end in soon:
            mine = [e for e in history(entries.get(w.id, []), catalogue) if start <= e.occurred_on <= end]
            missing = tuple(topic_name(t) for t in SSSC_MANDATORY if not any(t in e.topics for e in mine))
            if missing:
                out.append(DeclarationDue(w, teams.get(w.team_id or "", ""), end, missing))
        out.sort(key=lambda d: (d.due_on, d.worker.name.casefold()))
        return out

    # -- drafts and audit ----------------------------------------------------------------
    def save_draft(self, key: str, payload: Mapping[str, Any]) -> None:
        self.ws.draft_repo.save(key, payload)

    def draft(self, key: str) -> dict[str, Any] | None:
        return self.ws.draft_repo.load(key)

    def clear_draft(self, key: str) -> None:
        self.ws.draft_repo.clear(key)

    def audit(self, worker_id: str | None = None) -> list[dict[str, Any]]:
        return self.ws.audit_repo.entries(worker_id)


def _with_worker(reg: Registration, worker: Worker) -> Registration:
    return replace(
        reg, social_worker=on_social_worker_part(worker.register_part), registration_no=worker.registration_no
    )


__all__ = ["CPL_TYPES", "DeclarationDue", "LearningService", "StorageError"]
