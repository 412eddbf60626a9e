"""What is due and the Training sessions forecast count a large organisation on a worker thread:
the window answers at once, says it is counting, and then shows the same list and figures as
counting on the spot."""

from __future__ import annotations

from planner.ui import due_view


def test_what_is_due_counts_off_the_window_thread(qtbot, window, monkeypatch):
    page = window.page("Due")
    on, days = window.controller.as_on, page.days.value()
    expected = window.controller.planning.overview(on, days, None)
    monkeypatch.setattr(due_view, "BACKGROUND_FROM", 0)  # the example organisation counts as large
    page.refresh()
    assert page.job.running and "Counting" in page.summary.text()  # the window did not wait
    qtbot.waitUntil(lambda: not page.job.running, timeout=20000)
    assert page.rows == expected.rows and len(page.declarations) == len(expected.declarations)
    assert page.summary.text().startswith("As on") and page.needs_model.rowCount() > 0
    # a change while counting starts again and only the last count is shown
    page.days.setValue(days + 30)
    page.days.setValue(days)
    qtbot.waitUntil(lambda: not page.job.running, timeout=20000)
    assert page.rows == expected.rows


def test_training_sessions_forecast_counts_off_the_window_thread(qtbot, window, monkeypatch):
    from planner.ui import sessions_view

    page = window.page("Sessions")
    expected = window.controller.training.forecast(window.controller.as_on)
    page._show_forecast(expected)
    shown = page.forecast.text()
    monkeypatch.setattr(sessions_view, "BACKGROUND_FROM", 0)
    page.refresh()
    assert page.forecast_job.running and "Counting" in page.forecast.text()
    qtbot.waitUntil(lambda: not page.forecast_job.running, timeout=20000)
    assert page.forecast.text() == shown  # the same words as counting on the spot


def test_who_to_book_is_found_off_the_window_thread(qtbot, window, monkeypatch):
    from planner.ui import sessions_view

    page = window.page("Sessions")
    window.show_page("Sessions")
    page.sessions_view.selectRow(0)
    session = page.selected_session()
    expected = window.controller.training.suggest(session.id, window.controller.as_on)
    monkeypatch.setattr(sessions_view, "BACKGROUND_FROM", 0)
    page.show_selected()
    assert page.suggest_job.running and not page.book_top_btn.isEnabled()  # nothing to book from yet
    qtbot.waitUntil(lambda: not page.suggest_job.running, timeout=20000)
    assert page.suggest_model.rows() == expected and page.book_top_btn.isEnabled()
