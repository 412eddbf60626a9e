"""Every document as an accessible web page, written by the real `planner export` commands (the
output name ends in .html), opened in headless Chromium and checked by axe-core with no
violations; read back for the structure a screen reader relies on; and compared with the PDF
of the same document, which must say the same things."""

from __future__ import annotations

import itertools
import json
import re
import struct
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.browser.conftest import describe
from tests.integration.test_cli import run

SECRET = "Slowing down the first visit changed how the family spoke to me"


class Outline(HTMLParser):
    """What a screen reader meets: the language, the title, headings in order, tables with
    their captions and header cells, images and their alt text, and the visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.title = ""
        self.headings: list[tuple[int, str]] = []
        self.captions: list[str] = []
        self.tables = 0
        self.th_without_scope = 0
        self.images: list[dict[str, str | None]] = []
        self.landmarks: list[str] = []
        self.text: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if tag in ("h1", "h2", "h3", "h4", "title", "caption"):
            self._open.append(tag)
            self.headings.append((int(tag[1]), "")) if tag.startswith("h") else None
        if tag == "table":
            self.tables += 1
        if tag == "th" and a.get("scope") not in ("col", "row"):
            self.th_without_scope += 1
        if tag in ("img", "svg"):
            self.images.append(a)
        if tag in ("header", "main", "footer"):
            self.landmarks.append(tag)
        if tag == "br":
            self.text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()
            if tag == "caption":
                self.captions.append("")

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if not self._open:
            return
        where = self._open[-1]
        if where == "title":
            self.title += data
        elif where == "caption":
            pass
        else:
            level, words = self.headings[-1]
            self.headings[-1] = (level, words + data)

    @property
    def words(self) -> str:
        return " ".join("".join(self.text).split())


def outline(path: Path) -> Outline:
    found = Outline()
    found.feed(path.read_text(encoding="utf-8"))
    return found


def pdf_words(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def tiny_png(path: Path) -> Path:
    """A real 2×2 PNG, for the organisation's logo."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x1a\x4f\x8a" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture(scope="module")
def org(tmp_path_factory):
    """The example organisation, with a logo, and the names the documents need."""
    folder = tmp_path_factory.mktemp("html-docs")
    data = folder / "data"
    run("--data-dir", str(data), "demo", "--seed", "3")
    logo = tiny_png(folder / "logo.png")
    from planner.services.container import Services

    with_logo = Services.open(data)
    try:
        with_logo._ws.settings_repo.set("logo_path", str(logo))
    finally:
        with_logo.close()
    workers = json.loads(run("--data-dir", str(data), "workers", "--format", "json").stdout)
    sssc = next(w for w in workers if w["regulator"] == "SSSC")
    session = json.loads(run("--data-dir", str(data), "session", "list", "--format", "json").stdout)[0]
    return {"data": data, "out": folder, "sssc": sssc, "team": sssc["team"], "session": session["id"]}


DOCUMENTS = {
    "record": lambda o: ("record", o["sssc"]["staff_no"]),
    "records-team": lambda o: ("records", "--team", o["team"]),
    "certificates": lambda o: ("certificates", "--staff", o["sssc"]["staff_no"]),
    "team-report": lambda o: ("team", "--team", o["team"]),
    "organisation-report": lambda o: ("team",),
    "signin": lambda o: ("signin", o["session"]),
    "sssc-pack": lambda o: ("sssc-pack", o["sssc"]["staff_no"], "--on", "2026-11-22"),
}


def export(org, name: str, suffix: str) -> Path:
    target = org["out"] / f"{name}{suffix}"
    if not target.exists():
        run("--data-dir", str(org["data"]), "export", *DOCUMENTS[name](org), "-o", str(target))
    return target


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_document_passes_axe_in_chromium(org, name, axe_violations):
    page = export(org, name, ".html")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_document_has_the_structure_a_screen_reader_needs(org, name):
    found = outline(export(org, name, ".html"))
    assert found.lang == "en-GB"
    assert found.title.strip() and found.title.strip() != "Document"
    assert [level for level, _ in found.headings].count(1) == 1 and found.headings[0][0] == 1
    # headings never skip a level on the way down
    levels = [level for level, _ in found.headings]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), found.headings
    assert found.tables and len(found.captions) == found.tables  # every table says what it is
    assert found.th_without_scope == 0
    assert found.landmarks == ["header", "main", "footer"]
    logo = [img for img in found.images if "src" in img]
    assert logo and logo[0]["alt"] == "Example Council Children's Services logo"  # the logo, named
    for image in found.images:
        assert image.get("alt") or image.get("aria-label"), image


