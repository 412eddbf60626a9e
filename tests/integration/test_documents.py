"""Every document read back from the PDF: pages, text, metadata, embedded fonts; reflections
only when the worker chooses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.services.documents import DocumentService
from planner.services.learning import LearningService
from tests.conftest import FIXED_TODAY

SECRET = "A thought I keep for myself"


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fonts_of(path: Path) -> set[str]:
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            if descriptor is not None and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2")):
                found.add(str(font["/BaseFont"]))
    return found


@pytest.fixture
def docs(demo_ws):
    demo_ws.settings_repo.set("organisation_name", "Comhairle nan Eilean Siar")
    worker = next(w for w in demo_ws.people_repo.workers() if w.name == "Łukasz Nowak")
    LearningService(demo_ws, today=FIXED_TODAY).add_entry(
        worker.id,
        {"occurred_on": date(2026, 11, 2), "title": "Peer group on endings", "hours": 1.5, "reflection_written": True},
    )
    return DocumentService(demo_ws, today=FIXED_TODAY), worker


def test_learning_record(docs, tmp_path, demo_ws):
    service, worker = docs
    out = service.export_record(worker.staff_no, tmp_path / "record.pdf", on=FIXED_TODAY)
    reader = PdfReader(out)
    text = text_of(out)
    assert "Learning record: Łukasz Nowak" in text and worker.staff_no in text
    assert "Page 1 of" in text and "Comhairle nan Eilean Siar" in text and "Printed 22 Nov 2026" in text
    assert "Peer group on endings" not in text or SECRET not in text
    assert SECRET not in text
    meta = reader.metadata
    assert meta.title == "Learning record: Łukasz Nowak" and meta.author == "Comhairle nan Eilean Siar"
    assert meta.subject
    from planner import __version__

    assert meta.creator == f"Pathway Planner {__version__}"  # the one version, as About and --version show it
    assert str(reader.trailer["/Root"].get("/Lang")) == "en-GB"
    assert any("DejaVuSans" in f for f in fonts_of(out))
    data = service.record_data(worker.id, FIXED_TODAY)
    for req in data.requirements:
        assert req.label in text.replace("\n", " ")
    with_reflections = service.export_record(
        worker.staff_no, tmp_path / "mine.pdf", include_reflections=True, on=FIXED_TODAY
    )
    assert SECRET not in text_of(with_reflections)  # an organisation's copy never held it
    said = text_of(with_reflections).replace("\n", " ")
    assert "kept in the worker's own copy" in said and "No reflections written" not in said  # but says one exists
    demo_ws.db.conn.execute(  # as a pack the worker shared their reflections through would
        "UPDATE cpl_entries SET reflection_shared = 1, learned = ? WHERE title = 'Peer group on endings'", [SECRET]
    )
    shared = service.export_record(worker.staff_no, tmp_path / "shared.pdf", include_reflections=True, on=FIXED_TODAY)
    assert SECRET in text_of(shared)
    assert SECRET not in text_of(service.export_record(worker.staff_no, tmp_path / "plain.pdf", on=FIXED_TODAY))


def test_unicode_names_render(docs, tmp_path, demo_ws):
    service, _ = docs
    for name in ("Gwŷn ap Rhys", "Siobhán Ó Súilleabháin"):
        worker = next(w for w in demo_ws.people_repo.workers() if w.name == name)
        out = service.export_record(worker.staff_no, tmp_path / f"{worker.staff_no}.pdf")
        assert name in text_of(out)


def test_writing_is_atomic(docs, tmp_path, monkeypatch):
    import errno

    from planner.core import files
    from planner.core.errors import UserError

    service, worker = docs
    target = tmp_path / "record.pdf"
    target.write_bytes(b"the previous good copy")

    def broken(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", broken)
    with pytest.raises(UserError, match="The disk is full"):
        service.export_record(worker.staff_no, target)
    assert target.read_bytes() == b"the previous good copy"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["record.pdf"]  # no partial file left


def test_certificates_and_verification(docs, tmp_path, demo_ws):
    service, _worker = docs
    other = next(w for w in demo_ws.people_repo.workers() if w.name == "Gwŷn ap Rhys")
    pdf = tmp_path / "certs.pdf"
    from planner.core.files import write_bytes as write_atomically

    write_atomically(pdf, service.certificates([other.id]))
    reader = PdfReader(pdf)
    completions = demo_ws.people_repo.completions(other.id)
    assert len(reader.pages) == len(completions) > 0
    text = text_of(pdf)
    assert text.count("Certificate of completion") == len(completions)
    codes = [c.code for c in service.certificates_data([other.id])]
    assert len(set(codes)) == len(codes) and all(code in text for code in codes)
    # printing again keeps the same codes
    assert [c.code for c in service.certificates_data([other.id])] == codes
    genuine, message = service.verify(codes[0].lower())
    assert genuine and "Gwŷn ap Rhys" in message
    assert service.verify(f"PATHWAY-PLANNER:{codes[0]}")[0]  # what a phone reads from the QR code
    assert service.verify("PP-2222-2222")[0] is False
    # an edited record no longer matches its certificate
    demo_ws.people_repo.update_worker(other.id, {"name": "Someone Else"})
    genuine, message = service.verify(codes[0])
    assert not genuine and "changed since the certificate was issued" in message


def test_batch_folder_and_combined(docs, tmp_path, demo_ws):
    from planner.core.files import safe_filename
    from planner.services.batch import export

    team = demo_ws.people_repo.teams()[0]
    ids = [w.id for w in demo_ws.people_repo.workers(team.id)]
    files = export(demo_ws, "records", ids, tmp_path / "folder", today=FIXED_TODAY)
    assert len(files) == len(ids) and all(f.exists() and f.suffix == ".pdf" for f in files)
    names = {w.name for w in demo_ws.people_repo.workers(team.id)}
    assert {text_of(f).splitlines()[0].removeprefix("Learning record: ") for f in files} == names
    seen = []
    combined = export(
        demo_ws,
        "records",
        ids,
        tmp_path / "all.pdf",
        today=FIXED_TODAY,
        progress=lambda d, t: seen.append((d, t)) or True,
    )
    text = text_of(combined[0])
    assert all(name in text for name in names) and seen[-1] == (len(ids), len(ids))
    assert safe_filename('E1 Zoë / "Bad:name"?') == "E1 Zoë Badname"


def test_batch_uses_two_processes_for_many_files(docs, tmp_path, demo_ws, monkeypatch):
    from planner.services import batch

    monkeypatch.setattr(batch, "PARALLEL_FROM", 5)
    ids = [w.id for w in demo_ws.people_repo.workers()][:30]
    files = batch.export(demo_ws, "certificates", ids, tmp_path / "certs", today=FIXED_TODAY)
    assert files and all(PdfReader(f).pages for f in files)


def test_cli_export_and_verify(tmp_path):
    from tests.integration.test_cli import run

    folder = tmp_path / "data"
    run("demo", "--workers", "12", data_dir=folder)
    staff = run("workers", "--format", "json", data_dir=folder).stdout
    import json

    first = json.loads(staff)[0]
    out = tmp_path / "r.pdf"
    assert "Wrote" in run("export", "record", first["staff_no"], "-o", str(out), data_dir=folder).stdout
    assert PdfReader(out).metadata.title == f"Learning record: {first['name']}"
    run("export", "certificates", "--staff", first["staff_no"], "-o", str(tmp_path / "c.pdf"), data_dir=folder)
    code = next(line.split()[-1] for line in text_of(tmp_path / "c.pdf").splitlines() if line.startswith("PP-"))
    ok = run("verify", code, data_dir=folder)
    assert ok.stdout.startswith("Genuine") and first["name"] in ok.stdout
    bad = run("verify", "PP-AAAA-AAAA", data_dir=folder, check=False)
    assert bad.returncode == 1 and "matches no certificate" in bad.stderr
    team = first["team"]
    run("export", "records", "--team", team, "-o", str(tmp_path / "team"), data_dir=folder)
    assert list((tmp_path / "team").glob("*.pdf"))


def test_team_report(docs, tmp_path, demo_ws):
    import re

    service, _ = docs
    out = service.export_team_report(None, tmp_path / "team.pdf", on=FIXED_TODAY)
    reader = PdfReader(out)
    text = text_of(out)
    flat = " ".join(text.split())
    data = service.team_report_data(None, FIXED_TODAY)
    assert reader.metadata.title == "Team completion report: Whole organisation"
    # every worker on the matrix pages: whole names (wrapped, never cut) and staff numbers
    assert all(name in flat for name, _staff, _team in data.workers)
    assert all(staff in flat for _name, staff, _team in data.workers)
    assert data.show_team and all(team.split()[0] in flat for _n, _s, team in data.workers)
    for word in ("recorded", "expiring", "due", "expired", "overdue"):
        assert word in text  # states in words, not colour alone
    pages = [p.extract_text() for p in reader.pages]
    matrix_pages = [t for t in pages if t.lstrip().startswith(("The matrix", "Worker"))]
    assert matrix_pages and all("Worker" in t and "Staff no." in t for t in matrix_pages)  # headings repeat
    parts = [re.search(r"The matrix, part (\d+) of (\d+)", t) for t in pages]
    numbers = [(int(m[1]), int(m[2])) for m in parts if m]
    assert numbers == [(k, numbers[0][1]) for k in range(1, numbers[0][1] + 1)]
    assert SECRET not in text  # a team document never shows reflections
    assert len(data.due) > 0 and "Overdue, expired and due soon" in text
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:2] == ["Summary", "By framework"] and outline[-1] == "Overdue, expired and due soon"
    assert sum(1 for t in outline if t.startswith("The matrix, part")) == numbers[0][1]
    # the summary's figures are the planning figures, in words
    assert all(line in flat for line in data.figures)
    team = demo_ws.people_repo.teams()[0].name
    small = service.team_report_data(team, FIXED_TODAY)
    assert len(small.workers) == len(demo_ws.people_repo.workers(demo_ws.people_repo.teams()[0].id))
    assert not small.show_team  # one team: no team column


def test_signin_sheet_and_sssc_pack(docs, tmp_path, demo_ws):
    from planner.core.files import write_bytes as write_atomically
    from planner.services.training import TrainingService

    service, worker = docs
    training = TrainingService(demo_ws)
    module = training.module_by_code("LOC-CP-WIDER")
    _, session = training.add_session(
        {
            "module_id": module,
            "held_on": date(2026, 12, 3),
            "capacity": 3,
            "venue": "Rowan House",
            "trainer": "Morag Reid",
        }
    )
    people = [s.worker for s in training.suggest(session, FIXED_TODAY)[:4]]
    training.book(session, [w.id for w in people])
    out = tmp_path / "signin.pdf"
    write_atomically(out, service.signin(session))
    text = text_of(out)
    assert "Sign-in sheet" in text and "3 Dec 2026" in text and "Morag Reid" in text
    assert all(w.name in text for w in people[:3]) and people[3].name not in text  # the waiting list signs nothing
    assert "Signature" in text
    LearningService(demo_ws, today=FIXED_TODAY).add_entry(
        worker.id,
        {
            "occurred_on": date(2026, 5, 1),
            "title": "Child protection refresher",
            "hours": 6,
            "frameworks": ["child-protection"],
            "sssc_elements": ["protection"],
        },
    )
    pack = tmp_path / "pack.pdf"
    write_atomically(pack, service.sssc_pack(worker.staff_no, 2026))
    text = text_of(pack)
    assert "SSSC CPL verification pack: Łukasz Nowak" in text
    assert "Child protection refresher" in text and "Peer group on endings" in text
    assert "Verified by" in text and SECRET not in text
    data = service.sssc_pack_data(worker.staff_no, 2026)
    mandatory = {label: (present, titles) for label, present, titles in data.mandatory}
    assert mandatory["Child protection (protection)"] == (True, ["Child protection refresher"])
    assert dict(data.elements)["Protection"] == ["Child protection refresher"]


def test_a_record_as_on_a_past_date_holds_only_the_learning_up_to_it(docs, demo_ws):
    """A record as on an earlier date is the record a person would have printed that day: no
    learning from after it, and the year's list and the regulator cycle count the same entries."""
    import re

    service, _worker = docs
    checked = 0
    for worker in demo_ws.people_repo.workers():
        if worker.regulator != "SSSC":
            continue
        entries = LearningService(demo_ws, today=FIXED_TODAY).entries(worker.id)
        dates = sorted(e.occurred_on for e in entries)
        if len(dates) < 4:
            continue
        on = dates[len(dates) // 2]  # half the learning before, half after
        data = service.record_data(worker.id, on)
        assert all(c.completed_on <= on for c in data.completions)
        assert all(y <= on.year for y, *_ in data.cpl_by_year)
        assert sum(n for _y, n, _h, _p in data.cpl_by_year) == sum(1 for d in dates if d <= on)
        stated = re.search(r"(\d+) entr(?:y|ies) of learning, ([\d.]+) hours", " ".join(data.cycle_lines))
        assert stated is not None, data.cycle_lines
        assert int(stated.group(1)) == len(data.period_entries), (worker.name, on)
        assert float(stated.group(2)) == pytest.approx(sum(e[5] for e in data.period_entries))
        checked += 1
    assert checked >= 3


def test_a_record_before_a_role_began_says_so(docs, demo_ws):
    """As on a date before a role began, the record shows the role as not started yet, not as current."""
    from datetime import timedelta

    from planner.reports.learning_record import role_rows

    service, _worker = docs
    worker = next(w for w in demo_ws.people_repo.workers() if w.roles)
    began = worker.roles[0].started_on
    before = service.record_data(worker.id, began - timedelta(days=1))
    after = service.record_data(worker.id, began)
    assert role_rows(before)[0][2] == "not started yet"
    assert role_rows(after)[0][2] in ("current",) or role_rows(after)[0][2][0].isdigit()


def test_a_folder_of_records_read_by_the_helpers_is_what_one_process_writes(docs, tmp_path, demo_ws, monkeypatch):
    """Many records: the two helper processes read each worker's data on connections of their
    own as well as lay it out; every file says what the single-process export says."""
    from planner.services import batch

    assert demo_ws.folder is not None  # the helpers open the data folder themselves
    ids = [w.id for w in demo_ws.people_repo.workers()][:8]
    serial = batch.export(demo_ws, "records", ids, tmp_path / "one", today=FIXED_TODAY, on=FIXED_TODAY)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 5)
    helped = batch.export(demo_ws, "records", ids, tmp_path / "two", today=FIXED_TODAY, on=FIXED_TODAY)
    assert [p.name for p in helped] == [p.name for p in serial]
    for one, two in zip(serial, helped, strict=True):
        assert text_of(two) == text_of(one)
        assert "Where this worker stands" in text_of(two)
