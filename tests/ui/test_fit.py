"""Every page fits a 1024×700 laptop screen: with the usual font, with a 14 pt system font, and
at 150 % scaling (in a process of its own, as the scale is fixed when Qt starts). Rows of buttons
wrap, long forms scroll, and the window's minimum size leaves room for the title bar."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from planner.services.container import Services
from tests.ui.conftest import shown_window

WIDTH, HEIGHT = 1000, 640  # 1024×700, less the window frame, title bar and a panel


def visit_everything(window) -> dict[str, tuple[int, int]]:
    """Show every page and every tab on it; the minimum size the window then needs."""
    sizes = {}
    for name in window.pages:
        window.show_page(name)
        page = window.page(name)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
        hint = window.minimumSizeHint()
        sizes[name] = (hint.width(), hint.height())
    return sizes


@pytest.fixture
def large_font(qtbot):
    from planner.ui.application import make_app

    app = make_app()
    before = app.font()
    font = app.font()
    font.setPointSizeF(14)
    app.setFont(font)
    yield
    app.setFont(before)


def test_every_page_fits_with_the_usual_font(qtbot, window):
    for name, (width, height) in visit_everything(window).items():
        assert width <= WIDTH and height <= HEIGHT, (name, width, height)


def test_every_page_fits_with_a_14_point_system_font(qtbot, large_font, demo_ws):
    for window in shown_window(qtbot, Services(demo_ws)):
        for name, (width, height) in visit_everything(window).items():
            assert width <= WIDTH and height <= HEIGHT, (name, width, height)
        home = window.page("Home")
        assert home.figures["overdue"].font().pointSizeF() > 14  # the tiles follow the system's font


SCRIPT = """
import json, sys
from planner.services.container import Services
from planner.ui.application import build_window, make_app
from tests.ui.test_fit import visit_everything
app = make_app()
window = build_window(Services.open(sys.argv[1]))
window.resize(1024, 700)
window.show()
print(json.dumps({"scale": window.devicePixelRatio(), "sizes": visit_everything(window)}))
window.close()
"""


def test_every_page_fits_at_150_percent_scaling(demo_ws, tmp_path):
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    folder = str(demo_ws.folder)
    demo_ws.close()  # the other process opens the same example
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, folder],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["scale"] == 1.5
    for name, (width, height) in result["sizes"].items():
        assert width <= WIDTH and height <= HEIGHT, (name, width, height)


def test_scripts_that_open_the_window_on_a_workspace_still_work(qtbot, demo_ws):
    """Outside checks build the window from an open workspace, as before the services container."""
    from planner.ui.application import build_window

    window = build_window(demo_ws)
    qtbot.addWidget(window)
    window.show()
    assert window.controller.services.folder == demo_ws.folder
    assert max(visit_everything(window).values())[0] <= WIDTH


def test_home_figures_never_cut_their_words(qtbot, window):
    """Longer words (another language, a larger font) give fewer tiles a row, never cut-off text."""
    home = window.page("Home")
    for tile in home.figures.values():
        assert tile.minimumSizeHint().width() >= tile.sizeHint().width()
    assert home.columns == 3  # the English words: three a row on a 1024-pixel laptop
    longest = max(home.figures.values(), key=lambda t: t.sizeHint().width())
    longest.setText(longest.text() + " and many more words that a translation might add")
    home.fit_columns()
    assert home.columns < 3
    assert all(t.minimumSizeHint().width() >= t.sizeHint().width() for t in home.figures.values())
