"""Help: a guide for each kind of user and the keyboard shortcuts, which are listed once and
match both the README and what the window really does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut

from planner.ui.help import GUIDES, SHORTCUTS, HelpDialog
from tests.ui.conftest import when_modal

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_shortcuts() -> list[tuple[str, str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Keyboard shortcuts") :]
    section = section[: section.index("\n#", 1)]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("| ")]
    return [tuple(cell.strip() for cell in row) for row in rows[1:]]  # type: ignore[misc]


def test_the_readme_lists_the_same_shortcuts_as_the_app():
    assert readme_shortcuts() == list(SHORTCUTS)


def window_keys(window) -> set[str]:
    keys = {a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    keys |= {s.key().toString() for s in window.findChildren(QShortcut)}
    return keys


def test_every_window_wide_shortcut_is_really_there(qtbot, window):
    window.show_page("Pathway")  # its panels bring their own (Ctrl+N)
    window.show_page("People")
    keys = window_keys(window)
    for n in range(1, len(window.pages) + 1):
        assert f"Ctrl+{n}" in keys
    for listed, _what, _where in SHORTCUTS:
        if listed.startswith(("Ctrl+", "F1")) and "…" not in listed:
            assert QKeySequence(listed).toString() in keys, listed


def test_each_guide_and_the_shortcuts_open_from_the_help_menu(qtbot, window):
    seen: list[tuple[str, str]] = []

    def read(dialog) -> None:
        assert isinstance(dialog, HelpDialog)
        seen.append((dialog.windowTitle(), dialog.text.toPlainText()))
        dialog.reject()

    for key in GUIDES:
        when_modal(read)
        window.guide_actions[key].trigger()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    shortcuts = next(a for a in help_menu.actions() if a.text() == "&Keyboard shortcuts")
    when_modal(read)
    shortcuts.trigger()
    titles = [t for t, _ in seen]
    assert titles == [title for title, _ in GUIDES.values()] + ["Keyboard shortcuts"]
    assert all(len(text) > 400 for _, text in seen[:3])  # a real guide, not a stub
    assert all(keys in seen[3][1] for keys, _what, _where in SHORTCUTS)


def test_f1_opens_the_manager_s_guide_in_an_organisation(qtbot, window):
    assert window.guide_actions["manager"].shortcut().toString() == "F1"
    assert window.guide_actions["worker"].shortcut().isEmpty()


def test_f1_opens_the_worker_s_guide_in_a_just_me_copy(qtbot, my_window):
    assert my_window.guide_actions["worker"].shortcut().toString() == "F1"
    assert my_window.guide_actions["manager"].shortcut().isEmpty()
