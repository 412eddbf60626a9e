"""Training sessions: plan one, see who to book (most urgent first), book with a waiting list,
mark attendance (which records completions), cancel, and forecast the figures if every booked
session happens."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.matrix import BLANK, STATES
from planner.core.model import Worker
from planner.core.planning import Candidate, urgency
from planner.core.status import State
from planner.services.actor import actor
from planner.services.changes import Changed
from planner.services.figures import state_totals
from planner.services.learning import LearningService
from planner.services.matrix_service import MatrixService
from planner.services.status_service import StatusService
from planner.services.workspace import Workspace
from planner.storage.database import StorageError
from planner.storage.training_repository import Booking, TrainingRepository, TrainingSession

__all__ = ["Booking", "Forecast", "Suggestion", "TrainingService", "TrainingSession"]


@dataclass(frozen=True)
class Suggestion:
    worker: Worker
    team: str
    candidate: Candidate


@dataclass(frozen=True)
class Forecast:
    on: date
    after: date  # the date by which every booked session will have happened
    now: dict[str, int]
    forecast: dict[str, int]  # as on ``after``, if every booked place is taken
    without: dict[str, int]  # as on ``after``, if nothing booked happened (time alone)


MAX_CAPACITY = 10_000
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def session_time(text: str, what: str) -> str:
    """'9:30' -> '09:30'; '' stays ''; anything that is not a time of day is refused."""
    text = (text or "").strip()
    if not text:
        return ""
    match = _TIME.fullmatch(text)
    if match is None:
        raise UserError(
            fill(
                translate("training", "The %1 time '%2' is not a time of day: use HH:MM, such as 09:30."),
                what,
                text[:20],
            )
        )
    return f"{int(match[1]):02d}:{match[2]}"


def check_session(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A session's fields checked and tidied, or a UserError saying what to change."""
    out = dict(fields)
    if not out.get("module_id") or not out.get("held_on"):
        raise UserError(translate("training", "A session needs a module and a date."))
    capacity = out.get("capacity")
    if capacity is not None and not 1 <= int(capacity) <= MAX_CAPACITY:
        raise UserError(
            fill(
                translate("training", "Capacity is from 1 to %1 places (or leave it empty for no limit)."),
                format(MAX_CAPACITY, ","),
            )
        )
    out["start_time"] = session_time(out.get("start_time", ""), "start")
    out["end_time"] = session_time(out.get("end_time", ""), "end")
    if out["start_time"] and out["end_time"] and out["end_time"] <= out["start_time"]:
        raise UserError(
            fill(
                translate("training", "The session ends (%1) before it starts (%2)."),
                out["end_time"],
                out["start_time"],
            )
        )
    return out


