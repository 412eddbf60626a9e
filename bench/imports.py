"""Importing a 50,000-row HR export: how long the preview and the import take.

Run: .venv/bin/python bench/imports.py [ROWS]   (prints figures; the targets are a preview in
under 3 s and the import in under 5 s for 50,000 rows)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from planner.services.container import Services

TITLES = ["Social worker", "Residential child care worker", "Teacher", "Health visitor", "Youth justice worker"]
TEAMS = [f"Team {n}" for n in range(60)]


def make_file(path: Path, rows: int) -> None:
    rng = random.Random(7)
    lines = ["Staff list exported 22/11/2026", "", "Employee ID,Forename,Surname,Job Title,Service,Start Date,Email"]
    for n in range(rows):
        day = rng.randint(1, 28)
        month = rng.randint(1, 12)
        lines.append(
            f"{n:06d},Forename{n},Surname{n},{rng.choice(TITLES)},{rng.choice(TEAMS)},"
            f"{day:02d}/{month:02d}/20{rng.randint(10, 25)},p{n}@example.org"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    folder = Path(tempfile.mkdtemp())
    services = Services.open(folder / "data")
    services.starter.add(role_codes=[c for c, _ in services.starter.updates().roles])
    path = folder / "staff.csv"
    make_file(path, rows)
    imports = services.imports
    started = time.perf_counter()
    table = imports.read(path, "staff")
    columns = imports.columns(table, "staff")
    preview = imports.preview_staff(table, columns)
    previewed = time.perf_counter() - started
    started = time.perf_counter()
    imports.apply_staff(table, columns)
    applied = time.perf_counter() - started
    started = time.perf_counter()
    again = imports.preview_staff(imports.read(path, "staff"), columns)
    repreviewed = time.perf_counter() - started
    print(f"{rows:,} rows: {preview.count('new'):,} new")
    print(f"read and preview: {previewed:.2f} s   (target < 3 s)")
    print(f"import (the preview again inside one transaction, then write): {applied:.2f} s   (target < 5 s)")
    print(f"preview of the same file again (all unchanged: {again.count('unchanged'):,}): {repreviewed:.2f} s")
    services.close()


if __name__ == "__main__":
    main()
