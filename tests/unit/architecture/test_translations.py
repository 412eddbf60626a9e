"""Every user-visible string of the screens goes through Qt's translation functions (the core's
and the services' words through planner.core.i18n, which lupdate reads the same way), and the
translation source (resources/translations/planner.ts) is current. To regenerate it, delete it,
then run `.venv/bin/pyside6-lupdate -locations none -no-obsolete planner/ui/*.py planner/core/*.py
planner/services/*.py planner/storage/*.py planner/reports/*.py -ts
resources/translations/planner.ts`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCES = [
    p
    for part in ("ui", "core", "services", "storage", "reports")
    for p in sorted((ROOT / "planner" / part).glob("*.py"))
]
COMMAND = ["-locations", "none", "-no-obsolete", *(str(p.relative_to(ROOT)) for p in SOURCES)]


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert found, "pyside6-lupdate comes with PySide6-Essentials"
    return found


def test_the_translation_source_is_current(tmp_path):
    fresh = tmp_path / "planner.ts"
    subprocess.run([_lupdate(), *COMMAND, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT)
    committed = (ROOT / "resources" / "translations" / "planner.ts").read_text(encoding="utf-8")
    assert fresh.read_text(encoding="utf-8") == committed, "regenerate resources/translations/planner.ts"


def test_column_headers_are_translatable():
    import re

    committed = (ROOT / "resources" / "translations" / "planner.ts").read_text(encoding="utf-8")
    headers = set()
    for source in (ROOT / "planner" / "ui").glob("*.py"):
        headers |= set(re.findall(r'Column\(\s*QT_TRANSLATE_NOOP\("Column", "([^"]+)"\)', source.read_text("utf-8")))
        assert not re.search(r'\bColumn\(\s*"', source.read_text("utf-8")), f"{source.name}: a header not marked"
    assert len(headers) > 40
    for header in headers:
        assert f"<source>{header.replace('&', '&amp;')}</source>" in committed, header


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate does not read inside an f-string: a self.tr(...) there would be translated at run
    time by nothing, since its text never reaches planner.ts."""
    import re

    hidden = []
    for source in SOURCES:
        for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"\{(self\.tr|translate|QCoreApplication\.translate)\(['\"]", line):
                hidden.append(f"{source.relative_to(ROOT)}:{n}")
    assert hidden == []
