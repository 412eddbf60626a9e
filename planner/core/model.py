"""The domain's records as immutable dataclasses.

Storage builds these from rows; the status engine and the pathway read them. Identifiers are
strings (UUIDs in the database) so that records can later move between machines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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

    def level_by_rank(self, rank: int) -> Level:
        for level in self.levels:
            if level.rank == rank:
                return level
        raise KeyError(f"{self.name} has no level {rank}")

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


@dataclass(frozen=True)
class LevelRequirement:
    framework_id: str
    level_id: str


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
    retired: bool = False
    roles: tuple[RoleAssignment, ...] = field(default=())


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

    def level(self, level_id: str) -> Level:
        return self._levels[level_id]

    def framework(self, framework_id: str) -> Framework:
        return self._frameworks[framework_id]

    def module(self, module_id: str) -> Module:
        return self._modules[module_id]

    def role(self, role_id: str) -> Role:
        return self._roles[role_id]

    def has_role(self, role_id: str) -> bool:
        return role_id in self._roles

    def modules_granting(self, level_id: str) -> list[Module]:
        return list(self._granting.get(level_id, ()))
