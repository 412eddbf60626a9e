"""The JSON export's shape: its JSON Schema, and reading a file back into rows checked against the
database's own columns (a file from an older version brought up to this schema in memory)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.text import clean
from planner.storage.database import migrations, schema_version, statements

FORMAT = "pathway-planner-export"
LEFT_OUT = ("schema_migrations", "drafts")

Row = dict[str, Any]
Tables = dict[str, list[Row]]


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "text", "integer" or "real"
    pk: int  # position in the primary key, 0 if not part of it


def json_schema(conn: sqlite3.Connection) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an export from this version: docs/export-schema.json
    is this, written out (a test keeps the two the same)."""
    defs: dict[str, Any] = {}
    for table in user_tables(conn):
        properties: dict[str, Any] = {}
        required = []
        for _, name, decl, notnull, default, pk in conn.execute(f'PRAGMA table_info("{table}")'):
            kind = {"text": "string", "integer": "integer", "real": "number"}[_kind(str(decl))]
            properties[name] = {"type": kind if notnull or pk else [kind, "null"]}
            if pk or (notnull and default is None):
                required.append(name)
        defs[table] = {"type": "object", "properties": properties, "required": required, "additionalProperties": False}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:pathway-planner:export-schema",
        "title": "Pathway Planner whole-organisation export",
        "description": "Written by `planner export json`, read by `planner import json`: see docs/export-schema.md.",
        "type": "object",
        "required": ["format", "schema_version", "app_version", "exported_at", "tables", "evidence"],
        "properties": {
            "format": {"const": FORMAT},
            "schema_version": {"type": "integer", "minimum": 1, "maximum": schema_version()},
            "app_version": {"type": "string"},
            "exported_at": {"type": "string", "format": "date-time"},
            "tables": {
                "type": "object",
                "properties": {t: {"type": "array", "items": {"$ref": f"#/$defs/{t}"}} for t in defs},
                "additionalProperties": False,
            },
            "evidence": {
                "type": "object",
                "propertyNames": {"pattern": "^[0-9a-f]{64}$"},
                "additionalProperties": {"type": "string", "contentEncoding": "base64"},
            },
        },
        "$defs": defs,
    }


def query_rows(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[Row]:
    """A query's rows as dicts by column name."""
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


# -- reading a file ------------------------------------------------------------------------
def read_rows(table: str, rows: Any, schema: Mapping[str, list[Column]], place: str = "tables.") -> list[Row]:
    """Rows checked against the table's columns; ``place`` names where they are in the file."""
    if not isinstance(rows, list):
        raise UserError(
            fill(translate("transfer_schema", '"%1%2" should be a list of records, not %3.'), place, table, _what(rows))
        )
    columns = {c.name: c for c in schema[table]}
    keys = [c.name for c in schema[table] if c.pk]
    out = []
    for i, row in enumerate(rows):
        where = f"{place}{table}[{i}]"
        if not isinstance(row, dict):
            raise UserError(
                fill(translate("transfer_schema", "%1 should be a record (an object), not %2."), where, _what(row))
            )
        for key in keys:
            if row.get(key) is None:
                raise UserError(
                    fill(translate("transfer_schema", '%1 has no "%2" (it identifies the record).'), where, key)
                )
        clean_row: Row = {}
        for name, value in row.items():
            column = columns.get(name)
            if column is None:
                raise UserError(
                    fill(
                        translate("transfer_schema", '%1 has a field "%2" that the %3 table does not have.'),
                        where,
                        name,
                        table,
                    )
                )
            clean_row[name] = _value(value, column, f"{where}.{name}")
        out.append(clean_row)
    return out


def _value(value: Any, column: Column, where: str) -> Any:
    if value is None:
        return None
    if column.kind == "text" and isinstance(value, str):
        return clean(value)
    if column.kind == "integer" and isinstance(value, int) and -(2**63) <= value < 2**63:
        return int(value)
    if column.kind == "real" and isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            pass
    wanted = {"text": "text", "integer": "a whole number", "real": "a number"}[column.kind]
    raise UserError(fill(translate("transfer_schema", "%1 should be %2 or null, not %3."), where, wanted, _what(value)))


def _what(value: Any) -> str:
    for kind, words in ((bool, "true/false"), (str, "text"), (int | float, "a number"), (list, "a list")):
        if isinstance(value, kind):
            return words
    return "an object" if isinstance(value, dict) else "null"


def read_evidence(raw: Any) -> dict[str, bytes]:
    if not isinstance(raw, dict):
        raise UserError(translate("transfer_schema", '"evidence" should be an object of files by their sha256.'))
    out = {}
    for sha, text in raw.items():
        if not isinstance(text, str):
            raise UserError(
                fill(
                    translate("transfer_schema", 'evidence "%1" should be base64 text, not %2.'), sha[:12], _what(text)
                )
            )
        try:
            content = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise UserError(
                fill(translate("transfer_schema", 'evidence "%1" is not valid base64.'), sha[:12])
            ) from None
        if hashlib.sha256(content).hexdigest() != sha:
            raise UserError(
                fill(
                    translate("transfer_schema", 'evidence "%1" does not match its sha256: the file is damaged.'),
                    sha[:12],
                )
            )
        out[sha] = content
    return out


# -- the schema, and older schemas ---------------------------------------------------------
def user_tables(conn: sqlite3.Connection) -> list[str]:
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if r[0] not in LEFT_OUT
    ]
    parents = {t: {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')} - {t} for t in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [t for t in names if t not in ordered and parents[t] <= set(ordered)]
        if not ready:  # a cycle: cannot happen in this schema, but never loop for ever
            ready = [t for t in names if t not in ordered]
        ordered.extend(ready)
    return ordered


def table_columns(conn: sqlite3.Connection) -> dict[str, list[Column]]:
    out = {}
    for table in user_tables(conn):
        columns = []
        for _, name, decl, _, _, pk in conn.execute(f'PRAGMA table_info("{table}")'):
            columns.append(Column(str(name), _kind(str(decl)), int(pk)))
        out[table] = columns
    return out


def _kind(declared: str) -> str:
    declared = declared.upper()
    return "integer" if "INT" in declared else "real" if "REAL" in declared else "text"


def schema_at(version: int) -> sqlite3.Connection:
    """An empty in-memory database with the schema as it was at ``version``."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    for migration in migrations()[:version]:
        for statement in statements(migration.sql):
            conn.execute(statement)
    return conn
