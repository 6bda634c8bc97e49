"""Draw the program's icon files from the window icon ``hmc_desktop/resources/icons/app.svg``.

    python installer/make_icon.py      (writes installer/hmc-desktop.ico and .png)

The results are committed; run this again only when app.svg changes. Each size of the
.ico is rendered from the SVG (not scaled down from 256 px), so 16 px stays sharp.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent


def render(svg: Path, size: int) -> bytes:
    """The SVG as a PNG of size x size pixels, transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE.parent))
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    from hmc_desktop.paths import resource_path

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = resource_path("icons", "app.svg")
    images = {s: Image.open(io.BytesIO(render(svg, s))).convert("RGBA") for s in SIZES}
    images[256].save(HERE / "hmc-desktop.png", optimize=True)
    biggest = images[256]
    biggest.save(HERE / "hmc-desktop.ico", format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=[images[s] for s in SIZES if s != 256])
    print(f"wrote {HERE / 'hmc-desktop.ico'} and {HERE / 'hmc-desktop.png'} from {svg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
