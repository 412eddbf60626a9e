"""Hint text takes its colour from the palette: muted, and readable in dark, light and high-contrast themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner.ui.common import contrast, hint


def _themed(window: str, text: str, placeholder: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(placeholder))
    return palette


def test_hint_text_is_readable_in_dark_light_and_high_contrast_themes(qtbot):
    app = QApplication.instance()
    before = app.palette()
    try:
        for window, text, placeholder in (
            ("#1e1e1e", "#f0f0f0", "#8a8a8a"),  # dark, with a faint muted colour: falls back to text
            ("#1e1e1e", "#f0f0f0", "#b0b0b0"),  # dark, with a readable muted colour
            ("#ffffff", "#000000", "#767676"),  # light
            ("#000000", "#ffff00", "#ffff00"),  # high contrast
            ("#1e1e1e", "#f0f0f0", "#40f0f0f0"),  # dark, a see-through muted colour: too faint
        ):
            app.setPalette(_themed(window, text, placeholder))
            label = hint("Some secondary words")
            qtbot.addWidget(label)
            shown = label.palette().color(QPalette.ColorRole.WindowText)
            assert contrast(shown, QColor(window)) >= 4.5, (window, placeholder, shown.name())
            assert shown != QColor(text) or contrast(QColor(text), QColor(window)) < 6  # muted where it can be
    finally:
        app.setPalette(before)


def test_contrast_is_the_wcag_ratio():
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast(QColor("#767676"), QColor("#ffffff")), 1) == 4.5
