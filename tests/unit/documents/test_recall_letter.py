"""The recall letter (R5): a page per user, what the user needs and nothing more, scannable."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hmc_desktop.documents.recall_letter import RecallLetterRenderer
from hmc_desktop.documents.recall_letter_data import LetterDevice, RecallLetterData
from tests.unit.documents.samples import CENTRE, pages_text, personnummer_like


def letter(**changes: Any) -> RecallLetterData:
    fields: dict[str, Any] = dict(
        centre=CENTRE, campaign_id=7, title="Bromsvajern kan lossna vid hög belastning",
        reference="FSN 2026-04", action="repair", holder_name="Åsa Öberg",
        street="Östra Längdgatan 12 B", postal_code="41101", city="Göteborg",
        devices=(LetterDevice("1002345678", "120601", "Rollator Topro Olympos", "RC7-00001"),),
        letter_date=date(2026, 11, 24))
    fields.update(changes)
    return RecallLetterData(**fields)


def test_r5_the_letter_says_what_is_wrong_what_happens_and_whom_to_call():
    (page,) = pages_text(RecallLetterRenderer().render(letter()))
    page = " ".join(page.split())
    for expected in ("Åsa Öberg", "Östra Längdgatan 12 B", "411 01 Göteborg",
                     "Bromsvajern kan lossna vid hög belastning", "FSN 2026-04",
                     "Rollator Topro Olympos", "1002345678", "åtgärda hjälpmedlet",
                     "010-473 00 00", "ärende 7", "RC7-00001", "Ärende 7"):
        assert expected in page, expected
    assert personnummer_like(page) == []


def test_r5_an_exchange_letter_and_a_user_with_two_devices():
    two = (LetterDevice("A-1", "120601", "Rollator Topro Olympos", None),
           LetterDevice("A-2", "120601", "Rollator Topro Olympos", None))
    (page,) = pages_text(RecallLetterRenderer().render(letter(action="exchange", devices=two)))
    page = " ".join(page.split())
    assert "Du får ett nytt, likvärdigt hjälpmedel" in page and "DINA HJÄLPMEDEL" in page
    assert "gäller följande hjälpmedel som du har" in page
    assert "A-1" in page and "A-2" in page and "arbetsorder" not in page


def test_r5_a_batch_is_a_page_a_user_with_progress():
    items = [letter(holder_name=f"Brukare {i}") for i in range(5)]
    seen: list[tuple[int, int]] = []
    pages = pages_text(RecallLetterRenderer().render_batch(items, lambda d, t: seen.append((d, t))))
    assert [p.count("Brukare") for p in pages] == [1] * 5
    assert seen[-1] == (5, 5)
    with pytest.raises(ValueError):
        RecallLetterRenderer().render_batch([])


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs poppler-utils and zbar-tools")
def test_r5_every_individual_number_scans(tmp_path: Path):
    two = (LetterDevice("HMC-0047-B", "120601", "Rollator", None),
           LetterDevice("1002345678", "120601", "Rollator", None))
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(RecallLetterRenderer().render(letter(devices=two)))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "p")], check=True)
    found = subprocess.run(["zbarimg", "--quiet", str(next(tmp_path.glob("p*.png")))],
                           capture_output=True, text=True).stdout.split()
    assert sorted(found) == ["CODE-128:1002345678", "CODE-128:HMC-0047-B"]
