"""What the team screens (Home, What is due) share: a team chooser kept in step with the
teams, and a refresh that happens when the screen is shown, not on every change while hidden."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QWidget

from planner.services.changes import Changed
from planner.ui.controller import Controller

REFRESH_ON = Changed.PEOPLE | Changed.RECORDS | Changed.CATALOGUE | Changed.SETTINGS | Changed.SESSIONS


class TeamPage(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Team"))
        # long team names must not widen the page past a laptop's screen: the list shows them whole
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(18)
        self.dirty = True
        controller.data_changed.connect(self._on_changed)
        controller.as_on_changed.connect(lambda _d: self._stale())
        self._fill_scope()

    def refresh(self) -> None:  # pragma: no cover - every page defines its own
        raise NotImplementedError

    def _fill_scope(self) -> None:
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Whole organisation"), None)
        for t in self.controller.people.teams():
            self.scope.addItem(t.name, t.name)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.scope.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            self.refresh()

    def _stale(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & Changed.PEOPLE:
            self._fill_scope()
        if changed & REFRESH_ON:
            self._stale()
