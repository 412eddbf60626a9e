"""Copy the licence files of every installed distribution (and the fonts') into one folder, with
an index, for Help ▸ About and the packaged program's licences/ folder."""

from __future__ import annotations

import shutil
import sys
from importlib import metadata
from pathlib import Path

NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")


def main(target: Path, extra: list[Path]) -> None:
    lines = ["Licences of the software bundled with Pathway Planner", ""]
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        name, version = dist.metadata["Name"], dist.version
        if name.lower() in {"pip", "setuptools", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging"}:
            continue  # build tools: not bundled
        files = [f for f in dist.files or [] if any(part in f.name.upper() for part in NAMES)]
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        lines.append(f"{name} {version}: {licence.splitlines()[0] if licence else 'see its files'}")
        for f in files:
            source = Path(str(dist.locate_file(f)))
            if source.is_file():
                dest = target / f"{name}-{version}" / f.name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, dest)
                lines.append(f"  {dest.relative_to(target)}")
    for path in extra:
        shutil.copyfile(path, target / path.name)
        lines.append(f"DejaVu fonts: {path.name}")
    (target / "INDEX.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
