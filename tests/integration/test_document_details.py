"""What a verifier, a manager or a training lead reads on paper, checked in the PDF: dates that
say what they are, hours exactly as recorded with totals that add up, certificates that carry
what a certificate should and verify only what they state, batches that name their worker on
every page and never carry reflections, and output places that are refused with a message."""

from __future__ import annotations

import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.core.errors import UserError
from planner.core.files import write_bytes
from planner.services.documents import DocumentService
from planner.services.learning import LearningService
from tests.conftest import FIXED_TODAY
from tests.integration.test_cli import run

SECRET = "Only mine to read"


def pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


@pytest.fixture
def service(demo_ws):
    return DocumentService(demo_ws, today=FIXED_TODAY)


def worker(ws, staff_no):
    return ws.people_repo.worker_by_staff_no(staff_no)


def test_record_dates_say_what_they_are_and_totals_add_up(service, demo_ws, tmp_path):
    w = worker(demo_ws, "E01000")
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    learning.add_entry(
        w.id,
        {
            "occurred_on": FIXED_TODAY - timedelta(days=3),
            "title": "Quarter-hour reading",
            "hours": 1.25,
            "kind": "reading",
            "reflection_written": True,
        },
    )
    data = service.record_data(w.id, FIXED_TODAY)
    for req in data.requirements:
        assert req.words.startswith(req.state if req.state != "due" else "due by"), req
        if req.words.startswith("recorded ") and req.words != "recorded":
            recorded = req.words.removeprefix("recorded ").split(",")[0]
            _day, _month, year = recorded.split()
            assert int(year) <= FIXED_TODAY.year  # never a future date after "recorded"
    path = service.export_record(w.staff_no, tmp_path / "record.pdf", on=FIXED_TODAY)
    text = " ".join(pages(path))
    assert "Quarter-hour reading" in text and "1.25" in text
    assert any("expires" in r.words for r in data.requirements)
    # the period's learning is listed, and its total is the sum of its rows
    assert data.period_entries and f"Total: {len(data.period_entries)} entr" in text
    from planner.core.hours import hours_text, total

    assert f"{hours_text(total([e[5] for e in data.period_entries]))}" in text
    for year, n, hours, part in data.cpl_by_year:
        entries = [e for e in learning.entries(w.id) if e.occurred_on.year == year]
        assert n == len(entries) and hours == total([e.hours for e in entries])


def test_sssc_pack_is_what_a_verifier_needs(service, demo_ws, tmp_path):
    sssc = next(w for w in demo_ws.people_repo.workers() if w.regulator == "SSSC" and w.registration_no)
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    reg = learning.registration(sssc.id)
    from dataclasses import replace

    learning.save_registration(sssc.id, replace(reg, funded_elc=True))
    learning.add_entry(
        sssc.id,
        {
            "occurred_on": FIXED_TODAY - timedelta(days=2),
            "title": "Team workshop",
            "hours": 2.75,
            "kind": "workshop",
            "provider": "Rowan House",
            "participatory": True,
        },
    )
    path = tmp_path / "pack.pdf"
    write_bytes(path, service.sssc_pack(sssc.staff_no, on=FIXED_TODAY))
    text = pages(path)
    whole = " ".join(text)
    assert sssc.register_part in whole and "Rowan House" in whole and "2.75" in whole
    assert "With others" in whole and "Funded early learning and childcare" in whole
    assert "as on 22 Nov 2026" in whole and "Worker's declaration" in whole
    verifier = [t for t in text if "Verified by" in t]
    assert len(verifier) == 1 and "Comments" in verifier[0]  # the verifier's box kept on one page
    data = service.sssc_pack_data(sssc.staff_no, on=FIXED_TODAY)
    from planner.core.hours import hours_text, total

    assert f"Total: {len(data.entries)} entr" in whole
    assert hours_text(total([e.hours for e in data.entries])) in whole


def test_certificates_carry_what_a_certificate_should(service, demo_ws, tmp_path):
    demo_ws.settings_repo.set("certificate_signatory", "Morag Reid")
    demo_ws.settings_repo.set("certificate_signatory_role", "Learning and development lead")
    w = worker(demo_ws, "E01002")
    data = service.certificates_data([w.id])
    assert data and all(c.code and c.provider and c.issued_on == FIXED_TODAY for c in data)
    path = tmp_path / "certs.pdf"
    write_bytes(path, service.certificates([w.id]))
    text = pages(path)
    assert len(text) == len(data)  # one page each: name, code and signature together
    for page, c in zip(text, data, strict=True):
        assert c.name in page and c.code in page and "Signature: Morag Reid · Learning and development lead" in page
        assert uk_date(c.completed_on) in page and "Issued 22 Nov 2026" in page
        assert (f"Renew by {uk_date(c.renew_by)}" if c.renew_by else "Does not expire") in page
        assert f"Certificate: {c.name} ({c.staff_no})" in page  # the footer names whose it is


