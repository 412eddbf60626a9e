"""File ▸ Import…: choose a file, check the columns, preview every row, then import."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from tests.ui.conftest import when_modal

ROWS = [
    "HR export 22/11/2026",
    "",
    "Employee ID,Forename,Surname,Job Title,Service,Start Date",
    "00123,Siobhán,Ó Súilleabháin,Social worker,Northfield,03/04/2025",
    "00124,Zoë,Brontë,Mystery post,Rowan House,31 Jan 2024",
    "00125,Bad,Date,Teacher,Ashgrove,31/02/2025",
]


def test_import_staff_with_preview_mapping_and_all_or_nothing(window, qtbot, tmp_path):
    from planner.ui.import_dialog import ImportDialog

    path = tmp_path / "staff.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8-sig")
    before = len(window.controller.people.workers())
    dialog = ImportDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    assert dialog.load(str(path))
    assert "line 3" in dialog.file_note.text()
    assert [b.currentData() for b in dialog.column_boxes] == [
        "staff_no",
        "forename",
        "surname",
        "job_title",
        "team",
        "start_date",
    ]
    assert all(b.accessibleName() for b in dialog.column_boxes)
    assert dialog.run_preview()
    outcomes = [(r.line, r.outcome) for r in dialog.model.rows()]
    assert outcomes == [(4, "new"), (5, "new"), (6, "rejected")]
    assert not dialog.import_btn.isEnabled()  # a rejected row stops the import…
    dialog.skip.setChecked(True)
    assert dialog.import_btn.isEnabled()  # …unless the others are to go in without it
    assert "Mystery post" in dialog.titles.item(0, 0).text()
    box = dialog.titles.cellWidget(0, 1)
    assert isinstance(box, QComboBox) and box.accessibleName()
    box.setCurrentIndex(box.findData("residential-worker"))
    assert not dialog.import_btn.isEnabled()  # a changed mapping needs a fresh preview
    assert dialog.run_preview()
    assert not dialog.titles.isVisible() or dialog.titles.rowCount() == 0
    seen: list[str] = []
    when_modal(lambda box: (seen.append(box.text()), box.done(0)))
    dialog.import_btn.click()
    assert seen and "2 new" in seen[0]
    workers = {w.staff_no: w for w in window.controller.people.workers()}
    assert len(workers) == before + 2
    assert workers["00124"].roles  # the mapped job title gave the role
    assert "00125" not in workers


def test_home_offers_import_when_nobody_is_there(qtbot, starter_ws):
    from planner.services.container import Services
    from tests.ui.conftest import shown_window

    gen = shown_window(qtbot, Services(starter_ws))
    win = next(gen)
    try:
        home = win.page("Home")
        assert home.import_btn.isVisible() and home.import_btn.accessibleName()
        assert win.import_action.shortcut().toString() == "Ctrl+I"
    finally:
        next(gen, None)


def test_a_large_file_is_previewed_on_a_worker_thread(window, qtbot, tmp_path):
    from planner.ui.import_dialog import BACKGROUND_ROWS, ImportDialog

    rows = BACKGROUND_ROWS + 500
    path = tmp_path / "big.csv"
    path.write_text(
        "Staff No,Full name,Team\n" + "".join(f"{n:06d},Person {n},Team {n % 9}\n" for n in range(rows)),
        encoding="utf-8",
    )
    dialog = ImportDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    assert dialog.load(str(path)) and dialog.run_preview()
    assert dialog.preview is None  # it returned at once: the result arrives through the event loop
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.preview.count("new") == rows and dialog.model.rowCount() == rows
    assert dialog.import_btn.isEnabled()
