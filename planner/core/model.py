"""The domain's records as immutable dataclasses.

Storage builds these from rows; the status engine and the pathway read them. Identifiers are
strings (UUIDs in the database) so that records can later move between machines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.core.i18n import fill, translate

REGULATORS = ("SSSC", "NMC", "GTCS", "none")

DELIVERY_KINDS = (
    "e-learning",
    "workshop",
    "course",
    "qualification",
    "animation",
    "reading",
    "shadowing",
    "other",
)


@dataclass(frozen=True)
class Level:
    id: str
    framework_id: str
    rank: int  # 1 is the lowest; holding rank n means holding every rank below it
    name: str
    description: str = ""


@dataclass(frozen=True)
class Framework:
    id: str
    code: str
    name: str
    levels: tuple[Level, ...]  # ordered by rank
    description: str = ""
    source: str = ""
    tags: tuple[str, ...] = ()
    example: bool = False
    retired: bool = False
    local_scale: bool = False  # no national tiered framework: the levels are the organisation's own

    def level_by_rank(self, rank: int) -> Level:
        for level in self.levels:
            if level.rank == rank:
                return level
        raise KeyError(fill(translate("model", "%1 has no level %2"), self.name, rank))

    def levels_up_to(self, rank: int) -> tuple[Level, ...]:
        return tuple(level for level in self.levels if level.rank <= rank)


@dataclass(frozen=True)
class Module:
    id: str
    code: str
    title: str
    provider: str = ""
    delivery: str = "course"
    hours: float | None = None
    grants: frozenset[str] = frozenset()  # level ids
    renewal_months: int | None = None
    url: str = ""
    source: str = ""
    example: bool = False
    retired: bool = False
    topics: tuple[str, ...] = ()  # regulator topics it covers beyond its levels (e.g. adult-protection)
    sssc_elements: tuple[str, ...] = ()  # SSSC core learning elements it covers


@dataclass(frozen=True)
class LevelRequirement:
    framework_id: str
    level_id: str
    source: str = ""  # why the role needs this level (a citation)


@dataclass(frozen=True)
class Stage:
    """A requirement of a role with a due window of its own: a level (at or below the level the
    role asks for in that framework) or one of the role's modules, due ``due_days`` after the
    role starts. Negative days fall before the start (a foster carer's pre-approval learning)."""

    due_days: int
    name: str = ""  # "induction", "pre-approval", "post-approval", "CPD" …
    level_id: str | None = None
    module_id: str | None = None


@dataclass(frozen=True)
class Role:
    id: str
    code: str
    name: str
    sector: str = ""
    due_days: int = 90  # requirements are due this many days after starting the role
    supervision_days: int | None = None  # target gap between reflective supervision sessions
    level_requirements: tuple[LevelRequirement, ...] = ()
    module_requirements: tuple[str, ...] = ()  # module ids
    description: str = ""
    example: bool = False
    retired: bool = False
    stages: tuple[Stage, ...] = ()
    regulator: str = ""  # the regulator people in this role usually register with ("" for none)


@dataclass(frozen=True)
class RoleAssignment:
    role_id: str
    started_on: date
    ended_on: date | None = None
    id: str = ""

    def active_on(self, on: date) -> bool:
        """A role counts from before it starts (so it can be planned for) until it ends."""
        return self.ended_on is None or self.ended_on > on


@dataclass(frozen=True)
class Completion:
    module_id: str
    completed_on: date
    source: str = "manual"
    id: str = ""


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    sector: str = ""
    retired: bool = False


@dataclass(frozen=True)
class Worker:
    id: str
    staff_no: str
    name: str
    team_id: str | None = None
    email: str = ""
    regulator: str = "none"
    register_part: str = ""
    registration_no: str = ""
    retired: bool = False  # has left
    roles: tuple[RoleAssignment, ...] = field(default=())
    left_on: date | None = None


@dataclass(frozen=True)
class Window:
    """When one requirement of a role falls due: days after the role starts, and the stage."""

    days: int
    stage: str = ""


@dataclass(frozen=True)
class RoleWindows:
    """Due windows of every requirement of one role. ``levels`` gives, per framework, the window
    of each rank from 1 up to the rank the role asks for (index 0 is rank 1)."""

    levels: dict[str, tuple[Window, ...]]
    modules: dict[str, Window]


class Catalogue:
    """Everything the status engine needs to know about frameworks, modules and roles,
    indexed once so that evaluating thousands of workers does no repeated searching."""

    def __init__(
        self,
        frameworks: tuple[Framework, ...] | list[Framework],
        modules: tuple[Module, ...] | list[Module],
        roles: tuple[Role, ...] | list[Role],
    ) -> None:
        self.frameworks = tuple(frameworks)
        self.modules = tuple(modules)
        self.roles = tuple(roles)
        self._levels = {lv.id: lv for fw in self.frameworks for lv in fw.levels}
        self._frameworks = {fw.id: fw for fw in self.frameworks}
        self._modules = {m.id: m for m in self.modules}
        self._roles = {r.id: r for r in self.roles}
        self._granting: dict[str, list[Module]] = {}
        for module in self.modules:
            for level_id in module.grants:
                self._granting.setdefault(level_id, []).append(module)
        self._windows: dict[str, RoleWindows] = {}

    def level(self, level_id: str) -> Level:
        return self._levels[level_id]

    def framework(self, framework_id: str) -> Framework:
        return self._frameworks[framework_id]

    def module(self, module_id: str) -> Module:
        return self._modules[module_id]

    def has_module(self, module_id: str) -> bool:
        return module_id in self._modules

    def role(self, role_id: str) -> Role:
        return self._roles[role_id]

    def has_role(self, role_id: str) -> bool:
        return role_id in self._roles

    def modules_granting(self, level_id: str) -> list[Module]:
        return list(self._granting.get(level_id, ()))

    def windows(self, role_id: str) -> RoleWindows:
        """The due window of each requirement of a role (computed once per catalogue).

        A level or module named by one of the role's stages has that stage's window; the rest
        have the role's own window. Levels are cumulative, so a level is never due after a level
        above it: each rank takes the earliest window of itself and every rank above it that the
        role asks for. A stage outside what the role asks for is ignored."""
        found = self._windows.get(role_id)
        if found is not None:
            return found
        role = self._roles[role_id]
        default = Window(role.due_days)
        own_level = {s.level_id: Window(s.due_days, s.name) for s in role.stages if s.level_id}
        own_module = {s.module_id: Window(s.due_days, s.name) for s in role.stages if s.module_id}
        levels: dict[str, tuple[Window, ...]] = {}
        for req in role.level_requirements:
            framework = self._frameworks.get(req.framework_id)
            if framework is None or req.level_id not in self._levels:
                continue
            target = self._levels[req.level_id].rank
            per_rank = [own_level.get(lv.id, default) for lv in framework.levels_up_to(target)]
            for i in range(len(per_rank) - 2, -1, -1):  # earliest of this rank and those above
                if per_rank[i + 1].days < per_rank[i].days:
                    per_rank[i] = per_rank[i + 1]
            levels[framework.id] = tuple(per_rank)
        modules = {m: own_module.get(m, default) for m in role.module_requirements}
        found = RoleWindows(levels, modules)
        self._windows[role_id] = found
        return found
