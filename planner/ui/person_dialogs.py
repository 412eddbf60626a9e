"""People ▸ Export person… and Erase person…: everything about one worker into a folder (a
subject access request), or removed after the staff number is typed to confirm."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from planner.core.dates import uk
from planner.core.files import safe_filename
from planner.core.model import Worker
from planner.services.changes import Changed
from planner.ui.bug_report import report
from planner.ui.common import heading, hint
from planner.ui.printing import ask_folder, saved

if TYPE_CHECKING:
    from planner.services.person import Erasure, ErasurePlan
    from planner.ui.controller import Controller


def export_folder(parent: Path, worker: Worker, today: date) -> Path:
    """A new folder inside ``parent`` named for the person and the day, distinct from any there."""
    base = safe_filename(f"{worker.name} {worker.staff_no} personal data {today.isoformat()}")
    target, n = parent / base, 1
    while target.exists():
        n += 1
        target = parent / f"{base} ({n})"
    return target


def export_person(parent: QWidget, controller: Controller, worker: Worker) -> Path | None:
    """Ask for a folder, write everything about the worker into a new folder inside it, and say
    where it went. A problem is a message, never raised."""
    where = ask_folder(parent, parent.tr("Export everything about %s into…") % worker.name)
    if where is None:
        return None
    target = export_folder(where, worker, date.today())
    try:
        done = controller.services.person.export(worker.staff_no, target)
    except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
        report(parent, exc, controller.services.folder, parent.tr("Not exported"))
        return None
    saved(parent, done.folder, len(done.files))
    return done.folder


class ErasePersonDialog(QDialog):
    """Names what will go and asks for the staff number to be typed before Erase is offered."""

    def __init__(self, plan: ErasurePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Erase %s") % plan.name)
        self.setAccessibleName(self.tr("Erase person"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Erase %s (%s)?") % (plan.name, plan.staff_no)))
        what = QLabel(self.tr("This removes: %s.") % plan.describe())
        what.setWordWrap(True)
        what.setAccessibleName(self.tr("What will be erased"))
        layout.addWidget(what)
        layout.addWidget(
            hint(
                self.tr(
                    "Audit entries that name them are rewritten; one entry records that a person was erased, "
                    "when and by whom. It cannot be undone: export them first if they may be needed. Backups "
                    "made before still hold them; they are listed afterwards."
                )
            )
        )
        if plan.mentions:
            others = hint(self.tr("Other records name them and are not changed: %s.") % plan.mentions_text())
            others.setAccessibleName(self.tr("Other records naming them"))
            layout.addWidget(others)
        label = QLabel(self.tr("Type the staff number &%s to confirm:") % plan.staff_no)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Staff number to confirm"))
        label.setBuddy(self.typed)
        layout.addWidget(label)
        layout.addWidget(self.typed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_btn = buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_btn.setAccessibleName(self.tr("Erase person"))
        self.erase_btn.setEnabled(False)
        self.erase_btn.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.typed.textChanged.connect(lambda text: self.erase_btn.setEnabled(text.strip() == plan.staff_no))


def erased_text(parent: QWidget, erased: Erasure) -> str:
    lines = [parent.tr("%s (%s) was erased: %s.") % (erased.plan.name, erased.plan.staff_no, erased.plan.describe())]
    if not erased.wal_cleared:
        lines.append(parent.tr("Another copy of Pathway Planner has the data open: close it so old pages are cleared."))
    if erased.older_backups:
        lines.append(parent.tr("These backups, made before, still hold them; delete them if they need not be kept:"))
        lines.extend(f"• {b.path.name} ({uk(b.made_at.date())} {b.made_at:%H:%M})" for b in erased.older_backups)
    return "\n".join(lines)


def erase_person(parent: QWidget, controller: Controller, worker: Worker) -> bool:
    """Show what will go, ask for the staff number, erase, then list the older backups."""
    try:
        plan = controller.services.person.plan(worker.staff_no)
    except Exception as exc:  # noqa: BLE001 - a message for a mistake, a logged report for a bug
        report(parent, exc, controller.services.folder, parent.tr("Not erased"))
        return False
    dialog = ErasePersonDialog(plan, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    result: list[Erasure] = []

    def erase() -> Changed:
        result.append(controller.services.person.erase(plan.staff_no))
        return Changed.PEOPLE | Changed.RECORDS | Changed.SESSIONS

    if not controller.apply(parent, erase):
        return False
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("Erased"), erased_text(parent, result[0]), parent=parent)
    box.exec()
    return True
