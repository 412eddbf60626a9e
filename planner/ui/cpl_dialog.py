"""Add or edit a CPL entry: what, when, how long, what it covers, the reflection, evidence.

The reflection is autosaved as a draft while typing (through ``on_draft``), so nothing typed
is lost if the app or the computer stops. Reflection fields appear only in the worker's own
("Just me") database: a manager recording learning for someone never sees or writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.cpl import (
    CPL_TYPES,
    FRAMEWORK_TOPICS,
    SSSC_ELEMENTS,
    TOPICS,
    WHAT_MATTERS_PROMPTS,
    CplEntry,
    cpl_type,
    default_participatory,
)
from planner.core.model import Catalogue
from planner.ui.common import add_rows, button, hint
from planner.ui.presentation import DATE_FORMAT, from_qdate, to_qdate

LINK_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class CplEntryDialog(QDialog):
    def __init__(
        self,
        catalogue: Catalogue,
        personal: bool,
        entry: CplEntry | None = None,
        evidence: list[tuple[str, str, Path, int]] = (),  # type: ignore[assignment]
        draft: dict[str, Any] | None = None,
        on_draft: Callable[[dict[str, Any]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit learning") if entry else self.tr("Record learning"))
        self.personal = personal
        self.on_draft = on_draft
        self.removed_links: list[str] = []
        self.keep_draft = False  # set when the person closes it keeping a draft
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(600)
        self._autosave.timeout.connect(self.save_draft)

        today = date.today()
        self.when = QDateEdit(to_qdate(entry.occurred_on if entry else today))
        self.when.setDisplayFormat(DATE_FORMAT)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDate(to_qdate(today))
        self.title_edit = QLineEdit(entry.title if entry else "")
        self.kind = QComboBox()
        self.kind.addItems(list(CPL_TYPES))
        if entry:
            self.kind.setCurrentText(entry.kind)
        self.provider = QLineEdit(entry.provider if entry else "")
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.25)
        self.hours.setSuffix(" h")
        self.hours.setValue(entry.hours if entry else 1.0)
        self.participatory = QCheckBox(self.tr("Participatory (learning with others)"))
        self.participatory.setChecked(entry.participatory if entry else False)
        self.reflective_account = QCheckBox(self.tr("A written reflective account (NMC form)"))
        self.reflective_account.setChecked(entry.reflective_account if entry else False)
        self.catalogue = catalogue
        self.module = QComboBox()
        self.module.addItem(self.tr("— not a catalogue module —"), None)
        for m in catalogue.modules:
            if not m.retired or (entry and entry.module_id == m.id):
                self.module.addItem(f"{m.code} {m.title}", m.id)
        if entry and entry.module_id:
            self.module.setCurrentIndex(max(0, self.module.findData(entry.module_id)))

        self.framework_boxes: dict[str, QCheckBox] = {}
        areas = QGroupBox(self.tr("Framework areas it covers"))
        areas_layout = QGridLayout(areas)
        for i, fw in enumerate(catalogue.frameworks):
            box = QCheckBox(fw.name)
            box.setAccessibleName(self.tr("Covers %s") % fw.name)
            box.setChecked(bool(entry and fw.code in entry.frameworks))
            self.framework_boxes[fw.code] = box
            areas_layout.addWidget(box, i // 3, i % 3)
        self.topic_boxes: dict[str, QCheckBox] = {}
        extra_topics = [(c, n) for c, n in TOPICS if c not in FRAMEWORK_TOPICS]  # the others are frameworks above
        for j, (code, name) in enumerate(extra_topics):
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Covers %s") % name)
            box.setChecked(bool(entry and code in entry.topics))
            self.topic_boxes[code] = box
            areas_layout.addWidget(box, (len(catalogue.frameworks) + j) // 3, (len(catalogue.frameworks) + j) % 3)
        elements = QGroupBox(self.tr("SSSC core learning elements"))
        el_layout = QGridLayout(elements)
        self.element_boxes: dict[str, QCheckBox] = {}
        for i, (code, name) in enumerate(SSSC_ELEMENTS):
            box = QCheckBox(name)
            box.setAccessibleName(name)
            box.setChecked(bool(entry and code in entry.sssc_elements))
            self.element_boxes[code] = box
            el_layout.addWidget(box, i // 2, i % 2)

        form = QFormLayout()
        add_rows(
            form,
            (
                (self.tr("&Date"), self.when, self.tr("Date of the learning")),
                (self.tr("&Title"), self.title_edit, self.tr("Title")),
                (self.tr("T&ype"), self.kind, self.tr("Type of learning")),
                (self.tr("&Provider"), self.provider, self.tr("Provider")),
                (self.tr("&Hours"), self.hours, self.tr("Hours")),
                ("", self.participatory, self.tr("Participatory")),
                ("", self.reflective_account, self.tr("Written reflective account for the NMC")),
                (self.tr("Catalogue &module"), self.module, self.tr("Catalogue module it completes")),
            ),
        )
        if entry is None:  # a new entry for a module starts from what the module says
            self.module.currentIndexChanged.connect(lambda _i: self._module_defaults())

        body = QWidget()
        layout = QVBoxLayout(body)
        self.draft_notice = hint("")
        self.draft_notice.setVisible(False)
        layout.addWidget(self.draft_notice)
        layout.addLayout(form)
        layout.addWidget(areas)
        layout.addWidget(elements)

        self.learned = QPlainTextEdit(entry.learned if entry else "")
        self.practice_change = QPlainTextEdit(entry.practice_change if entry else "")
        self.prompt = QComboBox()
        self.prompt.addItem(self.tr("— no prompt —"), "")
        for code, text in WHAT_MATTERS_PROMPTS:
            self.prompt.addItem(text, code)
        self.prompt_response = QPlainTextEdit(entry.prompt_response if entry else "")
        if entry and entry.prompt:
            self.prompt.setCurrentIndex(max(0, self.prompt.findData(entry.prompt)))
        if personal:
            reflection = QGroupBox(self.tr("Reflection (private to you; saved as you type)"))
            rl = QFormLayout(reflection)
            for label, widget, access in (
                (self.tr("What I &learned"), self.learned, self.tr("What I learned")),
                (
                    self.tr("How it will change my &practice"),
                    self.practice_change,
                    self.tr("How it will change my practice"),
                ),
                (self.tr("P&rompt"), self.prompt, self.tr("What matters to children prompt")),
                (self.tr("My &answer"), self.prompt_response, self.tr("Answer to the prompt")),
            ):
                widget.setAccessibleName(access)
                if isinstance(widget, QPlainTextEdit):
                    widget.setTabChangesFocus(True)
                    widget.setMinimumHeight(70)
                    widget.textChanged.connect(self._autosave.start)
                rl.addRow(label, widget)
            self.prompt.currentIndexChanged.connect(self._autosave.start)
            layout.addWidget(reflection)
        else:
            layout.addWidget(
                hint(
                    self.tr(
                        "Reflections belong to the worker and are written in their own copy "
                        "of Pathway Planner; they are not shown here."
                    )
                )
            )

        ev_box = QGroupBox(self.tr("Evidence files"))
        ev_layout = QVBoxLayout(ev_box)
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Evidence files"))
        self.evidence.setMaximumHeight(90)
        for link, name, path, size in evidence:
            item = QListWidgetItem(f"{name} ({size / 1024:,.0f} KB)")
            item.setData(LINK_ROLE, link)
            item.setData(PATH_ROLE, str(path))
            self.evidence.addItem(item)
        ev_buttons = QHBoxLayout()
        self.attach_btn = button(self.tr("&Attach file…"), self.tr("Attach evidence file"))
        self.remove_file_btn = button(self.tr("Remove file"), self.tr("Remove evidence file"))
        self.open_file_btn = button(self.tr("Open file"), self.tr("Open evidence file"))
        for b in (self.attach_btn, self.remove_file_btn, self.open_file_btn):
            ev_buttons.addWidget(b)
        ev_buttons.addStretch(1)
        ev_layout.addWidget(self.evidence)
        ev_layout.addLayout(ev_buttons)
        layout.addWidget(ev_box)
        self.attach_btn.clicked.connect(self.attach)
        self.remove_file_btn.clicked.connect(self.remove_file)
        self.open_file_btn.clicked.connect(self.open_file)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Learning entry details"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        self.resize(780, 700)
        self.restored = bool(draft)
        if draft:
            self.restore(draft)
        self.title_edit.setFocus()
        self._start = self._state()  # what was there when the dialog opened

    def _state(self) -> dict[str, Any]:
        data = self.fields()
        data["evidence"] = self.new_files()
        data["removed"] = list(self.removed_links)
        return data

    def is_modified(self) -> bool:
        return self._state() != self._start

    def done(self, result: int) -> None:
        """Closed: a pending autosave writes now (if kept) or never, not after the dialog is gone."""
        if self._autosave.isActive():
            self._autosave.stop()
            if result == QDialog.DialogCode.Accepted or self.keep_draft:
                self.save_draft()
        super().done(result)

    def reject(self) -> None:
        """Closing with changes typed asks first: keep them as a draft for next time, discard
        them, or go back to editing. Nothing is lost by accident."""
        self.keep_draft = self.restored  # a draft opened and closed untouched stays a draft
        if self.is_modified():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Close without saving?"),
                self.tr("What you typed is not saved yet."),
                parent=self,
            )
            keep = (
                box.addButton(self.tr("Keep as a draft"), QMessageBox.ButtonRole.AcceptRole)
                if self.on_draft is not None
                else None
            )
            lose = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is keep:
                self.flush_draft()
                self.save_draft()
                self.keep_draft = True
            elif box.clickedButton() is lose:
                self.keep_draft = False
            else:
                return
        super().reject()

    def _module_defaults(self) -> None:
        module_id = self.module.currentData()
        if not module_id:
            return
        m = self.catalogue.module(module_id)
        if not self.title_edit.text().strip():
            self.title_edit.setText(m.title)
        if not self.provider.text().strip():
            self.provider.setText(m.provider)
        if m.hours is not None:
            self.hours.setValue(m.hours)
        self.kind.setCurrentText(cpl_type(m.delivery))
        self.participatory.setChecked(default_participatory(m.delivery))

    # -- values --------------------------------------------------------------------------
    def fields(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "occurred_on": from_qdate(self.when.date()),
            "title": self.title_edit.text().strip(),
            "kind": self.kind.currentText(),
            "provider": self.provider.text().strip(),
            "hours": round(self.hours.value(), 2),
            "participatory": self.participatory.isChecked(),
            "reflective_account": self.reflective_account.isChecked(),
            "module_id": self.module.currentData(),
            "frameworks": [c for c, b in self.framework_boxes.items() if b.isChecked()],
            "topics": [c for c, b in self.topic_boxes.items() if b.isChecked()],
            "sssc_elements": [c for c, b in self.element_boxes.items() if b.isChecked()],
        }
        if self.personal:
            data.update(
                learned=self.learned.toPlainText(),
                practice_change=self.practice_change.toPlainText(),
                prompt=self.prompt.currentData(),
                prompt_response=self.prompt_response.toPlainText(),
            )
        return data

    def new_files(self) -> list[str]:
        return [
            self.evidence.item(i).data(PATH_ROLE)
            for i in range(self.evidence.count())
            if self.evidence.item(i).data(LINK_ROLE) is None
        ]

    # -- drafts --------------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any]:
        data = self.fields()
        data["occurred_on"] = data["occurred_on"].isoformat()
        data["evidence"] = self.new_files()  # files chosen but not saved yet come back with the draft
        return data

    def save_draft(self) -> None:
        if self.on_draft is not None:
            self.on_draft(self.draft_payload())

    def flush_draft(self) -> None:
        if self._autosave.isActive():
            self._autosave.stop()
            self.save_draft()

    def restore(self, draft: dict[str, Any]) -> None:
        try:
            self.when.setDate(to_qdate(date.fromisoformat(draft.get("occurred_on", ""))))
        except ValueError:
            pass
        self.title_edit.setText(draft.get("title", ""))
        self.kind.setCurrentText(draft.get("kind", "course"))
        self.provider.setText(draft.get("provider", ""))
        self.hours.setValue(float(draft.get("hours", 1.0)))
        self.participatory.setChecked(bool(draft.get("participatory")))
        self.reflective_account.setChecked(bool(draft.get("reflective_account")))
        self.module.blockSignals(True)  # the draft's own hours and type, not the module's defaults
        self.module.setCurrentIndex(max(0, self.module.findData(draft.get("module_id"))))
        self.module.blockSignals(False)
        for codes, boxes in (
            (draft.get("frameworks", []), self.framework_boxes),
            (draft.get("topics", []), self.topic_boxes),
            (draft.get("sssc_elements", []), self.element_boxes),
        ):
            for code, box in boxes.items():
                box.setChecked(code in codes)
        self.learned.setPlainText(draft.get("learned", ""))
        self.practice_change.setPlainText(draft.get("practice_change", ""))
        self.prompt.setCurrentIndex(max(0, self.prompt.findData(draft.get("prompt", ""))))
        self.prompt_response.setPlainText(draft.get("prompt_response", ""))
        for path in draft.get("evidence", []):
            if Path(path).is_file() and path not in self.new_files():
                self.add_file(path)
        self.draft_notice.setText(self.tr("Your unsaved draft was restored."))
        self.draft_notice.setVisible(True)

    def has_reflection_text(self) -> bool:
        return any(w.toPlainText().strip() for w in (self.learned, self.practice_change, self.prompt_response))

    # -- evidence ------------------------------------------------------------------------
    def attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"), str(Path.home()))
        for path in paths:
            self.add_file(path)

    def add_file(self, path: str) -> None:
        item = QListWidgetItem(Path(path).name + self.tr(" (to attach)"))
        item.setData(LINK_ROLE, None)
        item.setData(PATH_ROLE, path)
        self.evidence.addItem(item)
        self._autosave.start()  # the draft remembers the file too

    def remove_file(self) -> None:
        row = self.evidence.currentRow()
        if row < 0:
            return
        item = self.evidence.takeItem(row)
        if item.data(LINK_ROLE):
            self.removed_links.append(item.data(LINK_ROLE))

    def open_file(self) -> None:
        item = self.evidence.currentItem()
        if item is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(PATH_ROLE)))
