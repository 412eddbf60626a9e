"""The starter frameworks, modules and roles shipped in ``resources/``: loading them into a new
database, and offering what a newer version adds to a database made by an earlier one (new
roles and modules are offered, never forced over the organisation's own mapping)."""

from __future__ import annotations

import sqlite3
import tomllib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.model import Stage
from planner.services.changes import Changed
from planner.services.workspace import Workspace
from planner.shipped import resource
from planner.storage.database import StorageError

STARTER_FILE = "starter_framework.toml"
MODULE_KEYS = (
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


class DamagedStarterData(UserError):
    """The framework data shipped with the app is not in the shape this version reads."""


@contextmanager
def _reading_starter() -> Iterator[None]:
    """Turn a starter file in the wrong shape (a missing key, a wrong type, bad TOML) into one
    message; whatever was being written is rolled back by the caller's transaction."""
    try:
        yield
    except UserError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, sqlite3.Error) as exc:
        detail = f"missing '{exc.args[0]}'" if isinstance(exc, KeyError) and exc.args else str(exc)
        raise DamagedStarterData(
            fill(
                translate(
                    "starter",
                    "The framework data that comes with Pathway Planner (%1) is damaged or in the wrong shape "
                    "(%2). Nothing was changed: reinstall the app.",
                ),
                STARTER_FILE,
                " ".join(detail.split())[:200],
            )
        ) from exc


def starter_data() -> dict[str, Any]:
    text = resource(STARTER_FILE).read_text(encoding="utf-8")
    with _reading_starter():
        data = tomllib.loads(text)
        for table in ("framework", "module", "role"):
            if not isinstance(data.get(table), list) or not all(isinstance(item, dict) for item in data[table]):
                raise ValueError(f"no list of [[{table}]] tables")
    return data


def starter_roles() -> list[tuple[str, str]]:
    """(code, name) of the starter roles, read from the data file without touching a database."""
    data = starter_data()
    with _reading_starter():
        return sorted(((str(r["code"]), str(r["name"])) for r in data["role"]), key=lambda r: r[1])


def load_starter(ws: Workspace) -> None:
    """Write the starter catalogue into an empty workspace, all or nothing."""
    data = starter_data()
    with _reading_starter(), ws.db.atomic():
        _add_frameworks(ws, data)
        _add(ws, data, [m["code"] for m in data["module"]], [r["code"] for r in data["role"]])


def _add_frameworks(ws: Workspace, data: dict[str, Any]) -> None:
    for position, fw in enumerate(data["framework"], start=1):
        ws.catalogue_repo.add_framework(
            fw["code"],
            fw["name"],
            [(lv["name"], lv.get("description", "")) for lv in fw["levels"]],
            description=fw.get("description", ""),
            source=fw.get("source", ""),
            tags=fw.get("tags", ()),
            example=fw.get("example", False),
            position=position,
            local_scale=fw.get("local_scale", False),
        )
    ws.settings_repo.set("starter_notice", data.get("notice", ""))


