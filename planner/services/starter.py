"""Loading the starter frameworks, modules and roles shipped in ``resources/``."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from planner.services.workspace import Workspace

STARTER_FILE = "starter_framework.toml"


def starter_data() -> dict[str, Any]:
    text = resources.files("planner._resources").joinpath(STARTER_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def starter_roles() -> list[tuple[str, str]]:
    """(code, name) of the starter roles, read from the data file without touching a database."""
    return sorted(((r["code"], r["name"]) for r in starter_data()["role"]), key=lambda r: r[1])


def load_starter(ws: Workspace) -> None:
    """Write the starter catalogue into an empty workspace, all or nothing."""
    data = starter_data()
    repo = ws.catalogue_repo
    with ws.db.atomic():
        frameworks: dict[str, dict[int, str]] = {}  # code -> rank -> level id
        framework_ids: dict[str, str] = {}
        for position, fw in enumerate(data["framework"], start=1):
            fid = repo.add_framework(
                fw["code"],
                fw["name"],
                [(lv["name"], lv.get("description", "")) for lv in fw["levels"]],
                description=fw.get("description", ""),
                source=fw.get("source", ""),
                tags=fw.get("tags", ()),
                example=fw.get("example", False),
                position=position,
            )
            framework_ids[fw["code"]] = fid
            frameworks[fw["code"]] = repo.level_ids(fid)
        module_ids: dict[str, str] = {}
        for mod in data["module"]:
            grants = []
            for ref in mod.get("grants", ()):
                code, rank = ref.split(":")
                grants.append(frameworks[code][int(rank)])
            fields = {k: mod.get(k) for k in ("code", "title", "provider", "delivery", "hours",
                                               "renewal_months", "url", "source", "example")}
            module_ids[mod["code"]] = repo.add_module(fields, grants)
        for role in data["role"]:
            levels = {framework_ids[code]: frameworks[code][rank] for code, rank in role.get("levels", {}).items()}
            repo.add_role(
                {"code": role["code"], "name": role["name"], "sector": role.get("sector", ""),
                 "due_days": role.get("due_days", 90), "example": True,
                 "supervision_days": role.get("supervision_days"),
                 "description": role.get("source", "")},
                levels,
                [module_ids[c] for c in role.get("modules", ())],
            )
        ws.settings_repo.set("starter_notice", data.get("notice", ""))

