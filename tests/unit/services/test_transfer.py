"""The whole organisation as JSON and back (row for row), merging, refusing bad files, and the
CSV tables for spreadsheets — on real databases in real data folders."""

from __future__ import annotations

import base64
import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.core.errors import UserError
from planner.services.container import Services
from planner.services.transfer_schema import FORMAT, json_schema
from planner.services.workspace import Workspace
from planner.storage.database import schema_version
from tests.conftest import FIXED_TODAY

REFLECTION = "Private: what I learned about myself"
SKIPPED = ("schema_migrations", "drafts", "sqlite_sequence")


def open_services(folder: Path) -> Services:
    return Services(Workspace.open(folder), today=FIXED_TODAY)


def build(folder: Path, evidence: Path) -> Services:
    """The example organisation plus one of each record the example lacks."""
    s = open_services(folder)
    s.create_demo(workers=12, seed=2, today=FIXED_TODAY)
    people = s.people.workers()
    me = people[0]
    evidence.write_bytes(b"%PDF-1.4 certificate \x00\xff\xfe evidence")
    s.learning.add_entry(
        me.id,
        {
            "occurred_on": date(2026, 11, 1),
            "title": "Reading group: trauma-informed practice",
            "hours": 1.5,
            "kind": "reading",
            "reflection_written": True,
        },
        [evidence],
    )
    s._ws.db.execute(  # the worker shared the words through a pack
        "UPDATE cpl_entries SET reflection_shared = 1, learned = ?, practice_change = ? WHERE title = ?",
        [REFLECTION, "Slow down at first visits.", "Reading group: trauma-informed practice"],
    )
    _, gone = s.learning.add_entry(me.id, {"occurred_on": date(2026, 11, 3), "title": "Deleted", "hours": 1})
    s.learning.delete_entry(gone)  # deleted but undoable: kept, with its deleted_at
    s.learning.add_session(
        me.id,
        {"occurred_on": date(2026, 11, 2), "kind": "one-to-one", "minutes": 60, "supervisor": "Morag", "topics": "x"},
    )
    _, session = s.training.add_session(
        {
            "module_id": s.training.module_by_code("LOC-CP-WIDER"),
            "held_on": FIXED_TODAY - timedelta(days=1),
            "capacity": 2,
        }
    )
    s.training.book(session, [w.id for w in people[1:4]])  # the third waits
    s.training.attend(session, [people[1].id], today=FIXED_TODAY)
    s.documents.certificates([people[1].id])
    s._ws.settings_repo.set("signatory", "Ørla Nic an tSaoir")
    return s


def snapshot(s: Services) -> dict[str, list[tuple[object, ...]]]:
    conn = s._ws.db.conn
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in names if t not in SKIPPED}


@pytest.fixture
def source(tmp_path):
    s = build(tmp_path / "source", tmp_path / "certificate.pdf")
    yield s
    s.close()


@pytest.fixture
def exported(source, tmp_path):
    path = tmp_path / "organisation.json"
    source.transfer.export_json(path)
    return path


def test_export_then_import_into_an_empty_folder_is_lossless(source, exported, tmp_path):
    target = open_services(tmp_path / "target")
    done = target.transfer.import_json(exported)
    before, after = snapshot(source), snapshot(target)
    assert set(before) == set(after) and len(before) >= 23
    for table in before:
        assert after[table] == before[table], table
    for table in ("workers", "cpl_entries", "cpl_evidence", "supervision_sessions", "bookings", "certificates"):
        assert before[table], f"the example should hold some {table}"
    assert done.inserted == sum(len(rows) for rows in before.values()) and done.evidence == 1
    (sha,) = [r[0] for r in after["evidence_files"]]
    assert target._ws.evidence.path_for(sha).read_bytes() == source._ws.evidence.path_for(sha).read_bytes()
    assert target.check() == []
    code = after["certificates"][0][0]
    assert target.documents.verify(code)[0]  # a certificate still verifies in the new folder
    target.close()


