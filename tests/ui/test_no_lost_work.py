"""Never lose work silently: leaving an edited role, switching page or worker with registration
details typed, or closing the window asks first, and each answer does what it says."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.ui.conftest import when_modal


def press(text: str):
    """Act on the next question by pressing the button with this text."""
    asked: list[str] = []

    def act(box: QWidget) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        next(b for b in box.findChildren(QAbstractButton) if b.text().replace("&", "") == text).click()

    when_modal(act)
    return asked


def roles_page(window):
    window.show_page("Roles")
    view = window.page("Roles")
    roles = {r.code: r for r in view.catalogue.roles}
    return view, roles


def saved_role(window, code: str):
    return next(r for r in window.controller.catalogue.load().roles if r.code == code)


def test_leaving_an_edited_role_asks_and_cancel_stays_on_it(qtbot, window):
    view, roles = roles_page(window)
    view.select_role(roles["teacher"].id)
    view.editor.supervision.setValue(45)
    asked = press("Cancel")
    view.select_role(roles["social-worker"].id)
    assert asked and "Teacher" in asked[0]
    assert view.editor.role.id == roles["teacher"].id and view.editor.supervision.value() == 45
    assert view.selected_role().id == roles["teacher"].id
    assert saved_role(window, "teacher").supervision_days == roles["teacher"].supervision_days


def test_leaving_an_edited_role_can_save_it_or_discard_it(qtbot, window):
    view, roles = roles_page(window)
    view.select_role(roles["teacher"].id)
    view.editor.supervision.setValue(45)
    press("Save")
    view.select_role(roles["social-worker"].id)
    assert saved_role(window, "teacher").supervision_days == 45
    assert view.editor.role.id == roles["social-worker"].id
    view.editor.supervision.setValue(99)
    press("Discard")
    view.select_role(roles["teacher"].id)
    assert saved_role(window, "social-worker").supervision_days == roles["social-worker"].supervision_days
    assert view.editor.role.id == roles["teacher"].id and view.editor.supervision.value() == 45


def test_an_unchanged_role_is_left_without_a_question(qtbot, window):
    view, roles = roles_page(window)
    view.select_role(roles["teacher"].id)
    assert not view.editor.is_dirty() and view.unsaved() is None
    view.select_role(roles["social-worker"].id)  # a question here would block the test
    assert view.editor.role.id == roles["social-worker"].id


def test_switching_page_with_a_role_edited_asks_first(qtbot, window):
    view, roles = roles_page(window)
    view.select_role(roles["teacher"].id)
    view.editor.supervision.setValue(45)
    asked = press("Cancel")
    window.nav.setCurrentRow(window.pages.index("Home"))
    assert asked and "Teacher" in asked[0]
    assert window.stack.currentWidget() is view and window.nav.currentRow() == window.pages.index("Roles")
    press("Save")
    window.nav.setCurrentRow(window.pages.index("Home"))
    assert window.stack.currentWidget() is window.page("Home")
    assert saved_role(window, "teacher").supervision_days == 45


def test_closing_the_window_with_changes_asks_and_cancel_keeps_it_open(qtbot, window):
    view, roles = roles_page(window)
    view.select_role(roles["teacher"].id)
    view.editor.supervision.setValue(45)
    press("Cancel")
    window.close()
    assert window.isVisible()
    press("Discard")
    window.close()
    assert not window.isVisible()
    assert saved_role(window, "teacher").supervision_days == roles["teacher"].supervision_days


def test_registration_details_typed_are_kept_when_switching_worker_or_page(qtbot, window):
    people = window.controller.people
    sssc = [w for w in people.workers() if w.regulator == "SSSC"][:2]
    window.controller.open_worker(sssc[0].id)
    pathway = window.page("Pathway")
    panel = pathway.registration
    panel.declaration.set_value(date(2026, 3, 1))
    assert pathway.unsaved()
    asked = press("Cancel")
    pathway.picker.setCurrentIndex(pathway.picker.findData(sssc[1].id))
    pathway.picker.activated.emit(pathway.picker.currentIndex())
    assert asked and sssc[0].name in asked[0]
    assert pathway.worker.id == sssc[0].id and pathway.picker.currentData() == sssc[0].id
    press("Save")
    window.nav.setCurrentRow(window.pages.index("Home"))
    assert window.stack.currentWidget() is window.page("Home")
    assert window.controller.learning.registration(sssc[0].id).declaration_on == date(2026, 3, 1)


def test_save_requirements_button_clears_the_question(qtbot, window):
    view, roles = roles_page(window)
    view.select_role(roles["teacher"].id)
    view.editor.supervision.setValue(45)
    qtbot.mouseClick(view.editor.save_btn, Qt.MouseButton.LeftButton)
    assert view.unsaved() is None
    window.nav.setCurrentRow(window.pages.index("Home"))
    assert window.stack.currentWidget() is window.page("Home")
