"""Settings check everything before writing anything; the certificates' signatory is a setting
and prints on every certificate."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import when_modal


def settings_answers(window, fill, *, then_cancel: bool = False) -> list[str]:
    """Open Settings, fill it in, press Save; note any refusal (then cancel the reopened window)."""
    refused: list[str] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        fill(dialog)

        def note(box: QMessageBox) -> None:
            refused.append(box.text())
            box.close()
            when_modal(lambda again: again.reject(), delay=20)

        if then_cancel:
            when_modal(note, delay=20)
        dialog.accept()

    when_modal(act)
    window.settings_action.trigger()
    return refused


def test_a_bad_logo_refuses_the_whole_save(qtbot, window, tmp_path):
    settings = window.controller.settings
    before = settings.values()
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("this is a note, not a picture", encoding="utf-8")

    def fill(dialog: SettingsDialog) -> None:
        dialog.organisation.setText("Renamed Council")
        dialog.signatory.setText("Morag Reid")
        dialog.logo.setText(str(not_an_image))

    refused = settings_answers(window, fill, then_cancel=True)
    assert refused and "not a PNG or JPEG" in refused[0]
    assert settings.values() == before  # nothing written: not the name, not the signatory

    refused = settings_answers(window, lambda d: d.logo.setText(str(tmp_path)), then_cancel=True)
    assert refused and "is a folder" in refused[0]
    refused = settings_answers(window, lambda d: d.logo.setText(str(tmp_path / "gone.png")), then_cancel=True)
    assert refused and "does not exist" in refused[0]
    assert settings.values() == before


def test_the_signatory_and_a_real_logo_are_saved_and_printed(qtbot, window, tmp_path, monkeypatch):
    logo = tmp_path / "crest.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#225588"))
    assert image.save(str(logo))

    def fill(dialog: SettingsDialog) -> None:
        dialog.signatory.setText("  Morag Reid ")
        dialog.signatory_role.setText("Learning and development lead")
        dialog.logo.setText(str(logo))

    assert settings_answers(window, fill) == []
    saved = window.controller.settings.values()
    assert (saved.signatory, saved.signatory_role, saved.logo) == (
        "Morag Reid",
        "Learning and development lead",
        str(logo),
    )
    # the Settings window shows them again next time
    dialog = SettingsDialog(saved, "", window)
    qtbot.addWidget(dialog)
    assert dialog.signatory.text() == "Morag Reid" and dialog.signatory_role.text() == "Learning and development lead"

    worker = next(w for w in window.controller.people.workers() if window.controller.people.completions(w.id))
    out = tmp_path / "certs.pdf"
    out.write_bytes(window.controller.documents.certificates([worker.id]))
    first = PdfReader(out).pages[0]
    assert "Morag Reid · Learning and development lead" in " ".join(first.extract_text().split())
    assert first.images  # the logo is on the page


def test_settings_are_named_for_assistive_technology(qtbot, window):
    from tests.ui.conftest import unnamed_controls

    dialog = SettingsDialog(window.controller.settings.values(), "", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_backups_to_keep_are_a_setting_checked_with_the_rest(window, qtbot):
    from planner.core.errors import UserError
    from planner.services.editing import SettingsValues

    settings = window.controller.settings
    values = settings.values()
    assert (values.backups_daily, values.backups_weekly) == (7, 4)
    settings.save(SettingsValues(**{**values.__dict__, "backups_daily": 3, "backups_weekly": 2}))
    assert (settings.values().backups_daily, settings.values().backups_weekly) == (3, 2)
    with pytest.raises(UserError, match="at least one"):
        settings.save(
            SettingsValues(
                **{**values.__dict__, "organisation_name": "Changed", "backups_daily": 0, "backups_weekly": 0}
            )
        )
    assert settings.values().organisation_name != "Changed"  # nothing written when one value is refused
