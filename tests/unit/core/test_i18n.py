"""The core's and the services' words go through the translation hook: with no translation they
are the UK English source, word for word; with one, a person meets the message, the state and
the figure in their language (here a fake language that marks every text it translates)."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from planner.core import i18n, wording
from planner.core.errors import UserError

ROOT = Path(__file__).resolve().parents[3]


def fake(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return f"«{text.replace('%n', str(n))}»"


@pytest.fixture
def translated():
    i18n.use(fake)
    yield
    i18n.use(None)


def test_without_a_translation_the_words_are_the_source():
    assert wording.state_words("overdue", date(2026, 3, 3)) == "overdue since 3 Mar 2026"
    assert i18n.counted(1, "item", "items", i18n.translate("Counted", "%n item(s)", None, 1)) == "1 item"
    assert i18n.counted(5, "item", "items", i18n.translate("Counted", "%n item(s)", None, 5)) == "5 items"
    assert i18n.fill("%2 then %1", "a", "b") == "b then a"
    assert i18n.fill("%1", "%2", "x") == "%2"  # a value is never filled again


def test_a_translation_reaches_states_figures_and_messages(translated, starter_ws):
    assert wording.state_words("overdue", date(2026, 3, 3)) == "«overdue since» 3 Mar 2026"
    assert wording.state_label("due") == "○ «due»"
    assert wording.STATES[0] == "recorded"  # the data keys never change
    from planner.services.figures import Figure

    figure = Figure("due", items=5, people=1)
    assert figure.parts(60) == ("«5 item(s)»", "«due within «60 day(s)»»", "«for «1 person(s)»»")
    assert figure.words(60) == "««5 item(s)» «due within «60 day(s)»», «for «1 person(s)»»»"  # the sentence too
    from planner.services.learning import LearningService

    worker = starter_ws.people_repo.add_worker({"name": "Ana", "staff_no": "A1"}, [])
    with pytest.raises(UserError) as caught:
        LearningService(starter_ws).add_entry(worker, {"title": "No date", "hours": 1})
    assert str(caught.value).startswith("«") and "date" in str(caught.value)


def test_the_language_can_change_while_the_app_runs(translated):
    assert wording.state_name("expired") == "«expired»"
    i18n.use(None)
    assert wording.state_name("expired") == "expired"  # the remembered words are forgotten


ERRORS = {
    "UserError",
    "StorageError",
    "NotFoundError",
    "DuplicateError",
    "InUseError",
    "ReadOnlyError",
    "DamagedError",
    "OutputError",
    "ImportRefused",
    "ImportProblem",
}


def test_every_message_written_in_place_is_marked_for_translation():
    """A message a person can meet, written where it is raised, goes through translate: an f-string
    or a bare string there would stay in English whatever the language."""
    bare = []
    for part in ("core", "services", "storage"):
        for path in sorted((ROOT / "planner" / part).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                    continue
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in ERRORS and isinstance(node.exc.args[0], (ast.Constant, ast.JoinedStr)):
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bare == []


def test_documents_are_printed_in_the_interface_s_language(translated, demo_ws):
    """With a translation loaded (the window printing), a document's headings, table heads and
    sentences come through it, on paper and on the web page; the PDF still builds (style names
    and other codes are never translated)."""
    from pypdf import PdfReader

    from planner.services.documents import DocumentService
    from tests.conftest import FIXED_TODAY

    docs = DocumentService(demo_ws, today=FIXED_TODAY)
    worker = next(w for w in demo_ws.people_repo.workers() if w.regulator == "SSSC")
    page = docs.learning_record(worker.id, html=True).decode("utf-8")
    for words in ("«Where this worker stands»", "«Role»", "«Learning record: %1»".replace("%1", worker.name)):
        assert words in page, words
    import io

    pdf = docs.sssc_pack(worker.staff_no, on=FIXED_TODAY)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "«Mandatory learning»" in text and "«Worker's declaration»" in text


def test_a_document_declares_the_language_it_is_written_in(demo_ws):
    from planner.services.documents import DocumentService
    from tests.conftest import FIXED_TODAY

    worker = demo_ws.people_repo.workers()[0]
    docs = DocumentService(demo_ws, today=FIXED_TODAY)
    assert '<html lang="en-GB">' in docs.learning_record(worker.id, html=True).decode("utf-8")
    i18n.use(fake, "gd")
    try:
        assert '<html lang="gd">' in docs.learning_record(worker.id, html=True).decode("utf-8")
    finally:
        i18n.use(None)
    assert i18n.language() == "en-GB"


def test_the_team_report_shows_state_words_in_the_interface_s_language(translated, demo_ws):
    from planner.services.documents import DocumentService
    from tests.conftest import FIXED_TODAY

    page = DocumentService(demo_ws, today=FIXED_TODAY).team_report(None, html=True).decode("utf-8")
    assert "«recorded»" in page and "«overdue»" in page  # the summary, the matrix and the due list
    assert '<span class="mark" aria-hidden="true">✔</span> «recorded»' in page
