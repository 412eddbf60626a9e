"""PNG icons in the sizes desktops ask for, drawn from resources/icons/pathway-planner.svg with Qt's
own SVG renderer: packaging/linux/make_icons.py OUT_FOLDER -> OUT/hicolor/NxN/apps/NAME.png."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "scot.pathwayplanner.PathwayPlanner"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(out: Path) -> None:
    QGuiApplication(sys.argv[:1])
    svg = Path(__file__).resolve().parents[2] / "resources" / "icons" / "pathway-planner.svg"
    renderer = QSvgRenderer(str(svg))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
