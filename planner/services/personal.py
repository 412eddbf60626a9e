""" "Just me": a personal database is an organisation of one.

A worker who installs the app for themselves enters their own details, roles and regulator;
the app then opens on their own pathway and learning, without team screens.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from planner.core.errors import UserError
from planner.core.i18n import translate
from planner.core.regulators import Registration
from planner.services.workspace import Workspace

MODE_KEY = "mode"
ME_KEY = "me_worker_id"
PERSONAL = "personal"
DEFAULT_STAFF_NO = "ME"


def start_just_me(
    ws: Workspace,
    fields: Mapping[str, Any],
    roles: Iterable[tuple[str, date]],
    registration: Registration | None = None,
) -> str:
    """Load the starter catalogue and create the worker's own record, all or nothing.

    ``roles`` are (role code, start date); returns the worker's id."""
    from planner.services.editing import check_choices

    roles = list(roles)
    check_choices(fields, [code for code, _start in roles])
    if not roles:
        raise UserError(translate("personal", "Choose your role."))
    with ws.db.atomic():
        if ws.is_empty():
            from planner.services.starter import load_starter

            load_starter(ws)
        catalogue = ws.catalogue_repo.load()
        by_code = {r.code: r.id for r in catalogue.roles}
        details = dict(fields)
        details["staff_no"] = (details.get("staff_no") or "").strip() or DEFAULT_STAFF_NO
        worker_id = ws.people_repo.add_worker(details, [(by_code[code], start) for code, start in roles])
        if registration is not None:
            ws.registration_repo.save(worker_id, registration)
        ws.settings_repo.set(MODE_KEY, PERSONAL)
        ws.settings_repo.set(ME_KEY, worker_id)
    return worker_id


def is_personal(ws: Workspace) -> bool:
    """A worker's own copy: the database keeps reflections' words and private notes (the same
    test its triggers make, db/0007)."""
    return ws.settings_repo.get(MODE_KEY) == PERSONAL


def personal_worker_id(ws: Workspace) -> str | None:
    """The worker this personal database belongs to, or None for an organisation's database."""
    if ws.settings_repo.get(MODE_KEY) != PERSONAL:
        return None
    return ws.settings_repo.get(ME_KEY)
