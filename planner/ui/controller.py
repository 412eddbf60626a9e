"""The one place where the UI calls services that change data.

Every change goes through :meth:`Controller.apply`: a mistake a person can fix is shown as a
message (nothing is lost: dialogs stay open), and on success ``data_changed`` is emitted once
with what changed, so that every view refreshes from that one signal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from planner.services.bugs import as_user_error
from planner.services.changes import Changed
from planner.services.container import Services
from planner.ui.bug_report import report

if TYPE_CHECKING:
    from planner.services.documents import DocumentService
    from planner.services.editing import CatalogueService, PeopleService, SettingsService
    from planner.services.learning import LearningService
    from planner.services.matrix_service import MatrixService
    from planner.services.planning import PlanningService
    from planner.services.starter import StarterService
    from planner.services.status_service import StatusService
    from planner.services.training import TrainingService


class Controller(QObject):
    data_changed = Signal(object)  # a Changed flag
    worker_opened = Signal(str, object)  # worker id, and the requirement to show (a key, or None)
    as_on_changed = Signal(object)  # date

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # In a personal ("Just me") database the worker sees their own reflections and notes.
        self.personal_id = services.personal_id
        self._as_on = date.today()
        self.last_error = ""
        self.last_id: str | None = None

    # The services, each made (and its module imported) when a page first uses it.
    @property
    def catalogue(self) -> CatalogueService:
        return self.services.catalogue

    @property
    def people(self) -> PeopleService:
        return self.services.people

    @property
    def status(self) -> StatusService:
        return self.services.status

    @property
    def settings(self) -> SettingsService:
        return self.services.settings

    @property
    def learning(self) -> LearningService:
        return self.services.learning

    @property
    def matrix(self) -> MatrixService:
        return self.services.matrix

    @property
    def training(self) -> TrainingService:
        return self.services.training

    @property
    def planning(self) -> PlanningService:
        return self.services.planning

    @property
    def starter(self) -> StarterService:
        return self.services.starter

    @property
    def as_on(self) -> date:
        return self._as_on

    def set_as_on(self, on: date) -> None:
        if on != self._as_on:
            self._as_on = on
            self.as_on_changed.emit(on)

    @property
    def documents(self) -> DocumentService:
        """PDF documents; reportlab is imported only when something is first printed."""
        return self.services.documents

    @property
    def personal(self) -> bool:
        return self.personal_id is not None

    def apply(self, parent: QWidget | None, action: Callable[..., Any], *args: Any) -> bool:
        """Run a change; show the message and return False if it was refused. The action
        returns what changed (a Changed flag), or (what changed, the new record's id)."""
        try:
            result = action(*args)
        except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
            known = as_user_error(exc)
            self.last_error = str(known) if known is not None else "bug"
            report(parent, exc, self.services.folder, self.tr("Not saved"))
            return False
        self.last_error = ""
        self.last_id = result[1] if isinstance(result, tuple) else None
        self.data_changed.emit(result[0] if isinstance(result, tuple) else result)
        return True

    def delete(self, parent: QWidget, in_use: bool, question: str, action: Callable[..., Changed], *args: Any) -> bool:
        """Delete after asking; when records depend on the item, let the service refuse and
        explain (retire instead) without asking first."""
        if not in_use:
            from planner.ui.common import confirm

            if not confirm(parent, self.tr("Delete"), question, self.tr("Delete")):
                return False
        return self.apply(parent, action, *args)

    def open_worker(self, worker_id: str, requirement_key: str | None = None) -> None:
        self.worker_opened.emit(worker_id, requirement_key)

    def people_count(self, team: str | None = None) -> int:
        return self.people.count(team)
