"""Shared fixtures: real workspaces on real SQLite files in temporary folders."""

from __future__ import annotations

import os
from datetime import date

import pytest

# Tests never touch the user's own data folder, and Qt never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXED_TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv("PLANNER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def workspace(tmp_path):
    from planner.services.workspace import Workspace

    ws = Workspace.open(tmp_path / "data")
    yield ws
    ws.close()


@pytest.fixture
def starter_ws(workspace):
    from planner.services.starter import load_starter

    load_starter(workspace)
    return workspace


@pytest.fixture
def demo_ws(workspace):
    from planner.services.demo import create_demo

    create_demo(workspace, today=FIXED_TODAY)
    return workspace


def pytest_collection_modifyitems(items):
    """Every test under tests/ui is a gui test, so `-m "not gui"` is a fast lane."""
    for item in items:
        if "/tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
