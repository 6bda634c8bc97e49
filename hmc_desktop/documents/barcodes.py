"""Barcodes as flowables: Code 128 (with text in the embedded font) and QR."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.platypus import Flowable

from hmc_desktop.documents import fonts


class Code128Flowable(Flowable):  # type: ignore[misc]
    """A Code 128 symbol (with quiet zones) and its human-readable text in the embedded font.

    If the frame is too narrow, the module width shrinks to fit instead of overflowing.
    """

    def __init__(self, value: str, bar_width: float, bar_height: float, font_size: float) -> None:
        super().__init__()
        # Code 128 encodes ASCII only; reportlab would silently drop other characters and
        # print a barcode that scans as something else than the text under it.
        if not value or not value.isascii() or not value.isprintable():
            raise ValueError(f"cannot encode {value!r} as Code 128 (printable ASCII only)")
        self.value = value
        self.font_size = font_size
        self.bar_height = bar_height
        self._natural = self._make(bar_width)
        self._symbol = self._natural

    def _make(self, bar_width: float) -> Code128:
        return Code128(
            self.value,
            barWidth=bar_width,
            barHeight=self.bar_height,
            humanReadable=0,
            quiet=1,
            lquiet=10 * bar_width,
            rquiet=10 * bar_width,
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        natural_width = self._natural.width
        if natural_width > avail_width > 0:
            self._symbol = self._make(self._natural.barWidth * avail_width / natural_width)
        else:
            self._symbol = self._natural
        self.width = self._symbol.width
        self.height = self.bar_height + self.font_size * 1.4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        self._symbol.drawOn(canvas, 0, self.font_size * 1.4)
        canvas.setFont(fonts.REGULAR, self.font_size)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(self.width / 2, self.font_size * 0.3, self.value)


class _FixedMaskQRCode(qrencoder.QRCode):  # type: ignore[misc]
    """reportlab's encoder with one fixed mask pattern.

    Choosing the "best" of the eight masks costs eight trial encodings and made the QR
    code the slowest part of a pickup slip; any mask is valid for a decoder, and the
    tests decode the result with zbar.
    """

    MASK = 2

    def make(self) -> None:
        if getattr(self, "version", None) is None:
            self.version = self.calculate_version()
        self.makeImpl(False, self.MASK)


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code, each run of dark modules one rectangle of a single filled path."""

    def __init__(self, value: str, size: float, border: int = 2) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size
        self.border = border

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        code = _FixedMaskQRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(self.value)
        code.make()
        count = code.getModuleCount()
        box = self.width / (count + 2 * self.border)
        # One "re" per run of dark modules, in module units (integers) under a scale
        # transform: far fewer number formatting calls than canvas.rect per module.
        ops = []
        for r, row in enumerate(code.modules):
            y = count - 1 - r + self.border
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    ops.append(f"{start + self.border} {y} {c - start} 1 re")
                else:
                    c += 1
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.transform(box, 0, 0, box, 0, 0)
        canvas.addLiteral("\n".join(ops) + "\nf")
        canvas.restoreState()
