"""A small hand-made catalogue for the engine's tests: two frameworks, a few modules, roles."""

from __future__ import annotations

from planner.core.model import Catalogue, Framework, Level, LevelRequirement, Module, Role, Stage


def level(fw: str, rank: int, name: str) -> Level:
    return Level(id=f"{fw}{rank}", framework_id=fw, rank=rank, name=name)


TRAUMA = Framework(
    id="T",
    code="trauma",
    name="Trauma",
    levels=(
        level("T", 1, "Informed"),
        level("T", 2, "Skilled"),
        level("T", 3, "Enhanced"),
        level("T", 4, "Specialist"),
    ),
)
CP = Framework(
    id="C",
    code="cp",
    name="Child protection",
    levels=(level("C", 1, "Wider"), level("C", 2, "General"), level("C", 3, "Specific")),
)

MODULES = (
    Module(id="m-t1", code="T1", title="Opening Doors", hours=0.5, grants=frozenset({"T1"})),
    Module(id="m-t1b", code="T1B", title="Sowing Seeds", hours=2.0, grants=frozenset({"T1"})),
    Module(id="m-t2", code="T2", title="Trauma skilled", hours=2.0, grants=frozenset({"T2"})),
    Module(id="m-t3", code="T3", title="Trauma enhanced", hours=12, grants=frozenset({"T3"})),
    Module(id="m-t4", code="T4", title="Specialist", hours=None, grants=frozenset({"T4"})),
    Module(id="m-c1", code="C1", title="CP wider", hours=1, grants=frozenset({"C1"}), renewal_months=36),
    Module(id="m-c2", code="C2", title="CP general", hours=6, grants=frozenset({"C2"}), renewal_months=36),
    Module(
        id="m-c12",
        code="C12",
        title="CP wider and general",
        hours=7,
        grants=frozenset({"C1", "C2"}),
        renewal_months=36,
    ),
    Module(id="m-c3", code="C3", title="CP specific", hours=14, grants=frozenset({"C3"})),
    Module(id="m-old", code="OLD", title="Retired course", grants=frozenset({"T2"}), retired=True),
    Module(id="m-first", code="FA", title="First aid", hours=6, renewal_months=36),
)

ROLES = (
    Role(
        id="care",
        code="care",
        name="Care worker",
        due_days=90,
        level_requirements=(LevelRequirement("T", "T2"), LevelRequirement("C", "C2")),
        module_requirements=("m-first",),
    ),
    Role(
        id="manager",
        code="manager",
        name="Team manager",
        due_days=180,
        level_requirements=(LevelRequirement("T", "T3"), LevelRequirement("C", "C1")),
    ),
    Role(
        id="driver",
        code="driver",
        name="Driver",
        due_days=30,
        level_requirements=(LevelRequirement("T", "T1"),),
    ),
    # staged: CP Wider before starting, first aid in the first week, CP Specific later than the
    # role's own window, Trauma Skilled on the role's window
    Role(
        id="carer",
        code="carer",
        name="Foster carer",
        due_days=365,
        level_requirements=(LevelRequirement("T", "T2"), LevelRequirement("C", "C3")),
        module_requirements=("m-first",),
        stages=(
            Stage(-30, "pre-approval", level_id="C1"),
            Stage(7, "induction", module_id="m-first"),
            Stage(730, "CPD", level_id="C3"),
            Stage(10, "outside the role", level_id="T4"),
        ),
    ),
)


def catalogue() -> Catalogue:
    return Catalogue((TRAUMA, CP), MODULES, ROLES)
