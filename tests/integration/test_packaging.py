"""The wheel carries the starter data and the migrations, and they are found from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_built_wheel_finds_resources_and_migrations(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    wheel = next(wheels.glob("pathway_planner-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "planner/_resources/starter_framework.toml" in names
    assert "planner/_migrations/0001_initial.sql" in names
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(wheel).extractall(unpacked)
    script = (
        "import planner, sys; from planner.services.workspace import Workspace;"
        "from planner.services.starter import load_starter;"
        "assert planner.__file__.startswith(sys.argv[1]), planner.__file__;"
        "ws = Workspace.in_memory(); load_starter(ws);"
        "print(len(ws.catalogue_repo.load().roles))"
    )
    env = dict(os.environ, PYTHONPATH=str(unpacked))
    out = subprocess.run(
        [sys.executable, "-c", script, str(unpacked)],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert int(out.stdout) >= 16


def test_layering_contracts_hold():
    """import-linter checks the layers declared in pyproject.toml (ui -> services -> storage -> core)."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout
