"""The embedded fonts every document uses, so å ä ö print on any machine.

The PDF standard fonts (Helvetica …) are not embedded and only cover Latin-1, so a
printer driver may substitute them; DejaVu Sans is embedded as a subset instead.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# The one resource-path helper (frozen or not); re-exported for older callers.
from hmc_desktop.paths import resource_path

__all__ = ["BOLD", "REGULAR", "register_fonts", "resource_path"]

#: The names the renderers use in styles and on the canvas.
REGULAR = "HMC-Sans"
BOLD = "HMC-Sans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the embedded fonts with reportlab, once per process (idempotent, thread-safe).

    Raises ``FileNotFoundError`` naming the missing file if the fonts were not shipped.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name in registered:
                continue
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # So that <b> in a Paragraph picks the bold face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
