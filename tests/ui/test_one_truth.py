"""One figure, one definition: the example organisation's planning figures counted through Home,
What is due, Training sessions, the team report and the command line (``planner figures``,
``planner due``, ``planner status``) come out equal."""

from __future__ import annotations

import json
from contextlib import redirect_stdout
from datetime import date
from io import StringIO

from pypdf import PdfReader

from planner import cli
from planner.services.figures import ACTION_STATES

DAYS = 60


def command(window, *args: str) -> str:
    out = StringIO()
    with redirect_stdout(out):
        assert cli.main(["--data-dir", str(window.controller.services.folder), *args]) == 0
    return out.getvalue()


def test_the_figures_agree_everywhere(qtbot, window, tmp_path):
    on = window.controller.as_on
    figures = json.loads(command(window, "figures", "--on", on.isoformat(), "--days", str(DAYS), "--format", "json"))
    assert figures["overdue"]["items"] > 0 and figures["overdue"]["people"] > 0

    # Home: each tile shows the items (and the people) of its figure
    window.show_page("Home")
    home = window.page("Home")
    for key in ACTION_STATES:
        name = home.figures[key].accessibleName()
        assert name.startswith(f"{figures[key]['items']} item"), (key, name)
        assert f"for {figures[key]['people']} " in name, (key, name)
    assert home.figures["supervision"].accessibleName().startswith(str(figures["supervision_overdue"]["people"]))

    # What is due: its rows (supervision apart) and its summary
    window.show_page("Due")
    due_view = window.page("Due")
    rows = [r for r in due_view.model.rows() if r["kind"] != "supervision"]
    for key in ACTION_STATES:
        assert sum(1 for r in rows if r["state"] == key) == figures[key]["items"], key
        assert len({r["staff_no"] for r in rows if r["state"] == key}) == figures[key]["people"], key
        assert f"{figures[key]['items']} item" in due_view.summary.text()

    # planner due: the same rows
    due = json.loads(command(window, "due", "--on", on.isoformat(), "--days", str(DAYS), "--format", "json"))
    assert sorted((r["staff_no"], r["step"], r["state"]) for r in due if r["kind"] != "supervision") == sorted(
        (r["staff_no"], r["step"], r["state"]) for r in rows
    )

    # planner status: the people with something overdue
    status = json.loads(command(window, "status", "--on", on.isoformat(), "--format", "json"))
    overdue_people = {r["staff_no"] for r in status if r["state"] == "overdue" and r["kind"] != "supervision"}
    assert len(overdue_people) == figures["overdue"]["people"]

    # Training sessions: the forecast's "now" counts the same items as the team report
    forecast = window.controller.training.forecast(on)
    report = window.controller.documents.team_report_data(None, on, DAYS)
    assert forecast.now == report.totals
    assert forecast.now["overdue"] == figures["overdue"]["items"]
    assert forecast.now["expired"] == figures["expired"]["items"]

    # the printed team report says the same figures in words
    path = tmp_path / "team.pdf"
    command(window, "export", "team", "--on", on.isoformat(), "-o", str(path))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    for key in ACTION_STATES:
        assert f"{figures[key]['items']} items" in text and f"for {figures[key]['people']} people" in text
    supervision = f"{figures['supervision_overdue']['people']} people with reflective supervision overdue"
    assert supervision in text
    assert supervision in due_view.summary.text()
    declarations = figures["declarations_missing_learning"]["people"]
    assert f"{declarations} people with an SSSC declaration due" in due_view.summary.text()
    assert "An item is one cell of the team matrix" in text  # the report says what it counts


def test_the_figures_follow_a_change(qtbot, window):
    """Recording learning moves the same figure by the same amount on every screen."""
    on = window.controller.as_on
    before = json.loads(command(window, "figures", "--format", "json"))
    row = next(
        r
        for r in window.controller.planning.due(on, DAYS)
        if r["state"] == "overdue" and r["modules"] and r["kind"] == "level"
    )
    worker = window.controller.people.worker_by_staff_no(row["staff_no"])
    module = window.controller.catalogue.module_by_code(row["modules"][0]["code"])
    assert window.controller.apply(
        window, window.controller.learning.record_completion, worker.id, module.id, date.today()
    )
    after = json.loads(command(window, "figures", "--format", "json"))
    assert after["overdue"]["items"] < before["overdue"]["items"]
    window.show_page("Home")
    assert window.page("Home").figures["overdue"].accessibleName().startswith(f"{after['overdue']['items']} item")