def test_the_file_has_the_documented_header_and_matches_the_schema(exported):
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["schema_version"] == schema_version()
    assert {"app_version", "exported_at", "tables", "evidence"} <= set(data)
    assert "drafts" not in data["tables"] and "schema_migrations" not in data["tables"]
    schema = json.loads((Path(__file__).parents[3] / "docs" / "export-schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["properties"]["tables"]["properties"]) == set(data["tables"])
    kinds = {"string": str, "integer": int, "number": (int, float)}
    for table, rows in data["tables"].items():
        spec = schema["$defs"][table]
        for row in rows:
            assert set(spec["required"]) <= set(row) <= set(spec["properties"]), table
            for name, value in row.items():
                allowed = spec["properties"][name]["type"]
                allowed = allowed if isinstance(allowed, list) else [allowed]
                assert (value is None and "null" in allowed) or any(
                    isinstance(value, kinds[k]) for k in allowed if k != "null"
                ), (table, name, value)


def test_the_schema_file_is_what_the_code_writes(source):
    on_disk = json.loads((Path(__file__).parents[3] / "docs" / "export-schema.json").read_text(encoding="utf-8"))
    assert on_disk == json_schema(source._ws.db.conn), "regenerate docs/export-schema.json (see export-schema.md)"


def test_import_refuses_a_folder_with_data_unless_merging(source, exported):
    before = snapshot(source)
    with pytest.raises(UserError, match="not empty.*--merge"):
        source.transfer.import_json(exported)
    assert snapshot(source) == before


def edit(path: Path, change) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_merge_takes_the_newer_change_and_keeps_the_newer_here(source, exported, tmp_path):
    conn = source._ws.db.conn
    newer_id, older_id = [r[0] for r in conn.execute("SELECT id FROM workers ORDER BY staff_no LIMIT 2")]
    role_id = conn.execute("SELECT id FROM roles WHERE id IN (SELECT role_id FROM role_modules) LIMIT 1").fetchone()[0]

    def change(data):
        for w in data["tables"]["workers"]:
            if w["id"] == newer_id:
                w.update(name="Renamed Elsewhere", updated_at="2099-01-01T00:00:00+00:00")
            if w["id"] == older_id:
                w.update(name="Stale Name", updated_at="2000-01-01T00:00:00+00:00")
        new = dict(data["tables"]["workers"][0], id="new-worker-id", staff_no="NEW1", name="Brand New")
        data["tables"]["workers"].append(new)
        for r in data["tables"]["roles"]:
            if r["id"] == role_id:
                r["updated_at"] = "2099-01-01T00:00:00+00:00"
        data["tables"]["role_modules"] = [m for m in data["tables"]["role_modules"] if m["role_id"] != role_id]
        data["tables"]["audit_log"].append(dict(data["tables"]["audit_log"][0], id=1, summary="from elsewhere"))

    edit(exported, change)
    older_name = conn.execute("SELECT name FROM workers WHERE id = ?", [older_id]).fetchone()[0]
    audit = conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    done = source.transfer.import_json(exported, merge=True)
    name = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM workers")}
    assert name[newer_id] == "Renamed Elsewhere"  # the file's change is newer
    assert name[older_id] == older_name  # the change here is newer
    assert name["new-worker-id"] == "Brand New"
    assert conn.execute("SELECT COUNT(*) FROM role_modules WHERE role_id = ?", [role_id]).fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == audit + 1  # one new, none doubled
    assert done.inserted == 2 and done.updated >= 3 and done.kept > 100  # the role's own lists count
    assert source.check() == []


def test_merge_stops_whole_on_a_clash(source, exported):
    def change(data):
        data["tables"]["workers"].append(dict(data["tables"]["workers"][0], id="other-id", name="Same Staff Number"))

    edit(exported, change)
    before = snapshot(source)
    with pytest.raises(UserError, match="clash"):
        source.transfer.import_json(exported, merge=True)
    assert snapshot(source) == before


def _corrupt(kind):
    def change(data):
        tables = data["tables"]
        if kind == "row not an object":
            tables["workers"][0] = "Mhairi"
        elif kind == "unknown field":
            tables["workers"][0]["shoe_size"] = 9
        elif kind == "wrong type":
            tables["workers"][0]["name"] = ["a", "list"]
        elif kind == "no id":
            del tables["workers"][0]["id"]
        elif kind == "unknown table":
            tables["gossip"] = []
        elif kind == "table not a list":
            tables["workers"] = {"a": 1}
        elif kind == "tables missing":
            del data["tables"]
        elif kind == "newer schema":
            data["schema_version"] = schema_version() + 1
        elif kind == "schema not a number":
            data["schema_version"] = "6"
        elif kind == "not an export":
            data["format"] = "something-else"
        elif kind == "bad base64":
            data["evidence"][next(iter(data["evidence"]))] = "!!!"
        elif kind == "evidence mismatch":
            data["evidence"][next(iter(data["evidence"]))] = base64.b64encode(b"other").decode()
        elif kind == "a null that must not be":
            tables["workers"][0]["name"] = None
        elif kind == "a number too big":
            tables["roles"][0]["due_days"] = 10**30

    return change


MESSAGES = {
    "row not an object": r"tables\.workers\[0\] should be a record",
    "unknown field": r'tables\.workers\[0\] has a field "shoe_size"',
    "wrong type": r"tables\.workers\[0\]\.name should be text or null, not a list",
    "no id": r'tables\.workers\[0\] has no "id"',
    "unknown table": '"gossip"',
    "table not a list": r"tables\.workers.*list of records",
    "tables missing": '"tables"',
    "newer schema": "newer version",
    "schema not a number": "schema_version",
    "not an export": "not a Pathway Planner export",
    "bad base64": "base64",
    "evidence mismatch": "sha256",
    "a null that must not be": "NOT NULL",
    "a number too big": r"due_days should be a whole number",
}


@pytest.mark.parametrize("kind", sorted(MESSAGES))
def test_a_malformed_file_is_refused_with_a_message_and_nothing_written(kind, exported, tmp_path):
    edit(exported, _corrupt(kind))
    target = open_services(tmp_path / "target")
    with pytest.raises(UserError, match=MESSAGES[kind]) as caught:
        target.transfer.import_json(exported)
    assert "\n" not in str(caught.value)
    assert target.is_empty() and target._ws.evidence.stored() == {}
    target.close()


@pytest.mark.parametrize(
    "content", [b"{", b"", b"[1, 2]", b"null", b"\xff\xfe not text", b"[" * 100_000 + b"]" * 100_000]
)
def test_a_file_that_is_not_an_export_is_refused(content, tmp_path):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    target = open_services(tmp_path / "target")
    with pytest.raises(UserError):
        target.transfer.import_json(path)
    with pytest.raises(UserError, match="does not exist"):
        target.transfer.import_json(tmp_path / "missing.json")
    assert target.is_empty()
    target.close()


def test_an_export_from_an_older_schema_is_brought_up_to_date(source, exported, tmp_path):
    source.people.mark_left(source.people.workers()[2].id, FIXED_TODAY)

    def older(data):  # as version 5 wrote it: no workers.left_on yet (0006 computes it)
        data["schema_version"] = 5
        for w in data["tables"]["workers"]:
            del w["left_on"]
        for e in data["tables"]["cpl_entries"]:  # nor 0007's reflection flags: only the words
            if e["reflection_written"] and not e["learned"]:
                e["learned"] = "Words version 5 kept"
            del e["reflection_written"], e["reflection_shared"]

    path = tmp_path / "v5.json"
    source.transfer.export_json(path)
    edit(path, older)
    target = open_services(tmp_path / "target")
    target.transfer.import_json(path)
    # version 5 knew nothing of sharing: the words of the one reflection shared are dropped on the way in
    shared = (
        "SELECT learned, reflection_written FROM cpl_entries WHERE reflection_written = 1 AND title LIKE 'Reading%'"
    )
    assert target._ws.db.conn.execute(shared).fetchall() == [("", 1)]
    source._ws.db.execute("UPDATE cpl_entries SET reflection_shared = 0")
    assert snapshot(target) == snapshot(source)
    target.close()


# -- CSV -------------------------------------------------------------------------------------
def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, so Excel keeps the accents"
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def test_csv_tables_neutralise_formulas_and_carry_a_bom(source, tmp_path):
    worker = source.people.workers()[1]
    source._ws.db.execute("UPDATE workers SET name = ? WHERE id = ?", ['=HYPERLINK("http://x","Click")', worker.id])
    for kind in ("status", "completions", "cpl", "workers"):
        path = tmp_path / f"{kind}.csv"
        count = source.transfer.export_csv(kind, path)
        rows = read_csv(path)
        assert len(rows) == count > 0
        names = {r["name"] for r in rows}
        assert '\'=HYPERLINK("http://x","Click")' in names, kind
        assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values()), kind
        assert any("Siobhán" in n or "Ó" in n or "á" in n for n in names) or kind == "cpl"


def test_the_cpl_table_never_carries_reflections(source, tmp_path):
    path = tmp_path / "cpl.csv"
    source.transfer.export_csv("cpl", path)
    text = path.read_text(encoding="utf-8-sig")
    assert REFLECTION not in text and "Slow down" not in text
    rows = read_csv(path)
    assert not {"learned", "practice_change", "prompt_response"} & set(rows[0])
    reading = next(r for r in rows if r["title"].startswith("Reading group"))
    assert reading["evidence"] == "certificate.pdf" and reading["hours"] == "1.5"
    assert "Deleted" not in {r["title"] for r in rows}


def test_csv_for_one_team_and_unknown_kinds_or_teams(source, tmp_path):
    team = source.people.teams()[0].name
    path = tmp_path / "w.csv"
    source.transfer.export_csv("workers", path, team=team)
    assert {r["team"] for r in read_csv(path)} == {team}
    with pytest.raises(UserError, match="no team called"):
        source.transfer.export_csv("status", tmp_path / "s.csv", team="Nowhere")
    with pytest.raises(UserError):
        source.transfer.export_csv("salaries", tmp_path / "s.csv")
    assert not (tmp_path / "s.csv").exists()
