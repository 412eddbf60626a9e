"""``planner --self-test``: proof that a built or installed copy works end to end on this machine.

It opens a new database in a temporary folder (never the user's data), loads a small example
organisation, works out every worker's status, writes a learning record PDF and reads it back,
then removes the folder. Each step says what it did; the first failure stops it.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner import __version__


def self_test(say: Callable[[str], None]) -> bool:
    """Run the steps, saying each; True when all passed."""
    from planner.services.container import Services
    from planner.services.status_service import StatusService

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="planner-self-test-") as folder:
        services = Services.open(Path(folder) / "data")
        try:
            say(f"Pathway Planner {__version__}: database opened in a temporary folder.")
            workers = services.create_demo(workers=12, seed=1)
            say(f"Example organisation loaded: {workers} workers.")
            statuses = StatusService(services._ws).team_statuses(date.today())
            requirements = sum(len(s.requirements) for s in statuses)
            if not statuses or not requirements:
                say("FAILED: no status was worked out.")
                return False
            say(f"Status worked out: {requirements} requirements of {len(statuses)} workers.")
            staff_no = statuses[0].worker.staff_no
            pdf = services.documents.export_record(staff_no, Path(folder) / "record.pdf")
            content = Path(pdf).read_bytes()
            if not content.startswith(b"%PDF") or b"%%EOF" not in content[-1024:]:
                say("FAILED: the learning record is not a whole PDF.")
                return False
            say(f"Learning record PDF written and read back: {len(content):,} bytes.")
        finally:
            services.close()
    say(f"Self-test passed in {time.perf_counter() - started:.1f} s.")
    return True
