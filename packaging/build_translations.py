"""Compile the interface's translations: every resources/translations/planner_<language>.ts into
a .qm file beside it (or into --out), with Qt's lrelease. UK English is the source text
(planner.ts, made by pyside6-lupdate and kept current by a test), so it needs no file of its own.

--pseudo also writes planner_pseudo.ts, a test locale in which every string is 40 % longer
(with accented letters, and with its %-placeholders, mnemonics and markup kept), so a screen
that clips longer words shows it: run the app with PLANNER_LANGUAGE=pseudo.

    python packaging/build_translations.py [--pseudo] [--out DIR]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "translations" / "planner.ts"
ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")
# what must survive translation untouched: %1 %n %s %d %.1f, HTML tags and entities
KEEP = re.compile(r"(%(?:\d+|n|[-+ 0#]*\d*(?:\.\d+)?[sdifg%])|<[^>]+>|&[a-z]+;|&#\d+;)")


def pseudo(text: str) -> str:
    """The text with accented vowels and 40 % more length, in words that can wrap."""
    parts = KEEP.split(text)
    out = "".join(part if KEEP.fullmatch(part) else part.translate(ACCENTS) for part in parts)
    extra = round(len(text) * 0.4)
    if extra == 0:
        return out
    padding = " ".join("~" * 6 for _ in range(extra // 7)) + (" " + "~" * (extra % 7) if extra % 7 else "")
    return f"{out} {padding.strip()}"


def write_pseudo(source: Path, target: Path) -> int:
    """planner_pseudo.ts from the source: each message translated by ``pseudo``."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_ZZ")
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)  # "unfinished" would leave it out of the .qm
        if message.get("numerus") == "yes":  # a count: one form for one, one for more (as English)
            for old in list(translation):
                translation.remove(old)
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(found).exists():
        raise SystemExit("pyside6-lrelease was not found: install PySide6-Essentials.")
    return found


def build(out: Path, with_pseudo: bool) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted(SOURCE.parent.glob("planner_*.ts"))
    if with_pseudo:
        target = out / "planner_pseudo.ts"
        print(f"{write_pseudo(SOURCE, target)} strings in {target}")
        sources = [s for s in sources if s.name != target.name] + [target]
    built = []
    for ts in sources:
        qm = out / f"{ts.stem}.qm"
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
        print(f"built {qm}")
    if not built:
        print("No translations yet: the interface is in UK English (the source text).")
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pseudo", action="store_true", help="also build the 40%%-longer test locale")
    parser.add_argument("--out", type=Path, default=SOURCE.parent, help="where the .qm files go")
    args = parser.parse_args()
    build(args.out, args.pseudo)


if __name__ == "__main__":
    main()
