"""Frameworks, roles and workers as plain dictionaries: the CLI's JSON contract (keep the
keys; add new ones rather than renaming)."""

from __future__ import annotations

from typing import Any

from planner.core.dates import iso
from planner.core.model import Catalogue, Team, Worker
from planner.services.status_service import module_dict

EXAMPLE_NOTE = "example: review locally"


def frameworks_dict(catalogue: Catalogue) -> dict[str, Any]:
    frameworks = []
    for fw in catalogue.frameworks:
        frameworks.append(
            {
                "code": fw.code,
                "name": fw.name,
                "description": fw.description,
                "source": fw.source,
                "tags": list(fw.tags),
                "example": fw.example,
                "local_scale": fw.local_scale,
                "retired": fw.retired,
                "levels": [
                    {
                        "rank": lv.rank,
                        "name": lv.name,
                        "description": lv.description,
                        "modules": [m.code for m in sorted(catalogue.modules_granting(lv.id), key=lambda m: m.code)],
                    }
                    for lv in fw.levels
                ],
            }
        )
    modules = []
    for m in catalogue.modules:
        d = module_dict(m)
        d.update(
            url=m.url,
            source=m.source,
            retired=m.retired,
            grants=[_level_ref(catalogue, lid) for lid in sorted(m.grants, key=lambda i: _level_key(catalogue, i))],
        )
        modules.append(d)
    return {"frameworks": frameworks, "modules": modules}


def _level_key(catalogue: Catalogue, level_id: str) -> tuple[str, int]:
    lv = catalogue.level(level_id)
    return (catalogue.framework(lv.framework_id).code, lv.rank)


def _level_ref(catalogue: Catalogue, level_id: str) -> dict[str, Any]:
    lv = catalogue.level(level_id)
    fw = catalogue.framework(lv.framework_id)
    return {"framework": fw.name, "framework_code": fw.code, "level": lv.name, "rank": lv.rank}


def roles_list(catalogue: Catalogue) -> list[dict[str, Any]]:
    out = []
    for role in catalogue.roles:
        requirements: list[dict[str, Any]] = []
        windows = catalogue.windows(role.id)
        for req in role.level_requirements:
            ref = _level_ref(catalogue, req.level_id)
            fw = catalogue.framework(req.framework_id)
            stages = [
                {"level": lv.name, "rank": lv.rank, "due_days": w.days, "stage": w.stage}
                for lv, w in zip(fw.levels, windows.levels.get(fw.id, ()), strict=False)
            ]
            requirements.append({"kind": "level", **ref, "source": req.source, "due": stages})
        for module_id in role.module_requirements:
            m = catalogue.module(module_id)
            w = windows.modules[module_id]
            requirements.append(
                {"kind": "module", "code": m.code, "title": m.title, "due_days": w.days, "stage": w.stage}
            )
        out.append(
            {
                "code": role.code,
                "name": role.name,
                "sector": role.sector,
                "due_days": role.due_days,
                "regulator": role.regulator or "none",
                "supervision_days": role.supervision_days,
                "example": role.example,
                "note": EXAMPLE_NOTE if role.example else "",
                "retired": role.retired,
                "requirements": requirements,
            }
        )
    return out


def workers_list(workers: list[Worker], teams: list[Team], catalogue: Catalogue) -> list[dict[str, Any]]:
    team_names = {t.id: t.name for t in teams}
    return [
        {
            "staff_no": w.staff_no,
            "name": w.name,
            "team": team_names.get(w.team_id or "", ""),
            "email": w.email,
            "regulator": w.regulator,
            "register_part": w.register_part,
            "registration_no": w.registration_no,
            "retired": w.retired,
            "roles": [
                {
                    "role": catalogue.role(a.role_id).name,
                    "code": catalogue.role(a.role_id).code,
                    "started_on": iso(a.started_on),
                    "ended_on": iso(a.ended_on),
                }
                for a in w.roles
            ],
        }
        for w in workers
    ]
