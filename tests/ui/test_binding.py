"""The Qt binding itself: PySide6-Essentials 6.12.0 on Python 3.11 returned None from every
void method (setText, addItem, clear…) without counting the reference, so None's count fell by
one per call until Python deallocated None and aborted: the Team matrix of an organisation with
12,500 teams did so on opening (its team list alone makes that many calls), and any long
session would in time. The pin is 6.11.3; this keeps a future upgrade from bringing it back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label, combo = QLabel(), QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText("x")
        combo.addItem(f"team {n}", f"team {n}")
        combo.currentData()
    combo.clear()
    assert sys.getrefcount(None) - before > -50  # 6,001 calls: a leak per call would show here
