"""The barcodes scan: each page is rasterised at 150 dpi (pdftoppm) and decoded (zbarimg).

Skipped where poppler-utils or zbar-tools are not installed (scripts/test.sh installs them).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from hmc_desktop.documents.data import PickupOrderData
from hmc_desktop.documents.pickup_order import PickupOrderRenderer
from hmc_desktop.documents.recon_log import ReconLogRenderer
from hmc_desktop.documents.shipping_note import ShippingNoteRenderer
from tests.unit.documents.samples import pickup, recon, shipping


@pytest.fixture
def scan(tmp_path: Path) -> Callable[[bytes], list[set[tuple[str, str]]]]:
    """PDF bytes → for each page, the set of (symbology, data) that zbar finds."""
    if shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None:
        pytest.skip("pdftoppm (poppler-utils) or zbarimg (zbar-tools) not installed")

    def run(pdf: bytes) -> list[set[tuple[str, str]]]:
        source = tmp_path / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / "page")],
            check=True,
            capture_output=True,
        )
        pages = []
        for image in sorted(tmp_path.glob("page-*.png")):
            result = subprocess.run(
                ["zbarimg", "--quiet", str(image)], capture_output=True, text=True, check=False
            )
            assert result.returncode in (0, 4), result.stderr  # 4: nothing found
            pages.append({tuple(line.split(":", 1)) for line in result.stdout.splitlines()})
        return pages  # type: ignore[return-value]

    return run


@pytest.mark.parametrize("fmt", ["a4", "label"])
def test_pickup_barcode_is_the_individual_number(
    scan: Callable[[bytes], list[set[tuple[str, str]]]], fmt: str
) -> None:
    renderer = PickupOrderRenderer(fmt)  # type: ignore[arg-type]
    for data in (pickup(), pickup(individual_no="HMC-00471-B", order_no="AO 2026/77")):
        (found,) = scan(renderer.render(data))
        assert ("CODE-128", data.individual_no) in found
        assert ("QR-Code", data.order_no) in found


def test_batch_barcodes_follow_the_page_order(
    scan: Callable[[bytes], list[set[tuple[str, str]]]],
) -> None:
    items: list[PickupOrderData] = [
        pickup(pickup_id=i, individual_no=f"{7000000 + i}", order_no=f"2026-{i:06d}")
        for i in range(1, 4)
    ]
    pages = scan(PickupOrderRenderer("label").render_batch(items))
    assert [{data for kind, data in page if kind == "CODE-128"} for page in pages] == [
        {item.individual_no} for item in items
    ]


def test_shipping_note_barcode_is_the_order_number(
    scan: Callable[[bytes], list[set[tuple[str, str]]]],
) -> None:
    (found,) = scan(ShippingNoteRenderer().render(shipping()))
    assert found == {("CODE-128", "2026-004712")}


def test_recon_log_barcode_is_the_individual_number(
    scan: Callable[[bytes], list[set[tuple[str, str]]]],
) -> None:
    (found,) = scan(ReconLogRenderer().render(recon()))
    assert found == {("CODE-128", "1002345678")}
