"""Training sessions: plan a session of a module, book the people who need it most (waiting
list beyond capacity), mark attendance (which records their completions), cancel, and see the
forecast if every booked session happens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import fill
from planner.core.model import Catalogue, Worker
from planner.core.wording import plural, state_name
from planner.services.changes import Changed
from planner.services.training import Booking, Forecast, Suggestion, TrainingSession
from planner.ui.background import BACKGROUND_FROM, LatestJob
from planner.ui.common import add_rows, button, fit_columns, heading, hint, selected_row, table_view
from planner.ui.controller import Controller
from planner.ui.flow import flow_row
from planner.ui.presentation import DATE_FORMAT, STATE_MARK, from_qdate, state_text, to_qdate, uk_date
from planner.ui.printing import save_document
from planner.ui.table_model import Column, RowsModel

# How session and booking statuses read on screen (translated where shown).
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("Sessions", "planned"),
    QT_TRANSLATE_NOOP("Sessions", "cancelled"),
    QT_TRANSLATE_NOOP("Sessions", "completed"),
    QT_TRANSLATE_NOOP("Sessions", "booked"),
    QT_TRANSLATE_NOOP("Sessions", "waiting"),
    QT_TRANSLATE_NOOP("Sessions", "attended"),
    QT_TRANSLATE_NOOP("Sessions", "no-show"),
    QT_TRANSLATE_NOOP("Sessions", "released"),
)


@dataclass(frozen=True)
class SessionRow:
    session: TrainingSession
    module: str


def _when_key(day: date, start: str) -> float:
    """A session's day and start time as one number (sessions on a day in time order)."""
    hours, _, minutes = start.partition(":")
    try:
        return day.toordinal() + (int(hours) * 60 + int(minutes or 0)) / 1440
    except ValueError:
        return float(day.toordinal())  # no time set (or not a time): first that day


class SessionsModel(RowsModel[SessionRow]):
    DATE, MODULE, WHERE, PLACES, STATUS = range(5)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Column", "Date"),
            lambda r: f"{uk_date(r.session.held_on)} {r.session.start_time}".strip(),
            sort=lambda r: _when_key(r.session.held_on, r.session.start_time),
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Module"), lambda r: r.module, tooltip=lambda r: r.module),
        Column(QT_TRANSLATE_NOOP("Column", "Venue or link"), lambda r: r.session.venue or r.session.online_link),
        Column(
            QT_TRANSLATE_NOOP("Column", "Places"),
            lambda r: (
                (
                    f"{r.session.booked}/{r.session.capacity}"
                    if r.session.capacity
                    else fill(QCoreApplication.translate("Sessions", "%1 (no limit)"), r.session.booked)
                )
                + (
                    fill(QCoreApplication.translate("Sessions", ", %1 waiting"), r.session.waiting)
                    if r.session.waiting
                    else ""
                )
            ),
            sort=lambda r: r.session.booked,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Status"),
            lambda r: (
                QCoreApplication.translate("Sessions", r.session.status)
                + (
                    fill(QCoreApplication.translate("Sessions", ", %1 attended"), r.session.attended)
                    if r.session.attended
                    else ""
                )
            ),
        ),
    )


class SuggestionsModel(RowsModel[Suggestion]):
    NAME, TEAM, STEP, STATE = range(4)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda s: f"{s.worker.name} ({s.worker.staff_no})"),
        Column(QT_TRANSLATE_NOOP("Column", "Team"), lambda s: s.team),
        Column(QT_TRANSLATE_NOOP("Column", "Needs"), lambda s: s.candidate.requirement),
        Column(
            QT_TRANSLATE_NOOP("Column", "State"),
            lambda s: f"{state_text(s.candidate.state)} {uk_date(s.candidate.when)}".strip(),
            sort=lambda s: -s.candidate.state.severity * 10_000_000 + (s.candidate.when or date.max).toordinal(),
        ),
    )


@dataclass(frozen=True)
class BookingRow:
    booking: Booking
    worker: Worker


class BookingsModel(RowsModel[BookingRow]):
    NAME, STATUS = range(2)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda b: f"{b.worker.name} ({b.worker.staff_no})"),
        Column(
            QT_TRANSLATE_NOOP("Column", "Booking"), lambda b: QCoreApplication.translate("Sessions", b.booking.status)
        ),
    )


