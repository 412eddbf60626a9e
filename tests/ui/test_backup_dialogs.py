"""File ▸ Back up now… and File ▸ Restore… on a real window over the example organisation."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.services.backups import BackupService, list_backups
from planner.services.container import Services
from planner.services.workspace import Workspace
from planner.storage.database import open_database
from planner.ui.backup_dialogs import add_backup_actions
from planner.ui.restore_dialog import BackupsModel, RestoreDialog
from tests.ui.conftest import close_message, shown_window, unnamed_controls, when_modal


def actions(window):
    """The window's backup actions (added here until the main window adds them itself)."""
    if not hasattr(window, "backups"):
        file_menu = window.menuBar().actions()[0].menu()
        add_backup_actions(window, file_menu)
    return window.backups


def set_marker(ws, value):
    with ws.db.atomic():
        ws.settings_repo.set("marker", value)


def marker(ws):
    return ws.settings_repo.get("marker")


@pytest.fixture
def three_backups(demo_ws):
    """Backups of 1 and 2 Sep 2026 (markers "A" and "B") and a damaged one of 3 Sep."""
    clock = [datetime(2026, 9, 1, 9, 30)]
    service = BackupService(demo_ws, now=lambda: clock[0])
    made = []
    for value in ("A", "B", "C"):
        set_marker(demo_ws, value)
        made.append(service.make())
        clock[0] += timedelta(days=1)
    data = bytearray(made[2].read_bytes())
    for n in range(2, 30):
        data[n * 4096 : n * 4096 + 64] = b"\xa5" * 64
    made[2].write_bytes(bytes(data))
    set_marker(demo_ws, "now")
    return made


def test_the_file_menu_offers_back_up_now_and_restore(window):
    backup = actions(window)
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Back up now…" in labels and "Res&tore…" in labels
    assert backup.backup_action.isEnabled() and backup.restore_action.isEnabled()


def test_back_up_now_makes_a_backup_and_says_where(qtbot, window, demo_ws):
    seen: list[str] = []
    when_modal(close_message(seen))
    actions(window).backup_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    [made] = BackupService(demo_ws).list()
    assert made.sound and made.workers == 48
    assert str(made.path) in seen[0] and seen[0].startswith("Backed up to")


def test_the_daily_backup_is_made_off_the_gui_thread_once_a_day(qtbot, window, demo_ws):
    backup = actions(window)
    with qtbot.waitSignal(backup.daily_finished, timeout=10_000):
        backup.daily()
    [made] = BackupService(demo_ws).list()
    assert made.reason == "daily" and made.sound and made.workers == 48
    assert made.path.name in window.statusBar().currentMessage()
    with qtbot.waitSignal(backup.daily_finished, timeout=10_000):
        backup.daily()
    assert [b.path for b in BackupService(demo_ws).list()] == [made.path]  # one a day


def test_the_restore_dialog_lists_backups_in_words(qtbot, qtmodeltester, three_backups):
    rows = list_backups(three_backups[0].parent.parent)
    dialog = RestoreDialog(rows, three_backups[0].parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    model = dialog.model
    text = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [t[BackupsModel.MADE] for t in text] == ["3 Sep 2026 09:30", "2 Sep 2026 09:30", "1 Sep 2026 09:30"]
    assert text[1][BackupsModel.WORKERS] == "48" and text[1][BackupsModel.REASON] == "on request"
    assert text[1][BackupsModel.SIZE].endswith(("kB", "MB"))
    assert text[0][BackupsModel.STATE].startswith("✖ cannot be restored: damaged")
    assert text[1][BackupsModel.STATE] == "✔ sound"
    assert unnamed_controls(dialog) == []
    # the newest sound backup is chosen to begin with; a damaged one cannot be restored
    assert dialog.view.selectionModel().selectedRows()[0].row() == 1 and dialog.restore_button.isEnabled()
    dialog.view.selectRow(0)
    assert not dialog.restore_button.isEnabled()


def restore_row(qtbot, backup, row: int) -> list[str]:
    """File ▸ Restore…, choose the row, confirm; the question and the closing message."""
    seen: list[str] = []

    def choose(dialog):
        assert isinstance(dialog, RestoreDialog)
        dialog.view.selectRow(row)
        when_modal(confirm)
        dialog.restore_button.click()

    def confirm(box):
        seen.append(box.text())
        when_modal(close_message(seen))
        next(b for b in box.buttons() if b.text() == "&Restore").click()

    when_modal(choose)
    backup.restore_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2)
    return seen


def test_restore_puts_the_chosen_backup_back_and_keeps_the_data_in_use(qtbot, window, demo_ws, three_backups):
    backup = actions(window)
    seen = restore_row(qtbot, backup, 2)  # 1 Sep: marker "A"
    assert "the backup of 1 Sep 2026 09:30" in seen[0] and "kept as a backup" in seen[0]
    assert seen[1].startswith("Restored the backup of 1 Sep 2026 09:30.") and "before-restore" in seen[1]
    assert marker(demo_ws) == "A"
    kept = [b for b in BackupService(demo_ws).list() if b.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in seen[1]
    # with no application listening, the window reads the restored data as a change from outside
    assert "Refreshed" in window.statusBar().currentMessage()
    set_marker(demo_ws, "after")  # and it still writes
    assert marker(demo_ws) == "after"


def test_after_restoring_the_application_is_told_to_reopen_the_folder(qtbot, window, demo_ws, three_backups):
    backup = actions(window)
    restored: list[str] = []
    backup.restored.connect(restored.append)
    window.statusBar().clearMessage()
    restore_row(qtbot, backup, 1)  # 2 Sep: marker "B"
    assert marker(demo_ws) == "B"
    assert restored == [str(demo_ws.folder)]
    assert "Refreshed" not in window.statusBar().currentMessage()  # the new window reads it afresh


def test_cancelling_the_question_restores_nothing(qtbot, window, demo_ws, three_backups):
    backup = actions(window)
    asked: list[str] = []

    def choose(dialog):
        when_modal(lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.Cancel).click()))
        dialog.restore_button.click()

    when_modal(choose)
    backup.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.wait(50)
    assert marker(demo_ws) == "now"
    assert not [b for b in BackupService(demo_ws).list() if b.reason == "before-restore"]


def test_a_file_that_is_not_a_backup_is_refused_in_words(qtbot, window, demo_ws, tmp_path, monkeypatch):
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("shopping list")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    seen: list[str] = []

    def from_a_file(dialog):
        when_modal(confirm)
        dialog.file_button.click()

    def confirm(box):
        when_modal(close_message(seen))
        next(b for b in box.buttons() if b.text() == "&Restore").click()

    when_modal(from_a_file)
    actions(window).restore_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "cannot be restored" in seen[0] and "not a SQLite database" in seen[0]
    assert marker(demo_ws) is None and len(demo_ws.people_repo.workers()) == 48
    assert BackupService(demo_ws).list() == []


def test_read_only_data_offers_no_restore(qtbot, demo_ws):
    folder = demo_ws.folder
    demo_ws.close()
    ws = Workspace(db=open_database(folder / "planner.sqlite3", read_only=True), folder=folder)
    for win in shown_window(qtbot, Services(ws)):
        backup = actions(win)
        assert not backup.restore_action.isEnabled() and backup.backup_action.isEnabled()
        backup.daily()  # nothing is written beside read-only data
        assert not (folder / "backups").exists()
    ws.close()
