"""The interface in the pseudo-locale (every string 40 % longer, accented), built the way a real
translation is (the .ts source, Qt's lrelease, a .qm loaded at start-up), on a 1024×700 screen:
each main page is screenshotted, the window never grows past the screen, and no label, button
or tab shows less than its words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from planner.services.container import Services
from planner.ui import translations
from tests.ui.conftest import shown_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("translations")
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_translations.py"), "--pseudo", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert (out / "planner_pseudo.qm").stat().st_size > 10_000
    return out


@pytest.fixture
def pseudo_window(qtbot, demo_ws, pseudo_qm, monkeypatch):
    """The app started as a person would start it in that language: the environment names it."""
    from planner.ui.application import make_app

    monkeypatch.setenv("PLANNER_LANGUAGE", "pseudo")
    monkeypatch.setenv("PLANNER_TRANSLATIONS", str(pseudo_qm))
    make_app()
    try:
        yield from shown_window(qtbot, Services(demo_ws))
    finally:
        monkeypatch.undo()
        translations.install("en")  # UK English again for the tests that follow


def clipped(root: QWidget) -> list[str]:
    """Visible text shown in less room than it needs."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not w.isVisibleTo(root.window()):
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                if w.height() < w.heightForWidth(w.width()) - 1:
                    found.append(f"label cut short: {w.text()[:50]!r}")
            elif w.width() < w.sizeHint().width() - 1:
                found.append(f"label cut: {w.text()[:50]!r} {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QAbstractButton) and type(w).__name__ in ("QPushButton", "QCheckBox", "QRadioButton"):
            if w.text() and w.width() < w.sizeHint().width() - 1:
                found.append(f"button cut: {w.text()[:50]!r} {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() < w.tabSizeHint(i).width() - 1:
                    found.append(f"tab cut: {w.tabText(i)!r}")
    return found


def test_the_main_pages_in_the_pseudo_locale_at_1024_by_700(pseudo_window, tmp_path):
    win = pseudo_window
    win.resize(1024, 700)
    QApplication.processEvents()
    assert win.nav.item(0).text() == "Hõmé ~~"  # the translation is loaded, not the source text
    worker = next(w.id for w in win.controller.people.workers() if w.name == "Łukasz Nowak")
    problems: dict[str, list[str]] = {}
    for i, page in enumerate(win.pages):
        if page == "Pathway":
            win.open_pathway(worker)
        win.show_page(i)
        for _ in range(5):
            QApplication.processEvents()
        assert win.width() <= 1024 and win.height() <= 700, (page, win.size())
        shot = tmp_path / f"pseudo-{page}.png"
        assert win.grab().save(str(shot)) and shot.stat().st_size > 5_000
        found = clipped(win)
        tabs = getattr(win.stack.currentWidget(), "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            found += clipped(win)
        if found:
            problems[page] = found
    assert problems == {}


def test_the_check_finds_a_cut_label(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    inner = QLabel("A label with rather more words than room", box)
    inner.resize(40, 20)
    box.show()
    assert clipped(box) and "label cut" in clipped(box)[0]