def _add(ws: Workspace, data: dict[str, Any], module_codes: Iterable[str], role_codes: Iterable[str]) -> None:
    """Add starter modules and roles (by code) to a catalogue whose frameworks exist."""
    repo = ws.catalogue_repo
    catalogue = repo.load()
    frameworks = {fw.code: fw for fw in catalogue.frameworks}
    level_ids = {fw.code: {lv.rank: lv.id for lv in fw.levels} for fw in catalogue.frameworks}
    module_ids = {m.code: m.id for m in catalogue.modules}
    mapping_sources = {fw["code"]: fw.get("mapping_source", "") for fw in data["framework"]}

    def level(ref: str) -> str:
        code, rank = ref.split(":")
        try:
            return level_ids[code][int(rank)]
        except KeyError:
            raise StorageError(
                fill(
                    translate("starter", "The starter data refers to %1, which this organisation's frameworks lack."),
                    ref,
                )
            ) from None

    wanted = set(module_codes)
    for mod in data["module"]:
        if mod["code"] in wanted and mod["code"] not in module_ids:
            fields = {k: mod.get(k) for k in MODULE_KEYS if k in mod}
            module_ids[mod["code"]] = repo.add_module(fields, [level(ref) for ref in mod.get("grants", ())])
    wanted = set(role_codes)
    for role in data["role"]:
        if role["code"] not in wanted:
            continue
        levels = {
            frameworks[code].id: level(f"{code}:{rank}")
            for code, rank in role.get("levels", {}).items()
            if code in frameworks
        }
        given = role.get("sources", {})
        sources = {
            frameworks[code].id: given.get(code) or mapping_sources.get(code, "")
            for code in role.get("levels", {})
            if code in frameworks
        }
        sources.update({module_ids[c]: given.get(c, "") for c in role.get("modules", ()) if c in module_ids})
        stages = [
            Stage(
                s["days"],
                s.get("name", ""),
                level_id=level(s["level"]) if "level" in s else None,
                module_id=module_ids[s["module"]] if "module" in s else None,
            )
            for s in role.get("stages", ())
        ]
        repo.add_role(
            {
                "code": role["code"],
                "name": role["name"],
                "sector": role.get("sector", ""),
                "due_days": role.get("due_days", 90),
                "example": True,
                "regulator": role.get("regulator", ""),
                "supervision_days": role.get("supervision_days"),
                "description": role.get("source", ""),
            },
            levels,
            [module_ids[c] for c in role.get("modules", ())],
            stages,
            sources,
        )


@dataclass(frozen=True)
class StarterUpdates:
    """Starter modules and roles this version ships that the database does not have yet:
    (code, name) pairs. A role is offered only if every framework it needs exists here."""

    modules: list[tuple[str, str]]
    roles: list[tuple[str, str]]

    def __bool__(self) -> bool:
        return bool(self.modules or self.roles)


class StarterService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def updates(self) -> StarterUpdates:
        """What the starter data has that this organisation lacks (everything, in an empty folder)."""
        with _reading_starter():
            return self._updates(starter_data())

    def _updates(self, data: dict[str, Any]) -> StarterUpdates:
        if self.ws.is_empty():
            return StarterUpdates(
                [(m["code"], m["title"]) for m in data["module"]], [(r["code"], r["name"]) for r in data["role"]]
            )
        catalogue = self.ws.catalogue_repo.load()
        have_modules = {m.code for m in catalogue.modules}
        have_roles = {r.code for r in catalogue.roles} | {r.name for r in catalogue.roles}
        frameworks = {fw.code for fw in catalogue.frameworks}
        modules = [
            (m["code"], m["title"])
            for m in data["module"]
            if m["code"] not in have_modules and all(ref.split(":")[0] in frameworks for ref in m.get("grants", ()))
        ]
        roles = [
            (r["code"], r["name"])
            for r in data["role"]
            if r["code"] not in have_roles
            and r["name"] not in have_roles
            and all(code in frameworks for code in r.get("levels", {}))
        ]
        return StarterUpdates(modules, roles)

    def add(self, role_codes: Iterable[str] = (), module_codes: Iterable[str] = ()) -> Changed:
        """Add chosen starter roles (with the modules they need) and modules, all or nothing."""
        offered = self.updates()
        roles = list(dict.fromkeys(role_codes))
        unknown = [c for c in roles if c not in {code for code, _ in offered.roles}]
        if unknown:
            raise StorageError(
                fill(translate("starter", "'%1' is not a new starter role: it is here already or unknown."), unknown[0])
            )
        data = starter_data()
        with _reading_starter():
            return self._add_chosen(data, roles, module_codes, offered)

    def _add_chosen(
        self, data: dict[str, Any], roles: list[str], module_codes: Iterable[str], offered: StarterUpdates
    ) -> Changed:
        needed = {m for r in data["role"] if r["code"] in roles for m in r.get("modules", ())}
        modules = set(module_codes) | needed
        unknown = [c for c in module_codes if c not in {code for code, _ in offered.modules}]
        if unknown:
            raise StorageError(
                fill(
                    translate("starter", "'%1' is not a new starter module: it is here already or unknown."), unknown[0]
                )
            )
        if not roles and not modules:
            return Changed.NOTHING
        with self.ws.db.atomic():
            if self.ws.is_empty():  # a new folder: the frameworks come first
                _add_frameworks(self.ws, data)
            _add(self.ws, data, modules, roles)
        return Changed.CATALOGUE
