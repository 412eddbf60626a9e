"""The screens and the command line reach data only through services: no database handle, no
repository, no workspace. (import-linter checks the imports; this checks what the code touches.)"""

from __future__ import annotations

import ast
from pathlib import Path

import planner

FORBIDDEN_ATTRIBUTES = ("db", "conn", "ws")


def offences(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and (node.attr in FORBIDDEN_ATTRIBUTES or node.attr.endswith("_repo")):
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        if isinstance(node, ast.Name) and (node.id == "Workspace" or node.id.endswith("Repository")):
            found.append(f"{path.name}:{node.lineno} {node.id}")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            )
            bad = [
                n
                for n in names
                if n
                and (
                    n.startswith("planner.storage")
                    or n == "planner.services.workspace"
                    or n == "sqlite3"
                    or n == "Workspace"
                )
            ]
            found += [f"{path.name}:{node.lineno} imports {n}" for n in bad]
    return found


def test_ui_and_cli_touch_only_services():
    root = Path(planner.__file__).parent
    files = sorted((root / "ui").glob("*.py")) + sorted((root / "cli").glob("*.py"))
    assert len(files) > 20
    problems = [o for f in files for o in offences(f)]
    assert problems == []


def test_the_check_finds_a_repository_reached_directly(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(controller):\n    return controller.ws.people_repo.workers()\n", encoding="utf-8")
    assert len(offences(bad)) == 2
