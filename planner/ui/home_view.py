"""Home: the figures a team manager starts the day with (overdue, expired, expiring, due in
the next 60 days, supervision overdue, the next sessions with free places), each one click from
the list behind it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from planner.core.i18n import counted, fill
from planner.core.status import State
from planner.core.wording import plural
from planner.services.figures import count
from planner.services.matrix_service import MatrixData
from planner.ui.background import BACKGROUND_FROM, BackgroundTask
from planner.ui.common import heading, hint
from planner.ui.controller import Controller
from planner.ui.flow import FlowLayout, flow_row
from planner.ui.presentation import STATE_BACKGROUND, STATE_MARK, uk_date
from planner.ui.team_page import TeamPage

HORIZON_DAYS = 60
SUPERVISION = "supervision"
DECLARATIONS = "declarations"
TILE_COLUMNS = 3  # two rows of three fit a 1024-pixel laptop


TILE_LINE = 28  # characters a line on a tile: longer lines (a translation) wrap at spaces


def wrapped(text: str, most: int) -> str:
    """Each line of the text broken at spaces into lines of at most ``most`` characters (a
    longer word stays whole)."""
    out: list[str] = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" "):
            if current and len(current) + 1 + len(word) > most:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out)


class FigureTile(QPushButton):
    """A figure on Home: never narrower than its words (they are never cut off), nor than 190 by
    90 pixels."""

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(max(190, hint.width()), max(90, hint.height()))


class HomeView(TeamPage):
    """Emits ``list_requested(state or "supervision", team)`` and ``session_requested(id)``."""

    list_requested = Signal(str, object)
    session_requested = Signal(str)
    add_people_requested = Signal()
    import_requested = Signal()
    erasure_requested = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.figures: dict[str, QPushButton] = {}
        grid = QGridLayout()
        tiles = [
            State.OVERDUE.value,
            State.EXPIRED.value,
            State.EXPIRING.value,
            State.DUE.value,
            SUPERVISION,
            DECLARATIONS,
        ]
        for i, key in enumerate(tiles):
            tile = FigureTile()
            colour = STATE_BACKGROUND[State.OVERDUE if key in (SUPERVISION, DECLARATIONS) else State(key)]
            tile.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: #1a1a1a; "
                "border: 1px solid #777; border-radius: 6px; padding: 8px; }"
                "QPushButton:focus { border: 3px solid #1a4f8a; }"
            )
            font = QFont(self.font())  # the system's font, a little larger: it scales with it
            font.setPointSizeF(font.pointSizeF() * 1.15)
            tile.setFont(font)
            tile.setProperty("words", self.tr("counting"))
            tile.clicked.connect(lambda _c=False, k=key: self.list_requested.emit(k, self.scope.currentData()))
            self.figures[key] = tile
        self.grid = grid
        self.columns = 0
        self._arrange(self._columns(next(iter(self.figures.values()))))
        self.sessions_box = QVBoxLayout()
        top = FlowLayout()
        label = QLabel(self.tr("&Team:"))
        label.setBuddy(self.scope)
        top.add_pair(label, self.scope)
        self.as_on = QLabel()
        top.addWidget(self.as_on)
        self.empty = QWidget()  # a new organisation: how to begin, instead of six zeros
        el = QVBoxLayout(self.empty)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(heading(self.tr("Nobody here yet")))
        el.addWidget(
            hint(
                self.tr(
                    "Import your staff from an HR export (a CSV or XLSX file: Import people…, or File ▸ Import…), or "
                    "add your teams and the people in them on the People page: Add team…, then Add worker… for each "
                    "person, with the roles they hold and when they started. Home then shows what is overdue, expiring "
                    "and due for them. The roles and the learning each one requires are on the Roles page; a new "
                    "organisation starts with the starter set, to review for your own."
                )
            )
        )
        self.add_people_btn = QPushButton(self.tr("&Add people…"))
        self.add_people_btn.setAccessibleName(self.tr("Go to People to add your teams and people"))
        self.add_people_btn.clicked.connect(self.add_people_requested.emit)
        self.import_btn = QPushButton(self.tr("&Import people…"))
        self.import_btn.setAccessibleName(self.tr("Import your staff from an HR export (CSV or XLSX)"))
        self.import_btn.clicked.connect(self.import_requested.emit)
        el.addLayout(flow_row(self.add_people_btn, self.import_btn))
        self.figures_box = QWidget()
        fl = QVBoxLayout(self.figures_box)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(
            hint(
                self.tr(
                    "Select a figure (or Tab to it and press Space) to see the list behind it. "
                    "Ctrl+F finds a worker from anywhere."
                )
            )
        )
        fl.addLayout(grid)
        self.team_empty = hint(self.tr("No one is in this team yet: add them on the People page."))
        # below the team choice the page scrolls, so longer words or a larger font never push the
        # window taller than the screen
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        content = QWidget()
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Home"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.figures_box)
        layout.addWidget(self.team_empty)
        self.erasure_note = QLabel()
        self.erasure_note.setWordWrap(True)
        self.erasure_btn = QPushButton(self.tr("Review leavers for &erasure…"))
        self.erasure_btn.setAccessibleName(self.tr("Go to People to review leavers whose records are past keeping"))
        self.erasure_btn.clicked.connect(self.erasure_requested.emit)
        self.erasure_row = QWidget()
        er = QVBoxLayout(self.erasure_row)
        er.setContentsMargins(0, 0, 0, 0)
        er.addWidget(self.erasure_note)
        er.addWidget(self.erasure_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self.erasure_row.setVisible(False)
        layout.addWidget(self.erasure_row)
        layout.addWidget(heading(self.tr("Next training sessions with free places")))
        layout.addLayout(self.sessions_box)
        layout.addStretch(1)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.session_buttons: list[QPushButton] = []
        self.task: BackgroundTask | None = None

    @staticmethod
    def _columns(tile: QPushButton) -> int:
        """Three tiles a row, or two (or one) when the system's font makes three wider than a
        1024-pixel screen leaves beside the navigation."""
        longest = tile.fontMetrics().horizontalAdvance("missing mandatory learning") + 24
        room = 1000 - 200  # beside the navigation column
        return max(1, min(TILE_COLUMNS, room // max(longest, 190)))

    def counts(
        self, data: MatrixData | None = None, declarations: int | None = None, warn: int | None = None
    ) -> dict[str, tuple[str, str]]:
        """Each tile's figure and words, as defined once in planner.services.figures (the same as
        What is due, Training sessions, the team report and ``planner figures``), and the SSSC
        declarations from the learning history (the same as ``planner declarations``)."""
        on, team = self.controller.as_on, self.scope.currentData()
        if data is None:
            data = self.controller.matrix.build(on, team)
        if declarations is None:
            declarations = len(self.controller.learning.declarations_due(on, HORIZON_DAYS, team))
        figures = count(data, HORIZON_DAYS)
        if warn is None:
            warn = self.controller.settings.warning_days
        out = {}
        for key, figure in figures.by_state.items():  # three short lines: tiles stay narrow
            items, what, people = figure.parts(HORIZON_DAYS, warn)  # "94 items", "due within 60 days", "for 31 people"
            out[key] = (items, f"{what}\n{people}")
        n = figures.supervision_overdue
        out[SUPERVISION] = (
            counted(n, "person with", "people with", self.tr("%n person(s) with", "", n)),
            self.tr("reflective supervision\noverdue"),
        )
        days = counted(HORIZON_DAYS, "day", "days", self.tr("%n day(s)", "", HORIZON_DAYS))
        out[DECLARATIONS] = (
            counted(
                declarations,
                "SSSC declaration",
                "SSSC declarations",
                self.tr("%n SSSC declaration(s)", "", declarations),
            ),
            self.tr("due within %s\nmissing mandatory learning") % days,
        )
        return out

    def _show_erasure(self) -> None:
        """Leavers past the retention period (a setting), offered for erasure."""
        due = self.controller.services.person.due_for_erasure(self.controller.as_on)
        self.erasure_row.setVisible(bool(due))
        if due:
            years = self.controller.services.person.retention_years
            left = self.tr("%1 (%2, left %3)")
            named = ", ".join(fill(left, w.name, w.staff_no, uk_date(w.left_on)) for w in due[:3])
            more = self.tr(" and %d more") % (len(due) - 3) if len(due) > 3 else ""
            self.erasure_note.setText(
                self.tr("%s left over %d years ago: their personal data may be past keeping (Settings: %d years): %s.")
                % (plural(len(due), "person", "people"), years, years, named + more)
            )
        self.erasure_due = due

    def refresh(self) -> None:
        """Small organisations are counted on the spot; large ones on a worker thread, so the
        window (which opens on this page) never waits for them."""
        self.dirty = False
        on, team = self.controller.as_on, self.scope.currentData()
        self.as_on.setText(self.tr("As on %s") % uk_date(on))
        self._show_sessions()
        self._show_erasure()
        nobody = self.controller.people_count(None) == 0
        self.empty.setVisible(nobody)
        self.figures_box.setVisible(not nobody)
        self.team_empty.setVisible(not nobody and team is not None and self.controller.people_count(team) == 0)
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
        warn = self.controller.settings.warning_days  # read here: the result may come after closing
        task = BackgroundTask(
            lambda progress: (
                services.build_matrix_detached(on, team, progress),
                services.count_declarations_detached(on, team),
                warn,
            ),
            self,
        )
        task.finished.connect(
            lambda result, t=task: self._show_counts(self.counts(*result)) if t is self.task else None
        )
        self.task = task
        task.start()

    def _show_counts(self, counts: dict[str, tuple[str, str]]) -> None:
        """Each tile: its mark and first line ("✖ 94 items"), then the rest of its words."""
        self.task = None
        for key, (first, rest) in counts.items():
            tile = self.figures[key]
            mark = STATE_MARK[State.OVERDUE if key in (SUPERVISION, DECLARATIONS) else State(key)]
            tile.setProperty("words", rest.replace("\n", " "))
            tile.setText(wrapped(f"{mark} {first}\n{rest}", TILE_LINE))
            tile.setAccessibleName(f"{first} {rest}".replace("\n", " "))
        self.fit_columns()

    def fit_columns(self) -> None:
        """As many tiles a row as fit beside the navigation with the words as shown (longer in
        some languages)."""
        widest = max(t.sizeHint().width() for t in self.figures.values())
        self._arrange(max(1, min(self._columns(next(iter(self.figures.values()))), 800 // max(widest, 1))))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.figures.values():
            self.grid.removeWidget(tile)
        for i, tile in enumerate(self.figures.values()):
            self.grid.addWidget(tile, i // columns, i % columns)

    def _show_sessions(self) -> None:
        for b in self.session_buttons:
            b.deleteLater()
        self.session_buttons = []
        modules = {m.id: m for m in self.controller.catalogue.load().modules}
        upcoming = [
            s
            for s in self.controller.training.sessions()
            if s.status == "planned" and s.held_on >= date.today() and (s.free_places is None or s.free_places > 0)
        ]
        for s in upcoming[:6]:
            m = modules.get(s.module_id)
            free = self.tr("no limit") if s.free_places is None else self.tr("%d free") % s.free_places
            whole = f"{uk_date(s.held_on)} {s.start_time}  ·  {m.code if m else ''} {m.title if m else ''}  ·  {free}"
            # the module's code on the button (it never widens the page); its title in the tip and for screen readers
            b = QPushButton(f"{uk_date(s.held_on)} {s.start_time}  ·  {m.code if m else ''}  ·  {free}")
            b.setToolTip(whole)
            b.setAccessibleName(whole)
            b.clicked.connect(lambda _c=False, sid=s.id: self.session_requested.emit(sid))
            self.sessions_box.addWidget(b)
            self.session_buttons.append(b)
        if not upcoming:
            b = QPushButton(self.tr("No sessions with free places: plan one"))
            b.clicked.connect(lambda: self.session_requested.emit(""))
            self.sessions_box.addWidget(b)
            self.session_buttons.append(b)