def test_the_chart_has_alt_text_and_its_figures_as_a_table(org):
    found = outline(export(org, "organisation-report", ".html"))
    chart = next(
        img for img in found.images if img.get("role") == "img" and "Bar chart" in (img.get("aria-label") or "")
    )
    assert "Trauma:" in chart["aria-label"] and "recorded" in chart["aria-label"]
    assert "Items in each state by framework (the chart's figures)" in found.words


def test_states_are_in_words_and_marks_are_hidden_from_speech(org):
    text = export(org, "team-report", ".html").read_text(encoding="utf-8")
    assert 'class="state-overdue"' in text or 'class="state-due"' in text
    assert '<span class="mark" aria-hidden="true">✔</span> recorded' in text  # a colour never alone


@pytest.mark.parametrize("name", ["record", "team-report", "organisation-report", "signin", "sssc-pack"])
def test_the_page_and_the_pdf_say_the_same(org, name):
    """One truth: the web page and the PDF of the same document carry the same facts."""
    page = outline(export(org, name, ".html")).words
    pdf = pdf_words(export(org, name, ".pdf"))
    checks = {
        "record": ["Learning record:", "Where this worker stands", "Status as on"],
        "team-report": ["items asked of them", "recorded or expiring", "Overdue, expired and due soon"],
        "organisation-report": ["items asked of them", "items overdue, for"],
        "signin": ["Sign-in sheet", "Trainer:", "booked"],
        "sssc-pack": ["Mandatory learning", "Core learning elements", "Total:"],
    }[name]
    for words in checks:
        assert words in page and words in pdf, words
    # the headline and the planning figures, word for word
    figures = r"\d+ items asked of them \(.*?\), \d+ recorded or expiring \(\d+%\)|\d+ (?:items|people) [a-z0-9 ]+, for \d+ (?:person|people)\."
    found = set(re.findall(figures, page))
    assert (found and found == set(re.findall(figures, pdf))) or name not in ("team-report", "organisation-report")
    # every date and every figure of hours in the page is in the PDF too
    dates = set(re.findall(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b", page))
    assert dates and dates <= set(re.findall(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b", pdf)), dates - set(
        re.findall(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b", pdf)
    )


def test_a_workers_own_record_with_reflections(tmp_path, axe_violations):
    """A worker's own copy ("Just me") prints their reflections when they choose: in the page,
    in words a screen reader reads, and it passes axe too."""
    from datetime import date

    from planner.services.container import Services
    from planner.services.starter import load_starter

    services = Services.open(tmp_path / "mine")
    try:
        load_starter(services._ws)
        me = services.start_just_me(
            {"name": "Morag Ó Briain", "staff_no": "M1", "regulator": "SSSC"},
            [("residential-worker", date(2024, 5, 1))],
        )
        services.learning.add_entry(
            me,
            {
                "occurred_on": "2026-11-02",
                "title": "Peer group on endings",
                "hours": 1.5,
                "learned": "Endings need planning.\nThey are part of the work.",
                "practice_change": SECRET,
            },
        )
        target = services.documents.export_record("M1", tmp_path / "mine.html", include_reflections=True)
    finally:
        services.close()
    found = outline(target)
    assert SECRET in found.words and "How it will change my practice" in found.words
    assert any("Peer group on endings" in words for _level, words in found.headings)
    violations = axe_violations(target)
    assert violations == [], describe(violations)


def test_a_document_name_must_say_pdf_or_html(org):
    """`-o notes.txt` would have held a PDF that nothing opens as text: refused, nothing written;
    .htm and upper case are web pages too."""
    staff = org["sssc"]["staff_no"]
    refused = run(
        "--data-dir", str(org["data"]), "export", "record", staff, "-o", str(org["out"] / "notes.txt"), check=False
    )
    assert refused.returncode == 2 and ".pdf" in refused.stderr and ".html" in refused.stderr
    assert "Traceback" not in refused.stderr and not (org["out"] / "notes.txt").exists()
    for name in ("Record.HTM", "record.Html"):
        run("--data-dir", str(org["data"]), "export", "record", staff, "-o", str(org["out"] / name))
        assert (org["out"] / name).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
