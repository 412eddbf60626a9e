"""The raw floor of a whole-organisation command: plain sqlite3 reads every current worker,
their roles and their completions, and writes them as compact JSON, one worker per line. No
rules, no names looked up: what no status command can beat. Used by bench/cli.py.

Run: python bench/floor.py DATA_DIR > out.json
"""

from __future__ import annotations

import json
import sqlite3
import sys


def main() -> None:
    con = sqlite3.connect(f"file:{sys.argv[1]}/planner.sqlite3?mode=ro", uri=True)
    roles: dict[str, list[tuple[str, str, str | None]]] = {}
    for worker, role, start, end in con.execute(
        "SELECT worker_id, role_id, started_on, ended_on FROM worker_roles ORDER BY worker_id"
    ):
        roles.setdefault(worker, []).append((role, start, end))
    done: dict[str, list[tuple[str, str]]] = {}
    for worker, module, when in con.execute(
        "SELECT worker_id, module_id, completed_on FROM completions ORDER BY worker_id"
    ):
        done.setdefault(worker, []).append((module, when))
    out = sys.stdout
    encode = json.JSONEncoder(ensure_ascii=False).encode
    separator = "[\n"
    for worker, staff_no, name in con.execute(
        "SELECT id, staff_no, name FROM workers WHERE retired = 0 ORDER BY name, staff_no"
    ):
        out.write(separator)
        out.write(
            encode(
                {
                    "staff_no": staff_no,
                    "name": name,
                    "roles": roles.get(worker, []),
                    "completions": done.get(worker, []),
                }
            )
        )
        separator = ",\n"
    out.write("\n]\n")


if __name__ == "__main__":
    main()
