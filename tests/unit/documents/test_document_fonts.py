"""The embedded fonts: found in the source tree and in a frozen bundle, registered once."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from hmc_desktop.documents import fonts
from hmc_desktop.documents.pickup_order import PickupOrderRenderer
from hmc_desktop.documents.recon_log import ReconLogRenderer
from hmc_desktop.documents.shipping_note import ShippingNoteRenderer
from tests.unit.documents.samples import pickup, recon, shipping


def test_resource_path_in_the_source_tree() -> None:
    path = fonts.resource_path("fonts", "DejaVuSans.ttf")
    assert path.is_file()
    assert path.parent.parent.name == "resources"
    assert fonts.resource_path("fonts", "LICENSE-DejaVu.txt").is_file()


def test_resource_path_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.resource_path("fonts", "x.ttf") == (
        tmp_path / "hmc_desktop" / "resources" / "fonts" / "x.ttf")


def test_registration_is_idempotent() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    PickupOrderRenderer()
    PickupOrderRenderer("label")


@pytest.mark.parametrize(
    "pdf",
    [
        pytest.param(lambda: PickupOrderRenderer().render(pickup()), id="pickup"),
        pytest.param(lambda: PickupOrderRenderer("label").render(pickup()), id="label"),
        pytest.param(lambda: ShippingNoteRenderer().render(shipping()), id="shipping"),
        pytest.param(lambda: ReconLogRenderer().render(recon()), id="recon"),
    ],
)
def test_only_embedded_fonts_are_used(pdf: Callable[[], bytes]) -> None:
    reader = PdfReader(io.BytesIO(pdf()))
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            assert "DejaVuSans" in font["/BaseFont"], font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"]  # the glyphs travel with the PDF


def test_swedish_characters_round_trip() -> None:
    data = pickup(holder_name="Åsa Öberg", street="Ängsvägen 1 – é", city="Västra Götaland")
    content = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(PickupOrderRenderer().render(data))).pages
    )
    for word in ("Åsa Öberg", "Ängsvägen 1 – é", "Västra Götaland", "Hämtas hos".upper()):
        assert word in content
