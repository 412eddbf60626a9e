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
    LearningService(demo_ws, today=FIXED_TODAY).add_entry(worker.id, {
        "occurred_on": date(2026, 11, 2), "title": "Peer group on endings", "hours": 1.5, "learned": SECRET})
    return DocumentService(demo_ws, today=FIXED_TODAY), worker


def test_learning_record(docs, tmp_path):
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
    assert str(reader.trailer["/Root"].get("/Lang")) == "en-GB"
    assert any("DejaVuSans" in f for f in fonts_of(out))
    data = service.record_data(worker.id, FIXED_TODAY)
    for req in data.requirements:
        assert req.label in text.replace("\n", " ")
    with_reflections = service.export_record(worker.staff_no, tmp_path / "mine.pdf", include_reflections=True,
                                             on=FIXED_TODAY)
    assert SECRET in text_of(with_reflections)


def test_unicode_names_render(docs, tmp_path, demo_ws):
    service, _ = docs
    for name in ("Gwŷn ap Rhys", "Siobhán Ó Súilleabháin"):
        worker = next(w for w in demo_ws.people_repo.workers() if w.name == name)
        out = service.export_record(worker.staff_no, tmp_path / f"{worker.staff_no}.pdf")
        assert name in text_of(out)


def test_writing_is_atomic(docs, tmp_path, monkeypatch):
    import planner.reports.base as base

    service, worker = docs
    target = tmp_path / "record.pdf"
    target.write_bytes(b"the previous good copy")

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(base.os, "fsync", broken)
    with pytest.raises(OSError):
        service.export_record(worker.staff_no, target)
    assert target.read_bytes() == b"the previous good copy"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["record.pdf"]  # no partial file left
