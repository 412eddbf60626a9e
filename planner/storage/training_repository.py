"""Training sessions and their bookings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.core.i18n import fill, translate
from planner.storage.base import Repository, new_id
from planner.storage.database import now_stamp
from planner.storage.errors import NotFoundError

SESSION_FIELDS = ("module_id", "held_on", "start_time", "end_time", "venue", "online_link", "trainer", "capacity")


@dataclass(frozen=True)
class TrainingSession:
    id: str
    module_id: str
    held_on: date
    start_time: str
    end_time: str
    venue: str
    online_link: str
    trainer: str
    capacity: int | None
    status: str  # planned, cancelled, completed
    booked: int = 0
    waiting: int = 0
    attended: int = 0

    @property
    def free_places(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.booked - self.attended)


@dataclass(frozen=True)
class Booking:
    id: str
    session_id: str
    worker_id: str
    status: str  # booked, waiting, attended, no-show, released
    booked_at: str


class TrainingRepository(Repository):
    _SELECT = (
        "SELECT s.id, s.module_id, s.held_on, s.start_time, s.end_time, s.venue, s.online_link, s.trainer, "
        "s.capacity, s.status, "
        "(SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id AND b.status = 'booked'), "
        "(SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id AND b.status = 'waiting'), "
        "(SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id AND b.status = 'attended') "
        "FROM training_sessions s"
    )

    @staticmethod
    def _session(r: tuple[Any, ...]) -> TrainingSession:
        return TrainingSession(
            r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]
        )

    def sessions(self) -> list[TrainingSession]:
        return [self._session(r) for r in self.db.conn.execute(self._SELECT + " ORDER BY s.held_on, s.start_time")]

    def session(self, session_id: str) -> TrainingSession:
        row = self.db.conn.execute(self._SELECT + " WHERE s.id = ?", [session_id]).fetchone()
        if row is None:
            raise NotFoundError(
                fill(translate("training_repository", "There is no training session with the id '%1'."), session_id)
            )
        return self._session(row)

    def add(self, fields: Mapping[str, Any]) -> str:
        session_id = new_id()
        stamp = now_stamp()
        row = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in fields.items() if k in SESSION_FIELDS}
        for key in ("start_time", "end_time", "venue", "online_link", "trainer"):
            row[key] = row.get(key) or ""
        row.update(id=session_id, status="planned", created_at=stamp, updated_at=stamp)
        self._insert("training_sessions", row, "That session already exists.")
        return session_id

    def update(self, session_id: str, fields: Mapping[str, Any]) -> None:
        row = {
            k: (v.isoformat() if isinstance(v, date) else v)
            for k, v in fields.items()
            if k in (*SESSION_FIELDS, "status")
        }
        self._update("training_sessions", session_id, row)

    def bookings(self, session_id: str) -> list[Booking]:
        return [
            Booking(*r)
            for r in self.db.conn.execute(
                "SELECT id, session_id, worker_id, status, booked_at FROM bookings WHERE session_id = ? "
                "ORDER BY booked_at, rowid",
                [session_id],
            )
        ]

    def add_booking(self, session_id: str, worker_id: str, status: str) -> str:
        booking_id = new_id()
        stamp = now_stamp()
        self.db.execute(
            "INSERT INTO bookings (id, session_id, worker_id, status, booked_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [booking_id, session_id, worker_id, status, stamp, stamp, stamp],
        )
        return booking_id

    def set_booking(self, booking_id: str, status: str, completion_id: str | None = None) -> None:
        self.db.execute(
            "UPDATE bookings SET status = ?, completion_id = COALESCE(?, completion_id), "
            "completion_ref = COALESCE(?, completion_ref), updated_at = ? WHERE id = ?",
            [status, completion_id, completion_id, now_stamp(), booking_id],
        )

    def clear_completion(self, booking_id: str) -> None:
        """The booking no longer stands for a completion (attendance taken back)."""
        self.db.execute(
            "UPDATE bookings SET completion_id = NULL, completion_ref = NULL, updated_at = ? WHERE id = ?",
            [now_stamp(), booking_id],
        )

    def booking_for_completion(self, completion_id: str) -> Booking | None:
        """The booking whose attendance made this completion (kept while it is deleted)."""
        row = self.db.conn.execute(
            "SELECT id, session_id, worker_id, status, booked_at FROM bookings WHERE completion_ref = ?",
            [completion_id],
        ).fetchone()
        return Booking(*row) if row else None

    def completion_of(self, booking_id: str) -> str | None:
        row = self.db.conn.execute("SELECT completion_id FROM bookings WHERE id = ?", [booking_id]).fetchone()
        return row[0] if row else None

    def planned_bookings(self) -> list[tuple[str, str, date]]:
        """(worker id, module id, session date) for every place booked on a planned session."""
        return [
            (r[0], r[1], date.fromisoformat(r[2]))
            for r in self.db.conn.execute(
                "SELECT b.worker_id, s.module_id, s.held_on FROM bookings b JOIN training_sessions s "
                "ON s.id = b.session_id WHERE s.status = 'planned' AND b.status = 'booked'"
            )
        ]