def uk_date(d: date) -> str:
    from planner.core.dates import uk

    return uk(d)


def test_expired_learning_is_certified_only_when_asked(service, demo_ws):
    expired = []
    for w in demo_ws.people_repo.workers():
        every = service.certificates_data([w.id], include_expired=True)
        current = service.certificates_data([w.id])
        if len(every) > len(current):
            expired.append((w, every, current))
    assert expired
    _w, every, current = expired[0]
    assert all(c.renew_by is None or c.renew_by >= FIXED_TODAY for c in current)
    assert any(c.renew_by is not None and c.renew_by < FIXED_TODAY for c in every)


def test_verification_covers_only_what_the_certificate_states(service, demo_ws):
    w = worker(demo_ws, "E01002")
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    c = service.certificates_data([w.id])[0]
    entry = next(e for e in learning.completions(w.id) if e.occurred_on == c.completed_on)
    learning.update_entry(entry.id, {"reflection_written": True, "hours": 9.5})
    demo_ws.settings_repo.set("organisation_name", "A New Name for the Council")
    assert service.verify(c.code)[0]  # reflections, hours and the organisation's name are not certified
    assert next(x.code for x in service.certificates_data([w.id])) == c.code  # re-printed: the same code
    learning.update_entry(entry.id, {"occurred_on": c.completed_on - timedelta(days=1)})
    genuine, message = service.verify(c.code)
    assert not genuine and "changed" in message


def test_a_personal_copy_prints_self_recorded_certificates(starter_ws, tmp_path):
    from planner.services.personal import start_just_me

    me = start_just_me(
        starter_ws, {"name": "Ana Ruiz", "regulator": "none"}, [("kinship-carer", FIXED_TODAY - timedelta(days=100))]
    )
    learning = LearningService(starter_ws, today=FIXED_TODAY)
    module = next(m for m in starter_ws.catalogue_repo.load().modules if m.code == "NES-OD")
    learning.record_completion(me, module.id, FIXED_TODAY - timedelta(days=5))
    service = DocumentService(starter_ws, today=FIXED_TODAY)
    data = service.certificates_data([me])
    assert [c.code for c in data] == [None]
    path = tmp_path / "mine.pdf"
    write_bytes(path, service.certificates([me]))
    text = " ".join(pages(path))
    assert "Self-recorded" in text and "Verification code" not in text
    assert starter_ws.db.conn.execute("SELECT COUNT(*) FROM certificates").fetchone()[0] == 0


def test_combined_records_name_their_worker_on_every_page(demo_ws, tmp_path):
    from planner.services.batch import export

    team = demo_ws.people_repo.teams()[0]
    workers = demo_ws.people_repo.workers(team.id)
    path = export(demo_ws, "records", [w.id for w in workers], tmp_path / "all.pdf", today=FIXED_TODAY)[0]
    text = pages(path)
    for page in text:
        assert any(f"Learning record: {w.name} ({w.staff_no})" in page for w in workers), page[-200:]
        assert len(page) > 250  # no page holds only a closing sentence
    outline = [o.title for o in PdfReader(path).outline]
    assert outline == [f"{w.name} ({w.staff_no})" for w in workers]


def test_no_heading_of_a_learning_record_stands_alone_at_the_foot_of_a_page(demo_ws, tmp_path):
    """Every worker's record in one PDF: no page ends (above its two footer lines) with a
    section heading whose words went over to the next page."""
    from planner.services.batch import export

    workers = demo_ws.people_repo.workers()
    path = export(demo_ws, "records", [w.id for w in workers], tmp_path / "all.pdf", today=FIXED_TODAY)[0]
    headings = {"Reflective supervision", "Regulator cycle", "Roles", "Requirements", "Completions"}
    lines = [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()] for page in PdfReader(path).pages
    ]
    ends = [page[-3] for page in lines]
    assert len(ends) > len(workers)  # some records run over a page
    assert [end for end in ends if end in headings or end.startswith("Learning in ")] == []
    # the regulator cycle's few lines stay with their heading: never split by a page's end
    assert [page[-4:-2] for page in lines if "Regulator cycle" in page[-4:-2]] == []


def test_records_and_certificates_share_a_folder_and_clashing_staff_numbers_get_their_own_files(demo_ws, tmp_path):
    from planner.services.batch import export

    people = demo_ws.people_repo
    team = people.teams()[0]
    a = people.add_worker({"staff_no": "A/1", "name": "Sam Lee", "team_id": team.id})
    b = people.add_worker({"staff_no": "A:1", "name": "Sam Lee", "team_id": team.id})
    folder = tmp_path / "out"
    records = export(demo_ws, "records", [a, b], folder, today=FIXED_TODAY)
    assert len(records) == 2 and len(set(records)) == 2 and all(p.exists() for p in records)
    ids = [w.id for w in people.workers(team.id)][:3]
    certificates = export(demo_ws, "certificates", ids, folder, today=FIXED_TODAY)
    assert not set(records) & set(certificates)
    assert len(list(folder.glob("*.pdf"))) == len(records) + len(certificates)


