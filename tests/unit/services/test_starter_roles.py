"""The starter framework follows national guidance (DOMAIN.md), cites a source for every mapping,
and a database made by an earlier version is offered new roles, never forced."""

from __future__ import annotations

import pytest

from planner.core.cpl import SSSC_ELEMENT_NAMES, TOPIC_NAMES
from planner.services.starter import StarterService, starter_data

FOUNDATION = ("trauma", "child-protection", "childrens-rights", "child-development", "attachment")


@pytest.fixture
def catalogue(starter_ws):
    return starter_ws.catalogue_repo.load()


def levels(catalogue, code):
    role = next(r for r in catalogue.roles if r.code == code)
    return {catalogue.framework(r.framework_id).code: catalogue.level(r.level_id).rank for r in role.level_requirements}


def modules(catalogue, code):
    role = next(r for r in catalogue.roles if r.code == code)
    return {catalogue.module(m).code for m in role.module_requirements}


def test_every_role_holds_the_common_foundation_and_child_protection_with_a_source(catalogue):
    for role in catalogue.roles:
        held = {catalogue.framework(r.framework_id).code: r for r in role.level_requirements}
        assert set(held) == set(FOUNDATION), role.name
        for code, req in held.items():
            assert req.source.strip(), f"{role.name}: {code} has no source"


def test_roles_follow_the_child_protection_groups_and_trauma_levels(catalogue):
    assert levels(catalogue, "teacher")["child-protection"] == 3  # Specific
    assert levels(catalogue, "foster-carer")["child-protection"] == 3
    assert levels(catalogue, "elc-practitioner")["child-protection"] == 3
    for intensive in ("social-worker", "police-public-protection", "health-visitor", "guidance-teacher"):
        assert levels(catalogue, intensive)["child-protection"] == 4, intensive
    assert levels(catalogue, "police-response-officer")["child-protection"] == 2  # General
    assert levels(catalogue, "wider-workforce")["child-protection"] == 1  # Wider
    head = levels(catalogue, "head-teacher")
    assert head["trauma"] == 2 and "NES-STILT" in modules(catalogue, "head-teacher")
    assert levels(catalogue, "camhs-clinician")["trauma"] == 4  # Trauma – Specialist
    assert "police-officer" not in {r.code for r in catalogue.roles}  # split in two


def test_the_issue_s_new_roles_are_there(catalogue):
    names = {r.code for r in catalogue.roles}
    assert {
        "throughcare-worker",
        "guidance-teacher",
        "midwife",
        "family-nurse",
        "camhs-clinician",
        "childrens-reporter",
        "safeguarder",
        "cld-worker",
        "secure-care-worker",
        "volunteer",
        "elc-manager",
        "childminder",
        "police-response-officer",
        "police-public-protection",
    } <= names


def test_every_sssc_role_asks_for_adult_support_and_protection(catalogue):
    sssc = [r for r in catalogue.roles if r.regulator == "SSSC"]
    assert len(sssc) >= 7
    for role in sssc:
        assert "LOC-ASP" in modules(catalogue, role.code), role.name
    asp = next(m for m in catalogue.modules if m.code == "LOC-ASP")
    assert asp.topics == ("adult-protection",)


def test_panel_members_training_as_domain_md_describes(catalogue):
    panel = next(r for r in catalogue.roles if r.code == "panel-member")
    windows = catalogue.windows(panel.id).modules
    by_code = {catalogue.module(m).code: w for m, w in windows.items()}
    assert by_code["CHS-PRE"].days == 0 and by_code["CHS-PDA"].days == 730  # the SQA award within 2 years
    assert {"CHS-RR", "CHS-MOH", "HRG-ND"} <= set(by_code)
    for code in ("childrens-reporter", "safeguarder"):  # everyone in the Hearings system
        assert "HRG-ND" in modules(catalogue, code)
    pre = next(m for m in catalogue.modules if m.code == "CHS-PRE")
    assert "seven full days" in pre.source


def test_induction_is_staged_and_foster_carers_learn_before_approval(catalogue):
    teacher = next(r for r in catalogue.roles if r.code == "teacher")
    cp = next(f for f in catalogue.frameworks if f.code == "child-protection")
    trauma = next(f for f in catalogue.frameworks if f.code == "trauma")
    windows = catalogue.windows(teacher.id).levels
    assert [(w.days, w.stage) for w in windows[cp.id]] == [(7, "induction"), (180, ""), (180, "")]
    assert windows[trauma.id][0].days == 30
    carer = next(r for r in catalogue.roles if r.code == "foster-carer")
    carer_windows = catalogue.windows(carer.id)
    assert carer_windows.levels[cp.id][0] == carer_windows.levels[trauma.id][0]
    assert carer_windows.levels[cp.id][0].days < 0 and carer_windows.levels[cp.id][0].stage == "pre-approval"
    assert {w.stage for w in carer_windows.modules.values()} == {"pre-approval", "post-approval"}
    assert "CPD" in {w.stage for w in carer_windows.levels[cp.id]}


def test_local_scales_are_marked_and_modules_name_what_they_cover(catalogue):
    assert {f.code for f in catalogue.frameworks if f.local_scale} == {"child-development", "attachment"}
    rights = next(f for f in catalogue.frameworks if f.code == "childrens-rights")
    for partner in ("Together", "JRS Knowhow", "JustRight Scotland", "Children's Parliament"):
        assert partner in rights.source
    for m in catalogue.modules:
        assert set(m.topics) <= set(TOPIC_NAMES) and set(m.sssc_elements) <= set(SSSC_ELEMENT_NAMES), m.code


def test_every_starter_reference_resolves():
    data = starter_data()
    frameworks = {f["code"]: len(f["levels"]) for f in data["framework"]}
    codes = {m["code"] for m in data["module"]}
    for role in data["role"]:
        for stage in role.get("stages", ()):
            if "module" in stage:
                assert stage["module"] in role.get("modules", ()), (role["code"], stage)
            else:
                fw, rank = stage["level"].split(":")
                assert int(rank) <= role["levels"][fw], (role["code"], stage)
        assert set(role.get("modules", ())) <= codes
        assert all(1 <= rank <= frameworks[fw] for fw, rank in role["levels"].items())


def test_new_starter_roles_are_offered_and_added_with_their_modules(starter_ws):
    service = StarterService(starter_ws)
    assert not service.updates()  # a new database has them all
    panel = next(r for r in starter_ws.catalogue_repo.load().roles if r.code == "panel-member")
    starter_ws.catalogue_repo.delete_role(panel.id)
    nd = next(m for m in starter_ws.catalogue_repo.load().modules if m.code == "HRG-ND")
    for code in ("childrens-reporter", "safeguarder"):
        role = next(r for r in starter_ws.catalogue_repo.load().roles if r.code == code)
        starter_ws.catalogue_repo.delete_role(role.id)
    starter_ws.catalogue_repo.delete_module(nd.id)
    offered = service.updates()
    assert {c for c, _ in offered.roles} == {"panel-member", "childrens-reporter", "safeguarder"}
    assert {c for c, _ in offered.modules} == {"HRG-ND"}
    service.add(["panel-member"])  # brings HRG-ND with it
    assert {c for c, _ in service.updates().roles} == {"childrens-reporter", "safeguarder"}
    assert not service.updates().modules
    with pytest.raises(Exception, match="not a new starter role"):
        service.add(["teacher"])