class SessionDialog(QDialog):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a training session"))
        self.module = QComboBox()
        for m in catalogue.modules:
            if not m.retired:
                self.module.addItem(f"{m.code} {m.title}", m.id)
        self.when = QDateEdit(to_qdate(date.today()))
        self.when.setDisplayFormat(DATE_FORMAT)
        self.when.setCalendarPopup(True)
        self.start = QLineEdit("09:30")
        self.end = QLineEdit("12:30")
        self.venue = QLineEdit()
        self.link = QLineEdit()
        self.trainer = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 500)
        self.capacity.setValue(12)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        form = QFormLayout(self)
        add_rows(
            form,
            (
                (self.tr("&Module"), self.module, self.tr("Module")),
                (self.tr("&Date"), self.when, self.tr("Session date")),
                (self.tr("S&tarts"), self.start, self.tr("Start time")),
                (self.tr("&Ends"), self.end, self.tr("End time")),
                (self.tr("&Venue"), self.venue, self.tr("Venue")),
                (self.tr("Online &link"), self.link, self.tr("Online link")),
                (self.tr("T&rainer"), self.trainer, self.tr("Trainer")),
                (self.tr("&Capacity"), self.capacity, self.tr("Capacity")),
            ),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> dict[str, object]:
        return {
            "module_id": self.module.currentData(),
            "held_on": from_qdate(self.when.date()),
            "start_time": self.start.text().strip(),
            "end_time": self.end.text().strip(),
            "venue": self.venue.text().strip(),
            "online_link": self.link.text().strip(),
            "trainer": self.trainer.text().strip(),
            "capacity": self.capacity.value() or None,
        }


def _times(start: str, end: str) -> str:
    """ " 09:30–12:30", " from 09:30", " until 12:30" or nothing."""
    if start and end:
        return f" {start}–{end}"
    if start:
        return f" from {start}"
    return f" until {end}" if end else ""


class AttendanceDialog(QDialog):
    """Tick who came; everyone booked is ticked to start with."""

    def __init__(self, rows: list[BookingRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark attendance"))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Who attended"))
        for row in rows:
            if row.booking.status not in ("booked", "attended", "no-show", "waiting"):
                continue
            item = QListWidgetItem(f"{row.worker.name} ({row.worker.staff_no})")
            item.setData(Qt.ItemDataRole.UserRole, row.worker.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if row.booking.status == "waiting":
                item.setText(item.text() + self.tr(" — on the waiting list"))
            ticked = row.booking.status in ("booked", "attended")
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Each person ticked gets a completion on the session's date, which is "
                    "part of their learning history. Anyone not ticked is a no-show and stays "
                    "on the list for the next session; unticking someone marked as attended "
                    "takes it back and deletes the completion it recorded."
                )
            )
        )
        layout.addWidget(self.people)
        layout.addWidget(buttons)
        self.before = {row.worker.id for row in rows if row.booking.status == "attended"}

    def attended(self) -> list[str]:
        return [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def taken_back(self) -> list[str]:
        """People marked as attended before and unticked now."""
        return [w for w in self.before if w not in set(self.attended())]


class SessionsView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forecast_job = LatestJob(self, self.tr("Training sessions"))
        self.suggest_job = LatestJob(self, self.tr("Training sessions"))
        self._shows = 0
        self.controller = controller
        self.forecast = QLabel()
        self.forecast.setWordWrap(True)
        self.forecast.setAccessibleName(self.tr("Forecast"))
        self.sessions_model = SessionsModel()
        self.sessions_view, _ = table_view(self.sessions_model, self.tr("Training sessions"))
        self.plan_btn = button(self.tr("&Plan session…"), self.tr("Plan a training session"))
        self.cancel_btn = button(self.tr("Cancel session…"), self.tr("Cancel the selected session"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Session details"))
        self.suggest_model = SuggestionsModel()
        self.suggest_view, _ = table_view(self.suggest_model, self.tr("Suggested people, most urgent first"))
        self.suggest_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.book_btn = button(self.tr("&Book selected"), self.tr("Book the selected people"))
        self.book_top_btn = button(
            self.tr("Book the most &urgent"), self.tr("Book the most urgent people up to capacity")
        )
        self.bookings_model = BookingsModel()
        self.bookings_view, _ = table_view(self.bookings_model, self.tr("Bookings"))
        self.release_btn = button(self.tr("&Release place"), self.tr("Release the selected booking"))
        self.attend_btn = button(self.tr("Mark &attendance…"), self.tr("Mark attendance"))
        self.signin_btn = button(self.tr("Sign-in &sheet…"), self.tr("Print the sign-in sheet"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.forecast)
        ll.addLayout(flow_row(self.plan_btn, self.cancel_btn))
        self.no_sessions = hint(
            self.tr(
                "No sessions yet. Plan session… adds one (a module, a date, how many "
                "places); the people who need that module are then suggested, most urgent "
                "first."
            )
        )
        ll.addWidget(self.no_sessions)
        ll.addWidget(self.sessions_view, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.details)
        rl.addWidget(heading(self.tr("Suggested: people who need this module, most urgent first")))
        rl.addWidget(self.suggest_view, 2)
        rl.addLayout(flow_row(self.book_btn, self.book_top_btn))
        rl.addWidget(heading(self.tr("Booked")))
        rl.addWidget(self.bookings_view, 1)
        rl.addLayout(flow_row(self.release_btn, self.attend_btn, self.signin_btn))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.sessions_view.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.plan_btn.clicked.connect(self.plan)
        self.cancel_btn.clicked.connect(self.cancel_session)
        self.book_btn.clicked.connect(self.book_selected)
        self.book_top_btn.clicked.connect(self.book_most_urgent)
        self.release_btn.clicked.connect(self.release)
        self.attend_btn.clicked.connect(self.mark_attendance)
        self.signin_btn.clicked.connect(self.print_signin)
        controller.data_changed.connect(self._on_changed)
        self.dirty = True

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.dirty:
            self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & (Changed.SESSIONS | Changed.RECORDS | Changed.PEOPLE | Changed.CATALOGUE):
            self.dirty = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self.dirty = False
        selected = self.selected_session()
        catalogue = self.controller.catalogue.load()
        codes = {m.id: f"{m.code} {m.title}" for m in catalogue.modules}
        self.sessions_model.set_rows(
            [SessionRow(s, codes.get(s.module_id, "")) for s in self.controller.training.sessions()]
        )
        fit_columns(self.sessions_view)
        self.sessions_view.setColumnWidth(SessionsModel.MODULE, 260)
        self.no_sessions.setVisible(self.sessions_model.rowCount() == 0)
        self._forecast()
        shows = self._shows
        if selected is not None:
            for row in range(self.sessions_model.rowCount()):
                if self.sessions_model.row(row).session.id == selected.id:
                    self.sessions_view.selectRow(row)
        elif self.sessions_model.rowCount():
            self.sessions_view.selectRow(0)  # the next session: who to book on it shows at once
        if self._shows == shows:  # selecting showed nothing new (the same row): show it once here
            self.show_selected()

    def _forecast(self) -> None:
        """The items in each state now and once the booked sessions have happened: for a large
        organisation counted on a worker thread, so the page never waits for it."""
        on = self.controller.as_on
        self.forecast_job.cancel()
        if self.controller.people_count(None) < BACKGROUND_FROM:
            self._show_forecast(self.controller.training.forecast(on))
            return
        self.forecast.setText(self.tr("Counting the items in each state…"))
        services = self.controller.services
        self.forecast_job.start(lambda: services.detached(lambda s: s.training.forecast(on)), self._show_forecast)

    def _show_forecast(self, f: Forecast) -> None:
        words = lambda counts: ", ".join(f"{STATE_MARK[k]} {n} {state_name(k)}" for k, n in counts.items() if n)
        heading = self.tr("Items in each state (as the team report counts them)")
        now, by = self.tr("Now"), self.tr("By")
        every, without = self.tr("if every booked session happens"), self.tr("without them")
        self.forecast.setText(
            f"{heading}:<br><b>{now}</b>: {words(f.now)}<br><b>{by} {uk_date(f.after)}, "
            f"{every}</b>: {words(f.forecast)}<br><i>({without}: {words(f.without)})</i>"
        )

    def select(self, session_id: str) -> None:
        if self.dirty:
            self.refresh()
        for row in range(self.sessions_model.rowCount()):
            if self.sessions_model.row(row).session.id == session_id:
                self.sessions_view.selectRow(row)
                return

    def selected_session(self) -> TrainingSession | None:
        row = selected_row(self.sessions_view)
        return row.session if isinstance(row, SessionRow) else None

    def show_selected(self) -> None:
        self._shows += 1  # (a refresh that selects a row shows it once, not twice)
        session = self.selected_session()
        enabled = session is not None and session.status == "planned"
        for b in (self.book_btn, self.book_top_btn, self.release_btn, self.cancel_btn):
            b.setEnabled(enabled)
        self.attend_btn.setEnabled(session is not None and session.status != "cancelled")
        self.signin_btn.setEnabled(session is not None and session.status != "cancelled")
        if session is None:
            self.details.setText(self.tr("Select a session, or plan one, to see who to book."))
            self.suggest_model.set_rows([])
            self.bookings_model.set_rows([])
            return
        people = {w.id: w for w in self.controller.people.workers(include_retired=True)}
        self.bookings_model.set_rows(
            [
                BookingRow(b, people[b.worker_id])
                for b in self.controller.training.bookings(session.id)
                if b.worker_id in people and b.status != "released"
            ]
        )
        self._suggest(session)
        free = session.free_places
        venue_not_set, trainer = self.tr("venue not set"), self.tr("trainer")
        self.details.setText(
            f"<b>{uk_date(session.held_on)}{_times(session.start_time, session.end_time)}</b> · "
            f"{session.venue or session.online_link or venue_not_set} · "
            f"{trainer}: {session.trainer or '—'} · "
            + (self.tr("no limit on places") if free is None else plural(free, self.tr("free place")))
        )
        fit_columns(self.bookings_view)

    def _suggest(self, session: TrainingSession) -> None:
        """Who to book, most urgent first: for a large organisation found on a worker thread."""
        self.suggest_job.cancel()
        if session.status != "planned":
            self._show_suggestions([])
            return
        on = self.controller.as_on
        if self.controller.people_count(None) < BACKGROUND_FROM:
            self._show_suggestions(self.controller.training.suggest(session.id, on))
            return
        self.suggest_model.set_rows([])
        self.suggest_view.setAccessibleDescription(self.tr("Finding who to book…"))
        for b in (self.book_btn, self.book_top_btn):
            b.setEnabled(False)  # nothing to book from until the list is there
        services, session_id = self.controller.services, session.id
        self.suggest_job.start(
            lambda: services.detached(lambda s: s.training.suggest(session_id, on)), self._show_suggestions
        )

    def _show_suggestions(self, rows: list[Suggestion]) -> None:
        self.suggest_view.setAccessibleDescription("")
        session = self.selected_session()
        for b in (self.book_btn, self.book_top_btn):
            b.setEnabled(session is not None and session.status == "planned")
        self.suggest_model.set_rows(rows)
        fit_columns(self.suggest_view)
        self.suggest_view.setColumnWidth(SuggestionsModel.NAME, min(220, self.suggest_view.columnWidth(0)))
        self.suggest_view.setColumnWidth(SuggestionsModel.TEAM, 170)
        self.suggest_view.setColumnWidth(SuggestionsModel.STEP, 170)

    def plan(self) -> None:
        dialog = SessionDialog(self.controller.catalogue.load(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(self, self.controller.training.add_session, dialog.fields()):
                new_id = self.controller.last_id
                for row in range(self.sessions_model.rowCount()):
                    if self.sessions_model.row(row).session.id == new_id:
                        self.sessions_view.selectRow(row)
                return

    def _book(self, worker_ids: list[str]) -> None:
        session = self.selected_session()
        if session is not None and worker_ids:
            self.controller.apply(self, self.controller.training.book, session.id, worker_ids)

    def book_selected(self) -> None:
        rows = sorted({i.row() for i in self.suggest_view.selectionModel().selectedRows()})
        proxy = self.suggest_view.model()
        ids = [self.suggest_model.row(proxy.mapToSource(proxy.index(r, 0)).row()).worker.id for r in rows]  # type: ignore[attr-defined]
        self._book(ids)

    def book_most_urgent(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        free = session.free_places
        rows = self.suggest_model.rows()
        self._book([s.worker.id for s in (rows if free is None else rows[:free])])

    def release(self) -> None:
        session = self.selected_session()
        row = selected_row(self.bookings_view)
        if session is not None and isinstance(row, BookingRow):
            self.controller.apply(self, self.controller.training.release, session.id, row.worker.id)

    def mark_attendance(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        dialog = AttendanceDialog(self.bookings_model.rows(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        gone = dialog.taken_back()
        if (
            gone
            and QMessageBox.question(
                self,
                self.tr("Take back attendance"),
                self.tr(
                    "%s marked as attended are unticked. Take back their attendance? The completion it "
                    "recorded, and its learning entry, will be deleted."
                )
                % plural(len(gone), "person", "people"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.controller.apply(self, self.controller.training.set_attendance, session.id, dialog.attended())

    def print_signin(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        save_document(
            self,
            self.tr("Save sign-in sheet"),
            f"Sign-in {session.held_on.isoformat()}",
            lambda html: self.controller.documents.signin(session.id, html),
        )

    def cancel_session(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel session"),
            self.tr("Cancel the session on %s and release its %s?")
            % (uk_date(session.held_on), plural(session.booked + session.waiting, "booking")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.apply(self, self.controller.training.cancel, session.id)
