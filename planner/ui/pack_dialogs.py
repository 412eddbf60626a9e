"""File ▸ Send my learning…, Export team pack… and Import pack…: learning packs between a
worker's own copy and their organisation's, by e-mail or USB stick. An import shows what will
change (new, updated, unchanged, deleted on the sender's side) before anything is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.dates import uk
from planner.core.packs import DELETED, WhichWorker
from planner.services.changes import Changed
from planner.ui.bug_report import report
from planner.ui.common import confirm, heading, hint
from planner.ui.printing import export_file

if TYPE_CHECKING:
    from planner.services.packs import PackPlan, PackResult
    from planner.ui.controller import Controller

PACK_KINDS = {".zip": "Learning packs"}
TEXT_WIDTH = 480  # the width wrapped text is laid out for (the dialogs are at least this wide)


def _wrapped(text: str) -> QLabel:
    """A hint whose every line shows, whatever the font size (a wrapped label otherwise gets the
    height of a guess at its width)."""
    label = hint(text)
    label.setMinimumHeight(label.heightForWidth(TEXT_WIDTH))
    return label


class SendPackDialog(QDialog):
    """What a worker's pack will hold: everything or what changed since the last, and whether
    the words of their reflections go too (never by default)."""

    def __init__(self, last_sent: str | None, changed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send my learning"))
        self.setAccessibleName(self.tr("Send my learning"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Send my learning to my manager or service")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "A pack is one file to send by e-mail or on a USB stick. It holds your learning, completions, "
                    "supervision dates (never your private notes), registration details and evidence files. "
                    "Their copy of Pathway Planner shows what it changes before importing it."
                )
            )
        )
        when = uk(date.fromisoformat(last_sent[:10])) if last_sent else ""
        records = self.tr("1 record") if changed == 1 else self.tr("%d records") % changed
        self.changes_only = QCheckBox(
            self.tr("Only what changed since my last pack (%s): %s") % (when, records)
            if last_sent
            else self.tr("Everything (your first pack)")
        )
        self.changes_only.setAccessibleName(self.tr("Only what changed since my last pack"))
        self.changes_only.setChecked(bool(last_sent))
        self.changes_only.setEnabled(bool(last_sent))
        layout.addWidget(self.changes_only)
        self.share = QCheckBox(self.tr("Share the &words of my reflections"))
        self.share.setAccessibleName(self.tr("Share the words of my reflections"))
        layout.addWidget(self.share)
        layout.addWidget(hint(self.tr("Unticked, they see only that you wrote a reflection, not what it says.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("&Save pack…"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setAccessibleName(self.tr("Save pack"))
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def send_my_learning(parent: QWidget, controller: Controller) -> Path | None:
    packs = controller.services.packs
    try:
        last = packs.last_sent()
        changed = packs.changed_since_last()
    except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
        report(parent, exc, controller.services.folder, parent.tr("Not sent"))
        return None
    dialog = SendPackDialog(last, changed, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    me = controller.services.people.worker(controller.services.personal_id or "")
    return export_file(
        parent,
        parent.tr("Save my learning pack"),
        f"learning pack {me.staff_no} {date.today().isoformat()}",
        PACK_KINDS,
        lambda path: packs.export_worker(
            path, share_reflections=dialog.share.isChecked(), since_last=dialog.changes_only.isChecked()
        ),
    )


class TeamPackDialog(QDialog):
    def __init__(self, teams: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export team pack"))
        self.setAccessibleName(self.tr("Export team pack"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("A team pack for workers' own copies")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "It holds the frameworks, modules and roles, and each worker's roles and booked training "
                    "sessions, so that a worker who keeps their own copy (Just me) sees the same pathway. It "
                    "holds staff numbers, not names, and none of anyone's learning."
                )
            )
        )
        form = QFormLayout()
        self.team = QComboBox()
        self.team.addItems(teams)
        self.team.setAccessibleName(self.tr("Team"))
        label = QLabel(self.tr("&Team:"))
        label.setBuddy(self.team)
        form.addRow(label, self.team)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("&Save pack…"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setAccessibleName(self.tr("Save pack"))
        save.setEnabled(bool(teams))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def export_team_pack(parent: QWidget, controller: Controller) -> Path | None:
    teams = [t.name for t in controller.services.people.teams()]
    dialog = TeamPackDialog(teams, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    team = dialog.team.currentText()
    return export_file(
        parent,
        parent.tr("Save the team pack"),
        f"team pack {team} {date.today().isoformat()}",
        PACK_KINDS,
        lambda path: controller.services.packs.export_team(path, team=team),
    )


class ImportPackDialog(QDialog):
    """What importing the pack changes; Import writes exactly that."""

    def __init__(self, plan: PackPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import pack"))
        self.setAccessibleName(self.tr("Import pack"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        title = heading(plan.headline())
        title.setWordWrap(True)
        layout.addWidget(title)
        self.changes = QPlainTextEdit("\n".join([*plan.summary_lines()[1:], "", *plan.detail_lines()]))
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("What will change"))
        layout.addWidget(self.changes, 1)
        deleted = plan.count(DELETED)
        self.remove = QCheckBox(
            self.tr("Also &remove the %d records deleted on the worker's side") % deleted
            if deleted != 1
            else self.tr("Also &remove the record deleted on the worker's side")
        )
        self.remove.setAccessibleName(self.tr("Also remove what the worker deleted"))
        self.remove.setVisible(deleted > 0)
        layout.addWidget(self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_btn = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_btn.setAccessibleName(self.tr("Import the pack"))
        self.import_btn.setEnabled(plan.changes_anything)
        self.import_btn.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.import_btn.isEnabled():  # Enter imports, not the list of changes
            self.import_btn.setFocus()


def ask_pack(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Import a learning or team pack"), str(Path.home()), parent.tr("Learning packs (*.zip)")
    )
    return Path(path) if path else None


def preview_pack(parent: QWidget, controller: Controller, path: Path) -> PackPlan | None:
    """Read and check the pack; ask which staff number is theirs when a team pack names several."""
    packs = controller.services.packs
    try:
        return packs.preview(path)
    except WhichWorker as which:
        choice, ok = QInputDialog.getItem(
            parent,
            parent.tr("Which is you?"),
            parent.tr("This team pack is for several people. Choose your staff number:"),
            which.staff_numbers,
            0,
            False,
        )
        if not ok:
            return None
        try:
            return packs.preview(path, as_staff_no=choice)
        except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
            report(parent, exc, controller.services.folder, parent.tr("Not imported"))
            return None
    except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
        report(parent, exc, controller.services.folder, parent.tr("Not imported"))
        return None


def import_pack(parent: QWidget, controller: Controller, path: Path | None = None) -> PackResult | None:
    path = path or ask_pack(parent)
    if path is None:
        return None
    plan = preview_pack(parent, controller, path)
    if plan is None:
        return None
    dialog = ImportPackDialog(plan, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if plan.warning and not confirm(
        parent, parent.tr("The same person?"), plan.warning[0].upper() + plan.warning[1:], parent.tr("Import")
    ):
        return None
    done: list[PackResult] = []

    def apply() -> Changed:
        done.append(controller.services.packs.apply(plan, remove_deleted=dialog.remove.isChecked(), same_person=True))
        return Changed.EVERYTHING

    if not controller.apply(parent, apply):
        return None
    QMessageBox.information(parent, parent.tr("Imported"), parent.tr("Imported: %s.") % done[0].describe())
    return done[0]
