"""Frameworks, levels, learning modules and roles: reading them as a Catalogue, and editing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from planner.core.i18n import fill, translate
from planner.core.model import Catalogue, Framework, Level, LevelRequirement, Module, Role, Stage
from planner.storage.base import Repository, new_id, required
from planner.storage.database import now_stamp
from planner.storage.errors import InUseError

MODULE_FIELDS = (
    "code",
    "title",
    "provider",
    "delivery",
    "hours",
    "renewal_months",
    "url",
    "source",
    "example",
    "topics",
    "sssc_elements",
)
MODULE_LISTS = ("topics", "sssc_elements")  # stored as JSON lists
ROLE_FIELDS = ("code", "name", "sector", "description", "due_days", "supervision_days", "example", "regulator")


def _module_row(fields: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: fields[k] for k in MODULE_FIELDS if k in fields}
    for key in MODULE_LISTS:
        if key in row:
            row[key] = json.dumps(sorted(set(row[key] or ())))
    return row


class CatalogueRepository(Repository):
    # -- reading ---------------------------------------------------------------------------
    def load(self) -> Catalogue:
        q = self.db.conn.execute
        levels: dict[str, list[Level]] = {}
        for row in q("SELECT id, framework_id, rank, name, description FROM levels ORDER BY rank"):
            levels.setdefault(row[1], []).append(Level(row[0], row[1], row[2], row[3], row[4]))
        frameworks = [
            Framework(
                id=r[0],
                code=r[1],
                name=r[2],
                description=r[3],
                source=r[4],
                tags=tuple(json.loads(r[5])),
                example=bool(r[6]),
                retired=bool(r[7]),
                local_scale=bool(r[8]),
                levels=tuple(levels.get(r[0], ())),
            )
            for r in q(
                "SELECT id, code, name, description, source, tags, example, retired, local_scale "
                "FROM frameworks ORDER BY position, name"
            )
        ]
        grants: dict[str, set[str]] = {}
        for module_id, level_id in q("SELECT module_id, level_id FROM module_grants"):
            grants.setdefault(module_id, set()).add(level_id)
        modules = [
            Module(
                id=r[0],
                code=r[1],
                title=r[2],
                provider=r[3],
                delivery=r[4],
                hours=r[5],
                renewal_months=r[6],
                url=r[7],
                source=r[8],
                example=bool(r[9]),
                retired=bool(r[10]),
                grants=frozenset(grants.get(r[0], ())),
                topics=tuple(json.loads(r[11])),
                sssc_elements=tuple(json.loads(r[12])),
            )
            for r in q(
                "SELECT id, code, title, provider, delivery, hours, renewal_months, url, source, "
                "example, retired, topics, sssc_elements FROM modules ORDER BY code"
            )
        ]
        role_levels: dict[str, list[LevelRequirement]] = {}
        for role_id, fw_id, level_id, source in q(
            "SELECT rl.role_id, rl.framework_id, rl.level_id, rl.source FROM role_levels rl "
            "JOIN frameworks f ON f.id = rl.framework_id ORDER BY f.position"
        ):
            role_levels.setdefault(role_id, []).append(LevelRequirement(fw_id, level_id, source))
        role_modules: dict[str, list[str]] = {}
        for role_id, module_id in q("SELECT role_id, module_id FROM role_modules"):
            role_modules.setdefault(role_id, []).append(module_id)
        stages: dict[str, list[Stage]] = {}
        for role_id, level_id, module_id, due_days, name in q(
            "SELECT role_id, level_id, module_id, due_days, name FROM role_stages ORDER BY due_days, name"
        ):
            stages.setdefault(role_id, []).append(Stage(due_days, name, level_id, module_id))
        roles = [
            Role(
                id=r[0],
                code=r[1],
                name=r[2],
                sector=r[3],
                description=r[4],
                due_days=r[5],
                example=bool(r[6]),
                retired=bool(r[7]),
                supervision_days=r[8],
                regulator=r[9],
                level_requirements=tuple(role_levels.get(r[0], ())),
                module_requirements=tuple(sorted(role_modules.get(r[0], ()))),
                stages=tuple(stages.get(r[0], ())),
            )
            for r in q(
                "SELECT id, code, name, sector, description, due_days, example, retired, supervision_days, "
                "regulator FROM roles ORDER BY name"
            )
        ]
        return Catalogue(frameworks, modules, roles)

    def is_empty(self) -> bool:
        count: int = self.db.conn.execute("SELECT COUNT(*) FROM frameworks").fetchone()[0]
        return count == 0

    # -- frameworks and levels -------------------------------------------------------------
    def add_framework(
        self,
        code: str,
        name: str,
        level_names: Iterable[str | tuple[str, str]],
        *,
        description: str = "",
        source: str = "",
        tags: Iterable[str] = (),
        example: bool = False,
        position: int | None = None,
        local_scale: bool = False,
    ) -> str:
        stamp = now_stamp()
        framework_id = new_id()
        if position is None:
            position = self.db.conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM frameworks").fetchone()[0]
        with self.db.atomic():
            self._insert(
                "frameworks",
                {
                    "id": framework_id,
                    "code": code,
                    "name": name,
                    "description": description,
                    "source": source,
                    "tags": json.dumps(list(tags)),
                    "position": position,
                    "example": int(example),
                    "local_scale": int(local_scale),
                    "retired": 0,
                    "created_at": stamp,
                    "updated_at": stamp,
                },
                f"A framework with the code '{code}' already exists.",
            )
            for rank, entry in enumerate(level_names, start=1):
                level_name, level_description = (entry, "") if isinstance(entry, str) else entry
                self.db.execute(
                    "INSERT INTO levels (id, framework_id, rank, name, description, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [new_id(), framework_id, rank, level_name, level_description, stamp, stamp],
                )
        return framework_id

    def level_ids(self, framework_id: str) -> dict[int, str]:
        """rank -> level id for one framework."""
        rows = self.db.conn.execute("SELECT rank, id FROM levels WHERE framework_id = ?", [framework_id])
        return {rank: level_id for rank, level_id in rows}

    def rename_framework(self, framework_id: str, name: str) -> None:
        self._update("frameworks", framework_id, {"name": required(name, "A framework needs a name.")})

    def rename_level(self, level_id: str, name: str) -> None:
        self._update("levels", level_id, {"name": required(name, "A level needs a name.")})

    # -- modules ---------------------------------------------------------------------------
    def add_module(self, fields: Mapping[str, Any], grants: Iterable[str] = ()) -> str:
        module_id = new_id()
        stamp = now_stamp()
        row = _module_row(fields)
        row.update(id=module_id, created_at=stamp, updated_at=stamp, retired=0)
        row["example"] = int(bool(row.get("example", False)))
        for text_field in ("provider", "delivery", "url", "source"):
            row[text_field] = row.get(text_field) or ("course" if text_field == "delivery" else "")
        required(row.get("code"), "A module needs a code.")
        required(row.get("title"), "A module needs a title.")
        with self.db.atomic():
            self._insert("modules", row, f"A module with the code '{row['code']}' already exists.")
            self._set_grants(module_id, grants)
        return module_id

    def update_module(self, module_id: str, fields: Mapping[str, Any], grants: Iterable[str] | None = None) -> None:
        row = _module_row(fields)
        if "example" in row:
            row["example"] = int(bool(row["example"]))
        with self.db.atomic():
            self._update("modules", module_id, row, duplicate="A module with that code already exists.")
            if grants is not None:
                self.db.execute("DELETE FROM module_grants WHERE module_id = ?", [module_id])
                self._set_grants(module_id, grants)

    def _set_grants(self, module_id: str, grants: Iterable[str]) -> None:
        for level_id in set(grants):
            self.db.execute("INSERT INTO module_grants (module_id, level_id) VALUES (?, ?)", [module_id, level_id])

    def set_module_retired(self, module_id: str, retired: bool) -> None:
        self._update("modules", module_id, {"retired": int(retired)})

    def module_usage(self, module_id: str) -> dict[str, int]:
        q = self.db.conn.execute
        return {
            "completions": q("SELECT COUNT(*) FROM completions WHERE module_id = ?", [module_id]).fetchone()[0],
            "roles": q("SELECT COUNT(*) FROM role_modules WHERE module_id = ?", [module_id]).fetchone()[0],
        }

    def delete_module(self, module_id: str) -> None:
        usage = self.module_usage(module_id)
        if usage["completions"] or usage["roles"]:
            raise InUseError(
                fill(
                    translate(
                        "catalogue_repository",
                        "This module has %1 recorded completion(s) and is required by %2 role(s). Retire it "
                        "instead, so those records keep their meaning.",
                    ),
                    usage["completions"],
                    usage["roles"],
                )
            )
        with self.db.atomic():
            self._delete("modules", module_id)

    # -- roles -----------------------------------------------------------------------------
    def add_role(
        self,
        fields: Mapping[str, Any],
        levels: Mapping[str, str] | None = None,
        modules: Iterable[str] = (),
        stages: Iterable[Stage] = (),
        sources: Mapping[str, str] | None = None,
    ) -> str:
        """Add a role with its requirements: {framework id: level id}, module ids, stages (due
        windows of their own) and sources (keyed by framework or module id)."""
        role_id = new_id()
        stamp = now_stamp()
        row = {k: fields.get(k) for k in ROLE_FIELDS if k in fields}
        required(row.get("code"), "A role needs a code.")
        required(row.get("name"), "A role needs a name.")
        row.setdefault("due_days", 90)
        row["example"] = int(bool(row.get("example", False)))
        row.update(id=role_id, created_at=stamp, updated_at=stamp, retired=0)
        row["sector"] = row.get("sector") or ""
        row["description"] = row.get("description") or ""
        row["regulator"] = row.get("regulator") or ""
        with self.db.atomic():
            self._insert("roles", row, f"A role called '{row['name']}' or coded '{row['code']}' already exists.")
            self._set_role_requirements(role_id, levels or {}, modules, stages, sources or {})
        return role_id

    def update_role(self, role_id: str, fields: Mapping[str, Any]) -> None:
        row = {k: fields[k] for k in ROLE_FIELDS if k in fields}
        self._update("roles", role_id, row, duplicate="Another role already has that name or code.")

    def set_role_requirements(
        self,
        role_id: str,
        levels: Mapping[str, str],
        modules: Iterable[str],
        stages: Iterable[Stage] | None = None,
    ) -> None:
        """Replace the role's requirements: {framework id: level id}, module ids and, when given,
        its stages (None keeps the stages that still apply). A level or module that stays keeps
        its source; a changed one is the organisation's own choice."""
        with self.db.atomic():
            self._require("roles", role_id)
            q = self.db.conn.execute
            sources = {
                fw: src
                for fw, lv, src in q(
                    "SELECT framework_id, level_id, source FROM role_levels WHERE role_id = ?", [role_id]
                )
                if levels.get(fw) == lv
            }
            sources.update(
                {m: src for m, src in q("SELECT module_id, source FROM role_modules WHERE role_id = ?", [role_id])}
            )
            if stages is None:
                stages = [
                    Stage(d, n, lv, m)
                    for lv, m, d, n in q(
                        "SELECT level_id, module_id, due_days, name FROM role_stages WHERE role_id = ?", [role_id]
                    )
                ]
            self.db.execute("DELETE FROM role_levels WHERE role_id = ?", [role_id])
            self.db.execute("DELETE FROM role_modules WHERE role_id = ?", [role_id])
            self.db.execute("DELETE FROM role_stages WHERE role_id = ?", [role_id])
            self._set_role_requirements(role_id, levels, modules, stages, sources)
            self._touch("roles", role_id)

    def _set_role_requirements(
        self,
        role_id: str,
        levels: Mapping[str, str],
        modules: Iterable[str],
        stages: Iterable[Stage],
        sources: Mapping[str, str],
    ) -> None:
        for framework_id, level_id in levels.items():
            self.db.execute(
                "INSERT INTO role_levels (role_id, framework_id, level_id, source) "
                "SELECT ?, framework_id, id, ? FROM levels WHERE id = ? AND framework_id = ?",
                [role_id, sources.get(framework_id, ""), level_id, framework_id],
            )
        modules = set(modules)
        for module_id in modules:
            self.db.execute(
                "INSERT INTO role_modules (role_id, module_id, source) VALUES (?, ?, ?)",
                [role_id, module_id, sources.get(module_id, "")],
            )
        ranks = {
            fw: rank
            for fw, rank in self.db.conn.execute(
                "SELECT rl.framework_id, l.rank FROM role_levels rl JOIN levels l ON l.id = rl.level_id "
                "WHERE rl.role_id = ?",
                [role_id],
            )
        }
        for stage in stages:
            if stage.level_id:  # only a level the role asks for, at or below its target
                row = self.db.conn.execute(
                    "SELECT framework_id, rank FROM levels WHERE id = ?", [stage.level_id]
                ).fetchone()
                if row is None or row[1] > ranks.get(row[0], 0):
                    continue
            elif stage.module_id not in modules:
                continue
            self.db.execute(
                "INSERT INTO role_stages (id, role_id, level_id, module_id, due_days, name) VALUES (?, ?, ?, ?, ?, ?)",
                [new_id(), role_id, stage.level_id, stage.module_id, stage.due_days, stage.name.strip()],
            )

    def set_role_retired(self, role_id: str, retired: bool) -> None:
        self._update("roles", role_id, {"retired": int(retired)})

    def role_usage(self, role_id: str) -> int:
        count: int = self.db.conn.execute("SELECT COUNT(*) FROM worker_roles WHERE role_id = ?", [role_id]).fetchone()[
            0
        ]
        return count

    def delete_role(self, role_id: str) -> None:
        used = self.role_usage(role_id)
        if used:
            raise InUseError(
                fill(
                    translate("catalogue_repository", "%1 worker role record(s) use this role. Retire it instead."),
                    used,
                )
            )
        with self.db.atomic():
            self._delete("roles", role_id)