class TrainingService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.repo = TrainingRepository(ws.db)
        self.status = StatusService(ws)
        self.learning = LearningService(ws)

    def _audit(self, action: str, session_id: str, summary: str) -> None:
        self.ws.audit_repo.record(actor(), action, "training session", session_id, None, summary)

    def sessions(self) -> list[TrainingSession]:
        return self.repo.sessions()

    def session(self, session_id: str) -> TrainingSession:
        return self.repo.session(session_id)

    def bookings(self, session_id: str) -> list[Booking]:
        return self.repo.bookings(session_id)

    def module_by_code(self, code: str) -> str:
        for m in self.ws.catalogue_repo.load().modules:
            if m.code.casefold() == code.casefold():
                if m.retired:
                    raise StorageError(
                        fill(
                            translate("training", "The module %1 is retired: sessions cannot be planned for it."),
                            m.code,
                        )
                    )
                return m.id
        raise StorageError(fill(translate("training", "There is no module with the code '%1'."), code))

    def add_session(self, fields: Mapping[str, Any]) -> tuple[Changed, str]:
        fields = check_session(fields)
        with self.ws.db.atomic():
            session_id = self.repo.add(fields)
            self._audit("add", session_id, f"{fields['held_on']}")
        return (Changed.SESSIONS, session_id)

    def _open(self, session_id: str) -> TrainingSession:
        session = self.repo.session(session_id)
        if session.status != "planned":
            raise StorageError(
                fill(translate("training", "This session is %1: bookings cannot change."), session.status)
            )
        return session

    def book(self, session_id: str, worker_ids: Iterable[str]) -> tuple[Changed, dict[str, str]]:
        """Book workers in order; past capacity they join the waiting list. Returns each
        worker's resulting status."""
        result: dict[str, str] = {}
        worker_ids = list(dict.fromkeys(worker_ids))  # the same person twice is one booking
        with self.ws.db.atomic():  # read and write in one transaction: another booker waits
            session = self._open(session_id)
            existing = {b.worker_id: b for b in self.repo.bookings(session_id)}
            taken = session.booked
            for worker_id in worker_ids:
                self.ws.people_repo.worker(worker_id)  # refuses unknown workers
                current = existing.get(worker_id)
                if current is not None and current.status in ("booked", "waiting", "attended"):
                    result[worker_id] = current.status
                    continue
                status = "waiting" if session.capacity is not None and taken >= session.capacity else "booked"
                if current is not None:
                    self.repo.set_booking(current.id, status)
                else:
                    self.repo.add_booking(session_id, worker_id, status)
                taken += status == "booked"
                result[worker_id] = status
            self._audit("book", session_id, ", ".join(f"{s}" for s in result.values()))
        return (Changed.SESSIONS, result)

    def release(self, session_id: str, worker_id: str) -> Changed:
        """Take a worker off a session; the first on the waiting list takes the place."""
        with self.ws.db.atomic():
            self._open(session_id)
            bookings = self.repo.bookings(session_id)
            mine = next((b for b in bookings if b.worker_id == worker_id), None)
            if mine is None:
                raise StorageError(translate("training", "That worker is not booked on this session."))
            self.repo.set_booking(mine.id, "released")
            if mine.status == "booked":
                waiting = next((b for b in bookings if b.status == "waiting"), None)
                if waiting is not None:
                    self.repo.set_booking(waiting.id, "booked")
            self._audit("release", session_id, "")
        return Changed.SESSIONS

    def attend(self, session_id: str, worker_ids: Iterable[str], today: date | None = None) -> Changed:
        """Mark who attended: each gets the module's completion on the session's date, which is
        learning in their history (participatory, the module's typical hours). Everyone else
        still booked is a no-show, and stays in the suggestions for the next session."""
        session = self.repo.session(session_id)
        if session.status == "cancelled":
            raise StorageError(translate("training", "This session was cancelled."))
        if session.held_on > (today or date.today()):
            raise StorageError(translate("training", "Attendance can be marked on or after the day of the session."))
        present = list(dict.fromkeys(worker_ids))
        with self.ws.db.atomic():
            bookings = {b.worker_id: b for b in self.repo.bookings(session_id)}
            for worker_id in present:
                self.ws.people_repo.worker(worker_id)
                booking = bookings.get(worker_id)
                if booking is not None and booking.status == "attended":
                    continue
                completion = self.ws.people_repo.find_completion(worker_id, session.module_id, session.held_on)
                if completion is None:  # already recorded that day (say, by hand): not counted twice
                    _, completion = LearningService(self.ws, today=today).record_completion(
                        worker_id, session.module_id, session.held_on, participatory=True, source="session"
                    )
                if booking is None:
                    booking_id = self.repo.add_booking(session_id, worker_id, "attended")
                else:
                    booking_id = booking.id
                self.repo.set_booking(booking_id, "attended", completion)
            for worker_id, booking in bookings.items():
                if worker_id not in present and booking.status == "booked":
                    self.repo.set_booking(booking.id, "no-show")
                elif worker_id not in present and booking.status == "waiting":
                    self.repo.set_booking(booking.id, "released")  # never offered a place
            self.repo.update(session_id, {"status": "completed"})
            self._audit("attendance", session_id, f"{len(present)} attended")
        return Changed.SESSIONS | Changed.RECORDS

    def unattend(self, session_id: str, worker_ids: Iterable[str]) -> Changed:
        """Take back attendance marked by mistake: the completion it recorded (and its learning
        in the history) is deleted, and the booking becomes a no-show. Learning the worker had
        recorded themselves for that day stays."""
        self.repo.session(session_id)
        with self.ws.db.atomic():
            bookings = {b.worker_id: b for b in self.repo.bookings(session_id)}
            for worker_id in dict.fromkeys(worker_ids):
                booking = bookings.get(worker_id)
                if booking is None or booking.status != "attended":
                    raise StorageError(
                        translate("training", "That worker is not marked as having attended this session.")
                    )
                completion = self.repo.completion_of(booking.id)
                entry = self.ws.cpl_repo.entry_for_completion(completion) if completion else None
                if entry is not None and self.ws.cpl_repo.entry(entry).source == "session":
                    self.learning.delete_entry(entry)  # the learning attending made (the booking: no-show)
                else:
                    self.repo.clear_completion(booking.id)
                self.repo.set_booking(booking.id, "no-show")
            self._audit("attendance undone", session_id, "")
        return Changed.SESSIONS | Changed.RECORDS

    def set_attendance(self, session_id: str, present: Iterable[str], today: date | None = None) -> Changed:
        """Who attended, as ticked on the attendance list, all or nothing: the newly ticked get
        their completions, and anyone unticked who was marked as attended has it taken back."""
        present = list(dict.fromkeys(present))
        with self.ws.db.atomic():
            before = {b.worker_id for b in self.repo.bookings(session_id) if b.status == "attended"}
            gone = [w for w in before if w not in present]
            if gone:
                self.unattend(session_id, gone)
            self.attend(session_id, present, today)
        return Changed.SESSIONS | Changed.RECORDS

    def cancel(self, session_id: str) -> Changed:
        self._open(session_id)
        with self.ws.db.atomic():
            for b in self.repo.bookings(session_id):
                if b.status in ("booked", "waiting"):
                    self.repo.set_booking(b.id, "released")
            self.repo.update(session_id, {"status": "cancelled"})
            self._audit("cancel", session_id, "")
        return Changed.SESSIONS

    def suggest(self, session_id: str, on: date, team: str | None = None) -> list[Suggestion]:
        """Workers the session's module would help, most urgent first, not already on it: any
        whose matrix cell for a level the module grants (or for the module itself) is not
        recorded, by their most pressing such cell."""
        session = self.repo.session(session_id)
        catalogue = self.ws.catalogue_repo.load()
        module = catalogue.module(session.module_id)
        on_it = {b.worker_id for b in self.repo.bookings(session_id) if b.status != "released"}
        data = MatrixService(self.ws).build(on, team)
        helps = [
            c for c, col in enumerate(data.columns) if col.key in module.grants or col.key == f"module:{module.id}"
        ]
        found = []
        for r in range(len(data)):
            if data.ids[r] in on_it:
                continue
            best: Candidate | None = None
            for c in helps:
                code = data.state(r, c)
                if code == BLANK or STATES[code] is State.RECORDED:
                    continue
                ordinal = data.date_ordinal(r, c)
                candidate = Candidate(
                    data.staff[r],
                    data.columns[c].full_label,
                    STATES[code],
                    date.fromordinal(ordinal) if ordinal > 0 else None,
                )
                if best is None or urgency(candidate) < urgency(best):
                    best = candidate
            if best is not None:
                worker = Worker(id=data.ids[r], staff_no=data.staff[r], name=data.names[r])
                found.append(Suggestion(worker, data.teams[r], best))
        found.sort(key=lambda s: (urgency(s.candidate), s.worker.name))
        return found

    def forecast(self, on: date, team: str | None = None) -> Forecast:
        """Items in each state now (as the team report counts them), and as on the date every
        booked session will have happened: if every booked place is taken, and if none is."""
        planned = self.repo.planned_bookings()
        after = max([on, *(d for _, _, d in planned)])
        extra: dict[str, list[tuple[str, date]]] = {}
        for worker_id, module_id, held_on in planned:
            extra.setdefault(worker_id, []).append((module_id, held_on))
        matrix = MatrixService(self.ws)
        return Forecast(
            on,
            after,
            state_totals(matrix.build(on, team)),
            state_totals(matrix.build(after, team, extra=extra)),
            state_totals(matrix.build(after, team)),
        )