def test_pdf_metadata_permissions_plurals_and_missing_glyphs(service, demo_ws, tmp_path):
    w = worker(demo_ws, "E01003")
    demo_ws.people_repo.update_worker(w.id, {"name": "Jo 🌟 Smith"})
    old = os.umask(0o022)
    try:
        path = service.export_record(w.staff_no, tmp_path / "r.pdf", on=FIXED_TODAY)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    reader = PdfReader(path)
    assert str(reader.metadata["/CreationDate"])[2:6] == str(date.today().year)
    text = " ".join(pages(path))
    assert "Jo [glowing star] Smith" in text
    sheet = tmp_path / "sheet.pdf"
    from planner.services.training import TrainingService

    training = TrainingService(demo_ws)
    _, session = training.add_session({"module_id": training.module_by_code("NES-SS"), "held_on": FIXED_TODAY})
    training.book(session, [w.id])
    write_bytes(sheet, service.signin(session))
    assert "1 person booked" in " ".join(pages(sheet))


def test_sign_in_rows_grow_with_long_names(service, demo_ws):
    from planner.reports.signin_sheet import SignInData, SignInSheet

    long_name = "Aleksandra Konstantynopolitańczykiewiczówna-Brzęczyszczykiewicz of Glenbuchat and Strathdon"
    data = SignInData(
        "NES-SS Sowing Seeds",
        FIXED_TODAY,
        "10:00",
        "",
        "Rowan House",
        "",
        None,
        [(long_name, "E1", "Northfield Children and Families Social Work"), ("Amy Wallace", "E2", "")],
    )
    sheet = SignInSheet(service.letterhead())
    table = next(f for f in sheet.story(data) if type(f).__name__ == "Table")
    table.wrap(180 * 2.83, 1000)
    heights = table._rowHeights
    assert heights[1] > heights[2] >= 11 * 2.83  # the long name wraps and its row grows; every row has room


@pytest.mark.parametrize("target", ["folder", "inside-a-file", "missing/dir/x.pdf"])
def test_a_bad_output_place_is_one_line_and_issues_no_codes(tmp_path, target):
    folder = tmp_path / "data"
    run("--data-dir", str(folder), "demo", "--seed", "4")
    places = {
        "folder": tmp_path / "a-folder",
        "inside-a-file": tmp_path / "a-file" / "x.pdf",
        "missing/dir/x.pdf": tmp_path / "missing" / "dir" / "x.pdf",
    }
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file").write_text("not a folder")
    commands = [("export", "record", "E01000")]
    if target != "folder":  # certificates may go to a folder (a file each); a record may not
        commands.append(("export", "certificates", "--staff", "E01000"))
    for args in commands:
        result = run(*args, "-o", str(places[target]), data_dir=folder, check=False)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    import sqlite3

    db = sqlite3.connect(folder / "planner.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM certificates").fetchone()[0] == 0


def test_an_unwritable_folder_is_refused_before_anything_is_made(tmp_path, monkeypatch):
    """(Permissions are checked with os.access; as root everything is writable, so the check is
    made to see a folder it may not write to.)"""
    from planner.core import files

    monkeypatch.setattr(files.os, "access", lambda path, mode: False)
    with pytest.raises(UserError, match="cannot be written to"):
        files.check_target(tmp_path / "x.pdf")
    with pytest.raises(UserError, match="cannot be created in"):
        files.check_folder(tmp_path / "new")


def test_a_folder_where_a_file_is_expected_for_a_batch(tmp_path):
    folder = tmp_path / "data"
    run("--data-dir", str(folder), "demo", "--seed", "4")
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    result = run(
        "export", "records", "--team", "Youth Justice Service", "-o", str(a_file), data_dir=folder, check=False
    )
    assert result.returncode == 2 and "is a file, not a folder" in result.stderr


def test_batches_never_carry_reflections(tmp_path):
    folder = tmp_path / "data"
    run("--data-dir", str(folder), "demo", "--seed", "4")
    refused = run(
        "export",
        "records",
        "--team",
        "Youth Justice Service",
        "--include-reflections",
        "-o",
        str(tmp_path / "t"),
        data_dir=folder,
        check=False,
    )
    assert refused.returncode == 2 and "Reflections belong to each worker" in refused.stderr
    with pytest.raises(UserError):
        from planner.core.files import check_target

        check_target(tmp_path / "nope" / "x.pdf")
