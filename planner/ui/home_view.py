"""Home: the figures a team manager starts the day with (overdue, expired, expiring, due in
the next 60 days, supervision overdue, the next sessions with free places), each one click from
the list behind it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.core.status import State
from planner.services.matrix_service import MatrixData
from planner.ui.background import BackgroundTask
from planner.ui.common import heading, hint
from planner.ui.controller import Controller
from planner.ui.team_page import TeamPage
from planner.ui.presentation import STATE_BACKGROUND, STATE_MARK, uk_date

HORIZON_DAYS = 60
BACKGROUND_FROM = 2000  # workers: as for the matrix screen
SUPERVISION = "supervision"
DECLARATIONS = "declarations"
TILE_COLUMNS = 3  # two rows of three fit a 1024-pixel laptop


class HomeView(TeamPage):
    """Emits ``list_requested(state or "supervision", team)`` and ``session_requested(id)``."""

    list_requested = Signal(str, object)
    session_requested = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.figures: dict[str, QPushButton] = {}
        grid = QGridLayout()
        tiles = [
            (State.OVERDUE.value, self.tr("overdue")),
            (State.EXPIRED.value, self.tr("expired")),
            (State.EXPIRING.value, self.tr("expiring within %d days") % HORIZON_DAYS),
            (State.DUE.value, self.tr("due within %d days") % HORIZON_DAYS),
            (SUPERVISION, self.tr("supervision overdue")),
            (DECLARATIONS, self.tr("SSSC declarations due within %d days\nwith mandatory learning missing")
             % HORIZON_DAYS),
        ]
        for i, (key, words) in enumerate(tiles):
            tile = QPushButton()
            tile.setMinimumSize(190, 90)
            colour = STATE_BACKGROUND[State.OVERDUE if key in (SUPERVISION, DECLARATIONS) else State(key)]
            tile.setStyleSheet(f"QPushButton {{ background: {colour}; color: #1a1a1a; font-size: 15px; "
                               "border: 1px solid #777; border-radius: 6px; padding: 8px; }"
                               "QPushButton:focus { border: 3px solid #1a4f8a; }")
            tile.setProperty("words", words)
            tile.clicked.connect(lambda _c=False, k=key: self.list_requested.emit(k, self.scope.currentData()))
            self.figures[key] = tile
            grid.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
        self.sessions_box = QVBoxLayout()
        top = QHBoxLayout()
        label = QLabel(self.tr("&Team:"))
        label.setBuddy(self.scope)
        top.addWidget(label)
        top.addWidget(self.scope)
        top.addStretch(1)
        self.as_on = QLabel()
        top.addWidget(self.as_on)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint(self.tr("Select a figure (or Tab to it and press Space) to see the list behind it. "
                                      "Ctrl+F finds a worker from anywhere.")))
        layout.addLayout(grid)
        layout.addWidget(heading(self.tr("Next training sessions with free places")))
        layout.addLayout(self.sessions_box)
        layout.addStretch(1)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.session_buttons: list[QPushButton] = []
        self.task: BackgroundTask | None = None

    def counts(self, data: MatrixData | None = None, declarations: int | None = None) -> dict[str, int]:
        """The figures: states from the bulk matrix (the same as the matrix screen), and the SSSC
        declarations from the learning history (the same as What is due and ``planner declarations``)."""
        on, team = self.controller.as_on, self.scope.currentData()
        if data is None:
            data = self.controller.matrix.build(on, team)
        if declarations is None:
            declarations = len(self.controller.learning.declarations_due(on, HORIZON_DAYS, team))
        out = {key: 0 for key in self.figures}
        supervision = {c for c, col in enumerate(data.columns) if col.key == SUPERVISION}
        for _row, col, state, _when in data.due_cells(HORIZON_DAYS):
            if col in supervision:
                out[SUPERVISION] += state == State.OVERDUE.value
            else:
                out[state] += 1
        out[DECLARATIONS] = declarations
        return out

    def refresh(self) -> None:
        """Small organisations are counted on the spot; large ones on a worker thread, so the
        window (which opens on this page) never waits for them."""
        self.dirty = False
        on, team = self.controller.as_on, self.scope.currentData()
        self.as_on.setText(self.tr("As on %s") % uk_date(on))
        self._show_sessions()
        if self.task is not None:
            self.task.cancel()
        if self.controller.people_count(team) < BACKGROUND_FROM:
            self.task = None
            self._show_counts(self.counts())
            return
        for tile in self.figures.values():
            tile.setText(self.tr("…\n%s") % tile.property("words"))
            tile.setAccessibleName(self.tr("counting %s") % tile.property("words"))
        services = self.controller.services
        task = BackgroundTask(lambda progress: (services.build_matrix_detached(on, team, progress),
                                                services.count_declarations_detached(on, team)), self)
        task.finished.connect(lambda result, t=task: self._show_counts(self.counts(*result)) if t is self.task else None)
        self.task = task
        task.start()

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.task = None
        for key, n in counts.items():
            tile = self.figures[key]
            mark = STATE_MARK[State.OVERDUE if key in (SUPERVISION, DECLARATIONS) else State(key)]
            tile.setText(f"{mark} {n}\n{tile.property('words')}")
            tile.setAccessibleName(f"{n} {tile.property('words')}")

    def _show_sessions(self) -> None:
        for b in self.session_buttons:
            b.deleteLater()
        self.session_buttons = []
        modules = {m.id: m for m in self.controller.catalogue.load().modules}
        upcoming = [s for s in self.controller.training.sessions()
                    if s.status == "planned" and s.held_on >= date.today() and (s.free_places is None or s.free_places > 0)]
        for s in upcoming[:6]:
            m = modules.get(s.module_id)
            free = self.tr("no limit") if s.free_places is None else self.tr("%d free") % s.free_places
            b = QPushButton(f"{uk_date(s.held_on)} {s.start_time}  ·  {m.code if m else ''} {m.title if m else ''}  ·  {free}")
            b.setAccessibleName(b.text())
            b.clicked.connect(lambda _c=False, sid=s.id: self.session_requested.emit(sid))
            self.sessions_box.addWidget(b)
            self.session_buttons.append(b)
        if not upcoming:
            b = QPushButton(self.tr("No sessions with free places: plan one"))
            b.clicked.connect(lambda: self.session_requested.emit(""))
            self.sessions_box.addWidget(b)
            self.session_buttons.append(b)
